"""Publication date from an HTML page: metadata that carries a timezone first, then htmldate.

Cascade:
1. the page's own timestamp, offset kept: `<meta>` properties (article:published_time, ...), then
   JSON-LD `datePublished`, then the first `<time datetime=...>` element;
2. htmldate's original-date search, which finds the right day more often (measured on
   htmldate-eval: 0.903 against 0.891) but prints no time or timezone.
The page's timestamp is kept when it falls on htmldate's day (or htmldate finds none); otherwise
htmldate's day wins, at day precision.
"""

from __future__ import annotations

import json

from dateline.ingest.dates import published_from_iso
from dateline.records import Published

META_DATE_PROPERTIES = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datePublished",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)
META_DATE_XPATH = "//meta[@property or @name or @itemprop]"
JSONLD_XPATH = '//script[@type="application/ld+json"]/text()'
TIME_XPATH = "//time[@datetime]/@datetime"


def find_published(html: str, url: str | None = None) -> Published | None:
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        tree = None
    stamped = None
    if tree is not None:
        stamped = _from_meta(tree) or _from_jsonld(tree) or _from_time_element(tree)
    day = _from_htmldate(html, url)
    if stamped is not None and (day is None or stamped.value[:10] == day.value):
        return stamped
    return day or stamped


def _from_meta(tree: object) -> Published | None:
    wanted = {name.lower() for name in META_DATE_PROPERTIES}
    for element in tree.xpath(META_DATE_XPATH):  # type: ignore[attr-defined]
        key = (
            element.get("property") or element.get("name") or element.get("itemprop") or ""
        ).lower()
        content = element.get("content")
        if key in wanted and content:
            published = published_from_iso(content, "html-meta")
            if published is not None:
                return published
    return None


def _from_jsonld(tree: object) -> Published | None:
    for raw in tree.xpath(JSONLD_XPATH):  # type: ignore[attr-defined]
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, TypeError):
            continue
        for item in _walk_json(data):
            value = item.get("datePublished")
            if isinstance(value, str):
                published = published_from_iso(value, "html-jsonld")
                if published is not None:
                    return published
    return None


def _walk_json(data: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _from_time_element(tree: object) -> Published | None:
    for value in tree.xpath(TIME_XPATH)[:1]:  # type: ignore[attr-defined]
        published = published_from_iso(str(value), "html-time")
        if published is not None:
            return published
    return None


def _from_htmldate(html: str, url: str | None) -> Published | None:
    from htmldate import find_date

    try:
        found = find_date(html, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError):
        return None
    return Published(found, "day", None, "htmldate") if found else None
