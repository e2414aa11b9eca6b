"""htmldate's evaluation set loader: pages with their original publication date (day).

`eval_<subset>.json` maps a URL to `{file, date}`; the page is `html/<file>.gz`. Upstream has two
subsets: `default` (800 pages, mostly German) and `mediacloud_2020` (200 news pages, worldwide).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import EvalError
from dateline.eval.corpora.files import read_gzip


@dataclass(frozen=True, slots=True)
class DatedPage:
    url: str
    file: str
    date: str  # YYYY-MM-DD
    subset: str  # "default", "mediacloud_2020"

    def html_bytes(self, corpus_dir: Path) -> bytes:
        return read_gzip(corpus_dir / "html" / f"{self.file}.gz")


def parse_subset(subset: str, data: object) -> list[DatedPage]:
    if not isinstance(data, dict):
        raise EvalError(f"eval_{subset}.json is not an object of pages")
    try:
        return [
            DatedPage(url, str(item["file"]), str(item["date"]), subset)
            for url, item in data.items()
        ]
    except (KeyError, TypeError) as exc:
        raise EvalError(f"eval_{subset}.json: an entry lacks {exc}") from exc


def subsets(corpus_dir: Path) -> list[str]:
    names = sorted(path.stem.removeprefix("eval_") for path in corpus_dir.glob("eval_*.json"))
    if not names:
        raise EvalError(f"no eval_*.json under {corpus_dir}")
    return names


def load_htmldate_eval(corpus_dir: Path, subset: str, limit: int | None = None) -> list[DatedPage]:
    """Pages of one subset, in file order."""
    path = corpus_dir / f"eval_{subset}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read {path} ({type(exc).__name__})") from exc
    return parse_subset(subset, data)[:limit]
