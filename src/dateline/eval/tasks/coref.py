"""In-document entity clustering: MUC, B³, CEAF-e and their mean against MEANTIME and GUM chains.

Two settings, both over entities of the scored types (PER / ORG / LOC, mapped as in the entities
task): "all mentions" (gold: every mention of those entities, names, descriptions and pronouns;
predicted: every mention of Dateline's entities), and "names" (`names_*` metrics: gold name
mentions, predicted `kind == "name"` mentions). Predicted mentions are aligned one-to-one to gold
mentions (`metrics.align_spans`: identical spans first, then the largest overlap) and then take
the gold mention's identity; a predicted mention aligned to a gold mention outside the scored set
(another type, or a non-name in the names setting) is dropped, and one aligned to nothing stays
a spurious ("twinless") mention.

Baselines use the same mention sets, so only the clustering differs: "exact-string" clusters
Dateline's own mentions by identical surface; "spacy-exact-string" clusters bare spaCy NER mentions
of the scored types by identical surface.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from dateline.eval.coref_metrics import (
    EMPTY_SCORES,
    CorefScores,
    clusters_from,
    score_clusterings,
)
from dateline.eval.corpora.gum import GumDocument
from dateline.eval.corpora.meantime import MeantimeDocument
from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.gold_sets import GoldSet, gum_set, meantime_set
from dateline.eval.metrics import align_spans
from dateline.eval.runs import (
    ParsedText,
    dateline_notes,
    dateline_row,
    parse_texts,
    resolve_model,
    run_dateline,
)
from dateline.eval.tasks.entities import GUM_TYPES, MEANTIME_TYPES, PREDICTED_TYPES
from dateline.records import Article

TASK = "coref"
SETTINGS = ("all", "names")
METRIC_PREFIX = {"all": "", "names": "names_"}


@dataclass(frozen=True, slots=True)
class GoldMention:
    start: int
    end: int
    cluster: str | None  # None: outside the scored set (don't care)
    is_name: bool


@dataclass(frozen=True, slots=True)
class PredictedMention:
    start: int
    end: int
    cluster: Hashable  # the system's entity
    is_name: bool


def score_document(
    gold: Sequence[GoldMention], predicted: Sequence[PredictedMention], setting: str
) -> CorefScores:
    """Key and response clusterings over shared mention keys, then all three metrics."""
    key, response = aligned_clusters(gold, predicted, setting)
    return score_clusterings(clusters_from(key.values()), clusters_from(response.values()))


Clustering = dict[Hashable, list[Hashable]]  # cluster -> the mention keys in it


def aligned_clusters(
    gold: Sequence[GoldMention],
    predicted: Sequence[PredictedMention],
    setting: str,
    document: Hashable = None,
    *,
    keep_twinless: bool = True,
) -> tuple[Clustering, Clustering]:
    """Key and response clusterings of one document over shared mention keys, each key tagged
    with `document` so that documents pool into one clustering (cross-document scoring).
    Without `keep_twinless`, a predicted mention aligned to no gold mention is dropped, for gold
    that marks only some of the names (ECB+ marks an event's participants)."""
    names_only = setting == "names"

    def scored(mention: GoldMention) -> bool:
        return mention.cluster is not None and (mention.is_name or not names_only)

    candidates = [p for p in predicted if p.is_name or not names_only]
    alignment = align_spans(
        [(g.start, g.end) for g in gold], [(p.start, p.end) for p in candidates]
    )
    key: Clustering = {}
    for index, gold_mention in enumerate(gold):
        if scored(gold_mention):
            key.setdefault(str(gold_mention.cluster), []).append((document, "gold", index))
    response: Clustering = {}
    for p_index, mention in enumerate(candidates):
        g_index = alignment.get(p_index)
        if g_index is None and keep_twinless:
            response.setdefault(mention.cluster, []).append((document, "twinless", p_index))
        elif g_index is not None and scored(gold[g_index]):
            response.setdefault(mention.cluster, []).append((document, "gold", g_index))
    return key, response


# ---- gold chains per corpus ------------------------------------------------------------------

GoldChains = GoldSet[tuple[GoldMention, ...]]  # per document, every mention of the scored types


def meantime_mentions(document: MeantimeDocument) -> tuple[GoldMention, ...]:
    return tuple(
        GoldMention(
            m.span.start,
            m.span.end,
            m.instance_id if MEANTIME_TYPES.get(m.ent_type or "") else None,
            m.is_name,
        )
        for m in document.entity_mentions
        if document.in_annotated_part(m.span)
    )


def gum_mentions(document: GumDocument) -> tuple[GoldMention, ...]:
    return tuple(
        GoldMention(
            m.span.start,
            m.span.end,
            m.entity_id if m.entity_type in GUM_TYPES else None,
            m.is_name,
        )
        for m in document.mentions
    )


def meantime_chains(context: EvalContext) -> GoldChains:
    return meantime_set(
        context,
        meantime_mentions,
        "gold: REFERS_TO chains of PER/ORG/LOC instances in sentences 0-5 (intra-doc); "
        "names = NAM and PRE.NAM mentions",
    )


def gum_chains(context: EvalContext) -> GoldChains:
    return gum_set(
        context,
        gum_mentions,
        "gold: entity ids of person/organization/place mentions (singletons included); "
        "names = mentions headed by a proper noun",
    )


# ---- predicted clusterings ----------------------------------------------------------------


def dateline_mentions(
    article: Article, end: int, cluster: Callable[[str], Hashable] = str
) -> list[PredictedMention]:
    """Mentions of Dateline's entities of the scored types ending by `end`, clustered by
    entity: by its id, or by what `cluster` makes of the id."""
    return [
        PredictedMention(m.span.start, m.span.end, cluster(entity.id), m.kind == "name")
        for entity in article.entities
        if entity.type in PREDICTED_TYPES
        for m in entity.mentions
        if m.span.end <= end
    ]


def by_exact_string(text: str, mentions: Sequence[PredictedMention]) -> list[PredictedMention]:
    """The same mentions, re-clustered by identical surface string."""
    return [PredictedMention(m.start, m.end, text[m.start : m.end], m.is_name) for m in mentions]


def spacy_mentions(item: ParsedText, end: int) -> list[PredictedMention]:
    text = item.document.text
    return [
        PredictedMention(start, stop, text[start:stop], True)
        for start, stop, label in item.entities
        if label in PREDICTED_TYPES and stop <= end
    ]


def coref_metrics(totals: dict[str, CorefScores]) -> dict[str, float | None]:
    metrics: dict[str, float | None] = {}
    for setting in SETTINGS:
        metrics.update(totals[setting].as_metrics(METRIC_PREFIX[setting]))
    return metrics


def evaluate_corpus(chains: GoldChains, model: str) -> TaskResult:
    parsed = parse_texts(chains.texts, model)
    run = run_dateline(chains.texts, model, "entities")
    systems = ("dateline", "exact-string", "spacy-exact-string")
    totals = {system: dict.fromkeys(SETTINGS, EMPTY_SCORES) for system in systems}
    predicted = dict.fromkeys(systems, 0)
    for index, item in enumerate(parsed):
        gold = chains.gold[index]
        end = chains.scored_end[index]
        responses = {"spacy-exact-string": spacy_mentions(item, end)}
        article = run.articles[index]
        if article is not None:
            ours = dateline_mentions(article, end)
            responses["dateline"] = ours
            responses["exact-string"] = by_exact_string(article.text, ours)
        for system, mentions in responses.items():
            predicted[system] += len(mentions)
            for setting in SETTINGS:
                totals[system][setting] += score_document(gold, mentions, setting)
    gold_count = sum(1 for mentions in chains.gold for m in mentions if m.cluster is not None)
    documents = len(chains.texts)

    def counts(system: str) -> dict[str, int]:
        return {"documents": documents, "gold": gold_count, "predicted": predicted[system]}

    dateline = dateline_row(run, coref_metrics(totals["dateline"]), counts("dateline"))
    rows = [dateline]
    # The exact-string baseline clusters Dateline's mentions: it exists when they do.
    exact = coref_metrics(totals["exact-string"]) if dateline.status == "ok" else {}
    rows.append(SystemRow("exact-string", exact, counts("exact-string"), dateline.status))
    rows.append(
        SystemRow(
            "spacy-exact-string",
            coref_metrics(totals["spacy-exact-string"]),
            counts("spacy-exact-string"),
        )
    )
    notes = dateline_notes(
        run,
        [
            *chains.notes,
            "exact-string clusters Dateline's mentions by surface; spacy-exact-string clusters "
            f"spaCy NER mentions ({model}) by surface",
        ],
    )
    return TaskResult(TASK, chains.name, rows, notes)


def over_gold_chains(
    context: EvalContext, evaluate: Callable[[GoldChains, str], TaskResult]
) -> list[TaskResult]:
    """`evaluate` on MEANTIME's chains, then GUM's, with the context's model."""
    model = resolve_model(context.model)
    return [evaluate(chains(context), model) for chains in (meantime_chains, gum_chains)]


def run(context: EvalContext) -> list[TaskResult]:
    return over_gold_chains(context, evaluate_corpus)
