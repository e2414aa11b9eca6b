"""Reading the corpus loaders share: gzipped gold pages, with an EvalError naming the file."""

from __future__ import annotations

import gzip
from pathlib import Path

from dateline.errors import EvalError


def read_gzip(path: Path) -> bytes:
    """The decompressed bytes of `path`; a missing or corrupt file raises EvalError."""
    try:
        return gzip.decompress(path.read_bytes())
    except OSError as exc:  # gzip.BadGzipFile is an OSError too
        raise EvalError(f"cannot read {path} ({exc})") from exc
