"""Inputs named by URL: `dateline ingest https://example.org/feed.xml` fetches the one resource
named (a feed, a page, a JSON Lines or WARC file) and reads it like a file; links inside it are
not followed (Dateline is no crawler: save a crawl as WARC and ingest that).

The fetch is bounded: a timeout, and at most `FETCH_DOCUMENTS_LIMIT` times the per-document size
limit, since a feed or an archive holds many articles. A URL that cannot be fetched is a failure
of that input, with the reason; the batch goes on.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from dateline.errors import InputError, InputTooLargeError
from dateline.records import Document, Failure
from dateline.settings import Settings

URL = re.compile(r"\Ahttps?://", re.IGNORECASE)
FETCH_SECONDS = 30
FETCH_DOCUMENTS_LIMIT = 20  # a fetched file may hold this many articles' worth of bytes
USER_AGENT = "Dateline/0.1 (news knowledge base)"
# Content types that say how to read what came back when the URL's path has no extension.
CONTENT_TYPE_FORMATS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/warc": "warc",
}


def is_url(value: object) -> bool:
    return isinstance(value, str) and URL.match(value) is not None


def read_url(
    url: str, *, format: str | None = None, settings: Settings
) -> Iterator[Document | Failure]:
    """The documents of the resource at `url`, or one failure saying why it cannot be had."""
    from dateline.ingest.readers import failure_from, format_of_name, read_bytes

    limit = settings.max_document_bytes * FETCH_DOCUMENTS_LIMIT
    try:
        data, content_type = _fetch(url, limit)
    except InputError as error:
        yield failure_from(error, url)
        return
    name = PurePosixPath(urlsplit(url).path).name or None
    fmt = format or format_of_name(name) or CONTENT_TYPE_FORMATS.get(content_type)
    for item in read_bytes(
        data, source=url, name=name, format=fmt, settings=settings, file_limit=limit
    ):
        if isinstance(item, Document) and item.url is None and item.format != "feed":
            item = replace(item, url=url)  # a page is at the address it was fetched from
        yield item


def _fetch(url: str, limit: int) -> tuple[bytes, str]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        # only http(s): is_url checked the scheme, so no file:// or ftp:// is opened
        with urllib.request.urlopen(request, timeout=FETCH_SECONDS) as response:
            data = response.read(limit + 1)
            content_type = (response.headers.get_content_type() or "").lower()
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url} answered HTTP {exc.code} ({exc.reason})") from exc
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise InputError(f"cannot fetch {url}: {reason}", fix="check the address") from exc
    if len(data) > limit:
        raise InputTooLargeError(
            f"{url} is over the fetch limit of {limit:,} bytes",
            fix="download it and ingest the file, or raise DATELINE_MAX_BYTES",
        )
    return data, content_type
