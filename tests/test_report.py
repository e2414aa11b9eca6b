"""The terminal summary of an article (`dateline show`)."""

from __future__ import annotations

from dateline.report import article_summary
from tests.factories import account_article


def test_summary_gives_the_main_event_as_who_what_when_where() -> None:
    summary = article_summary(account_article("d1", "The Herald", "7", "Ann Lee"))
    lines = summary.splitlines()
    block = lines[lines.index("main event") + 1 :]
    assert block[0] == "  what   killed"
    assert "  who" not in summary  # the event names no one who acted
    assert "  when" not in summary  # nor a time


def test_summary_without_a_main_event_has_no_block() -> None:
    article = account_article("d1", "The Herald", "7")
    summary = article_summary(article.__class__(article.document, article.dateline))
    assert "main event" not in summary
