"""MUC, B³ and CEAF-e on small clusterings whose scores are worked out by hand."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.eval.coref_metrics import (
    EMPTY_SCORES,
    Score,
    b_cubed,
    best_assignment_total,
    ceaf_e,
    clusters_from,
    muc,
    score_clusterings,
)

# Pradhan et al. (2014), "Scoring Coreference Partitions of Predicted Mentions", worked example:
# key {a b c} {d e f g}; response {a b} {c d} {f g h i}.
KEY = clusters_from([["a", "b", "c"], ["d", "e", "f", "g"]])
RESPONSE = clusters_from([["a", "b"], ["c", "d"], ["f", "g", "h", "i"]])


@pytest.mark.parametrize(
    ("metric", "recall", "precision"),
    [
        (muc, 2 / 5, 2 / 5),
        (b_cubed, 5 / 12, 4 / 8),
        (ceaf_e, 1.3 / 2, 1.3 / 3),
    ],
)
def test_coref_metrics_reference_example(metric, recall, precision):
    score = metric(KEY, RESPONSE)
    assert score.recall == pytest.approx(recall)
    assert score.precision == pytest.approx(precision)


@pytest.mark.parametrize(
    ("key", "response", "expected_recall", "expected_precision"),
    [
        # Vilain et al. (1995): one chain split in two loses one of three links.
        ([["A", "B", "C", "D"]], [["A", "B"], ["C", "D"]], 2 / 3, 1.0),
        # Everything merged: all key links found, half of the response links wrong.
        ([["A", "B"], ["C", "D"]], [["A", "B", "C", "D"]], 1.0, 2 / 3),
        # Singletons carry no links: nothing to find, nothing to score.
        ([["A"], ["B"]], [["A"], ["B"]], 0.0, 0.0),
    ],
)
def test_muc_by_hand(key, response, expected_recall, expected_precision):
    score = muc(clusters_from(key), clusters_from(response))
    assert score.recall == pytest.approx(expected_recall)
    assert score.precision == pytest.approx(expected_precision)


def test_b_cubed_counts_twinless_mentions_against_their_side():
    # Key {A B}; response {A B X}: X is not a gold mention, precision pays for it.
    score = b_cubed(clusters_from([["A", "B"]]), clusters_from([["A", "B", "X"]]))
    assert score.recall == pytest.approx(1.0)
    # Per mention: A 2/3, B 2/3, X 0 (no key cluster holds it).
    assert score.precision == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)


def test_ceaf_e_aligns_clusters_one_to_one():
    # Both response clusters overlap key {A B C}; only the better one may be aligned with it.
    key = clusters_from([["A", "B", "C"], ["D"]])
    response = clusters_from([["A", "B"], ["C", "D"]])
    score = ceaf_e(key, response)
    # Best: {A B C}-{A B} = 0.8 and {D}-{C D} = 2/3.
    assert score.recall == pytest.approx((0.8 + 2 / 3) / 2)
    assert score.precision == pytest.approx((0.8 + 2 / 3) / 2)


def test_score_clusterings_perfect_response_scores_one():
    key = clusters_from([["a", "b"], ["c"], ["d", "e", "f"]])
    scores = score_clusterings(key, key)
    assert scores.conll_f1 == pytest.approx(1.0)
    assert scores.as_metrics()["b3_p"] == pytest.approx(1.0)


def test_score_clusterings_conll_is_mean_of_f1s():
    scores = score_clusterings(KEY, RESPONSE)
    mean = (scores.muc.f1 + scores.b_cubed.f1 + scores.ceaf_e.f1) / 3
    assert scores.conll_f1 == pytest.approx(mean)
    assert scores.as_metrics("names_")["names_conll_f1"] == pytest.approx(mean)


def test_scores_sum_over_documents_by_numerators_and_denominators():
    total = EMPTY_SCORES + score_clusterings(KEY, RESPONSE) + score_clusterings(KEY, KEY)
    assert total.muc == Score(2 + 5, 5 + 5, 2 + 5, 5 + 5)
    assert total.muc.recall == pytest.approx(7 / 10)


def test_empty_response_scores_zero_without_dividing_by_zero():
    scores = score_clusterings(KEY, [])
    assert (scores.muc.f1, scores.b_cubed.f1, scores.ceaf_e.f1) == (0.0, 0.0, 0.0)


def test_clusters_from_refuses_a_mention_in_two_clusters():
    with pytest.raises(ValueError, match="two clusters"):
        clusters_from([["a", "b"], ["b", "c"]])


def _brute_force(weights: list[list[float]]) -> float:
    rows, cols = len(weights), len(weights[0])
    if rows <= cols:
        return max(
            sum(weights[i][j] for i, j in enumerate(perm))
            for perm in itertools.permutations(range(cols), rows)
        )
    return max(
        sum(weights[i][j] for j, i in enumerate(perm))
        for perm in itertools.permutations(range(rows), cols)
    )


@given(
    st.integers(1, 5).flatmap(
        lambda rows: st.lists(
            st.lists(st.floats(0, 1), min_size=rows, max_size=rows), min_size=1, max_size=5
        )
    )
)
def test_best_assignment_total_matches_brute_force(weights):
    assert best_assignment_total(weights) == pytest.approx(_brute_force(weights))
