"""Readers: files, directories, bytes and JSON Lines in, `Document` or `Failure` records out.

Format detection, in order:
1. the caller names the format;
2. the file extension (.html/.htm → html, .jsonl/.ndjson → jsonl, .txt/.text → text,
   .warc/.arc/.wet, plain or .gz → warc, .rss/.atom → feed);
3. the content (a WARC record header → warc, an RSS or Atom root → feed, markup → html, every
   line a JSON object → jsonl, else text).
A reader never raises for one bad document: it yields a `Failure` with the typed error's reason.
WARC archives (`ingest/warc.py`) and feeds (`ingest/feeds.py`) hold many articles each: as with
JSON Lines, the size limit applies to each article, not to the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

from dateline.errors import (
    DatelineError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MalformedInputError,
    UnknownFormatError,
)
from dateline.ingest.dates import parse_dateline_header, published_from_iso
from dateline.ingest.decode import decode_bytes
from dateline.ingest.feeds import looks_like_feed, read_feed
from dateline.ingest.fetch import is_url, read_url
from dateline.ingest.warc import is_warc, read_warc
from dateline.records import Document, Failure, Published, Span
from dateline.settings import Settings

FORMATS = ("text", "html", "jsonl", "warc", "feed")
# Formats whose files hold many articles: the size limit applies per article.
MULTI_ARTICLE_FORMATS = frozenset({"jsonl", "warc", "feed"})
EXTENSION_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "text",
    ".text": "text",
    ".warc": "warc",
    ".arc": "warc",
    ".wet": "warc",
    ".rss": "feed",
    ".atom": "feed",
}
MARKUP = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
JSONL_OPTIONAL_FIELDS = ("title", "url", "published", "outlet", "id", "author")


def document_id(text: str, url: str | None, published: Published | None) -> str:
    """Content hash: the same article read twice gets the same id (idempotent ingest)."""
    digest = hashlib.sha256()
    for part in (text, url or "", published.value if published else ""):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:24]


def format_of_name(name: str | None) -> str | None:
    """The format a file name's extension names, or None."""
    if not name:
        return None
    if name.lower().endswith((".warc.gz", ".arc.gz", ".wet.gz")):
        return "warc"
    return EXTENSION_FORMATS.get(Path(name).suffix.lower())


def detect_format(name: str | None, text: str) -> str:
    by_extension = format_of_name(name)
    if by_extension:
        return by_extension
    head = text[:4096]
    if head.startswith("WARC/"):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    if MARKUP.search(head):
        return "html"
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines[:20]):
        return "jsonl"
    return "text"


UNSTORABLE_CHARACTERS = re.compile("[\x00\ud800-\udfff]")  # NUL and lone surrogates


def _storable(value: str | None) -> str | None:
    return UNSTORABLE_CHARACTERS.sub("\ufffd", value) if value else value


def make_text_document(
    text: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    published: Published | None = None,
    doc_id: str | None = None,
    title_first: bool = False,
) -> Document:
    """A Document from plain text; a leading ` date ...` header line gives the publication time.
    With `title_first`, a title the text does not open with becomes its first line (a JSON
    Lines record's, a page's or a feed entry's): the headline is where the main event is read
    from. The id stays that of the text as given, so re-reading an input finds it stored."""
    # a JSON "\ud800" escape leaves a lone surrogate, which no encoder (spaCy's tokenizer,
    # DuckDB, a JSON response) accepts, and a NUL past the binary sniff ends strings in C
    # tools; one U+FFFD for each keeps every offset
    text = UNSTORABLE_CHARACTERS.sub("\ufffd", text)
    title, url, outlet, author = (_storable(part) for part in (title, url, outlet, author))
    if not text.strip():
        raise EmptyInputError(f"{source} has no text")
    header = parse_dateline_header(text)
    body_start, fmt = 0, "text"
    if header is not None:
        header_published, body_start = header
        fmt = "dateline-header"
        published = published or header_published
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    body_end = len(text.rstrip())
    if body_end <= body_start:
        raise EmptyInputError(f"{source} has a header but no article text")
    doc_id = doc_id or document_id(text, url, published)
    if title_first and title and title.strip() and not _opens_with(text[body_start:], title):
        # the headline opens the body, after a header line if there is one
        line = " ".join(title.split()) + "\n\n"
        text = text[:body_start] + line + text[body_start:]
        body_end += len(line)
    return Document(
        id=doc_id,
        text=text,
        body=Span(body_start, body_end),
        title=title,
        url=url,
        outlet=outlet,
        author=author,
        published=published,
        source=source,
        format=fmt,
    )


def _opens_with(text: str, title: str) -> bool:
    """Whether the text's first words are the title's (case and spacing aside)."""
    words = title.split()
    return " ".join(text.split()[: len(words)]).casefold() == " ".join(words).casefold()


def read_html(
    html: str, *, source: str, url: str | None = None, title: str | None = None
) -> Document:
    """Main text with trafilatura; publication date from page metadata, then htmldate. A
    `title` given with the page (a JSON Lines record's) stands before the page's own."""
    import trafilatura

    from dateline.ingest.html import find_published

    extracted = cast(
        "dict[str, Any] | None",  # as_dict=True: a dict, or None when nothing was found
        trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, as_dict=True
        ),
    )
    if not extracted or not (extracted.get("text") or "").strip():
        raise MalformedInputError(f"{source}: no article text found in the HTML page")
    text = extracted["text"]
    url = url or extracted.get("url")
    published = find_published(html, url=url)
    document = make_text_document(
        text,
        source=source,
        title=title or extracted.get("title"),
        url=url,
        outlet=extracted.get("sitename") or None,
        author=extracted.get("author") or None,
        published=published,
        title_first=True,
    )
    meta = tuple(
        (key, str(extracted[key]))
        for key in ("hostname", "description", "categories", "tags")
        if extracted.get(key)
    )
    return replace(document, format="html", meta=meta)


def read_jsonl(text: str, *, source: str, max_bytes: int) -> Iterator[Document | Failure]:
    """One article per line: `text` required; title, url, published, outlet, id, author optional."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_source = f"{source}:{number}"
        try:
            if len(line.encode("utf-8", "surrogatepass")) > max_bytes:
                raise InputTooLargeError(
                    f"{line_source} is over the limit of {max_bytes:,} bytes",
                    fix="split the article, or raise DATELINE_MAX_BYTES",
                )
            yield _jsonl_document(line, line_source)
        except InputError as error:
            yield failure_from(error, line_source)


# An id a record gives names its pages (/articles/<id>): no "/", no spaces, no markup.
ARTICLE_ID = re.compile(r"\w[\w.:-]{0,199}")  # not "." or "..", which a browser folds away


def _jsonl_document(line: str, source: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(
            f"{source}: not valid JSON ({exc.msg} at column {exc.colno})"
        ) from exc
    if not isinstance(record, dict):
        raise MalformedInputError(
            f"{source}: a JSON line must be an object, not {type(record).__name__}"
        )
    body = record.get("text")
    if body is not None and not isinstance(body, str):
        raise MalformedInputError(
            f"{source}: the field 'text' must be a string, not {type(body).__name__}"
        )
    if not body or not body.strip():
        raise MalformedInputError(f"{source}: the required field 'text' is missing or empty")
    fields: dict[str, str | None] = {}
    for key in JSONL_OPTIONAL_FIELDS:
        value = record.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int | float | None):
            # a list or an object written out as Python would become the title or the url
            raise MalformedInputError(
                f"{source}: the field {key!r} must be a string, not {type(value).__name__}"
            )
        fields[key] = None if value is None else str(value)  # a numeric id is its digits
    if fields["id"] is not None and not ARTICLE_ID.fullmatch(fields["id"]):
        raise MalformedInputError(
            f"{source}: the id {fields['id'][:80]!r} is not usable in a URL",
            fix="use letters, digits and . _ : - (at most 200), or leave the id out",
        )
    published = published_from_iso(fields["published"], "jsonl") if fields["published"] else None
    body = UNSTORABLE_CHARACTERS.sub("\ufffd", body)  # before trafilatura sees it too
    if "<" in body[:200] and MARKUP.search(body[:4096]):
        document = read_html(body, source=source, url=fields["url"], title=fields["title"])
        return replace(
            document,
            id=fields["id"] or document.id,
            outlet=fields["outlet"] or document.outlet,
            author=fields["author"] or document.author,
            published=published or document.published,
        )
    return make_text_document(
        body.replace("\r\n", "\n"),
        source=source,
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"],
        author=fields["author"],
        published=published,
        doc_id=fields["id"],
        title_first=True,
    )


def failure_from(error: DatelineError, source: str) -> Failure:
    return Failure(source, error.code, type(error).__name__, error.message)


def item_failure(error: Exception, source: str, what: str) -> Failure:
    """The failure of one article inside a file of many: its typed error, or, for an error the
    HTML or XML tools raised on untrusted markup, a MalformedInputError naming `what` it was."""
    if isinstance(error, DatelineError):
        return failure_from(error, source)
    unreadable = MalformedInputError(f"{source}: {what} cannot be read ({type(error).__name__})")
    return failure_from(unreadable, source)


# Readers of the formats that hold many articles and are read from bytes: WARC archives, feeds.
ARCHIVE_READERS: dict[str, Callable[[bytes, str, Settings], Iterator[Document | Failure]]] = {
    "warc": lambda data, source, settings: read_warc(
        io.BytesIO(data), source=source, settings=settings
    ),
    "feed": lambda data, source, settings: read_feed(data, source=source, settings=settings),
}


def read_bytes(
    data: bytes,
    *,
    source: str,
    name: str | None = None,
    format: str | None = None,
    settings: Settings | None = None,
    file_limit: int | None = None,
) -> Iterator[Document | Failure]:
    """Read one input (a file's bytes) into Documents; every problem becomes a Failure.

    `file_limit` lets a JSON Lines file exceed the per-document limit; each line still obeys it.
    """
    settings = settings or Settings()
    try:
        if format is not None and format not in FORMATS:
            raise UnknownFormatError(f"unknown format {format!r}", fix=f"use one of {FORMATS}")
        # archives and feeds are known by their bytes (a WARC may be gzip-compressed) and hold
        # many articles: each is bounded on its own, not the file
        fmt = format or format_of_name(name) or sniff_format(data[:4096])
        if fmt in ARCHIVE_READERS:
            yield from ARCHIVE_READERS[fmt](data, source, settings)
            return
        limit = file_limit or settings.max_document_bytes
        text = decode_bytes(data, max_bytes=limit, source=source)
        fmt = fmt or detect_format(name, text)
        if fmt in ARCHIVE_READERS:  # one the byte sniff missed (a UTF-16 feed, say)
            yield from ARCHIVE_READERS[fmt](data, source, settings)
        elif fmt == "jsonl":
            yield from read_jsonl(text, source=source, max_bytes=settings.max_document_bytes)
        elif fmt == "html":
            yield read_html(text, source=source)
        else:
            yield make_text_document(text, source=source)
    except InputError as error:
        yield failure_from(error, source)


def sniff_format(head: bytes) -> str | None:
    """ "warc" or "feed" when a file's first bytes say so, else None (decode to tell the rest)."""
    if is_warc(head):
        return "warc"
    if looks_like_feed(head.decode("utf-8", "replace").lstrip("\ufeff")):
        return "feed"
    return None


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files under the given paths, directories walked recursively, hidden entries skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    yield child
        else:
            yield path


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,
    settings: Settings | None = None,
) -> Iterator[Document | Failure]:
    """Documents from files, directories and http(s) URLs; what cannot be read becomes a
    Failure, never an exception."""
    settings = settings or Settings()
    for raw in paths:
        if is_url(raw):
            yield from read_url(str(raw), format=format, settings=settings)
        else:
            yield from _read_files(raw, format, settings)


def _read_files(
    raw: str | os.PathLike[str], format: str | None, settings: Settings
) -> Iterator[Document | Failure]:
    for path in iter_files([raw]):
        try:
            size = path.stat().st_size
            fmt = format or format_of_name(path.name) or _sniff(path)
            if fmt == "warc":
                # streamed record by record: a crawl is never read into memory whole
                with path.open("rb") as stream:
                    yield from read_warc(stream, source=str(path), settings=settings)
                continue
            # files of many articles: the per-document limit applies per article
            limit = settings.max_document_bytes
            if fmt in MULTI_ARTICLE_FORMATS:
                limit = max(limit, size)
            if size > limit:
                yield Failure(
                    str(path),
                    "DL103",
                    "InputTooLargeError",
                    f"{path} is {size:,} bytes, over the limit of {limit:,}",
                )
                continue
            data = path.read_bytes()
        except OSError as exc:
            yield Failure(str(path), "DL100", "InputError", f"cannot read {path}: {exc.strerror}")
            continue
        yield from read_bytes(
            data,
            source=str(path),
            name=path.name,
            format=fmt,
            settings=settings,
            file_limit=limit,
        )


def _sniff(path: Path) -> str | None:
    with path.open("rb") as stream:
        return sniff_format(stream.read(4096))
