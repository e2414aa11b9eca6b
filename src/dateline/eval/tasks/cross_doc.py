"""Cross-article entity clustering: the knowledge base's entities against gold cross-document
coreference, scored with MUC, B³, CEAF-e and their mean over many articles at once.

- MEANTIME's cross-document annotation gives each entity that several articles mention one
  instance id ("ORG37154720130514282" is Northrop Grumman in every article of the Airbus corpus).
  Gold: the name mentions (NAM, PRE.NAM) of PER / ORG / LOC entities in sentences 0-5, clustered
  by that id; an entity of one article only keeps its in-document chain. Its instances are
  corpus-wide, so all 90 articles are scored as one pool.
- ECB+ links mentions of participants and places across the articles of a topic
  (CROSS_DOC_COREF). Gold: person, organisation, country and place mentions (HUMAN_PART_PER /
  ORG / GPE, LOC_GEO / FAC) in the listed sentences; a mention counts as a name when each of its
  words is capitalised (ECB+ does not mark names). Its instances are per topic, so each topic is
  one pool, and the topics' scores are summed.

Predicted: the name mentions of Dateline's entities, aligned to gold mentions within their
document as in the coref task, then pooled, so a wrong cross-article join costs as much as a
missed one.

Systems, all over the same Dateline mentions, so only the cross-article joining differs:
- dateline: the knowledge base as it answers queries: every article stored in one (in-memory)
  knowledge base, each entity under its corpus key (`store.linking` joins a shorter name to the
  fuller name it stands for);
- name-key: each entity under its type and name alone (`store.entity_key`), the join before
  linking;
- per-article: no join across articles at all;
- spacy-exact-string: bare spaCy NER mentions clustered by identical surface over the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial

from dateline.eval.coref_metrics import EMPTY_SCORES, CorefScores, clusters_from, score_clusterings
from dateline.eval.corpora.ecbplus import EcbDocument, load_ecbplus
from dateline.eval.corpora.meantime import MeantimeDocument, load_meantime
from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.runs import (
    GoldText,
    dateline_notes,
    dateline_row,
    parse_texts,
    resolve_model,
    run_dateline,
)
from dateline.eval.tasks.coref import (
    Clustering,
    GoldMention,
    PredictedMention,
    aligned_clusters,
    dateline_mentions,
    spacy_mentions,
)
from dateline.eval.tasks.entities import MEANTIME_TYPES
from dateline.records import Article
from dateline.store import Store, entity_key

TASK = "cross-doc"
SETTING = "names"
ECB_TAGS = frozenset({"HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE", "LOC_GEO", "LOC_FAC"})
NAME_LINKS = frozenset({"of", "the", "and", "de", "for", "&", "-"})


@dataclass(frozen=True)
class CrossDocGold:
    name: str  # the corpus as results name it
    texts: tuple[GoldText, ...]
    gold: tuple[tuple[GoldMention, ...], ...]  # per text
    scored: tuple[tuple[tuple[int, int], ...], ...]  # per text, the spans predictions count in
    pools: tuple[str, ...]  # per text, the pool it is scored in (its topic, or one for all)
    notes: tuple[str, ...]
    complete: bool  # every name of the scored types is gold; else unaligned names are dropped


def meantime_mentions(document: MeantimeDocument) -> tuple[GoldMention, ...]:
    """Name and other mentions of the scored types in sentences 0-5, each under its corpus
    instance, or under its own document's instance where it has none."""
    corpus_ids = {e.m_id: e.corpus_id for e in document.entities}
    return tuple(
        GoldMention(
            m.span.start,
            m.span.end,
            (corpus_ids.get(m.instance_id) or f"{document.doc_id}#{m.instance_id}")
            if m.instance_id and MEANTIME_TYPES.get(m.ent_type or "")
            else None,
            m.is_name,
        )
        for m in document.entity_mentions
        if document.in_annotated_part(m.span)
    )


def is_name_like(surface: str) -> bool:
    """Every word capitalised, connectors aside ("Bank of America"; not "the actress")."""
    words = [w for w in surface.split() if w.lower() not in NAME_LINKS]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def ecb_mentions(document: EcbDocument) -> tuple[GoldMention, ...]:
    return tuple(
        GoldMention(
            m.span.start,
            m.span.end,
            m.chain or f"{document.id}#{m.m_id}",
            is_name_like(document.text[m.span.start : m.span.end]),
        )
        for m in document.components
        if m.tag in ECB_TAGS
    )


def meantime_gold(context: EvalContext) -> CrossDocGold:
    documents = load_meantime(context.data_dir, annotation="cross-doc", limit=context.limit)
    return CrossDocGold(
        "meantime-en",
        tuple(GoldText(f"meantime-en/{d.doc_id}", d.text, d.dct) for d in documents),
        tuple(meantime_mentions(d) for d in documents),
        tuple(((0, d.annotated_end),) for d in documents),
        ("all",) * len(documents),
        (
            "gold: NAM and PRE.NAM mentions of PER/ORG/LOC entities in sentences 0-5 of the "
            "cross-document annotation, clustered by corpus instance; one pool of all documents",
        ),
        complete=True,
    )


def ecbplus_gold(context: EvalContext) -> CrossDocGold:
    documents = load_ecbplus(context.corpus("ecbplus"), context.limit)
    return CrossDocGold(
        "ecbplus",
        tuple(GoldText(f"ecbplus/{d.id}", d.text, None) for d in documents),
        tuple(ecb_mentions(d) for d in documents),
        tuple(
            tuple((d.sentences[n].start, d.sentences[n].end) for n in sorted(d.scored))
            for d in documents
        ),
        tuple(d.topic for d in documents),
        (
            "gold: HUMAN_PART_PER/ORG/GPE, LOC_GEO/FAC mentions of the listed sentences, "
            "clustered by CROSS_DOC_COREF instance; names = every word capitalised; one pool "
            "per topic, scores summed over topics; ECB+ marks only the participants and places "
            "of its events, so a predicted name aligned to no gold mention is not scored",
        ),
        complete=False,
    )


def linked_keys(articles: Iterable[Article]) -> dict[tuple[str, str], str]:
    """(document id, entity id) -> corpus key, from a knowledge base holding all `articles`."""
    with Store.open(":memory:") as store:
        for article in articles:
            store.add_article(article)
        store.link_entities()
        rows = store.db.execute(
            "SELECT doc_id, entity_id, corpus_key FROM linked_entities"
        ).fetchall()
    return {(doc_id, entity_id): key for doc_id, entity_id, key in rows}


def scored_only(
    mentions: Sequence[PredictedMention], scored: Sequence[tuple[int, int]]
) -> list[PredictedMention]:
    """The mentions inside the annotated spans."""
    return [m for m in mentions if any(a <= m.start and m.end <= b for a, b in scored)]


def corpus_scores(
    gold: Sequence[Sequence[GoldMention]],
    predicted: Sequence[Sequence[PredictedMention] | None],
    pools: Sequence[str] | None = None,
    *,
    complete: bool = True,
) -> CorefScores:
    """One key and one response clustering per pool of documents, scored and summed; with
    `complete` False, predicted mentions aligned to no gold mention are left out."""
    keys: dict[str, Clustering] = {}
    responses: dict[str, Clustering] = {}
    pools = pools or ["all"] * len(gold)
    for index, (gold_mentions_, mentions) in enumerate(zip(gold, predicted, strict=True)):
        document_key, document_response = aligned_clusters(
            gold_mentions_, mentions or [], SETTING, document=index, keep_twinless=complete
        )
        key = keys.setdefault(pools[index], {})
        response = responses.setdefault(pools[index], {})
        for cluster, items in document_key.items():
            key.setdefault(cluster, []).extend(items)
        for cluster, items in document_response.items():
            response.setdefault(cluster, []).extend(items)
    total = EMPTY_SCORES
    for pool, key in keys.items():
        if key:
            total += score_clusterings(
                clusters_from(key.values()), clusters_from(responses[pool].values())
            )
    return total


def evaluate(gold: CrossDocGold, model: str) -> TaskResult:
    run_ = run_dateline(gold.texts, model, "entities")
    parsed = parse_texts(gold.texts, model)
    corpus_key = linked_keys(a for a in run_.articles if a is not None)
    clusterings: dict[str, Callable[[Article, str], Hashable]] = {
        "dateline": lambda a, e: corpus_key[(a.document.id, e)],
        "name-key": lambda a, e: entity_key(a.entity(e), a.document.id),
        "per-article": lambda a, e: (a.document.id, e),
    }
    gold_count = sum(
        1 for mentions in gold.gold for m in mentions if m.is_name and m.cluster is not None
    )
    rows = []
    for system, cluster in clusterings.items():
        predicted = [
            scored_only(dateline_mentions(a, len(a.text), partial(cluster, a)), scored)
            if a is not None
            else None
            for a, scored in zip(run_.articles, gold.scored, strict=True)
        ]
        counts = {
            "documents": len(gold.texts),
            "gold": gold_count,
            "predicted": sum(1 for p in predicted for m in p or () if m.is_name),
        }
        ok = run_.status == "ok"
        scores = corpus_scores(gold.gold, predicted, gold.pools, complete=gold.complete)
        metrics = scores.as_metrics() if ok else {}
        if system == "dateline":
            rows.append(dateline_row(run_, metrics, counts))
        else:
            rows.append(SystemRow(system, metrics, counts, run_.status))
    spacy = [
        scored_only(spacy_mentions(item, len(item.document.text)), scored)
        for item, scored in zip(parsed, gold.scored, strict=True)
    ]
    rows.append(
        SystemRow(
            "spacy-exact-string",
            corpus_scores(gold.gold, spacy, gold.pools, complete=gold.complete).as_metrics(),
            {"documents": len(gold.texts), "gold": gold_count, "predicted": sum(map(len, spacy))},
        )
    )
    notes = dateline_notes(
        run_,
        [
            *gold.notes,
            "predicted mentions aligned to gold within their document; unaligned predictions "
            "stay as spurious mentions",
        ],
    )
    return TaskResult(TASK, gold.name, rows, notes)


def run(context: EvalContext) -> list[TaskResult]:
    model = resolve_model(context.model)
    return [evaluate(meantime_gold(context), model), evaluate(ecbplus_gold(context), model)]
