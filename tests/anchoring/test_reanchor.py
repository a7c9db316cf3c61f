"""Re-anchoring one or a few claims: each anchor state and the tricky cases."""

from __future__ import annotations

import pytest

from annotator.anchoring import ORPHAN_THRESHOLD, AnchorTarget, locate, reanchor
from annotator.domain import AnchorState
from tests.anchoring.helpers import mid_word, place, target

ARTICLE = (
    "The finance minister spoke on Monday. "
    "She said that unemployment fell to 4.2% in March, the lowest level in a decade. "
    "Critics pointed out that the figure excludes seasonal workers. "
    "The opposition leader called the claim misleading and demanded an inquiry."
)
CLAIM = "unemployment fell to 4.2% in March"

both_modes = pytest.mark.parametrize("with_old", [True, False], ids=["diff", "selectors"])


@both_modes
def test_unchanged_text_keeps_the_claim_exact(with_old):
    p = place(ARTICLE, ARTICLE, CLAIM, with_old)
    assert p.state is AnchorState.EXACT
    assert p.exact == CLAIM
    assert p.confidence == 1.0


@both_modes
def test_an_edit_after_the_claim_keeps_it_exact(with_old):
    new = ARTICLE.replace("seasonal workers", "part-time and seasonal workers")
    p = place(ARTICLE, new, CLAIM, with_old)
    assert p.state is AnchorState.EXACT
    assert (p.start, p.exact) == (ARTICLE.index(CLAIM), CLAIM)


@both_modes
def test_an_insert_before_the_claim_moves_it(with_old):
    inserted = "Markets were calm. "
    new = inserted + ARTICLE
    p = place(ARTICLE, new, CLAIM, with_old)
    assert p.state is AnchorState.MOVED
    assert p.start == ARTICLE.index(CLAIM) + len(inserted)
    assert p.exact == CLAIM


@both_modes
def test_an_edit_inside_the_quote_changes_it_and_keeps_both_quotes(with_old):
    new = ARTICLE.replace("fell to 4.2%", "fell to 4.4%")
    t = target(ARTICLE, CLAIM)
    [p] = reanchor([t], new, ARTICLE if with_old else None)
    assert p.state is AnchorState.CHANGED
    assert p.exact == "unemployment fell to 4.4% in March"
    assert (p.start, p.end) == (new.index(p.exact), new.index(p.exact) + len(p.exact))
    assert t.exact == CLAIM  # the old quote is still known to the caller
    assert p.confidence >= ORPHAN_THRESHOLD


@both_modes
def test_a_reworded_claim_with_inserted_words_is_changed_not_orphaned(with_old):
    new = ARTICLE.replace(CLAIM, "unemployment fell sharply to 4.2% in early March")
    p = place(ARTICLE, new, CLAIM, with_old)
    assert p.state is AnchorState.CHANGED
    assert p.exact == "unemployment fell sharply to 4.2% in early March"


@both_modes
def test_deleting_the_passage_orphans_the_claim(with_old):
    sentence = "She said that unemployment fell to 4.2% in March, the lowest level in a decade. "
    new = ARTICLE.replace(sentence, "")
    p = place(ARTICLE, new, CLAIM, with_old)
    assert p.state is AnchorState.ORPHANED
    assert (p.start, p.end, p.exact) == (None, None, None)
    assert p.confidence < ORPHAN_THRESHOLD


@both_modes
def test_a_quote_now_occurring_twice_goes_to_the_occurrence_that_fits_its_context(with_old):
    decoy = "Later a columnist wrote: unemployment fell to 4.2% in March, or so we are told. "
    # The decoy lands right where the claim used to be, so closeness alone would pick it.
    cut = ARTICLE.index("She said")
    new = ARTICLE[:cut] + decoy + ARTICLE[cut:]
    p = place(ARTICLE, new, CLAIM, with_old)
    assert p.state is AnchorState.MOVED
    assert p.start == new.index("She said that ") + len("She said that ")
    assert p.exact == CLAIM


def test_an_edited_claim_does_not_jump_to_a_verbatim_copy_elsewhere():
    """With the old text, the diff shows which copy was edited."""
    old = f"First: {CLAIM}. Then other news. Quoted later: {CLAIM}, again."
    new = old.replace("fell to 4.2% in March", "fell to 4.3% in March", 1)
    p = place(old, new, CLAIM, with_old=True, occurrence=0)
    assert p.state is AnchorState.CHANGED
    assert p.start == len("First: ")


@both_modes
def test_an_edit_inside_one_claim_leaves_its_neighbours_alone(with_old):
    text = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota."
    quotes = ["Alpha beta gamma.", "Delta epsilon zeta.", "Eta theta iota."]
    targets = [target(text, q, key=f"c{i}") for i, q in enumerate(quotes)]
    new = text.replace("epsilon", "upsilon")
    placements = reanchor(targets, new, text if with_old else None)
    assert [p.key for p in placements] == ["c0", "c1", "c2"]
    first, middle, last = placements
    assert (first.state, first.exact, first.start) == (AnchorState.EXACT, quotes[0], 0)
    assert (last.state, last.exact) == (AnchorState.EXACT, quotes[2])
    assert middle.state is AnchorState.CHANGED
    assert middle.exact == "Delta upsilon zeta."


@both_modes
def test_whitespace_only_changes_keep_the_claim_exact_and_update_its_quote(with_old):
    new = ARTICLE.replace("fell to 4.2% in", "fell  to\n4.2% in")
    p = place(ARTICLE, new, CLAIM, with_old)
    assert p.state is AnchorState.EXACT
    assert p.exact == "unemployment fell  to\n4.2% in March"


@both_modes
def test_whitespace_changes_before_and_inside_the_claim_move_it(with_old):
    new = ARTICLE.replace("She said that ", "She  said  that ").replace("fell to", "fell\tto")
    p = place(ARTICLE, new, CLAIM, with_old)
    assert p.state is AnchorState.MOVED
    assert p.exact == "unemployment fell\tto 4.2% in March"


@both_modes
def test_punctuation_changes_keep_the_claim_moved_not_changed(with_old):
    old = "Officials said the bridge, built in 1932, is safe; engineers disagree."
    quote = "the bridge, built in 1932, is safe"
    new = "Officials said: “the bridge — built in 1932 — is safe”, but engineers disagree."
    p = place(old, new, quote, with_old)
    assert p.state is AnchorState.MOVED
    assert p.exact == "the bridge — built in 1932 — is safe"


@both_modes
@pytest.mark.parametrize(
    ("before", "after"),
    [("4.2%", "42%"), ("4.2%", "4.2"), ("fell to 4.2%", "fell to -4.2%")],
    ids=["decimal point", "percent sign", "minus sign"],
)
def test_punctuation_that_changes_a_number_is_a_change(with_old, before, after):
    new = ARTICLE.replace(before, after)
    p = place(ARTICLE, new, CLAIM, with_old)
    assert p.state is AnchorState.CHANGED


@both_modes
@pytest.mark.parametrize(
    "edit",
    [
        ("unemployment fell", "joblessness fell"),
        ("in March", "in Mar"),
        ("She said that unemployment", "She said that the unemployment rate"),
        ("in March, the lowest", "in Marchand, the lowest"),
        ("unemployment fell", "employment fell"),
    ],
)
def test_approximate_matches_start_and_end_on_word_boundaries(with_old, edit):
    new = ARTICLE.replace(*edit)
    p = place(ARTICLE, new, CLAIM, with_old)
    assert p.state is AnchorState.CHANGED
    assert not mid_word(new, p.start)
    assert not mid_word(new, p.end)
    assert p.exact == p.exact.strip()


def test_reanchor_keeps_the_order_and_keys_of_its_targets():
    text = "one two three four five six seven eight"
    targets = [target(text, "seven", "b"), target(text, "two three", "a")]
    placements = reanchor(targets, "zero " + text, text)
    assert [p.key for p in placements] == ["b", "a"]
    assert [p.exact for p in placements] == ["seven", "two three"]


def test_a_target_that_does_not_fit_the_old_text_falls_back_to_its_selectors():
    stale = AnchorTarget("c1", 0, 12, CLAIM, "She said that ", ", the lowest")
    [p] = reanchor([stale], ARTICLE, old_text=ARTICLE)
    assert p.state is AnchorState.MOVED
    assert p.start == ARTICLE.index(CLAIM)


def test_an_empty_quote_is_an_orphan():
    [p] = reanchor([AnchorTarget("c1", 0, 0, "")], ARTICLE)
    assert p.state is AnchorState.ORPHANED


def test_locate_reports_exact_moved_changed_or_nothing():
    start = ARTICLE.index(CLAIM)
    assert locate(ARTICLE, CLAIM, start_hint=start).state is AnchorState.EXACT
    assert locate(ARTICLE, CLAIM).state is AnchorState.EXACT  # no position to compare with
    moved = locate(ARTICLE, CLAIM, start_hint=3)
    assert (moved.state, moved.start) == (AnchorState.MOVED, start)
    changed = locate(ARTICLE, "unemployment fell to 4.1% in March", "She said that ", ", the")
    assert changed.state is AnchorState.CHANGED
    assert changed.exact == CLAIM
    assert locate(ARTICLE, "a sentence that was never in this article at all") is None


@both_modes
def test_claims_in_a_paragraph_moved_elsewhere_are_moved(with_old):
    paragraphs = [
        "The council met on Tuesday to discuss the budget.",
        "The mayor said spending on roads would rise by 12% next year.",
        "Residents asked about bus services and parking.",
        "The council promised a review by June.",
    ]
    old = "\n\n".join(paragraphs)
    new = "\n\n".join([paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[1]])
    claims = ["spending on roads would rise by 12%", "promised a review by June"]
    targets = [target(old, q, key=f"c{i}") for i, q in enumerate(claims)]
    placements = reanchor(targets, new, old if with_old else None)
    for claim, p in zip(claims, placements, strict=True):
        assert (p.state, p.exact, p.start) == (AnchorState.MOVED, claim, new.index(claim))


@both_modes
def test_a_changed_claim_in_a_moved_paragraph_is_still_found(with_old):
    first = "Opening remarks were brief and mostly about the weather that week."
    second = "The mayor said spending on roads would rise by 12% next year, she added."
    old = first + "\n\n" + second
    new = second.replace("12%", "15%") + "\n\n" + first
    p = place(old, new, "spending on roads would rise by 12% next year", with_old)
    assert p.state is AnchorState.CHANGED
    assert p.exact == "spending on roads would rise by 15% next year"
