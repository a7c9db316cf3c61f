"""Article diffs (passages) and word diffs (one claim's old and new text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.anchoring import DiffChunk, text_diff, word_diff
from annotator.anchoring.textunits import is_word_boundary

ARTICLE = (
    "The council met on Tuesday to discuss the budget.\n\n"
    "The mayor said spending on roads would rise by 12% next year, "
    "while the library budget stays flat.\n\n"
    "Residents asked about bus services; the council promised a review by June.\n"
)


def _changes(chunks: list[DiffChunk]) -> list[DiffChunk]:
    return [c for c in chunks if c.kind != "equal"]


def _assert_covers(chunks: list[DiffChunk], old: str, new: str) -> None:
    """The chunks tile both texts, in order, and each carries its own slices."""
    assert "".join(c.old_text for c in chunks) == old
    assert "".join(c.new_text for c in chunks) == new
    old_pos = new_pos = 0
    for c in chunks:
        assert (c.old_start, c.new_start) == (old_pos, new_pos)
        assert (c.old_text, c.new_text) == (
            old[c.old_start : c.old_end],
            new[c.new_start : c.new_end],
        )
        if c.kind == "equal":
            assert c.old_text == c.new_text
        elif c.kind == "insert":
            assert c.old_text == "" and c.new_text
        elif c.kind == "delete":
            assert c.old_text and c.new_text == ""
        else:
            assert c.old_text and c.new_text
        old_pos, new_pos = c.old_end, c.new_end
    kinds = [c.kind for c in chunks]
    assert all(not (a == b == "equal") for a, b in zip(kinds, kinds[1:], strict=False))


def test_identical_texts_have_no_changes():
    chunks = text_diff(ARTICLE, ARTICLE)
    assert [c.kind for c in chunks] == ["equal"]
    assert text_diff("", "") == []


def test_a_silent_edit_of_one_number_is_one_small_change():
    new = ARTICLE.replace("12%", "21%")
    [change] = _changes(text_diff(ARTICLE, new))
    assert change.kind == "replace"
    assert (change.old_text, change.new_text) == ("12", "21")
    assert change.old_start == ARTICLE.index("12%")


def test_a_reworded_sentence_is_one_passage_not_many_fragments():
    new = ARTICLE.replace(
        "spending on roads would rise by 12% next year",
        "road spending could rise by about 12% in 2026",
    )
    changes = _changes(text_diff(ARTICLE, new))
    assert len(changes) == 1
    assert "road spending could" in changes[0].new_text
    assert "in 2026" in changes[0].new_text


def test_changes_in_different_paragraphs_stay_separate():
    new = ARTICLE.replace("Tuesday", "Wednesday").replace("June", "July")
    changes = _changes(text_diff(ARTICLE, new))
    assert [(c.old_text, c.new_text) for c in changes] == [
        ("Tuesday", "Wednesday"),
        ("June", "July"),
    ]


def test_inserted_and_deleted_paragraphs():
    paragraph = "A late amendment added funds for parks.\n\n"
    cut = ARTICLE.index("Residents")
    inserted = ARTICLE[:cut] + paragraph + ARTICLE[cut:]
    [insert] = _changes(text_diff(ARTICLE, inserted))
    assert (insert.kind, insert.new_text, insert.new_start) == ("insert", paragraph, cut)

    [delete] = _changes(text_diff(inserted, ARTICLE))
    assert (delete.kind, delete.old_text) == ("delete", paragraph)


def test_word_diff_shows_whole_words():
    old = "the quick brown fox jumps"
    new = "the slow red fox jumps high"
    chunks = word_diff(old, new)
    _assert_covers(chunks, old, new)
    assert [(c.kind, c.old_text, c.new_text) for c in _changes(chunks)] == [
        ("replace", "quick brown", "slow red"),
        ("insert", "", " high"),
    ]


def test_word_diff_handles_emoji_cjk_and_combining_marks():
    old = "Le cafe\u0301 est bon 👍🏽 a dit 东京很大"
    new = "Le the\u0301 est bon 👍🏿 a dit 东京很小"
    chunks = word_diff(old, new)
    _assert_covers(chunks, old, new)
    changed = [(c.old_text, c.new_text) for c in _changes(chunks)]
    assert ("cafe\u0301", "the\u0301") in changed
    assert ("👍🏽", "👍🏿") in changed
    assert ("大", "小") in changed


text_pieces = st.lists(
    st.sampled_from(["the", "rate", " ", " ", "\n", ",", ".", "4.2%", "é", "东", "😀", "a\u0301"]),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(text_pieces, text_pieces)
def test_diffs_tile_both_texts_and_cut_only_at_word_boundaries(old, new):
    for diff in (text_diff, word_diff):
        chunks = diff(old, new)
        _assert_covers(chunks, old, new)
        for c in chunks:
            assert is_word_boundary(old, c.old_start) and is_word_boundary(new, c.new_start)
