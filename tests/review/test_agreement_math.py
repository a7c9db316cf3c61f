"""Agreement coefficients checked against published worked examples."""

from __future__ import annotations

import pytest

from annotator.review.agreement import (
    Rating,
    cohen_kappa,
    coincidence_matrix,
    krippendorff_alpha,
    match_spans,
    percent_agreement,
)

N = None

# Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability", Annenberg School for
# Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43), example C:
# 4 observers, 12 units, values 1-5, missing data. Published results: nominal alpha = 0.743,
# ordinal alpha = 0.815, interval alpha = 0.849. The same matrix is the "C" data of R's
# irr::kripp.alpha example, and fast-krippendorff's tests assert ordinal 0.815 on it.
KRIPPENDORFF_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],  # observer A
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],  # observer B
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],  # observer C
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],  # observer D
]

# Wikipedia, "Krippendorff's alpha", section "A computational example" (3 coders, 15 units):
# nominal alpha = 0.691, interval alpha = 0.811 (also asserted by fast-krippendorff's tests).
WIKIPEDIA = [
    [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
    [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
    [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
]


def units_of(matrix: list[list[int | None]]) -> list[list[int | None]]:
    return [[row[u] for row in matrix] for u in range(len(matrix[0]))]


@pytest.mark.parametrize(
    ("level", "published"), [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)]
)
def test_krippendorff_2011_example_c(level: str, published: float) -> None:
    assert round(krippendorff_alpha(units_of(KRIPPENDORFF_C), level), 3) == published  # type: ignore[arg-type]


def test_krippendorff_wikipedia_example() -> None:
    units = units_of(WIKIPEDIA)
    assert round(krippendorff_alpha(units, "nominal"), 3) == 0.691  # type: ignore[arg-type]
    assert round(krippendorff_alpha(units, "interval"), 3) == 0.811  # type: ignore[arg-type]


def test_coincidence_matrix_of_example_c_has_the_published_marginals() -> None:
    # Krippendorff (2011) example C: n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3; n = 40.
    matrix = coincidence_matrix(units_of(KRIPPENDORFF_C))
    marginals = {value: round(sum(row.values()), 6) for value, row in matrix.items()}
    assert marginals == {1: 9, 2: 13, 3: 10, 4: 5, 5: 3}


def test_ordinal_alpha_depends_on_order_not_on_labels() -> None:
    labels = {1: "False", 2: "Mostly false", 3: "Half true", 4: "Mostly true", 5: "True"}
    relabelled = [
        [labels[v] if v is not None else None for v in unit] for unit in units_of(KRIPPENDORFF_C)
    ]
    order = [labels[i] for i in range(1, 6)]
    assert krippendorff_alpha(relabelled, "ordinal", order=order) == pytest.approx(
        krippendorff_alpha(units_of(KRIPPENDORFF_C), "ordinal")
    )


def test_cohen_kappa_wikipedia_two_by_two() -> None:
    # Wikipedia, "Cohen's kappa", worked example: 50 grant proposals, both yes 20, A yes/B no 5,
    # A no/B yes 10, both no 15; p_o = 0.7, p_e = 0.5, kappa = 0.4.
    pairs = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_weighted_kappa_reference_values() -> None:
    # The three-category example of scikit-learn's test suite (test_cohen_kappa), which
    # asserts unweighted 0.9315, linear 0.9412 and quadratic 0.9541 for Cohen's (1968) formula.
    first = [0] * 46 + [1] * 44 + [2] * 10
    second = [0] * 50 + [1] * 40 + [2] * 10
    pairs = list(zip(first, second, strict=True))
    assert round(cohen_kappa(pairs), 4) == 0.9315  # type: ignore[arg-type]
    assert round(cohen_kappa(pairs, weights="linear"), 4) == 0.9412  # type: ignore[arg-type]
    assert round(cohen_kappa(pairs, weights="quadratic"), 4) == 0.9541  # type: ignore[arg-type]


def test_weighted_kappa_penalises_far_disagreements_more() -> None:
    near = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (2, 3), (4, 5), (1, 2)]
    far = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (2, 5), (4, 1), (1, 5)]
    scale = [1, 2, 3, 4, 5]
    assert cohen_kappa(near, scale, "quadratic") > cohen_kappa(far, scale, "quadratic")  # type: ignore[operator]
    # unweighted kappa cannot tell the difference
    assert cohen_kappa(near, scale) == pytest.approx(cohen_kappa(far, scale))


def test_undefined_cases_return_none() -> None:
    assert cohen_kappa([]) is None
    assert cohen_kappa([(3, 3), (3, 3)]) is None
    assert krippendorff_alpha([[1, None], [None, 2]]) is None
    assert krippendorff_alpha([[2, 2], [2, 2]]) is None
    assert percent_agreement([[1, None]]) is None


def test_percent_agreement_counts_pairs() -> None:
    assert percent_agreement([[1, 1], [1, 2], [3, 3, 3], [2, None]]) == pytest.approx(4 / 5)


def test_match_spans_pairs_by_best_overlap_one_to_one() -> None:
    ratings = [
        Rating("a1", "Alice", 0, 50, 5),
        Rating("a2", "Alice", 60, 80, 1),
        Rating("b1", "Bob", 5, 45, 4),
        Rating("b2", "Bob", 40, 70, 1),  # overlaps both of Alice's; best with a2
        Rating("b3", "Bob", 100, 120, 2),  # nobody else marked this
        Rating("c1", "Carol", 10, 30, 5),
    ]
    units = match_spans(ratings)
    as_ids = sorted(sorted(r.item_id for r in unit.values()) for unit in units)
    assert as_ids == [["a1", "b1", "c1"], ["a2", "b2"], ["b3"]]
    for unit in units:
        assert len({r.rater for r in unit.values()}) == len(unit)


def test_match_spans_never_joins_claims_of_one_rater() -> None:
    ratings = [Rating("a1", "Alice", 0, 10, 1), Rating("a2", "Alice", 5, 15, 2)]
    assert len(match_spans(ratings)) == 2
