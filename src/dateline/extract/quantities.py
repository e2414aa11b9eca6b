"""The quantity stage: numbers with what they count or their unit, the event they measure, and
the statement that claims them ("63 children" killed, per "Other speakers").

Cascade:
1. spaCy's CARDINAL/QUANTITY/MONEY/PERCENT spans, minus numbers that are part of a date;
2. the value (digits, number words, scales: "12 million" → 12000000), how a word before it
   bounds it ("at least 20": EQUAL_OR_MORE), and the unit or the counted noun the number
   modifies;
3. the event above the counted noun in the parse, and the innermost statement holding it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.lexicons.quantities import (
    CURRENCY_SYMBOLS,
    NUMBER_MODIFIERS,
    NUMBER_WORDS,
    QUANTITY_LABELS,
    SCALES,
    UNITS,
)
from dateline.nlp import Parsed
from dateline.records import Article, Quantity, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$")
MAX_HEAD_STEPS = 4
BOUNDING_MODS = frozenset(mod for mod in NUMBER_MODIFIERS.values() if mod is not None)
# "no more than" is tried before "more than"
MODIFIERS_LONGEST_FIRST = sorted(NUMBER_MODIFIERS, key=len, reverse=True)


def parse_number(words: list[str]) -> float | None:
    """ "63" → 63; "12 million" → 12e6; "two thousand" → 2000; "1,250.5" → 1250.5; else None."""
    total, current, seen = 0.0, 0.0, False
    for raw in words:
        word = raw.lower().strip().rstrip("%")
        for symbol in CURRENCY_SYMBOLS:
            word = word.replace(symbol, "")
        if not word or word in ("and", "-"):
            continue
        if NUMBER.match(word):
            current += float(word.replace(",", ""))
            seen = True
        elif word in SCALES and seen:  # before the words: "a dozen" is 12, not 1 + 12
            scale = SCALES[word]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
            seen = True
        elif "-" in word and all(part in NUMBER_WORDS for part in word.split("-")):
            current += sum(NUMBER_WORDS[part] for part in word.split("-"))  # "forty-four"
            seen = True
        else:
            return None if not seen else total + current
    return total + current if seen else None


def split_modifier(words: list[str]) -> tuple[str | None, list[str]]:
    """ "at least 20" → ("EQUAL_OR_MORE", ["20"]); "only 0.2" → (None, ["0.2"]); the longest
    modifier wins ("no more than" before "more than")."""
    mod: str | None = None
    stripped = True
    while stripped:  # "only about 20": each word in turn; the bound is the last one's
        stripped = False
        lowered = [w.lower() for w in words]
        for phrase in MODIFIERS_LONGEST_FIRST:
            if len(phrase) < len(words) and tuple(lowered[: len(phrase)]) == phrase:
                mod = NUMBER_MODIFIERS[phrase] or mod
                words, stripped = words[len(phrase) :], True
                break
    return mod, words


def _with_modifier_before(ent: SpacySpan) -> tuple[SpacySpan, str | None]:
    """ "up to 40 migrants", where the tagger left "up to" out of the number: the span grows
    to take it in, and the modifier bounds the number."""
    doc = ent.doc
    for phrase in MODIFIERS_LONGEST_FIRST:
        start = ent.start - len(phrase)
        if start >= 0 and tuple(t.lower_ for t in doc[start : ent.start]) == phrase:
            return doc[start : ent.end], NUMBER_MODIFIERS[phrase]
    return ent, None


def _is_modifier_word(token: Token) -> bool:
    return any(token.lower_ in phrase for phrase in NUMBER_MODIFIERS)


def _unit_of(span: SpacySpan) -> str | None:
    for token in span:
        if token.text in CURRENCY_SYMBOLS:
            return CURRENCY_SYMBOLS[token.text]
        if token.text == "%" or token.lower_ in ("percent", "per"):
            return "%"
    return None


def _counted_noun(span: SpacySpan) -> Token | None:
    """The noun the number modifies: "63 children" → children."""
    last = span[-1]
    head = last.head
    if (
        last.dep_ in ("nummod", "quantmod", "compound")
        and head.i >= span.end
        and head.pos_ in ("NOUN", "PROPN")
    ):
        return head
    if head.pos_ == "NOUN" and head.i == span.end:
        return head
    if last.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.i >= span.start for c in last.children):
        return last  # "40 migrants" tagged as one QUANTITY span, the noun inside it
    return None


def extract_quantities(article: Article, parsed: Parsed) -> Article:
    doc = parsed.doc
    offset = parsed.offset
    date_chars = [t.span for t in article.times if t.type in ("DATE", "TIME", "SET")]
    event_of_token: dict[int, str] = {}
    for event in article.events:
        start = doc.char_span(
            event.trigger.start - offset, event.trigger.end - offset, alignment_mode="expand"
        )
        if start is not None:
            event_of_token.update({i: event.id for i in range(start.start, start.end)})
    quantities: list[Quantity] = []
    for ent in doc.ents:
        if ent.label_ not in QUANTITY_LABELS:
            continue
        number = parsed.span(ent.start_char, ent.end_char)
        if any(d.overlaps(number) for d in date_chars):
            continue  # "February 25-26, 1992": the numbers belong to a date
        mod, words = split_modifier([t.text for t in ent])
        if mod is None and words == [t.text for t in ent]:
            ent, mod = _with_modifier_before(ent)
        value = parse_number(words)
        if value is None and all(_is_modifier_word(t) for t in ent):
            continue  # "Up to" tagged as a number of its own, apart from "40 migrants"
        unit = _unit_of(ent)
        noun = _counted_noun(ent)
        counted: Span | None = None
        end_char = ent.end_char
        if noun is not None:
            lemma = noun.lemma_.lower()
            if lemma in UNITS and unit is None:
                unit = UNITS[lemma]
            elif unit is None or unit in ("USD", "EUR", "GBP"):
                counted = parsed.span(noun.idx, noun.idx + len(noun.text))
            end_char = max(end_char, noun.idx + len(noun.text))
        elif unit is None:
            for token in ent:
                if token.lemma_.lower() in UNITS:
                    unit = UNITS[token.lemma_.lower()]
        span = parsed.span(ent.start_char, end_char)
        quantities.append(
            Quantity(
                id=f"q{len(quantities) + 1}",
                span=span,
                value=value,
                unit=unit,
                counted=counted,
                event_id=_event_above(noun or ent.root, event_of_token),
                statement_id=_statement_holding(article, span),
                mod=mod,
            )
        )
    quantities += _durations(article, parsed, event_of_token, start_id=len(quantities) + 1)
    quantities.sort(key=lambda q: q.span.start)
    return replace(
        article, quantities=tuple(replace(q, id=f"q{n}") for n, q in enumerate(quantities, start=1))
    )


DURATION_VALUE = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second"}


def _durations(
    article: Article, parsed: Parsed, event_of_token: dict[int, str], start_id: int
) -> list[Quantity]:
    """ "31 years", "44 days": counted durations from the time layer (P31Y, P44D)."""
    found: list[Quantity] = []
    for time in article.times:
        match = DURATION_VALUE.match(time.value) if time.type == "DURATION" else None
        surface = article.surface(time.span)
        if match is None or not re.search(r"\d", surface):
            continue
        unit = "minute" if match[1] and match[3] == "M" else DURATION_UNITS[match[3]]
        span = parsed.doc.char_span(
            time.span.start - parsed.offset, time.span.end - parsed.offset, alignment_mode="expand"
        )
        event = _event_above(span.root, event_of_token) if span is not None else None
        found.append(
            Quantity(
                id=f"q{start_id + len(found)}",
                span=time.span,
                value=float(match[2]),
                unit=unit,
                event_id=event,
                statement_id=_statement_holding(article, time.span),
                mod=time.mod if time.mod in BOUNDING_MODS else None,  # "more than 30 years"
            )
        )
    return found


def _event_above(token: Token, event_of_token: dict[int, str]) -> str | None:
    """The event the figure measures: the first event above it in the parse, within its own
    clause. "100 people have died and about 50 are missing": the 50 are no deaths, so the
    climb stops at the figure's own verb when that verb is no event."""
    start = token.i
    for _ in range(MAX_HEAD_STEPS):
        if token.i in event_of_token:
            return event_of_token[token.i]
        own_verb = token.i != start and token.pos_ in ("VERB", "AUX") and token.dep_ != "aux"
        if own_verb and token.dep_ not in ("relcl", "acl"):
            return None  # "a bombing that left 12 dead": a relative clause tells of its noun
        if token.head.i == token.i:
            return None
        token = token.head
    return event_of_token.get(token.i)


def _statement_holding(article: Article, span: Span) -> str | None:
    holding = [
        (sum(c.end - c.start for c in s.content), s.id)
        for s in article.statements
        if any(c.contains(span) for c in s.content)
    ]
    return min(holding)[1] if holding else None
