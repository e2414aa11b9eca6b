"""The web UI and REST API (FastAPI), read-only over one knowledge base.

Article text is untrusted: templates autoescape, highlighting escapes every text piece it joins,
and every response forbids scripts outright (Content-Security-Policy: no script source at all).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from pydantic import BaseModel, Field
from starlette.middleware.base import BaseHTTPMiddleware

from dateline.errors import DatelineError
from dateline.extract.five_w import main_event_answers
from dateline.records import Article
from dateline.serialize import article_to_dict
from dateline.store.db import STORY_DAYS, STORY_MIN_SIMILARITY, Store, entity_key

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
MAX_EXTRACT_CHARS = 200_000  # POST /api/extract refuses larger texts
MAX_OFFSET = 10**9  # a page or offset past any knowledge base; larger ones overflow DuckDB's BIGINT
PAGE_SIZE = 50


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    css: str
    href: str | None = None
    title: str | None = None


def highlight(text: str, start: int, end: int, marks: Sequence[Highlight]) -> Markup:
    """text[start:end] as HTML with marks; every piece of text is escaped, overlaps are dropped."""
    pieces: list[str] = []
    cursor = start
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < cursor or mark.end > end or mark.start >= mark.end:
            continue
        pieces.append(str(escape(text[cursor : mark.start])))
        inner = escape(text[mark.start : mark.end])
        title = f' title="{escape(mark.title)}"' if mark.title else ""
        if mark.href:
            pieces.append(f'<a class="{mark.css}" href="{escape(mark.href)}"{title}>{inner}</a>')
        else:
            pieces.append(f'<mark class="{mark.css}"{title}>{inner}</mark>')
        cursor = mark.end
    pieces.append(str(escape(text[cursor:end])))
    return Markup("".join(pieces))


def entity_href(key: str) -> str:
    return "/entities/" + quote(key, safe="")


def article_marks(article: Article) -> list[Highlight]:
    marks = [
        Highlight(
            m.span.start,
            m.span.end,
            f"ent ent-{e.category}",
            entity_href(entity_key(e, article.document.id)),
            f"{e.name} ({e.type})",
        )
        for e in article.entities
        for m in e.mentions
    ]
    # Derived times sit on event phrases ("the Khojaly genocide" dated by an anniversary): they
    # are listed beside the text, and the names inside them stay highlighted.
    marks += [
        Highlight(t.span.start, t.span.end, "time", None, f"{t.type} {t.value}")
        for t in article.times
        if not t.derived_by
    ]
    return marks


def statement_marks(article: Article) -> list[Highlight]:
    marks: list[Highlight] = []
    for s in article.statements:
        marks.append(Highlight(s.cue.start, s.cue.end, "cue", None, f"cue of {s.id}"))
        if s.source:
            marks.append(
                Highlight(s.source.start, s.source.end, "source", None, f"speaker of {s.id}")
            )
        marks += [
            Highlight(c.start, c.end, "content", None, f"content of {s.id}") for c in s.content
        ]
    return marks


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response


class ExtractRequest(BaseModel):
    text: str = Field(..., max_length=MAX_EXTRACT_CHARS)
    published: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None


def create_app(db_path: str) -> FastAPI:
    app = FastAPI(
        title="Dateline",
        description="Attributed, time-anchored knowledge base of news articles.",
        docs_url="/api/docs",
        openapi_url="/api/openapi.json",
        redoc_url=None,
    )
    app.add_middleware(SecurityHeaders)
    templates = Jinja2Templates(directory=str(resources.files("dateline") / "web" / "templates"))
    templates.env.autoescape = True
    templates.env.globals["entity_href"] = entity_href
    root = Store.open(db_path, read_only=True)
    lock = threading.Lock()

    @contextmanager
    def store() -> Iterator[Store]:
        # DuckDB connections are not shared across threads: each request gets a cursor.
        with lock:
            cursor = root.db.cursor()
        try:
            yield Store(cursor, db_path)
        finally:
            cursor.close()

    @contextmanager
    def article_store(doc_id: str) -> Iterator[Store]:
        """The store, for a request about one stored article: 404 when there is none."""
        with store() as s:
            if not s.has_document(doc_id):
                raise HTTPException(404, "no such article")
            yield s

    @app.exception_handler(DatelineError)
    async def dateline_error(_: Request, error: DatelineError) -> JSONResponse:
        return JSONResponse({"error": error.code, "message": error.message, "fix": error.fix}, 400)

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(
        request: Request, q: str = "", page: int = Query(0, ge=0, le=MAX_OFFSET)
    ) -> HTMLResponse:
        with store() as s:
            results = s.search(q, limit=PAGE_SIZE) if q.strip() else None
            documents = (
                None
                if results is not None
                else s.list_documents(limit=PAGE_SIZE, offset=page * PAGE_SIZE)
            )
            stats = s.stats()
        return templates.TemplateResponse(
            request,
            "index.html",
            {"q": q, "results": results, "documents": documents, "stats": stats, "page": page},
        )

    @app.get("/articles/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, doc_id: str) -> HTMLResponse:
        with store() as s:
            article = s.get_article(doc_id)
            same_story = s.same_story(doc_id) if article else []
        if article is None:
            raise HTTPException(404, "no such article")
        body = article.document.body
        text = article.document.text
        return templates.TemplateResponse(
            request,
            "article.html",
            {
                "a": article,
                "body_html": highlight(text, body.start, body.end, article_marks(article)),
                "statements_html": highlight(text, body.start, body.end, statement_marks(article)),
                "key": lambda e: entity_key(e, article.document.id),
                "surface": article.surface,
                "same_story": same_story,
                "five_w": {q: a for q, a in main_event_answers(article).items() if a is not None},
            },
        )

    @app.get("/articles/{doc_id}/story", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, doc_id: str) -> HTMLResponse:
        with article_store(doc_id) as s:
            story = s.story_accounts(doc_id)
        return templates.TemplateResponse(request, "story.html", {"doc_id": doc_id, **story})

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, type: str = "", q: str = "") -> HTMLResponse:
        with store() as s:
            rows = s.top_entities(limit=200, type=type or None, query=q or None)
        return templates.TemplateResponse(
            request, "entities.html", {"rows": rows, "type": type, "q": q}
        )

    @app.get("/entities/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, key: str) -> HTMLResponse:
        with store() as s:
            profile = s.entity_profile(key)
            if profile is None:
                raise HTTPException(404, "no such entity")
            mentions = s.entity_mentions(key)
            related = s.cooccurring(key)
            said = s.statements_by(key)
            about = s.statements_about(key)
            timeline = s.timeline(key)
        return templates.TemplateResponse(
            request,
            "entity.html",
            {
                "p": profile,
                "mentions": mentions,
                "related": related,
                "said": said,
                "about": about,
                "timeline": timeline,
            },
        )

    # ------------------------------------------------------------------ REST API

    @app.get("/api/stats")
    def api_stats() -> dict[str, int]:
        with store() as s:
            return s.stats()

    @app.get("/api/articles")
    def api_articles(
        limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=MAX_OFFSET)
    ) -> Any:
        with store() as s:
            return s.list_documents(limit=limit, offset=offset)

    @app.get("/api/articles/{doc_id}")
    def api_article(doc_id: str) -> Any:
        with store() as s:
            article = s.get_article(doc_id)
        if article is None:
            raise HTTPException(404, "no such article")
        return article_to_dict(article)

    @app.get("/api/articles/{doc_id}/main-event")
    def api_main_event(doc_id: str) -> Any:
        """The main event's who, what, when, where, why and how, each with the spans of the
        article it is read from (null where the article gives no answer)."""
        with store() as s:
            article = s.get_article(doc_id)
        if article is None:
            raise HTTPException(404, "no such article")
        return {
            question: None
            if answer is None
            else {
                "text": answer.text,
                "spans": [{"start": span.start, "end": span.end} for span in answer.spans],
                "entity_ids": list(answer.entity_ids),
                "value": answer.value,
            }
            for question, answer in main_event_answers(article).items()
        }

    @app.get("/api/search")
    def api_search(
        q: str = Query(..., min_length=1, max_length=500), limit: int = Query(20, ge=1, le=200)
    ) -> Any:
        with store() as s:
            return s.search(q, limit=limit)

    @app.get("/api/entities")
    def api_entities(
        type: str | None = None, q: str | None = None, limit: int = Query(50, ge=1, le=1000)
    ) -> Any:
        with store() as s:
            return s.top_entities(limit=limit, type=type, query=q)

    @app.get("/api/entities/{key:path}")
    def api_entity(key: str) -> Any:
        with store() as s:
            profile = s.entity_profile(key)
            if profile is None:
                raise HTTPException(404, "no such entity")
            return {
                **profile,
                "mentions": s.entity_mentions(key),
                "cooccurring": s.cooccurring(key),
                "statements": s.statements_by(key),
                "statements_about": s.statements_about(key),
                "timeline": s.timeline(key),
            }

    @app.get("/api/articles/{doc_id}/same-story")
    def api_same_story(
        doc_id: str,
        days: int = Query(STORY_DAYS, ge=0, le=365),
        min_similarity: float = Query(STORY_MIN_SIMILARITY, ge=0.0, le=1.0),
        limit: int = Query(50, ge=1, le=500),
    ) -> Any:
        """Other articles that tell the same story (published within `days`, alike in the
        entities and words they share), with their outlets and main events."""
        with article_store(doc_id) as s:
            return s.same_story(doc_id, days=days, min_similarity=min_similarity, limit=limit)

    @app.get("/api/articles/{doc_id}/story")
    def api_story(doc_id: str) -> Any:
        """How the outlets that tell this article's story tell it: the articles, the figures
        two or more give for the same thing with who claims each, and who each one quotes."""
        with article_store(doc_id) as s:
            return s.story_accounts(doc_id)

    @app.get("/api/articles/{doc_id}/events/{event_id}/coverage")
    def api_coverage(doc_id: str, event_id: str) -> Any:
        """The same event as told by other articles: an event of its type in each article
        that tells the same story."""
        with store() as s:
            return s.coverage(doc_id, event_id)

    @app.get("/api/timeline/{key:path}")
    def api_timeline(key: str) -> Any:
        with store() as s:
            return s.timeline(key)

    @app.get("/api/failures")
    def api_failures(limit: int = Query(100, ge=1, le=1000)) -> Any:
        with store() as s:
            return s.failures(limit=limit)

    @app.post("/api/extract")
    def api_extract(request: ExtractRequest) -> Any:
        """Extract one article without storing it (text bounded by MAX_EXTRACT_CHARS)."""
        from dateline.extract.pipeline import extract

        article = extract(
            request.text,
            published=request.published,
            url=request.url,
            title=request.title,
            outlet=request.outlet,
        )
        return article_to_dict(article)

    return app
