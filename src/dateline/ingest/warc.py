"""WARC archives (web crawls): each archived article page is a Document, read as HTML or text.

A crawl holds far more than articles: images, scripts, style sheets, redirects, error pages,
request and metadata records. Only a successful response, a resource record or a conversion
record (the extracted text of a page, as in Common Crawl's WET files) whose payload is HTML or
plain text is read; the rest is skipped, not failed. Old ARC files are read the same way. The
archive is read as a stream, record by record, so a crawl of any size is never held in memory;
each payload obeys the per-document size limit, and a payload over it fails that record alone.
warcio reads each header line whole, so a malformed archive with an endless header line can
take memory: ingest archives from crawlers you trust.

`WARC-Date` is when the page was fetched, not when it was published: it is kept in
`Document.meta` as `crawled`, never used as the publication time. `archive-offset` is where the
record starts in the file (`warcio extract FILE OFFSET` prints it again).

A download cut short fails the record the cut falls in, once: warcio reads to the file's end
without a word when the cut is inside a record it skips or inside a header, so the reader checks
each record's required header fields, the last record's declared length, and whether bytes other
than a record's closing blank lines follow the last record it read.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, BinaryIO

from dateline.errors import InputTooLargeError, MalformedInputError
from dateline.ingest.decode import decode_bytes
from dateline.records import Document, Failure
from dateline.settings import Settings

if TYPE_CHECKING:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecord

WARC_MAGIC = b"WARC/"
ARC_MAGIC = b"filedesc://"  # the first record of an ARC file, the WARC format's forerunner
GZIP_MAGIC = b"\x1f\x8b"
# Media types whose payload is an article: read as HTML or as plain text.
ARTICLE_MEDIA_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}
PAYLOAD_RECORD_TYPES = ("response", "resource", "conversion")


def is_warc(head: bytes) -> bool:
    """The first bytes of a WARC (or ARC) file, plain or gzip-compressed record by record."""
    if head.startswith((WARC_MAGIC, ARC_MAGIC)):
        return True
    if not head.startswith(GZIP_MAGIC):
        return False
    try:
        # wbits 31: a gzip member; the first bytes of the first record are enough
        start = zlib.decompressobj(31).decompress(head, len(ARC_MAGIC))
    except zlib.error:
        return False
    return start.startswith((WARC_MAGIC, ARC_MAGIC))


def read_warc(stream: BinaryIO, *, source: str, settings: Settings) -> Iterator[Document | Failure]:
    """Documents from the article records of a WARC stream. A record that cannot be read fails
    alone; a break in the archive itself ends it with one failure, and the records read before
    it stand."""
    from warcio.archiveiterator import ArchiveIterator

    from dateline.ingest.readers import failure_from, item_failure

    counted = _CountingReader(stream)
    archive = ArchiveIterator(counted, arc2warc=True)
    records = iter(archive)
    number = 0
    last: ArcWarcRecord | None = None
    last_failed_cut = False
    while True:
        try:
            record = next(records)
        except StopIteration:
            # warcio ends without a word where the file ends inside a record it skips or
            # inside a header it could not start on: say which record the download cut
            cut = None if last_failed_cut else _cut_record(last, archive, counted, number)
            if cut is not None:
                yield failure_from(_cut_download(f"{source}#{cut}"), f"{source}#{cut}")
            break
        except Exception as exc:  # noqa: BLE001 - warcio's parser raises whatever a broken
            # archive trips in it (ArchiveLoadFailed, AttributeError, zlib.error, ...)
            broken = MalformedInputError(
                f"{source}: the WARC archive is broken after record {number} "
                f"({type(exc).__name__}: {exc})",
                fix="check the file; the records before the break were read",
            )
            yield failure_from(broken, f"{source}#{number + 1}")
            return
        number += 1
        last, last_failed_cut = record, False
        record_source = f"{source}#{number}"
        declared = record.rec_headers.get_header("Content-Length") or ""
        if not record.rec_type or not declared.strip().isdigit():
            # both are required: the file ends inside this record's header
            last_failed_cut = True
            yield failure_from(_cut_download(record_source), record_source)
            continue
        try:
            reader = _article_reader(record)
            if reader is None:
                continue
            document = _record_document(record, reader, record_source, settings)
            # where the record starts in the file (`warcio extract FILE OFFSET` prints it
            # again); asked once the payload is read, since asking reads the record to its end
            offset = ("archive-offset", str(archive.get_record_offset()))
        except Exception as exc:  # noqa: BLE001 - a page the HTML tools choke on fails alone
            last_failed_cut = _is_cut(record)
            yield item_failure(exc, record_source, "the archived page")
            continue
        yield replace(document, meta=(offset, *document.meta))
    if number == 0:
        empty = MalformedInputError(f"{source}: no WARC record could be read")
        yield failure_from(empty, source)


class _CountingReader:
    """A binary stream that counts the bytes read through it and keeps the last of them, to
    tell where the archive's records end from where the file does."""

    TAIL_BYTES = 4096

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.count = 0
        self.tail = b""

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.count += len(data)
        self.tail = (self.tail + data)[-self.TAIL_BYTES :]
        return data


def _cut_download(source: str) -> MalformedInputError:
    return MalformedInputError(
        f"{source}: the file ends inside this record (a cut download?)",
        fix="fetch it again; the records before it were read",
    )


def _is_cut(record: ArcWarcRecord) -> bool:
    """Whether the file ended before the record's declared length was read."""
    return getattr(record.raw_stream, "limit", 0) > 0


def _cut_record(
    last: ArcWarcRecord | None, archive: ArchiveIterator, counted: _CountingReader, number: int
) -> int | None:
    """The number of the record the file's end cuts, once warcio has read all it could: the
    last record, read to its end by warcio, when the file held less than its declared length;
    the next one when bytes other than the blank lines that close a record follow the last
    record's end (a header too short to start on). None for a whole archive."""
    if last is None:
        return None
    if _is_cut(last):
        return number
    try:
        end = archive.get_record_offset() + archive.get_record_length()
    except (TypeError, IndexError):  # no record was read to its end
        return None
    rest = counted.count - end
    if rest <= 0:
        return None
    whole = rest <= len(counted.tail) and not counted.tail[-rest:].strip()
    return None if whole else number + 1


def _article_reader(record: ArcWarcRecord) -> str | None:
    """ "html" or "text" for a record that holds an article page, else None."""
    if record.rec_type not in PAYLOAD_RECORD_TYPES:
        return None
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None  # a redirect or an error page is not the article
        content_type = record.http_headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    media = (content_type or "").split(";")[0].strip().lower()
    return ARTICLE_MEDIA_TYPES.get(media)


def _record_document(
    record: ArcWarcRecord, reader: str, source: str, settings: Settings
) -> Document:
    from dateline.ingest.readers import make_text_document, read_html

    limit = settings.max_document_bytes
    # content_stream undoes chunked transfer and gzip/deflate encoding; read one byte past the
    # limit so that an oversized payload is refused without reading all of it
    try:
        payload = record.content_stream().read(limit + 1)
    except Exception as exc:  # noqa: BLE001 - a broken chunked or gzip payload, as above
        raise MalformedInputError(
            f"{source}: the archived payload cannot be decoded ({type(exc).__name__})"
        ) from exc
    if len(payload) > limit:
        raise InputTooLargeError(
            f"{source}: the archived page is over the limit of {limit:,} bytes",
            fix="raise DATELINE_MAX_BYTES",
        )
    if _is_cut(record):
        # the payload is read whole, yet the record's declared length is not: the file ends
        # inside it (a truncated download); its text would be cut short
        raise _cut_download(source)
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    text = decode_bytes(payload, max_bytes=limit, source=source)
    if reader == "html":
        document = read_html(text, source=source, url=url)
    else:
        document = make_text_document(text, source=source, url=url)
    crawled = record.rec_headers.get_header("WARC-Date")
    archived = (("crawled", crawled),) if crawled else ()
    return replace(document, format="warc", meta=document.meta + archived)
