"""The data model: frozen records, every annotation anchored by character offsets into the text.

A record never carries a loose copy of the text it annotates: the surface of a span is always
`document.text[start:end]`, and `Article` checks every offset when it is built.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from dateline.errors import OffsetError

SCHEMA_VERSION = "dateline.article/1"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range `[start, end)` into the article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise OffsetError(f"span [{self.start}, {self.end}) is not a valid range")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Published:
    """Publication date-time as printed: `value` is ISO 8601 and keeps the printed UTC offset.

    `utc_offset` is None when the source gave none (the value is then naive, never invented);
    `precision` says how much of the value the source really gave ("day", "minute", "second").
    """

    value: str
    precision: str
    utc_offset: str | None
    source: str  # "header", "html-meta", "htmldate", "jsonl", "feed", "argument"
    span: Span | None = None  # where it was printed, when it was printed in the text


@dataclass(frozen=True, slots=True)
class Document:
    """One input article after reading, before any NLP. `text` is what all offsets point into."""

    id: str  # content hash of `text` plus the metadata that makes it a distinct article
    text: str
    body: Span  # the article body inside `text` (a dateline header line is outside it)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: Published | None = None
    source: str | None = None  # path, "PATH:LINE" (JSON Lines), "PATH#N" (WARC record, feed entry)
    format: str = "text"  # "text", "dateline-header", "html", "jsonl", "warc", "feed"
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Dateline:
    """Who published the article, when, in what language: each field says where it came from."""

    published: Published | None
    outlet: str | None
    outlet_source: str | None  # "metadata", "url", "reporting-line"
    outlet_span: Span | None
    title: str | None
    language: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Mention:
    """A name, title-reference or role-reference of an entity in the text."""

    span: Span
    label: str  # spaCy-style label after repair: PERSON, ORG, GPE, LOC, FAC, NORP, ...
    kind: str = (
        "name"  # "name", "nominal" ("the Azerbaijani embassy"), "role" ("The MP"), "pronoun"
    )
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Attribute:
    """A title, role or affiliation stated in the text, with the span that states it."""

    value: str  # normalised form ("Ambassador", "Chairman of Srebrenica Mothers Public Union")
    span: Span
    entity_id: str | None = None  # for affiliations: the organisation's entity


@dataclass(frozen=True, slots=True)
class Entity:
    id: str  # "E1", "E2", ... unique within the article
    name: str  # canonical name: the longest full name mention, without titles
    # PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, WORK_OF_ART, LAW, PRODUCT, LANGUAGE; GROUP for
    # a group of people that acts or speaks ("Other speakers", "analysts"), one per article
    type: str
    mentions: tuple[Mention, ...]
    titles: tuple[Attribute, ...] = ()
    roles: tuple[Attribute, ...] = ()
    affiliations: tuple[Attribute, ...] = ()
    located_in: tuple[Attribute, ...] = ()  # places: the place that contains it, as stated

    @property
    def category(self) -> str:
        return ENTITY_CATEGORIES.get(self.type, "other")


ENTITY_CATEGORIES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "GROUP": "group",
}


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TIMEX3 expression: type DATE, TIME, DURATION or SET, value in the TIMEX3 value grammar."""

    id: str  # "t1", ...
    span: Span
    type: str
    value: str
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, ...
    anchor_id: str | None = None  # anchorTimeID for durations that point at a time
    derived_by: str | None = None  # rule name when the value is derived, not read
    anchored_to: str | None = None  # "dct" or the id of the time it was resolved against
    governor: Span | None = None  # the word it dates, by the parse ("was held" <- "on February 23")


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what: speaker, cue and content, and who reports that they said it."""

    id: str  # "s1", ...
    cue: Span
    cue_lemma: str
    content: tuple[Span, ...]
    source: Span | None  # the speaker as written ("He", "Vilayat Guliyev", "Other speakers")
    speaker_id: str | None  # the entity the source resolves to
    kind: str  # "direct", "indirect", "mixed"
    reported_by: tuple[str, ...] = ()  # chain of attribution, outermost first (outlet, ...)
    parent_id: str | None = None  # the statement this one is nested in
    time_ids: tuple[str, ...] = ()
    entity_ids: tuple[str, ...] = ()  # entities mentioned inside the content


@dataclass(frozen=True, slots=True)
class Participant:
    role: str  # organizer, speaker, attendee, host, agent, target, victim, recipient, location, ...
    span: Span
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str  # "v1", ...
    trigger: Span
    type: str
    participants: tuple[Participant, ...] = ()
    time_ids: tuple[str, ...] = ()
    place_id: str | None = None
    is_main: bool = False
    referenced: bool = False  # a past event referred to, not reported as happening now
    statement_id: str | None = None  # set when the event is only asserted inside a statement
    parent_id: str | None = None  # sub-event of
    predicate: Span | None = (
        None  # what happened: the trigger with its objects ("meets with Obama")
    )


@dataclass(frozen=True, slots=True)
class Quantity:
    id: str  # "q1", ...
    span: Span
    value: float | None
    unit: str | None
    counted: Span | None = None  # what is counted ("children")
    event_id: str | None = None
    statement_id: str | None = None  # who claims the number
    mod: str | None = None  # "at least 20": EQUAL_OR_MORE; MORE_THAN, LESS_THAN, APPROX, ...


@dataclass(frozen=True, slots=True)
class Article:
    """Everything Dateline extracts from one document. Built only through `Article.build`-style
    construction in the pipeline; `__post_init__` checks every span against the text."""

    document: Document
    dateline: Dateline
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    model: str | None = None
    schema: str = SCHEMA_VERSION
    warnings: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        length = len(self.document.text)
        for span in iter_spans(self):
            if span.end > length:
                raise OffsetError(
                    f"span [{span.start}, {span.end}) runs past the end of a {length}-char text",
                    fix="this is a bug in an extraction stage; please report it",
                )

    @property
    def text(self) -> str:
        return self.document.text

    def surface(self, span: Span) -> str:
        return span.slice(self.document.text)

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)


def iter_spans(record: Any) -> Iterator[Span]:
    """Every Span anywhere inside a record (used to validate offsets)."""
    if isinstance(record, Span):
        yield record
    elif isinstance(record, (tuple, list)):
        for item in record:
            yield from iter_spans(item)
    elif is_dataclass(record) and not isinstance(record, type):
        for f in fields(record):
            if f.name == "text":
                continue
            yield from iter_spans(getattr(record, f.name))


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read or extracted, and why: stored and counted."""

    source: str
    error_code: str
    error_type: str
    message: str
    document_id: str | None = None
