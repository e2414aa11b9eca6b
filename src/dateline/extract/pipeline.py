"""Runs the registered stages over documents: one spaCy pass per body, then each stage in order.

`extract_documents` streams Documents through `nlp.pipe` in batches; a document whose stages
fail or run past the time budget comes back as a `Failure`, and the batch goes on.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from dateline.errors import (
    DatelineError,
    ExtractionError,
    InputTooLargeError,
    MalformedInputError,
)
from dateline.extract.registry import STAGES, Stage, check_order, registered_stages
from dateline.ingest.dates import published_from_iso
from dateline.ingest.readers import failure_from, make_text_document
from dateline.nlp import Parsed, load_pipeline
from dateline.records import Article, Dateline, Document, Failure, Published
from dateline.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc


def empty_article(document: Document, model: str | None = None) -> Article:
    dateline = Dateline(document.published, None, None, None, document.title, None, document.url)
    return Article(document=document, dateline=dateline, model=model)


def run_stages(
    document: Document,
    parsed: Parsed,
    *,
    model: str | None = None,
    stages: tuple[Stage, ...] | None = None,
    deadline: float | None = None,
) -> Article:
    """All stages over one parsed document. Raises ExtractionError naming the failing stage,
    or the stage the time budget ran out in (between stages always; inside one where a timer
    can interrupt it: the main thread of a process, as the CLI and the process pool run)."""
    article = empty_article(document, model)
    for stage in STAGES if stages is None else stages:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            raise _out_of_time(f"before stage {stage.name}")
        try:
            with _interrupted_after(left):
                article = stage.load()(article, parsed)
        except _BudgetSpent:
            raise _out_of_time(f"in stage {stage.name}") from None
        except DatelineError:
            raise
        except Exception as exc:  # a bug in one stage must not stop a batch: report which
            raise ExtractionError(
                f"stage {stage.name} failed on {document.source or document.id}: "
                f"{type(exc).__name__}: {exc}",
                fix="this is a bug; please report it with the document",
            ) from exc
    return article


class _BudgetSpent(BaseException):
    """Raised by the timer inside a stage; a BaseException so no stage's handler swallows it."""


def _out_of_time(where: str) -> ExtractionError:
    return ExtractionError(
        f"time budget spent {where}",  # the failure record names the document
        fix="raise DATELINE_MAX_SECONDS or split the document",
    )


@contextmanager
def _interrupted_after(seconds: float | None) -> Iterator[None]:
    """Raise _BudgetSpent in the running code after `seconds`, where a real-time timer can be
    set (the main thread, on Unix); elsewhere the budget is checked between stages only."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds is None or not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _BudgetSpent

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_documents(
    documents: Iterable[Document],
    settings: Settings | None = None,
    stages: tuple[Stage, ...] | None = None,
) -> Iterator[Article | Failure]:
    """Articles for documents, in order, parsed in batches; failures come back as records.

    `stages` defaults to every registered stage (with the events stage the settings name); pass
    a prefix of STAGES to run fewer.
    """
    settings = settings or Settings()
    stages = registered_stages(settings.event_mentions) if stages is None else stages
    check_order(stages)
    nlp = load_pipeline(settings.model, settings.cue_model)
    pending: list[Document] = []

    def flush() -> Iterator[Article | Failure]:
        # a body over the character limit never reaches spaCy: its parse would run unbounded
        # in time and memory (the stages' time budget starts after it)
        limit = settings.max_document_chars
        too_long = {i for i, doc in enumerate(pending) if _body_length(doc) > limit}
        parsable = [doc for i, doc in enumerate(pending) if i not in too_long]
        parsed = _parse_each(nlp, parsable, settings.batch_size)
        for i, document in enumerate(pending):
            if i in too_long:
                yield _failure(document, _too_long(document, settings.max_document_chars))
                continue
            spacy_doc = next(parsed)
            if isinstance(spacy_doc, DatelineError):
                yield _failure(document, spacy_doc)
                continue
            deadline = time.monotonic() + settings.max_document_seconds
            try:
                yield run_stages(
                    document,
                    Parsed(spacy_doc, document.body.start),
                    model=settings.model,
                    stages=stages,
                    deadline=deadline,
                )
            except DatelineError as error:
                yield _failure(document, error)
        pending.clear()

    for document in documents:
        pending.append(document)
        if len(pending) >= settings.batch_size:
            yield from flush()
    if pending:
        yield from flush()


def _body_length(document: Document) -> int:
    return document.body.end - document.body.start


def _too_long(document: Document, limit: int) -> InputTooLargeError:
    return InputTooLargeError(
        f"the article is {_body_length(document):,} characters, over the limit of {limit:,}",
        fix="split the article, or raise DATELINE_MAX_CHARS",
    )


def _parse_each(
    nlp: Language, documents: list[Document], batch_size: int
) -> Iterator[SpacyDoc | DatelineError]:
    """The parse of each document in order, batched; when spaCy fails inside a batch, the rest
    of it is parsed one by one, so only the document it fails on becomes an error."""
    bodies = [doc.text[doc.body.start : doc.body.end] for doc in documents]
    done = 0
    try:
        for spacy_doc in nlp.pipe(bodies, batch_size=batch_size):
            done += 1
            yield spacy_doc
        return
    except Exception:  # spaCy's own errors have no common type; retried one by one below
        pass
    for document, body in zip(documents[done:], bodies[done:], strict=True):
        try:
            yield nlp(body)
        except Exception as exc:
            yield ExtractionError(
                f"the parse failed on {document.source or document.id}: "
                f"{type(exc).__name__}: {exc}",
                fix="this is a bug; please report it with the document",
            )


def _failure(document: Document, error: DatelineError) -> Failure:
    failure = failure_from(error, document.source or document.id)
    return Failure(
        failure.source, failure.error_code, failure.error_type, failure.message, document.id
    )


def extract(
    text: str,
    *,
    published: str | datetime | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    model: str | None = None,
    event_mentions: str | None = None,
) -> Article:
    """Extract one article from text. `published` keeps its UTC offset if it has one;
    `event_mentions="all"` makes every verb an event mention too.

    >>> article = extract("Reuters reports ...", published="2023-02-24T11:53:00+04:00")
    """
    from dataclasses import replace

    settings = Settings.from_env()
    if model:
        settings = replace(settings, model=model)
    if event_mentions:
        settings = replace(settings, event_mentions=event_mentions)
    document = make_text_document(
        text.replace("\r\n", "\n"),
        source="api",
        title=title,
        url=url,
        outlet=outlet,
        published=_published_argument(published),
    )
    if _body_length(document) > settings.max_document_chars:
        raise _too_long(document, settings.max_document_chars)
    (result,) = extract_documents([document], settings)
    if isinstance(result, Failure):
        raise ExtractionError(result.message)
    return result


def _published_argument(published: str | datetime | None) -> Published | None:
    if published is None:
        return None
    value = published.isoformat() if isinstance(published, datetime) else published
    parsed = published_from_iso(value, "argument")
    if parsed is None:
        raise MalformedInputError(
            f"published {value!r} is no date", fix="give ISO 8601: 2023-02-24T11:53:00+04:00"
        )
    return parsed
