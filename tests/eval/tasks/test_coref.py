"""Coref task: aligning predicted to gold mentions, the two settings, the exact-string baseline."""

from __future__ import annotations

import pytest

from dateline.eval.framework import DEFAULT_DATA_DIR, EvalContext
from dateline.eval.tasks.coref import (
    GoldMention,
    PredictedMention,
    by_exact_string,
    run,
    score_document,
)

# Gold: "Ada" (0-3) ... "Ada" (10-13) ... "she" (20-23), one person; (30-35) a product (don't care).
GOLD = [
    GoldMention(0, 3, "1", True),
    GoldMention(10, 13, "1", True),
    GoldMention(20, 23, "1", False),
    GoldMention(30, 35, None, True),
]
# Dateline: both names in e1, the pronoun in e2, a name on the product, a spurious name.
PREDICTED = [
    PredictedMention(0, 3, "e1", True),
    PredictedMention(10, 13, "e1", True),
    PredictedMention(20, 23, "e2", False),
    PredictedMention(30, 34, "e1", True),
    PredictedMention(40, 45, "e3", True),
]


def test_score_document_all_mentions():
    scores = score_document(GOLD, PREDICTED, "all")
    # Key {g0 g1 g2}; response {g0 g1} {g2} {spurious}: the product mention is dropped.
    assert scores.muc.recall == pytest.approx(1 / 2)
    assert scores.muc.precision == pytest.approx(1.0)
    assert scores.b_cubed.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    assert scores.b_cubed.precision == pytest.approx((1 + 1 + 1 + 0) / 4)


def test_score_document_names_only():
    scores = score_document(GOLD, PREDICTED, "names")
    # Key {g0 g1}; response {g0 g1} {spurious}.
    assert (scores.muc.recall, scores.muc.precision) == (1.0, 1.0)
    assert scores.b_cubed.precision == pytest.approx(2 / 3)
    assert scores.ceaf_e.recall == pytest.approx(1.0)
    assert scores.ceaf_e.precision == pytest.approx(1 / 2)


def test_score_document_aligns_overlapping_mentions():
    gold = [GoldMention(0, 20, "1", True), GoldMention(30, 33, "1", True)]
    predicted = [PredictedMention(5, 15, "x", True), PredictedMention(30, 33, "x", True)]
    assert score_document(gold, predicted, "all").conll_f1 == pytest.approx(1.0)


def test_by_exact_string_clusters_identical_surfaces():
    text = "Ada met Ada and ADA"
    mentions = [
        PredictedMention(0, 3, "e1", True),
        PredictedMention(8, 11, "e2", True),
        PredictedMention(16, 19, "e1", True),
    ]
    clusters = [m.cluster for m in by_exact_string(text, mentions)]
    assert clusters == ["Ada", "Ada", "ADA"]


@pytest.mark.slow
@pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason=f"no gold data at {DEFAULT_DATA_DIR}")
def test_coref_task_respects_limit_and_reports_counts():
    results = run(EvalContext(DEFAULT_DATA_DIR, limit=2))
    assert [r.corpus for r in results] == ["meantime-en", "gum-news"]
    for result in results:
        systems = [row.system for row in result.rows]
        assert systems == ["dateline", "exact-string", "spacy-exact-string"]
        baseline = result.rows[2]
        assert baseline.counts["documents"] == 2
        assert 0.0 < baseline.metrics["conll_f1"] <= 1.0
        assert "names_conll_f1" in baseline.metrics
