"""The dateline stage: publication time, outlet, title, language and URL, each with its source.

Outlet cascade:
1. the reader's metadata (HTML site name, JSON Lines `outlet`);
2. a reporting line in the article ("..., Azernews reports.", "(Reuters) -"), with its span;
3. the URL's host ("www.azernews.az" → "azernews.az").
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from dateline.nlp import Parsed
from dateline.records import Article, Dateline, Span

# "..., Azernews reports." / "Trend reports citing ..." at a clause end. Present tense only: an
# outlet credits its own story so, while "..., The Post reported." cites another outlet's.
REPORTING_LINE = re.compile(
    r"(?:^|[,.;—–-]\s*)(?P<outlet>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})\s+"
    r"(?:reports|informs|writes)\b(?=\s*(?:[.,;]|citing|with reference|$))",
    re.MULTILINE,
)
# "SARAJEVO (Reuters) -" / "(AP) —": the agency in parentheses at the start of the body.
WIRE_CREDIT = re.compile(r"\A[^\n(]{0,80}\((?P<outlet>[A-Z][\w&. ]{1,30})\)\s*[-—–]")
# How much of the body to search for a reporting line: the lead paragraph(s).
REPORTING_LINE_WINDOW = 1500
LANGUAGE_SAMPLE = 2000


def extract_dateline(article: Article, parsed: Parsed) -> Article:
    document = article.document
    body = document.body.slice(document.text)
    outlet, outlet_source, outlet_span = document.outlet, None, None
    found = find_reporting_line(body, document.body.start)
    if outlet:
        outlet_source = "metadata"
    elif found is not None:
        outlet, outlet_span = found
        outlet_source = "reporting-line"
    elif document.url:
        outlet, outlet_source = outlet_from_url(document.url), "url"
    if found is not None and outlet and found[0].lower() == outlet.lower():
        outlet_span = found[1]
    dateline = Dateline(
        published=document.published,
        outlet=outlet,
        outlet_source=outlet_source if outlet else None,
        outlet_span=outlet_span,
        title=document.title,
        language=detect_language(body),
        url=document.url,
    )
    return replace(article, dateline=dateline)


def find_reporting_line(body: str, offset: int) -> tuple[str, Span] | None:
    """The outlet named by a reporting line near the top of the body, and where it is."""
    window = body[:REPORTING_LINE_WINDOW]
    wire = WIRE_CREDIT.search(window)
    if wire is not None:
        return wire["outlet"].strip(), Span(
            offset + wire.start("outlet"), offset + wire.end("outlet")
        )
    match = REPORTING_LINE.search(window)
    if match is None:
        return None
    name = match["outlet"]
    start = offset + match.start("outlet")
    return name, Span(start, start + len(name))


def outlet_from_url(url: str) -> str | None:
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def detect_language(text: str) -> str | None:
    sample = text[:LANGUAGE_SAMPLE].strip()
    if not sample:
        return None
    import py3langid

    language, _score = py3langid.classify(sample)
    return str(language)
