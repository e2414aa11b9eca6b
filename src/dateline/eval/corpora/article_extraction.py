"""Article Extraction Benchmark (Zyte) loader: gold article bodies, HTML pages, peer outputs.

`ground-truth.json` maps a page id to its gold `articleBody`; `html/<id>.html.gz` is the page;
`peer-output/<tool>.json.gz` holds a peer tool's published output in one of two shapes.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import EvalError
from dateline.eval.corpora.files import read_gzip


@dataclass(frozen=True, slots=True)
class BenchmarkPage:
    id: str
    url: str | None
    gold: str  # the gold articleBody

    def html_bytes(self, corpus_dir: Path) -> bytes:
        return read_gzip(corpus_dir / "html" / f"{self.id}.html.gz")


@dataclass(frozen=True, slots=True)
class PeerOutput:
    tool: str
    version: str | None  # recorded in the file for some tools
    bodies: dict[str, str]  # page id -> articleBody


def load_pages(corpus_dir: Path, limit: int | None = None) -> list[BenchmarkPage]:
    """Pages sorted by id (ground-truth.json's keys)."""
    truth = _read_json(corpus_dir / "ground-truth.json")
    if not isinstance(truth, dict):
        raise EvalError("ground-truth.json is not an object of pages")
    pages = [
        BenchmarkPage(key, entry.get("url"), entry.get("articleBody") or "")
        for key, entry in sorted(truth.items())
    ]
    return pages[:limit]


def parse_peer_output(tool: str, data: object) -> PeerOutput:
    """Either `{id: {"articleBody": ...}}` or `{"version": ..., "output": {id: {...}}}`."""
    version = None
    if isinstance(data, dict) and isinstance(data.get("output"), dict):
        version = data.get("version")
        data = data["output"]
    if not isinstance(data, dict):
        raise EvalError(f"peer output of {tool} is not an object of pages")
    bodies = {
        key: (entry.get("articleBody") or "") if isinstance(entry, dict) else ""
        for key, entry in data.items()
    }
    return PeerOutput(tool, str(version) if version else None, bodies)


def load_peer_outputs(corpus_dir: Path) -> list[PeerOutput]:
    """Every `peer-output/<tool>.json.gz` (or `.json`), sorted by tool name."""
    folder = corpus_dir / "peer-output"
    outputs = []
    for path in sorted(folder.glob("*.json*")):
        tool = path.name.removesuffix(".gz").removesuffix(".json")
        outputs.append(parse_peer_output(tool, _read_json(path)))
    return outputs


def _read_json(path: Path) -> object:
    try:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        return json.loads(raw.decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read {path} ({type(exc).__name__}: {exc})") from exc
