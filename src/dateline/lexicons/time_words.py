"""Words of time as named data: months, weekdays, seasons, holidays, numbers and TIMEX3 modifiers.

`dateline.extract.time` builds its recognition patterns from these tables and reads values from
them; change a word here and both recognition and normalisation follow.
"""

from __future__ import annotations

# Month names and their abbreviations (lower case, without the abbreviation dot) -> month number.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Month names that are also common English words: recognised only when capitalised ("May", "March").
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "jun", "dec", "sep"})

# Weekday names -> ISO weekday number (Monday = 1), as TIMEX3 writes it in XXXX-WXX-N.
WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}
# Abbreviated weekdays are only read with their dot or before a date ("Fri., Feb. 3"): "sat", "sun"
# and "wed" are words too.
WEEKDAY_FULL_NAMES: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

# Seasons -> TIMEX3 season codes.
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Parts of the day -> TIMEX3 part-of-day codes (value suffix after "T").
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "daytime": "DT",
}

# Named clock times -> "HH:MM".
NAMED_CLOCK_TIMES: dict[str, str] = {
    "noon": "12:00",
    "midday": "12:00",
    "mid-day": "12:00",
    "midnight": "24:00",
}

# Fixed-date holidays -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "st. patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "april fools' day": (4, 1),
    "may day": (5, 1),
    "international women's day": (3, 8),
    "women's day": (3, 8),
    "independence day": (7, 4),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
}

# Holidays on the Nth weekday of a month -> (month, ISO weekday, n); n = -1 is the last one.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "martin luther king day": (1, 1, 3),
    "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3),
    "mother's day": (5, 7, 2),
    "memorial day": (5, 1, -1),
    "father's day": (6, 7, 3),
    "labor day": (9, 1, 1),
    "columbus day": (10, 1, 2),
    "thanksgiving day": (11, 4, 4),
    "thanksgiving": (11, 4, 4),
    "election day": (11, 2, 1),  # approximation: the Tuesday after the first Monday is 2..8 Nov
}

# Holidays counted in days from Western Easter Sunday (dateutil.easter computes Easter).
EASTER_HOLIDAYS: dict[str, int] = {
    "easter sunday": 0,
    "easter": 0,
    "good friday": -2,
    "easter monday": 1,
    "ash wednesday": -46,
    "palm sunday": -7,
    "pentecost": 49,
}

# Cardinal number words.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMBER_SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000}

# Words standing for "one" before a unit ("a year", "an hour").
ONE_WORDS: frozenset[str] = frozenset({"a", "an", "one", "a single"})

# Vague quantities: the number of units becomes X in the value ("several years" -> PXY).
VAGUE_QUANTITIES: tuple[str, ...] = (
    "a couple of",
    "a few",
    "few",
    "several",
    "many",
    "some",
    "numerous",
    "a number of",
    "countless",
)
COUPLE_WORDS: tuple[str, ...] = ("a couple of", "couple of", "a couple", "a pair of")

# Ordinal words and their numbers.
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
}

# Calendar units -> TIMEX3 duration unit letter. Clock units are written after "T" in a value.
CALENDAR_UNITS: dict[str, str] = {
    "year": "Y",
    "month": "M",
    "week": "W",
    "day": "D",
    "fortnight": "W",  # x2, see UNIT_MULTIPLIERS
    "quarter": "Q",
    "decade": "E",  # TimeBank's letters: E decade, C century, L millennium
    "century": "C",
    "millennium": "L",
    "weekend": "WE",
}
CLOCK_UNITS: dict[str, str] = {"hour": "H", "minute": "M", "second": "S"}
# Units spelt as a multiple of another ("two decades" -> P20Y, as TimeBank writes it).
UNIT_MULTIPLIERS: dict[str, tuple[int, str]] = {
    "decade": (10, "Y"),
    "fortnight": (2, "W"),
}
# Irregular plurals of the unit words.
UNIT_PLURALS: dict[str, str] = {
    "centuries": "century",
    "millennia": "millennium",
    "millenniums": "millennium",
}

# Fuzzy periods: vague spans of time -> TIMEX3 value and type. Only words TimeBank marks more
# often than not: "previously", "so far", "eventually", "quarterly" (dividend) are left out.
FUZZY_PAST: tuple[str, ...] = (
    "recently",
    "lately",
    "the past",
    "recent",
    "recent years",
    "past years",
    "recent quarters",
    "recent months",
    "recent weeks",
    "recent days",
    "the recent past",
)
FUZZY_PRESENT: tuple[str, ...] = (
    "now",
    "currently",
    "nowadays",
    "the present",
    "at present",
    "right now",
    "these days",
    "the time being",
    "current",
)
FUZZY_FUTURE: tuple[str, ...] = (
    "soon",
    "the future",
    "the near future",
    "the near term",
    "the long term",
    "the coming years",
    "the coming months",
    "the coming weeks",
    "the coming days",
    "coming years",
    "coming quarters",
    "future quarters",
    "future years",
    "the short term",
    "coming months",
    "coming weeks",
    "coming days",
    "the years ahead",
    "a later date",
    "future",
)

# Compound adjectives of vague length: "centuries-old" -> PXC, "decades-long" -> PXY.
FUZZY_DURATION_ADJECTIVES: dict[str, str] = {
    "centuries-old": "PXC",
    "centuries-long": "PXC",
    "century-old": "P1C",
    "decades-old": "PXY",
    "decades-long": "PXY",
    "years-long": "PXY",
    "months-long": "PXM",
    "weeks-long": "PXW",
    "days-long": "PXD",
    "hours-long": "PTXH",
    "age-old": "PXY",
    "millennia-old": "PXL",
}

# TIMEX3 `mod` words: modifiers that are part of the extent.
MOD_PREFIXES: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
}
# Position in a period: "early 1990" (START), "mid-November" (MID), "late yesterday" (END).
POSITION_MODS: dict[str, str] = {
    "early": "START",
    "earlier": "START",
    "the beginning of": "START",
    "the start of": "START",
    "the dawn of": "START",
    "the small hours of": "START",  # "the early hours of" reads as "early"
    "the wee hours of": "START",
    "mid": "MID",
    "middle": "MID",
    "the middle of": "MID",
    "the mid": "MID",
    "late": "END",
    "later": "END",
    "the end of": "END",
    "the close of": "END",
}

# Words that make a period relative ("last week", "the following day") -> how many periods away
# from the anchor; "the same", "that", "the previous", "the following" read the last mentioned
# time, the others the DCT.
RELATIONS: dict[str, int] = {
    "this": 0,
    "the current": 0,
    "current": 0,
    "the present": 0,
    "the same": 0,
    "that": 0,
    "last": -1,
    "the last": -1,
    "past": -1,
    "the past": -1,
    "this past": -1,
    "previous": -1,
    "the previous": -1,
    "prior": -1,
    "the prior": -1,
    "the preceding": -1,
    "the latest": -1,
    "next": 1,
    "the next": 1,
    "coming": 1,
    "the coming": 1,
    "this coming": 1,
    "following": 1,
    "the following": 1,
}
REFERENCE_RELATIONS: frozenset[str] = frozenset(
    {"the same", "that", "the previous", "the following", "the preceding", "the prior"}
)

# Frequency adverbs -> SET values.
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "yearly": "P1Y",
}
