"""The benchmark's shingle metric and trafilatura's segment metric on hand-worked texts."""

from __future__ import annotations

import pytest

from dateline.eval.corpora.trafilatura_eval import SegmentPage
from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.html_text import (
    SegmentTally,
    benchmark_metrics,
    count_segments,
    run,
    shingle_match,
    shingles,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a b c d e", {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}),
        ("Hello, world!", {("Hello", "world"): 1}),  # shorter than 4 tokens: one shingle
        (
            "a b c d a b c d",
            {
                ("a", "b", "c", "d"): 2,
                ("b", "c", "d", "a"): 1,
                ("c", "d", "a", "b"): 1,
                ("d", "a", "b", "c"): 1,
            },
        ),
        ("", {}),
    ],
)
def test_html_text_shingles(text: str, expected: dict[tuple[str, ...], int]) -> None:
    assert dict(shingles(text)) == expected


@pytest.mark.parametrize(
    ("true", "pred", "expected"),
    [
        ("a b c d e", "a b c d", (0.5, 0.0, 0.5)),
        ("a b c d", "a b c d e f", (1 / 3, 2 / 3, 0.0)),
        ("a b c d", "", (0.0, 0.0, 1.0)),
        ("", "", (0.0, 0.0, 0.0)),
    ],
)
def test_html_text_shingle_match_is_normalised(
    true: str, pred: str, expected: tuple[float, float, float]
) -> None:
    assert shingle_match(true, pred) == pytest.approx(expected)


def test_html_text_benchmark_metrics_average_per_page() -> None:
    metrics = benchmark_metrics(
        [("a b c d e", "a b c d"), ("x y", "x, y"), ("p q r s", ""), ("", "")]
    )
    # precision: pages 1 and 2 (1.0, 1.0); recall: pages 1-3 (0.5, 1.0, 0.0); the empty page
    # counts in neither, but its (empty) token sequences match for accuracy.
    assert metrics["p"] == pytest.approx(1.0)
    assert metrics["r"] == pytest.approx(0.5)
    assert metrics["f1"] == pytest.approx(2 / 3)
    assert metrics["accuracy"] == pytest.approx(2 / 4)


PAGE = SegmentPage("u", "f", ("Body text", "Second  part"), ("Menu", "Footer"), None)


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        ("Body  text\nand Menu", (1, 1, 1, 1)),
        ("Body text. Second part.", (2, 0, 0, 2)),
        (None, (0, 0, 2, 2)),  # a crash or no output: a full miss
        ("", (0, 0, 2, 2)),
    ],
)
def test_html_text_count_segments(result: str | None, expected: tuple[int, int, int, int]) -> None:
    assert count_segments(PAGE, result) == expected


def test_html_text_segment_tally_scores() -> None:
    tally = SegmentTally()
    tally.add((1, 1, 1, 1))
    tally.add((2, 0, 0, 2))
    metrics = tally.metrics()
    assert metrics["p"] == pytest.approx(3 / 4)
    assert metrics["r"] == pytest.approx(3 / 4)
    assert metrics["f1"] == pytest.approx(6 / 8)
    assert metrics["accuracy"] == pytest.approx(6 / 8)


@pytest.mark.slow
def test_html_text_run_on_real_subset() -> None:
    if not (DEFAULT_DATA_DIR / "article-extraction-benchmark").is_dir():
        pytest.skip("gold data not present")
    benchmark, segments = run(EvalContext(DEFAULT_DATA_DIR, limit=2))
    assert benchmark.rows[0].system == "dateline"
    assert "peer:trafilatura 2.0.0" in {row.system for row in benchmark.rows}
    assert {row.system for row in segments.rows} == {"dateline", "trafilatura"}
    assert all(row.counts["documents"] == 2 for row in benchmark.rows + segments.rows)
