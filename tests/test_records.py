from __future__ import annotations

import pytest

from dateline.errors import OffsetError
from dateline.records import Article, Dateline, Document, Entity, Mention, Span, iter_spans


def make_document(text: str) -> Document:
    return Document(id="d1", text=text, body=Span(0, len(text)))


@pytest.mark.parametrize("start,end", [(-1, 2), (3, 2)])
def test_span_rejects_invalid_ranges(start: int, end: int) -> None:
    with pytest.raises(OffsetError):
        Span(start, end)


def test_article_rejects_span_past_text_end() -> None:
    document = make_document("short")
    entity = Entity("E1", "X", "PERSON", (Mention(Span(0, 99), "PERSON"),))
    with pytest.raises(OffsetError):
        Article(document, Dateline(None, None, None, None, None, None, None), entities=(entity,))


def test_iter_spans_finds_nested_spans() -> None:
    document = make_document("Ann met Bob.")
    entity = Entity("E1", "Ann", "PERSON", (Mention(Span(0, 3), "PERSON"),))
    article = Article(
        document, Dateline(None, None, None, None, None, None, None), entities=(entity,)
    )
    assert Span(0, 3) in list(iter_spans(article))
    assert article.surface(Span(8, 11)) == "Bob"
