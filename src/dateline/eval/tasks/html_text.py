"""Article text from HTML: the Article Extraction Benchmark and trafilatura's evaluation corpus.

1. article-extraction-benchmark: the benchmark's own 4-gram shingle P/R/F1 and exact-token
   accuracy (restated from its `evaluate.py`), for Dateline and for each peer tool's published
   output on the same pages;
2. trafilatura-eval: must-have / must-not-have segment P/R/F1 and accuracy (restated from
   trafilatura's `tests/eval_common.py`), for Dateline and for the installed trafilatura.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import mean
from typing import TypeVar

from dateline.eval.corpora.article_extraction import load_pages, load_peer_outputs
from dateline.eval.corpora.trafilatura_eval import SegmentPage, load_trafilatura_eval
from dateline.eval.framework import EvalContext, SystemRow, TaskResult

SHINGLE_SIZE = 4
TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
WHITESPACE = re.compile(r"\s+")
MAX_HTML_BYTES = 50_000_000  # gold pages are read whole; Dateline's input limit is not under test

# trafilatura's canonical settings in its own evaluation (tests/eval_common.py EXTRACT_OPTS).
TRAFILATURA_OPTIONS = {
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "fast": False,
}

TpFpFn = tuple[float, float, float]
Page = TypeVar("Page")


# 1. The Article Extraction Benchmark's metric.


def benchmark_tokens(text: str) -> list[str]:
    return TOKEN.findall(text or "")


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """4-gram shingles with multiplicity; a text shorter than 4 tokens is one shingle."""
    tokens = benchmark_tokens(text)
    grams = (tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))
    return Counter(gram for gram in grams if gram)


def shingle_match(true: str, pred: str) -> TpFpFn:
    """TP/FP/FN over shingles, normalised to sum to 1 so every page weighs the same."""
    gold, found = shingles(true), shingles(pred)
    tp = float(sum((gold & found).values()))
    fp = float(sum((found - gold).values()))
    fn = float(sum((gold - found).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def benchmark_metrics(pairs: Sequence[tuple[str, str]]) -> dict[str, float | None]:
    """Mean per-page precision (pages with TP+FP > 0) and recall (TP+FN > 0), F1 of the means,
    and accuracy: the share of pages whose token sequences are identical."""
    counts = [shingle_match(true, pred) for true, pred in pairs]
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = mean(precisions) if precisions else 0.0
    recall = mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (
        mean(float(benchmark_tokens(t) == benchmark_tokens(p)) for t, p in pairs) if pairs else 0.0
    )
    return {"p": precision, "r": recall, "f1": f1, "accuracy": accuracy}


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


# 2. trafilatura's segment metric.


def normalise_space(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def count_segments(page: SegmentPage, result: str | None) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn): must-have segments found, must-not-have found, and the rest.
    No result (a crash or nothing extracted) is a full miss."""
    if result is None:
        return 0, 0, len(page.must_have), len(page.must_not_have)
    text = normalise_space(result)
    tp = sum(1 for chunk in page.must_have if normalise_space(chunk) in text)
    fp = sum(1 for chunk in page.must_not_have if normalise_space(chunk) in text)
    return tp, fp, len(page.must_have) - tp, len(page.must_not_have) - fp


@dataclass
class SegmentTally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, counts: tuple[int, int, int, int]) -> None:
        self.tp += counts[0]
        self.fp += counts[1]
        self.fn += counts[2]
        self.tn += counts[3]

    def metrics(self) -> dict[str, float | None]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        denominator = 2 * self.tp + self.fp + self.fn
        return {
            "p": precision,
            "r": recall,
            "f1": 2 * self.tp / denominator if denominator else 0.0,
            "accuracy": (self.tp + self.tn) / total if total else 0.0,
        }


# Systems.


def dateline_text(html: bytes, *, source: str, url: str | None = None) -> str:
    """Dateline's main text of a page: its HTML reader's Document text.

    Raises DatelineError (MalformedInputError when no article text is found)."""
    from dateline.ingest.decode import decode_bytes
    from dateline.ingest.readers import read_html

    text = decode_bytes(html, max_bytes=MAX_HTML_BYTES, source=source)
    return read_html(text, source=source, url=url).text


def trafilatura_text(html: bytes) -> str | None:
    import trafilatura

    return trafilatura.extract(html, **TRAFILATURA_OPTIONS)  # type: ignore[arg-type]


def run(context: EvalContext) -> list[TaskResult]:
    return [_article_extraction(context), _trafilatura_eval(context)]


def _article_extraction(context: EvalContext) -> TaskResult:
    corpus = context.corpus("article-extraction-benchmark")
    pages = load_pages(corpus, context.limit)
    counts = {"documents": len(pages)}
    outputs, failures = _run_system(
        lambda page: dateline_text(
            page.html_bytes(corpus), source=f"article-extraction/{page.id}", url=page.url
        ),
        pages,
    )
    rows = [
        SystemRow(
            "dateline",
            benchmark_metrics([(p.gold, o or "") for p, o in zip(pages, outputs, strict=True)]),
            counts | {"failed": failures},
        )
    ]
    notes = ["peer rows score the outputs the benchmark published, on the same pages"]
    for peer in load_peer_outputs(corpus):
        missing = sum(1 for page in pages if page.id not in peer.bodies)
        pairs = [(page.gold, peer.bodies.get(page.id, "")) for page in pages]
        name = f"peer:{peer.tool}" + (f" {peer.version}" if peer.version else "")
        rows.append(SystemRow(name, benchmark_metrics(pairs), counts | {"missing": missing}))
    return TaskResult("html-text", "article-extraction-benchmark", rows, notes)


def _trafilatura_eval(context: EvalContext) -> TaskResult:
    corpus = context.corpus("trafilatura-eval")
    pages = load_trafilatura_eval(corpus, context.limit)
    counts = {
        "documents": len(pages),
        "must_have": sum(len(p.must_have) for p in pages),
        "must_not_have": sum(len(p.must_not_have) for p in pages),
    }
    rows = []
    systems: list[tuple[str, Callable[[SegmentPage], str | None]]] = [
        (
            "dateline",
            lambda page: dateline_text(
                page.html_bytes(corpus), source=f"trafilatura-eval/{page.file}", url=page.url
            ),
        ),
        ("trafilatura", lambda page: trafilatura_text(page.html_bytes(corpus))),
    ]
    for name, extract in systems:
        outputs, failures = _run_system(extract, pages)
        tally = SegmentTally()
        for page, output in zip(pages, outputs, strict=True):
            tally.add(count_segments(page, output))
        rows.append(SystemRow(name, tally.metrics(), counts | {"failed": failures}))
    notes = [
        "a failure or empty output counts as a full miss, as in trafilatura's evaluation",
        "trafilatura row: the installed trafilatura with its evaluation's standard settings",
    ]
    return TaskResult("html-text", "trafilatura-eval", rows, notes)


def _run_system(
    extract: Callable[[Page], str | None], pages: Sequence[Page]
) -> tuple[list[str | None], int]:
    """Outputs in page order; a page the system cannot read gives None and is counted.

    Both evaluations count a crash as a full miss, so any exception is caught here and counted
    as a failure of that page, never hidden: the row's `failed` count says how many."""
    outputs: list[str | None] = []
    failures = 0
    for page in pages:
        try:
            output = extract(page)
        except Exception:  # a DatelineError, or a crash in a third-party extractor: a miss
            output = None
        if not output:
            failures += 1
            output = None
        outputs.append(output)
    return outputs, failures
