"""MEANTIME (NewsReader, English) loader: CAT XML anchored on tokens, read into char-offset records.

The text is rebuilt from the tokens (title, date line, then the body) and every token keeps its
character span, so each markable gets a `Span` into `MeantimeDocument.text`. Only sentences 0-5
are fully annotated: `annotated_end` is where that part of the text ends; score nothing after it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import EvalError
from dateline.records import Span

CORPUS = "meantime-en"
ANNOTATION_FOLDERS = {
    "intra-doc": "intra-doc_annotation",
    "cross-doc": "intra_cross-doc_annotation",
}
ANNOTATED_SENTENCES = 6  # sentences 0-5: title, date line, the first four body sentences
# Names: NAM ("Airbus") and PRE.NAM, a name used as premodifier ("the [Airbus] order"), which an
# NER system tags as a name too.
NAME_SYNTACTIC_TYPES = frozenset({"NAM", "PRE.NAM"})

# Detokenisation: the corpus keeps no whitespace, so spacing is restored by these rules.
NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "%", ")", "]", "}", "!", "?", "''", "'", "”", "’", "...", "'s", "'S"}
    | {"n't", "'re", "'ve", "'ll", "'d", "'m"}
)
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``", "`", "“", "‘", "£", "€", "¥", "#"})


@dataclass(frozen=True, slots=True)
class Token:
    t_id: str
    sentence: int
    number: int
    span: Span


@dataclass(frozen=True, slots=True)
class EntityInstance:
    """An `<ENTITY>` element: what mentions refer to (no text of its own)."""

    m_id: str
    ent_type: str  # PER, ORG, LOC, PRO, FIN, MIX
    descriptor: str  # TAG_DESCRIPTOR, e.g. "Qatar Airways"
    external_ref: str | None  # DBpedia link, when given
    # the corpus-level instance ("ORG37154720130514282") it is, in the cross-doc annotation only:
    # the same id in two documents is one entity
    corpus_id: str | None = None


@dataclass(frozen=True, slots=True)
class EntityMention:
    m_id: str
    span: Span  # first token start to last token end (anchors may skip a token)
    token_ids: tuple[str, ...]
    syntactic_type: str  # NAM, PRE.NAM, NOM, PRO, APP, CONJ, ...; "" when the corpus leaves it out
    sentence: int
    instance_id: str | None  # the ENTITY it REFERS_TO; None for a few unlinked mentions
    ent_type: str | None  # the instance's ent_type

    @property
    def is_name(self) -> bool:
        return self.syntactic_type in NAME_SYNTACTIC_TYPES


@dataclass(frozen=True, slots=True)
class Timex:
    m_id: str
    span: Span | None  # None for a TIMEX3 with no token anchors (an implicit time)
    type: str  # DATE, TIME, DURATION, SET
    value: str
    function: str  # CREATION_TIME for the document creation time, else NONE
    anchor_time_id: str | None
    begin_point: str | None
    end_point: str | None
    sentence: int | None


@dataclass(frozen=True, slots=True)
class EventMention:
    m_id: str
    span: Span
    token_ids: tuple[str, ...]
    sentence: int
    pred: str
    pos: str
    tense: str
    aspect: str
    certainty: str
    polarity: str
    modality: str
    time: str
    special_cases: str
    instance_id: str | None  # the EVENT it REFERS_TO
    event_class: str | None  # that instance's class: SPEECH_COGNITIVE, GRAMMATICAL, OTHER, MIX


@dataclass(frozen=True, slots=True)
class ValueMention:
    """A `<VALUE>` markable (money, quantities): participants can point at these too."""

    m_id: str
    span: Span
    type: str


@dataclass(frozen=True, slots=True)
class Participation:
    """`HAS_PARTICIPANT`: event mention `event_id` has participant markable `target_id`."""

    r_id: str
    event_id: str
    target_id: str
    sem_role: str  # PropBank: Arg0, Arg1, Argm-LOC, ...


@dataclass(frozen=True, slots=True)
class MeantimeDocument:
    doc_id: str
    name: str
    topic: str  # airbus, apple, stock (the corpus_* folder)
    url: str | None
    text: str
    tokens: tuple[Token, ...]
    annotated_end: int  # end offset of sentence 5 in `text`
    dct: str | None  # TIMEX3 value of the creation time
    entities: tuple[EntityInstance, ...]
    entity_mentions: tuple[EntityMention, ...]
    timexes: tuple[Timex, ...]
    event_mentions: tuple[EventMention, ...]
    values: tuple[ValueMention, ...]
    participants: tuple[Participation, ...]

    def in_annotated_part(self, span: Span) -> bool:
        return span.end <= self.annotated_end

    def markable_spans(self) -> dict[str, Span]:
        """Span of every anchored markable by m_id (entities, events, timexes, values)."""
        spans: dict[str, Span] = {}
        for group in (self.entity_mentions, self.event_mentions, self.values):
            for markable in group:
                spans[markable.m_id] = markable.span
        for timex in self.timexes:
            if timex.span is not None:
                spans[timex.m_id] = timex.span
        return spans

    def entity_chains(self) -> dict[str, tuple[EntityMention, ...]]:
        """Mentions grouped by the ENTITY instance they refer to (within-document coreference)."""
        chains: dict[str, list[EntityMention]] = {}
        for mention in self.entity_mentions:
            if mention.instance_id is not None:
                chains.setdefault(mention.instance_id, []).append(mention)
        return {key: tuple(value) for key, value in chains.items()}


def load_meantime(
    data_dir: Path, *, annotation: str = "intra-doc", limit: int | None = None
) -> list[MeantimeDocument]:
    """Documents of `data_dir/meantime-en`, sorted by topic then file name; the first `limit`."""
    if annotation not in ANNOTATION_FOLDERS:
        raise EvalError(
            f"unknown MEANTIME annotation {annotation!r}", fix=f"use {ANNOTATION_FOLDERS}"
        )
    root = data_dir / CORPUS / ANNOTATION_FOLDERS[annotation]
    paths = sorted(root.glob("corpus_*/*.xml"))
    if not paths:
        raise EvalError(
            f"no MEANTIME XML files under {root}",
            fix="pass --data DIR laid out like ../shared/data",
        )
    return [parse_meantime_file(path) for path in paths[:limit]]


def parse_meantime_file(path: Path) -> MeantimeDocument:
    topic = path.parent.name.removeprefix("corpus_")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvalError(f"{path}: not well-formed XML ({exc})") from exc
    return parse_meantime_xml(root, topic=topic, source=str(path))


def parse_meantime_string(
    xml: str, *, topic: str = "", source: str = "<string>"
) -> MeantimeDocument:
    return parse_meantime_xml(ET.fromstring(xml), topic=topic, source=source)


def parse_meantime_xml(root: ET.Element, *, topic: str, source: str) -> MeantimeDocument:
    raw_tokens = [
        (t.get("t_id", ""), int(t.get("sentence", "0")), int(t.get("number", "0")), t.text or "")
        for t in root.iter("token")
    ]
    text, tokens = build_text(raw_tokens)
    by_id = {token.t_id: token for token in tokens}
    annotated = [t.span.end for t in tokens if t.sentence < ANNOTATED_SENTENCES]
    annotated_end = max(annotated) if annotated else 0

    markables = root.find("Markables")
    relations = root.find("Relations")
    elements = list(markables) if markables is not None else []
    links = list(relations) if relations is not None else []

    refers_to: dict[str, str] = {}
    participants: list[Participation] = []
    for relation in links:
        target = relation.find("target")
        target_id = target.get("m_id") if target is not None else None
        if target_id is None:
            continue
        if relation.tag == "REFERS_TO":
            for source_element in relation.findall("source"):
                refers_to[source_element.get("m_id", "")] = target_id
        elif relation.tag == "HAS_PARTICIPANT":
            event = relation.find("source")
            if event is not None:
                participants.append(
                    Participation(
                        relation.get("r_id", ""),
                        event.get("m_id", ""),
                        target_id,
                        relation.get("sem_role", ""),
                    )
                )

    instances = {
        element.get("m_id", ""): element
        for element in elements
        if element.tag in ("ENTITY", "EVENT")
    }
    entities = tuple(
        EntityInstance(
            m_id,
            element.get("ent_type", ""),
            element.get("TAG_DESCRIPTOR", ""),
            element.get("external_ref") or None,
            element.get("instance_id") or None,
        )
        for m_id, element in instances.items()
        if element.tag == "ENTITY"
    )

    entity_mentions: list[EntityMention] = []
    timexes: list[Timex] = []
    events: list[EventMention] = []
    values: list[ValueMention] = []
    for element in elements:
        m_id = element.get("m_id", "")
        anchors = _anchors(element, by_id, source)
        if element.tag == "TIMEX3":
            timexes.append(_timex(element, anchors))
            continue
        if not anchors:
            continue
        span = Span(anchors[0].span.start, anchors[-1].span.end)
        token_ids = tuple(token.t_id for token in anchors)
        sentence = anchors[0].sentence
        instance = instances.get(refers_to.get(m_id, ""))
        if element.tag == "ENTITY_MENTION":
            entity_mentions.append(
                EntityMention(
                    m_id,
                    span,
                    token_ids,
                    element.get("syntactic_type") or "",
                    sentence,
                    instance.get("m_id") if instance is not None else None,
                    instance.get("ent_type") if instance is not None else None,
                )
            )
        elif element.tag == "EVENT_MENTION":
            events.append(
                EventMention(
                    m_id,
                    span,
                    token_ids,
                    sentence,
                    pred=element.get("pred", ""),
                    pos=element.get("pos", ""),
                    tense=element.get("tense", ""),
                    aspect=element.get("aspect", ""),
                    certainty=element.get("certainty", ""),
                    polarity=element.get("polarity", ""),
                    modality=element.get("modality", ""),
                    time=element.get("time", ""),
                    special_cases=element.get("special_cases", ""),
                    instance_id=instance.get("m_id") if instance is not None else None,
                    event_class=instance.get("class") if instance is not None else None,
                )
            )
        elif element.tag == "VALUE":
            values.append(ValueMention(m_id, span, element.get("type", "")))

    return MeantimeDocument(
        doc_id=root.get("doc_id", ""),
        name=root.get("doc_name", ""),
        topic=topic,
        url=root.get("url") or None,
        text=text,
        tokens=tokens,
        annotated_end=annotated_end,
        dct=_creation_time(timexes),
        entities=entities,
        entity_mentions=tuple(sorted(entity_mentions, key=_span_order)),
        timexes=tuple(timexes),
        event_mentions=tuple(sorted(events, key=_span_order)),
        values=tuple(values),
        participants=tuple(participants),
    )


def build_text(raw_tokens: Iterable[tuple[str, int, int, str]]) -> tuple[str, tuple[Token, ...]]:
    """Text and token spans: title and date line as paragraphs of their own, then the body.

    Sentences 2 and later are joined by one space; inside a sentence, spacing follows
    `NO_SPACE_BEFORE` / `NO_SPACE_AFTER`, and a straight double quote alternates open and close.
    """
    parts: list[str] = []
    tokens: list[Token] = []
    length = 0
    previous: tuple[int, str] | None = None
    open_quote = False
    for t_id, sentence, number, word in raw_tokens:
        if previous is None:
            separator = ""
        elif sentence != previous[0]:
            separator = "\n\n" if sentence <= 2 else " "
            open_quote = False
        else:
            separator = "" if _glued(previous[1], word, open_quote) else " "
        if word == '"':
            open_quote = not open_quote
        parts.append(separator)
        length += len(separator)
        tokens.append(Token(t_id, sentence, number, Span(length, length + len(word))))
        parts.append(word)
        length += len(word)
        previous = (sentence, word)
    return "".join(parts), tuple(tokens)


def _glued(previous: str, word: str, open_quote: bool) -> bool:
    if word == '"':
        return open_quote  # a closing quote sticks to the word before it
    if previous == '"':
        return open_quote  # the quote just opened sticks to the word after it
    return word in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER


def _anchors(element: ET.Element, by_id: dict[str, Token], source: str) -> list[Token]:
    anchors = []
    for anchor in element.findall("token_anchor"):
        t_id = anchor.get("t_id", "")
        if t_id not in by_id:
            raise EvalError(
                f"{source}: markable {element.get('m_id')} anchors unknown token {t_id}"
            )
        anchors.append(by_id[t_id])
    return sorted(anchors, key=lambda token: token.span.start)


def _timex(element: ET.Element, anchors: list[Token]) -> Timex:
    span = Span(anchors[0].span.start, anchors[-1].span.end) if anchors else None
    return Timex(
        m_id=element.get("m_id", ""),
        span=span,
        type=element.get("type", ""),
        value=element.get("value", ""),
        function=element.get("functionInDocument", "NONE") or "NONE",
        anchor_time_id=element.get("anchorTimeID") or None,
        begin_point=element.get("beginPoint") or None,
        end_point=element.get("endPoint") or None,
        sentence=anchors[0].sentence if anchors else None,
    )


def _creation_time(timexes: list[Timex]) -> str | None:
    """The CREATION_TIME value; two documents lack the flag, and there the date line's date
    (sentence 1) is the creation time."""
    for timex in timexes:
        if timex.function == "CREATION_TIME" and timex.value:
            return timex.value
    for timex in timexes:
        if timex.sentence == 1 and timex.type == "DATE" and timex.value:
            return timex.value
    return None


def _span_order(markable: EntityMention | EventMention) -> tuple[int, int]:
    return (markable.span.start, markable.span.end)


def iter_name_mentions(document: MeantimeDocument) -> Iterator[EntityMention]:
    """NAM and PRE.NAM mentions inside the annotated part."""
    for mention in document.entity_mentions:
        if mention.is_name and document.in_annotated_part(mention.span):
            yield mention
