"""Temporal expressions: TempEval-3's timex metrics on TimeBank, AQUAINT and MEANTIME.

The metrics are those of the official scorer (TE3 `evaluate_entities.py`, UzZaman et al. 2013):
gold and system timexes are aligned when they overlap (relaxed match); a relaxed match whose
extents are identical is also a strict match; type and value accuracy are counted over the
relaxed matches, and the TempEval-3 "value F1" (its headline timex score) is relaxed F1 × value
accuracy ("type F1" likewise). The creation time in `<DCT>` is not a timex to find. Where the
official tool aligns through its normaliser, we align one-to-one, exact extents first, then by
largest overlap.

Baseline: spaCy's DATE and TIME entities, valued by dateparser relative to the creation time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime

from dateline.eval.corpora.meantime import MeantimeDocument
from dateline.eval.corpora.tempeval3 import PARTS, load_tempeval3
from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.gold_sets import GoldSet, meantime_set
from dateline.eval.metrics import PRF, align_spans
from dateline.eval.runs import (
    GoldText,
    ParsedText,
    dateline_notes,
    dateline_row,
    parse_texts,
    resolve_model,
    run_dateline,
)
from dateline.records import Article

TASK = "time"
SPACY_TIME_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class TimexCounts:
    gold: int = 0
    predicted: int = 0
    relaxed: int = 0  # aligned pairs (overlapping extents)
    strict: int = 0  # aligned pairs with identical extents
    type_match: int = 0
    value_match: int = 0

    def __add__(self, other: TimexCounts) -> TimexCounts:
        return TimexCounts(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(TimexCounts))
        )

    def metrics(self) -> dict[str, float | None]:
        strict = PRF(self.strict, self.predicted - self.strict, self.gold - self.strict)
        relaxed = PRF(self.relaxed, self.predicted - self.relaxed, self.gold - self.relaxed)
        type_accuracy = self.type_match / self.relaxed if self.relaxed else 0.0
        value_accuracy = self.value_match / self.relaxed if self.relaxed else 0.0
        return {
            **strict.as_metrics("strict_"),
            **relaxed.as_metrics("relaxed_"),
            "type_accuracy": type_accuracy,
            "value_accuracy": value_accuracy,
            "type_f1": relaxed.f1 * type_accuracy,
            "value_f1": relaxed.f1 * value_accuracy,
        }


def score_timexes(gold: Sequence[Timex], predicted: Sequence[Timex]) -> TimexCounts:
    """Counts for one document (see the module docstring for the definitions)."""
    alignment = align_spans([(g.start, g.end) for g in gold], [(p.start, p.end) for p in predicted])
    strict = type_match = value_match = 0
    for p_index, g_index in alignment.items():
        g, p = gold[g_index], predicted[p_index]
        strict += (g.start, g.end) == (p.start, p.end)
        type_match += g.type == p.type
        value_match += g.value == p.value
    return TimexCounts(len(gold), len(predicted), len(alignment), strict, type_match, value_match)


# ---- the dateparser baseline ------------------------------------------------------------------


def timex_value(moment: datetime, period: str | None) -> str:
    """A TIMEX3 value at the precision dateparser says it read: year, month, ISO week, day, time."""
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "time":
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.strftime("%Y-%m-%d")


def creation_moment(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).replace(tzinfo=None)
    except ValueError:
        return None


def spacy_timexes(item: ParsedText, published: str | None, end: int) -> list[Timex]:
    """spaCy DATE / TIME entities, typed by their label, valued by dateparser ("" if unread)."""
    from dateparser.date import DateDataParser

    base = creation_moment(published)
    settings: dict[str, object] = {"RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    parser = DateDataParser(languages=["en"], settings=settings)
    text = item.document.text
    timexes = []
    for start, stop, label in item.entities:
        if label not in SPACY_TIME_LABELS or stop > end:
            continue
        data = parser.get_date_data(text[start:stop])
        value = timex_value(data.date_obj, data.period) if data.date_obj else ""
        timexes.append(Timex(start, stop, label, value))
    return timexes


def dateline_timexes(article: Article, end: int) -> list[Timex]:
    return [
        Timex(t.span.start, t.span.end, t.type, t.value)
        for t in article.times
        # a derived value ("the Khojaly genocide" dated by its anniversary) is not a TIMEX3
        if t.span.end <= end and t.derived_by is None
    ]


# ---- gold per corpus ------------------------------------------------------------------------


GoldTimexes = GoldSet[tuple[Timex, ...]]


def tempeval3_gold(context: EvalContext, part: str) -> GoldTimexes:
    documents = load_tempeval3(context.data_dir, part, limit=context.limit)
    return GoldSet(
        name=f"tempeval3/{part}",
        texts=tuple(GoldText(f"tempeval3/{part}/{d.doc_id}", d.text, d.dct) for d in documents),
        gold=tuple(
            tuple(Timex(t.span.start, t.span.end, t.type, t.value) for t in d.timexes)
            for d in documents
        ),
        scored_end=tuple(len(d.text) for d in documents),
        notes=(f"gold: TIMEX3 inside <TEXT> of TBAQ-cleaned/{part}; the DCT is the anchor",),
    )


def meantime_timexes(document: MeantimeDocument) -> tuple[Timex, ...]:
    return tuple(
        Timex(t.span.start, t.span.end, t.type, t.value)
        for t in document.timexes
        if t.span is not None and document.in_annotated_part(t.span)
    )


def meantime_gold(context: EvalContext) -> GoldTimexes:
    return meantime_set(
        context,
        meantime_timexes,
        "gold: TIMEX3 with tokens in sentences 0-5, the date line's creation time included "
        "(it is printed in the text); implicit TIMEX3 without tokens are left out",
    )


def evaluate_corpus(gold: GoldTimexes, model: str) -> TaskResult:
    parsed = parse_texts(gold.texts, model)
    run = run_dateline(gold.texts, model, "times")
    dateline_total = spacy_total = TimexCounts()
    for index, item in enumerate(parsed):
        expected = gold.gold[index]
        end = gold.scored_end[index]
        published = gold.texts[index].published
        spacy_total += score_timexes(expected, spacy_timexes(item, published, end))
        article = run.articles[index]
        if article is not None:
            dateline_total += score_timexes(expected, dateline_timexes(article, end))
    documents = len(gold.texts)
    gold_count = sum(len(t) for t in gold.gold)
    rows = [
        dateline_row(
            run,
            dateline_total.metrics(),
            {"documents": documents, "gold": gold_count, "predicted": dateline_total.predicted},
        ),
        SystemRow(
            "spacy-dateparser",
            spacy_total.metrics(),
            {"documents": documents, "gold": gold_count, "predicted": spacy_total.predicted},
        ),
    ]
    notes = dateline_notes(
        run, [*gold.notes, f"baseline: spaCy ({model}) DATE/TIME + dateparser from the DCT"]
    )
    return TaskResult(TASK, gold.name, rows, notes)


def run(context: EvalContext) -> list[TaskResult]:
    model = resolve_model(context.model)
    results = [evaluate_corpus(tempeval3_gold(context, part), model) for part in PARTS]
    results.append(evaluate_corpus(meantime_gold(context), model))
    return results
