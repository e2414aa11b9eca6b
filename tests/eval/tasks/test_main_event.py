"""5W1H scoring on hand-worked answers; the first-sentence baseline on a parsed sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.eval.corpora.giveme5w1h import FiveW1HDocument, GoldPhrase
from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.main_event import (
    MainEventScore,
    answer_score,
    answer_tokens,
    main_event_answers,
    run,
)
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

GOLD = (GoldPhrase("Toblerone", 3), GoldPhrase("Mondelez International", 2))


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Toblerone", 1.0),
        ("Mondelez International", 2 / 3),
        ("the firm Mondelez International", 2 / 3),  # F1 = 2*(2/4*1)/(1.5) = 0.67
        ("Mondelez", 2 / 3),  # F1 = 2/3
        ("the American confectionery firm Mondelez", 0.0),  # F1 = 2*(1/5)/(1.2) = 0.33
        ("Cadbury", 0.0),
    ],
)
def test_main_event_answer_score(answer: str, expected: float) -> None:
    assert answer_score(answer, GOLD) == pytest.approx(expected)


def test_main_event_answer_tokens_ignore_case_and_punctuation() -> None:
    assert answer_tokens("U.S. Navy's ship!") == ["u", "s", "navy", "s", "ship"]


def _document(
    answers: dict[str, tuple[GoldPhrase, ...]], no_answer: frozenset[str]
) -> FiveW1HDocument:
    return FiveW1HDocument("d", "", "", "text", None, None, answers, no_answer)


def test_main_event_score_per_question() -> None:
    score = MainEventScore()
    doc = _document({"who": GOLD, "when": (GoldPhrase("on Monday", 3),)}, frozenset({"why"}))
    score.add(doc, {"who": "Mondelez", "when": "Tuesday", "why": "because", "how": "by hand"})
    score.add(doc, {"who": "Toblerone", "when": None})
    metrics = score.metrics()
    assert metrics["who_p"] == pytest.approx((2 / 3 + 1) / 2)
    assert score.unweighted()["who"] == 1.0
    assert metrics["when_p"] == 0.0
    assert metrics["when_coverage"] == 0.5
    assert metrics["what_p"] is None  # no gold "what": nothing to score
    assert metrics["4w_p"] == pytest.approx(((2 / 3 + 1) / 2 + 0.0) / 2)
    counts = score.counts()
    assert counts["answered_agreed_none"] == 1  # "why"; "how" is unannotated, not agreed empty
    assert counts["who_gold"] == 2


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
    answers = main_event_answers(article)
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
    assert set(main_event_answers(article).values()) == {None}


@pytest.mark.slow
def test_main_event_lead_answers_read_the_first_sentence() -> None:
    from dateline.eval.tasks.main_event import lead_answers
    from dateline.nlp import load_pipeline
    from dateline.settings import DEFAULT_MODEL

    doc = load_pipeline(DEFAULT_MODEL)(
        "Barack Obama met Donald Trump at the White House in Washington on Thursday "
        "because the transition had begun. Later, more happened in Paris."
    )
    answers = lead_answers(doc)
    assert answers["who"] == "Barack Obama"
    assert answers["what"] is not None and answers["what"].startswith("met")
    assert answers["when"] == "Thursday"
    assert answers["where"] in ("the White House", "Washington")
    assert answers["why"] is not None and answers["why"].startswith("because")


@pytest.mark.slow
def test_main_event_run_on_real_subset() -> None:
    if not (DEFAULT_DATA_DIR / "giveme5w1h").is_dir():
        pytest.skip("gold data not present")
    (result,) = run(EvalContext(DEFAULT_DATA_DIR, limit=3))
    systems = {row.system: row for row in result.rows}
    assert set(systems) == {"dateline", "first-sentence"}
    assert systems["first-sentence"].counts["documents"] == 3


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
    assert main_event_answers(article)["who"] == "Trump and Obama"


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
    assert main_event_answers(article)["who"] == "Raikkonen, Ericsson and Massa"


def test_main_event_where_is_the_place_not_any_location_phrase() -> None:
    # "in email review" is a location participant, but the stage found no place in it
    article = _with_main_event(
        "FBI clears Clinton in email review",
        Span(4, 10),
        "OCCURRENCE",
        Participant("location", Span(22, 34)),
    )
    assert main_event_answers(article)["where"] is None


def test_main_event_who_is_never_a_game_or_a_work() -> None:
    # "An epic Game 7 delivers Cubs a World Series": the tagger's EVENT does not act
    text = "Game 7 delivers Cubs a World Series"
    article = _with_main_event(
        text, Span(7, 15), "OCCURRENCE", Participant("agent", Span(0, 6), entity_id="E1")
    )
    game = _entity("E1", "Game 7", "EVENT", Span(0, 6))
    article = replace(article, entities=(game,))
    assert main_event_answers(article)["who"] is None
    person = replace(game, type="PERSON")
    assert main_event_answers(replace(article, entities=(person,)))["who"] == "Game 7"


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
    assert main_event_answers(article)["where"] == "Trump Tower, New York City"
    # a town is answered as written, without the region around it
    town = replace(city, located_in=(Attribute("USA", Span(0, 4), entity_id="E1"),))
    article = replace(article, entities=(tower, town), events=(replace(main, place_id="E2"),))
    assert main_event_answers(article)["where"] == "New York City"


def test_main_event_who_is_never_a_recording() -> None:
    # "Footage shows rescuers ...": who acts is in the footage
    article = _with_main_event(
        "Footage shows rescuers", Span(8, 13), "OCCURRENCE", Participant("agent", Span(0, 7))
    )
    assert main_event_answers(article)["who"] is None


def test_main_event_who_names_a_person_in_full() -> None:
    # "Trump and Obama meet": the answer says who, as the article names them in full
    text = "Trump and Obama meet FBI"
    article = _with_main_event(
        text,
        Span(16, 20),
        "MEETING",
        Participant("host", Span(0, 5), entity_id="E1"),
        Participant("host", Span(10, 15), entity_id="E2"),
    )
    trump = _entity("E1", "Donald Trump", "PERSON", Span(0, 5))
    obama = _entity("E2", "Barack Obama", "PERSON", Span(10, 15))
    article = replace(article, entities=(trump, obama))
    assert main_event_answers(article)["who"] == "Donald Trump and Barack Obama"
    # only a person, and only a name that ends with what is written
    bureau = replace(obama, name="Federal Bureau Obama", type="ORG")
    other = replace(trump, name="Trumpet")
    article = replace(article, entities=(other, bureau))
    assert main_event_answers(article)["who"] == "Trump and Obama"
