"""Publication-date scoring on hand-made predictions."""

from __future__ import annotations

import pytest

from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.html_date import (
    DatePrediction,
    DateTally,
    predict,
    prediction_from_published,
    run,
    tally,
)
from dateline.records import Published


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (
            Published("2023-02-24T11:53:00+04:00", "minute", "+04:00", "html-meta"),
            DatePrediction("2023-02-24", "+04:00"),
        ),
        (Published("2023-02-24", "day", None, "htmldate"), DatePrediction("2023-02-24")),
        (None, DatePrediction(None)),
    ],
)
def test_html_date_prediction_from_published(
    published: Published | None, expected: DatePrediction
) -> None:
    assert prediction_from_published(published) == expected


def test_html_date_tally_counts_like_htmldate() -> None:
    total = tally(
        ["2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04"],
        [
            DatePrediction("2020-01-01", "+01:00"),
            DatePrediction("2019-12-31"),
            DatePrediction(None),
            None,  # the system failed on this page
        ],
    )
    assert (total.tp, total.fp, total.fn) == (1, 1, 2)
    metrics = total.metrics()
    assert metrics["accuracy"] == pytest.approx(1 / 4)
    assert metrics["p"] == pytest.approx(1 / 2)
    assert metrics["r"] == pytest.approx(1 / 3)
    assert metrics["f1"] == pytest.approx(2 / 5)
    assert metrics["with_timezone"] == pytest.approx(1 / 2)
    assert total.counts() == {"documents": 4, "predicted": 2}


def test_html_date_empty_tally_is_zero() -> None:
    assert DateTally().metrics()["accuracy"] == 0.0


def test_html_date_predict_turns_a_crash_into_none() -> None:
    def crashing(html: bytes, url: str, source: str) -> DatePrediction:
        raise RuntimeError("broken page")

    assert predict([("u", b"<html/>")], crashing, "test") == [None]


@pytest.mark.slow
def test_html_date_run_on_real_subset() -> None:
    if not (DEFAULT_DATA_DIR / "htmldate-eval").is_dir():
        pytest.skip("gold data not present")
    results = run(EvalContext(DEFAULT_DATA_DIR, limit=2))
    assert [r.corpus for r in results] == [
        "htmldate-eval",
        "htmldate-eval/default",
        "htmldate-eval/mediacloud_2020",
        "trafilatura-eval/dated",
    ]
    assert results[0].rows[0].counts["documents"] == 4
    assert {row.system for row in results[0].rows} == {"dateline", "htmldate"}
