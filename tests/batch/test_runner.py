"""The batch runner: results in input order, a bounded number of chunks in flight, a lost
worker failing its documents alone, and extraction on a Dask cluster."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import replace

import pytest

from dateline.batch import runner
from dateline.batch.runner import extract_parallel
from dateline.errors import ExtractionError, SettingsError
from dateline.ingest.readers import make_text_document
from dateline.records import Article, Document, Failure
from dateline.settings import Settings


def document(number: int) -> Document:
    return make_text_document(
        f"Mayor Eva Lind opened bridge number {number} in Oslo on Friday.", source=f"d{number}"
    )


def done(value: list) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def test_chunks_are_submitted_a_window_at_a_time_and_come_back_in_order() -> None:
    submitted: list[list[Document]] = []
    read = 0

    def chunks() -> Iterator[list[Document]]:
        nonlocal read
        for number in range(10):
            read += 1
            yield [document(number)]

    def submit(chunk: list[Document]) -> Future:
        submitted.append(chunk)
        return done([Failure(chunk[0].source or "", "DL400", "ExtractionError", "x")])

    results = runner._in_order(submit, chunks(), window=3)
    first = next(results)
    assert read == 3  # the rest of the corpus is not read before the first result
    rest = list(results)
    assert [r.source for r in [first, *rest] if isinstance(r, Failure)] == [
        f"d{n}" for n in range(10)
    ]


class WorkerKilled(Exception):
    """Stands for BrokenProcessPool / KilledWorker in the tests without a pool."""


def failed(error: Exception) -> Future:
    future: Future = Future()
    future.set_exception(error)
    return future


def test_a_chunk_lost_with_its_worker_is_tried_again() -> None:
    outcomes = {"d1": [failed(WorkerKilled("killed for memory")), done(["again"])]}
    chunks = [[document(1)], [document(2)]]

    def submit(chunk: list[Document]) -> Future:
        queue = outcomes.get(chunk[0].source or "")
        return queue.pop(0) if queue else done(["fine"])

    results = list(runner._in_order(submit, chunks, window=2, lost=(WorkerKilled,)))
    assert results == ["again", "fine"]


def test_a_chunk_lost_twice_fails_each_document_and_the_batch_goes_on() -> None:
    chunks = [[document(1), document(2)], [document(3)]]

    def submit(chunk: list[Document]) -> Future:
        return failed(WorkerKilled("segfault")) if len(chunk) == 2 else done(["kept"])

    results = list(runner._in_order(submit, chunks, window=2, lost=(WorkerKilled,)))
    assert results[-1] == "kept"
    failures = results[:2]
    assert all(isinstance(f, Failure) for f in failures)
    assert [f.source for f in failures] == ["d1", "d2"]
    assert failures[0].error_type == "ExtractionError"
    assert "segfault" in failures[0].message
    assert failures[0].document_id == chunks[0][0].id


def test_any_other_worker_error_stops_the_batch_with_a_typed_error() -> None:
    chunks = [[document(1)]]
    with pytest.raises(ExtractionError) as raised:
        list(runner._in_order(lambda c: failed(ModuleNotFoundError("dateline")), chunks, 2))
    assert "installed" in (raised.value.fix or "")


def crash_on_marked_documents(args):
    """Stands in for the extraction in a real process pool: a marked document kills its
    worker; the others come back as their ids."""
    documents, _ = args
    if any("CRASH" in d.text for d in documents):
        os._exit(1)
    return [d.id for d in documents]


def test_a_dead_local_worker_fails_its_chunk_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the stand-in extraction reaches the workers only when they are forked")
    monkeypatch.setattr(runner, "_extract_chunk", crash_on_marked_documents)
    documents = [document(1), make_text_document("CRASH here.", source="bad"), document(3)]
    results = list(extract_parallel(documents, Settings(batch_size=1), workers=2))
    assert results[0] == documents[0].id and results[2] == documents[2].id
    assert isinstance(results[1], Failure) and results[1].source == "bad"
    assert "BrokenProcessPool" in results[1].message


def test_an_unreachable_scheduler_is_a_settings_error_with_a_fix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(runner, "CLUSTER_CONNECT_SECONDS", 1)
    settings = Settings(cluster="tcp://127.0.0.1:1")
    with pytest.raises(SettingsError) as raised:
        list(extract_parallel([document(1)], settings, workers=1))
    assert "dask scheduler" in (raised.value.fix or "")


@pytest.mark.slow
def test_extraction_on_a_dask_cluster_matches_extraction_here() -> None:
    distributed = pytest.importorskip("distributed")
    documents = [document(n) for n in range(5)]
    here = list(extract_parallel(documents, Settings(batch_size=2), workers=1))
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        settings = replace(Settings(batch_size=2), cluster=cluster.scheduler_address)
        there = list(extract_parallel(documents, settings, workers=1))
    assert all(isinstance(a, Article) for a in there)
    assert [a.document.id for a in there] == [d.id for d in documents]
    assert there == here


def test_ingest_on_an_unreachable_cluster_exits_1_with_the_fix(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    pytest.importorskip("distributed")
    from click.testing import CliRunner

    from dateline.cli import main

    monkeypatch.setattr(runner, "CLUSTER_CONNECT_SECONDS", 1)
    (tmp_path / "a.txt").write_text("Mayor Eva Lind opened a bridge in Oslo.")
    db = str(tmp_path / "kb.duckdb")
    args = ["ingest", str(tmp_path / "a.txt"), "--db", db, "-q", "--cluster", "tcp://127.0.0.1:1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.output and "dask worker" in result.output


class StoredTexts:
    """Stands for a Store that holds one text under each id."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def stored_text(self, doc_id: str) -> str | None:
        return self.texts.get(doc_id)


def test_an_id_the_input_gave_clashes_with_another_text_a_content_hash_never() -> None:
    given = make_text_document("Eva Lind spoke.", source="a.jsonl:2", doc_id="same")
    store = StoredTexts({"same": "Ola Berg spoke."})
    clash = runner._id_clash(store, given)  # type: ignore[arg-type]
    assert clash is not None and clash.error_code == "DL105"
    assert runner._id_clash(StoredTexts({"same": given.text}), given) is None  # type: ignore[arg-type]
    # the same body under another title keeps its content hash: a re-run, not a clash
    first = make_text_document("Eva Lind spoke.", source="f", title="Lind speaks", title_first=True)
    again = make_text_document("Eva Lind spoke.", source="f", title="Lind talks", title_first=True)
    assert first.id == again.id and first.text != again.text
    assert runner._id_clash(StoredTexts({first.id: first.text}), again) is None  # type: ignore[arg-type]
