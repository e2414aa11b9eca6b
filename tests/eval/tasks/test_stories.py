"""Same-story scoring on hand-made pairs; the task on a real subset when the data is present."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.stories import (
    gold_pairs,
    pair_metrics,
    pairs_where,
    publication_day,
    run,
)


def test_gold_pairs_join_articles_of_one_story() -> None:
    assert gold_pairs(["tram", "f1", "tram", "tram"]) == {
        frozenset((0, 2)),
        frozenset((0, 3)),
        frozenset((2, 3)),
    }


def test_pair_metrics_count_each_pair_once() -> None:
    gold = {frozenset((0, 1)), frozenset((2, 3))}
    metrics = pair_metrics(gold, {frozenset((1, 0)), frozenset((1, 2))})
    assert (metrics["pair_p"], metrics["pair_r"], metrics["pair_f1"]) == (0.5, 0.5, 0.5)


def test_pairs_where_keeps_the_window_except_for_undated_articles() -> None:
    days = [date(2016, 11, 9), date(2016, 11, 11), date(2016, 11, 20), None]
    assert pairs_where(days, 2, lambda a, b: True) == {
        frozenset((0, 1)),
        frozenset((0, 3)),
        frozenset((1, 3)),
        frozenset((2, 3)),
    }
    assert pairs_where(days, 2, lambda a, b: False) == set()


@pytest.mark.parametrize(
    ("published", "day"),
    [("2016-11-09 08:46:26", date(2016, 11, 9)), ("2016", None), (None, None), ("junk", None)],
)
def test_publication_day(published: str | None, day: date | None) -> None:
    assert publication_day(published) == day


def test_stories_run_on_real_subset() -> None:
    if not (DEFAULT_DATA_DIR / "giveme5w1h").is_dir():
        pytest.skip("gold data not present")
    pytest.importorskip("sklearn")  # the text baseline's row
    (result,) = run(EvalContext(DEFAULT_DATA_DIR, limit=8))
    systems = {row.system: row for row in result.rows}
    assert set(systems) == {"dateline", "tfidf-text", "same-day"}
    assert systems["dateline"].metrics["pair_f1"] is not None
