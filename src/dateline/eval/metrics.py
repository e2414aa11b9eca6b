"""Shared scoring arithmetic: precision/recall/F1 from counts, and token-overlap F1."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_metrics(self, prefix: str = "") -> dict[str, float | None]:
        return {f"{prefix}p": self.precision, f"{prefix}r": self.recall, f"{prefix}f1": self.f1}


def exact_prf(gold: Iterable[object], predicted: Iterable[object]) -> PRF:
    """Multiset match of hashable items (spans, (span, label) pairs, ...)."""
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    return PRF(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def overlap_prf(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> PRF:
    """Span match by any character overlap, each gold span matched at most once."""
    used: set[int] = set()
    tp = 0
    for ps, pe in predicted:
        for index, (gs, ge) in enumerate(gold):
            if index not in used and ps < ge and gs < pe:
                used.add(index)
                tp += 1
                break
    return PRF(tp, len(predicted) - tp, len(gold) - tp)


def token_f1(gold_tokens: Sequence[str], predicted_tokens: Sequence[str]) -> float:
    common = Counter(gold_tokens) & Counter(predicted_tokens)
    overlap = sum(common.values())
    if not overlap:
        return 0.0
    precision = overlap / len(predicted_tokens)
    recall = overlap / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)


def align_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """Predicted index -> gold index, one-to-one: identical spans first, then overlapping pairs
    by decreasing overlap (shared characters over their union), ties to the earlier gold span."""
    alignment: dict[int, int] = {}
    used: set[int] = set()
    exact: dict[tuple[int, int], list[int]] = {}
    for index, span in enumerate(gold):
        exact.setdefault(span, []).append(index)
    for p_index, span in enumerate(predicted):
        free = [g for g in exact.get(span, []) if g not in used]
        if free:
            alignment[p_index] = free[0]
            used.add(free[0])
    candidates = []
    for p_index, (ps, pe) in enumerate(predicted):
        if p_index in alignment:
            continue
        for g_index, (gs, ge) in enumerate(gold):
            shared = min(pe, ge) - max(ps, gs)
            if g_index not in used and shared > 0:
                union = max(pe, ge) - min(ps, gs)
                candidates.append((-shared / union, g_index, p_index))
    for _, g_index, p_index in sorted(candidates):
        if p_index not in alignment and g_index not in used:
            alignment[p_index] = g_index
            used.add(g_index)
    return alignment
