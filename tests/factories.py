"""Hand-built records and inputs for tests that need no model."""

from __future__ import annotations

import io
from collections.abc import Sequence

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.records import (
    Article,
    Attribute,
    Dateline,
    Document,
    Entity,
    Mention,
    Published,
    Span,
    Statement,
    TimeExpression,
)

TEXT = "Ambassador Ann Lee met Bob Stone in Oslo on Monday. Lee said the talks went well."


def make_article(text: str = TEXT, doc_id: str = "doc1", outlet: str = "Gazette") -> Article:
    published = Published("2024-01-02T10:00:00+01:00", "minute", "+01:00", "argument")
    document = Document(id=doc_id, text=text, body=Span(0, len(text)), published=published)
    lee = Entity(
        "E1",
        "Ann Lee",
        "PERSON",
        (
            Mention(Span(11, 18), "PERSON", "name", "E1"),
            Mention(Span(52, 55), "PERSON", "name", "E1"),
        ),
        titles=(Attribute("Ambassador", Span(0, 10)),),
    )
    stone = Entity("E2", "Bob Stone", "PERSON", (Mention(Span(23, 32), "PERSON", "name", "E2"),))
    oslo = Entity("E3", "Oslo", "GPE", (Mention(Span(36, 40), "GPE", "name", "E3"),))
    time = TimeExpression("t1", Span(44, 50), "DATE", "2024-01-01")
    statement = Statement(
        "s1",
        Span(56, 60),
        "say",
        (Span(61, 81),),
        Span(52, 55),
        "E1",
        "indirect",
        reported_by=(outlet,),
    )
    dateline = Dateline(published, outlet, "metadata", None, None, "en", None)
    return Article(
        document,
        dateline,
        entities=(lee, stone, oslo),
        times=(time,),
        statements=(statement,),
        model="test",
    )


def warc_bytes(records: Sequence[tuple[str, str, str, bytes]], *, compress: bool = True) -> bytes:
    """A WARC archive of HTTP responses: (URL, status line, Content-Type, body) each."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for url, status, media_type, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", media_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()
