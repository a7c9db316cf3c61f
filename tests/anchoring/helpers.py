"""Small helpers shared by the anchoring tests."""

from __future__ import annotations

from annotator.anchoring import AnchorTarget, Placement, quote_at, reanchor


def target(text: str, quote: str, key: str = "c1", occurrence: int = 0) -> AnchorTarget:
    """A target on the `occurrence`-th appearance of `quote` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    q = quote_at(text, start, start + len(quote))
    return AnchorTarget(key, start, start + len(quote), q.exact, q.prefix, q.suffix)


def place(old: str, new: str, quote: str, with_old: bool, occurrence: int = 0) -> Placement:
    """Re-anchor one claim on `quote` from `old` into `new`."""
    t = target(old, quote, occurrence=occurrence)
    [placement] = reanchor([t], new, old if with_old else None)
    assert placement.key == t.key
    if placement.start is not None:
        assert new[placement.start : placement.end] == placement.exact
    return placement


def mid_word(text: str, pos: int) -> bool:
    """A position between two letters or digits; each CJK ideograph counts as a word."""
    if not 0 < pos < len(text):
        return False
    a, b = text[pos - 1], text[pos]
    return a.isalnum() and b.isalnum() and not (_ideograph(a) or _ideograph(b))


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
