"""trafilatura-eval loader on a hand-written evaldata object, and the real corpus counts."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.corpora.trafilatura_eval import load_trafilatura_eval, parse_evaldata
from dateline.eval.framework import DEFAULT_DATA_DIR

EVALDATA = {
    "https://b.example/": {
        "file": "b.html",
        "with": ["Body text"],
        "without": ["Menu"],
        "date": "2019-05-01",
        "author": "",
    },
    "https://a.example/": {
        "file": "a.html",
        "with": ["One", "Two"],
        "without": ["Footer"],
        "date": "",
    },
}


def test_trafilatura_eval_parse_keeps_file_order_and_dates() -> None:
    pages = parse_evaldata(EVALDATA)
    assert [p.file for p in pages] == ["b.html", "a.html"]
    assert pages[0].must_have == ("Body text",)
    assert pages[0].must_not_have == ("Menu",)
    assert [p.date for p in pages] == ["2019-05-01", None]


def test_trafilatura_eval_parse_rejects_entry_without_segments() -> None:
    with pytest.raises(EvalError, match="lacks"):
        parse_evaldata({"https://x.example/": {"file": "x.html"}})


def test_trafilatura_eval_load(tmp_path: Path) -> None:
    (tmp_path / "evaldata.json").write_text(json.dumps(EVALDATA), encoding="utf-8")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "b.html.gz").write_bytes(gzip.compress(b"<html>b</html>"))
    (page,) = load_trafilatura_eval(tmp_path, limit=1)
    assert page.html_bytes(tmp_path) == b"<html>b</html>"


@pytest.mark.slow
def test_trafilatura_eval_real_corpus_counts() -> None:
    corpus = DEFAULT_DATA_DIR / "trafilatura-eval"
    if not corpus.is_dir():
        pytest.skip("gold data not present")
    pages = load_trafilatura_eval(corpus)
    assert len(pages) == 990
    assert sum(len(p.must_have) for p in pages) == 2951
    assert sum(len(p.must_not_have) for p in pages) == 2966
    assert sum(1 for p in pages if p.date) == 728
    assert all((corpus / "html" / f"{p.file}.gz").is_file() for p in pages)
