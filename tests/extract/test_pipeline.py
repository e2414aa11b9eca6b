"""The pipeline's guards: one article never stops a batch, whatever spaCy does with it."""

from __future__ import annotations

import signal
import time
from dataclasses import replace

import pytest

from dateline.errors import ExtractionError, InputTooLargeError
from dateline.extract.pipeline import _parse_each, extract, extract_documents, run_stages
from dateline.extract.registry import Stage
from dateline.ingest.readers import make_text_document
from dateline.records import Article, Failure
from dateline.settings import Settings


class FailingNlp:
    """Stands for a spaCy pipeline that fails on one body: inside a batch, and alone."""

    def pipe(self, bodies, batch_size):
        for body in bodies:
            if "BOOM" in body:
                raise ValueError("cannot parse")
            yield body.upper()

    def __call__(self, body):
        if "BOOM" in body:
            raise ValueError("cannot parse")
        return body.upper()


def test_a_parse_that_fails_inside_a_batch_fails_only_its_document() -> None:
    documents = [
        make_text_document(text, source=f"d{n}")
        for n, text in enumerate(["first one.", "BOOM here.", "third one."])
    ]
    parsed = list(_parse_each(FailingNlp(), documents, batch_size=8))  # type: ignore[arg-type]
    assert parsed[0] == "FIRST ONE."
    assert isinstance(parsed[1], ExtractionError) and "d1" in parsed[1].message
    assert parsed[2] == "THIRD ONE."


@pytest.mark.slow
def test_an_article_over_the_character_limit_fails_alone_and_the_batch_goes_on() -> None:
    short = "Mayor Eva Lind opened the bridge in Oslo on Friday."
    documents = [
        make_text_document(short, source="a"),
        make_text_document(short + " It rained." * 20, source="long"),
        make_text_document(short + " Crowds came.", source="c"),
    ]
    settings = replace(Settings(), max_document_chars=100)
    results = list(extract_documents(documents, settings))
    assert [type(r) for r in results] == [Article, Failure, Article]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert (failure.source, failure.error_code) == ("long", "DL103")
    assert "over the limit of 100" in failure.message


def test_extract_refuses_an_article_over_the_character_limit(monkeypatch) -> None:
    monkeypatch.setenv("DATELINE_MAX_CHARS", "10")
    with pytest.raises(InputTooLargeError):
        extract("Mayor Eva Lind opened the bridge in Oslo on Friday.")


def test_extract_refuses_a_publication_time_that_is_no_date() -> None:
    from dateline.errors import MalformedInputError

    with pytest.raises(MalformedInputError, match="is no date"):
        extract("The mayor opened the bridge.", published="yesterday")


def sleepy_stage(article, parsed):
    time.sleep(2)
    return article


SLEEPY = Stage("test.sleepy.v1", "tests.extract.test_pipeline:sleepy_stage", (), ())


def test_a_stage_that_runs_past_the_budget_is_stopped_inside_it() -> None:
    # the only stage: unless the timer stops it inside, it returns, and nothing is raised
    document = make_text_document("The mayor opened the bridge.", source="slow.txt")
    deadline = time.monotonic() + 0.2
    with pytest.raises(ExtractionError, match="time budget spent in stage test.sleepy.v1"):
        run_stages(document, None, stages=(SLEEPY,), deadline=deadline)  # type: ignore[arg-type]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # the timer is off again
