"""`dateline bench`: throughput of the whole extraction next to bare spaCy, same texts, same run.

The corpus is built from the gold texts in the data folder (PolNeAR and TempEval-3 articles), so
the figures are reproducible anywhere that folder is. A benchmark reports; it never asserts times.
"""

from __future__ import annotations

import re
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dateline.errors import EvalError
from dateline.extract.pipeline import extract_documents
from dateline.extract.registry import registered_stages
from dateline.ingest.readers import make_text_document
from dateline.nlp import Parsed, load_bare_model, load_pipeline
from dateline.records import Document
from dateline.settings import Settings

TAG = re.compile(r"<[^>]+>")


def bench_corpus(data_dir: Path, docs: int) -> list[Document]:
    """Up to `docs` news articles from the gold corpora, in a fixed order."""
    texts: list[tuple[str, str]] = []
    polnear = sorted((data_dir / "polnear").glob("*/text/*.txt"))
    tempeval = sorted((data_dir / "tempeval3").rglob("*.tml"))
    for path in polnear:
        texts.append((str(path), path.read_text(encoding="utf-8", errors="replace")))
    for path in tempeval:
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        texts.append((str(path), TAG.sub("", body)))
    if not texts:
        raise EvalError(
            f"no gold texts under {data_dir} to build the benchmark corpus from",
            fix="pass --data DIR pointing at a folder laid out like ../shared/data",
        )
    picked = [texts[i % len(texts)] for i in range(docs)]  # repeat when asked for more
    return [
        make_text_document(text.strip(), source=source) for source, text in picked if text.strip()
    ]


@dataclass
class BenchResult:
    system: str
    workers: int
    seconds: float
    articles: int
    words: int
    peak_rss_mb: float
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "workers": self.workers,
            "seconds": round(self.seconds, 3),
            "articles": self.articles,
            "words": self.words,
            "articles_per_s": round(self.articles_per_second, 2),
            "words_per_s": round(self.words_per_second, 1),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
        }


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


def _timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def run_bench(documents: list[Document], settings: Settings, workers: int) -> list[BenchResult]:
    """Bare spaCy and Dateline on the same texts: 1 worker with a per-stage split, then N."""
    # this machine against itself: a cluster named in the environment would time its workers
    settings = replace(settings, cluster=None)
    # bare spaCy is the package's pipeline as shipped; Dateline parses with its own components
    # added (paragraph breaks, the sentence-case headline reading), and that cost is its own
    bare = load_bare_model(settings.model)
    nlp = load_pipeline(settings.model)
    bodies = [d.body.slice(d.text) for d in documents]
    words = sum(len(body.split()) for body in bodies)
    n = len(documents)
    for pipeline in (bare, nlp):
        list(pipeline.pipe(bodies[:4]))  # warm up: lazy loading must count against neither

    results = []
    seconds = _timed(lambda: list(bare.pipe(bodies, batch_size=settings.batch_size)))
    results.append(BenchResult("spacy", 1, seconds, n, words, _peak_rss_mb()))

    parsed_docs: list[Any] = []
    parse_seconds = _timed(
        lambda: parsed_docs.extend(nlp.pipe(bodies, batch_size=settings.batch_size))
    )
    stages = registered_stages(settings.event_mentions)
    stage_seconds = {stage.name: 0.0 for stage in stages}
    from dateline.extract.pipeline import empty_article

    for document, spacy_doc in zip(documents, parsed_docs, strict=True):
        article = empty_article(document, settings.model)
        parsed = Parsed(spacy_doc, document.body.start)
        for stage in stages:
            function = stage.load()
            start = time.perf_counter()
            article = function(article, parsed)
            stage_seconds[stage.name] += time.perf_counter() - start
    total = parse_seconds + sum(stage_seconds.values())
    results.append(
        BenchResult(
            "dateline",
            1,
            total,
            n,
            words,
            _peak_rss_mb(),
            {"parse": parse_seconds, **stage_seconds},
        )
    )
    if workers > 1:
        seconds = _timed(
            lambda: list(bare.pipe(bodies, batch_size=settings.batch_size, n_process=workers))
        )
        results.append(BenchResult("spacy", workers, seconds, n, words, _peak_rss_mb()))
        from dateline.batch.runner import extract_parallel

        seconds = _timed(lambda: list(extract_parallel(documents, settings, workers)))
        results.append(BenchResult("dateline", workers, seconds, n, words, _peak_rss_mb()))
    else:
        seconds = _timed(lambda: list(extract_documents(documents, settings)))
        results.append(BenchResult("dateline-end-to-end", 1, seconds, n, words, _peak_rss_mb()))
    return results
