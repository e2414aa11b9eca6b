"""Time expressions: extents, one parametrized table per normalisation rule, the TIMEX3 value
grammar as a property, the stage on a tokenizer-only pipeline, and the example article (slow)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.extract.time import (
    TIMEX3_VALUE,
    Dct,
    dct_from_published,
    extract_times,
    governing_span,
    is_timex3_value,
    parse_number,
    parse_spoken_year,
    parse_tense,
    resolve_weekday,
    resolve_year_of,
    tag_times,
    text_tense,
)
from dateline.records import Published

DCT = Dct(date(2023, 2, 24), "11:53", "+04:00")  # a Friday, as the example's dateline


def PAST(start: int, end: int) -> int:
    return -1


def FUTURE(start: int, end: int) -> int:
    return 1


def UNKNOWN(start: int, end: int) -> int:
    return 0


Tense = Callable[[int, int], int]


def tagged(
    text: str, dct: Dct | None = DCT, tense: Tense | None = UNKNOWN
) -> list[tuple[str, str, str]]:
    """(extent, type, value) of every expression found in `text`."""
    return [(text[t.start : t.end], t.type, t.value) for t in tag_times(text, dct, tense)]


def only(text: str, dct: Dct | None = DCT, tense: Tense | None = UNKNOWN) -> tuple[str, str, str]:
    found = tagged(text, dct, tense)
    assert len(found) == 1, found
    return found[0]


# ---- one table per rule: (sentence, extent, type, value) -----------------------------------

ABSOLUTE = [
    ("The deal closed on February 23, 2021.", "February 23, 2021", "DATE", "2021-02-23"),
    ("It opened on 23 February 2023 in Baku.", "23 February 2023", "DATE", "2023-02-23"),
    (
        "Filed 2023-02-24T11:53+04:00 by wire.",
        "2023-02-24T11:53+04:00",
        "TIME",
        "2023-02-24T11:53+04:00",
    ),  # noqa: E501
    ("The note is dated 10/27/89 in the file.", "10/27/89", "DATE", "1989-10-27"),
    ("Prices peaked in March 1996, traders said.", "March 1996", "DATE", "1996-03"),
    ("The war ended in 1994.", "1994", "DATE", "1994"),
    ("In fiscal 1989, it earned $7.8 million.", "fiscal 1989", "DATE", "1989"),
    ("It opened in the winter of 1994.", "the winter of 1994", "DATE", "1994-WI"),
    ("Born in nineteen ninety-six, she left.", "nineteen ninety-six", "DATE", "1996"),
    ("Sales rose in the fourth quarter of 1989.", "the fourth quarter of 1989", "DATE", "1989-Q4"),
    ("Margins fell in the first half of 2022.", "the first half of 2022", "DATE", "2022-H1"),
    ("Rents rose sharply in the 1990s.", "the 1990s", "DATE", "199X"),
    ("It was built in the 11th century.", "the 11th century", "DATE", "10"),
    ("They met on Christmas Day 2020.", "Christmas Day 2020", "DATE", "2020-12-25"),
    ("Markets close on Good Friday 2024.", "Good Friday 2024", "DATE", "2024-03-29"),
]

RELATIVE_TO_DCT = [
    ("The minister arrived yesterday.", "yesterday", "DATE", "2023-02-23"),
    ("The vote is tomorrow.", "tomorrow", "DATE", "2023-02-25"),
    ("Talks resume today.", "today", "DATE", "2023-02-24"),
    ("The summit opens tonight.", "tonight", "TIME", "2023-02-24TNI"),
    ("Shares fell this morning.", "this morning", "TIME", "2023-02-24TMO"),
    ("Gunfire was heard last night.", "last night", "TIME", "2023-02-23TNI"),
    ("Exports rose last week.", "last week", "DATE", "2023-W07"),
    ("Exports rose this month.", "this month", "DATE", "2023-02"),
    ("Elections are due next year.", "next year", "DATE", "2024"),
    ("Profit doubled last year.", "last year", "DATE", "2022"),
    ("The bridge collapsed two years ago.", "two years ago", "DATE", "2021"),
    ("The bridge collapsed three days ago.", "three days ago", "DATE", "2023-02-21"),
    ("The rebels struck two hours ago.", "two hours ago", "TIME", "2023-02-24T09:53+04:00"),
    ("It was agreed last November.", "last November", "DATE", "2022-11"),
    ("It will be signed next March.", "next March", "DATE", "2023-03"),
    ("It will be signed this summer.", "this summer", "DATE", "2023-SU"),
    ("It was signed last fall.", "last fall", "DATE", "2022-FA"),
    ("Output fell in the latest quarter.", "the latest quarter", "DATE", "2022-Q4"),
    ("The talks failed last Friday.", "last Friday", "DATE", "2023-02-17"),
    ("The talks resume next Monday.", "next Monday", "DATE", "2023-02-27"),
    ("The storm hit over the weekend.", "the weekend", "DATE", "2023-W08-WE"),
    ("Prices rose this decade.", "this decade", "DATE", "202X"),
]

TENSE_DIRECTION = [
    # (sentence, tense, extent, value): the tense picks the preceding or the following one
    ("The conference was held on February 23.", PAST, "February 23", "2023-02-23"),
    ("The plant closed in June.", PAST, "June", "2022-06"),
    ("The plant will close in June.", FUTURE, "June", "2023-06"),
    ("The fair opened on March 20.", PAST, "March 20", "2022-03-20"),
    ("The fair opens on March 20.", FUTURE, "March 20", "2023-03-20"),
    ("The envoy left on Monday.", PAST, "Monday", "2023-02-20"),
    ("The envoy will leave on Monday.", FUTURE, "Monday", "2023-02-27"),
    ("The envoy spoke on Friday.", PAST, "Friday", "2023-02-24"),
    ("The harvest ended in December.", PAST, "December", "2022-12"),
    ("Shares will be issued in December.", FUTURE, "December", "2023-12"),
    ("The fourth quarter was weak.", PAST, "The fourth quarter", "2022-Q4"),
    # written on a Friday: a past weekend is the one before, a coming one this week's
    ("Fans gathered over the weekend.", PAST, "the weekend", "2023-W07-WE"),
    ("Fans will gather over the weekend.", FUTURE, "the weekend", "2023-W08-WE"),
]

LAST_MENTIONED_TIME = [
    # the second expression resolves against the first, not against the DCT
    ("The plant opened on June 3, 1998. The next day, it closed.", "The next day", "1998-06-04"),
    ("The plant opened on June 3, 1998. The previous day, it was tested.", "The previous day",
     "1998-06-02"),
    ("He moved to Baku in June 1998 and left later that year.", "later that year", "1998"),
    ("Profit rose in the third quarter of 1998 from a year earlier.", "a year earlier", "1997-Q3"),
    ("It opened on June 3, 1998 and shut three days later.", "three days later", "1998-06-06"),
    ("It opened on June 3, 1998 at 7:15 p.m. sharp.", "7:15 p.m.", "1998-06-03T19:15"),
]  # fmt: skip

DURATIONS = [
    ("In all, 31 years have passed.", "31 years", "P31Y"),
    ("The war lasted 44 days.", "44 days", "P44D"),
    ("He won a five-year term.", "five-year", "P5Y"),
    ("The project is two and a half years late.", "two and a half years", "P2.5Y"),
    ("The hearing lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    ("Talks dragged on for several months.", "several months", "PXM"),
    ("The town was besieged for years.", "years", "PXY"),
    ("It destroyed centuries-old monuments.", "centuries-old", "PXC"),
    ("Stocks fell in the past two weeks.", "the past two weeks", "P2W"),
    ("Sales rose in the first nine months.", "the first nine months", "P9M"),
    ("The border was shut for two decades.", "two decades", "P20Y"),
    ("They observed a minute of silence.", "a minute", "PT1M"),
    ("The plan spans the next couple of years.", "the next couple of years", "P2Y"),
    ("Profits grew over the past decade.", "the past decade", "P10Y"),
    # "over" before a determiner is the preposition, not a bound: no MORE_THAN, not in extent
    ("Homes will be built over the next five years.", "the next five years", "P5Y"),
    ("Prices rose over the past two years.", "the past two years", "P2Y"),
]

MODS = [
    ("Shipments begin in early 1990.", "early 1990", "1990", "START"),
    ("A verdict is expected in mid-November.", "mid-November", "2022-11", "MID"),
    ("The spokesman spoke late yesterday.", "late yesterday", "2023-02-23", "END"),
    ("The siege lasted nearly forty years.", "nearly forty years", "P40Y", "LESS_THAN"),
    ("She testified for more than four hours.", "more than four hours", "PT4H", "MORE_THAN"),
    ("The banks must wait at least 30 days.", "at least 30 days", "P30D", "EQUAL_OR_MORE"),
    ("He has worked there for over five years.", "over five years", "P5Y", "MORE_THAN"),
    ("The shop was robbed around 7:15 p.m.", "around 7:15 p.m.", "2023-02-24T19:15", "APPROX"),
    ("The company expects to be profitable in 1994 or later.", "1994 or later", "1994",
     "ON_OR_AFTER"),
    ("The fire broke out in the early hours of Thursday.", "the early hours of Thursday",
     "2023-02-23", "START"),
    ("The talks ran into the small hours of February 20.", "the small hours of February 20",
     "2023-02-20", "START"),
]  # fmt: skip

SETS = [
    ("The market opens every Tuesday.", "every Tuesday", "XXXX-WXX-2"),
    ("The paper is published daily.", "daily", "P1D"),
    ("The board meets twice a week.", "a week", "P1W"),
    ("Rates are reviewed each year.", "each year", "P1Y"),
    ("The club meets on Tuesdays.", "Tuesdays", "XXXX-WXX-2"),
    ("Flights leave on Monday nights.", "Monday nights", "XXXX-WXX-1TNI"),
]

FUZZY = [
    ("Prices are now falling.", "now", "PRESENT_REF"),
    ("The agency recently announced new rules.", "recently", "PAST_REF"),
    ("Nobody knows what the future holds.", "the future", "FUTURE_REF"),
    ("Inflation eased in recent years.", "recent years", "PAST_REF"),
    ("The tanker is currently anchored offshore.", "currently", "PRESENT_REF"),
]

CLOCK_TIMES = [
    ("The blast came at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2023-02-22T22:00"),
    ("The first flight took off at 18:00 UTC.", "18:00 UTC", "2023-02-24T18:00Z"),
    ("Talks broke off at noon Thursday.", "noon Thursday", "2023-02-23T12:00"),
    ("The offer expires at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "2022-11-09T17:00-05:00"),
    ("The statement came at 11:53 (UTC+04:00).", "11:53 (UTC+04:00)", "2023-02-24T11:53+04:00"),
    ("The plane landed at 6:40 p.m. (GMT +8) today.", "6:40 p.m. (GMT +8) today",
     "2023-02-24T18:40+08:00"),
    ("He will leave at 4 in the morning.", "4 in the morning", "2023-02-24T04:00"),
    # a zone without an offset to state: the day after it still anchors the clock
    ("The shooting happened at 9pm local time on Wednesday.", "9pm local time on Wednesday",
     "2023-02-22T21:00"),
    ("Polls closed at 8 p.m. ET Tuesday.", "8 p.m. ET Tuesday", "2023-02-21T20:00"),
]  # fmt: skip


@pytest.mark.parametrize("sentence,extent,type_,value", ABSOLUTE)
def test_time_absolute_dates(sentence: str, extent: str, type_: str, value: str) -> None:
    assert only(sentence) == (extent, type_, value)


@pytest.mark.parametrize("sentence,extent,type_,value", RELATIVE_TO_DCT)
def test_time_relative_to_dct(sentence: str, extent: str, type_: str, value: str) -> None:
    assert only(sentence) == (extent, type_, value)


@pytest.mark.parametrize("sentence,tense,extent,value", TENSE_DIRECTION)
def test_time_tense_picks_direction(sentence: str, tense: Tense, extent: str, value: str) -> None:
    assert only(sentence, tense=tense)[::2] == (extent, value)


@pytest.mark.parametrize("sentence,extent,value", LAST_MENTIONED_TIME)
def test_time_resolves_against_last_mentioned_time(sentence: str, extent: str, value: str) -> None:
    found = tag_times(sentence, DCT, UNKNOWN)
    second = found[-1]
    assert (sentence[second.start : second.end], second.value) == (extent, value)
    assert second.anchored_to in ("t:0", "dct") or second.anchored_to is None


def test_time_anchored_to_names_the_time_it_was_resolved_against() -> None:
    text = "The plant opened on June 3, 1998. The next day, it closed."
    first, second = tag_times(text, DCT, UNKNOWN)
    assert first.anchored_to is None  # a full date is read, not resolved
    assert second.anchored_to == "t:0"


@pytest.mark.parametrize("sentence,extent,value", DURATIONS)
def test_time_durations(sentence: str, extent: str, value: str) -> None:
    assert only(sentence) == (extent, "DURATION", value)


@pytest.mark.parametrize("sentence,extent,value,mod", MODS)
def test_time_mods(sentence: str, extent: str, value: str, mod: str) -> None:
    (timex,) = tag_times(sentence, DCT, UNKNOWN)
    assert (sentence[timex.start : timex.end], timex.value, timex.mod) == (extent, value, mod)


@pytest.mark.parametrize("sentence,extent,value", SETS)
def test_time_sets(sentence: str, extent: str, value: str) -> None:
    assert only(sentence) == (extent, "SET", value)


@pytest.mark.parametrize("sentence,extent,value", FUZZY)
def test_time_fuzzy_references(sentence: str, extent: str, value: str) -> None:
    assert only(sentence) == (extent, "DATE", value)


@pytest.mark.parametrize("sentence,extent,value", CLOCK_TIMES)
def test_time_clock_times(sentence: str, extent: str, value: str) -> None:
    assert only(sentence) == (extent, "TIME", value)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Troops attacked the town on the night of February 25-26, 1992.",
            [
                ("the night of February 25", "TIME", "1992-02-25TNI"),
                ("26, 1992", "DATE", "1992-02-26"),
            ],
        ),
        (
            "The fair runs Feb. 3-5 in Oslo.",
            [("Feb. 3", "DATE", "2023-02-03"), ("5", "DATE", "2023-02-05")],
        ),
        (
            "The summit is on 24 and 25 April 2024.",
            [("24", "DATE", "2024-04-24"), ("25 April 2024", "DATE", "2024-04-25")],
        ),
    ],
)
def test_time_day_ranges_give_start_and_end(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(sentence) == expected


def test_time_range_end_is_anchored_to_its_start() -> None:
    start, end = tag_times("They met on Feb. 3-5, 2021.", DCT, UNKNOWN)
    assert end.anchored_to == "t:0"


# ---- bad input: lower precision or X parts, never a crash or an invented precision ----------


@pytest.mark.parametrize(
    "sentence,dct,value",
    [
        ("It happened on February 30.", DCT, "2023-02"),
        ("It happened on February 30, 2021.", DCT, "2021-02"),
        ("It happened on February 30.", None, "XXXX-02"),
        ("It happened on February 23.", None, "XXXX-02-23"),
        ("It happened yesterday.", None, "XXXX-XX-XX"),
        ("It happened last week.", None, "XXXX-WXX"),
        ("It happened last year.", None, "XXXX"),
        ("It happened on Friday.", None, "XXXX-WXX-5"),
        ("It happened on 10/27/89.", None, "XXXX-10-27"),
        ("It happened in the third quarter.", None, "XXXX-Q3"),
        ("It happened two years ago.", None, "XXXX"),
        ("It happened at 7:15 p.m.", None, "XXXX-XX-XXT19:15"),
    ],
)
def test_time_bad_input_keeps_x_parts(sentence: str, dct: Dct | None, value: str) -> None:
    assert only(sentence, dct=dct)[2] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "A 47-year-old man was arrested.",
        "Mr. Reupke, 52 years old, resigned.",
        "The unit saves $500 million a year.",
        "May I ask a question?",
        "The Boeing 737-800 landed safely.",
        "Iraq imports about three-quarters of its food.",
        "He marched in the annual March for Life.",
        "They could leave as soon as Tuesday arrives.",
        "Some 1,990 people attended.",
        "He previously held similar posts.",
    ],
)
def test_time_not_a_timex(sentence: str) -> None:
    values = [value for _extent, _type, value in tagged(sentence)]
    assert "P47Y" not in values and "P52Y" not in values
    assert not [v for v in values if v in ("P1Y", "2023-05", "1990", "PAST_REF", "P3Q")]


# ---- derived values ---------------------------------------------------------------------------


def test_time_anniversary_derives_the_origin_year() -> None:
    text = "A rally on February 23 marked the 31st anniversary of the Khojaly genocide, they said."
    found = tag_times(text, DCT, PAST)
    anniversary = next(t for t in found if t.derived_by == "anniversary")
    origin = next(t for t in found if t.derived_by == "anniversary-origin")
    assert (text[anniversary.start : anniversary.end], anniversary.value) == (
        "the 31st anniversary",
        "2023",
    )
    assert (text[origin.start : origin.end], origin.value) == ("the Khojaly genocide", "1992")
    assert origin.anchor == found.index(anniversary)


def test_time_years_since_derives_the_start() -> None:
    text = "He noted that 31 years have passed since the Khojaly genocide, committed in 1992."
    found = tag_times(text, DCT, PAST)
    duration = next(t for t in found if t.type == "DURATION")
    origin = next(t for t in found if t.derived_by == "years-since")
    assert duration.value == "P31Y"
    assert (text[origin.start : origin.end], origin.value) == ("the Khojaly genocide", "1992")
    assert origin.anchor == found.index(duration)


def test_time_derivation_reads_quoted_names_whole() -> None:
    text = "It marked the 15th anniversary of the “Justice for Khojaly!” campaign."
    origin = next(t for t in tag_times(text, DCT, PAST) if t.derived_by)
    assert origin.derived_by == "anniversary"
    derived = [t for t in tag_times(text, DCT, PAST) if t.derived_by == "anniversary-origin"]
    assert [(text[t.start : t.end], t.value) for t in derived] == [
        ("the “Justice for Khojaly!” campaign", "2008")
    ]


# ---- helpers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,number",
    [
        ("31", 31),
        ("1,000", 1000),
        ("twenty-four", 24),
        ("twenty four", 24),
        ("one hundred", 100),
        ("two thousand", 2000),
        ("2 1/2", 2.5),
        ("two and a half", 2.5),
        ("a", 1),
        ("a couple of", 2),
        ("several", None),
    ],
)
def test_time_parse_number(text: str, number: float | None) -> None:
    assert parse_number(text) == number


@pytest.mark.parametrize(
    "text,year",
    [("nineteen ninety-six", 1996), ("nineteen hundred", 1900), ("two thousand and one", 2001)],
)
def test_time_parse_spoken_year(text: str, year: int) -> None:
    assert parse_spoken_year(text) == year


@pytest.mark.parametrize(
    "month,day,direction,year",
    [
        (2, 23, -1, 2023),  # the day before the DCT
        (12, 20, -1, 2022),  # past: the preceding December
        (12, 20, 1, 2023),
        (1, 10, 1, 2024),  # future: the following January
        (3, 1, -1, 2023),  # within the one-week window after the DCT
        (8, 20, 0, 2023),  # no tense: the nearest
        (9, 30, 0, 2022),
        (11, None, 0, 2022),  # a whole month, no tense: the nearest
    ],
)
def test_time_resolve_year_of(month: int, day: int | None, direction: int, year: int) -> None:
    assert resolve_year_of(month, day, date(2023, 2, 24), direction) == year


@pytest.mark.parametrize(
    "weekday,direction,relation,expected",
    [
        (1, -1, "", date(2023, 2, 20)),
        (1, 1, "", date(2023, 2, 27)),
        (5, -1, "", date(2023, 2, 24)),
        (5, 0, "last", date(2023, 2, 17)),
        (5, 0, "next", date(2023, 3, 3)),
        (3, 0, "", date(2023, 2, 22)),  # no tense: the nearest Wednesday
        (7, 0, "", date(2023, 2, 26)),
    ],
)
def test_time_resolve_weekday(weekday: int, direction: int, relation: str, expected: date) -> None:
    assert resolve_weekday(weekday, date(2023, 2, 24), direction, relation) == expected


@pytest.mark.parametrize(
    "text,direction",
    [
        ("The minister said on Monday that it was over.", -1),
        ("The minister will speak on Monday.", 1),
        ("Talks are scheduled to resume on Monday.", 1),
        ("Talks on Monday.", 0),
        ("The deadline was extended until Monday.", 1),
    ],
)
def test_time_text_tense(text: str, direction: int) -> None:
    start = text.index("Monday")
    assert text_tense(text, start, start + 6) == direction


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The envoy left on Monday after the talks.", "2023-02-20"),
        ("The envoy will leave on Monday.", "2023-02-27"),
        ("The court has scheduled a hearing Monday.", "2023-02-27"),
        ("The vote was postponed until Monday.", "2023-02-27"),
        ("The company declared a dividend payable Feb. 28.", "2023-02-28"),
    ],
)
def test_time_parse_tense_from_the_governing_verb(nlp, sentence: str, expected: str) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    (timex,) = tag_times(sentence, DCT, parse_tense(nlp(sentence)))
    assert timex.value == expected


@pytest.mark.parametrize(
    "published,dct",
    [
        (Published("2023-02-24T11:53:00+04:00", "minute", "+04:00", "header"), DCT),
        (Published("2023-02-24", "day", None, "header"), Dct(date(2023, 2, 24))),
        (Published("2023-02-31", "day", None, "header"), None),
        (None, None),
    ],
)
def test_time_dct_from_published(published: Published | None, dct: Dct | None) -> None:
    assert dct_from_published(published) == dct


@pytest.mark.parametrize(
    "value",
    ["2023-02-23", "2023-02", "2023", "199X", "19", "2023-W08", "2023-W08-WE", "XXXX-WXX-2",
     "XXXX-WXX-1TNI", "2023-Q1", "2023-H2", "2023-SU", "1992-02-25TNI", "2023-02-24T11:53+04:00",
     "2023-02-24T18:00Z", "P31Y", "P44D", "PT5H30M", "P2.5Y", "PXY", "PXC", "P1W", "PAST_REF",
     "PRESENT_REF", "FUTURE_REF", "XXXX-XX-XX"],
)  # fmt: skip
def test_time_value_grammar_accepts(value: str) -> None:
    assert is_timex3_value(value)


@pytest.mark.parametrize(
    "value", ["", "2023-02-23T25:00", "P", "PT", "1992-02-25/1992-02-26", "Q1", "02-23", "P3"]
)
def test_time_value_grammar_rejects(value: str) -> None:
    assert not is_timex3_value(value)
    assert TIMEX3_VALUE.fullmatch(value) is None


# ---- properties -------------------------------------------------------------------------------

TIME_WORDS = [
    "February", "Feb.", "23", "25-26,", "1992", "the", "night", "of", "last", "next", "this",
    "week", "year", "years", "ago", "earlier", "later", "Monday", "Friday", "morning", "at",
    "10", "p.m.", "7:15", "UTC+04:00", "GMT", "-", "early", "mid", "late", "1990s", "'80s",
    "third", "quarter", "half", "fiscal", "two", "and", "a", "several", "31st", "anniversary",
    "since", "have", "passed", "every", "daily", "twice", "today", "yesterday", "tonight",
    "centuries-old", "summer", "Christmas", "Thanksgiving", "Easter", "Labor Day", "May", "30",
    "0", "99", "31", "nineteen", "ninety-six", "Jan. 14", "10/27/89", "2023-02-24T11:53+04:00",
    "two thousand", "century", "20th", "now", "recently", "year-end", "year-ago", ",", ".",
]  # fmt: skip

sentences = st.lists(st.one_of(st.sampled_from(TIME_WORDS), st.text(max_size=6)), max_size=25).map(
    " ".join
)
dcts = st.one_of(
    st.none(),
    st.builds(Dct, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=sentences, dct=dcts, direction=st.sampled_from([-1, 0, 1]))
def test_time_normalisation_never_raises_and_values_match_the_grammar(
    text: str, dct: Dct | None, direction: int
) -> None:
    found = tag_times(text, dct, lambda start, end: direction)
    for timex in found:
        assert is_timex3_value(timex.value), timex
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end].strip() == text[timex.start : timex.end]


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200))
def test_time_arbitrary_text_never_raises(text: str) -> None:
    for timex in tag_times(text, DCT):
        assert is_timex3_value(timex.value)


# ---- the stage --------------------------------------------------------------------------------


def make_article_and_parse(text: str, published: Published | None):  # type: ignore[no-untyped-def]
    from dateline.extract.pipeline import empty_article
    from dateline.ingest.readers import make_text_document
    from dateline.nlp import Parsed, blank_pipeline

    document = make_text_document(text, source="test", published=published)
    body = document.text[document.body.start : document.body.end]
    return empty_article(document), Parsed(blank_pipeline()(body), document.body.start)


def test_time_stage_offsets_point_into_the_article_text() -> None:
    text = (
        " date 2023-02-24 24 February 2023 11:53 (UTC+04:00)\n\n"
        "The conference was held on February 23 and lasted 44 days."
    )
    article, parsed = make_article_and_parse(text, None)
    result = extract_times(article, parsed)
    assert [(t.id, result.surface(t.span), t.value) for t in result.times] == [
        ("t1", "February 23", "2023-02-23"),
        ("t2", "44 days", "P44D"),
    ]
    assert result.times[0].anchored_to == "dct"
    assert result is not article and article.times == ()


def test_time_stage_ids_for_anchors_and_derivations() -> None:
    published = Published("2023-02-24T11:53:00+04:00", "minute", "+04:00", "argument")
    text = "On February 23 they marked the 31st anniversary of the Khojaly genocide."
    article, parsed = make_article_and_parse(text, published)
    times = extract_times(article, parsed).times
    by_id = {t.id: t for t in times}
    origin = next(t for t in times if t.derived_by == "anniversary-origin")
    assert origin.anchor_id is not None and by_id[origin.anchor_id].derived_by == "anniversary"
    assert by_id[origin.anchor_id].anchored_to == "t1"


def test_time_stage_without_a_dateline_keeps_x_parts() -> None:
    article, parsed = make_article_and_parse("It rained yesterday and on February 23.", None)
    article = replace(article, dateline=replace(article.dateline, published=None))
    assert [t.value for t in extract_times(article, parsed).times] == ["XXXX-XX-XX", "XXXX-02-23"]


# ---- the example article (slow: loads the model) ----------------------------------------------


@pytest.fixture(scope="module")
def example_times(nlp, example_path):  # type: ignore[no-untyped-def]
    from dateline.extract.pipeline import empty_article
    from dateline.ingest import read_paths
    from dateline.nlp import Parsed

    (document,) = list(read_paths([example_path]))
    body = document.text[document.body.start : document.body.end]
    article = extract_times(empty_article(document), Parsed(nlp(body), document.body.start))
    return article, {article.surface(t.span): t for t in article.times}


@pytest.mark.slow
@pytest.mark.parametrize(
    "extent,type_,value,derived_by",
    [
        ("February 23", "DATE", "2023-02-23", None),
        ("the night of February 25", "TIME", "1992-02-25TNI", None),
        ("26, 1992", "DATE", "1992-02-26", None),
        ("31 years", "DURATION", "P31Y", None),
        ("44 days", "DURATION", "P44D", None),
        ("30 years", "DURATION", "P30Y", None),
        ("centuries-old", "DURATION", "PXC", None),
        ("the 31st anniversary", "DATE", "2023", "anniversary"),
        ("the 15th anniversary", "DATE", "2023", "anniversary"),
        ("the international “Justice for Khojaly!” campaign", "DATE", "2008", "anniversary-origin"),
    ],
)
def test_time_example_article(  # type: ignore[no-untyped-def]
    example_times, extent: str, type_: str, value: str, derived_by: str | None
) -> None:
    _article, by_surface = example_times
    timex = by_surface[extent]
    assert (timex.type, timex.value, timex.derived_by) == (type_, value, derived_by)


@pytest.mark.slow
def test_time_example_khojaly_genocide_dated_by_both_derivations(example_times) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    article, _ = example_times
    origins = [t for t in article.times if article.surface(t.span) == "the Khojaly genocide"]
    assert {(t.value, t.derived_by) for t in origins} == {
        ("1992", "anniversary-origin"),
        ("1992", "years-since"),
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence,time,governor",
    [
        ("The conference was held on February 23 in Sarajevo.", "February 23", "held"),
        ("Troops attacked the town on the night of February 25.", "the night of February 25",
         "attacked"),
        ("The minister said yesterday that talks would resume.", "yesterday", "said"),
        ("The February 23 conference drew diplomats.", "February 23", "conference"),
    ],
)  # fmt: skip
def test_time_governing_span(nlp, sentence: str, time: str, governor: str) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    from dateline.nlp import Parsed
    from dateline.records import Span

    parsed = Parsed(nlp(sentence), 0)
    start = sentence.index(time)
    found = governing_span(parsed, Span(start, start + len(time)))
    assert found is not None and found.slice(sentence) == governor


def test_time_governing_span_needs_a_parse() -> None:
    from dateline.nlp import Parsed, blank_pipeline
    from dateline.records import Span

    parsed = Parsed(blank_pipeline()("It was held on February 23."), 0)
    assert governing_span(parsed, Span(15, 26)) is None


@pytest.mark.parametrize(
    "text,code",
    [("afternoon", "AF"), ("mid-afternoon", "AF"), ("midafternoon", "AF"), ("late night", "NI")],
)
def test_pod_code_regression_midafternoon_keyerror(text: str, code: str) -> None:
    from dateline.extract.time import pod_code

    assert pod_code(text) == code


@pytest.mark.slow
def test_example_time_links_to_the_word_it_dates(example_article) -> None:
    (february,) = [t for t in example_article.times if t.value == "2023-02-23"]
    assert february.governor is not None
    assert example_article.surface(february.governor) == "held"


@pytest.mark.slow
def test_time_a_deictic_word_in_a_name_is_no_time() -> None:
    import dateline

    text = "Talks end\n\nThe talks ended, USA TODAY reported. Today the leaders went home."
    article = dateline.extract(text, published="2016-11-10T20:00:00+00:00")
    assert [(article.surface(t.span), t.value) for t in article.times] == [("Today", "2016-11-10")]
    # "now" after the country's name is still a time
    article = dateline.extract("The USA now leads the medal table.", published="2016-11-10")
    assert [(article.surface(t.span), t.value) for t in article.times] == [("now", "PRESENT_REF")]
