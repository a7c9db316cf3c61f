"""Inter-rater agreement for fact-checks: pair claims by overlapping spans, then measure
how often and how closely their verdicts agree.

Pure Python, no numpy. Formulas (see docs/REVIEW.md):

- Percentage agreement: the share of agreeing pairs among all pairs of ratings of a unit.
- Weighted Cohen's kappa (Cohen 1968), two raters: kappa_w = 1 - sum(w * p_obs) / sum(w * p_exp)
  with disagreement weights w_ij = |i-j|/(k-1) (linear) or (i-j)^2/(k-1)^2 (quadratic),
  p_obs the observed joint proportions, p_exp the product of the raters' marginals.
- Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"),
  any number of raters and missing values: alpha = 1 - (n - 1) * sum(o_ck d_ck) / sum(n_c n_k d_ck)
  over the coincidence matrix o_ck (each unit with m_u >= 2 values adds 1/(m_u - 1) for every
  ordered pair of values from different raters), its marginals n_c and total n, and the
  metric d_ck: nominal (c != k), interval ((c-k)^2) or ordinal
  ((sum of n_g for g from c to k) - (n_c + n_k)/2)^2 over the ordered values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Literal

Level = Literal["nominal", "ordinal", "interval"]
Weights = Literal["linear", "quadratic"] | None


@dataclass(frozen=True)
class Rating:
    """One rater's claim: where it sits and the verdict it got (None: not rated yet)."""

    item_id: str
    rater: str
    start: int
    end: int
    value: Hashable | None


def overlap(a: Rating, b: Rating) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_spans(ratings: Sequence[Rating]) -> list[dict[str, Rating]]:
    """Group claims of different raters that overlap into units (at most one claim per rater).

    Pairs are joined greedily, largest overlap first, so for two raters this is a
    one-to-one matching that prefers the best-overlapping claims. A claim nobody else
    marked is a unit of its own. Units come in text order.
    """
    ordered = sorted(ratings, key=lambda r: (r.start, r.end, r.rater, r.item_id))
    edges = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.start >= a.end:
                break
            if a.rater != b.rater and overlap(a, b) > 0:
                union = max(a.end, b.end) - min(a.start, b.start)
                edges.append((-overlap(a, b) / union, -overlap(a, b), a.item_id, b.item_id))
    edges.sort()
    group_of = {r.item_id: {r.rater: r} for r in ordered}
    for _, _, a_id, b_id in edges:
        group_a, group_b = group_of[a_id], group_of[b_id]
        if group_a is group_b or set(group_a) & set(group_b):
            continue
        group_a.update(group_b)
        for rating in group_b.values():
            group_of[rating.item_id] = group_a
    units, seen = [], set()
    for rating in ordered:
        group = group_of[rating.item_id]
        if id(group) not in seen:
            seen.add(id(group))
            units.append(group)
    return units


def percent_agreement(units: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Share of agreeing pairs among all pairs of values within units (None values ignored)."""
    agreeing = total = 0
    for unit in units:
        values = [v for v in unit if v is not None]
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                total += 1
                agreeing += a == b
    return agreeing / total if total else None


def cohen_kappa(
    pairs: Sequence[tuple[Hashable, Hashable]],
    categories: Sequence[Hashable] | None = None,
    weights: Weights = None,
) -> float | None:
    """Cohen's kappa for two raters; weighted (linear or quadratic) over ordered `categories`.

    `categories` fixes the order (and spacing) of an ordinal scale; by default the sorted
    values that occur. Returns None when kappa is undefined (no pairs, or no expected
    disagreement).
    """
    if not pairs:
        return None
    cats = list(categories) if categories is not None else sorted({v for p in pairs for v in p})  # type: ignore[type-var]
    index = {c: i for i, c in enumerate(cats)}
    k, n = len(cats), len(pairs)
    observed = [[0.0] * k for _ in range(k)]
    for a, b in pairs:
        observed[index[a]][index[b]] += 1 / n
    rows = [sum(observed[i]) for i in range(k)]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]

    def weight(i: int, j: int) -> float:
        if weights is None:
            return float(i != j)
        distance = abs(i - j) / max(k - 1, 1)
        return distance if weights == "linear" else distance**2

    disagree_obs = sum(weight(i, j) * observed[i][j] for i in range(k) for j in range(k))
    disagree_exp = sum(weight(i, j) * rows[i] * cols[j] for i in range(k) for j in range(k))
    if disagree_exp == 0:
        return None
    return 1 - disagree_obs / disagree_exp


def coincidence_matrix(
    units: Sequence[Sequence[Hashable | None]],
) -> dict[Hashable, dict[Hashable, float]]:
    """Krippendorff's o_ck: pairable values only (units with at least two values)."""
    matrix: dict[Hashable, dict[Hashable, float]] = defaultdict(lambda: defaultdict(float))
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    matrix[c][k] += 1 / (m - 1)
    return matrix


def krippendorff_alpha(
    units: Sequence[Sequence[Hashable | None]],
    level: Level = "nominal",
    order: Sequence[Hashable] | None = None,
) -> float | None:
    """Krippendorff's alpha over units (each the list of values raters gave it; None = missing).

    `order` gives the ordinal scale (default: sorted values); interval needs numbers.
    Returns None when alpha is undefined (fewer than two pairable values, or a single value).
    """
    o = coincidence_matrix(units)
    values = list(order) if order is not None else sorted(o)  # type: ignore[type-var]
    values = [v for v in values if v in o] + [v for v in o if v not in set(values)]
    n_c = {c: sum(o[c].values()) for c in values}
    n = sum(n_c.values())
    if n < 2 or len([c for c in values if n_c[c] > 0]) < 2:
        return None
    rank = {c: i for i, c in enumerate(values)}

    def delta(c: Hashable, k: Hashable) -> float:
        if c == k:
            return 0.0
        if level == "nominal":
            return 1.0
        if level == "interval":
            return (float(c) - float(k)) ** 2  # type: ignore[arg-type]
        lo, hi = sorted((rank[c], rank[k]))
        between = sum(n_c[values[g]] for g in range(lo, hi + 1))
        return (between - (n_c[c] + n_c[k]) / 2) ** 2

    observed = sum(o[c][k] * delta(c, k) for c in values for k in values if k in o[c])
    expected = sum(n_c[c] * n_c[k] * delta(c, k) for c in values for k in values)
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / expected
