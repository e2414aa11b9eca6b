"""Named data for quantities: number words, scales, units and currencies."""

from __future__ import annotations

from typing import Final

from dateline.lexicons.time_words import MOD_PREFIXES
from dateline.lexicons.time_words import NUMBER_WORDS as CARDINALS

# Cardinal words are shared with the time lexicon; counts add "dozen" and the articles.
NUMBER_WORDS: Final[dict[str, float]] = {**CARDINALS, "dozen": 12, "a": 1, "an": 1}
SCALES: Final[dict[str, float]] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "m": 1e6,
    "bn": 1e9,
    "k": 1e3,
    "dozen": 12,  # "a dozen", "two dozen": a multiplier after a number
    "dozens": 12,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
}
# Words before a number that bound or soften it ("at least 20 people"): the time layer's TIMEX3
# mod words ("nearly forty years" is LESS_THAN there, so "nearly 100 people" is here), and words
# that bound counts only; None: a word that only stresses the number ("only 0.2 percent").
NUMBER_MODIFIERS: Final[dict[tuple[str, ...], str | None]] = {
    **{tuple(words.split()): mod for words, mod in MOD_PREFIXES.items()},
    ("no", "fewer", "than"): "EQUAL_OR_MORE",
    ("a", "minimum", "of"): "EQUAL_OR_MORE",
    ("just", "over"): "MORE_THAN",
    ("upwards", "of"): "MORE_THAN",
    ("in", "excess", "of"): "MORE_THAN",
    ("a", "maximum", "of"): "EQUAL_OR_LESS",
    ("just", "under"): "LESS_THAN",
    ("close", "to"): "APPROX",
    ("an", "estimated"): "APPROX",
    ("estimated",): "APPROX",
    ("only",): None,
    ("just",): None,
    ("exactly",): None,
}
# Unit nouns (lemma → unit written in the record). A counted noun that is not here is "counted".
UNITS: Final[dict[str, str]] = {
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "decade": "decade",
    "century": "century",
    "km": "km",
    "kilometre": "km",
    "kilometer": "km",
    "mile": "mile",
    "metre": "m",
    "meter": "m",
    "kg": "kg",
    "kilogram": "kg",
    "ton": "t",
    "tonne": "t",
    "hectare": "ha",
    "percent": "%",
    "per cent": "%",
    "%": "%",
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "manat": "AZN",
    "ruble": "RUB",
    "rouble": "RUB",
    "yuan": "CNY",
    "yen": "JPY",
    "lira": "TRY",
    "mark": "BAM",
    "barrel": "barrel",
    "litre": "l",
    "liter": "l",
}
CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₼": "AZN",
}
QUANTITY_LABELS: Final = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
