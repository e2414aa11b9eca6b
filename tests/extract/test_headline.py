"""The headline's clause, read again where the tagger misreads headlinese, and what the main
event takes from it. Headlines and bodies are hand-written."""

from __future__ import annotations

from typing import NamedTuple

import pytest

import dateline
from dateline.extract.headline import headline_clause, headline_tokens
from dateline.nlp import known_verbs

BODY = "\n\nThe story goes on here with more detail about it."
SHOOTING = "Five people have been shot near a protest\n\nPolice said the shooting began on Tuesday."


def clause_of(nlp, headline: str) -> tuple[str, str | None, str]:
    doc = nlp(headline + BODY)
    clause = headline_clause(doc, known_verbs(doc))
    assert clause is not None
    subject = doc[clause.subject].text if clause.subject is not None else None
    return doc[clause.predicate].text, subject, doc[clause.predicate : clause.end].text


class MainEvent(NamedTuple):
    trigger: str
    predicate: str | None
    roles: set[tuple[str, str]]
    times: list[str]


def main_event(text: str, published: str = "2016-11-11T12:00:00+00:00") -> MainEvent:
    """The article's one main event, read off as surfaces and time values."""
    article = dateline.extract(text, published=published)
    (main,) = [e for e in article.events if e.is_main]
    times = {t.id: t.value for t in article.times}
    return MainEvent(
        article.surface(main.trigger),
        article.surface(main.predicate) if main.predicate else None,
        {(p.role, article.surface(p.span)) for p in main.participants},
        [times[t] for t in main.time_ids],
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "headline,predicate,phrase",
    [
        # a verb the tagger reads as a plural noun
        ("Lady Gaga protests outside Trump Tower", "protests", "protests outside Trump Tower"),
        # ... with its purpose, which is part of what it does
        (
            "Donald Trump lands in Washington to meet Obama",
            "lands",
            "lands in Washington to meet Obama",
        ),
        ("Sports world reacts to the final", "reacts", "reacts to the final"),
        # a company's plural noun before a verb is the subject: "shares" do not "share"
        ("Nike shares jump after earnings", "jump", "jump"),
        # after a singular name the -s word agrees: "protest" is its object, not the verb
        (
            "Lady Gaga stages protest outside Trump Towers",
            "stages",
            "stages protest outside Trump Towers",
        ),
        # ... and after a body that acts ("report" is what the ministry rejects)
        ("Ministry rejects report", "rejects", "rejects report"),
        # the headline's future: "to" and the verb after the noun it hangs on
        ("Nurses to strike again", "strike", "strike again"),
        ("Talks to resume", "resume", "resume"),
        # a kicker before the colon is a topic; the clause follows it
        (
            "Tram crash: Police identify three victims in tragedy",
            "identify",
            "identify three victims in tragedy",
        ),
        # a quotation after the colon is what someone said; the clause precedes it
        ("Cubs win World Series: 'Baseball will never be the same'", "win", "win World Series"),
        # a verb a clause break subordinates is not the headline's: the toll before it is
        (
            "Several dead and dozens injured after tram overturns in London",
            "injured",
            "injured",
        ),
        # a noun read as a verb does not outrank a verb, subordinate or not
        (
            "Tears of joy as Chicago Cubs fans celebrate first triumph in 108 years",
            "celebrate",
            "celebrate first triumph in 108 years",
        ),
        # ... unless its form agrees with the names joined before it
        (
            "Ann Lee and Bob Stone lead celebrations as Cubs end the curse",
            "lead",
            "lead celebrations",
        ),
        # the phrase ends where the next clause begins
        ("Rebels seize the airport as troops withdraw", "seize", "seize the airport"),
        # a trailing attribution is not the news: what the reports say is
        (
            "Minister blames rivals for the defeat, reports say",
            "blames",
            "blames rivals for the defeat",
        ),
        # a quotation opening the headline is what someone said; the clause follows it
        (
            "'I BLAME THE PRESS' Senator blames reporters for his defeat",
            "blames",
            "blames reporters for his defeat",
        ),
        # of two verb-like nouns in a row, the second is the first one's object
        ("Toblerone triangle change upsets fans", "upsets", "upsets fans"),
        # the clause after "but" is the headline's point
        (
            "You knew it could not come easily, but the Cubs are champions",
            "are",
            "are champions",
        ),
        ("Massa crashes but gets warm farewell at home", "gets", "gets warm farewell at home"),
        # a long phrase is cut before the last preposition that fits
        (
            "Militants attack German consulate in the northern city of Mazar with a truck bomb",
            "attack",
            "attack German consulate in the northern city",
        ),
    ],
)
def test_headline_clause(nlp, headline: str, predicate: str, phrase: str) -> None:
    found, _, found_phrase = clause_of(nlp, headline)
    assert (found, found_phrase) == (predicate, phrase)


@pytest.mark.slow
def test_a_headline_toll_is_the_main_event_what() -> None:
    main = main_event(
        "Several dead and dozens injured after tram overturns in London\n\n"
        "At least seven people were killed when a tram derailed on Wednesday."
    )
    assert main.predicate == "Several dead and dozens injured"


@pytest.mark.slow
@pytest.mark.parametrize(
    "headline,predicate",
    [
        # a town or country is where, not what
        ("Five shot in Seattle close to a protest", "shot"),
        ("Tram derails in Croydon, killing seven", "derails"),
        ("Storm hits in the US after a warm week", "hits"),
        # a building is part of what was done
        ("Lady Gaga protests outside Trump Tower", "protests outside Trump Tower"),
        # an event that is to happen is part of what is to happen
        ("Talks to resume", "Talks to resume"),
    ],
)
def test_a_headline_predicate_stops_before_the_town_it_happened_in(
    headline: str, predicate: str
) -> None:
    assert main_event(headline + BODY).predicate == predicate


@pytest.mark.slow
def test_a_name_is_not_read_as_a_verb(nlp) -> None:
    # "Cubs" is also a verb form ("to cub"), but inside a name it is the name
    predicate, subject, _ = clause_of(nlp, "Chicago Cubs win World Series")
    assert predicate == "win" and subject == "Cubs"


@pytest.mark.slow
def test_a_headline_verb_read_as_a_noun_is_typed_by_its_stem() -> None:
    article = dateline.extract("Tram Derails in Croydon, Near London, Killing at Least 7" + BODY)
    (main,) = [e for e in article.events if e.is_main]
    assert (article.surface(main.trigger), main.type) == ("Derails", "ACCIDENT")


@pytest.mark.slow
def test_a_plural_verb_read_as_a_noun_takes_the_joined_names_as_its_subject() -> None:
    event = main_event("Bill Murray and Barack Obama lead celebrations as Cubs end curse" + BODY)
    assert (event.trigger, event.predicate) == ("lead", "lead celebrations")
    assert {("agent", "Bill Murray"), ("agent", "Barack Obama")} <= event.roles


@pytest.mark.slow
def test_a_verb_after_but_shares_the_subject_of_the_verb_before(nlp) -> None:
    predicate, subject, _ = clause_of(nlp, "Massa crashes but gets warm farewell at home")
    assert (predicate, subject) == ("gets", "Massa")


@pytest.mark.slow
def test_no_headline_without_a_body(nlp) -> None:
    doc = nlp("One line only, and nothing after it")
    assert headline_tokens(doc) is None
    assert headline_clause(doc, known_verbs(doc)) is None


@pytest.mark.slow
def test_headline_verb_is_the_main_event_with_its_subject() -> None:
    article = dateline.extract(
        "Lady Gaga protests outside Trump Tower\n\n"
        "The singer stood in the rain on Wednesday with a sign.",
        published="2016-11-09T12:00:00+00:00",
    )
    (main,) = [e for e in article.events if e.is_main]
    assert article.surface(main.trigger) == "protests"
    assert article.surface(main.predicate) == "protests outside Trump Tower"
    # the entity stage reads "Lady" as a title: the name is "Gaga"
    assert ("agent", "Gaga") in {(p.role, article.surface(p.span)) for p in main.participants}


@pytest.mark.slow
@pytest.mark.parametrize(
    "body,expected",
    [
        # the lead says nothing of when: the body's first day of the news week dates it
        ("Fans gathered. Police said the march began on Wednesday near the park.", "2016-11-09"),
        # "now" and a date years back cannot date the news
        ("Fans are angry now. The park opened in 1994. It was busy on Wednesday.", "2016-11-09"),
    ],
)
def test_main_event_time_falls_back_to_a_news_day(body: str, expected: str) -> None:
    article = dateline.extract(
        "Fans march through the city\n\n" + body, published="2016-11-10T12:00:00+00:00"
    )
    (main,) = [e for e in article.events if e.is_main]
    times = {t.id: t for t in article.times}
    assert [times[t].value for t in main.time_ids] == [expected]


@pytest.mark.slow
def test_headline_passive_takes_its_by_phrase_as_the_agent() -> None:
    main = main_event(
        "German consulate bombed in revenge attack by Taliban\n\n"
        "A car bomb hit the consulate in Mazar-i-Sharif on Thursday night."
    )
    assert main.trigger == "bombed"
    # what happened names what it happened to: "German consulate bombed ..."
    assert main.predicate == "German consulate bombed in revenge attack by Taliban"
    roles = main.roles
    assert ("agent", "Taliban") in roles
    assert ("agent", "consulate") not in roles and ("agent", "German consulate") not in roles


@pytest.mark.slow
def test_headline_predicate_keeps_its_auxiliaries() -> None:
    main = main_event(SHOOTING, published="2016-11-10T12:00:00+00:00")
    assert main.predicate == "have been shot near a protest"


@pytest.mark.slow
def test_headline_subject_at_the_first_token_is_the_agent() -> None:
    main = main_event(
        "Gaga protests outside Trump Tower\n\nThe singer stood in the rain on Wednesday.",
        published="2016-11-10T12:00:00+00:00",
    )
    assert ("agent", "Gaga") in main.roles


@pytest.mark.slow
def test_a_headline_passive_subject_is_not_the_agent() -> None:
    roles = main_event(SHOOTING, published="2016-11-10T12:00:00+00:00").roles
    assert ("victim", "Five people") in roles and ("agent", "Five people") not in roles


@pytest.mark.slow
def test_a_verbless_headline_keeps_its_noun_modifiers() -> None:
    main = main_event(
        "Fatal attack on German consulate\n\nA bomber rammed a truck into the gate on Thursday."
    )
    assert main.predicate == "Fatal attack on German consulate"


@pytest.mark.slow
def test_a_linked_time_after_publication_dates_the_main_event() -> None:
    main = main_event(
        "The president will visit Beijing on Nov. 15 for trade talks.",
        published="2016-11-10T12:00:00+00:00",
    )
    assert main.times == ["2016-11-15"]


@pytest.mark.slow
def test_without_a_headline_the_outlet_line_adds_no_event() -> None:
    article = dateline.extract(
        "Azerbaijan will host a conference in Baku, Azernews reports. It opens on Monday.",
        published="2023-02-24T11:53:00+04:00",
    )
    assert "reports" not in {article.surface(e.trigger) for e in article.events}


@pytest.mark.slow
@pytest.mark.parametrize(
    "headline,roles",
    [
        # a headline participle is passive: its subject underwent the event
        ("Two police officers shot in Dallas", {("victim", "Two police officers")}),
        ("Man shot by police in Chicago", {("victim", "Man"), ("agent", "police")}),
        # an active headline keeps its agent
        ("Police shot a man in Dallas", {("agent", "Police"), ("victim", "a man")}),
    ],
)
def test_headline_passives_and_actives(headline: str, roles: set) -> None:
    found = main_event(headline + "\n\nThe shooting happened on Tuesday near the station.").roles
    assert roles <= found
    assert not {r for r in found if r[0] == "agent"} - {r for r in roles if r[0] == "agent"}


@pytest.mark.slow
def test_main_event_takes_no_time_a_nearer_event_owns() -> None:
    main = main_event("The mayor, who was elected in 2010, walked out on Monday.")
    assert main.trigger == "walked" and main.times == ["2016-11-07"]


@pytest.mark.slow
def test_a_first_line_that_cannot_carry_news_gives_way_to_the_body() -> None:
    assert main_event("Hello\n\nThe mayor walked home on Monday.").trigger == "walked"


@pytest.mark.slow
def test_a_coming_month_does_not_date_the_news() -> None:
    times = main_event(
        "Obama meets Trump\n\nPresident Barack Obama met Donald Trump, who takes office in "
        "January. The meeting was held on Thursday."
    ).times
    assert "2017-01" not in times


@pytest.mark.slow
def test_a_past_tense_headline_verb_with_a_clause_is_no_passive() -> None:
    main = main_event("You knew it could not come easily\n\nThe team won on Wednesday night.")
    assert main.predicate == "knew it could not come easily"
    assert ("target", "You") not in main.roles
