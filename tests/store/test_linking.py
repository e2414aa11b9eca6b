"""Cross-article entity linking over knowledge-base names (`store.linking`), hand-built names."""

from __future__ import annotations

import pytest

from dateline.store.linking import NameRecord, fullness, link_names, name_form


def person(name: str, articles: int = 1, *words: str) -> NameRecord:
    return NameRecord(f"PERSON:{name.casefold()}", "PERSON", name, articles, frozenset(words))


def org(name: str, articles: int = 1, *variants: str) -> NameRecord:
    return NameRecord(f"ORG:{name.casefold()}", "ORG", name, articles, variants=frozenset(variants))


@pytest.mark.parametrize(
    ("records", "alias", "target"),
    [
        # an honorific and surname, or the surname alone, stands for the full name
        ([person("Barack Obama", 5), person("Mr. Obama", 2)], "mr. obama", "barack obama"),
        ([person("Barack Obama", 5), person("Obama", 9)], "obama", "barack obama"),
        # an initial makes a name less full: "Donald J. Trump" is "Donald Trump", and a bare
        # "Trump" goes to the name both stand for
        (
            [person("Donald Trump", 9), person("Donald J. Trump"), person("Trump", 3)],
            "trump",
            "donald trump",
        ),
        ([person("Donald Trump", 9), person("Donald J. Trump")], "donald j. trump", "donald trump"),
        # of two people with the surname, the one in far more articles
        (
            [person("Hillary Clinton", 12), person("Bill Clinton", 3), person("Clinton", 2)],
            "clinton",
            "hillary clinton",
        ),
        # the sex the honorific tells picks between them whatever their articles
        (
            [
                person("Hillary Clinton", 12, "mrs."),
                person("Bill Clinton", 3, "husband"),
                person("Mr. Clinton", 2),
            ],
            "mr. clinton",
            "bill clinton",
        ),
    ],
)
def test_person_links(records: list[NameRecord], alias: str, target: str) -> None:
    assert link_names(records)[f"PERSON:{alias}"] == f"PERSON:{target}"


@pytest.mark.parametrize(
    ("records", "alias"),
    [
        # two people in about as many articles: no guess
        ([person("Barack Obama", 3), person("Michelle Obama", 2), person("Obama")], "obama"),
        # told apart by sex
        ([person("Bill Clinton", 4, "mr."), person("Mrs. Clinton")], "mrs. clinton"),
        # a role each, and none shared: Chief Justice Roberts is not Mayor Jennifer Roberts
        ([person("Jennifer Roberts", 3, "mayor"), person("Roberts", 1, "justice")], "roberts"),
        # a bare name may be a first name: it needs a person named in several articles
        ([person("LeBron James", 1), person("James")], "james"),
        # another first name
        ([person("Barack Obama", 5), person("Michelle Obama", 1)], "michelle obama"),
    ],
)
def test_person_stays_unlinked(records: list[NameRecord], alias: str) -> None:
    assert f"PERSON:{alias}" not in link_names(records)


def test_never_across_types() -> None:
    records = [person("Gerald Ford", 4), NameRecord("ORG:ford", "ORG", "Ford", 1)]
    assert link_names(records) == {}


@pytest.mark.parametrize(
    ("as_place", "linked"),
    [
        (1, True),  # a person's name typed a place in one article of five: the tagger's mistake
        (2, False),  # two ways in about as many articles: no guess
    ],
)
def test_one_full_name_typed_two_ways(as_place: int, linked: bool) -> None:
    records = [
        person("Wladimir Klitschko", 5),
        NameRecord("GPE:wladimir klitschko", "GPE", "Wladimir Klitschko", as_place),
        person("Klitschko", 1),
    ]
    links = link_names(records)
    assert (links.get("GPE:wladimir klitschko") == "PERSON:wladimir klitschko") is linked


@pytest.mark.parametrize(
    ("records", "alias", "target"),
    [
        # a variant some article wrote with the fuller name
        (
            [org("Northrop Grumman", 3, "northrop grumman", "northrop"), org("Northrop")],
            "northrop",
            "northrop grumman",
        ),
        # an acronym of the name
        ([org("Royal Air Force", 2), org("RAF")], "raf", "royal air force"),
        # the legal form is spelling: both are the name without it
        ([org("Apple Inc.", 5), org("Apple", 2)], "apple inc.", "apple"),
        # a place opening an organisation's name
        (
            [
                org("New Orleans Saints", 3),
                org("Saints", 2),
                NameRecord("GPE:new orleans", "GPE", "New Orleans", 1),
            ],
            "saints",
            "new orleans saints",
        ),
        # a country's other name opening an organisation's
        (
            [org("United States Air Force", 1), org("US Air Force", 2)],
            "us air force",
            "united states air force",
        ),
    ],
)
def test_organisation_links(records: list[NameRecord], alias: str, target: str) -> None:
    assert link_names(records)[f"ORG:{alias}"] == f"ORG:{target}"


@pytest.mark.parametrize(
    ("full", "short"),
    [("Ohio Democratic Party", "Democratic Party"), ("Swedish Air Force", "Air Force")],
)
def test_a_kind_of_body_is_not_one_place_s(full: str, short: str) -> None:
    records = [org(full, 3), org(short, 1), NameRecord("GPE:ohio", "GPE", "Ohio", 1)]
    assert link_names(records) == {}


def test_acronym_in_far_more_articles_is_another_organisation() -> None:
    records = [org("National Baptist Convention", 1), org("NBC", 7)]
    assert link_names(records) == {}


def test_other_names_of_a_country() -> None:
    records = [
        NameRecord("GPE:united states", "GPE", "United States", 3),
        NameRecord("GPE:u.s.", "GPE", "U.S.", 6),
        NameRecord("GPE:america", "GPE", "America", 1),
        NameRecord("GPE:britain", "GPE", "Britain", 1),
    ]
    assert link_names(records) == {
        "GPE:u.s.": "GPE:united states",
        "GPE:america": "GPE:united states",
    }


@pytest.mark.parametrize(
    ("name", "entity_type", "form"),
    [
        ("The Boeing Company", "ORG", "boeing"),
        ("EADS N.V.", "ORG", "eads"),
        ("U.S. Federal Reserve", "ORG", "united states federal reserve"),
        ("U.K.", "GPE", "united kingdom"),
        ("St. Louis", "GPE", "st louis"),
        ("Mr. Trump", "PERSON", "mr trump"),
        ("Republicans", "NORP", "republican"),
        ("Armenians", "NORP", "armenian"),
    ],
)
def test_name_form(name: str, entity_type: str, form: str) -> None:
    assert name_form(name, entity_type) == form


@pytest.mark.parametrize(
    ("name", "expected"), [("Mr. Obama", 1), ("Barack Obama", 2), ("Donald J. Trump", 1)]
)
def test_fullness(name: str, expected: int) -> None:
    assert fullness(name) == expected


def test_groups_of_people_link_to_nothing() -> None:
    groups = [NameRecord(f"GROUP:{doc}:analysts", "GROUP", "analysts", 1) for doc in "ab"]
    assert link_names(groups) == {}
