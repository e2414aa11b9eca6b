"""Named entities: Dateline's name mentions and bare spaCy NER against MEANTIME and GUM names.

Both sides are mapped to PER / ORG / LOC (`PREDICTED_TYPES`, `MEANTIME_TYPES`, `GUM_TYPES`) and
scored strict (same span, same type) and overlap (spans share a character, same type), overall and
per type. Before comparing, a leading article and a trailing possessive are cut from every span,
gold and predicted alike ("the United States's" = "United States"): corpora and systems disagree
on those, and the disagreement says nothing about finding the name. Gold names of a type outside
the three (products, money, events) are "don't care": a prediction on one is neither right nor
wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dateline.eval.corpora.gum import GumDocument
from dateline.eval.corpora.meantime import MeantimeDocument, iter_name_mentions
from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.gold_sets import GoldSet, gum_set, meantime_set
from dateline.eval.metrics import PRF, exact_prf, overlap_prf
from dateline.eval.runs import (
    dateline_notes,
    dateline_row,
    parse_texts,
    resolve_model,
    run_dateline,
)
from dateline.records import Article

TASK = "entities"
TYPES = ("PER", "ORG", "LOC")
# spaCy (OntoNotes) labels -> scored type; every other label (NORP, PRODUCT, EVENT, ...) is ignored.
PREDICTED_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
# MEANTIME ent_type of the instance a NAM / PRE.NAM mention refers to; PRO, FIN, MIX: don't care.
MEANTIME_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
# GUM entity types of proper-noun-headed mentions; the other seven types: don't care.
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
TRAILING_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True, slots=True)
class NameSpan:
    start: int
    end: int
    type: str | None  # PER, ORG, LOC; None: a name of a type this task does not score


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut surrounding space, a leading article and a trailing possessive from `text[start:end]`."""
    surface = text[start:end]
    stripped = surface.lstrip()
    start += len(surface) - len(stripped)
    surface = stripped.rstrip()
    article = LEADING_ARTICLE.match(surface)
    if article and article.end() < len(surface):
        start += article.end()
        surface = surface[article.end() :]
    possessive = TRAILING_POSSESSIVE.search(surface)
    if possessive and possessive.start() > 0:
        surface = surface[: possessive.start()].rstrip()
    return start, start + len(surface)


def name_span(text: str, start: int, end: int, type_: str | None) -> NameSpan:
    trimmed_start, trimmed_end = trim_name(text, start, end)
    return NameSpan(trimmed_start, trimmed_end, type_)


def score_names(gold: Sequence[NameSpan], predicted: Sequence[NameSpan]) -> dict[str, PRF]:
    """Strict and overlap PRF, overall and per type, for one document.

    Predictions of no scored type are dropped; so are predictions that overlap a don't-care gold
    name and no scored one.
    """
    scored_gold = [g for g in gold if g.type is not None]
    ignored = [g for g in gold if g.type is None]
    kept = [
        p
        for p in predicted
        if p.type is not None
        and (any(_overlaps(p, g) for g in scored_gold) or not any(_overlaps(p, g) for g in ignored))
    ]
    scores: dict[str, PRF] = {}
    for type_ in TYPES:
        gold_spans = [(g.start, g.end) for g in scored_gold if g.type == type_]
        predicted_spans = [(p.start, p.end) for p in kept if p.type == type_]
        scores[f"{type_}_strict"] = exact_prf(gold_spans, predicted_spans)
        scores[f"{type_}_overlap"] = overlap_prf(gold_spans, predicted_spans)
    for kind in ("strict", "overlap"):
        scores[kind] = sum((scores[f"{t}_{kind}"] for t in TYPES), PRF(0, 0, 0))
    return scores


def _overlaps(a: NameSpan, b: NameSpan) -> bool:
    return a.start < b.end and b.start < a.end


def add_scores(total: dict[str, PRF], scores: dict[str, PRF]) -> dict[str, PRF]:
    return {key: total.get(key, PRF(0, 0, 0)) + value for key, value in scores.items()}


def metrics_from(scores: dict[str, PRF]) -> dict[str, float | None]:
    metrics: dict[str, float | None] = {}
    metrics.update(scores["strict"].as_metrics("strict_"))
    metrics.update(scores["overlap"].as_metrics("overlap_"))
    for type_ in TYPES:
        metrics.update(scores[f"{type_}_strict"].as_metrics(f"{type_}_strict_"))
        metrics.update(scores[f"{type_}_overlap"].as_metrics(f"{type_}_overlap_"))
    return metrics


# ---- gold names per corpus -------------------------------------------------------------------


def meantime_gold(document: MeantimeDocument) -> list[NameSpan]:
    return [
        name_span(document.text, m.span.start, m.span.end, MEANTIME_TYPES.get(m.ent_type or ""))
        for m in iter_name_mentions(document)
    ]


def gum_gold(document: GumDocument) -> list[NameSpan]:
    return [
        name_span(document.text, m.span.start, m.span.end, GUM_TYPES.get(m.entity_type))
        for m in document.mentions
        if m.is_name
    ]


# ---- predictions ----------------------------------------------------------------------------


def dateline_names(article: Article) -> list[NameSpan]:
    """Every name mention (kind "name") of every entity, typed by the mention's own label."""
    return [
        name_span(article.text, m.span.start, m.span.end, PREDICTED_TYPES.get(m.label))
        for entity in article.entities
        for m in entity.mentions
        if m.kind == "name"
    ]


def spacy_names(text: str, entities: Iterable[tuple[int, int, str]]) -> list[NameSpan]:
    return [name_span(text, s, e, PREDICTED_TYPES.get(label)) for s, e, label in entities]


# ---- the task -------------------------------------------------------------------------------


def meantime_corpus(context: EvalContext) -> GoldSet[list[NameSpan]]:
    return meantime_set(
        context,
        meantime_gold,
        "gold: NAM and PRE.NAM mentions in sentences 0-5, typed by the ENTITY they refer to "
        "(PER, ORG, LOC; PRO, FIN, MIX don't care)",
    )


def gum_corpus(context: EvalContext) -> GoldSet[list[NameSpan]]:
    return gum_set(
        context,
        gum_gold,
        "gold: mentions headed by a proper noun (PROPN), typed person->PER, "
        "organization->ORG, place->LOC (the other seven GUM types don't care)",
    )


def evaluate_corpus(corpus: GoldSet[list[NameSpan]], model: str) -> TaskResult:
    parsed = parse_texts(corpus.texts, model)
    run = run_dateline(corpus.texts, model, "entities")
    dateline_total: dict[str, PRF] = {}
    spacy_total: dict[str, PRF] = {}
    dateline_predicted = spacy_predicted = 0
    for index, item in enumerate(parsed):
        gold = corpus.gold[index]
        end = corpus.scored_end[index]
        baseline = [p for p in spacy_names(item.document.text, item.entities) if p.end <= end]
        spacy_total = add_scores(spacy_total, score_names(gold, baseline))
        spacy_predicted += sum(p.type is not None for p in baseline)
        article = run.articles[index]
        if article is not None:
            ours = [p for p in dateline_names(article) if p.end <= end]
            dateline_total = add_scores(dateline_total, score_names(gold, ours))
            dateline_predicted += sum(p.type is not None for p in ours)
    gold_count = sum(1 for gold in corpus.gold for g in gold if g.type is not None)
    documents = len(corpus.texts)
    rows = [
        dateline_row(
            run,
            metrics_from(dateline_total) if dateline_total else {},
            {"documents": documents, "gold": gold_count, "predicted": dateline_predicted},
        ),
        SystemRow(
            "spacy-ner",
            metrics_from(spacy_total) if spacy_total else {},
            {"documents": documents, "gold": gold_count, "predicted": spacy_predicted},
        ),
    ]
    notes = dateline_notes(run, [*corpus.notes, f"spaCy model: {model}"])
    return TaskResult(TASK, corpus.name, rows, notes)


def run(context: EvalContext) -> list[TaskResult]:
    model = resolve_model(context.model)
    return [
        evaluate_corpus(meantime_corpus(context), model),
        evaluate_corpus(gum_corpus(context), model),
    ]
