"""RSS and Atom feeds: each entry is a Document, read from the text the feed itself carries.

An entry carries the article's full text (RSS `content:encoded`, Atom `content`) or only its
summary; Dateline reads the fullest of them and fetches nothing: the page an entry links to is
an input of its own (save it, or a crawl of it, and ingest that as HTML or WARC). The feed's
title is the outlet; the entry's title, link and author are the article's.

The entry's date keeps its printed UTC offset: feedparser converts the dates it parses to UTC,
so the date is read again from the string the feed printed (`published_from_feed`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from dateline.errors import EmptyInputError, InputTooLargeError, MalformedInputError
from dateline.ingest.dates import published_from_feed
from dateline.records import Document, Failure
from dateline.settings import Settings

# The root element of an RSS 2.0, RSS 1.0 (RDF) or Atom document, after any XML declaration,
# processing instructions, comments and doctype.
FEED_ROOT = re.compile(
    r"\A\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL | re.IGNORECASE,
)
RSS_AUTHOR = re.compile(r"\A\S+@\S+\s+\((?P<name>[^()]+)\)\Z")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


def looks_like_feed(head: str) -> bool:
    return FEED_ROOT.match(head) is not None


def read_feed(data: bytes, *, source: str, settings: Settings) -> Iterator[Document | Failure]:
    """One Document per entry; an entry without text or over the size limit is a failure of
    its own, and a file that holds no entry at all is one failure."""
    import feedparser

    from dateline.ingest.readers import failure_from, item_failure

    try:
        # a stream, never a string: feedparser fetches a string that looks like a URL
        feed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    except Exception as exc:  # noqa: BLE001 - feedparser's encoding sniffing raises what broken
        # bytes trip in it (a NUL in the XML declaration, a bad encoding name): one failure
        broken = MalformedInputError(
            f"{source}: the feed cannot be parsed ({type(exc).__name__})",
            fix="check that the file is RSS or Atom",
        )
        yield failure_from(broken, source)
        return
    if not feed.entries:
        reason = f" ({feed.get('bozo_exception')})" if feed.get("bozo") else ""
        error = MalformedInputError(
            f"{source}: no feed entries found{reason}", fix="check that the file is RSS or Atom"
        )
        yield failure_from(error, source)
        return
    outlet = _clean(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, start=1):
        entry_source = f"{source}#{number}"
        try:
            yield _entry_document(entry, outlet, entry_source, settings)
        except Exception as exc:  # noqa: BLE001 - an entry the HTML tools choke on fails alone
            yield item_failure(exc, entry_source, "the feed entry")


def _entry_document(
    entry: Mapping[str, Any], outlet: str | None, source: str, settings: Settings
) -> Document:
    from dateline.ingest.readers import make_text_document

    body, media = _fullest_text(entry)
    if not body.strip():
        raise EmptyInputError(f"{source}: the feed entry carries no text", fix="ingest its page")
    limit = settings.max_document_bytes
    if len(body.encode("utf-8", "surrogatepass")) > limit:
        raise InputTooLargeError(
            f"{source}: the feed entry is over the limit of {limit:,} bytes",
            fix="raise DATELINE_MAX_BYTES",
        )
    text = _html_text(body) if media in HTML_TYPES else body.replace("\r\n", "\n")
    printed = entry.get("published") or entry.get("updated") or ""
    document = make_text_document(
        text,
        source=source,
        title=_clean(entry.get("title")),
        url=_clean(entry.get("link")),
        outlet=outlet,
        author=_author(entry.get("author")),
        published=published_from_feed(printed) if printed else None,
        title_first=True,
    )
    meta = tuple(
        (key, value)
        for key, value in (("feed-entry-id", _clean(entry.get("id"))),)
        if value is not None
    )
    return replace(document, format="feed", meta=meta)


def _fullest_text(entry: Mapping[str, Any]) -> tuple[str, str]:
    """The longest of the entry's content values and its summary, with its media type."""
    candidates = [
        (str(part.get("value") or ""), str(part.get("type") or "text/html"))
        for part in entry.get("content") or ()
    ]
    summary = entry.get("summary")
    if summary:
        detail = entry.get("summary_detail") or {}
        candidates.append((str(summary), str(detail.get("type") or "text/html")))
    return max(candidates, key=lambda candidate: len(candidate[0]), default=("", "text/plain"))


def _html_text(fragment: str) -> str:
    """The text of an HTML fragment, a paragraph a line: trafilatura's main-text extraction,
    else every text node (a short summary may be too little for trafilatura)."""
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    page = f"<html><body><article>{fragment}</article></body></html>"
    text = trafilatura.extract(page, include_comments=False, include_tables=False)
    if text and text.strip():
        return str(text)
    try:
        return str(lxml_html.fromstring(page).text_content())
    except (etree.ParserError, ValueError):
        return ""


def _author(value: object) -> str | None:
    """RSS writes an author as "email (Name)": the name."""
    author = _clean(value)
    match = RSS_AUTHOR.match(author) if author else None
    return match["name"].strip() if match else author


def _clean(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None
