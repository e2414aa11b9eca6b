from __future__ import annotations

import pytest

from dateline.extract.dateline import find_reporting_line, outlet_from_url


@pytest.mark.parametrize(
    "body,outlet",
    [
        (
            "A conference was held in Sarajevo on February 23, Azernews reports.\n\nMore.",
            "Azernews",
        ),
        ("BAKU (Reuters) - The minister said on Monday that talks would resume.", "Reuters"),
        ("The talks resumed, Trend reports citing the ministry.", "Trend"),
        ("The minister reports to parliament every week.", None),
        # another outlet's report, cited: a statement, not the article's own credit
        ("The plan is dead, The Washington Post reported.", None),
    ],
)
def test_find_reporting_line(body: str, outlet: str | None) -> None:
    found = find_reporting_line(body, offset=10)
    if outlet is None:
        assert found is None
    else:
        assert found is not None
        name, span = found
        assert name == outlet
        assert body[span.start - 10 : span.end - 10] == outlet


@pytest.mark.parametrize(
    "url,host",
    [
        ("https://www.azernews.az/region/1.html", "azernews.az"),
        ("http://news.example.org", "news.example.org"),
        ("azernews.az/x", "azernews.az"),
    ],
)
def test_outlet_from_url(url: str, host: str) -> None:
    assert outlet_from_url(url) == host
