"""ECB+ loader: CAT/CROMER XML (markables anchored on tokens) read into char-offset mentions.

The text is rebuilt from the tokens: tokens joined by one space, sentences by a newline. Only the
sentences listed in ECBplus_coreference_sentences.csv are fully annotated; `scored` holds them.
"""

from __future__ import annotations

import csv
import gzip
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import EvalError
from dateline.records import Span

SENTENCE_INDEX = "ECBplus_coreference_sentences.csv"
# Markable tag prefix -> coarse class; events are actions, the rest are their components.
MENTION_CLASSES = (
    ("NEG_ACTION_", "action"),
    ("ACTION_", "action"),
    ("HUMAN_PART", "participant"),
    ("NON_HUMAN_PART", "participant"),
    ("LOC_", "location"),
    ("TIME_", "time"),
)
FILE_NAME = re.compile(r"^(\d+)_(\d+ecb(?:plus)?)\.xml(?:\.gz)?$")


@dataclass(frozen=True, slots=True)
class EcbMention:
    m_id: str
    tag: str  # ACTION_OCCURRENCE, HUMAN_PART_PER, TIME_DATE, ...
    kind: str  # action, participant, location, time
    span: Span  # first anchor's start to last anchor's end
    sentence: int
    # the coreference chain: a cross-document instance ("HUM16236184328979740", the same in every
    # document), or "<document>#<relation>" for a chain of this document only; None: a singleton
    chain: str | None = None


@dataclass(frozen=True, slots=True)
class EcbDocument:
    id: str  # "1_10ecbplus"
    topic: str
    text: str
    sentences: dict[int, Span]
    scored: frozenset[int]  # sentence numbers whose annotation is complete
    mentions: tuple[EcbMention, ...]  # anchored mentions in scored sentences only

    def in_scored_part(self, span: Span) -> bool:
        return any(self.sentences[number].contains(span) for number in self.scored)

    @property
    def actions(self) -> tuple[EcbMention, ...]:
        return tuple(m for m in self.mentions if m.kind == "action")

    @property
    def components(self) -> tuple[EcbMention, ...]:
        return tuple(m for m in self.mentions if m.kind != "action")


def mention_kind(tag: str) -> str | None:
    for prefix, kind in MENTION_CLASSES:
        if tag.startswith(prefix):
            return kind
    return None


def read_sentence_index(path: Path) -> dict[tuple[str, str], frozenset[int]]:
    """(topic, file stem) -> the sentence numbers listed for it."""
    listed: dict[tuple[str, str], set[int]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["Topic"].strip(), row["File"].strip())
            listed.setdefault(key, set()).add(int(row["Sentence Number"]))
    return {key: frozenset(value) for key, value in listed.items()}


def parse_ecb_xml(xml: str | bytes, scored: frozenset[int], *, topic: str = "") -> EcbDocument:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise EvalError(f"ECB+ document is not well-formed XML ({exc})") from exc
    name = root.get("doc_name", "")
    pieces: list[str] = []
    token_spans: dict[str, tuple[Span, int]] = {}
    sentences: dict[int, Span] = {}
    offset = 0
    current: int | None = None
    for token in root.iter("token"):
        sentence = int(token.get("sentence", "0"))
        word = token.text or ""
        if current is not None:
            separator = " " if sentence == current else "\n"
            pieces.append(separator)
            offset += 1
        current = sentence
        span = Span(offset, offset + len(word))
        pieces.append(word)
        offset += len(word)
        token_spans[token.get("t_id", "")] = (span, sentence)
        start = sentences[sentence].start if sentence in sentences else span.start
        sentences[sentence] = Span(start, span.end)
    chains = _chains(root, name.removesuffix(".xml"))
    mentions = []
    markables = root.find("Markables")
    for element in markables if markables is not None else ():
        kind = mention_kind(element.tag)
        anchors = [a.get("t_id", "") for a in element.findall("token_anchor")]
        if kind is None or not anchors:
            continue  # instances (TAG_DESCRIPTOR) have no anchors
        try:
            spans = [token_spans[t_id] for t_id in anchors]
        except KeyError as exc:
            raise EvalError(f"{name}: markable {element.get('m_id')} anchors on {exc}") from exc
        sentence = spans[0][1]
        if sentence not in scored or any(s != sentence for _, s in spans):
            continue
        start = min(span.start for span, _ in spans)
        end = max(span.end for span, _ in spans)
        m_id = element.get("m_id", "")
        mentions.append(
            EcbMention(m_id, element.tag, kind, Span(start, end), sentence, chains.get(m_id))
        )
    mentions.sort(key=lambda m: (m.span.start, m.span.end, m.tag))
    return EcbDocument(
        name.removesuffix(".xml"), topic, "".join(pieces), sentences, scored, tuple(mentions)
    )


def _chains(root: ET.Element, document: str) -> dict[str, str]:
    """Mention m_id -> its chain: CROSS_DOC_COREF's instance (its `note`), or this document's
    INTRA_DOC_COREF relation."""
    chains: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in relations if relations is not None else ():
        if relation.tag == "CROSS_DOC_COREF":
            chain = relation.get("note") or f"{document}#{relation.get('r_id', '')}"
        elif relation.tag == "INTRA_DOC_COREF":
            chain = f"{document}#{relation.get('r_id', '')}"
        else:
            continue
        for source in relation.findall("source"):
            chains[source.get("m_id", "")] = chain
    return chains


def load_ecbplus(corpus_dir: Path, limit: int | None = None) -> list[EcbDocument]:
    """Documents with at least one listed sentence, by topic number then file name."""
    index_path = corpus_dir / SENTENCE_INDEX
    if not index_path.is_file():
        raise EvalError(f"{index_path} not found", fix="the ECB+ folder needs its sentence CSV")
    listed = read_sentence_index(index_path)
    paths = []
    for path in (corpus_dir / "ECB+").glob("*/*.xml*"):
        match = FILE_NAME.match(path.name)
        if match and (match.group(1), match.group(2)) in listed:
            paths.append((int(match.group(1)), _file_key(match.group(2)), path, match))
    paths.sort(key=lambda item: (item[0], item[1]))
    documents = []
    for _, _, path, match in paths[:limit]:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        scored = listed[(match.group(1), match.group(2))]
        documents.append(parse_ecb_xml(raw, scored, topic=match.group(1)))
    return documents


def _file_key(stem: str) -> tuple[int, str]:
    number = re.match(r"\d+", stem)
    return (int(number.group()) if number else 0, stem)
