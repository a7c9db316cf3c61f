"""Property tests: edits away from claims never change them; nothing is placed on text
that does not match its quote."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from annotator.anchoring import (
    MIN_QUOTE_SIMILARITY,
    ORPHAN_THRESHOLD,
    AnchorTarget,
    quote_at,
    reanchor,
)
from annotator.anchoring.textunits import comparison_key
from annotator.domain import AnchorState
from tests.anchoring.helpers import mid_word

WORDS = [
    "the",
    "rate",
    "fell",
    "rose",
    "to",
    "4.2%",
    "in",
    "March",
    "minister",
    "said",
    "é",
    "東京",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n"]
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def articles(draw):
    """Text made of a few repeated words (so quotes recur), and claims on runs of words."""
    n = draw(st.integers(8, 60))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=n, max_size=n))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=n, max_size=n))
    spans, parts, pos = [], [], 0
    for word, sep in zip(words, seps, strict=True):
        spans.append((pos, pos + len(word)))
        parts.append(word + sep)
        pos += len(word) + len(sep)
    text = "".join(parts)
    # Claims: non-overlapping runs of 1..4 words with at least one word between them.
    targets, i = [], draw(st.integers(0, 2))
    while i < n:
        length = draw(st.integers(1, 4))
        last = min(n - 1, i + length - 1)
        start, end = spans[i][0], spans[last][1]
        q = quote_at(text, start, end)
        targets.append(AnchorTarget(f"c{len(targets)}", start, end, q.exact, q.prefix, q.suffix))
        i = last + 1 + draw(st.integers(1, 3))
    return text, targets


def _gaps(text: str, targets: list[AnchorTarget]) -> list[tuple[int, int]]:
    """Stretches of text at least one character away from every claim."""
    gaps, pos = [], 0
    for t in sorted(targets, key=lambda t: t.start):
        if t.start - 1 > pos:
            gaps.append((pos, t.start - 1))
        pos = max(pos, t.end + 1)
    if pos < len(text):
        gaps.append((pos, len(text)))
    return gaps


edit_texts = st.lists(
    st.sampled_from(list("abc XYZ,.\n東é😀") + ["rate ", "fell ", "the ", "4.2%"]), max_size=8
).map("".join)


@st.composite
def edits_away_from_claims(draw):
    text, targets = draw(articles())
    gaps = _gaps(text, targets)
    # Apply edits back to front so earlier offsets stay valid.
    chosen = sorted(
        draw(st.lists(st.sampled_from(gaps), max_size=4, unique=True)) if gaps else [],
        reverse=True,
    )
    new = text
    for lo, hi in chosen:
        a = draw(st.integers(lo, hi))
        b = draw(st.integers(a, hi))
        new = new[:a] + draw(edit_texts) + new[b:]
    return text, new, targets


@st.composite
def edits_anywhere(draw):
    text, targets = draw(articles())
    new = text
    for _ in range(draw(st.integers(1, 4))):
        a = draw(st.integers(0, len(new)))
        b = draw(st.integers(a, min(len(new), a + 15)))
        new = new[:a] + draw(edit_texts) + new[b:]
    return text, new, targets


@SETTINGS
@given(edits_away_from_claims())
def test_edits_away_from_claims_keep_every_claim_text_identical(case):
    old, new, targets = case
    for t, p in zip(targets, reanchor(targets, new, old), strict=True):
        assert p.state in (AnchorState.EXACT, AnchorState.MOVED), (t, p)
        assert p.exact == t.exact
        assert new[p.start : p.end] == t.exact
        if p.state is AnchorState.EXACT:
            assert p.start == t.start


def _same_text(a: str, b: str) -> bool:
    return comparison_key(a) == comparison_key(b) != "" or a == b


@SETTINGS
@given(edits_anywhere(), st.booleans())
def test_no_claim_is_placed_on_text_that_does_not_match_it(case, with_old):
    old, new, targets = case
    placements = reanchor(targets, new, old if with_old else None)
    assert len(placements) == len(targets)
    for t, p in zip(targets, placements, strict=True):
        if p.state is AnchorState.ORPHANED:
            assert (p.start, p.end, p.exact) == (None, None, None)
            continue
        assert new[p.start : p.end] == p.exact
        assert p.confidence >= ORPHAN_THRESHOLD
        similarity = Levenshtein.normalized_similarity(p.exact, t.exact)
        assert similarity >= MIN_QUOTE_SIMILARITY or _same_text(p.exact, t.exact), (t, p)
        if p.state is AnchorState.CHANGED:
            assert not _same_text(p.exact, t.exact)
            assert not mid_word(new, p.start) and not mid_word(new, p.end), (t, p)
            assert p.exact == p.exact.strip()
        else:
            assert _same_text(p.exact, t.exact)
