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


def test_parsed_token_span_never_ends_on_whitespace() -> None:
    from dateline.nlp import Parsed, blank_pipeline

    doc = blank_pipeline()("Cubs win\n\nNext")
    parsed = Parsed(doc, 10)
    newline = next(t.i for t in doc if t.is_space)
    span = parsed.token_span(0, newline + 1)
    assert (span.start, span.end) == (10, 18)
