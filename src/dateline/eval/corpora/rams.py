"""RAMS 1.0 loader: JSON Lines, one event trigger per 5-sentence window, with its argument links.

Token indices are inclusive and count across the window's sentences; the text is rebuilt with
tokens joined by one space and sentences by a newline, so every link gets a char `Span`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import EvalError
from dateline.records import Span

ROLE_PREFIX = re.compile(r"^evt\d+arg\d+")  # "evt089arg01victim" -> "victim"


@dataclass(frozen=True, slots=True)
class RamsArgument:
    span: Span
    role: str  # victim, place, attacker, ...


@dataclass(frozen=True, slots=True)
class RamsExample:
    id: str  # doc_key
    url: str | None
    text: str
    trigger: Span
    event_type: str  # three-level ontology type, e.g. "life.die.n/a"
    arguments: tuple[RamsArgument, ...]


def role_name(link_role: str) -> str:
    return ROLE_PREFIX.sub("", link_role)


def parse_rams_line(line: str) -> RamsExample:
    try:
        record = json.loads(line)
        sentences: list[list[str]] = record["sentences"]
        (trigger_start, trigger_end, trigger_types), *rest = record["evt_triggers"]
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise EvalError(f"RAMS line is not a RAMS example ({type(exc).__name__}: {exc})") from exc
    if rest:
        raise EvalError(f"{record.get('doc_key')}: more than one trigger in a RAMS example")
    pieces: list[str] = []
    token_spans: list[Span] = []
    offset = 0
    for sentence_number, sentence in enumerate(sentences):
        for token_number, token in enumerate(sentence):
            if sentence_number or token_number:
                pieces.append(" " if token_number else "\n")
                offset += 1
            token_spans.append(Span(offset, offset + len(token)))
            pieces.append(token)
            offset += len(token)

    def span(start: int, end: int) -> Span:
        if not 0 <= start <= end < len(token_spans):
            raise EvalError(f"{record['doc_key']}: token range [{start}, {end}] out of bounds")
        return Span(token_spans[start].start, token_spans[end].end)

    trigger = span(trigger_start, trigger_end)
    arguments = []
    for link_trigger, (arg_start, arg_end), role in record.get("gold_evt_links", []):
        if tuple(link_trigger) != (trigger_start, trigger_end):
            raise EvalError(f"{record['doc_key']}: a link points at another trigger")
        arguments.append(RamsArgument(span(arg_start, arg_end), role_name(role)))
    return RamsExample(
        record["doc_key"],
        record.get("source_url"),
        "".join(pieces),
        trigger,
        trigger_types[0][0],
        tuple(arguments),
    )


def load_rams(corpus_dir: Path, split: str = "dev", limit: int | None = None) -> list[RamsExample]:
    """Examples of `<split>.jsonlines`, in file order."""
    path = corpus_dir / f"{split}.jsonlines"
    if not path.is_file():
        raise EvalError(f"{path} not found", fix="pass --data DIR laid out like ../shared/data")
    examples: list[RamsExample] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(examples) >= limit:
                break
            if line.strip():
                examples.append(parse_rams_line(line))
    return examples
