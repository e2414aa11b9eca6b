"""Giveme5W1H gold standard loader: the main event of an article as who/what/when/where/why/how.

Gold answers are bare phrases (no offsets), each with `coderPhraseCount`, the number of the three
coders who chose it; an entry with a count but no text means the coders agreed there is no answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import EvalError

QUESTIONS = ("who", "what", "when", "where", "why", "how")
CODERS = 3  # coderPhraseCount is out of three coders


@dataclass(frozen=True, slots=True)
class GoldPhrase:
    text: str
    coders: int  # how many of the three coders chose it

    @property
    def agreement(self) -> float:
        return self.coders / CODERS


@dataclass(frozen=True, slots=True)
class FiveW1HDocument:
    id: str
    title: str
    description: str
    body: str
    published: str | None  # news-please's date_publish, not human-verified
    url: str | None
    answers: dict[str, tuple[GoldPhrase, ...]]  # question -> phrases with text
    no_answer: frozenset[str]  # questions the coders agreed have no answer
    story: str | None = None  # the event cluster the article belongs to ("tram", "f1", ...)

    @property
    def text(self) -> str:
        """The article as read: title, lead (description) unless the body repeats it, body."""
        parts = [self.title.strip()]
        description = self.description.strip()
        if description and not self.body.lstrip().startswith(description[:60]):
            parts.append(description)
        parts.append(self.body.strip())
        return "\n\n".join(part for part in parts if part)


def parse_document(record: dict[str, object], *, name: str = "<json>") -> FiveW1HDocument:
    try:
        five = record["fiveWoneH"]
        assert isinstance(five, dict)
        answers: dict[str, tuple[GoldPhrase, ...]] = {}
        no_answer: set[str] = set()
        for question in QUESTIONS:
            entries = five.get(question, {}).get("annotated", [])
            phrases = tuple(
                GoldPhrase(str(entry["text"]), int(entry.get("coderPhraseCount", 0)))
                for entry in entries
                if str(entry.get("text") or "").strip()
            )
            answers[question] = phrases
            if not phrases and any("coderPhraseCount" in entry for entry in entries):
                no_answer.add(question)
        return FiveW1HDocument(
            id=str(record.get("dId") or record.get("filename") or name),
            title=str(record.get("title") or ""),
            description=str(record.get("description") or ""),
            body=str(record["text"]),
            published=_optional(record.get("date_publish")),
            url=_optional(record.get("url")),
            answers=answers,
            no_answer=frozenset(no_answer),
            story=_optional(record.get("category")),
        )
    except (KeyError, TypeError, ValueError, AssertionError, AttributeError) as exc:
        raise EvalError(f"{name}: not a Giveme5W1H gold document ({type(exc).__name__})") from exc


def load_giveme5w1h(
    corpus_dir: Path, limit: int | None = None, *, include_damaged: bool = False
) -> list[FiveW1HDocument]:
    """Documents of `data/` sorted by file name (and `data_damaged/` after them when asked).

    The damaged documents are only damaged for CoreNLP (its trees do not match its tokens);
    upstream leaves them out of both splits, and so does this loader by default.
    """
    folders = ["data", "data_damaged"] if include_damaged else ["data"]
    paths = [path for folder in folders for path in sorted((corpus_dir / folder).glob("*.json"))]
    if not paths:
        raise EvalError(f"no Giveme5W1H documents under {corpus_dir / 'data'}")
    documents = []
    for path in paths[:limit]:
        with path.open(encoding="utf-8") as handle:
            documents.append(parse_document(json.load(handle), name=path.name))
    return documents


def _optional(value: object) -> str | None:
    return str(value) if value else None
