from __future__ import annotations

import pytest

from dateline.extract.quantities import parse_number, split_modifier


@pytest.mark.parametrize(
    "words,value",
    [
        (["63"], 63),
        (["1,250.5"], 1250.5),
        (["12", "million"], 12e6),
        (["two", "thousand"], 2000),
        (["forty-four"], 44),
        (["three", "hundred", "and", "five"], 305),
        (["$", "5", "billion"], 5e9),
        (["40%"], 40),
        (["several"], None),
        (["a", "dozen"], 12),  # a multiplier after a number, not 1 + 12
        (["two", "dozen"], 24),
        (["dozen"], 12),
    ],
)
def test_parse_number(words: list[str], value: float | None) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize(
    "words,mod,rest",
    [
        (["at", "least", "20"], "EQUAL_OR_MORE", ["20"]),
        (["More", "than", "1,000"], "MORE_THAN", ["1,000"]),
        (["no", "more", "than", "5"], "EQUAL_OR_LESS", ["5"]),  # not "more than"
        (["Nearly", "100"], "LESS_THAN", ["100"]),  # as the time layer reads "nearly"
        (["only", "0.2"], None, ["0.2"]),
        (["only", "about", "20"], "APPROX", ["20"]),  # each word in turn
        (["20"], None, ["20"]),
        (["over"], None, ["over"]),  # a modifier alone is no number
    ],
)
def test_split_modifier(words: list[str], mod: str | None, rest: list[str]) -> None:
    assert split_modifier(words) == (mod, rest)


def quantities_of(text: str, published: str = "2024-03-04T10:00:00+00:00"):
    import dateline

    article = dateline.extract(text, published=published)
    return article, [
        (
            article.surface(q.span),
            q.value,
            q.unit,
            article.surface(q.counted) if q.counted else None,
        )
        for q in article.quantities
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police arrested 14 protesters in the capital.",
            ("14 protesters", 14, None, "protesters"),
        ),
        ("The bridge cost 12 million euros.", ("12 million euros", 12e6, "EUR", None)),
        ("Unemployment fell to 5 percent last year.", ("5 percent", 5, "%", None)),
        ("The war lasted 44 days.", ("44 days", 44, "day", None)),
    ],
)
def test_quantity_value_unit_and_counted(text: str, expected: tuple) -> None:
    _, found = quantities_of(text)
    assert expected in found


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,surface,value,mod",
    [
        ("The quake killed at least 20 people.", "at least 20 people", 20, "EQUAL_OR_MORE"),
        ("More than 1,000 homes were destroyed.", "More than 1,000 homes", 1000, "MORE_THAN"),
        ("Nearly 100 people have died.", "Nearly 100 people", 100, "LESS_THAN"),
        ("Growth was only 0.2 percent.", "only 0.2 percent", 0.2, None),
        # the tagger leaves "Up to" out of "40 migrants": the span takes it in
        ("Up to 40 migrants are missing.", "Up to 40 migrants", 40, "EQUAL_OR_LESS"),
    ],
)
def test_a_bounded_figure_keeps_its_value_and_records_the_bound(
    text: str, surface: str, value: float, mod: str | None
) -> None:
    article, _ = quantities_of(text)
    found = [(article.surface(q.span), q.value, q.mod) for q in article.quantities]
    assert (surface, value, mod) in found


@pytest.mark.slow
def test_quantity_claimed_in_a_statement_is_attributed_and_linked_to_its_event() -> None:
    article, _ = quantities_of(
        "The ministry said that soldiers killed 12 civilians in the village."
    )
    (quantity,) = [q for q in article.quantities if q.value == 12]
    assert quantity.statement_id is not None
    event = next(e for e in article.events if e.id == quantity.event_id)
    assert article.surface(event.trigger) == "killed"


@pytest.mark.slow
def test_a_figure_in_another_clause_measures_no_event_of_the_first() -> None:
    article, _ = quantities_of("Nearly 100 people have died and about 50 are missing.")
    triggers = {e.id: article.surface(e.trigger) for e in article.events}
    measured = {article.surface(q.span): triggers.get(q.event_id) for q in article.quantities}
    assert measured == {"Nearly 100 people": "died", "about 50": None}


@pytest.mark.slow
def test_a_figure_in_a_relative_clause_measures_the_event_it_tells_of() -> None:
    article, _ = quantities_of(
        "Police are hunting the gang behind a bombing that left 12 people dead."
    )
    triggers = {e.id: article.surface(e.trigger) for e in article.events}
    (figure,) = [q for q in article.quantities if q.value == 12]
    assert triggers.get(figure.event_id) == "bombing"
