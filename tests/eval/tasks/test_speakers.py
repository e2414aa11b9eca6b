"""Speakers task: judging a resolved speaker against gold chains, and the nearest-name baseline."""

from __future__ import annotations

import pytest

from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.coref import GoldMention
from dateline.eval.tasks.speakers import Judged, judge, nearest_name, run
from dateline.records import Article, Dateline, Document, Entity, Mention, Span, Statement

TEXT = "Ann Lee met Bob Stone. She said no. The firm said yes. Lee said so."


def _at(surface: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(surface, start + 1)
    return Span(start, start + len(surface))


def _entity(entity_id: str, name: str, *spans: tuple[Span, str], kind: str = "PERSON") -> Entity:
    mentions = tuple(Mention(span, kind, how, entity_id) for span, how in spans)
    return Entity(entity_id, name, kind, mentions)


LEE = _entity("E1", "Ann Lee", (_at("Ann Lee"), "name"), (_at("Lee", 2), "name"))
STONE = _entity("E2", "Bob Stone", (_at("Bob Stone"), "name"))
# Dateline put the role mention "The firm" on Bob Stone: a wrong speaker must stay wrong.
STONE_WITH_FIRM = _entity(
    "E2", "Bob Stone", (_at("Bob Stone"), "name"), (_at("The firm"), "nominal")
)
ARTICLE = Article(
    document=Document(id="t", text=TEXT, body=Span(0, len(TEXT))),
    dateline=Dateline(None, None, None, None, None, "en", None),
    entities=(LEE, STONE),
)
# Gold: Ann Lee, "She" and "Lee" one chain; Bob Stone another; "The firm" a third.
GOLD = (
    GoldMention(0, 7, "lee", True),
    GoldMention(12, 21, "stone", True),
    GoldMention(23, 26, "lee", False),
    GoldMention(_at("The firm").start, _at("The firm").end, "firm", False),
    GoldMention(_at("Lee", 2).start, _at("Lee", 2).end, "lee", True),
)


@pytest.mark.parametrize(
    "source,entity,expected",
    [
        (_at("She"), LEE, Judged("pronoun", "right")),
        (_at("She"), STONE, Judged("pronoun", "wrong")),
        (_at("She"), None, Judged("pronoun", "unresolved")),
        (_at("Lee", 2), LEE, Judged("name", "right")),
        # only a name elsewhere in the gold chain can make a description right
        (_at("The firm"), STONE_WITH_FIRM, Judged("nominal", "wrong")),
    ],
)
def test_judge(source: Span, entity: Entity | None, expected: Judged) -> None:
    assert judge(ARTICLE, source, entity, GOLD) == expected


def test_judge_skips_a_source_no_gold_mention_overlaps() -> None:
    assert judge(ARTICLE, _at("said"), LEE, GOLD) is None


def _statement(source: Span) -> Statement:
    return Statement("s1", _at("said"), "say", (), source, None, "indirect")


def test_nearest_name_baseline() -> None:
    # "She": the latest person named before it, whoever spoke
    assert nearest_name(ARTICLE, _statement(_at("She"))) == STONE
    # a name inside the source
    assert nearest_name(ARTICLE, _statement(_at("Lee", 2))) == LEE


@pytest.mark.slow
def test_speakers_task_on_gold_chains() -> None:
    if not (DEFAULT_DATA_DIR / "gum-news").is_dir():
        pytest.skip("gold data not beside the checkout")
    (meantime, gum) = run(EvalContext(DEFAULT_DATA_DIR, limit=3))
    assert meantime.corpus == "meantime-en" and gum.corpus == "gum-news"
    for result in (meantime, gum):
        systems = [row.system for row in result.rows]
        assert systems == ["dateline", "nearest-name"]
        ours = result.rows[0]
        assert ours.counts["gold"] > 0
        accuracy, precision = ours.metrics["accuracy"], ours.metrics["precision"]
        # right over scored can never beat right over resolved
        assert accuracy is not None and precision is not None and 0 < accuracy <= precision <= 1


@pytest.mark.parametrize(
    "text,source,name,nested,expected",
    [
        # the name a gold mention ends with is what it refers to ...
        ("Prime Minister Ann Lee said no.", "Prime Minister Ann Lee", "Ann Lee", False, "right"),
        # ... or one it opens with before an apposition
        ("Ann Lee, a nurse, said no.", "Ann Lee, a nurse,", "Ann Lee", False, "right"),
        # ... or the one a title's noun phrase ends with before a phrase
        (
            "Senior nurse Ann Lee, of the city hospital, said no.",
            "Senior nurse Ann Lee, of the city hospital,",
            "Ann Lee",
            False,
            "right",
        ),
        (
            "The nurse of Ann Lee, a boy, said no.",
            "The nurse of Ann Lee, a boy,",
            "Ann Lee",
            False,
            "wrong",
        ),
        # a word that describes it is not; nor a possessor
        ("The Greek court said no.", "The Greek court", "Greek", False, "wrong"),
        ("Greece's envoy said no.", "Greece's envoy", "Greece", False, "wrong"),
        # nor a name a preposition governs
        ("The minister of Greece said no.", "The minister of Greece", "Greece", False, "wrong"),
        (
            "Ann Lee of Springfield said no.",
            "Ann Lee of Springfield",
            "Springfield",
            False,
            "wrong",
        ),
        # nor a name that modifies a list
        (
            "The US, Chinese and Russian envoys said no.",
            "The US, Chinese and Russian envoys",
            "US",
            False,
            "wrong",
        ),
        # a gold mention nested in the source's own says what the name is
        (
            "The mayor of Paris, France, said no.",
            "The mayor of Paris, France,",
            "France",
            True,
            "wrong",
        ),
    ],
)
def test_judge_a_name_inside_the_source(
    text: str, source: str, name: str, nested: bool, expected: str
) -> None:
    start = text.index(source)
    gold = [GoldMention(start, start + len(source), "speaker", False)]
    at = text.index(name)
    if nested:
        gold.append(GoldMention(at, at + len(name), "place", True))
    label = "PERSON" if name == "Ann Lee" else "ORG"
    entity = Entity("E1", name, label, (Mention(Span(at, at + len(name)), label, "name", "E1"),))
    article = Article(
        document=Document(id="t", text=text, body=Span(0, len(text))),
        dateline=Dateline(None, None, None, None, None, "en", None),
        entities=(entity,),
    )
    verdict = judge(article, Span(start, start + len(source)), entity, tuple(gold))
    assert verdict is not None and verdict.verdict == expected


@pytest.mark.parametrize(
    "chained,expected",
    [
        # gold mentions the group nowhere else: the entity written only there is it
        (False, "right"),
        # gold mentions it again ("They"): an entity that does not reach there is wrong
        (True, "wrong"),
    ],
)
def test_judge_an_entity_written_only_as_the_source(chained: bool, expected: str) -> None:
    text = "Some analysts said no. They left."
    source = Span(0, len("Some analysts"))
    gold = [GoldMention(source.start, source.end, "analysts", False)]
    if chained:
        gold.append(GoldMention(text.index("They"), text.index("They") + 4, "analysts", False))
    group = Entity("E1", "analysts", "GROUP", (Mention(source, "GROUP", "nominal", "E1"),))
    article = Article(
        document=Document(id="t", text=text, body=Span(0, len(text))),
        dateline=Dateline(None, None, None, None, None, "en", None),
        entities=(group,),
    )
    assert judge(article, source, group, tuple(gold)) == Judged("nominal", expected)
