"""Cross-article entity clustering: the knowledge base's entities against MEANTIME's corpus-level
instances, scored with MUC, B³, CEAF-e and their mean over the whole corpus at once.

MEANTIME's cross-document annotation gives each entity that several articles mention one
instance id ("ORG37154720130514282" is Northrop Grumman in every article of the Airbus corpus).
Gold: the name mentions (NAM, PRE.NAM) of PER / ORG / LOC entities in sentences 0-5, clustered by
that id; an entity of one article only keeps its in-document chain. Predicted: the name mentions
of Dateline's entities, aligned to gold mentions within their document as in the coref task, then
pooled over all articles, so a wrong cross-article join costs as much as a missed one.

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

from collections.abc import Callable, Hashable, Sequence

from dateline.eval.coref_metrics import EMPTY_SCORES, CorefScores, clusters_from, score_clusterings
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
    spacy_mentions,
)
from dateline.eval.tasks.entities import MEANTIME_TYPES, PREDICTED_TYPES
from dateline.records import Article
from dateline.store import Store, entity_key

TASK = "cross-doc"
SETTING = "names"
CORPUS = "meantime-en"


def gold_mentions(document: MeantimeDocument) -> tuple[GoldMention, ...]:
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


def linked_keys(articles: Sequence[Article]) -> dict[tuple[str, str], str]:
    """(document id, entity id) -> corpus key, from a knowledge base holding all `articles`."""
    with Store.open(":memory:") as store:
        for article in articles:
            store.add_article(article)
        store.link_entities()
        rows = store.db.execute(
            "SELECT doc_id, entity_id, corpus_key FROM linked_entities"
        ).fetchall()
    return {(doc_id, entity_id): key for doc_id, entity_id, key in rows}


def article_mentions(
    article: Article, end: int, cluster: Callable[[Article, str], Hashable]
) -> list[PredictedMention]:
    return [
        PredictedMention(m.span.start, m.span.end, cluster(article, entity.id), m.kind == "name")
        for entity in article.entities
        if entity.type in PREDICTED_TYPES
        for m in entity.mentions
        if m.span.end <= end
    ]


def corpus_scores(
    gold: Sequence[Sequence[GoldMention]],
    predicted: Sequence[Sequence[PredictedMention] | None],
) -> CorefScores:
    """One key and one response clustering pooled over every document, then scored."""
    key: Clustering = {}
    response: Clustering = {}
    for index, (gold_mentions_, mentions) in enumerate(zip(gold, predicted, strict=True)):
        document_key, document_response = aligned_clusters(
            gold_mentions_, mentions or [], SETTING, document=index
        )
        for cluster, items in document_key.items():
            key.setdefault(cluster, []).extend(items)
        for cluster, items in document_response.items():
            response.setdefault(cluster, []).extend(items)
    if not key:
        return EMPTY_SCORES
    return score_clusterings(clusters_from(key.values()), clusters_from(response.values()))


def run(context: EvalContext) -> list[TaskResult]:
    model = resolve_model(context.model)
    documents = load_meantime(context.data_dir, annotation="cross-doc", limit=context.limit)
    texts = tuple(GoldText(f"{CORPUS}/{d.doc_id}", d.text, d.dct) for d in documents)
    gold = [gold_mentions(d) for d in documents]
    ends = [d.annotated_end for d in documents]
    run_ = run_dateline(texts, model, "entities")
    parsed = parse_texts(texts, model)
    stored = [a for a in run_.articles if a is not None]
    corpus_key = linked_keys(stored)
    clusterings: dict[str, Callable[[Article, str], Hashable]] = {
        "dateline": lambda a, e: corpus_key[(a.document.id, e)],
        "name-key": lambda a, e: entity_key(a.entity(e)),
        "per-article": lambda a, e: (a.document.id, e),
    }
    rows = []
    gold_count = sum(1 for mentions in gold for m in mentions if m.cluster and m.is_name)
    for system, cluster in clusterings.items():
        predicted = [
            article_mentions(a, end, cluster) if a is not None else None
            for a, end in zip(run_.articles, ends, strict=True)
        ]
        counts = {
            "documents": len(texts),
            "gold": gold_count,
            "predicted": sum(1 for p in predicted for m in p or () if m.is_name),
        }
        metrics = corpus_scores(gold, predicted).as_metrics() if run_.status == "ok" else {}
        if system == "dateline":
            rows.append(dateline_row(run_, metrics, counts))
        else:
            rows.append(SystemRow(system, metrics, counts, run_.status))
    spacy = [spacy_mentions(item, end) for item, end in zip(parsed, ends, strict=True)]
    rows.append(
        SystemRow(
            "spacy-exact-string",
            corpus_scores(gold, spacy).as_metrics(),
            {"documents": len(texts), "gold": gold_count, "predicted": sum(map(len, spacy))},
        )
    )
    notes = dateline_notes(
        run_,
        [
            "gold: NAM and PRE.NAM mentions of PER/ORG/LOC entities in sentences 0-5 of the "
            "cross-document annotation, clustered by corpus instance over all documents",
            "one clustering pooled over the whole corpus; predicted mentions aligned to gold "
            "within their document; unaligned predictions stay as spurious mentions",
        ],
    )
    return [TaskResult(TASK, CORPUS, rows, notes)]
