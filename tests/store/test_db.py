from __future__ import annotations

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.records import (
    Article,
    Dateline,
    Document,
    Entity,
    Failure,
    Mention,
    Published,
    Span,
    Statement,
)
from dateline.serialize import article_from_dict, article_to_dict
from dateline.store import Store
from dateline.store.migrations import MIGRATIONS, migrate
from tests.factories import account_article, make_article


@pytest.fixture()
def store():
    with Store.open(":memory:") as s:
        yield s


def test_migrations_are_recorded_and_idempotent() -> None:
    db = duckdb.connect()
    assert len(migrate(db)) == len(MIGRATIONS)
    assert migrate(db) == []
    assert db.execute("SELECT count(*) FROM schema_migrations").fetchone() == (len(MIGRATIONS),)


def test_round_trip_keeps_the_article(store: Store) -> None:
    article = make_article()
    assert store.add_article(article)
    assert store.get_article("doc1") == article


def test_ingest_is_idempotent(store: Store) -> None:
    assert store.add_article(make_article())
    assert not store.add_article(make_article())
    assert store.stats()["documents"] == 1
    assert store.stats()["mentions"] == 4


def test_failures_are_recorded_with_reason(store: Store) -> None:
    store.add_failure(Failure("bad.txt", "DL101", "EmptyInputError", "bad.txt is empty"))
    (row,) = store.failures()
    assert (row["source"], row["error_code"], row["message"]) == (
        "bad.txt",
        "DL101",
        "bad.txt is empty",
    )


def test_the_same_failure_again_is_recorded_once(store: Store) -> None:
    empty = Failure("bad.txt", "DL101", "EmptyInputError", "bad.txt is empty")
    store.add_failure(empty)
    store.add_failure(empty)  # a re-run over the same folder
    store.add_failure(Failure("bad.txt", "DL102", "BinaryInputError", "bad.txt is binary"))
    assert [row["error_code"] for row in store.failures()] in (
        ["DL101", "DL102"],
        ["DL102", "DL101"],
    )


def test_search_entities_and_statements(store: Store) -> None:
    store.add_article(make_article())
    store.add_article(
        Article(
            document=Document("doc2", "Bob Stone visited Oslo again.", Span(0, 29)),
            dateline=Dateline(None, None, None, None, None, None, None),
            entities=(
                Entity("E1", "Bob Stone", "PERSON", (Mention(Span(0, 9), "PERSON"),)),
                Entity("E2", "Oslo", "GPE", (Mention(Span(18, 22), "GPE"),)),
            ),
        )
    )
    store.refresh_search_index()
    assert [r["id"] for r in store.search("talks")] == ["doc1"]
    assert {r["id"] for r in store.search("Oslo")} == {"doc1", "doc2"}
    assert store.search("   ") == []
    top = store.top_entities(limit=2)
    assert {r["name"] for r in top} == {"Bob Stone", "Oslo"}
    assert top[0]["articles"] == 2
    profile = store.entity_profile("PERSON:ann lee")
    assert profile is not None and profile["titles"] == ["Ambassador"]
    (said,) = store.statements_by("PERSON:ann lee")
    assert (said["cue"], said["content"], said["reported_by"]) == (
        "said",
        "the talks went well.",
        ["Gazette"],
    )
    related = {r["name"]: r["shared_articles"] for r in store.cooccurring("PERSON:bob stone")}
    assert related == {"Oslo": 2, "Ann Lee": 1}
    mentions = store.entity_mentions("PERSON:bob stone")
    assert [m["surface"] for m in mentions] == ["Bob Stone", "Bob Stone"]


def test_search_uses_parameters_not_string_building(store: Store) -> None:
    store.add_article(make_article())
    store.refresh_search_index()
    assert store.search("'); DROP TABLE documents; --") == []
    assert store.stats()["documents"] == 1


def test_failed_insert_rolls_back_the_whole_article(store: Store, monkeypatch) -> None:
    def broken(self, article):  # the layers fail after the document row is written
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_insert_layers", broken)
    with pytest.raises(RuntimeError):
        store.add_article(make_article())
    assert store.stats()["documents"] == 0
    assert store.stats()["mentions"] == 0


names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=30
)


@settings(max_examples=60, deadline=None)
@given(prefix=names, name=names, suffix=names)
def test_serialization_round_trip_any_text(prefix: str, name: str, suffix: str) -> None:
    text = prefix + name + suffix
    span = Span(len(prefix), len(prefix) + len(name))
    document = Document("d", text, Span(0, len(text)))
    article = Article(
        document,
        Dateline(None, None, None, None, None, None, None),
        entities=(Entity("E1", name, "PERSON", (Mention(span, "PERSON"),)),),
    )
    data = article_to_dict(article)
    assert data["entities"][0]["mentions"][0]["span"]["text"] == name
    assert article_from_dict(data) == article
    with Store.open(":memory:") as store:
        store.add_article(article)
        assert store.get_article("d") == article


def event_article(doc_id: str, outlet: str, text: str, day: str) -> Article:
    from dateline.records import Event, Participant, TimeExpression

    start = text.index("Oslo")
    oslo = Entity("E1", "Oslo", "GPE", (Mention(Span(start, start + 4), "GPE"),))
    ann = Entity("E2", "Ann Lee", "PERSON", (Mention(Span(0, 7), "PERSON"),))
    trigger = text.index("summit")
    when = text.index("Monday")
    time = TimeExpression("t1", Span(when, when + 6), "DATE", day)
    event = Event(
        "v1",
        Span(trigger, trigger + 6),
        "CONFERENCE",
        (Participant("speaker", Span(0, 7), "E2"),),
        time_ids=("t1",),
        place_id="E1",
        is_main=True,
    )
    dateline = Dateline(None, outlet, "metadata", None, None, "en", None)
    return Article(
        Document(doc_id, text, Span(0, len(text))),
        dateline,
        entities=(oslo, ann),
        times=(time,),
        events=(event,),
    )


def test_timeline_and_coverage_across_outlets(store: Store) -> None:
    store.add_article(
        event_article(
            "a", "Gazette", "Ann Lee spoke at the summit in Oslo on Monday.", "2024-01-01"
        )
    )
    store.add_article(
        event_article("b", "Courier", "Ann Lee opened a summit in Oslo on Monday.", "2024-01-01")
    )
    store.add_article(
        event_article("c", "Herald", "Ann Lee left the summit in Oslo on Monday.", "2024-02-05")
    )
    timeline = store.timeline("PERSON:ann lee")
    assert [(r["doc_id"], r["event_date"], r["roles"]) for r in timeline] == [
        ("a", "2024-01-01", "speaker"),
        ("b", "2024-01-01", "speaker"),
        ("c", "2024-02-05", "speaker"),
    ]
    store.refresh()  # coverage reads the story vectors the refresh after an ingest stores
    assert [r["outlet"] for r in store.coverage("a", "v1")] == ["Courier"]
    assert store.coverage("c", "v1") == []


def obama_article(doc_id: str, text: str, names: list[tuple[int, int]], title: str) -> Article:
    """An article whose one person is written at `names`, with what the first one said."""
    published = Published("2016-11-10T10:00:00+00:00", "minute", "+00:00", "argument")
    mentions = tuple(Mention(Span(a, b), "PERSON", "name", "E1") for a, b in names)
    entity = Entity("E1", title, "PERSON", mentions)
    start, end = names[0]
    cue = text.index("said")
    statement = Statement(
        "s1",
        Span(cue, cue + 4),
        "say",
        (Span(cue + 5, len(text)),),
        Span(start, end),
        "E1",
        "indirect",
    )
    return Article(
        Document(doc_id, text, Span(0, len(text)), published=published),
        Dateline(published, None, None, None, None, "en", None),
        entities=(entity,),
        statements=(statement,),
    )


def test_linked_names_are_one_entity_across_articles(store: Store) -> None:
    full = "Barack Obama said the talks went well. Obama left."
    store.add_article(obama_article("a", full, [(0, 12), (39, 44)], "Barack Obama"))
    short = "Mr. Obama said the economy grew."
    store.add_article(obama_article("b", short, [(4, 9)], "Mr. Obama"))
    assert len(store.top_entities()) == 2  # not linked until the knowledge base is refreshed
    store.refresh()
    (top,) = store.top_entities()
    assert (top["entity_key"], top["name"], top["articles"]) == (
        "PERSON:barack obama",
        "Barack Obama",
        2,
    )
    assert store.stats()["distinct_entities"] == 1
    # an article's own key leads to the corpus entity, with every name it is stored under
    profile = store.entity_profile("PERSON:mr. obama")
    assert profile is not None
    assert (profile["key"], profile["names"]) == (
        "PERSON:barack obama",
        ["Barack Obama", "Mr. Obama"],
    )
    said = store.statements_by("PERSON:mr. obama")
    assert sorted(s["doc_id"] for s in said) == ["a", "b"]
    assert [r["entity_key"] for r in store.top_entities(query="Mr. Obama")] == [
        "PERSON:barack obama"
    ]
    assert len(store.entity_mentions("PERSON:barack obama")) == 3


def analysts_article(doc_id: str) -> Article:
    """An article where a group of people, "Analysts", said something."""
    text = "Analysts said the index would fall."
    published = Published("2016-11-10T10:00:00+00:00", "minute", "+00:00", "argument")
    group = Entity("E1", "analysts", "GROUP", (Mention(Span(0, 8), "GROUP", "nominal", "E1"),))
    statement = Statement("s1", Span(9, 13), "say", (Span(14, 34),), Span(0, 8), "E1", "indirect")
    return Article(
        Document(doc_id, text, Span(0, len(text)), published=published),
        Dateline(published, None, None, None, None, "en", None),
        entities=(group,),
        statements=(statement,),
    )


def test_a_group_of_people_is_its_articles_own(store: Store) -> None:
    store.add_article(analysts_article("a"))
    store.add_article(analysts_article("b"))
    store.refresh()
    # "analysts" in two articles are two groups, never one corpus entity
    keys = sorted(r["entity_key"] for r in store.top_entities())
    assert keys == ["GROUP:a:analysts", "GROUP:b:analysts"]
    assert [s["doc_id"] for s in store.statements_by("GROUP:a:analysts")] == ["a"]


def test_a_knowledge_base_from_before_the_links_is_upgraded_on_reading(tmp_path) -> None:
    path = str(tmp_path / "old.duckdb")
    with Store.open(path) as store:
        full = "Barack Obama said the talks went well. Obama left."
        store.add_article(obama_article("a", full, [(0, 12), (39, 44)], "Barack Obama"))
        short = "Mr. Obama said the economy grew."
        store.add_article(obama_article("b", short, [(4, 9)], "Mr. Obama"))
        # as an older Dateline left it: no links table, no view, two migrations recorded
        store.db.execute("DROP VIEW linked_entities")
        store.db.execute("DROP TABLE entity_links")
        store.db.execute("DELETE FROM schema_migrations WHERE version = 3")
    with Store.open(path, read_only=True) as store:
        (top,) = store.top_entities()
        assert (top["name"], top["articles"]) == ("Barack Obama", 2)


def story_article(
    doc_id: str, outlet: str, published: str | None, names: list[tuple[str, str]], words: str = ""
) -> Article:
    """An article naming each (name, type) once, in that order, then `words`."""
    text, entities = "", []
    for number, (name, type_) in enumerate(names, 1):
        start = len(text)
        text += f"{name} was there. "
        entities.append(
            Entity(f"E{number}", name, type_, (Mention(Span(start, start + len(name)), type_),))
        )
    text += words
    stamp = Published(published, "day", None, "argument") if published else None
    dateline = Dateline(stamp, outlet, "argument", None, None, "en", None)
    return Article(Document(doc_id, text, Span(0, len(text))), dateline, entities=tuple(entities))


CRASH = [("Croydon", "GPE"), ("Sandilands", "FAC"), ("British Transport Police", "ORG")]


@pytest.fixture()
def stories(store: Store) -> Store:
    store.add_article(story_article("a", "Gazette", "2016-11-09", CRASH))
    # the same names, one read as another type by its outlet's tagger
    store.add_article(
        story_article(
            "b", "Courier", "2016-11-10", [*CRASH[:2], ("British Transport Police", "NORP")]
        )
    )
    store.add_article(story_article("c", "Herald", "2016-11-10", CRASH[:1]))  # one name of three
    store.add_article(story_article("d", "Sentinel", "2016-11-25", CRASH))  # two weeks later
    store.add_article(story_article("e", "Post", "2016-11-09", [("Chicago Cubs", "ORG")]))
    store.refresh()
    return store


def test_same_story_joins_articles_that_name_the_same_things_within_days(stories: Store) -> None:
    rows = stories.same_story("a")
    assert [r["doc_id"] for r in rows] == ["b", "c"]
    assert rows[0]["similarity"] > rows[1]["similarity"] >= 0.2
    assert rows[0]["outlet"] == "Courier"
    assert set(rows[0]["shared"]) == {"Croydon", "Sandilands", "British Transport Police"}
    assert rows[0]["entity_similarity"] == pytest.approx(1.0)
    # the words count where the search index holds both articles
    assert rows[0]["text_similarity"] is not None
    # a wider window reaches the later article; a stricter likeness drops the weak one
    assert "d" in [r["doc_id"] for r in stories.same_story("a", days=30)]
    assert [r["doc_id"] for r in stories.same_story("a", min_similarity=0.9)] == ["b"]
    (best,) = stories.same_story("a", limit=1)
    assert best["doc_id"] == "b" and set(best["shared"]) == set(rows[0]["shared"])
    assert stories.same_story("e") == []
    assert stories.same_story("no such id' OR 1=1 --") == []


def test_same_story_without_a_search_index_weighs_entities_alone(store: Store) -> None:
    store.add_article(story_article("a", "Gazette", "2016-11-09", CRASH))
    store.add_article(story_article("b", "Courier", "2016-11-09", CRASH))
    store.link_entities()
    store.refresh_story_vectors()
    (row,) = store.same_story("a")
    assert row["text_similarity"] is None
    assert row["similarity"] == row["entity_similarity"] == pytest.approx(1.0)


def test_same_story_applies_no_window_to_an_undated_article(store: Store) -> None:
    store.add_article(story_article("a", "Gazette", None, CRASH))
    store.add_article(story_article("b", "Courier", "2020-01-01", CRASH))
    store.add_article(story_article("c", "Herald", "2020-01-03", CRASH))  # two days on: in
    store.add_article(story_article("d", "Post", "2020-01-04", CRASH))  # three: out
    store.refresh()
    assert [r["doc_id"] for r in store.same_story("a")] == ["b", "c", "d"]
    # and a dated article compares the undated one, whatever its window
    assert sorted(r["doc_id"] for r in store.same_story("b")) == ["a", "c"]


def test_same_story_compares_an_article_added_since_the_last_refresh_after_the_next(
    store: Store,
) -> None:
    store.add_article(story_article("a", "Gazette", "2016-11-09", CRASH, "The tram derailed."))
    store.add_article(story_article("b", "Courier", "2016-11-09", CRASH, "The tram derailed."))
    store.refresh()
    store.add_article(story_article("c", "Herald", "2016-11-09", CRASH, "The tram derailed."))
    rows = {r["doc_id"]: r for r in store.same_story("a")}
    assert set(rows) == {"b"}  # the story vectors are those of the last refresh
    assert rows["b"]["similarity"] == pytest.approx(
        (rows["b"]["entity_similarity"] + rows["b"]["text_similarity"]) / 2, abs=1e-3
    )
    assert store.same_story("c") == []
    store.refresh()
    rows = {r["doc_id"]: r for r in store.same_story("c")}
    assert set(rows) == {"a", "b"}
    assert rows["a"]["text_similarity"] == pytest.approx(1.0)


def _older_knowledge_base(path: str, *undo: str) -> None:
    """Two same-story articles a day apart, stored and refreshed, then `undo` run to leave the
    knowledge base as an older Dateline did."""
    with Store.open(path) as store:
        store.add_article(story_article("a", "Gazette", "2016-11-09", CRASH))
        store.add_article(story_article("b", "Courier", "2016-11-10", CRASH))
        store.refresh()
        for statement in undo:
            store.db.execute(statement)


def test_a_knowledge_base_from_before_the_story_vectors_gets_them_on_reading(tmp_path) -> None:
    path = str(tmp_path / "old.duckdb")
    # no story tables and no quantity bounds, three migrations recorded
    _older_knowledge_base(
        path,
        "DROP TABLE story_terms",
        "DROP TABLE story_articles",
        "ALTER TABLE quantities DROP COLUMN mod",
        "DELETE FROM schema_migrations WHERE version >= 4",
    )
    with Store.open(path, read_only=True) as store:
        assert [r["doc_id"] for r in store.same_story("a")] == ["b"]


def test_a_knowledge_base_from_before_the_story_term_days_gets_them_on_reading(tmp_path) -> None:
    path = str(tmp_path / "old.duckdb")
    # story terms without their days
    _older_knowledge_base(
        path,
        "ALTER TABLE story_terms DROP COLUMN day",
        "DELETE FROM schema_migrations WHERE version = 5",
    )
    with Store.open(path, read_only=True) as store:
        days = store.db.execute("SELECT DISTINCT day FROM story_terms ORDER BY 1").fetchall()
        assert [str(day) for (day,) in days] == ["2016-11-09", "2016-11-10"]
        assert [r["doc_id"] for r in store.same_story("a")] == ["b"]


def test_a_knowledge_base_from_before_quantity_bounds_gets_the_column_on_opening(
    tmp_path,
) -> None:
    path = str(tmp_path / "old.duckdb")
    _older_knowledge_base(
        path,
        "ALTER TABLE quantities DROP COLUMN mod",
        "DELETE FROM schema_migrations WHERE version = 6",
    )
    with Store.open(path) as store:
        columns = [row[0] for row in store.db.execute("DESCRIBE quantities").fetchall()]
        assert columns[-1] == "mod"
        store.add_article(story_article("c", "Herald", "2016-11-10", CRASH))


def test_story_accounts_set_each_outlets_figures_and_voices_side_by_side(store: Store) -> None:
    store.add_article(account_article("a", "Gazette", "7", "Ann Lee"))
    store.add_article(account_article("b", "Courier", "8"))  # in the outlet's own voice
    store.add_article(account_article("c", "Herald", "7", "Ann Lee"))
    store.add_article(
        account_article("d", "Post", "9", "He", resolved=False)
    )  # an unresolved pronoun
    store.refresh()
    # another wording of the same measure: "killing" is "killed"
    store.db.execute("UPDATE events SET trigger = 'killing' WHERE doc_id = 'c'")
    story = store.story_accounts("a")
    assert [row["doc_id"] for row in story["articles"]][0] == "a"
    assert {row["doc_id"] for row in story["articles"]} == {"a", "b", "c", "d"}
    (figure,) = story["figures"]
    assert (figure["what"], figure["articles"]) == ("killed · people", 4)
    told = {(row["outlet"], row["surface"], row["claimed_by"]) for row in figure["accounts"]}
    assert told == {
        ("Gazette", "7 people", "Ann Lee"),
        ("Courier", "8 people", None),  # the outlet's own claim
        ("Herald", "7 people", "Ann Lee"),
        ("Post", "9 people", "He"),
    }
    # Ann Lee is one voice across two outlets; an unresolved "He" is no one to compare
    (voice,) = story["voices"]
    assert (voice["speaker"], voice["articles"]) == ("Ann Lee", 2)
    assert {row["outlet"] for row in voice["accounts"]} == {"Gazette", "Herald"}
    # an article alone has its own voices and no figure to compare
    store.add_article(account_article("e", "Times", "3", "Bo Park"))
    store.db.execute("UPDATE documents SET published = '2020-01-01' WHERE id = 'e'")
    store.refresh()
    alone = store.story_accounts("e")
    assert [row["doc_id"] for row in alone["articles"]] == ["e"]
    assert alone["figures"] == [] and [v["speaker"] for v in alone["voices"]] == ["Bo Park"]


def test_story_figures_compare_only_what_an_event_measures(store: Store) -> None:
    store.add_article(account_article("a", "Gazette", "7", "Ann Lee"))
    store.add_article(account_article("b", "Courier", "300"))
    store.refresh()
    assert store.story_accounts("a")["figures"][0]["articles"] == 2
    # "300 people" counting no event may be a crowd, not the dead: not set beside the toll
    store.db.execute("UPDATE quantities SET event_id = NULL WHERE doc_id = 'b'")
    assert store.story_accounts("a")["figures"] == []


def test_story_accounts_say_when_the_article_is_not_compared_yet(store: Store) -> None:
    store.add_article(account_article("a", "Gazette", "7", "Ann Lee"))
    store.refresh()
    store.add_article(account_article("b", "Courier", "8"))
    assert store.story_accounts("a")["compared"] is True
    assert store.story_accounts("b")["compared"] is False
