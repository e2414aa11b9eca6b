"""Publication date-times as printed: keep the printed UTC offset, never invent one."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from dateline.records import Published, Span

# The header line of the bundled example: " date 2023-02-24 24 February 2023 11:53 (UTC+04:00)".
HEADER_LINE = re.compile(r"\A[ \t]*date[ \t]+(?P<rest>[^\n]*)(?:\n|\Z)")
ISO_DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
CLOCK = re.compile(r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?\b")
UTC_OFFSET = re.compile(
    r"\b(?:UTC|GMT)\s*(?:(?P<sign>[+\-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?(?![\w])"
)


def format_offset(sign: str, hours: int, minutes: int) -> str:
    return f"{'-' if sign in '-−' else '+'}{hours:02d}:{minutes:02d}"


def parse_printed_datetime(text: str, source: str, span: Span | None = None) -> Published | None:
    """Parse a printed date, time and UTC offset ("2023-02-24 ... 11:53 (UTC+04:00)").

    The value keeps the printed offset; without one it stays naive, and without a clock time it
    stays a date: precision is never invented.
    """
    date_match = ISO_DATE.search(text)
    if date_match is None:
        return _parse_with_dateparser(text, source, span)
    try:
        day = datetime(int(date_match["y"]), int(date_match["m"]), int(date_match["d"]))
    except ValueError:
        return None
    clock = CLOCK.search(text, date_match.end())
    if clock is None:
        return Published(day.date().isoformat(), "day", None, source, span)
    value = day.replace(hour=int(clock["h"]), minute=int(clock["mi"]), second=int(clock["s"] or 0))
    precision = "second" if clock["s"] else "minute"
    offset_match = UTC_OFFSET.search(text, clock.end())
    offset = None
    if offset_match is not None:
        if offset_match["sign"]:
            offset = format_offset(
                offset_match["sign"], int(offset_match["oh"]), int(offset_match["om"] or 0)
            )
        else:
            offset = "+00:00"
    iso = value.isoformat() + (offset or "")
    return Published(iso, precision, offset, source, span)


def published_from_iso(value: str, source: str) -> Published | None:
    """Parse an ISO 8601 string (from metadata or JSON); keep its offset if it has one."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return _parse_with_dateparser(value, source, None)
    has_time = "T" in value or " " in value.strip() or ":" in value
    if not has_time:
        return Published(parsed.date().isoformat(), "day", None, source)
    offset = _offset_of(parsed)
    precision = "second" if parsed.second or parsed.microsecond else "minute"
    naive = parsed.replace(tzinfo=None, microsecond=0).isoformat()
    return Published(naive + (offset or ""), precision, offset, source)


# RFC 822 (RSS pubDate): "Fri, 24 Feb 2023 11:53:07 +0400"; the seconds are optional.
RFC822_SECONDS = re.compile(r"\b\d{1,2}:\d{2}:\d{2}\b")


def published_from_feed(value: str, source: str = "feed") -> Published | None:
    """A feed entry's date as printed: RSS's RFC 822 form or Atom's ISO 8601, offset kept.

    RFC 822 "-0000" means the offset is unknown (RFC 5322), so the value stays naive; "GMT",
    "UT" and "Z" are +00:00. Anything else is no date: a feed's date is never guessed from
    free text ("yesterday" would be read against today).
    """
    value = value.strip()
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return published_from_iso(value, source)
    precision = "second" if RFC822_SECONDS.search(value) else "minute"
    offset = _offset_of(parsed)
    naive = parsed.replace(tzinfo=None, microsecond=0).isoformat()
    return Published(naive + (offset or ""), precision, offset, source)


def _offset_of(moment: datetime) -> str | None:
    """The UTC offset of an aware datetime as printed in ISO 8601 ("+04:00"), None if naive."""
    delta = moment.utcoffset()
    if delta is None:
        return None
    total = int(delta.total_seconds() // 60)
    return format_offset("-" if total < 0 else "+", abs(total) // 60, abs(total) % 60)


def _parse_with_dateparser(text: str, source: str, span: Span | None) -> Published | None:
    """Last resort for free-form dates ("24 February 2023"): day precision unless a clock.
    Only a full date written out: "yesterday" or "in 3 days" would be read against today, and
    "February 24" would take this year; a publication date is never invented."""
    import dateparser

    settings = {
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        # no relative-time, and no timestamp: a bare epoch would be read in local time
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    parsed = dateparser.parse(text, settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    if CLOCK.search(text):
        return Published(parsed.replace(second=0).isoformat(), "minute", None, source, span)
    return Published(parsed.date().isoformat(), "day", None, source, span)


def parse_dateline_header(text: str) -> tuple[Published | None, int] | None:
    """If `text` starts with a ` date ...` header line: its date and where the body starts."""
    match = HEADER_LINE.match(text)
    if match is None or not ISO_DATE.search(match["rest"]):
        return None
    span = Span(match.start("rest"), match.end("rest"))
    published = parse_printed_datetime(match["rest"], "header", span)
    body_start = match.end()
    while body_start < len(text) and text[body_start] in " \t\n":
        body_start += 1
    return published, body_start
