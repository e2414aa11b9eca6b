from __future__ import annotations

import pytest

from dateline.ingest.dates import (
    parse_dateline_header,
    parse_printed_datetime,
    published_from_feed,
    published_from_iso,
)


@pytest.mark.parametrize(
    "printed,value,precision,offset",
    [
        (
            "2023-02-24 24 February 2023 11:53 (UTC+04:00)",
            "2023-02-24T11:53:00+04:00",
            "minute",
            "+04:00",
        ),
        ("2023-02-24 11:53 (UTC-05:30)", "2023-02-24T11:53:00-05:30", "minute", "-05:30"),
        ("2023-02-24 11:53:07 GMT", "2023-02-24T11:53:07+00:00", "second", "+00:00"),
        ("2023-02-24 11:53", "2023-02-24T11:53:00", "minute", None),
        ("2023-02-24", "2023-02-24", "day", None),
        ("2023-02-24 (UTC+4)", "2023-02-24", "day", None),
    ],
)
def test_parse_printed_datetime_keeps_printed_offset(printed, value, precision, offset) -> None:
    published = parse_printed_datetime(printed, "header")
    assert published is not None
    assert (published.value, published.precision, published.utc_offset) == (
        value,
        precision,
        offset,
    )


def test_parse_printed_datetime_rejects_impossible_date() -> None:
    assert parse_printed_datetime("2023-02-30 10:00", "header") is None


@pytest.mark.parametrize(
    "iso,value,offset,precision",
    [
        ("2023-02-24T11:53:00+04:00", "2023-02-24T11:53:00+04:00", "+04:00", "minute"),
        ("2023-02-24T07:53:00Z", "2023-02-24T07:53:00+00:00", "+00:00", "minute"),
        ("2023-02-24T11:53:10", "2023-02-24T11:53:10", None, "second"),
        ("2023-02-24", "2023-02-24", None, "day"),
    ],
)
def test_published_from_iso_never_converts(iso, value, offset, precision) -> None:
    published = published_from_iso(iso, "jsonl")
    assert published is not None
    assert (published.value, published.utc_offset, published.precision) == (
        value,
        offset,
        precision,
    )


def test_published_from_iso_reads_a_date_written_out() -> None:
    published = published_from_iso("24 February 2023", "jsonl")
    assert published is not None and published.value == "2023-02-24"


# "1677196800": a bare epoch would be read in the machine's own time zone
@pytest.mark.parametrize(
    "value", ["yesterday", "in 3 days", "2 hours ago", "February 24", "1677196800"]
)
def test_published_from_iso_invents_no_date_from_a_relative_or_partial_one(value: str) -> None:
    # read against today, or given this year, these would be dates the text never printed
    assert published_from_iso(value, "jsonl") is None


def test_parse_dateline_header_returns_body_start_and_span() -> None:
    text = " date 2023-02-24 24 February 2023 11:53 (UTC+04:00)\n\nBody starts here."
    published, body_start = parse_dateline_header(text)
    assert text[body_start:].startswith("Body")
    assert published is not None and published.span is not None
    assert text[published.span.start : published.span.end].startswith("2023-02-24")


def test_parse_dateline_header_ignores_ordinary_first_lines() -> None:
    assert parse_dateline_header("dates are sweet fruit\nmore text") is None


@pytest.mark.parametrize(
    "printed,value,precision,offset",
    [
        ("Fri, 24 Feb 2023 11:53:07 +0400", "2023-02-24T11:53:07+04:00", "second", "+04:00"),
        ("Fri, 24 Feb 2023 11:53 GMT", "2023-02-24T11:53:00+00:00", "minute", "+00:00"),
        ("24 Feb 2023 11:53:00 -0000", "2023-02-24T11:53:00", "second", None),  # unknown offset
        ("Fri, 24 Feb 2023 11:53 +0530", "2023-02-24T11:53:00+05:30", "minute", "+05:30"),
        ("2023-02-24T11:53:00-05:00", "2023-02-24T11:53:00-05:00", "minute", "-05:00"),  # Atom
    ],
)
def test_published_from_feed_keeps_the_printed_offset(printed, value, precision, offset) -> None:
    published = published_from_feed(printed)
    assert published is not None
    assert (published.value, published.precision, published.utc_offset) == (
        value,
        precision,
        offset,
    )
    assert published.source == "feed"


def test_published_from_feed_gives_none_for_no_date() -> None:
    assert published_from_feed("  ") is None
    assert published_from_feed("no date at all, just words") is None
    assert published_from_feed("yesterday") is None  # never read against today
