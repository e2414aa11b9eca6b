"""Time expressions: every TIMEX3 in the body, found by named rules and normalised against the DCT.

The cascade, each step a small pure function:
 1. `recognise` runs the named regex rules (built from `lexicons.time_words`) over the text and
    keeps the leftmost-longest licensed matches: the TIMEX3 extents as TempEval-3 marks them.
 2. `normalise` reads one match into a TIMEX3 type, value and mod, resolving relative expressions
    against the document creation time (DCT) or the last mentioned time, in the direction the
    governing verb's tense gives ("on February 23" in a past-tense report is the preceding one).
 3. `tag_times` runs both over a text, keeps the last mentioned time, and adds the values the text
    licenses by derivation ("the 31st anniversary of X", "31 years have passed since X").
 4. `extract_times` is the pipeline stage: tense from the spaCy parse, offsets into the article.

Without a DCT, relative values keep `X` parts ("XXXX-02-23"): precision is never invented.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from datetime import time as dt_time
from typing import TYPE_CHECKING

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from dateline.lexicons import time_words as words
from dateline.records import Article, Span, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.nlp import Parsed
    from dateline.records import Published

# --------------------------------------------------------------------------------------------
# The TIMEX3 value grammar (TimeML 1.2.1, with TimeBank's unit letters E/C/L for decade, century,
# millennium). Every value this module writes matches TIMEX3_VALUE; tests hold it to that.
# --------------------------------------------------------------------------------------------
_YEAR_V = r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX)"  # a year, a decade (199X), a century (19XX)
_TWO_V = r"(?:\d{2}|XX)"
_DAY_V = rf"{_YEAR_V}-(?:{_TWO_V}-{_TWO_V}|W{_TWO_V}-[1-7X])"
_CLOCK_V = (
    r"T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?|MO|AF|EV|NI|DT)"
    r"(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?"
)
_CALENDAR_V = (
    rf"{_YEAR_V}(?:-{_TWO_V}|-W{_TWO_V}(?:-WE)?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
    r"|\d{3}|\d{2}"  # TimeML's decade (199) and century (19)
)
_NUM_V = r"(?:\d+(?:\.\d+)?|X)"
_DURATION_V = rf"P(?=[\dXT])(?:{_NUM_V}[YQMWDECL]|{_NUM_V}WE)*(?:T(?=[\dX])(?:{_NUM_V}[HMS])+)?"
TIMEX3_VALUE = re.compile(
    rf"(?:{_DAY_V}(?:{_CLOCK_V})?|{_CALENDAR_V}|{_DURATION_V}|PAST_REF|PRESENT_REF|FUTURE_REF)"
)
TIMEX3_TYPES = ("DATE", "TIME", "DURATION", "SET")
TIMEX3_MODS = frozenset(
    {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
     "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}
)  # fmt: skip


def is_timex3_value(value: str) -> bool:
    return TIMEX3_VALUE.fullmatch(value) is not None


# --------------------------------------------------------------------------------------------
# Anchors: the DCT and the last mentioned time, as calendar points with a granularity.
# --------------------------------------------------------------------------------------------
GRANULARITIES = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")


def granularity_rank(granularity: str) -> int:
    """How coarse a granularity is (a weekend ranks as a week; unknown ones as a year)."""
    granularity = "week" if granularity == "weekend" else granularity
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES else 6


@dataclass(frozen=True, slots=True)
class Point:
    """A resolved time: a representative day, how coarse it is, and the value that names it."""

    day: date
    granularity: str
    value: str


@dataclass(frozen=True, slots=True)
class Dct:
    day: date
    clock: str | None = None  # "11:53", when the dateline gives a time
    offset: str | None = None  # "+04:00", when the dateline gives one

    @property
    def point(self) -> Point:
        return Point(self.day, "day", self.day.isoformat())


def dct_from_published(published: Published | None) -> Dct | None:
    """The DCT from the dateline's `Published` value ("2023-02-24T11:53:00+04:00"), or None."""
    if published is None:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", published.value)
    if match is None:
        return None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    clock = f"{match[4]}:{match[5]}" if match[4] and published.precision != "day" else None
    return Dct(day, clock, published.utc_offset if clock else None)


def point_from_value(value: str) -> Point | None:
    """The calendar point a DATE/TIME value names, for use as the last mentioned time."""
    try:
        if m := re.match(r"(\d{4})-(\d{2})-(\d{2})", value):
            return Point(date(int(m[1]), int(m[2]), int(m[3])), "day", value[:10])
        if m := re.match(r"(\d{4})-W(\d{2})(?!-)", value):
            return Point(date.fromisocalendar(int(m[1]), int(m[2]), 1), "week", m[0])
        if m := re.match(r"(\d{4})-(\d{2})$", value):
            return Point(date(int(m[1]), int(m[2]), 1), "month", value)
        if m := re.match(r"(\d{4})-Q([1-4])$", value):
            return Point(date(int(m[1]), 3 * int(m[2]) - 2, 1), "quarter", value)
        if m := re.match(r"(\d{4})-H([12])$", value):
            return Point(date(int(m[1]), 6 * int(m[2]) - 5, 1), "half", value)
        if m := re.match(r"(\d{4})$", value):
            return Point(date(int(m[1]), 1, 1), "year", value)
    except ValueError:
        return None
    return None


def format_at(day: date, granularity: str) -> str:
    """The TIMEX3 value of the period of `granularity` that contains `day`."""
    year = day.year
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if granularity == "weekend":
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
    if granularity == "month":
        return f"{year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity == "decade":
        return f"{year // 10:03d}X"
    if granularity == "century":
        return f"{year // 100:02d}"
    return f"{year:04d}"


UNKNOWN_AT = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "season": "XXXX",
    "year": "XXXX",
    "decade": "XXXX",
    "century": "XXXX",
}

_SHIFT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "season": 3}
_SHIFT_YEARS = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}


def shift(day: date, unit: str, n: int) -> date | None:
    """`day` moved by n units; None when that leaves the calendar."""
    try:
        if unit == "day":
            return day + timedelta(days=n)
        if unit in ("week", "weekend"):
            return day + timedelta(weeks=n)
        if unit in _SHIFT_MONTHS:
            return day + relativedelta(months=n * _SHIFT_MONTHS[unit])
        if unit in _SHIFT_YEARS:
            return day + relativedelta(years=n * _SHIFT_YEARS[unit])
    except (ValueError, OverflowError):
        return None
    return None


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_value(year: int) -> str:
    return f"{year:04d}" if 0 <= year <= 9999 else "XXXX"


# --------------------------------------------------------------------------------------------
# Numbers.
# --------------------------------------------------------------------------------------------
_FRACTION = re.compile(r"(?:\s+and\s+(?:a|one)\s+half|\s+1/2|\s*½|\.5)$")


def parse_number(text: str) -> float | None:
    """Parse a count: "31" -> 31, "twenty-four" -> 24, "2 1/2" -> 2.5, "a" -> 1; vague -> None."""
    lowered = " ".join(text.lower().replace(",", "").split())
    half = 0.0
    if match := _FRACTION.search(lowered):
        if match[0] == ".5" and not lowered[: match.start()].isdigit():
            return None
        half, lowered = 0.5, lowered[: match.start()]
    if lowered in ("", "half a", "a half"):
        return 0.5 if lowered else None
    if lowered in words.ONE_WORDS:
        return 1 + half
    if lowered in words.COUPLE_WORDS:
        return 2 + half
    try:
        return float(lowered) + half
    except ValueError:
        pass
    total, current = 0, 0
    for part in re.split(r"[-\s]+", lowered):
        if part in ("and", "a"):
            continue
        if part in words.NUMBER_WORDS:
            current += words.NUMBER_WORDS[part]
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current + half


def number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# --------------------------------------------------------------------------------------------
# Pattern building blocks (regex structure; the words come from the lexicon).
# --------------------------------------------------------------------------------------------
def _alternation(items: Iterable[str]) -> str:
    escaped = [re.escape(item).replace(r"\ ", r"\s+") for item in items]
    return "(?:" + "|".join(sorted(escaped, key=len, reverse=True)) + ")"


def _month_alternation() -> str:
    """Month names; abbreviations ("Feb", "Sept") may carry their dot, full names never do."""
    names = []
    for name, number in words.MONTHS.items():
        abbreviation = any(
            other != name and other.startswith(name) and n == number
            for other, n in words.MONTHS.items()
        )
        names.append(re.escape(name) + (r"\.?" if abbreviation else ""))
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"


L = r"(?<![\w'’$£€.-])"  # left word boundary (no part of a larger token or amount)
R = r"(?![\w]|-\w|\.\d|['’][a-rt-z])"  # right word boundary (a possessive "'s" may follow)
MONTH = _month_alternation()
WEEKDAY = _alternation(words.WEEKDAY_FULL_NAMES)
DAY_NUMBER = (
    r"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)|"
    + _alternation([w for w, n in words.ORDINALS.items() if n <= 31])
    + ")"
)
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d,]\d|%|\s*(?:percent|per\s+cent))"
_NUMBER_WORD = _alternation([*words.NUMBER_WORDS, *words.NUMBER_SCALES])
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_NUMBER_WORD}(?:(?:-|\s+|\s+and\s+){_NUMBER_WORD})*"
    r"|an?|one|(?:a\s+)?couple\s+of|a\s+couple|a\s+pair\s+of)"
    r"(?:\s+and\s+(?:a|one)\s+half|\s+1/2|½)?"
)
VAGUE = _alternation(words.VAGUE_QUANTITIES)
UNIT_WORD = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)"
    r"|quarters?|fortnights?|millenni(?:um|a|ums)|weekends?)"
)
_SMALL = _alternation([w for w, n in words.NUMBER_WORDS.items() if 1 <= n <= 20])
_TENS = _alternation([w for w, n in words.NUMBER_WORDS.items() if n in range(10, 100, 10)])
# "nineteen ninety-six", "nineteen hundred", "two thousand (and) one"; a bare "nineteen" is not one
SPOKEN_YEAR = (
    rf"(?:nineteen[-\s]+(?:hundred|(?:{_TENS}(?:[-\s]+{_SMALL})?|{_SMALL}))"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_SMALL}))?)"
)
POSITION = (
    r"(?:(?P<pos>early|earlier|late|later|mid|the\s+(?:beginning|middle|end|start|close|dawn)"
    r"\s+of(?:\s+the)?|the\s+(?:early|small|wee)\s+hours\s+of|the\s+(?:early|mid|late))"
    r"(?:-|\s+))?"
)
MODS = _alternation(words.MOD_PREFIXES)
PREPOSITION_MODS = frozenset({"over", "under"})  # "over the past two years" dates, not bounds
PART_OF_DAY = _alternation(words.PARTS_OF_DAY)
HOLIDAY = _alternation([*words.FIXED_HOLIDAYS, *words.WEEKDAY_HOLIDAYS, *words.EASTER_HOLIDAYS])
ORDINAL_WORD = _alternation(words.ORDINALS)
ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_WORD})"
_ZONE_CORE = r"(?:UTC|GMT|Z)(?:\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)?"
ZONE = (
    rf"(?P<zone>\(\s*{_ZONE_CORE}\s*\)|{_ZONE_CORE}"
    r"|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|MSK)"
)
CLOCK = (
    r"(?:(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?(?::(?P<s>[0-5]\d))?\s*"
    r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[ap]\.m(?!\w))"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::(?P<s2>[0-5]\d))?(?![\d:])"
    r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s*(?:hours|hrs|GMT|UTC)\b)(?:\s*(?:hours|hrs))?"
    r"|(?P<named>noon|midday|midnight)"
    r"|(?P<h4>[01]?\d|2[0-4])\s+o'clock"
    r"|(?P<h5>1[0-2]|0?[1-9])(?:\s+o'clock)?\s+in\s+the\s+(?P<half>morning|afternoon|evening))"
)
DEICTIC_DAY = r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)"  # noqa: E501
MONTH_DAY = (
    rf"(?:{MONTH}\s+{DAY_NUMBER}(?:,?\s+{YEAR})?|{DAY_NUMBER}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?)"  # noqa: E501
)

# A zone named without an offset Dateline could state: "9pm local time on Saturday", "9 p.m.
# ET Saturday". It stays in the extent so the day after it anchors the clock; no offset is added.
UNSTATED_ZONE = r"(?:local\s+time|ET|CT|MT|PT)\b"
NIGHT_OF = r"(?:(?P<pod_of>the\s+(?:night|morning|afternoon|evening)\s+of)\s+)?"
# The day a clock time is on, when the extent names it ("10 p.m. Wednesday").
DAY_AFTER_CLOCK = rf"(?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY}|{DEICTIC_DAY}|{MONTH_DAY}))?"


# --------------------------------------------------------------------------------------------
# Normalisation context and output.
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Context:
    """What a relative expression is resolved against: the DCT, the last mentioned time, and the
    tense direction at the expression (-1 past, 0 present/unknown, +1 future), computed lazily."""

    dct: Dct | None
    ref: Point | None = None
    tense: Callable[[], int] = lambda: 0


@dataclass(frozen=True, slots=True)
class Piece:
    """One normalised TIMEX3 within a match; offsets relative to the match text."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchored_to: str | None = None  # "dct", "ref", or "piece:N" (another piece of this match)
    derived_by: str | None = None
    anchor_piece: int | None = None  # anchorTimeID as the index of another piece of the match


@dataclass(frozen=True, slots=True)
class Timex:
    """A tagged expression with offsets into the tagged text (before ids are given)."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None
    rule: str
    anchored_to: str | None = None  # "dct" or "t:N" (index of another Timex)
    derived_by: str | None = None
    anchor: int | None = None  # index of the Timex this one's anchorTimeID points at


Reader = Callable[[re.Match[str], Context], list[Piece] | None]
Licence = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader
    licensed: Licence | None = None
    triggers: tuple[str, ...] = ()  # lower-case substrings; the rule runs only if one is present


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def _whole(match: re.Match[str], type_: str, value: str, **kw: object) -> list[Piece]:
    start, end = match.span("x") if match.groupdict().get("x") is not None else match.span()
    base = match.start()
    return [Piece(start - base, end - base, type_, value, **kw)]  # type: ignore[arg-type]


def _position_mod(match: re.Match[str]) -> str | None:
    pos = (match.groupdict().get("pos") or "").lower()
    if not pos:
        return None
    for word, mod in words.POSITION_MODS.items():
        if pos.startswith(word) or pos.replace("the ", "").startswith(word):
            return mod
    return None


def _lead_mod(match: re.Match[str]) -> str | None:
    mod = match.groupdict().get("mod")
    return words.MOD_PREFIXES.get(" ".join(mod.lower().split())) if mod else None


def _base_point(ctx: Context, use_ref: bool) -> tuple[Point | None, str | None]:
    """The anchor to resolve against: the last mentioned time when asked and known, else DCT."""
    if use_ref and ctx.ref is not None:
        return ctx.ref, "ref"
    if ctx.dct is not None:
        return ctx.dct.point, "dct"
    return None, None


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def _month_number(text: str) -> int | None:
    return words.MONTHS.get(text.lower().rstrip(".").strip())


def _month_licensed(text: str) -> bool:
    key = text.lower().rstrip(".")
    return key not in words.AMBIGUOUS_MONTHS or _is_capitalised(text)


# --------------------------------------------------------------------------------------------
# Resolution of partial dates in the tense's direction.
# --------------------------------------------------------------------------------------------
# How far past the anchor a past-tense date may still fall in the anchor's year (and before it, a
# future-tense one): a week absorbs a dateline stamped a few days late or a time-zone day. Measured
# on TimeBank/AQUAINT/MEANTIME: 0 days 0.793 value F1, 7 days 0.794, 30 days 0.798; past-tense
# "February 23" must mean the preceding one, so the window stays short.
TENSE_TOLERANCE_DAYS = 7


def resolve_year_of(month: int, day: int | None, anchor: date, direction: int) -> int:
    """The year of "February 23" (or "February") seen from `anchor`: the preceding one in a past
    context, the following one in a future context, the anchor's year otherwise."""
    year = anchor.year
    candidates = []
    for candidate_year in (year - 1, year, year + 1):
        if not MINYEAR <= candidate_year <= MAXYEAR:
            continue
        last = calendar.monthrange(candidate_year, month)[1]
        if day is None:  # a whole month: its nearest edge
            first_day, last_day = date(candidate_year, month, 1), date(candidate_year, month, last)
            gap = (
                0
                if first_day <= anchor <= last_day
                else ((first_day - anchor).days if first_day > anchor else (last_day - anchor).days)
            )
        else:
            gap = (date(candidate_year, month, min(day, last)) - anchor).days
        if direction < 0 and gap > TENSE_TOLERANCE_DAYS:
            continue
        if direction > 0 and gap < -TENSE_TOLERANCE_DAYS:
            continue
        candidates.append((abs(gap), candidate_year))
    return min(candidates)[1] if candidates else year


def resolve_weekday(weekday: int, anchor: date, direction: int, relation: str = "") -> date:
    """The date of "Friday" (or "last Friday", "next Friday") seen from `anchor`."""
    back = (anchor.isoweekday() - weekday) % 7  # days back to the latest such weekday (0 = today)
    forward = (weekday - anchor.isoweekday()) % 7
    if relation in ("last", "past", "this past"):
        return anchor - timedelta(days=back or 7)
    if relation in ("next", "coming", "this coming"):
        return anchor + timedelta(days=forward or 7)
    if relation == "this":
        return anchor + timedelta(days=weekday - anchor.isoweekday())
    if direction > 0:
        return anchor + timedelta(days=forward)
    if direction < 0:
        return anchor - timedelta(days=back)
    return anchor - timedelta(days=back) if back <= forward else anchor + timedelta(days=forward)


def _weekday_value(weekday: int, ctx: Context, relation: str = "") -> tuple[str, str | None]:
    base, anchored = _base_point(ctx, use_ref=False)
    if base is None:
        return f"XXXX-WXX-{weekday}", None
    return resolve_weekday(weekday, base.day, ctx.tense(), relation).isoformat(), anchored


def _deictic_value(word: str, ctx: Context) -> tuple[str, str | None, str | None]:
    """(value, part-of-day suffix, anchored_to) for today/yesterday/tomorrow/tonight."""
    word = " ".join(word.lower().split())
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    suffix = "NI" if word == "tonight" else None
    if ctx.dct is None:
        return "XXXX-XX-XX", suffix, None
    return (ctx.dct.day + timedelta(days=offsets[word])).isoformat(), suffix, "dct"


def _month_day_value(
    month: int, day: int, year_text: str | None, ctx: Context
) -> tuple[str, str | None]:
    """Value of a month-day with an optional year; an impossible day keeps only year-month."""
    anchored: str | None = None
    if year_text:
        year: int | None = int(year_text)
    elif ctx.dct is not None:
        year, anchored = resolve_year_of(month, day, ctx.dct.day, ctx.tense()), "dct"
    else:
        year = None
    if not 1 <= day <= 31:
        return (f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"), anchored
    if year is None:
        if safe_date(2000, month, day) is None:  # no year has a February 30
            return f"XXXX-{month:02d}", None
        return f"XXXX-{month:02d}-{day:02d}", None
    if safe_date(year, month, day) is None:
        return f"{year:04d}-{month:02d}", anchored  # "February 30": keep what is real
    return f"{year:04d}-{month:02d}-{day:02d}", anchored


def _day_of(text: str, ctx: Context) -> tuple[str, str | None] | None:
    """The value of a day phrase inside a larger extent ("Wednesday", "Nov. 9", "yesterday")."""
    lowered = " ".join(text.lower().split())
    if lowered in words.WEEKDAYS:
        return _weekday_value(words.WEEKDAYS[lowered], ctx)
    if re.fullmatch(DEICTIC_DAY, lowered):
        value, _suffix, anchored = _deictic_value(lowered, ctx)
        return value, anchored
    match = re.fullmatch(
        rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY_NUMBER})|(?P<d2>{DAY_NUMBER})\s+(?:of\s+)?"
        rf"(?P<m2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?",
        text.strip(),
        re.IGNORECASE,
    )
    if match is None:
        return None
    month = _month_number(match["m1"] or match["m2"])
    day = day_number(match["d1"] or match["d2"])
    assert month is not None
    return _month_day_value(month, day, match["y"], ctx)


# --------------------------------------------------------------------------------------------
# Readers: one per rule, match + context -> pieces.
# --------------------------------------------------------------------------------------------
def read_iso(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    day = safe_date(int(match["y"]), int(match["mo"]), int(match["d"]))
    if day is None:
        return None
    if not match["hh"]:
        return _whole(match, "DATE", day.isoformat())
    value = f"{day.isoformat()}T{match['hh']}:{match['mm']}" + (
        f":{match['ss']}" if match["ss"] else ""
    )
    return _whole(match, "TIME", value + _offset_of(match["tz"]))


def _offset_of(zone: str | None) -> str:
    """TIMEX3 offset for a printed zone: "UTC" -> "Z", "GMT+8" -> "+08:00", "+0400" -> "+04:00"."""
    if not zone:
        return ""
    zone = zone.strip("() \t").upper().replace("−", "-")
    named = {"EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
             "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
             "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "MSK": "+03:00"}  # fmt: skip
    if zone in named:
        return named[zone]
    match = re.fullmatch(r"(?:UTC|GMT|Z)?\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?", zone)
    if match is None:
        return ""
    if not match[1]:
        return "Z"
    hours, minutes = int(match[2]), int(match[3] or 0)
    if hours > 14 or minutes > 59:
        return ""
    if hours == 0 and minutes == 0:
        return "Z"
    return f"{match[1]}{hours:02d}:{minutes:02d}"


def read_numeric_date(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    month, day, year_text = int(match["m"]), int(match["d"]), match["y"]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if len(year_text) == 2:  # two-digit year: the century nearest the DCT, or unknown
        if ctx.dct is None:
            return _whole(match, "DATE", f"XXXX-{month:02d}-{day:02d}")
        century = ctx.dct.day.year // 100 * 100
        year = century + int(year_text)
        if year > ctx.dct.day.year + 20:
            year -= 100
    else:
        year = int(year_text)
    if safe_date(year, month, day) is None:
        return _whole(match, "DATE", f"{year:04d}-{month:02d}")
    return _whole(match, "DATE", f"{year:04d}-{month:02d}-{day:02d}")


def day_number(text: str) -> int:
    """Parse a day of the month: "23", "23rd", "twenty-third" -> 23."""
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else words.ORDINALS.get(text.lower(), 0)


def read_month_day(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "February 23", "23 February 2023", "Feb. 25-26, 1992", "the night of February 25-26".

    A range of days gives two TIMEX3, its start and its end (TimeML has no range value); the end
    borrows month and year from the text and is anchored to the start.
    """
    month = _month_number(match["month"])
    if month is None:
        return None
    day = day_number(match["day"])
    base = match.start()
    mod = _position_mod(match)
    part = match["pod_of"].split()[-2].lower() if match["pod_of"] else ""
    suffix = "T" + pod_code(part) if part else ""
    value, anchored = _month_day_value(month, day, match["year"], ctx)
    kind = "TIME" if suffix and len(value) == 10 else "DATE"
    first_value = value + suffix if kind == "TIME" else value
    day2 = day_number(match["day2"]) if match["day2"] else 0
    if day2 <= day:
        return [Piece(0, match.end() - base, kind, first_value, mod, anchored)]
    end_value, _ = _month_day_value(month, day2, match["year"], ctx)
    if not match["year"] and value[:4] != end_value[:4]:
        end_value = value[:4] + end_value[4:]
    # "February 25" | "26, 1992"  and  "25" | "26 February 1992"
    first = Piece(0, match.end("day") - base, kind, first_value, mod, anchored)
    second = Piece(
        match.start("day2") - base, match.end() - base, "DATE", end_value, None, "piece:0"
    )
    return [first, second]


def read_month(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "March", "March 1996", "last November", "early December", "June last year"."""
    month = _month_number(match["month"])
    if month is None:
        return None
    mod = _position_mod(match)
    relation = " ".join((match["rel"] or "").lower().split())
    year_rel = " ".join((match["yrel"] or "").lower().split())
    if match["year"]:
        return _whole(match, "DATE", f"{int(match['year']):04d}-{month:02d}", mod=mod)
    if match["spoken"]:
        year = parse_spoken_year(match["spoken"])
        if year is None:
            return None
        return _whole(match, "DATE", f"{year:04d}-{month:02d}", mod=mod)
    base, anchored = _base_point(ctx, use_ref=False)
    if base is None:
        return _whole(match, "DATE", f"XXXX-{month:02d}", mod=mod)
    anchor = base.day
    if year_rel:
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[year_rel.split()[0]]
    elif relation in ("last", "this past", "past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif relation in ("next", "this coming", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif relation == "this":
        year = anchor.year
    else:
        year = resolve_year_of(month, None, anchor, ctx.tense())
    return _whole(match, "DATE", f"{year_value(year)}-{month:02d}", mod=mod, anchored_to=anchored)


def parse_spoken_year(text: str) -> int | None:
    """Read "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    lowered = " ".join(text.lower().replace("-", " ").split())
    if lowered.startswith("two thousand"):
        rest = lowered[len("two thousand") :].replace("and", "").strip()
        extra = parse_number(rest) if rest else 0
        return None if extra is None else 2000 + int(extra)
    if lowered.startswith("nineteen"):
        rest = lowered[len("nineteen") :].replace("hundred", "").replace("and", "").strip()
        extra = parse_number(rest) if rest else 0
        return None if extra is None or extra >= 100 else 1900 + int(extra)
    return None


def read_year(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "1994", "fiscal 1989", "mid-1996", "1994 or later", "nineteen ninety-six"."""
    if match["year"]:
        year: int | None = int(match["year"])
    else:
        year = parse_spoken_year(match["spoken"])
    if year is None:
        return None
    mod = _position_mod(match)
    if match["later"]:
        tail = match["later"].split()[-1].lower()
        mod = "ON_OR_AFTER" if tail in ("later", "after") else "ON_OR_BEFORE"
    return _whole(match, "DATE", f"{year:04d}", mod=mod)


def read_decade(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "the 1990s" -> 199X, "the early '80s" -> 198X (START), "the nineties" -> 199X."""
    mod = _position_mod(match)
    if match["decade"]:
        return _whole(match, "DATE", f"{match['decade'][:3]}X", mod=mod)
    tens_text = match["short"] or match["word"]
    if match["short"]:
        tens = int(match["short"][0])
    else:
        tens = words.NUMBER_WORDS[tens_text.lower()[:-3] + "y"] // 10
    if ctx.dct is None:  # "the '90s" without a DCT: the 20th century is the reading of record
        return _whole(match, "DATE", f"19{tens}X", mod=mod)
    century = ctx.dct.day.year // 100
    if century * 100 + tens * 10 > ctx.dct.day.year:
        century -= 1
    return _whole(match, "DATE", f"{century:02d}{tens}X", mod=mod, anchored_to="dct")


def read_century(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "the 20th century" -> 19 (TimeML writes a century as its two leading digits)."""
    ordinal = match["ord"].lower()
    number = words.ORDINALS.get(ordinal)
    if number is None:
        digits = re.sub(r"\D", "", ordinal)
        number = int(digits) if digits else None
    if not number or number > 99:
        return None
    return _whole(match, "DATE", f"{number - 1:02d}", mod=_position_mod(match))


_RELATION_STEP = words.RELATIONS
# Relations resolved against the last mentioned time rather than the DCT.
_REF_RELATIONS = words.REFERENCE_RELATIONS
_UNIT_OF = {
    "week": "week", "month": "month", "year": "year", "weekend": "weekend",
    "decade": "decade", "century": "century", "quarter": "quarter", "half": "half",
    "fiscal year": "year", "day": "day", "period": "quarter",
}  # fmt: skip


def read_relative_unit(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "last week", "this year", "the previous day", "earlier this month", "that year"."""
    relation = " ".join(match["rel"].lower().split())
    unit_text = " ".join(match["unit"].lower().split())
    mod = _position_mod(match)
    if unit_text in words.PARTS_OF_DAY:  # "this morning", "last night", "the next morning"
        step = _RELATION_STEP.get(relation, 0) if relation not in ("this", "that") else 0
        base, anchored = _base_point(ctx, use_ref=relation in _REF_RELATIONS)
        suffix = pod_code(unit_text)
        if base is None or base.granularity != "day":
            return _whole(match, "TIME", f"XXXX-XX-XXT{suffix}", mod=mod)
        day = base.day + timedelta(days=step)
        return _whole(match, "TIME", f"{day.isoformat()}T{suffix}", mod=mod, anchored_to=anchored)
    if unit_text in words.SEASONS:
        return _season(match, ctx, words.SEASONS[unit_text], relation, mod)
    unit = _UNIT_OF.get(unit_text.replace("fiscal ", ""), "year")
    step = _RELATION_STEP.get(relation, 0)
    if relation in ("the past", "past") and unit in ("decade", "century"):
        # "over the past decade": the ten years up to now, not the 1980s
        return _whole(match, "DURATION", "P10Y" if unit == "decade" else "P100Y", mod=mod)
    if unit == "day" and relation in ("this", "the current", "current"):
        return None
    if unit_text == "period" and relation not in ("the latest",):
        return None
    use_ref = relation in _REF_RELATIONS or (
        unit in ("day",) and relation in ("the next", "the last")
    )
    base, anchored = _base_point(ctx, use_ref=use_ref)
    if relation == "the latest" and unit == "quarter":
        step = -1
    elif relation == "the latest":
        step = 0 if unit == "year" else -1
    if base is None:
        return _whole(match, "DATE", UNKNOWN_AT.get(unit, "XXXX"), mod=mod)
    if relation in ("that", "the same") and base.granularity in GRANULARITIES:
        coarser = granularity_rank(base.granularity) <= granularity_rank(unit)
        if not coarser:
            return _whole(match, "DATE", UNKNOWN_AT.get(unit, "XXXX"), mod=mod)
    moved = shift(base.day, unit, step)
    if moved is None:
        return _whole(match, "DATE", UNKNOWN_AT.get(unit, "XXXX"), mod=mod)
    return _whole(match, "DATE", format_at(moved, unit), mod=mod, anchored_to=anchored)


def _season(
    match: re.Match[str], ctx: Context, code: str, relation: str, mod: str | None
) -> list[Piece] | None:
    year_text = match.groupdict().get("year")
    if year_text:
        return _whole(match, "DATE", f"{int(year_text):04d}-{code}", mod=mod)
    base, anchored = _base_point(ctx, use_ref=False)
    if base is None:
        return _whole(match, "DATE", f"XXXX-{code}", mod=mod)
    season_of_month = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
                       8: "SU", 9: "FA", 10: "FA", 11: "FA"}  # fmt: skip
    order = ["WI", "SP", "SU", "FA"]
    now = order.index(season_of_month[base.day.month])
    then = order.index(code)
    year = base.day.year
    step = _RELATION_STEP.get(relation, 0)
    if step < 0 and then >= now:
        year -= 1
    elif step > 0 and then <= now:
        year += 1
    elif step == 0 and not relation:
        direction = ctx.tense()
        if direction < 0 and then > now:
            year -= 1
        elif direction > 0 and then < now:
            year += 1
    return _whole(match, "DATE", f"{year_value(year)}-{code}", mod=mod, anchored_to=anchored)


def read_season(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "last fall", "the winter of 1994", "this summer", "summer"."""
    code = words.SEASONS[match["season"].lower()]
    relation = " ".join((match["rel"] or "").lower().split())
    if match["spoken"]:
        year = parse_spoken_year(match["spoken"])
        if year is None:
            return None
        return _whole(match, "DATE", f"{year:04d}-{code}", mod=_position_mod(match))
    return _season(match, ctx, code, relation, _position_mod(match))


def read_bare_unit(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "the quarter", "the year", "the summer", "the morning": the unit of the last mentioned
    time, else of the DCT. "the year ended June 30" is a year-long DURATION."""
    unit = " ".join(match["unit"].lower().split())
    mod = _position_mod(match)
    after = match.string[match.end() : match.end() + 10].lower()
    if unit == "year" and re.match(r"\s+(?:ended|ending|to\s+date)\b", after):
        return _whole(match, "DURATION", "P1Y", mod=mod)
    base, anchored = _base_point(ctx, use_ref=True)
    if unit in words.PARTS_OF_DAY:
        if base is not None and base.granularity != "day":
            base, anchored = _base_point(ctx, use_ref=False)
        day_value = base.value if base is not None else "XXXX-XX-XX"
        return _whole(match, "TIME", f"{day_value}T{pod_code(unit)}", mod=mod, anchored_to=anchored)
    if unit in words.SEASONS:
        year = year_value(base.day.year) if base is not None else "XXXX"
        return _whole(match, "DATE", f"{year}-{words.SEASONS[unit]}", mod=mod, anchored_to=anchored)
    if base is None:
        return _whole(match, "DATE", UNKNOWN_AT[unit], mod=mod)
    if unit == "quarter" and anchored == "dct":
        day = shift(base.day, "quarter", -1)
        assert day is not None
        return _whole(match, "DATE", format_at(day, unit), mod=mod, anchored_to=anchored)
    if granularity_rank(base.granularity) > granularity_rank(unit):
        if ctx.dct is None:
            return _whole(match, "DATE", UNKNOWN_AT[unit], mod=mod)
        base, anchored = ctx.dct.point, "dct"
    day = base.day
    if unit == "weekend" and day.weekday() < 5 and ctx.tense() < 0:
        # "fans gathered over the weekend", written on a Monday: the weekend just gone
        day = day - timedelta(days=7)
    return _whole(match, "DATE", format_at(day, unit), mod=mod, anchored_to=anchored)


POD_PREFIX = re.compile(r"^(?:early|late|mid)[-\s]?")


def pod_code(text: str) -> str:
    """TIMEX3 part-of-day code of "afternoon", "mid-afternoon", "midafternoon", "late night"."""
    word = text.lower().replace("-", " ").split()[-1] if text.strip() else text
    return words.PARTS_OF_DAY[POD_PREFIX.sub("", word)]


def read_bare_unit_pod(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "mid-afternoon", "early morning": that part of the last mentioned day, or of the DCT."""
    part = match["pre_pod"].lower().replace("-", " ").split()[-1]
    base, anchored = _base_point(ctx, use_ref=True)
    if base is not None and base.granularity != "day":
        base, anchored = _base_point(ctx, use_ref=False)
    day_value = base.value if base is not None else "XXXX-XX-XX"
    return _whole(match, "TIME", f"{day_value}T{pod_code(part)}",
                  mod=_pod_mod(match["pre_pod"]), anchored_to=anchored)  # fmt: skip


def read_year_end(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "year-end", "by year's end": the last day of the DCT's year (looking back: the last)."""
    if ctx.dct is None:
        return _whole(match, "DATE", "XXXX-12-31", mod=_lead_mod(match))
    year = ctx.dct.day.year - (1 if ctx.tense() < 0 and ctx.dct.day.month < 12 else 0)
    return _whole(match, "DATE", f"{year_value(year)}-12-31", mod=_lead_mod(match),
                  anchored_to="dct")  # fmt: skip


def read_weekday(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "Friday", "last Friday", "Friday morning", "early Tuesday", "Tuesday nights" (SET)."""
    weekday = words.WEEKDAYS[match["weekday"].lower()]
    relation = " ".join((match["rel"] or "").lower().split())
    part = (match["pod"] or match["pre_pod"] or "").lower()
    part = part.split("-")[-1].split()[-1] if part else ""
    suffix = "T" + pod_code(part) if part else ""
    if match["plural"] or match["pods"] or relation in ("every", "each"):
        return _whole(match, "SET", f"XXXX-WXX-{weekday}{suffix}")
    value, anchored = _weekday_value(weekday, ctx, relation)
    mod = _position_mod(match)
    if match["pre_pod"]:
        mod = _pod_mod(match["pre_pod"])
    if suffix and "X" not in value[:10]:
        return _whole(match, "TIME", value + suffix, mod=mod, anchored_to=anchored)
    if suffix:
        return _whole(match, "TIME", value + suffix, mod=mod)
    return _whole(match, "DATE", value, mod=mod, anchored_to=anchored)


def _pod_mod(text: str) -> str | None:
    first = text.lower().split("-")[0].split()[0]
    return {"early": "START", "mid": "MID", "late": "END"}.get(first)


def read_deictic(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "today", "yesterday", "late yesterday", "yesterday afternoon", "tonight"."""
    value, suffix, anchored = _deictic_value(match["word"], ctx)
    part = (match["pod"] or match["pre_pod"] or "").lower()
    if part:
        suffix = pod_code(part)
    mod = _position_mod(match)
    if match["pre_pod"]:
        mod = _pod_mod(match["pre_pod"])
    if suffix:
        return _whole(match, "TIME", f"{value}T{suffix}", mod=mod, anchored_to=anchored)
    return _whole(match, "DATE", value, mod=mod, anchored_to=anchored)


def read_clock(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "7:15 p.m.", "10 p.m. Wednesday", "noon Thursday", "18:00 UTC", "5 p.m. EST Nov. 9"."""
    if match["named"]:
        clock = words.NAMED_CLOCK_TIMES[match["named"].lower()]
    else:
        hour_text = match["h"] or match["h2"] or match["h3"] or match["h4"] or match["h5"]
        minute_text = match["mi"] or match["mi2"] or match["mi3"] or "00"
        hour = int(hour_text)
        ampm = (match["ampm"] or "").lower().replace(".", "").replace(" ", "")
        if match["half"]:
            ampm = "am" if match["half"].lower() == "morning" else "pm"
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        seconds = match["s"] or match["s2"]
        clock = f"{hour:02d}:{minute_text}" + (f":{seconds}" if seconds else "")
    mod = _lead_mod(match)
    day_text = match["day"]
    anchored: str | None
    if day_text:
        day_reading = _day_of(day_text, ctx)
        if day_reading is None:
            return None
        day_value, anchored = day_reading
    else:
        base, anchored = _base_point(ctx, use_ref=True)
        if base is not None and base.granularity != "day":
            base, anchored = _base_point(ctx, use_ref=False)
        day_value = base.value if base is not None and base.granularity == "day" else "XXXX-XX-XX"
    if len(day_value) != 10:  # the day is not known to the day: keep the clock on an unknown day
        day_value = "XXXX-XX-XX"
    value = f"{day_value}T{clock}{_offset_of(match['zone'])}"
    return _whole(match, "TIME", value, mod=mod, anchored_to=anchored)


def _duration_value(number: float | None, unit_text: str) -> str | None:
    unit = (
        unit_text.lower().rstrip("s")
        if unit_text.lower() not in words.UNIT_PLURALS
        else (words.UNIT_PLURALS[unit_text.lower()])
    )
    if unit.endswith("ie"):  # "centuries" handled above; defensive
        unit = unit[:-2] + "y"
    count = "X" if number is None else number_text(number)
    if unit in words.UNIT_MULTIPLIERS and number is not None:
        factor, letter = words.UNIT_MULTIPLIERS[unit]
        return f"P{number_text(number * factor)}{letter}"
    if unit in words.CLOCK_UNITS:
        if number is not None and number != int(number):
            smaller = {"hour": ("H", 60, "M"), "minute": ("M", 60, "S")}.get(unit)
            if smaller:
                whole = int(number)
                rest = round((number - whole) * smaller[1])
                return (
                    f"PT{whole}{smaller[0]}{rest}{smaller[2]}"
                    if whole
                    else (f"PT{rest}{smaller[2]}")
                )
        return f"PT{count}{words.CLOCK_UNITS[unit]}"
    if unit in words.CALENDAR_UNITS:
        return f"P{count}{words.CALENDAR_UNITS[unit]}"
    return None


def read_duration(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "31 years", "44 days", "the past five years", "several months", "a two-year term"."""
    unit_text = match["unit"]
    number_text_ = match["num"]
    vague = match["vague"]
    if (
        unit_text.lower().startswith("second")
        and number_text_
        and number_text_.lower()
        in (
            "a",
            "an",
        )
    ):
        return None
    number = None if vague else parse_number(number_text_ or "")
    if number is None and not vague:
        return None
    if vague and vague.lower().replace(" ", "") in ("acoupleof", "acouple", "apairof"):
        number = 2
    value = _duration_value(number, unit_text)
    if value is None:
        return None
    mod = match["mod"]
    if mod and mod.lower() in PREPOSITION_MODS and match["det"]:
        # "over the next five years": the preposition says when, it bounds no number; the
        # expression is "the next five years", as TimeBank marks it
        (piece,) = _whole(match, "DURATION", value)
        return [dataclasses.replace(piece, start=match.start("det") - match.start())]
    return _whole(match, "DURATION", value, mod=_lead_mod(match))


def read_vague_duration(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "for years", "over decades", "centuries-old", "decades-long"."""
    fuzzy = match.groupdict().get("fuzzy")
    if fuzzy:
        return _whole(match, "DURATION", words.FUZZY_DURATION_ADJECTIVES[fuzzy.lower()])
    value = _duration_value(None, match["unit"])
    return None if value is None else _whole(match, "DURATION", value)


def read_ago(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "two years ago" (from the DCT), "a year earlier", "three days later" (from the last
    mentioned time)."""
    unit_text = match["unit"].lower()
    unit = words.UNIT_PLURALS.get(unit_text, unit_text.rstrip("s"))
    direction_word = match["dir"].lower().split()[0]
    sign = 1 if direction_word in ("later", "from", "hence", "after") else -1
    use_ref = direction_word in ("earlier", "later", "before", "after")
    mod = _lead_mod(match)
    vague = match["vague"]
    number = None if vague else parse_number(match["num"] or "")
    if number is None:
        if vague and vague.lower().startswith("a couple"):
            number = 2
        else:
            return _whole(match, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
    if unit in ("hour", "minute", "second"):
        return _clock_ago(match, ctx, number, unit, sign, mod, use_ref)
    base, anchored = _base_point(ctx, use_ref)
    granularity = {"fortnight": "week", "millennium": "century"}.get(unit, unit)
    if unit == "year" and ctx.ref is not None and ctx.ref.granularity in ("quarter", "half"):
        # earnings style: "profit rose in the third quarter from a year ago" -> that quarter
        base, anchored, granularity = ctx.ref, "ref", ctx.ref.granularity
    if granularity not in GRANULARITIES:
        return None
    if base is None:
        return _whole(match, "DATE", UNKNOWN_AT.get(granularity, "XXXX"), mod=mod)
    steps = int(number) if number == int(number) else None
    if unit == "fortnight" and steps is not None:
        steps *= 2
    if steps is None:  # "two and a half years ago": month precision
        months = round(number * {"year": 12, "decade": 120, "century": 1200}.get(unit, 0))
        if not months:
            return _whole(match, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod)
        day = shift(base.day, "month", sign * months)
        granularity = "month"
    else:
        day = shift(base.day, "decade" if unit == "decade" else unit, sign * steps)
        if unit in ("decade", "century"):
            granularity = "year"
    if day is None:
        return _whole(match, "DATE", UNKNOWN_AT.get(granularity, "XXXX"), mod=mod)
    # Never finer than the anchor: "a year earlier" than "1998" is "1997", not a day.
    if granularity_rank(base.granularity) > granularity_rank(granularity):
        granularity = base.granularity
    return _whole(match, "DATE", format_at(day, granularity), mod=mod, anchored_to=anchored)


def _clock_ago(
    match: re.Match[str],
    ctx: Context,
    number: float,
    unit: str,
    sign: int,
    mod: str | None,
    use_ref: bool,
) -> list[Piece]:
    """ "two hours ago" is a TIME only when the dateline gives the clock (with its offset)."""
    dct = ctx.dct
    if use_ref or dct is None or dct.clock is None:
        return _whole(match, "DURATION", _duration_value(number, unit) or "PTXH", mod=mod)
    hours, minutes = (int(part) for part in dct.clock.split(":"))
    moment = datetime.combine(dct.day, dt_time(hours, minutes))
    moment += sign * timedelta(**{f"{unit}s": number})
    value = moment.strftime("%Y-%m-%dT%H:%M") + (dct.offset or "")
    return _whole(match, "TIME", value, mod=mod, anchored_to="dct")


def read_fuzzy(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    text = " ".join(match["x"].lower().split())
    if text in FUZZY_VALUES:
        return _whole(match, "DATE", FUZZY_VALUES[text])
    return None


FUZZY_VALUES: dict[str, str] = {
    **{w: "PAST_REF" for w in words.FUZZY_PAST},
    **{w: "PRESENT_REF" for w in words.FUZZY_PRESENT},
    **{w: "FUTURE_REF" for w in words.FUZZY_FUTURE},
}


def read_set(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "every day", "each year", "a year" after an amount, "daily", "every Monday"."""
    if match["freq"]:
        return _whole(match, "SET", words.FREQUENCY_WORDS[match["freq"].lower()])
    target = " ".join(match["unit"].lower().split())
    if target in words.WEEKDAYS:
        return _whole(match, "SET", f"XXXX-WXX-{words.WEEKDAYS[target]}")
    if (month := _month_number(target)) is not None:
        return _whole(match, "SET", f"XXXX-{month:02d}")
    if target in words.PARTS_OF_DAY:
        return _whole(match, "SET", f"XXXX-XX-XXT{pod_code(target)}")
    number = parse_number(match["num"]) if match["num"] else 1.0
    if match["num"] and match["num"].lower() == "other":
        number = 2.0
    value = _duration_value(number, target)
    return None if value is None else _whole(match, "SET", value)


def _set_licensed(match: re.Match[str], text: str) -> bool:
    """License "a week" as a SET only after a count of times ("twice a week"); TimeBank leaves rates
    after amounts ("$500 million a year") unmarked."""
    if match["freq"] or (match["q"] or "").lower() not in ("a", "an"):
        return True
    return _TIMES_BEFORE.search(text[max(0, match.start() - 20) : match.start()]) is not None


def read_quarter(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "the third quarter", "third-quarter", "the fourth quarter of 1989", "the first half"."""
    ordinal = match["ord"].lower()
    number = words.ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0)
    unit = match["unit"].lower()
    letter, limit = ("Q", 4) if unit.startswith("quarter") else ("H", 2)
    if not 1 <= number <= limit:
        return None
    year_text = match["year"] or match["year2"]
    yrel = " ".join((match["yrel"] or match["yrel2"] or "").lower().split())
    anchored: str | None = None
    if year_text:
        year: int | None = int(year_text)
    elif ctx.dct is None:
        year = None
    else:
        anchored = "dct"
        dct_day = ctx.dct.day
        if yrel:
            year = dct_day.year + {"this": 0, "last": -1, "next": 1}.get(yrel.split()[0], 0)
        else:
            year = dct_day.year
            current = (dct_day.month - 1) // (12 // limit) + 1
            if number > current and ctx.tense() <= 0:
                year -= 1  # "the fourth quarter" reported in March is last year's
    prefix = year_value(year) if year is not None else "XXXX"
    return _whole(match, "DATE", f"{prefix}-{letter}{number}", anchored_to=anchored)


def read_relative_quarter(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "the year-ago quarter", "the year-earlier period", "year-earlier"."""
    base, anchored = _base_point(ctx, use_ref=True)
    unit = (match["unit"] or "").lower()
    if base is None:
        return _whole(match, "DATE", "XXXX")
    if base.granularity != "quarter" and unit in ("quarter", "period"):
        if ctx.dct is None:
            return _whole(match, "DATE", "XXXX-QX")
        base = Point(ctx.dct.day, "day", "")
        previous = shift(base.day, "quarter", -5)
        assert previous is not None
        return _whole(match, "DATE", format_at(previous, "quarter"), anchored_to="dct")
    granularity = "quarter" if unit in ("quarter", "period") else "year"
    if base.granularity in ("quarter", "half", "month") and not unit:
        granularity = base.granularity
    day = shift(base.day, "year", -1)
    if day is None:
        return _whole(match, "DATE", "XXXX")
    return _whole(match, "DATE", format_at(day, granularity), anchored_to=anchored)


def read_holiday(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "Christmas", "Thanksgiving Day", "Easter 2024", "last Christmas"."""
    name = " ".join(match["holiday"].lower().replace("’", "'").split())
    relation = (match["rel"] or "").lower()
    if match["year"]:
        year: int | None = int(match["year"])
        anchored = None
    elif ctx.dct is not None:
        year, anchored = ctx.dct.day.year, "dct"
    else:
        year, anchored = None, None
    if year is None:
        if name in words.FIXED_HOLIDAYS:
            month, day = words.FIXED_HOLIDAYS[name]
            return _whole(match, "DATE", f"XXXX-{month:02d}-{day:02d}")
        return _whole(match, "DATE", "XXXX-XX-XX")

    def on(y: int) -> date | None:
        if not MINYEAR <= y <= MAXYEAR:
            return None
        if name in words.FIXED_HOLIDAYS:
            return safe_date(y, *words.FIXED_HOLIDAYS[name])
        if name in words.EASTER_HOLIDAYS:
            return easter(y) + timedelta(days=words.EASTER_HOLIDAYS[name])
        month, weekday, nth = words.WEEKDAY_HOLIDAYS[name]
        days = [
            date(y, month, d)
            for d in range(1, calendar.monthrange(y, month)[1] + 1)
            if date(y, month, d).isoweekday() == weekday
        ]
        return days[nth - 1] if nth > 0 else days[nth]

    holiday = on(year)
    if holiday is None:
        return None
    if not match["year"] and ctx.dct is not None:
        dct_day = ctx.dct.day
        if relation in ("last", "next"):
            step = -1 if relation == "last" else 1
            if (holiday - dct_day).days * step <= 0:
                holiday = on(year + step) or holiday
        else:  # the nearest one, in the tense's direction (as for "February 23")
            direction = ctx.tense()
            options = [d for d in (on(year - 1), holiday, on(year + 1)) if d is not None]
            allowed = [
                d
                for d in options
                if not (direction < 0 and (d - dct_day).days > TENSE_TOLERANCE_DAYS)
                and not (direction > 0 and (dct_day - d).days > TENSE_TOLERANCE_DAYS)
            ] or options
            holiday = min(allowed, key=lambda d: abs((d - dct_day).days))
    return _whole(match, "DATE", holiday.isoformat(), anchored_to=anchored)


def read_anniversary(match: re.Match[str], ctx: Context) -> list[Piece] | None:
    """Read "the 31st anniversary (of X)": the year it falls in (from the last mentioned time or the
    DCT), derived; the year of X is derived by `tag_times` when the text names X."""
    base, anchored = _base_point(ctx, use_ref=True)
    if base is None:
        return _whole(match, "DATE", "XXXX", derived_by="anniversary")
    return _whole(
        match, "DATE", f"{base.day.year:04d}", anchored_to=anchored, derived_by="anniversary"
    )


# --------------------------------------------------------------------------------------------
# The rules, in priority order (earlier wins a tie in length).
# --------------------------------------------------------------------------------------------
_I = re.IGNORECASE


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


UNIT_TRIGGERS = ("year", "month", "week", "day", "hour", "minute", "second", "decade", "centur",
                 "quarter", "fortnight", "millenni")  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        _compile(
            rf"{L}(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})"
            r"(?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?"
            r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
        ),
        read_iso,
        triggers=("-",),
    ),
    Rule(
        "numeric-date",
        _compile(rf"{L}(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{{4}}|\d{{2}})(?![\d/])"),
        read_numeric_date,
        triggers=("/",),
    ),
    Rule(
        "month-day",
        _compile(
            rf"{L}{NIGHT_OF}{POSITION}(?:(?P<weekday>{WEEKDAY}),?\s+)?"
            rf"(?P<month>{MONTH})\s+(?P<day>{DAY_NUMBER})"
            rf"(?:\s*(?:-|–|to|and|through)\s*(?P<day2>{DAY_NUMBER}))?"
            rf"(?:,?\s+(?P<year>{YEAR}))?{R}"
        ),
        read_month_day,
        licensed=lambda m, t: _month_licensed(m["month"]),
        triggers=tuple(words.MONTHS),
    ),
    Rule(
        "day-month",
        _compile(
            rf"{L}{NIGHT_OF}{POSITION}(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:the\s+)?"
            rf"(?P<day>{DAY_NUMBER})(?:\s*(?:-|–|to|and|through)\s*(?P<day2>{DAY_NUMBER}))?"
            rf"\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?{R}"
        ),
        read_month_day,
        licensed=lambda m, t: _month_licensed(m["month"]),
        triggers=tuple(words.MONTHS),
    ),
    Rule(
        "month",
        _compile(
            rf"{L}{POSITION}(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past)\s+)?"
            rf"(?P<month>{MONTH})(?:,?\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<spoken>{SPOKEN_YEAR}))"
            rf"|\s+(?P<yrel>(?:this|last|next)\s+year))?{R}"
        ),
        read_month,
        licensed=lambda m, t: _month_rule_licensed(m, t),
        triggers=tuple(words.MONTHS),
    ),
    Rule(
        "year",
        _compile(
            rf"{L}{POSITION}(?:(?:fiscal|calendar|the\s+year|fiscal\s+year)\s+)?"
            rf"(?:(?P<year>{YEAR})(?P<later>\s+or\s+(?:later|earlier|before|after))?"
            rf"|(?P<spoken>{SPOKEN_YEAR})){R}"
        ),
        read_year,
        licensed=lambda m, t: _year_licensed(m, t),
        triggers=("1", "2", "nineteen", "two thousand"),
    ),
    Rule(
        "decade",
        _compile(
            rf"{L}(?:the\s+)?{POSITION}(?:(?P<decade>(?:1[0-9]|20)\d0)'?s"
            r"|(?<=the\s)'?(?P<short>\d0)'?s|(?<=the\s)(?P<word>twenties|thirties|forties"
            rf"|fifties|sixties|seventies|eighties|nineties)){R}"
        ),
        read_decade,
        triggers=("0s", "ies"),
    ),
    Rule(
        "century",
        _compile(rf"{L}(?:the\s+)?{POSITION}(?P<ord>{ORDINAL})[-\s]+century{R}"),
        read_century,
        triggers=("century",),
    ),
    Rule(
        "relative-unit",
        _compile(
            rf"{L}{POSITION}"
            rf"(?P<rel>{_alternation(words.RELATIONS)})"
            r"\s+(?P<unit>fiscal\s+year|week|month|year|weekend|decade|century|quarter|half"
            r"|day|period|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)"
            rf"{R}"
        ),
        read_relative_unit,
    ),
    Rule(
        "season",
        _compile(
            rf"{L}{POSITION}(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?"
            r"(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)"
            rf"(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<spoken>{SPOKEN_YEAR})))?{R}"
        ),
        read_season,
        licensed=lambda m, t: (
            bool(m["rel"] or m["year"] or m["spoken"] or m["pos"])
            and not re.match(r"\s+(?:of\s+)?(?:the|his|her|their|its)\b", t[m.end() : m.end() + 8])
        ),
        triggers=("spring", "summer", "fall", "autumn", "winter"),
    ),
    Rule(
        "bare-unit",
        _compile(
            rf"{L}{POSITION}the\s+(?P<full>(?:full|fiscal|full\s+fiscal|calendar)\s+)?"
            r"(?P<unit>quarter|week|month|day|weekend|year|spring|summer|fall|autumn|winter"
            rf"|morning|afternoon|evening){R}"
        ),
        read_bare_unit,
        licensed=lambda m, t: (
            not re.match(
                r"\s*(?:of|before|after|that|when|in|in\s+which)\b", t[m.end() : m.end() + 12]
            )
        ),
        triggers=("the ",),
    ),
    Rule(
        "weekday",
        _compile(
            rf"{L}(?:(?P<pre_pod>(?:early|late|mid)[-\s]?(?:morning|afternoon|evening)"
            r"|(?:early|late)\s+(?:morning|afternoon|evening|night))\s+(?:on\s+)?)?"
            rf"{POSITION}"
            r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past|every|each)\s+)?"
            rf"(?P<weekday>{WEEKDAY})(?P<plural>s)?"
            rf"(?:\s+(?P<pod>{PART_OF_DAY})(?P<pods>s)?)?{R}"
        ),
        read_weekday,
        licensed=lambda m, t: _is_capitalised(m["weekday"]),
        triggers=("day",),
    ),
    Rule(
        "deictic",
        _compile(
            rf"{L}(?:(?P<pre_pod>(?:early|late|mid)[-\s]?(?:morning|afternoon|evening))\s+)?"
            rf"{POSITION}(?P<word>{DEICTIC_DAY})"
            rf"(?:\s+(?P<pod>{PART_OF_DAY}))?{R}"
        ),
        read_deictic,
        triggers=("today", "yesterday", "tomorrow", "tonight"),
    ),
    Rule(
        "clock",
        _compile(
            rf"{L}(?:(?P<mod>about|around|approximately|roughly|nearly|almost)\s+)?{CLOCK}"
            rf"(?:\s*{ZONE}|\s+{UNSTATED_ZONE})?{DAY_AFTER_CLOCK}{R}"
        ),
        read_clock,
        licensed=lambda m, t: (
            bool(m["h"] or m["named"] or m["h3"] or m["h4"] or m["h5"] or _clock_context(m, t))
            and not re.search(r"high\s+$", t[max(0, m.start() - 6) : m.start()], re.I)
        ),  # "High Noon"
        triggers=(":", "m.", "am", "pm", "noon", "midday", "midnight", "utc", "gmt", "o'clock")
        + ("morning", "afternoon", "evening"),
    ),
    Rule(
        "ago",
        _compile(
            rf"{L}(?:(?P<mod>{MODS})\s+)?(?:(?P<vague>{VAGUE})|(?P<num>{NUMBER}))[-\s]+"
            rf"(?P<unit>{UNIT_WORD})(?:\s+or\s+so)?\s+"
            r"(?P<dir>ago|earlier|later|from\s+now|hence|back)(?!\s+than)"
            rf"{R}"
        ),
        read_ago,
        triggers=("ago", "earlier", "later", "from now", "hence", "back"),
    ),
    Rule(
        "duration",
        _compile(
            rf"{L}(?:(?P<mod>{MODS})\s+)?"
            r"(?P<det>(?:the|these|those)\s+(?:(?:past|last|next|first|final|coming|previous"
            r"|following|remaining|latest|initial|preceding|ensuing|entire|whole|full|same"
            r"|better\s+part\s+of\s+the)\s+)?|(?:past|last|next|first)\s+)?"
            rf"(?:(?P<vague>{VAGUE})|(?P<num>{NUMBER}))(?:\s+|-)"
            r"(?:(?:more|additional|full|straight|consecutive|long|extra|trading|business"
            r"|working|calendar)\s+)?"
            rf"(?P<unit>{UNIT_WORD})(?P<old>-old|\s+old\b)?{R}"
        ),
        read_duration,
        licensed=lambda m, t: _duration_licensed(m, t),
        triggers=UNIT_TRIGGERS,
    ),
    Rule(
        "year-end",
        _compile(
            rf"{L}(?:(?P<mod>around|about|near)\s+)?(?:the\s+)?(?:year[-\s]end|year's\s+end){R}"
        ),
        read_year_end,
        triggers=("year",),
    ),
    Rule(
        "part-of-day",
        _compile(rf"{L}(?P<pre_pod>(?:early|mid|late)[-\s]?(?:morning|afternoon|evening)){R}"),
        lambda m, c: read_bare_unit_pod(m, c),
        triggers=("morning", "afternoon", "evening"),
    ),
    Rule(
        "vague-duration",
        _compile(
            r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bafter\s)"
            r"|(?<=\bfor\s\s))(?P<x>(?:the\s+)?(?P<unit>years|decades|centuries|months|weeks"
            rf"|hours|minutes)){R}"
            rf"|{L}(?P<fuzzy>{_alternation(words.FUZZY_DURATION_ADJECTIVES)}){R}"
        ),
        read_vague_duration,
        triggers=("years", "decades", "centuries", "months", "weeks", "hours", "minutes", "-"),
    ),
    Rule(
        "set",
        _compile(
            rf"{L}(?:(?P<freq>{_alternation(words.FREQUENCY_WORDS)})"
            r"|(?P<q>every|each|a|an)\s+(?:(?P<num>other|\d+|" + _NUMBER_WORD + r")\s+)?"
            rf"(?P<unit>{UNIT_WORD}|{WEEKDAY}|morning|afternoon|evening|night"
            r"|january|february|april|june|july|august|september|october|november|december))"
            rf"{R}"
        ),
        read_set,
        licensed=_set_licensed,
    ),
    Rule(
        "quarter",
        _compile(
            rf"{L}(?:the\s+)?(?:(?P<year>{YEAR})(?:'s)?\s+|(?P<yrel>(?:this|last|next)\s+year)'s\s+)?"
            r"(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?"
            r"(?P<unit>quarter|half)"
            rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year2>{YEAR})|(?P<yrel2>(?:this|last|next)\s+year)))?"
            rf"{R}"
        ),
        read_quarter,
        licensed=lambda m, t: (
            m["unit"].lower() == "quarter"
            or not re.match(r"\s+(?:of\s+(?:the|his|her|its|their)\b)", t[m.end() : m.end() + 10])
        ),
        triggers=("quarter", "half"),
    ),
    Rule(
        "relative-quarter",
        _compile(
            rf"{L}(?:the\s+)?(?:year-ago|year-earlier|year-before|year\s+earlier|year\s+ago)"
            rf"(?:\s+(?P<unit>quarter|period|month|year))?{R}"
        ),
        read_relative_quarter,
        triggers=("year-", "year ago", "year earlier"),
    ),
    Rule(
        "holiday",
        _compile(
            rf"{L}(?:(?P<rel>last|this|next)\s+)?(?P<holiday>{HOLIDAY})"
            rf"(?:,?\s+(?P<year>{YEAR}))?{R}"
        ),
        read_holiday,
        licensed=lambda m, t: _is_capitalised(m["holiday"]),
        triggers=("day", "christmas", "easter", "thanksgiving", "halloween", "eve", "pentecost"),
    ),
    Rule(
        "anniversary",
        _compile(rf"{L}(?:the\s+)?(?P<ord>{ORDINAL})\s+anniversary{R}"),
        read_anniversary,
        triggers=("anniversary",),
    ),
    Rule(
        "fuzzy",
        _compile(rf"{L}(?P<x>{_alternation(FUZZY_VALUES)}){R}"),
        read_fuzzy,
        licensed=lambda m, t: _fuzzy_licensed(m, t),
    ),
)


_MONTH_CONTEXT = re.compile(
    r"(?:in|by|since|until|till|of|from|through|during|before|after|last|next|this|early|late"
    r"|mid|between|and|to|since\s+early)[\s-]+$",
    re.I,
)


def _month_rule_licensed(match: re.Match[str], text: str) -> bool:
    """A month alone ("March") is a time when capitalised; "May" and "March" need a preposition
    or a year to tell them from the verb; "Jan" without its dot is not read."""
    name = match["month"]
    if not _month_licensed(name) or re.match(r"\s*\d", text[match.end() : match.end() + 3]):
        return False
    if match["year"] or match["spoken"] or match["yrel"] or match["rel"] or match["pos"]:
        return True
    key = name.lower().rstrip(".")
    if len(key) <= 3 and not name.endswith(".") and key != "may":
        return False
    if key in words.AMBIGUOUS_MONTHS:
        return _MONTH_CONTEXT.search(text[max(0, match.start() - 14) : match.start()]) is not None
    return True


_SPOKEN_YEAR_CONTEXT = re.compile(
    r"(?:in|of|since|until|by|year|before|after|from|to|early|late|mid)[\s-]+$", re.I
)


def _year_licensed(match: re.Match[str], text: str) -> bool:
    if match["spoken"]:  # "two thousand" is a year only where a year is expected
        before = text[max(0, match.start() - 12) : match.start()]
        return bool(match["pos"]) or _SPOKEN_YEAR_CONTEXT.search(before) is not None
    before = text[max(0, match.start() - 12) : match.start()]
    after = text[match.end() : match.end() + 12]
    if re.search(r"(?:No\.|number|#|\$|Flight|flight|Boeing|route|Route|model)\s*$", before):
        return False
    return not re.match(r"\s*(?:-\s*\d|to\s+\d{2}\b|[:/]\d|\s*(?:kg|km|mm|cm|ft|m|mph))", after)


_AMOUNT_BEFORE = re.compile(
    r"(?:\d%?|percent|cents?|dollars?|million|billion|miles|barrels|tons?|shares|pounds"
    r"|euros?|yen|seats|flights|units)\s*$",
    re.I,
)
_TIMES_BEFORE = re.compile(r"(?:times|twice|once|thrice)\s*$", re.I)


def _duration_licensed(match: re.Match[str], text: str) -> bool:
    unit = match["unit"].lower()
    number = (match["num"] or "").lower()
    before = text[max(0, match.start() - 30) : match.start()]
    after = text[match.end() : match.end() + 4]
    if unit.startswith("second") and number in ("a", "an", "one"):
        return False
    if match["old"] and not unit.startswith(("decade", "centur", "millenni")):
        return False  # "a 47-year-old man", "52 years old": ages are not TIMEX3 in TimeBank
    if unit.startswith("quarter") and (
        re.search(r"\w-quarters?$", match.group()) or re.match(r"\s+of\b", after)
    ):
        return False  # "three-quarters of its food", "a quarter of the market": fractions
    # "$500 million a year", "twice a day": a rate, not a duration (a SET only after "twice")
    rate = _AMOUNT_BEFORE.search(before) or _TIMES_BEFORE.search(before)
    return not (number in ("a", "an") and rate)


def _clock_context(match: re.Match[str], text: str) -> bool:
    """A bare "18:00" is a clock time with a zone, an "at", or an hours word; scores are not."""
    if match["zone"]:
        return True
    before = text[max(0, match.start() - 12) : match.start()].lower()
    return re.search(r"(?:at|by|until|till|from|before|after|around|about)\s+$", before) is not None


def _fuzzy_licensed(match: re.Match[str], text: str) -> bool:
    word = " ".join(match["x"].lower().split())
    after = text[match.end() : match.end() + 20].lower()
    if word == "current":  # "current account", "current rate" are not times
        return (
            re.match(
                r"\s+(?:period|quarter|year|month|week|fiscal|session|term|levels?|"
                r"crisis|situation|conditions?|climate|environment|time)",
                after,
            )
            is None
        )
    if word == "now":  # "now-defunct", "now that"
        return not after.startswith("-")
    if word == "future":
        return False
    if word == "soon":  # "as soon as", "soon after": conjunctions, not times
        before = text[max(0, match.start() - 3) : match.start()].lower()
        return not (before == "as " or re.match(r"\s+(?:after|afterwards|as)\b", after))
    return not (word == "later" and after.startswith(" than"))


# --------------------------------------------------------------------------------------------
# Recognition and tagging.
# --------------------------------------------------------------------------------------------
def recognise(text: str, rules: tuple[Rule, ...] = RULES) -> list[Candidate]:
    """Leftmost-longest licensed matches of all rules, without overlaps, in text order."""
    lowered = text.lower()
    found: list[tuple[int, int, int, Candidate]] = []
    for priority, rule in enumerate(rules):
        if rule.triggers and not any(trigger in lowered for trigger in rule.triggers):
            continue
        for match in rule.pattern.finditer(text):
            if match.end() == match.start():
                continue
            if rule.licensed is not None and not rule.licensed(match, text):
                continue
            start, end = match.span()
            found.append((start, -(end - start), priority, Candidate(start, end, rule, match)))
    found.sort(key=lambda item: item[:3])
    chosen: list[Candidate] = []
    for item in found:
        candidate = item[3]
        if any(candidate.start < c.end and c.start < candidate.end for c in chosen[-3:]):
            continue
        if chosen and candidate.start < chosen[-1].end:
            continue
        chosen.append(candidate)
    return chosen


def normalise(candidate: Candidate, context: Context) -> list[Piece]:
    """The TIMEX3 pieces of one recognised match; [] when the match reads as no time."""
    try:
        pieces = candidate.rule.read(candidate.match, context)
    except OverflowError:
        # arithmetic past year 1 or 9999 (a DCT at the calendar's edge): nothing to anchor on
        return []
    return [piece for piece in pieces or () if _valid(piece)]


def _valid(piece: Piece) -> bool:
    return (
        piece.type in TIMEX3_TYPES
        and is_timex3_value(piece.value)
        and (piece.mod is None or piece.mod in TIMEX3_MODS)
        and piece.end > piece.start
    )


# "31 years have passed since X", "it has been 31 years since X"
_SINCE = re.compile(
    r"\s+(?:have|has|had)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by|gone)\s+since\s+", re.I
)
_OF = re.compile(r"\s+(?:of|since)\s+", re.I)
_PHRASE_STOP = re.compile(
    r"[,.;:!?()]|\s(?:and|which|that|who|whom|when|where|to|in|on|at|by|as|with|from|for)\s"
)
_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "‘": "’"}


def _derived_phrase(text: str, start: int, limit: int = 90) -> tuple[int, int] | None:
    """The noun phrase that starts at `start`, up to the first clause boundary; quoted names
    ("the “Justice for Khojaly!” campaign") are read whole. Cheap: no parse needed."""
    end = min(len(text), start + limit)
    index = start
    while index < end:
        closing = _QUOTE_PAIRS.get(text[index])
        if closing is not None:
            close = text.find(closing, index + 1, end)
            if close == -1:
                break
            index = close + 1
            continue
        if _PHRASE_STOP.match(text, index):
            break
        index += 1
    phrase = text[start:index].rstrip()
    if len(phrase) < 3:
        return None
    return start, start + len(phrase)


# Rules whose values are computed from another time: they do not move the narrative's reference.
NOT_A_REFERENCE = frozenset({"ago", "relative-quarter", "bare-unit", "fuzzy", "anniversary"})


def tag_times(
    text: str,
    dct: Dct | None,
    tense: Callable[[int, int], int] | None = None,
) -> list[Timex]:
    """Every TIMEX3 in `text`, normalised against `dct` and the last mentioned time."""
    tagged: list[Timex] = []
    ref: Point | None = None
    ref_index: int | None = None
    for candidate in recognise(text):
        start, end = candidate.start, candidate.end
        memo: list[int] = []

        def direction(s: int = start, e: int = end, memo: list[int] = memo) -> int:
            if not memo:
                memo.append(tense(s, e) if tense is not None else text_tense(text, s, e))
            return memo[0]

        context = Context(dct, ref, direction)
        first_index = len(tagged)
        for piece in normalise(candidate, context):
            anchored: str | None = piece.anchored_to
            if anchored == "ref":
                anchored = f"t:{ref_index}" if ref_index is not None else None
            elif anchored and anchored.startswith("piece:"):
                anchored = f"t:{first_index + int(anchored.split(':')[1])}"
            tagged.append(
                Timex(
                    start + piece.start,
                    start + piece.end,
                    piece.type,
                    piece.value,
                    piece.mod,
                    candidate.rule.name,
                    anchored,
                    piece.derived_by,
                    None if piece.anchor_piece is None else first_index + piece.anchor_piece,
                )
            )
        for index in range(first_index, len(tagged)):
            timex = tagged[index]
            if (
                timex.type in ("DATE", "TIME")
                and timex.derived_by is None
                and candidate.rule.name not in NOT_A_REFERENCE
                and (point := point_from_value(timex.value))
            ):
                ref, ref_index = point, index
        tagged.extend(_derivations(text, tagged[first_index:], first_index, dct))
    return tagged


def _derivations(text: str, new: list[Timex], first_index: int, dct: Dct | None) -> list[Timex]:
    """Times the text licenses by derivation from a just-tagged expression."""
    derived: list[Timex] = []
    for offset, timex in enumerate(new):
        index = first_index + offset
        if timex.rule == "anniversary" and timex.value[:4].isdigit():
            ordinal = re.search(rf"(?P<ord>{ORDINAL})", text[timex.start : timex.end], _I)
            of = _OF.match(text, timex.end)
            if ordinal is None or of is None or of.group().strip().lower() != "of":
                continue
            count = words.ORDINALS.get(ordinal["ord"].lower())
            if count is None:
                count = int(re.sub(r"\D", "", ordinal["ord"]) or 0)
            phrase = _derived_phrase(text, of.end())
            if not count or phrase is None:
                continue
            year = int(timex.value[:4]) - count
            derived.append(
                Timex(phrase[0], phrase[1], "DATE", year_value(year), None, "anniversary",
                      f"t:{index}", "anniversary-origin", index)
            )  # fmt: skip
        elif timex.type == "DURATION" and (since := _SINCE.match(text, timex.end)):
            years = re.fullmatch(r"P(\d+)Y", timex.value)
            phrase = _derived_phrase(text, since.end())
            if years is None or phrase is None:
                continue
            value = year_value(dct.day.year - int(years[1])) if dct is not None else "XXXX"
            derived.append(
                Timex(phrase[0], phrase[1], "DATE", value, None, "years-since",
                      "dct" if dct is not None else None, "years-since", index)
            )  # fmt: skip
    return derived


# --------------------------------------------------------------------------------------------
# Tense: which way relative expressions point.
# --------------------------------------------------------------------------------------------
_FUTURE_CUES = re.compile(
    r"\b(?:will|shall|won't|'ll|going\s+to|(?:plans?|planned|expects?|expected|set|scheduled|due)"
    r"\s+to)\b",
    re.I,
)
_PAST_CUES = re.compile(r"\b(?:said|was|were|had|did|ago|\w{3,}ed)\b", re.I)


def text_tense(text: str, start: int, end: int) -> int:
    """Tense direction from the words of the clause around [start, end) (no parse needed)."""
    if _FUTURE_PREPOSITION.search(text, max(0, start - 16), start):
        return 1
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start))
    right_candidates = [i for i in (text.find(".", end), text.find(";", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    clause = text[left + 1 : start] + " " + text[end:right]
    if _FUTURE_CUES.search(clause):
        return 1
    if _PAST_CUES.search(clause):
        return -1
    return 0


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Verbs whose time is ahead of them whatever their tense.
_FUTURE_VERBS = frozenset({"schedule", "plan", "slate", "postpone", "expect", "intend", "delay"})
_FUTURE_PREPOSITION = re.compile(r"\b(?:until|till|as\s+soon\s+as|as\s+early\s+as)\s+$", re.I)


def token_tense(token: Token) -> int:
    """Tense direction of the verb that governs `token` (-1 past, +1 future, 0 otherwise)."""
    verb: Token | None = token
    for _ in range(6):
        if verb is None:
            break
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("aux", "auxpass"):
            break
        if verb.pos_ == "ADJ" and verb.i != token.i:
            return 0  # "payable Dec. 15", "effective June 1": the adjective sets no tense
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return 0
    if verb.lemma_ in _FUTURE_VERBS:
        return 1  # "has scheduled a news conference Thursday", "postponed until Tuesday"
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    for aux in auxes:
        if aux.lower_ in _FUTURE_AUX:
            return 1
    if any(aux.lower_ == "going" for aux in auxes):
        return 1  # "is going to meet"
    tags = [verb.tag_, *(aux.tag_ for aux in auxes)]
    if "VBD" in tags:
        return -1
    if verb.tag_ == "VBN" and any(aux.lemma_ == "have" for aux in auxes):
        return -1
    if verb.tag_ == "VBN" and not auxes:
        return -1
    return 0


def parse_tense(doc: Doc) -> Callable[[int, int], int]:
    """A tense function over a parsed Doc; falls back to the word cues without a parser."""
    if not doc.has_annotation("DEP"):
        return lambda start, end: text_tense(doc.text, start, end)

    def tense(start: int, end: int) -> int:
        if _FUTURE_PREPOSITION.search(doc.text, max(0, start - 16), start):
            return 1  # "until Tuesday", "as soon as Friday": a deadline ahead of the report
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return text_tense(doc.text, start, end)
        return token_tense(span.root)

    return tense


def governing_span(parsed: Parsed, span: Span) -> Span | None:
    """The word a time expression dates, by the parse: the verb or noun it attaches to ("was held"
    <- "on February 23"), through a preposition. For the event and statement stages to link
    `time_ids`; None without a parser or when the time heads its own clause."""
    doc = parsed.doc
    if not doc.has_annotation("DEP"):
        return None
    tokens = doc.char_span(
        span.start - parsed.offset, span.end - parsed.offset, alignment_mode="expand"
    )
    if tokens is None or len(tokens) == 0:
        return None
    head = tokens.root.head
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.i in range(tokens.start, tokens.end) or head.pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    return parsed.token_span(head.i, head.i + 1)


# --------------------------------------------------------------------------------------------
# The pipeline stage.
# --------------------------------------------------------------------------------------------
def extract_times(article: Article, parsed: Parsed) -> Article:
    """Stage `dateline.times.v1`: the article with its time expressions (ids t1, t2, ...)."""
    doc = parsed.doc
    dct = dct_from_published(article.dateline.published)
    tagged = _drop_names(doc, tag_times(doc.text, dct, parse_tense(doc)))
    records = tuple(
        dataclasses.replace(record, governor=governing_span(parsed, record.span))
        for record in to_records(tagged, parsed.offset)
    )
    return dataclasses.replace(article, times=records)


# A deictic word that is part of a name: "USA TODAY", "the Today show", "Tonight Show".
NAME_LABELS_HIDING_TIMES = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC"})
DEICTIC_WORDS = frozenset({"today", "tonight", "tomorrow", "yesterday", "now"})


def _drop_names(doc: Doc, tagged: list[Timex]) -> list[Timex]:
    """The expressions that are not part of a name, with anchors renumbered; one anchored to a
    dropped expression is anchored to the publication date instead."""
    kept = [i for i, timex in enumerate(tagged) if not _inside_a_name(doc, timex)]
    if len(kept) == len(tagged):
        return tagged
    new_index = {old: new for new, old in enumerate(kept)}
    result = []
    for old in kept:
        timex = tagged[old]
        anchor = new_index.get(timex.anchor) if timex.anchor is not None else None
        anchored_to = timex.anchored_to
        if anchored_to is not None and anchored_to.startswith("t:"):
            target = new_index.get(int(anchored_to.split(":")[1]))
            anchored_to = f"t:{target}" if target is not None else "dct"
        result.append(dataclasses.replace(timex, anchor=anchor, anchored_to=anchored_to))
    return result


def _inside_a_name(doc: Doc, timex: Timex) -> bool:
    """ "USA TODAY reported": the outlet's name, not the day."""
    if doc.text[timex.start : timex.end].lower() not in DEICTIC_WORDS:
        return False
    word = doc.text[timex.start : timex.end]
    if word.lower() == "today" and doc.text[max(0, timex.start - 4) : timex.start] == "USA ":
        return True  # the paper's name, even where the tagger splits it ("Ken Blaze-USA TODAY")
    return any(
        ent.label_ in NAME_LABELS_HIDING_TIMES
        and ent.start_char <= timex.start
        and timex.end <= ent.end_char
        and len(ent) > 1
        for ent in doc.ents
    )


def to_records(tagged: list[Timex], offset: int) -> tuple[TimeExpression, ...]:
    """Timex -> TimeExpression with ids "t1", "t2", ... and offsets moved by `offset`."""
    records: list[TimeExpression] = []
    for index, timex in enumerate(tagged):
        records.append(
            TimeExpression(
                id=f"t{index + 1}",
                span=Span(timex.start + offset, timex.end + offset),
                type=timex.type,
                value=timex.value,
                mod=timex.mod,
                anchor_id=None if timex.anchor is None else f"t{timex.anchor + 1}",
                derived_by=timex.derived_by,
                anchored_to=_anchor_name(timex.anchored_to),
            )
        )
    return tuple(records)


def _anchor_name(anchored: str | None) -> str | None:
    if anchored is None or anchored == "dct":
        return anchored
    return f"t{int(anchored.split(':')[1]) + 1}"
