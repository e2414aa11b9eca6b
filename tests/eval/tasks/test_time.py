"""Time task: the TempEval-3 timex metrics by hand, TIMEX3 values, and the dateparser baseline."""

from __future__ import annotations

from datetime import datetime

import pytest

from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.runs import ParsedText
from dateline.eval.tasks.time import (
    Timex,
    TimexCounts,
    dateline_timexes,
    run,
    score_timexes,
    spacy_timexes,
    timex_value,
)
from dateline.records import Article, Dateline, Document, Span, TimeExpression


def test_score_timexes_tempeval3_definitions():
    gold = [
        Timex(0, 9, "DATE", "1998-01-07"),
        Timex(20, 35, "DURATION", "P2W"),
        Timex(40, 45, "DATE", "1998"),
    ]
    predicted = [
        Timex(0, 9, "DATE", "1998-01-07"),  # strict: right type and value
        Timex(20, 27, "DATE", "P2W"),  # relaxed only: wrong type, right value
        Timex(50, 55, "DATE", "1999"),  # spurious
    ]
    counts = score_timexes(gold, predicted)
    assert counts == TimexCounts(
        gold=3, predicted=3, relaxed=2, strict=1, type_match=1, value_match=2
    )
    metrics = counts.metrics()
    assert metrics["strict_f1"] == pytest.approx(1 / 3)
    assert metrics["relaxed_p"] == pytest.approx(2 / 3)
    assert metrics["relaxed_f1"] == pytest.approx(2 / 3)
    assert metrics["type_accuracy"] == pytest.approx(1 / 2)
    assert metrics["value_accuracy"] == pytest.approx(1.0)
    assert metrics["value_f1"] == pytest.approx(2 / 3)  # relaxed F1 x value accuracy
    assert metrics["type_f1"] == pytest.approx(1 / 3)


def test_timex_counts_sum_over_documents():
    one = TimexCounts(2, 1, 1, 1, 1, 0)
    assert one + one == TimexCounts(4, 2, 2, 2, 2, 0)
    assert TimexCounts().metrics()["value_f1"] == 0.0


@pytest.mark.parametrize(
    ("period", "value"),
    [
        ("year", "2005"),
        ("month", "2005-06"),
        ("week", "2005-W24"),
        ("day", "2005-06-13"),
        ("time", "2005-06-13T17:05"),
        (None, "2005-06-13"),
    ],
)
def test_timex_value_keeps_the_precision_read(period, value):
    assert timex_value(datetime(2005, 6, 13, 17, 5), period) == value


TEXT = "Stocks fell yesterday, at 5 p.m., and in March 1997 and in 2009, said 20 people."


def parsed_text(entities):
    document = Document(id="d", text=TEXT, body=Span(0, len(TEXT)))
    return ParsedText(document, None, tuple(entities))


def span_of(phrase):
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def test_spacy_timexes_values_relative_to_the_creation_time():
    entities = [
        (*span_of("yesterday"), "DATE"),
        (*span_of("5 p.m."), "TIME"),
        (*span_of("March 1997"), "DATE"),
        (*span_of("2009"), "DATE"),
        (*span_of("20"), "CARDINAL"),
    ]
    found = spacy_timexes(parsed_text(entities), "1998-01-08", len(TEXT))
    assert [(TEXT[t.start : t.end], t.type, t.value) for t in found] == [
        ("yesterday", "DATE", "1998-01-07"),
        ("5 p.m.", "TIME", "1998-01-08T17:00"),
        ("March 1997", "DATE", "1997-03"),
        ("2009", "DATE", "2009"),
    ]


def test_dateline_timexes_reads_article_times_up_to_the_scored_end():
    document = Document(id="d", text=TEXT, body=Span(0, len(TEXT)))
    times = (
        TimeExpression("t1", Span(*span_of("yesterday")), "DATE", "1998-01-07"),
        TimeExpression("t2", Span(*span_of("2009")), "DATE", "2009"),
    )
    article = Article(document, Dateline(None, None, None, None, None, None, None), times=times)
    assert dateline_timexes(article, TEXT.index("2009")) == [
        Timex(*span_of("yesterday"), "DATE", "1998-01-07")
    ]


@pytest.mark.slow
@pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason=f"no gold data at {DEFAULT_DATA_DIR}")
def test_time_task_respects_limit_and_reports_counts():
    results = run(EvalContext(DEFAULT_DATA_DIR, limit=2))
    assert [r.corpus for r in results] == ["tempeval3/TimeBank", "tempeval3/AQUAINT", "meantime-en"]
    for result in results:
        assert [row.system for row in result.rows] == ["dateline", "spacy-dateparser"]
        baseline = result.rows[1]
        assert baseline.counts["documents"] == 2
        assert baseline.metrics["value_f1"] is not None
        assert 0.0 <= baseline.metrics["value_f1"] <= 1.0
        assert baseline.counts["gold"] > 0
