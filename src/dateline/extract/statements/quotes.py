"""Quotation marks in an article (step 1 of the cascade in `__init__`): every common style,
paragraphs that continue a quote, and titles in quotes, which are no statement."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.lexicons.cues import (
    TITLE_NOUNS,
)

if TYPE_CHECKING:
    pass


DOUBLE_OPENERS = frozenset('“„«"')
SINGLE_OPENERS = frozenset("‘'‹")
_OPEN_CONTEXT = frozenset(" \t\n\u00a0([{—–-/:;,\u2015")  # a mark after these can open a quote
_CLOSE_FOLLOW = frozenset(" \t\n\u00a0)]}.,;:!?—–-\u2015…")  # a mark before these can close one
_ELISIONS = ("em ", "til ", "cause ", "n ", "s ")  # 'em, 'til: a straight single mark, not a quote


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: one part per paragraph it runs over, each part with its marks included."""

    parts: tuple[tuple[int, int], ...]
    style: str  # "double", "single", "guillemet"

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end), trailing whitespace excluded."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.rstrip()
        if stripped.strip():
            spans.append((match.start(), match.start() + len(stripped)))
    return spans


def _mark_role(text: str, i: int, width: int, lo: int, hi: int) -> str | None:
    """'open', 'close' or None for the quote mark text[i:i+width] in the paragraph [lo, hi)."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + width] if i + width < hi else " "
    mark = text[i : i + width]
    can_open = (prev in _OPEN_CONTEXT or prev in DOUBLE_OPENERS or prev in "‘”") and not (
        nxt.isspace()
    )
    can_close = not prev.isspace() and (
        nxt in _CLOSE_FOLLOW or nxt in "”’\"'" or nxt.isspace() or i + width >= hi
    )
    if mark in ("“", "„", "«", "‘", "‹", "``"):
        return "open" if not (can_close and not can_open) else "close"
    if mark in ("»", "›"):
        return "close" if can_close else None
    if mark == "”":  # also opens in some feeds: ”Fear is what I feel,” she wrote
        return "close" if can_close or not can_open else "open"
    if mark in ('"', "''"):
        # a quote inside a quote ending or starting with it, set off by a space as wire copy
        # writes it: "... saying, 'Vote for her,' " Sanders said. / " 'Vote for her,' he said"
        if (
            prev == " "
            and i - 2 >= lo
            and text[i - 2] in "'’"
            and (nxt in _CLOSE_FOLLOW or i + width >= hi)
        ):
            return "close"
        if (
            nxt == " "
            and text[i + width + 1 : i + width + 2] in ("'", "‘")
            and prev in _OPEN_CONTEXT
        ):
            return "open"
        if can_open and not can_close:
            return "open"
        if can_close and not can_open:
            return "close"
        return None
    if mark in ("’", "'"):
        if prev.isalnum() and nxt.isalnum():
            return None  # don’t, O'Brien
        if can_open and not can_close:
            if text[i + 1 : i + 5].lower().startswith(_ELISIONS) or nxt.isdigit():
                return None  # 'em, ’90s
            return "open"
        if can_close and not can_open:
            return "close"
    return None


_DOUBLE_MARKS = re.compile(r"``|''|[“”„\"«»]")
_SINGLE_MARKS = re.compile(r"[‘’'‹›]")


def _family_quotes(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    pattern: re.Pattern[str],
    style: str,
    blocked: Sequence[tuple[int, int]] = (),
) -> list[Quote]:
    """Pair the marks of one family paragraph by paragraph; an unclosed mark is continued by an
    opening mark at the start of the next paragraph, or else dropped."""
    quotes: list[Quote] = []
    carried: list[tuple[int, int]] = []  # parts of a quote running over paragraphs
    for index, (lo, hi) in enumerate(paragraphs):
        open_at: int | None = None
        first_mark = True
        candidates: list[int] = []  # close candidates for single quotes (apostrophes are ambiguous)
        for match in pattern.finditer(text, lo, hi):
            i = match.start()
            if any(b_lo <= i < b_hi for b_lo, b_hi in blocked):
                continue
            role = _mark_role(text, i, match.end() - i, lo, hi)
            if carried and first_mark and open_at is None:
                if role == "open" and not text[lo:i].strip():
                    open_at = i
                    first_mark = False
                    continue
                carried = []
            first_mark = False
            if role == "open":
                if open_at is None:
                    open_at = i
                elif style == "single" and candidates:
                    quotes.append(_close(carried, open_at, candidates, text, style))
                    carried, candidates, open_at = [], [], i
                else:
                    carried, candidates, open_at = [], [], i  # unbalanced: the later mark wins
            elif role == "close" and open_at is not None:
                if style == "single":
                    candidates.append(match.end())
                    continue
                quotes.append(Quote((*carried, (open_at, match.end())), style))
                carried, open_at = [], None
        if style == "single" and open_at is not None and candidates:
            quotes.append(_close(carried, open_at, candidates, text, style))
            carried, candidates, open_at = [], [], None
        if open_at is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            opens_next = (
                nxt is not None
                and pattern.match(text, nxt[0]) is not None
                and (
                    _mark_role(text, nxt[0], pattern.match(text, nxt[0]).end() - nxt[0], *nxt)  # type: ignore[union-attr]
                    == "open"
                )
            )
            carried = [*carried, (open_at, hi)] if opens_next else []
        else:
            carried = []
    return [q for q in quotes if any(ch.isalnum() for a, b in q.parts for ch in text[a:b])]


def _close(
    carried: list[tuple[int, int]], open_at: int, candidates: list[int], text: str, style: str
) -> Quote:
    """Choose the closing single mark: the first one after punctuation or before it, else the
    last one (a plural possessive "voters’" is the usual false candidate)."""
    for end in candidates:
        before, after = text[end - 2 : end - 1], text[end : end + 1]
        if before in ",.!?;:" or (after in ",.;:!?)" and after != ""):
            return Quote((*carried, (open_at, end)), style)
    return Quote((*carried, (open_at, candidates[-1])), style)


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quotation in `text`, in order: double marks (straight, curly, low-9, guillemets,
    ``TeX'' and ''doubled''), then single marks outside them. Unbalanced marks yield nothing."""
    paragraphs = _paragraphs(text)
    doubles = _family_quotes(text, paragraphs, _DOUBLE_MARKS, "double")
    blocked = [part for quote in doubles for part in quote.parts]
    singles = _family_quotes(text, paragraphs, _SINGLE_MARKS, "single", blocked)
    singles = [q for q in singles if not any(_inside(q.start, b) for b in blocked)]
    return tuple(sorted((*doubles, *singles), key=lambda q: q.start))


def _inside(position: int, span: tuple[int, int]) -> bool:
    return span[0] <= position < span[1]


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


# Forms of "be" and "have" before a quote: it is a predicate, however a title noun precedes them.
PREDICATE_VERBS = frozenset("is was are were be been being has had have".split())


def is_title_quote(text: str, quote: Quote) -> bool:
    """A quote that names a work, a resolution or a campaign rather than reporting speech:
    announced by a title noun ("the film “...”", "“...” campaign") or written in title case."""
    if len(quote.parts) > 1:
        return False
    start, end = quote.start, quote.end
    inner = text[start + 1 : end - 1].strip(" '\"“”‘’«»")
    preceding = text[max(0, start - 40) : start]
    # a title noun names the quote only within its sentence: not "... Political Report. “...”"
    before = [] if preceding.rstrip()[-1:] in (".", "!", "?") else _WORD.findall(preceding)[-2:]
    if before and before[-1].lower() in PREDICATE_VERBS:
        before = []  # "the report was “baseless and biased.”": what it was said to be
    # an exclamation may be a title's own ("the “Justice for Khojaly!” campaign")
    after = (
        [] if inner.rstrip()[-1:] in (".", "?", ",") else _WORD.findall(text[end : end + 30])[:1]
    )
    if any(word.lower() in TITLE_NOUNS for word in (*before, *after)):
        return True
    words = _WORD.findall(inner)
    own_line = text[:start].rstrip(" ")[-1:] in ("\n", "") and text[end:].lstrip(" ")[:1] in (
        "\n",
        "",
    )
    if own_line:
        inner = inner.rstrip(".")  # a section heading: "\n\n'Legend in the Coal Fields.'\n\n"
    if not words or len(words) > 14 or inner.rstrip()[-1:] in ".,?!;:":
        return False
    long_words = [w for w in words if len(w) > 3]
    capitalised = [w for w in long_words if w[0].isupper()]
    return len(words) >= 2 and len(long_words) >= 2 and len(capitalised) == len(long_words)
