"""The 5W1H reading of a main event, on hand-built article records."""

from __future__ import annotations

from dataclasses import replace

from dateline.extract.five_w import answer_texts, main_event_answers
from dateline.records import (
    Article,
    Attribute,
    Dateline,
    Document,
    Entity,
    Event,
    Mention,
    Participant,
    Span,
    TimeExpression,
)


def test_main_event_answers_from_main_event() -> None:
    text = "Rebels shelled the town on Monday in Kunduz."
    document = Document("d", text, Span(0, len(text)))
    kunduz = Entity("E1", "Kunduz", "GPE", (Mention(Span(37, 43), "GPE", "name", "E1"),))
    article = Article(
        document,
        Dateline(None, None, None, None, None, None, None),
        entities=(kunduz,),
        times=(TimeExpression("t1", Span(27, 33), "DATE", "2016-11-07"),),
        events=(
            Event("v0", Span(7, 14), "attack"),
            Event(
                "v1",
                Span(7, 14),
                "attack",
                participants=(
                    Participant("agent", Span(0, 6)),
                    Participant("target", Span(15, 23)),
                    Participant("location", Span(37, 43)),
                ),
                time_ids=("t1",),
                place_id="E1",
                is_main=True,
            ),
        ),
    )
    answers = answer_texts(article)
    assert answers == {
        "who": "Rebels",
        "what": "shelled the town",
        "when": "Monday",
        "where": "Kunduz",
        "why": None,
        "how": None,
    }


def test_main_event_answers_without_main_event_are_empty() -> None:
    text = "Nothing happened."
    document = Document("d", text, Span(0, len(text)))
    article = Article(document, Dateline(None, None, None, None, None, None, None))
    assert set(answer_texts(article).values()) == {None}


def _with_main_event(text: str, trigger: Span, type_: str, *participants: Participant) -> Article:
    """An article over `text` whose only event is its main event."""
    main = Event("v1", trigger, type_, participants=participants, is_main=True)
    return Article(
        Document("d", text, Span(0, len(text))),
        Dateline(None, None, None, None, None, None, None),
        events=(main,),
    )


def _entity(entity_id: str, name: str, type_: str, span: Span, **attributes: object) -> Entity:
    """An entity with one mention, named as written."""
    return Entity(
        entity_id, name, type_, (Mention(span, type_, entity_id=entity_id),), **attributes
    )


def test_main_event_who_prefers_the_role_specific_participant() -> None:
    # "Trump and Obama hold White House meeting": the hosts meet; the compound is only tagged agent
    article = _with_main_event(
        "Trump and Obama hold White House meeting",
        Span(32, 39),
        "MEETING",
        Participant("agent", Span(20, 31)),
        Participant("host", Span(0, 5)),
        Participant("host", Span(10, 15)),
    )
    assert answer_texts(article)["who"] == "Trump and Obama"


def test_main_event_who_joins_participants_coordinated_in_the_same_role() -> None:
    text = "Raikkonen, Ericsson and Massa crash out as Hamilton wins"
    article = _with_main_event(
        text,
        Span(30, 39),
        "OCCURRENCE",
        Participant("agent", Span(0, 9), entity_id="E1"),
        Participant("agent", Span(11, 19), entity_id="E2"),
        Participant("agent", Span(24, 29), entity_id="E3"),
        Participant("agent", Span(43, 51), entity_id="E4"),
    )
    # "as Hamilton" is no coordination: the list stops before it
    assert answer_texts(article)["who"] == "Raikkonen, Ericsson and Massa"


def test_main_event_where_is_the_place_not_any_location_phrase() -> None:
    # "in email review" is a location participant, but the stage found no place in it
    article = _with_main_event(
        "FBI clears Clinton in email review",
        Span(4, 10),
        "OCCURRENCE",
        Participant("location", Span(22, 34)),
    )
    assert answer_texts(article)["where"] is None


def test_main_event_who_is_never_a_game_or_a_work() -> None:
    # "An epic Game 7 delivers Cubs a World Series": the tagger's EVENT does not act
    text = "Game 7 delivers Cubs a World Series"
    article = _with_main_event(
        text, Span(7, 15), "OCCURRENCE", Participant("agent", Span(0, 6), entity_id="E1")
    )
    game = _entity("E1", "Game 7", "EVENT", Span(0, 6))
    article = replace(article, entities=(game,))
    assert answer_texts(article)["who"] is None
    person = replace(game, type="PERSON")
    assert answer_texts(replace(article, entities=(person,)))["who"] == "Game 7"


def test_main_event_who_is_not_the_place_the_event_struck() -> None:
    # "Earthquake hits central Italy": Italy answers where; the quake is a cause, not a who
    text = "Earthquake hits central Italy"
    article = _with_main_event(
        text,
        Span(11, 15),
        "ACCIDENT",
        Participant("cause", Span(0, 10)),
        Participant("target", Span(24, 29), entity_id="E1"),
    )
    italy = _entity("E1", "Italy", "GPE", Span(24, 29))
    (main,) = article.events
    struck = replace(article, entities=(italy,), events=(replace(main, place_id="E1"),))
    assert (answer_texts(struck)["who"], answer_texts(struck)["where"]) == (None, "Italy")
    # a target that is not the event's place still answers who
    assert answer_texts(replace(struck, events=(main,)))["who"] == "Italy"


def test_main_event_where_gives_a_building_its_town() -> None:
    text = "Gaga protests outside Trump Tower in New York City"
    article = _with_main_event(text, Span(5, 13), "PROTEST")
    city = _entity("E2", "New York City", "GPE", Span(37, 50))
    tower = _entity(
        "E1",
        "Trump Tower",
        "FAC",
        Span(22, 33),
        located_in=(Attribute("New York City", Span(22, 50), entity_id="E2"),),
    )
    main = replace(article.events[0], place_id="E1")
    article = replace(article, entities=(tower, city), events=(main,))
    assert answer_texts(article)["where"] == "Trump Tower, New York City"
    # a town is answered as written, without the region around it
    town = replace(city, located_in=(Attribute("USA", Span(0, 4), entity_id="E1"),))
    article = replace(article, entities=(tower, town), events=(replace(main, place_id="E2"),))
    assert answer_texts(article)["where"] == "New York City"


def test_main_event_who_is_never_a_recording() -> None:
    # "Footage shows rescuers ...": who acts is in the footage
    article = _with_main_event(
        "Footage shows rescuers", Span(8, 13), "OCCURRENCE", Participant("agent", Span(0, 7))
    )
    assert answer_texts(article)["who"] is None


def test_main_event_who_of_a_thing_that_acts_is_the_name_in_front_of_it() -> None:
    # "Toblerone bar shape change sparks anger": a change is no one; Toblerone made it
    text = "Toblerone bar shape change sparks anger"
    article = _with_main_event(text, Span(27, 33), "OCCURRENCE", Participant("agent", Span(0, 26)))
    toblerone = _entity("E1", "Toblerone", "ORG", Span(0, 9))
    article = replace(article, entities=(toblerone,))
    assert answer_texts(article)["who"] == "Toblerone"
    assert main_event_answers(article)["who"].entity_ids == ("E1",)  # type: ignore[union-attr]
    # a name in front of people describes them: the aide and the fans act
    for text, end in (("Clinton aide blames Comey", 12), ("Clinton fans cheer loudly", 12)):
        article = _with_main_event(
            text, Span(end + 1, end + 7), "OCCURRENCE", Participant("agent", Span(0, end))
        )
        article = replace(article, entities=(_entity("E1", "Clinton", "PERSON", Span(0, 7)),))
        assert answer_texts(article)["who"] == text[:end]


def _meeting(text: str) -> Article:
    """ "Trump and Obama meet ...", the two hosts named in full elsewhere in the article."""
    article = _with_main_event(
        text,
        Span(16, 20),
        "MEETING",
        Participant("host", Span(0, 5), entity_id="E1"),
        Participant("host", Span(10, 15), entity_id="E2"),
    )
    trump = _entity("E1", "Donald Trump", "PERSON", Span(0, 5))
    obama = _entity("E2", "Barack Obama", "PERSON", Span(10, 15))
    return replace(article, entities=(trump, obama))


def test_main_event_who_names_a_person_in_full() -> None:
    # "Trump and Obama meet": the answer says who, as the article names them in full
    article = _meeting("Trump and Obama meet FBI")
    assert answer_texts(article)["who"] == "Donald Trump and Barack Obama"
    # only a person, and only a name that ends with what is written
    trump, obama = article.entities
    bureau = replace(obama, name="Federal Bureau Obama", type="ORG")
    other = replace(trump, name="Trumpet")
    article = replace(article, entities=(other, bureau))
    assert answer_texts(article)["who"] == "Trump and Obama"


def test_main_event_answers_carry_the_spans_they_are_read_from() -> None:
    article = _meeting("Trump and Obama meet at Trump Tower in New York City")
    city = _entity("E4", "New York City", "GPE", Span(39, 52))
    tower = _entity(
        "E3",
        "Trump Tower",
        "FAC",
        Span(24, 35),
        located_in=(Attribute("New York City", Span(24, 52), entity_id="E4"),),
    )
    main = replace(article.events[0], place_id="E3")
    article = replace(article, entities=(*article.entities, tower, city), events=(main,))
    answers = main_event_answers(article)
    who, where = answers["who"], answers["where"]
    assert who is not None and where is not None
    assert (who.text, who.spans) == ("Donald Trump and Barack Obama", (Span(0, 15),))
    assert who.entity_ids == ("E1", "E2") and where.entity_ids == ("E3", "E4")
    assert [article.surface(s) for s in where.spans] == [
        "Trump Tower",
        "Trump Tower in New York City",
    ]
    assert answers["what"] is not None and answers["what"].spans == (Span(16, 20),)


def test_main_event_who_lists_participants_past_a_modifier_of_the_first() -> None:
    text = "organised by the embassy to Bosnia, the Youth Foundation, and the Union"
    holders = [(13, 24), (36, 56), (62, 71)]
    article = _with_main_event(
        text,
        Span(0, 9),
        "CONFERENCE",
        *(Participant("organizer", Span(*span)) for span in holders),
    )
    assert answer_texts(article)["who"] == text[13:]
    # a modifier with no list after it joins nothing
    single = _with_main_event(
        "met by the embassy to Bosnia and the crowd",
        Span(0, 3),
        "MEETING",
        Participant("organizer", Span(7, 18)),
        Participant("organizer", Span(33, 42)),
    )
    assert answer_texts(single)["who"] == "the embassy"


def test_main_event_who_writes_a_nested_participant_once() -> None:
    article = _with_main_event(
        "Donald Trump wins",
        Span(13, 17),
        "ELECTION",
        Participant("agent", Span(0, 12)),
        Participant("agent", Span(6, 12)),
    )
    assert answer_texts(article)["who"] == "Donald Trump"


def test_main_event_when_carries_its_timex_value() -> None:
    text = "Rebels shelled the town on Monday"
    article = replace(
        _with_main_event(text, Span(7, 14), "ASSAULT"),
        times=(TimeExpression("t1", Span(27, 33), "DATE", "2016-11-07"),),
    )
    article = replace(article, events=(replace(article.events[0], time_ids=("t1",)),))
    when = main_event_answers(article)["when"]
    assert when is not None and (when.text, when.value) == ("Monday", "2016-11-07")
