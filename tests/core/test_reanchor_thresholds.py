"""Re-anchoring thresholds, from worked examples (values computed by hand, not from the
constants under test).

The claim "unemployment fell by half" (25 letters and spaces) keeps its 32-character
prefix; in the new text k of its letters are changed (upper-cased), so its similarity
to the old quote is (25 - k) / 25, and its suffix is either kept (similarity 1) or
upper-cased: " LAST YEAR, OFFICIALS ADDED." differs in 22 of 28 characters, 6/28.
Confidence = (50·quote + 20·prefix + 20·suffix + 2·position) / 92 (the Hypothesis
client's weights), position 1 here. The rules: a claim is placed when its confidence is
at least 0.6 and the text found is at least half like the old quote.

Context is compared with white space runs squashed to one character (a line break when the run
has one) and the text's own start and end counting as line breaks. Here the recorded prefix is
PREFIX[-32:] = " gamma delta. The minister said " (single spaces: nothing to squash; it starts
10 characters into the text, so no text-start line break is read before it): the same 32
characters precede the quote in the new text, prefix similarity 32/32 = 1. The suffix (all 28
characters of SUFFIX) runs to the text's end, where a line break is read after it, but only its
first 28 characters are compared: " last year, officials added." again, 1 when kept; upper-cased,
the 22 letters (last 4, year 4, officials 9, added 5) differ and the 6 spaces and punctuation do
not: 6/28. So the new rule gives the same sums as the plain comparison did.
"""

from __future__ import annotations

import pytest

from annotator.anchoring.reanchor import AnchorTarget, reanchor
from annotator.domain import AnchorState

PREFIX = "Alpha beta gamma delta. The minister said "
QUOTE = "unemployment fell by half"
SUFFIX = " last year, officials added."


def upper_first_letters(text: str, k: int) -> str:
    out, changed = [], 0
    for char in text:
        if char.isalpha() and changed < k:
            out.append(char.upper())
            changed += 1
        else:
            out.append(char)
    return "".join(out)


@pytest.mark.parametrize(
    ("k", "suffix_kept", "state", "confidence"),
    [
        # 13/25 = 0.52 alike, context intact: (26 + 20 + 20 + 2) / 92 = 0.739 -> changed
        (12, True, AnchorState.CHANGED, 68 / 92),
        # 14/25 = 0.56, intact: (28 + 42) / 92 = 0.761 -> changed
        (11, True, AnchorState.CHANGED, 70 / 92),
        # 12/25 = 0.48 alike: less than half like the quote -> orphaned despite 0.717
        (13, True, AnchorState.ORPHANED, (24 + 42) / 92),
        # 0.56 alike, suffix 6/28: (28 + 20 + 20·6/28 + 2) / 92 = 0.590 < 0.6 -> orphaned
        (11, False, AnchorState.ORPHANED, (28 + 20 + 20 * 6 / 28 + 2) / 92),
        # 0.52 alike, suffix 6/28: 0.568 -> orphaned
        (12, False, AnchorState.ORPHANED, (26 + 20 + 20 * 6 / 28 + 2) / 92),
        # the quote itself unchanged: found as it was, whatever the context
        (0, False, AnchorState.EXACT, None),
    ],
)
def test_thresholds_on_worked_examples(k, suffix_kept, state, confidence):
    old = PREFIX + QUOTE + SUFFIX
    new = PREFIX + upper_first_letters(QUOTE, k) + (SUFFIX if suffix_kept else SUFFIX.upper())
    target = AnchorTarget(
        "c", len(PREFIX), len(PREFIX) + len(QUOTE), QUOTE, PREFIX[-32:], SUFFIX[:32]
    )
    (placement,) = reanchor([target], new, old)
    assert placement.state is state
    if confidence is not None:
        assert placement.confidence == pytest.approx(confidence, abs=0.002)
    if state is not AnchorState.ORPHANED:
        assert (placement.start, placement.end) == (len(PREFIX), len(PREFIX) + len(QUOTE))
