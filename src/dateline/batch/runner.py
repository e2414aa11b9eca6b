"""Batch ingest on all cores of one machine: read, skip known documents, extract, store.

Extraction runs in worker processes (each loads the model once); the store is written by the
parent process alone, since DuckDB allows one writer. One bad document becomes a stored Failure
and the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from dateline.extract.pipeline import extract_documents
from dateline.ingest.readers import read_paths
from dateline.records import Article, Document, Failure
from dateline.settings import Settings
from dateline.store.db import Store

Result = Article | Failure


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    skipped: int = 0  # already in the knowledge base (same content hash)
    failed: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "read": self.read,
            "added": self.added,
            "skipped": self.skipped,
            "failed": self.failed,
        }


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _extract_chunk(args: tuple[list[Document], Settings]) -> list[Result]:
    documents, settings = args
    return list(extract_documents(documents, settings))


def extract_parallel(
    documents: Iterable[Document], settings: Settings, workers: int
) -> Iterator[Result]:
    """Articles in input order; `workers` processes each take chunks of `batch_size` documents."""
    if workers <= 1:
        yield from extract_documents(documents, settings)
        return
    chunk_size = max(1, settings.batch_size)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        jobs = ((chunk, settings) for chunk in _chunks(documents, chunk_size))
        for results in pool.map(_extract_chunk, jobs, chunksize=1):
            yield from results


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    settings: Settings | None = None,
    workers: int = 1,
    format: str | None = None,
    on_result: Callable[[Result], None] | None = None,
) -> IngestSummary:
    settings = settings or Settings()
    summary = IngestSummary()

    def new_documents() -> Iterator[Document]:
        for item in read_paths(paths, format=format, settings=settings):
            summary.read += 1
            if isinstance(item, Failure):
                store.add_failure(item)
                summary.failed += 1
                if on_result:
                    on_result(item)
            elif store.has_document(item.id):
                summary.skipped += 1
            else:
                yield item

    for result in extract_parallel(new_documents(), settings, workers):
        if isinstance(result, Failure):
            store.add_failure(result)
            summary.failed += 1
        elif store.add_article(result):
            summary.added += 1
        else:
            summary.skipped += 1  # the same article twice in one batch
        if on_result:
            on_result(result)
    store.refresh()
    return summary
