"""WARC archives and RSS/Atom feeds: many articles a file, each read or failed on its own."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ingest.readers import detect_format, read_bytes, read_paths
from dateline.ingest.warc import is_warc
from dateline.records import Document, Failure
from dateline.settings import Settings
from tests.factories import warc_bytes as make_warc

PAGE = """<!doctype html><html><head><title>Mayor opens bridge</title>
<meta property="article:published_time" content="2024-05-03T09:30:00+02:00"></head>
<body><nav>Home | World</nav><article><h1>Mayor opens bridge</h1>
<p>The mayor of Springfield opened the new river bridge on Friday, the city council said.</p>
<p>Anna Berg, a council spokeswoman, said the bridge cost 12 million euros.</p>
</article></body></html>"""

RECORDS = [
    ("https://tiny.example/bridge", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
    ("https://tiny.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n...."),
    ("https://tiny.example/old", "301 Moved Permanently", "text/html", b"<html>moved</html>"),
    ("https://tiny.example/gone", "404 Not Found", "text/html", b"<html><p>Not found</p></html>"),
    ("https://tiny.example/note.txt", "200 OK", "text/plain", b"The council met on Monday."),
]

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Tiny Gazette</title><link>https://tiny.example/</link>
<item><title>Mayor opens bridge</title><link>https://tiny.example/bridge</link>
<guid>https://tiny.example/?p=1</guid>
<pubDate>Fri, 03 May 2024 09:30:00 +0200</pubDate>
<author>ann@tiny.example (Ann Berg)</author>
<description>The mayor opened the bridge.</description>
<content:encoded><![CDATA[<p>The mayor of Springfield opened the bridge on Friday.</p>
<p>Anna Berg said it cost 12 million euros.</p><script>alert("x")</script>]]></content:encoded>
</item>
<item><title>No text here</title><link>https://tiny.example/empty</link></item>
<item><title>Council vote</title><pubDate>Sat, 04 May 2024 10:00 GMT</pubDate>
<description>The council voted on Saturday to close the old ferry.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
<entry><title>Storm hits coast</title><link href="https://atom.example/storm"/>
<id>urn:atom:1</id><published>2024-05-03T09:30:00-04:00</published>
<content type="html">&lt;p&gt;A storm hit the coast on Friday, officials said.&lt;/p&gt;</content>
</entry></feed>"""


def warc_bytes(records=RECORDS, *, compress: bool = True) -> bytes:
    return make_warc(records, compress=compress)


def documents(items: list[Document | Failure]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


@pytest.mark.parametrize("compress", [True, False])
def test_warc_reads_the_article_records_and_skips_the_rest(compress: bool) -> None:
    items = list(read_bytes(warc_bytes(compress=compress), source="crawl"))
    assert [type(item).__name__ for item in items] == ["Document", "Document"]
    page, note = documents(items)
    assert (page.url, page.format, page.source) == (
        "https://tiny.example/bridge",
        "warc",
        "crawl#1",
    )
    assert "Anna Berg" in page.text and "Home | World" not in page.text
    assert page.published is not None
    assert page.published.value == "2024-05-03T09:30:00+02:00"  # from the page, not the crawl
    meta = dict(page.meta)
    assert meta["crawled"] and meta["archive-offset"] == "0"
    assert note.text == "The council met on Monday." and note.source == "crawl#5"
    assert note.published is None  # the crawl time is never the publication time


def test_warc_is_known_by_its_bytes_not_only_its_name(tmp_path: Path) -> None:
    data = warc_bytes()
    assert is_warc(data[:512]) and is_warc(warc_bytes(compress=False)[:512])
    assert not is_warc(gzip.compress(b"just some text")) and not is_warc(b"WAR")
    (tmp_path / "crawl.bin").write_bytes(data)
    assert len(documents(list(read_paths([tmp_path / "crawl.bin"])))) == 2


def test_warc_payload_over_the_limit_fails_that_record_alone() -> None:
    big = ("https://tiny.example/big", "200 OK", "text/plain", b"word " * 400)
    items = list(
        read_bytes(
            warc_bytes([big, RECORDS[-1]]),
            source="crawl",
            settings=Settings(max_document_bytes=500),
        )
    )
    assert [type(item).__name__ for item in items] == ["Failure", "Document"]
    failure = items[0]
    assert isinstance(failure, Failure)
    assert (failure.error_type, failure.source) == ("InputTooLargeError", "crawl#1")


@pytest.mark.parametrize("compress", [True, False])
def test_a_truncated_warc_keeps_the_records_before_the_break(
    tmp_path: Path, compress: bool
) -> None:
    data = warc_bytes(compress=compress)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) - 25])  # the download stopped inside the last payload
    items = list(read_paths([path]))
    assert isinstance(items[0], Document) and items[0].url == "https://tiny.example/bridge"
    last = items[-1]
    assert isinstance(last, Failure) and last.error_type == "MalformedInputError"
    assert last.source == f"{path}#5" and "ends inside" in last.message


def test_a_page_the_html_tools_choke_on_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.ingest.readers as readers

    def choke(*args, **kwargs):
        raise RecursionError("deeply nested markup")

    monkeypatch.setattr(readers, "read_html", choke)
    items = list(read_bytes(warc_bytes(), source="crawl"))
    assert [type(item).__name__ for item in items] == ["Failure", "Document"]
    assert "cannot be read (RecursionError)" in items[0].message


def test_a_file_named_warc_that_is_not_one_is_a_typed_failure() -> None:
    items = list(read_bytes(b"Plain words, no archive.", source="x.warc", name="x.warc"))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].error_type == "MalformedInputError"


def test_rss_entries_become_documents_with_their_printed_offset() -> None:
    items = list(read_bytes(RSS, source="f.rss", name="f.rss"))
    assert [type(item).__name__ for item in items] == ["Document", "Failure", "Document"]
    first, third = documents(items)
    assert first.format == "feed" and first.source == "f.rss#1"
    assert (first.title, first.url, first.outlet, first.author) == (
        "Mayor opens bridge",
        "https://tiny.example/bridge",
        "Tiny Gazette",
        "Ann Berg",
    )
    assert first.published is not None and first.published.value == "2024-05-03T09:30:00+02:00"
    # the full text (content:encoded), not the summary; no script survives
    assert "Anna Berg said it cost 12 million euros." in first.text
    assert "alert" not in first.text and "<p>" not in first.text
    assert dict(first.meta)["feed-entry-id"] == "https://tiny.example/?p=1"
    assert third.published is not None
    assert (third.published.value, third.published.precision) == (
        "2024-05-04T10:00:00+00:00",
        "minute",
    )
    failure = items[1]
    assert isinstance(failure, Failure) and failure.error_type == "EmptyInputError"
    assert failure.source == "f.rss#2"


def test_atom_feed_is_detected_by_its_root_element() -> None:
    assert detect_format("feed.xml", ATOM.decode()) == "feed"
    (document,) = list(read_bytes(ATOM, source="a"))
    assert isinstance(document, Document)
    # the entry title is the text's first line, its headline
    assert document.text == "Storm hits coast\n\nA storm hit the coast on Friday, officials said."
    assert document.outlet == "Atom Times"
    assert document.published is not None
    assert document.published.utc_offset == "-04:00"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("<html><body><p>feed</p></body></html>", "html"),
        ("<?xml version='1.0'?><rss version='2.0'><channel/></rss>", "feed"),
        ("<rdf:RDF xmlns:rdf='x'></rdf:RDF>", "feed"),
        ("A story about the feed of a river.", "text"),
    ],
)
def test_feed_detection_reads_the_root_element_only(text: str, expected: str) -> None:
    assert detect_format(None, text) == expected


def test_a_file_named_rss_with_no_entries_is_one_failure() -> None:
    (failure,) = list(read_bytes(b"not a feed at all", source="e.rss", name="e.rss"))
    assert isinstance(failure, Failure) and failure.error_type == "MalformedInputError"


def test_a_feed_entry_over_the_limit_fails_alone() -> None:
    items = list(read_bytes(RSS, source="f.rss", settings=Settings(max_document_bytes=100)))
    kinds = [item.error_type for item in items if isinstance(item, Failure)]
    assert "InputTooLargeError" in kinds
    assert len(documents(items)) == 1  # the short "Council vote" entry


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.sampled_from(["x.warc", "x.warc.gz", "x.rss", "x.atom"]))
def test_archive_readers_never_raise_on_arbitrary_bytes(data: bytes, name: str) -> None:
    for item in read_bytes(data, source="fuzz", name=name):
        assert isinstance(item, (Document, Failure))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=1, max_value=2000))
def test_a_warc_cut_anywhere_never_raises(cut: int) -> None:
    data = warc_bytes()
    for item in read_bytes(data[: cut % len(data) or 1], source="fuzz", name="x.warc.gz"):
        assert isinstance(item, (Document, Failure))


@pytest.mark.parametrize("compress", [True, False])
def test_a_warc_cut_anywhere_but_between_records_says_so(
    compress: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A download cut inside any record, its header or its payload, article or not, leaves a
    failure; only a cut in the bytes that close a record (blank lines, a gzip trailer) is
    silent, since every record before it is whole."""
    from warcio.archiveiterator import ArchiveIterator

    import dateline.ingest.readers as readers

    # the pages' text is not what is tested: read them as plain text, far faster
    monkeypatch.setattr(readers, "read_html", readers.make_text_document)

    data = warc_bytes(compress=compress)
    archive = ArchiveIterator(io.BytesIO(data))
    starts = [archive.get_record_offset() for _ in archive][1:] + [len(data)]
    closing = 16 if compress else 4  # a gzip member's trailer; a record's closing CRLF CRLF
    silent = []
    for cut in range(1, len(data)):
        items = list(read_bytes(data[:cut], source="crawl", name="x.warc"))
        if not any(isinstance(item, Failure) for item in items):
            silent.append(cut)
    assert silent
    assert all(any(start - closing <= cut <= start for start in starts) for cut in silent)


def arc_bytes(url: str, page: bytes) -> bytes:
    """An ARC file (version 1) with one HTTP response, written by hand."""
    version = b"1 0 Dateline\nURL IP-address Archive-date Content-type Archive-length\n"
    header = b"filedesc://t.arc 0.0.0.0 20240503093000 text/plain %d\n" % len(version)
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    record = b"%s 1.2.3.4 20240503093000 text/html %d\n" % (url.encode(), len(http)) + http
    return header + version + b"\n" + record + b"\n"


def test_an_arc_file_is_read_like_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "old.arc"
    path.write_bytes(arc_bytes("http://tiny.example/bridge", PAGE.encode()))
    (document,) = documents(list(read_paths([path])))
    assert document.url == "http://tiny.example/bridge" and "Anna Berg" in document.text
    assert dict(document.meta)["crawled"] == "2024-05-03T09:30:00Z"


def test_a_wet_conversion_record_is_plain_text_at_its_offset(tmp_path: Path) -> None:
    import io

    from warcio.warcwriter import WARCWriter

    body = b"The council met on Monday and voted to close the old ferry."
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(
        writer.create_warc_record(
            "https://tiny.example/ferry",
            "conversion",
            payload=io.BytesIO(body),
            length=len(body),
            warc_content_type="text/plain",
        )
    )
    data = warc_bytes() + out.getvalue()
    (path := tmp_path / "crawl.wet.gz").write_bytes(data)
    items = documents(list(read_paths([path])))
    assert [d.url for d in items][-1] == "https://tiny.example/ferry"
    ferry = items[-1]
    assert ferry.text == body.decode()
    # the offset points at the record: reading from it gives that record first
    offset = int(dict(ferry.meta)["archive-offset"])
    (again,) = documents(list(read_bytes(data[offset:], source="x", name="x.warc.gz")))
    assert again.text == ferry.text


def test_a_feed_the_byte_sniff_misses_is_still_read_as_a_feed() -> None:
    data = ATOM.decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")
    (document,) = list(read_bytes(data, source="a16", name="news.xml"))
    assert isinstance(document, Document) and document.format == "feed"
    # the entry title is the text's first line, its headline
    assert document.text == "Storm hits coast\n\nA storm hit the coast on Friday, officials said."


@pytest.mark.parametrize("damage", [b"\x00", b"\x80"])
def test_a_feed_with_broken_bytes_in_its_declaration_is_one_failure(damage: bytes) -> None:
    data = ATOM.replace(b'encoding="utf-8"', b'encoding="' + damage + b'"')
    items = list(read_bytes(data, source="bad", name="bad.atom"))
    assert all(isinstance(item, (Document, Failure)) for item in items)
    assert items and (
        isinstance(items[0], Document) or items[0].error_type == "MalformedInputError"
    )
