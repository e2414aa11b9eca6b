"""Batch ingest: read, skip known documents, extract, store; on all cores, or on a Dask cluster.

Extraction runs in worker processes (each loads the model once): this machine's, or the workers
of a Dask cluster (`Settings.cluster`, a scheduler address such as "tcp://10.0.0.5:8786"; Dask,
not a home-made scheduler, does the distributing). The store is written by this process alone, since
DuckDB allows one writer. Chunks are handed out as workers take them, a bounded number in
flight, so a corpus of any size is never read into memory whole. One bad document becomes a
stored Failure; a chunk whose worker died is tried once more, then becomes one Failure per
document, and the batch goes on.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from dateline.errors import ExtractionError, MalformedInputError, SettingsError
from dateline.extract.pipeline import extract_documents
from dateline.ingest.readers import failure_from, read_paths
from dateline.records import Article, Document, Failure
from dateline.settings import Settings
from dateline.store.db import Store

Result = Article | Failure
CLUSTER_CONNECT_SECONDS = 30
# Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
CHUNKS_IN_FLIGHT_PER_WORKER = 2


class Pending(Protocol):
    """A submitted chunk: a concurrent.futures or a Dask future."""

    def result(self) -> list[Result]: ...


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
    """Results in input order: `workers` processes here, or the workers of the Dask cluster the
    settings name (`settings.cluster`), each take chunks of `batch_size` documents."""
    if settings.cluster:
        yield from _extract_on_cluster(documents, settings, settings.cluster)
        return
    if workers <= 1:
        yield from extract_documents(documents, settings)
        return
    pool = _LocalPool(workers)
    try:
        yield from _in_order(
            lambda chunk: pool.submit(chunk, settings),
            _chunks(documents, max(1, settings.batch_size)),
            workers * CHUNKS_IN_FLIGHT_PER_WORKER,
            lost=(BrokenProcessPool,),
        )
    finally:
        pool.close()


class _LocalPool:
    """A process pool that starts afresh when one of its workers dies: a dead worker breaks
    the pool, every chunk in flight and every later submission with it."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers)

    def submit(self, chunk: list[Document], settings: Settings) -> Pending:
        try:
            return self.pool.submit(_extract_chunk, (chunk, settings))
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = ProcessPoolExecutor(max_workers=self.workers)
            return self.pool.submit(_extract_chunk, (chunk, settings))

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def _extract_on_cluster(
    documents: Iterable[Document], settings: Settings, address: str
) -> Iterator[Result]:
    try:
        from dask.distributed import Client, KilledWorker
    except ImportError as exc:
        raise SettingsError(
            "a Dask cluster was named, but Dask is not installed",
            fix="pip install 'dateline[cluster]' here and on every worker",
        ) from exc
    try:
        client = Client(address, timeout=CLUSTER_CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:  # ValueError: not an address
        raise SettingsError(
            f"cannot reach the Dask scheduler at {address} ({exc})",
            fix="start it with `dask scheduler` and its workers with `dask worker ADDRESS`",
        ) from exc
    with client:
        workers = max(1, sum(client.nthreads().values()))
        yield from _in_order(
            # pure=False: two equal chunks are still two jobs (Dask would share one result)
            lambda chunk: client.submit(_extract_chunk, (chunk, settings), pure=False),
            _chunks(documents, max(1, settings.batch_size)),
            workers * CHUNKS_IN_FLIGHT_PER_WORKER,
            lost=(KilledWorker,),
        )


def _in_order(
    submit: Callable[[list[Document]], Pending],
    chunks: Iterable[list[Document]],
    window: int,
    lost: tuple[type[BaseException], ...] = (),
) -> Iterator[Result]:
    """The results of every chunk in input order, at most `window` chunks in flight (Executor.map
    would submit them all at once, reading the whole corpus first). A chunk whose worker died
    (one of the `lost` errors) is tried once more, since a dead worker takes the chunks of
    others with it; lost again, each of its documents fails with the reason and the batch goes
    on. Any other error stops the batch: it is no one document's fault (dateline missing on a
    worker, a scheduler gone), and what is stored stays stored."""
    in_flight: deque[tuple[list[Document], Pending]] = deque()

    def results(chunk: list[Document], pending: Pending) -> list[Result]:
        for attempt in (1, 2):
            try:
                return pending.result()
            except lost as exc:
                if attempt == 2:
                    return _lost_chunk(chunk, exc)
                pending = submit(chunk)
            except Exception as exc:
                raise ExtractionError(
                    f"extraction stopped: {type(exc).__name__}: {exc}",
                    fix="check that dateline and its model are installed where it runs",
                ) from exc
        raise AssertionError("unreachable")  # pragma: no cover - the loop always returns

    for chunk in chunks:
        in_flight.append((chunk, submit(chunk)))
        if len(in_flight) >= window:
            yield from results(*in_flight.popleft())
    while in_flight:
        yield from results(*in_flight.popleft())


def _lost_chunk(chunk: list[Document], error: BaseException) -> list[Result]:
    reason = f"the worker extracting it was lost ({type(error).__name__}: {error})"
    return [
        Failure(
            document.source or document.id,
            ExtractionError.code,
            ExtractionError.__name__,
            reason,
            document.id,
        )
        for document in chunk
    ]


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
            elif not store.has_document(item.id):
                yield item
            elif (clash := _id_clash(store, item)) is not None:
                store.add_failure(clash)
                summary.failed += 1
                if on_result:
                    on_result(clash)
            else:
                summary.skipped += 1

    for result in extract_parallel(new_documents(), settings, workers):
        if isinstance(result, Failure):
            store.add_failure(result)
            summary.failed += 1
        elif store.add_article(result):
            summary.added += 1
        else:
            clash = _id_clash(store, result.document)  # the same id twice in one batch
            if clash is not None:
                store.add_failure(clash)
                summary.failed += 1
                result = clash
            else:
                summary.skipped += 1  # the same article twice in one batch
        if on_result:
            on_result(result)
    store.refresh()
    return summary


CONTENT_HASH = re.compile(r"[0-9a-f]{24}")  # the id `document_id` gives


def _id_clash(store: Store, document: Document) -> Failure | None:
    """A failure when the id is stored for another text: an id the input gave twice
    ("id" in two JSON Lines records) would otherwise drop the second article unseen."""
    if CONTENT_HASH.fullmatch(document.id) or store.stored_text(document.id) in (
        None,
        document.text,
    ):
        return None  # a content hash stands for the same text, whatever title it was given
    error = MalformedInputError(
        f"the id {document.id!r} is already stored for a different article",
        fix="give each article its own id, or leave the id out (a content hash is used)",
    )
    return failure_from(error, document.source or document.id)
