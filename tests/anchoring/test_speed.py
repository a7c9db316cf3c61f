"""The benchmark case: 1,000 claims on a 100 KB article with scattered edits.

How fast re-anchoring it is: the `reanchor` row of `python -m benchmarks` (no clock here)."""

from __future__ import annotations

from collections import Counter

from annotator.anchoring import reanchor
from annotator.anchoring.synthetic import make_reanchor_case
from annotator.anchoring.textunits import same_text
from annotator.domain import AnchorState


def test_the_synthetic_case_is_deterministic_and_the_right_size():
    first, second = make_reanchor_case(7), make_reanchor_case(7)
    assert first == second
    old, new, targets = first
    assert len(old.encode()) >= 100_000
    assert old != new
    assert len(targets) == 1000
    assert all(old[t.start : t.end] == t.exact for t in targets)
    assert make_reanchor_case(8)[0] != old


def test_the_benchmark_result_is_sensible():
    old, new, targets = make_reanchor_case(1)
    placements = reanchor(targets, new, old)
    states = Counter(p.state for p in placements)
    # Most claims only moved; the edits that landed inside claims changed a few.
    assert states[AnchorState.MOVED] + states[AnchorState.EXACT] > 900
    assert 0 < states[AnchorState.CHANGED] < 100
    for t, p in zip(targets, placements, strict=True):
        if p.state in (AnchorState.EXACT, AnchorState.MOVED):
            assert new[p.start : p.end] == p.exact
            assert same_text(p.exact, t.exact)
    # Without the old text, the selectors alone find the same places for nearly all claims.
    alone = reanchor(targets, new)
    agree = sum(
        (a.start, a.end) == (b.start, b.end) for a, b in zip(placements, alone, strict=True)
    )
    assert agree >= 990
