"""Article Extraction Benchmark loader on hand-written files, and the real corpus counts."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.corpora.article_extraction import (
    load_pages,
    load_peer_outputs,
    parse_peer_output,
)
from dateline.eval.framework import DEFAULT_DATA_DIR


@pytest.mark.parametrize(
    ("data", "version", "bodies"),
    [
        ({"a": {"articleBody": "Text A"}, "b": {}}, None, {"a": "Text A", "b": ""}),
        (
            {"version": "2.0.0", "output": {"a": {"articleBody": "Text A"}}},
            "2.0.0",
            {"a": "Text A"},
        ),
        ({"a": {"articleBody": None}}, None, {"a": ""}),
    ],
)
def test_article_extraction_peer_output_shapes(
    data: object, version: str | None, bodies: dict[str, str]
) -> None:
    output = parse_peer_output("tool", data)
    assert output.version == version
    assert output.bodies == bodies


def test_article_extraction_peer_output_must_be_an_object() -> None:
    with pytest.raises(EvalError):
        parse_peer_output("tool", ["not", "pages"])


def test_article_extraction_load(tmp_path: Path) -> None:
    truth = {
        "b" * 8: {"articleBody": "Second page.", "url": "http://b.example"},
        "a" * 8: {"articleBody": "First page.", "url": "http://a.example"},
    }
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / f"{'a' * 8}.html.gz").write_bytes(gzip.compress(b"<p>First</p>"))
    (tmp_path / "peer-output").mkdir()
    (tmp_path / "peer-output" / "zed.json.gz").write_bytes(
        gzip.compress(json.dumps({"a" * 8: {"articleBody": "First"}}).encode())
    )
    (tmp_path / "peer-output" / "alpha.json").write_text(json.dumps({}), encoding="utf-8")
    pages = load_pages(tmp_path)
    assert [p.gold for p in pages] == ["First page.", "Second page."]
    assert pages[0].html_bytes(tmp_path) == b"<p>First</p>"
    assert [p.url for p in load_pages(tmp_path, limit=1)] == ["http://a.example"]
    assert [o.tool for o in load_peer_outputs(tmp_path)] == ["alpha", "zed"]
    with pytest.raises(EvalError, match="cannot read"):
        pages[1].html_bytes(tmp_path)


@pytest.mark.slow
def test_article_extraction_real_corpus_counts() -> None:
    corpus = DEFAULT_DATA_DIR / "article-extraction-benchmark"
    if not corpus.is_dir():
        pytest.skip("gold data not present")
    pages = load_pages(corpus)
    assert len(pages) == 181
    peers = {o.tool: o for o in load_peer_outputs(corpus)}
    assert len(peers) == 12
    assert peers["trafilatura"].version == "2.0.0"
    assert set(peers["trafilatura"].bodies) == {p.id for p in pages}
    assert pages[0].html_bytes(corpus).lstrip()[:1] == b"<"
