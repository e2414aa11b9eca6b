"""One-to-one span alignment used by the coref and time scorers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.eval.metrics import align_spans


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        # Identical spans win even when listed after an overlapping one.
        ([(0, 10), (4, 8)], [(4, 8), (0, 6)], {0: 1, 1: 0}),
        # The larger overlap (over the union) wins the gold span; the other stays unaligned.
        ([(0, 10)], [(0, 3), (0, 9)], {1: 0}),
        # No shared character, no alignment.
        ([(0, 5)], [(5, 9)], {}),
        # Two identical gold spans take two identical predictions, in order.
        ([(2, 4), (2, 4)], [(2, 4), (2, 4)], {0: 0, 1: 1}),
    ],
)
def test_align_spans_by_hand(gold, predicted, expected):
    assert align_spans(gold, predicted) == expected


spans = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 8)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=8,
)


@given(spans, spans)
def test_align_spans_is_one_to_one_and_overlapping(gold, predicted):
    alignment = align_spans(gold, predicted)
    assert len(set(alignment.values())) == len(alignment)
    for p_index, g_index in alignment.items():
        (ps, pe), (gs, ge) = predicted[p_index], gold[g_index]
        assert ps < ge and gs < pe
