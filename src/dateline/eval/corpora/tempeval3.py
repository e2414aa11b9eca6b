"""TempEval-3 loader (TBAQ-cleaned: TimeBank and AQUAINT): inline TimeML `.tml` to char offsets.

The document text is the content of `<TEXT>` with its tags removed; each `<TIMEX3>` inside it
becomes a span into that text. The DCT (`<DCT><TIMEX3 functionInDocument="CREATION_TIME">`) is
the anchor for relative values and, as in the official scorer, is not itself a timex to find.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import EvalError
from dateline.records import Span

CORPUS = "tempeval3"
PARTS = ("TimeBank", "AQUAINT")


@dataclass(frozen=True, slots=True)
class TimeMLTimex:
    tid: str
    span: Span
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str | None = None
    anchor_time_id: str | None = None
    temporal_function: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    doc_id: str
    part: str  # TimeBank or AQUAINT
    text: str
    dct: str  # the creation time's TIMEX3 value, e.g. "1998-01-08" or "1998-08-07T06:18:00"
    timexes: tuple[TimeMLTimex, ...]


def load_tempeval3(data_dir: Path, part: str, *, limit: int | None = None) -> list[TimeMLDocument]:
    """Documents of `data_dir/tempeval3/TBAQ-cleaned/<part>/*.tml`, sorted by file name."""
    if part not in PARTS:
        raise EvalError(f"unknown TempEval-3 part {part!r}", fix=f"use one of {PARTS}")
    root = data_dir / CORPUS / "TBAQ-cleaned" / part
    paths = sorted(root.glob("*.tml"))
    if not paths:
        raise EvalError(
            f"no TimeML files under {root}", fix="pass --data DIR laid out like ../shared/data"
        )
    return [
        parse_timeml(path.read_text(encoding="utf-8"), part=part, source=str(path))
        for path in paths[:limit]
    ]


def parse_timeml(xml: str, *, part: str = "", source: str = "<string>") -> TimeMLDocument:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise EvalError(f"{source}: not well-formed TimeML ({exc})") from exc
    text_element = root.find("TEXT")
    if text_element is None:
        raise EvalError(f"{source}: no <TEXT> element")
    dct_timex = root.find("DCT/TIMEX3")
    if dct_timex is None or not dct_timex.get("value"):
        raise EvalError(f"{source}: no <DCT><TIMEX3 value=...> creation time")
    doc_id_element = root.find("DOCID")
    doc_id = (doc_id_element.text or "").strip() if doc_id_element is not None else ""

    parts: list[str] = []
    timexes: list[TimeMLTimex] = []

    def walk(element: ET.Element, length: int) -> int:
        """Append the element's text and children to `parts`; return the new text length."""
        start = length
        if element.text:
            parts.append(element.text)
            length += len(element.text)
        for child in element:
            length = walk(child, length)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if element.tag == "TIMEX3":
            timexes.append(
                TimeMLTimex(
                    tid=element.get("tid", ""),
                    span=Span(start, length),
                    type=element.get("type", ""),
                    value=element.get("value", ""),
                    mod=element.get("mod") or None,
                    anchor_time_id=element.get("anchorTimeID") or None,
                    temporal_function=element.get("temporalFunction") or None,
                )
            )
        return length

    walk(text_element, 0)
    return TimeMLDocument(
        doc_id=doc_id or Path(source).stem,
        part=part,
        text="".join(parts),
        dct=dct_timex.get("value", ""),
        timexes=tuple(sorted(timexes, key=lambda t: (t.span.start, t.span.end))),
    )
