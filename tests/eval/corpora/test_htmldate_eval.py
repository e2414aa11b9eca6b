"""htmldate-eval loader on hand-written subset files, and the real corpus counts."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.corpora.htmldate_eval import load_htmldate_eval, parse_subset, subsets
from dateline.eval.framework import DEFAULT_DATA_DIR


def test_htmldate_eval_parse_subset() -> None:
    pages = parse_subset("news", {"https://x.example/a": {"file": "a.html", "date": "2020-06-07"}})
    assert [(p.file, p.date, p.subset) for p in pages] == [("a.html", "2020-06-07", "news")]


def test_htmldate_eval_parse_subset_rejects_missing_date() -> None:
    with pytest.raises(EvalError, match="lacks"):
        parse_subset("news", {"https://x.example/a": {"file": "a.html"}})


def test_htmldate_eval_load(tmp_path: Path) -> None:
    for subset in ("zeta", "alpha"):
        entries = {
            f"https://{subset}.example/{i}": {"file": f"{subset}{i}.html", "date": "2001-01-01"}
            for i in range(3)
        }
        (tmp_path / f"eval_{subset}.json").write_text(json.dumps(entries), encoding="utf-8")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "alpha0.html.gz").write_bytes(gzip.compress(b"<html/>"))
    assert subsets(tmp_path) == ["alpha", "zeta"]
    pages = load_htmldate_eval(tmp_path, "alpha", limit=2)
    assert [p.file for p in pages] == ["alpha0.html", "alpha1.html"]
    assert pages[0].html_bytes(tmp_path) == b"<html/>"


def test_htmldate_eval_no_subsets_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError):
        subsets(tmp_path)


@pytest.mark.slow
def test_htmldate_eval_real_corpus_counts() -> None:
    corpus = DEFAULT_DATA_DIR / "htmldate-eval"
    if not corpus.is_dir():
        pytest.skip("gold data not present")
    assert subsets(corpus) == ["default", "mediacloud_2020"]
    default = load_htmldate_eval(corpus, "default")
    news = load_htmldate_eval(corpus, "mediacloud_2020")
    assert (len(default), len(news)) == (800, 200)
    assert len({p.file for p in default + news}) == 999
    assert all((corpus / "html" / f"{p.file}.gz").is_file() for p in default + news)
