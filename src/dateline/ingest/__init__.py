"""Readers: plain text (with the dateline header), HTML, JSON Lines, WARC archives and RSS/Atom
feeds in, Documents out."""

from dateline.ingest.readers import (
    detect_format,
    iter_files,
    make_text_document,
    read_bytes,
    read_html,
    read_jsonl,
    read_paths,
)

__all__ = [
    "detect_format",
    "iter_files",
    "make_text_document",
    "read_bytes",
    "read_html",
    "read_jsonl",
    "read_paths",
]
