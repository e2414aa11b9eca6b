from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dateline.records import Article, Dateline, Document, Entity, Event, Mention, Participant, Span
from dateline.store import Store
from dateline.web.app import Highlight, create_app, highlight
from tests.factories import make_article

HOSTILE = '<script>alert("x")</script> Eve Moss spoke. <img src=x onerror=alert(1)>'


def hostile_article() -> Article:
    start = HOSTILE.index("Eve Moss")
    entity = Entity("E1", "Eve Moss", "PERSON", (Mention(Span(start, start + 8), "PERSON"),))
    document = Document(
        "evil",
        HOSTILE,
        Span(0, len(HOSTILE)),
        title='<b onmouseover="x()">T</b>',
        format="warc",
        meta=(("crawled", "<script>crawl()</script>"),),
    )
    dateline = Dateline(None, "<i>Outlet</i>", "metadata", None, document.title, "en", None)
    spoke = HOSTILE.index("spoke")
    # the main event's who is the article's script: its 5W1H must be escaped like the rest
    event = Event(
        "v1",
        Span(spoke, spoke + 5),
        "SPEECH",
        participants=(Participant("speaker", Span(0, HOSTILE.index(" Eve")), entity_id="E1"),),
        is_main=True,
    )
    return Article(document, dateline, entities=(entity,), events=(event,))


@pytest.fixture()
def client(tmp_path):
    path = str(tmp_path / "kb.duckdb")
    with Store.open(path) as store:
        store.add_article(make_article())
        store.add_article(hostile_article())
        store.refresh_search_index()
    return TestClient(create_app(path))


def test_highlight_escapes_text_and_drops_overlaps() -> None:
    text = "<b>Ann</b> & Bob"
    html = highlight(
        text,
        0,
        len(text),
        [Highlight(3, 6, "ent"), Highlight(4, 8, "x"), Highlight(13, 16, "ent", "/e?a=1&b=2")],
    )
    assert (
        str(html) == '&lt;b&gt;<mark class="ent">Ann</mark>&lt;/b&gt; &amp; '
        '<a class="ent" href="/e?a=1&amp;b=2">Bob</a>'
    )


@pytest.mark.parametrize(
    "path", ["/", "/?q=talks", "/articles/doc1", "/entities", "/entities/PERSON%3Aann%20lee"]
)
def test_pages_render(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert "script-src" not in response.headers["content-security-policy"]
    assert "default-src 'none'" in response.headers["content-security-policy"]


def test_article_page_highlights_entities_and_statements(client: TestClient) -> None:
    html = client.get("/articles/doc1").text
    assert 'class="ent ent-person"' in html
    assert '<mark class="cue"' in html
    assert "Ambassador" in html


def test_article_text_is_escaped_everywhere(client: TestClient) -> None:
    for path in ["/articles/evil", "/", "/?q=spoke", "/entities/PERSON%3Aeve%20moss"]:
        html = client.get(path).text
        assert "<script>" not in html
        assert "<img src=x" not in html
        assert 'onmouseover="x()"' not in html
    assert "&lt;script&gt;" in client.get("/articles/evil").text
    # a web archive's record shows when it was fetched, escaped like the rest
    assert "crawled &lt;script&gt;crawl()" in client.get("/articles/evil").text


def test_article_page_and_api_give_the_main_event_5w1h(client: TestClient) -> None:
    html = client.get("/articles/evil").text
    assert "<h2>Main event</h2>" in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; <a" in html
    assert '<a class="pill" href="/entities/PERSON%3Aeve%20moss">Eve Moss</a>' in html
    answers = client.get("/api/articles/evil/main-event").json()
    assert answers["what"] == {
        "text": "spoke",
        "spans": [{"start": 37, "end": 42}],
        "entity_ids": [],
        "value": None,
    }
    assert answers["who"]["text"] == '<script>alert("x")</script>'
    assert answers["when"] is None
    assert client.get("/api/articles/nope/main-event").status_code == 404


def test_unknown_article_and_entity_are_404(client: TestClient) -> None:
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/entities/PERSON%3Anobody").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404


def test_api_endpoints(client: TestClient) -> None:
    assert client.get("/api/stats").json()["documents"] == 2
    assert {a["id"] for a in client.get("/api/articles").json()} == {"doc1", "evil"}
    record = client.get("/api/articles/doc1").json()
    assert record["schema"] == "dateline.article/1"
    assert record["entities"][0]["mentions"][0]["span"]["text"] == "Ann Lee"
    assert [r["id"] for r in client.get("/api/search", params={"q": "talks"}).json()] == ["doc1"]
    assert client.get("/api/search").status_code == 422
    entity = client.get("/api/entities/PERSON%3Aann%20lee").json()
    assert entity["statements"][0]["cue"] == "said"
    assert client.get("/api/openapi.json").status_code == 200


def test_a_page_or_offset_past_any_knowledge_base_is_a_validation_error(
    client: TestClient,
) -> None:
    # such numbers overflowed DuckDB's integers: a 400 carrying the database's own message
    assert client.get("/", params={"page": 10**20}).status_code == 422
    assert client.get("/api/articles", params={"offset": 10**20}).status_code == 422


def test_api_extract_rejects_oversized_text(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": "x" * 200_001})
    assert response.status_code == 422


def test_untyped_event_mentions_fold_below_the_typed_events(tmp_path) -> None:
    from dataclasses import replace

    from dateline.records import Event, Participant

    base = make_article()
    text = base.document.text
    met = Span(text.index("met"), text.index("met") + 3)
    went = Span(text.index("went"), text.index("went") + 4)
    events = (
        Event("v1", met, "MEETING", (Participant("agent", Span(11, 18), "E1"),), is_main=True),
        Event("v2", went, "OCCURRENCE", statement_id="s1"),
    )
    path = str(tmp_path / "kb.duckdb")
    with Store.open(path) as store:
        store.add_article(replace(base, events=events))
    html = TestClient(create_app(path)).get("/articles/doc1").text
    typed, folded = html.split("<details>")
    assert "MEETING" in typed and "OCCURRENCE" not in typed
    assert "Other event mentions (1)" in folded and "claimed" in folded


def test_an_article_s_own_name_leads_to_the_linked_entity(tmp_path) -> None:
    path = str(tmp_path / "kb.duckdb")
    text = "Ms. Lee arrived in Oslo."
    later = Article(
        Document("doc2", text, Span(0, len(text))),
        Dateline(None, None, None, None, None, "en", None),
        entities=(Entity("E1", "Ms. Lee", "PERSON", (Mention(Span(0, 7), "PERSON"),)),),
    )
    with Store.open(path) as store:
        store.add_article(make_article())
        store.add_article(later)
        store.refresh()
    client = TestClient(create_app(path))
    html = client.get("/entities/PERSON%3Ams.%20lee").text
    assert "<h1>Ann Lee" in html and "also written Ms. Lee" in html
    profile = client.get("/api/entities/PERSON%3Ams.%20lee").json()
    assert (profile["key"], profile["articles"]) == ("PERSON:ann lee", 2)


def test_article_page_lists_the_same_story_elsewhere_escaped(tmp_path) -> None:
    from tests.store.test_db import CRASH, story_article

    path = str(tmp_path / "kb.duckdb")
    with Store.open(path) as store:
        store.add_article(story_article("a", "Gazette", "2016-11-09", CRASH))
        store.add_article(story_article("b", "<script>x()</script>", "2016-11-09", CRASH))
        store.refresh()
    client = TestClient(create_app(path))
    html = client.get("/articles/a").text
    assert "Same story elsewhere" in html and 'href="/articles/b"' in html
    assert "<script>x()" not in html and "&lt;script&gt;x()" in html
    (row,) = client.get("/api/articles/a/same-story").json()
    assert row["doc_id"] == "b" and "Croydon" in row["shared"]
    assert client.get("/api/articles/a/same-story", params={"min_similarity": 2}).status_code == 422
    assert client.get("/api/articles/nope/same-story").status_code == 404


def test_story_page_sets_outlets_side_by_side_escaped(tmp_path) -> None:
    from tests.factories import account_article

    path = str(tmp_path / "kb.duckdb")
    with Store.open(path) as store:
        store.add_article(account_article("a", "Gazette", "7", "Ann Lee"))
        store.add_article(account_article("b", "<script>x()</script>", "8"))
        store.refresh()
    client = TestClient(create_app(path))
    assert 'href="/articles/a/story"' in client.get("/articles/a").text
    html = client.get("/articles/a/story").text
    assert "killed · people" in html and "claimed by Ann Lee" in html
    assert "in the outlet's own voice" in html
    assert "<script>x()" not in html and "&lt;script&gt;x()" in html
    story = client.get("/api/articles/a/story").json()
    assert [row["doc_id"] for row in story["articles"]] == ["a", "b"]
    assert story["figures"][0]["articles"] == 2
    assert client.get("/api/articles/nope/story").status_code == 404
    assert client.get("/articles/nope/story").status_code == 404


def test_story_page_says_when_the_article_is_not_compared_yet(tmp_path) -> None:
    from tests.factories import account_article

    path = str(tmp_path / "kb.duckdb")
    with Store.open(path) as store:
        store.add_article(account_article("a", "Gazette", "7", "Ann Lee"))
    html = TestClient(create_app(path)).get("/articles/a/story").text
    assert "not compared with others yet" in html and "dateline refresh" in html


def test_a_group_of_people_links_to_its_own_page_from_its_article(tmp_path) -> None:
    from tests.store.test_db import analysts_article

    path = str(tmp_path / "kb.duckdb")
    with Store.open(path) as store:
        store.add_article(analysts_article("a"))
        store.refresh()
    client = TestClient(create_app(path))
    html = client.get("/articles/a").text
    assert 'href="/entities/GROUP%3Aa%3Aanalysts"' in html
    assert client.get("/entities/GROUP%3Aa%3Aanalysts").status_code == 200
