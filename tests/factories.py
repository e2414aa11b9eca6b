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
    Event,
    Mention,
    Published,
    Quantity,
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


def account_article(
    doc_id: str, outlet: str, toll: str, speaker: str | None = None, *, resolved: bool = True
) -> Article:
    """One outlet's account of a tram crash in Croydon on 2016-11-09: a death toll, said by
    `speaker` (a person; with `resolved` False a source that names no entity, such as "He") or
    given in the outlet's own voice."""
    if speaker:
        text = f"{speaker} said {toll} people were killed in the Croydon crash."
    else:
        text = f"In Croydon, {toll} people were killed in the crash."
    at = text.index
    croydon = Entity(
        "E1", "Croydon", "GPE", (Mention(Span(at("Croydon"), at("Croydon") + 7), "GPE"),)
    )
    entities = [croydon]
    statements = []
    if speaker:
        source = Span(0, len(speaker))
        if resolved:
            mention = Mention(source, "PERSON", "name", "E2")
            entities.append(Entity("E2", speaker, "PERSON", (mention,)))
        cue = at(" said") + 1
        statements.append(
            Statement(
                "s1",
                Span(cue, cue + 4),
                "say",
                (Span(cue + 5, len(text)),),
                source,
                "E2" if resolved else None,
                "indirect",
            )
        )
    claim = "s1" if speaker else None
    killed = Span(at("killed"), at("killed") + 6)
    event = Event("v1", killed, "ACCIDENT", is_main=True, statement_id=claim)
    figure = Span(at(toll), at(toll) + len(toll) + len(" people"))
    counted = Span(figure.end - len("people"), figure.end)
    value = float(toll) if toll.isdigit() else None
    quantity = Quantity("q1", figure, value, None, counted, "v1", claim)
    published = Published("2016-11-09", "day", None, "argument")
    return Article(
        Document(doc_id, text, Span(0, len(text)), published=published),
        Dateline(published, outlet, "metadata", None, None, "en", None),
        entities=tuple(entities),
        statements=tuple(statements),
        events=(event,),
        quantities=(quantity,),
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
