"""Speaker resolution: is a statement's speaker the entity its source refers to?

PolNeAR scores the source as a span; which entity a source such as "he", "the company" or
"Japan's prime minister, Taro Aso," stands for needs coreference gold. MEANTIME (sentences 0-5)
and GUM news have it: every mention of a person, organisation or place, pronouns and
descriptions included, in a chain.

For each Dateline statement whose source overlaps a gold mention of the scored types, the gold
mention that overlaps it best (shared characters over their union) gives the chain. The speaker
is right when one of its entity's mentions aligns (best overlap, as above) to a mention of that
chain. A name inside the source counts for the source's own gold mention only where it is what
that mention refers to: the name the mention ends with ("Prime Minister Boris Johnson"; not
after a preposition, "the foreign minister of Greece"), one it opens with before an apposition
or a phrase ("Ann Lee, a nurse,"), or an apposition; not a word that describes it ("The Greek
court") nor a possessor ("Greece's finance minister"); and a gold mention nested there that is
the name says what it is. A pronoun or a description is right only through another mention of
the chain. Sources are named by kind
(the gold mention's): name, pronoun, nominal.

Metrics: `accuracy` (right over aligned sources), `precision` (right over resolved),
`coverage` (resolved over aligned), and `accuracy` per kind. The baseline resolves the same
sources with no more than the nearest name: a name inside the source, else the latest name of a
fitting type before it (a person for he/she; an organisation, group or place for they/it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.runs import dateline_notes, dateline_row, run_dateline
from dateline.eval.tasks.coref import GoldChains, GoldMention, over_gold_chains
from dateline.lexicons.cues import PRONOUN_SOURCES
from dateline.records import Article, Entity, Span, Statement

TASK = "speakers"
KINDS = ("name", "pronoun", "nominal")
BASELINE = "nearest-name"
GROUP_TYPES = frozenset({"ORG", "NORP", "GPE"})
# What may follow a name that opens a gold mention and is what the mention refers to.
OPENING_NAME_ENDS = (",", " (", " for ", " of ", " at ", " from ")
# How much of a gold mention a span must share to be that mention.
NESTED_LIKENESS = 0.8
# Right before a name, what makes it another thing than the mention it ends: "The foreign
# minister of Greece", "Ann Lee of Springfield".
GOVERNING_WORD = re.compile(r"\b(?:of|for|from|in|at|to|with|by)\s*\Z", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Judged:
    kind: str  # name, pronoun, nominal
    verdict: str  # right, wrong, unresolved


def _overlap(first: tuple[int, int], second: tuple[int, int]) -> int:
    return min(first[1], second[1]) - max(first[0], second[0])


def _likeness(first: tuple[int, int], second: tuple[int, int]) -> float:
    """Shared characters over the characters of both."""
    return _overlap(first, second) / (max(first[1], second[1]) - min(first[0], second[0]))


def best_gold(span: tuple[int, int], gold: Sequence[GoldMention]) -> GoldMention | None:
    """The scored gold mention sharing most of its characters with `span` (over their union)."""
    overlapping = [g for g in gold if _overlap((g.start, g.end), span) > 0]
    if not overlapping:
        return None
    return max(overlapping, key=lambda g: (_likeness((g.start, g.end), span), -g.start))


def source_kind(text: str, source: Span, gold: GoldMention) -> str:
    if source.slice(text).strip().lower() in PRONOUN_SOURCES:
        return "pronoun"
    return "name" if gold.is_name else "nominal"


def judge(
    article: Article, source: Span, entity: Entity | None, gold: Sequence[GoldMention]
) -> Judged | None:
    """The verdict on one source resolved to `entity`; None when no scored gold mention
    overlaps the source."""
    scored = [g for g in gold if g.cluster is not None]
    anchor = best_gold((source.start, source.end), scored)
    if anchor is None:
        return None
    kind = source_kind(article.text, source, anchor)
    if entity is None:
        return Judged(kind, "unresolved")
    at_source = (source.start, source.end)
    others = [g for g in scored if g is not anchor]

    def names_anchor(start: int, end: int) -> bool:
        """Whether a name inside the source is what its gold mention refers to: the name the
        mention ends with ("Prime Minister Boris Johnson"; not after a preposition or a
        possessive, "The foreign minister of Greece"), one its head noun phrase ends with
        before an apposition or a phrase ("Lydia Buchtmann for ...", "Senior researcher Mu Li,
        of ..."; not a possessor, "Indonesia's transport minister", nor a modifier, "Greek
        court"), or an apposition after the opening noun phrase ("Japan's prime minister,
        Taro Aso,")."""
        text = article.text
        before = text[anchor.start : start]
        governed = bool(GOVERNING_WORD.search(before))
        closes = (
            end == anchor.start + len(text[anchor.start : anchor.end].rstrip(" ,")) and not governed
        )
        opens = text[end : anchor.end].startswith(OPENING_NAME_ENDS)
        # after a title the head noun phrase ends at a person's name: "Senior researcher Mu Li,
        # of ..."; not a name that modifies a list ("The US, Chinese and Russian envoys")
        titled = entity is not None and entity.type == "PERSON" and not governed
        opens = opens and (start == anchor.start or titled)
        apposed = before.rstrip().endswith(",") and not governed
        return kind != "pronoun" and (closes or opens or apposed)

    nested = [g for g in others if anchor.start <= g.start and g.end <= anchor.end]

    def chain_of(start: int, end: int) -> str | None:
        # a name at the source: a gold mention nested in the source's own (another chain's
        # "Greece" in "the foreign minister of Greece") says what it is; else it names the
        # source's own gold mention or must align to another mention of the chain
        if _overlap((start, end), at_source) > 0:
            inner = best_gold((start, end), nested)
            if (
                inner is not None
                and _likeness((start, end), (inner.start, inner.end)) >= NESTED_LIKENESS
            ):
                return str(inner.cluster)
            if names_anchor(start, end):
                return str(anchor.cluster)
            aligned = best_gold((start, end), others)
        else:
            aligned = best_gold((start, end), scored)
        return str(aligned.cluster) if aligned is not None else None

    right = any(
        chain_of(m.span.start, m.span.end) == str(anchor.cluster)
        for m in entity.mentions
        if m.kind == "name" or _overlap((m.span.start, m.span.end), at_source) <= 0
    )
    # an entity written only as the gold mention ("Some analysts say") is its referent when
    # gold, too, mentions that referent nowhere else; not a word inside it ("The Greek court")
    anchor_span = (anchor.start, anchor.end)
    alone = all(
        _likeness((m.span.start, m.span.end), anchor_span) >= NESTED_LIKENESS
        for m in entity.mentions
    )
    singleton = not any(g.cluster == anchor.cluster for g in others)
    right = right or (alone and singleton and kind != "pronoun")
    return Judged(kind, "right" if right else "wrong")


def nearest_name(article: Article, statement: Statement) -> Entity | None:
    """The baseline's speaker: a name inside the source, else the latest name before it of a
    type the source can refer to."""
    source = statement.source
    if source is None:
        return None
    names = sorted(
        (
            (m.span, entity)
            for entity in article.entities
            for m in entity.mentions
            if m.kind == "name" and entity.type in ("PERSON", *GROUP_TYPES)
        ),
        key=lambda pair: (pair[0].start, pair[0].end),
    )
    inside = [entity for span, entity in names if source.contains(span)]
    if inside:
        return inside[0]
    word = source.slice(article.text).strip().lower()
    pronoun = PRONOUN_SOURCES.get(word)
    if pronoun == "singular":
        wanted: frozenset[str] = frozenset({"PERSON"})
    elif pronoun in ("plural", "organisation"):
        wanted = GROUP_TYPES
    else:
        wanted = frozenset({"PERSON", *GROUP_TYPES})
    before = [
        entity for span, entity in names if span.end <= source.start and entity.type in wanted
    ]
    return before[-1] if before else None


def _metrics(judged: Sequence[Judged]) -> dict[str, float | None]:
    tally = Counter(j.verdict for j in judged)
    aligned = len(judged)
    resolved = tally["right"] + tally["wrong"]
    metrics: dict[str, float | None] = {
        "accuracy": tally["right"] / aligned if aligned else None,
        "precision": tally["right"] / resolved if resolved else None,
        "coverage": resolved / aligned if aligned else None,
    }
    for kind in KINDS:
        of_kind = [j for j in judged if j.kind == kind]
        right = sum(j.verdict == "right" for j in of_kind)
        metrics[f"{kind}_accuracy"] = right / len(of_kind) if of_kind else None
    return metrics


def _counts(judged: Sequence[Judged], documents: int) -> dict[str, int]:
    counts = {"documents": documents, "gold": len(judged)}
    counts |= {kind: sum(j.kind == kind for j in judged) for kind in KINDS}
    return counts


def evaluate_corpus(chains: GoldChains, model: str) -> TaskResult:
    run = run_dateline(chains.texts, model, "statements")
    ours: list[Judged] = []
    baseline: list[Judged] = []
    for article, gold, end in zip(run.articles, chains.gold, chains.scored_end, strict=True):
        if article is None:
            continue
        entities = {entity.id: entity for entity in article.entities}
        for statement in article.statements:
            source = statement.source
            if source is None or source.end > end:
                continue
            speaker = entities.get(statement.speaker_id) if statement.speaker_id else None
            mine = judge(article, source, speaker, gold)
            if mine is None:
                continue
            ours.append(mine)
            # the same source, so the same gold mention: never None where `mine` is not
            theirs = judge(article, source, nearest_name(article, statement), gold)
            assert theirs is not None
            baseline.append(theirs)
    documents = len(chains.texts)
    rows = [
        dateline_row(run, _metrics(ours), _counts(ours, documents)),
        SystemRow(BASELINE, _metrics(baseline), _counts(baseline, documents), "ok"),
    ]
    notes = dateline_notes(
        run,
        [
            *chains.notes,
            "scored: Dateline's statements whose source overlaps a gold person, organisation or "
            "place mention; gold = that mention's chain",
            f"{BASELINE} resolves the same sources to a name inside the source, else the latest "
            "name before it (a person for he/she, an organisation, group or place for they/it)",
        ],
    )
    return TaskResult(TASK, chains.name, rows, notes)


def run(context: EvalContext) -> list[TaskResult]:
    return over_gold_chains(context, evaluate_corpus)
