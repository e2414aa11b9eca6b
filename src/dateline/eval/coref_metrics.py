"""Coreference scores over clusterings of mention keys: MUC, B³, CEAF-e and their mean (CoNLL).

The definitions follow the reference implementation of Pradhan et al. (2014), "Scoring
Coreference Partitions of Predicted Mentions": a mention key is any hashable (a span, an id);
key and response may hold different mentions ("twinless" mentions count against the side that
has them). Scores are summed over documents by adding the numerators and denominators, which is
how the CoNLL scorer reports a corpus.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

Cluster = frozenset[Hashable]


@dataclass(frozen=True)
class Score:
    """Recall and precision as fractions, kept apart so documents can be summed."""

    recall_num: float
    recall_den: float
    precision_num: float
    precision_den: float

    @property
    def recall(self) -> float:
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def precision(self) -> float:
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.recall_num + other.recall_num,
            self.recall_den + other.recall_den,
            self.precision_num + other.precision_num,
            self.precision_den + other.precision_den,
        )


ZERO = Score(0.0, 0.0, 0.0, 0.0)


def clusters_from(groups: Iterable[Iterable[Hashable]]) -> list[Cluster]:
    """Non-empty clusters; a mention listed in two groups is a caller bug and raises."""
    seen: set[Hashable] = set()
    clusters: list[Cluster] = []
    for group in groups:
        cluster = frozenset(group)
        if not cluster:
            continue
        if seen & cluster:
            raise ValueError(f"mentions in two clusters: {sorted(map(repr, seen & cluster))}")
        seen |= cluster
        clusters.append(cluster)
    return clusters


def _muc_side(gold: Sequence[Cluster], other: Sequence[Cluster]) -> tuple[float, float]:
    """Σ(|K| - |p(K)|) and Σ(|K| - 1): p(K) partitions K by `other`, unmatched mentions alone."""
    where = {mention: index for index, cluster in enumerate(other) for mention in cluster}
    numerator = denominator = 0.0
    for cluster in gold:
        parts = {where.get(mention, ("alone", mention)) for mention in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator, denominator


def muc(key: Sequence[Cluster], response: Sequence[Cluster]) -> Score:
    """Vilain et al. (1995): links recovered; singletons carry no links and score nothing."""
    recall_num, recall_den = _muc_side(key, response)
    precision_num, precision_den = _muc_side(response, key)
    return Score(recall_num, recall_den, precision_num, precision_den)


def _b_cubed_side(gold: Sequence[Cluster], other: Sequence[Cluster]) -> tuple[float, float]:
    numerator = 0.0
    for cluster in gold:
        numerator += sum(len(cluster & candidate) ** 2 for candidate in other) / len(cluster)
    return numerator, float(sum(len(cluster) for cluster in gold))


def b_cubed(key: Sequence[Cluster], response: Sequence[Cluster]) -> Score:
    """Bagga and Baldwin (1998), per mention, with twinless mentions in the denominators."""
    recall_num, recall_den = _b_cubed_side(key, response)
    precision_num, precision_den = _b_cubed_side(response, key)
    return Score(recall_num, recall_den, precision_num, precision_den)


def ceaf_e(key: Sequence[Cluster], response: Sequence[Cluster]) -> Score:
    """Luo (2005), entity-based: the best one-to-one alignment of clusters under
    φ4(K, R) = 2|K ∩ R| / (|K| + |R|); recall divides by the key clusters, precision by the
    response clusters."""
    similarity = [[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key]
    total = best_assignment_total(similarity)
    return Score(total, float(len(key)), total, float(len(response)))


@dataclass(frozen=True)
class CorefScores:
    muc: Score
    b_cubed: Score
    ceaf_e: Score

    @property
    def conll_f1(self) -> float:
        """The CoNLL-2012 score: the unweighted mean of the three F1s."""
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3

    def __add__(self, other: CorefScores) -> CorefScores:
        return CorefScores(
            self.muc + other.muc, self.b_cubed + other.b_cubed, self.ceaf_e + other.ceaf_e
        )

    def as_metrics(self, prefix: str = "") -> dict[str, float | None]:
        metrics: dict[str, float | None] = {}
        for name, score in (("muc", self.muc), ("b3", self.b_cubed), ("ceafe", self.ceaf_e)):
            metrics[f"{prefix}{name}_p"] = score.precision
            metrics[f"{prefix}{name}_r"] = score.recall
            metrics[f"{prefix}{name}_f1"] = score.f1
        metrics[f"{prefix}conll_f1"] = self.conll_f1
        return metrics


EMPTY_SCORES = CorefScores(ZERO, ZERO, ZERO)


def score_clusterings(key: Sequence[Cluster], response: Sequence[Cluster]) -> CorefScores:
    """All three metrics for one document."""
    return CorefScores(muc(key, response), b_cubed(key, response), ceaf_e(key, response))


def best_assignment_total(weights: Sequence[Sequence[float]]) -> float:
    """Largest total weight of a one-to-one assignment of rows to columns (Hungarian method).

    Rectangular matrices are padded with zero-weight rows or columns. O(n³); written here so the
    scorer needs nothing beyond the standard library.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return 0.0
    size = max(rows, cols)
    top = max(max(row) for row in weights)
    # Minimise cost = top - weight on a square matrix (padding cells cost `top`, weight 0).
    cost = [
        [top - (weights[i][j] if i < rows and j < cols else 0.0) for j in range(size)]
        for i in range(size)
    ]
    assignment = _hungarian_minimum(cost)
    return sum(weights[i][j] for i, j in enumerate(assignment) if i < rows and j < cols)


def _hungarian_minimum(cost: list[list[float]]) -> list[int]:
    """Column assigned to each row of a square cost matrix, minimising the total cost."""
    n = len(cost)
    infinity = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    match = [0] * (n + 1)  # match[column] = row, 1-based; 0 = free
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        match[0] = row
        column = 0
        minimum = [infinity] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[column] = True
            current_row = match[column]
            delta = infinity
            next_column = 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                reduced = cost[current_row - 1][j - 1] - u[current_row] - v[j]
                if reduced < minimum[j]:
                    minimum[j] = reduced
                    way[j] = column
                if minimum[j] < delta:
                    delta = minimum[j]
                    next_column = j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minimum[j] -= delta
            column = next_column
            if match[column] == 0:
                break
        while column:
            previous = way[column]
            match[column] = match[previous]
            column = previous
    assignment = [0] * n
    for j in range(1, n + 1):
        assignment[match[j] - 1] = j - 1
    return assignment
