"""Publication date from HTML: htmldate's evaluation set (and trafilatura-eval's dated pages).

Scored as htmldate's own evaluation does, at day granularity: a date equal to the gold is a TP,
another date an FP, no date an FN; accuracy is the share of pages with the right date. Dateline
(`dateline.ingest.html.find_published`) also reports the share of its dates that carry a UTC
offset; htmldate prints none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dateline.eval.corpora.htmldate_eval import DatedPage, load_htmldate_eval, subsets
from dateline.eval.corpora.trafilatura_eval import load_trafilatura_eval
from dateline.eval.framework import EvalContext, SystemRow, TaskResult
from dateline.eval.tasks.html_text import MAX_HTML_BYTES
from dateline.records import Published


@dataclass(frozen=True, slots=True)
class DatePrediction:
    date: str | None  # YYYY-MM-DD
    utc_offset: str | None = None


@dataclass
class DateTally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    with_offset: int = 0

    def add(self, gold: str, predicted: DatePrediction) -> None:
        if predicted.date is None:
            self.fn += 1
            return
        if predicted.date == gold:
            self.tp += 1
        else:
            self.fp += 1
        if predicted.utc_offset is not None:
            self.with_offset += 1

    def metrics(self) -> dict[str, float | None]:
        total = self.tp + self.fp + self.fn
        predicted = self.tp + self.fp
        denominator = 2 * self.tp + self.fp + self.fn
        return {
            "accuracy": self.tp / total if total else 0.0,
            "p": self.tp / predicted if predicted else 0.0,
            "r": self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0,
            "f1": 2 * self.tp / denominator if denominator else 0.0,
            "with_timezone": self.with_offset / predicted if predicted else 0.0,
        }

    def counts(self) -> dict[str, int]:
        return {"documents": self.tp + self.fp + self.fn, "predicted": self.tp + self.fp}


def prediction_from_published(published: Published | None) -> DatePrediction:
    """The printed date (the ISO value's first ten characters, in the page's own time zone)."""
    if published is None:
        return DatePrediction(None)
    return DatePrediction(published.value[:10], published.utc_offset)


def dateline_date(html: bytes, url: str | None, source: str) -> DatePrediction:
    from dateline.ingest.decode import decode_bytes
    from dateline.ingest.html import find_published

    text = decode_bytes(html, max_bytes=MAX_HTML_BYTES, source=source)
    return prediction_from_published(find_published(text, url=url))


def htmldate_date(html: bytes) -> DatePrediction:
    """htmldate as its evaluation runs it: its own decoding, original date, extensive search."""
    from htmldate import find_date
    from htmldate.utils import decode_file

    found = find_date(decode_file(html), original_date=True, extensive_search=True)
    return DatePrediction(str(found)[:10] if found else None)


System = Callable[[bytes, str, str], DatePrediction]  # (html, url, source) -> prediction
SYSTEMS: tuple[tuple[str, System], ...] = (
    ("dateline", lambda html, url, source: dateline_date(html, url, source)),
    ("htmldate", lambda html, url, source: htmldate_date(html)),
)


def predict(
    pages: Sequence[tuple[str, bytes]], system: System, source: str
) -> list[DatePrediction | None]:
    """A system's prediction for each (url, html) page; None where the system failed.

    A failure scores as no date (FN), as upstream counts a crash, and is counted apart."""
    predictions: list[DatePrediction | None] = []
    for url, html in pages:
        try:
            predictions.append(system(html, url, f"{source}/{url}"))
        except Exception:  # a DatelineError, or a crash in a third-party date finder: counted
            predictions.append(None)
    return predictions


def tally(golds: Sequence[str], predictions: Sequence[DatePrediction | None]) -> DateTally:
    total = DateTally()
    for gold, prediction in zip(golds, predictions, strict=True):
        total.add(gold, prediction or DatePrediction(None))
    return total


def run(context: EvalContext) -> list[TaskResult]:
    corpus = context.corpus("htmldate-eval")
    groups = [
        (f"htmldate-eval/{subset}", load_htmldate_eval(corpus, subset, context.limit))
        for subset in subsets(corpus)
    ]
    pages: list[DatedPage] = [page for _, group in groups for page in group]
    html = [(p.url, p.html_bytes(corpus)) for p in pages]  # read once, for every system
    predictions = {name: predict(html, system, "htmldate-eval") for name, system in SYSTEMS}
    results = [_result("htmldate-eval", [p.date for p in pages], predictions)]
    start = 0
    for name, group in groups:
        end = start + len(group)
        part = {system: found[start:end] for system, found in predictions.items()}
        results.append(_result(name, [p.date for p in group], part))
        start = end
    dated = _trafilatura_dated(context)
    dated_html = [(url, page) for url, _, page in dated]
    dated_predictions = {
        name: predict(dated_html, system, "trafilatura-eval") for name, system in SYSTEMS
    }
    results.append(
        _result("trafilatura-eval/dated", [gold for _, gold, _ in dated], dated_predictions)
    )
    return results


def _trafilatura_dated(context: EvalContext) -> list[tuple[str, str, bytes]]:
    corpus: Path = context.corpus("trafilatura-eval")
    pages = [page for page in load_trafilatura_eval(corpus) if page.date][: context.limit]
    return [(page.url, page.date or "", page.html_bytes(corpus)) for page in pages]


def _result(
    corpus: str, golds: Sequence[str], predictions: dict[str, list[DatePrediction | None]]
) -> TaskResult:
    rows = []
    for name, found in predictions.items():
        total = tally(golds, found)
        failed = sum(1 for prediction in found if prediction is None)
        rows.append(SystemRow(name, total.metrics(), total.counts() | {"failed": failed}))
    notes = ["day granularity; no date = FN, a wrong date = FP (htmldate's evaluation)"]
    if corpus == "htmldate-eval":
        notes.append("all subsets together; each subset follows")
    if corpus.startswith("trafilatura-eval"):
        notes.append("the pages with a gold date; 565 of its pages are also in htmldate-eval")
    return TaskResult("html-date", corpus, rows, notes)
