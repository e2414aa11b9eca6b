"""A title-case headline read again in sentence case (dateline_headline_case)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.nlp.headline_case import (
    MODEL_ENTITIES,
    headline_tokens,
    is_title_case,
    sentence_case_words,
)


def tokenized(text: str):
    import spacy

    nlp = spacy.blank("en")
    return nlp(text)


@pytest.mark.parametrize(
    "headline,expected",
    [
        ("Tram Derails in Croydon, Near London, Killing at Least 7", True),
        ("Taliban Strike German Consulate in Afghan City of Mazar-i-Sharif", True),
        ("FBI Clears Clinton Over Emails", True),  # an acronym fits either style
        ("Tram derails in Croydon, killing seven", False),  # sentence case
        ("Obama Speaks", False),  # too short to tell from a pair of names
        ("FBI CLEARS CLINTON", False),  # capitals only: no title case to read
    ],
)
def test_title_case_lines(headline: str, expected: bool) -> None:
    doc = tokenized(headline)
    assert is_title_case(doc[:]) is expected


def words_lowered(nlp: Language, text: str) -> list[str]:
    """The headline words that the second reading writes in lower case."""
    doc = nlp(text)
    line = headline_tokens(doc)
    assert line is not None
    words = sentence_case_words(doc, *line)
    if words is None:
        return []
    return [t.text for w, t in zip(words, doc[line[0] : line[1]], strict=True) if w != t.text]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,lowered",
    [
        # the body writes "near" and "tram" in lower case, "Croydon" capitalised
        (
            "Tram Crash Near Croydon Station\n\nThe tram crashed near the station in Croydon.",
            ["Crash", "Near", "Station"],
        ),
        # another form of the word: "derailed" for "Derails"; a function word unseen: "Are"
        (
            "Fans Are Angry as Tram Derails\n\nA tram derailed on Monday.",
            ["Are", "Tram", "Derails"],
        ),
        # a name the body writes capitalised stays; so does the first word of each part
        (
            "Crash Inquiry: Police Question Driver\n\nPolice said the driver of the tram was"
            " questioned. The inquiry goes on.",
            ["Inquiry", "Question", "Driver"],
        ),
        # the body writes the word capitalised more often than not: a name ("May")
        (
            "Voters Back May in Poll\n\nVoters back Theresa May, and say May will stay. They may"
            " vote again.",
            ["Back", "Poll"],  # "Poll" is unseen, but a verb
        ),
    ],
)
def test_words_the_body_writes_in_lower_case(nlp: Language, text: str, lowered: list[str]) -> None:
    assert words_lowered(nlp, text) == lowered


@pytest.mark.slow
def test_second_reading_replaces_the_headline_parse(nlp: Language) -> None:
    text = (
        "Hillary Clinton Blames F.B.I. Director for Election Loss\n\n"
        "Hillary Clinton on Saturday blamed the F.B.I. director for her election loss."
    )
    doc = nlp(text)
    assert doc.text == text  # case is read, never written
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Hillary Clinton Blames" not in people
    assert people[0] == "Hillary Clinton"
    assert doc[2].text == "Blames" and doc[2].pos_ == "VERB" and doc[2].dep_ == "ROOT"
    # the model's own reading stays on record for a bare-spaCy baseline
    assert (0, len("Hillary Clinton Blames"), "PERSON") in doc.user_data[MODEL_ENTITIES]


@pytest.mark.slow
def test_sentence_case_headline_is_left_as_read(nlp: Language) -> None:
    doc = nlp("Tram derails in Croydon\n\nA tram derailed in Croydon on Wednesday.")
    assert MODEL_ENTITIES not in doc.user_data


@pytest.mark.slow
def test_second_reading_names_keep_no_lower_case_edge(nlp: Language) -> None:
    doc = nlp(
        "Poll: Wealthy Voters Abandon Republican Party for Clinton\n\n"
        "Wealthy voters are leaving the Republican Party, a poll shows."
    )
    assert [e.text for e in doc.ents if e.label_ == "ORG"][0] == "Republican Party"
