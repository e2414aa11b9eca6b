"""trafilatura's evaluation corpus loader: segments that must and must not be in the main text.

`evaldata.json` maps a URL to `{file, with, without, date?, ...}`; the page is `html/<file>.gz`.
A subset carries a gold publication date (YYYY-MM-DD), a second test set for dates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import EvalError
from dateline.eval.corpora.files import read_gzip


@dataclass(frozen=True, slots=True)
class SegmentPage:
    url: str
    file: str
    must_have: tuple[str, ...]  # "with"
    must_not_have: tuple[str, ...]  # "without"
    date: str | None  # gold publication date, when annotated

    def html_bytes(self, corpus_dir: Path) -> bytes:
        return read_gzip(corpus_dir / "html" / f"{self.file}.gz")


def parse_evaldata(data: object) -> list[SegmentPage]:
    if not isinstance(data, dict):
        raise EvalError("evaldata.json is not an object of pages")
    pages = []
    for url, item in data.items():
        try:
            pages.append(
                SegmentPage(
                    url,
                    str(item["file"]),
                    tuple(str(chunk) for chunk in item["with"]),
                    tuple(str(chunk) for chunk in item["without"]),
                    str(item["date"]) if item.get("date") else None,
                )
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise EvalError(f"evaldata.json: entry {url!r} lacks {exc}") from exc
    return pages


def load_trafilatura_eval(corpus_dir: Path, limit: int | None = None) -> list[SegmentPage]:
    """Pages in the order of evaldata.json."""
    path = corpus_dir / "evaldata.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read {path} ({type(exc).__name__})") from exc
    return parse_evaldata(data)[:limit]
