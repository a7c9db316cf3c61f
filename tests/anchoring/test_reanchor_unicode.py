"""Re-anchoring in text with emoji, combining marks, CJK and right-to-left scripts."""

from __future__ import annotations

import unicodedata

import pytest

from annotator.anchoring import OffsetMap
from annotator.anchoring.textunits import is_word_boundary
from annotator.domain import AnchorState
from tests.anchoring.helpers import place

both_modes = pytest.mark.parametrize("with_old", [True, False], ids=["diff", "selectors"])


def _cuts_a_character(text: str, pos: int) -> bool:
    """A position before a combining mark, a ZWJ, a skin tone or after a ZWJ."""
    if not 0 < pos < len(text):
        return False
    after = text[pos]
    return (
        unicodedata.combining(after) > 0
        or unicodedata.category(after) == "Mn"
        or after == "\u200d"
        or text[pos - 1] == "\u200d"
        or 0x1F3FB <= ord(after) <= 0x1F3FF
    )


EMOJI_TEXT = "Fans 🎉🎉 cheered. The team 👩‍👩‍👧 won 3 titles 🏆 in 2024, the coach 👍🏽 said."


@both_modes
def test_emoji_inserted_before_a_claim_move_it_by_code_points(with_old):
    claim = "won 3 titles 🏆 in 2024"
    new = "🔥🔥 " + EMOJI_TEXT
    p = place(EMOJI_TEXT, new, claim, with_old)
    assert p.state is AnchorState.MOVED
    assert p.start == EMOJI_TEXT.index(claim) + 3  # two emoji and a space: three code points
    # The reader gets UTF-16 positions through OffsetMap; they differ by the astral emoji.
    utf16 = OffsetMap(new).to_utf16(p.start)
    assert utf16 == len(new[: p.start].encode("utf-16-le")) // 2


@both_modes
def test_an_edit_inside_a_claim_with_emoji_never_splits_an_emoji_sequence(with_old):
    claim = "The team 👩‍👩‍👧 won 3 titles"
    new = EMOJI_TEXT.replace("won 3 titles", "won three titles")
    p = place(EMOJI_TEXT, new, claim, with_old)
    assert p.state is AnchorState.CHANGED
    assert "👩‍👩‍👧" in p.exact
    assert not _cuts_a_character(new, p.start)
    assert not _cuts_a_character(new, p.end)


COMBINING = "Le cafe\u0301 de la gare a ferme\u0301 ses portes apre\u0300s quarante ans."


@both_modes
def test_combining_marks_stay_with_their_letters(with_old):
    claim = "a ferme\u0301 ses portes apre\u0300s quarante ans"
    new = COMBINING.replace("quarante", "cinquante")
    p = place(COMBINING, new, claim, with_old)
    assert p.state is AnchorState.CHANGED
    assert p.exact.endswith("cinquante ans")
    assert not _cuts_a_character(new, p.start)
    assert not _cuts_a_character(new, p.end)


@both_modes
def test_a_claim_ending_in_a_combining_mark_is_found_whole(with_old):
    claim = "le cafe\u0301"
    old = "Hier " + claim + " a rouvert."
    new = "Hier soir, " + claim + " a rouvert."
    p = place(old, new, claim, with_old)
    assert (p.state, p.exact) == (AnchorState.MOVED, claim)


CJK = "东京都的人口在二〇二三年增加了百分之五。专家认为这一趋势将继续。政府表示将增加住房供应。"


@both_modes
def test_cjk_claim_moves_after_an_insert(with_old):
    claim = "专家认为这一趋势将继续"
    new = "新闻：" + CJK
    p = place(CJK, new, claim, with_old)
    assert (p.state, p.exact, p.start) == (AnchorState.MOVED, claim, CJK.index(claim) + 3)


@both_modes
def test_cjk_claim_changed_inside_is_snapped_to_characters_not_whole_sentences(with_old):
    claim = "人口在二〇二三年增加了百分之五"
    new = CJK.replace("百分之五", "百分之七")
    p = place(CJK, new, claim, with_old)
    assert p.state is AnchorState.CHANGED
    assert p.exact == "人口在二〇二三年增加了百分之七"


ARABIC = "قال الوزير إن معدل البطالة انخفض إلى أربعة في المئة هذا العام، وهو أدنى مستوى منذ عقد."
HEBREW = "השר אמר כי האבטלה ירדה לארבעה אחוזים השנה, השיעור הנמוך ביותר מזה עשור."


@both_modes
@pytest.mark.parametrize(
    ("text", "claim", "edit"),
    [
        (ARABIC, "معدل البطالة انخفض إلى أربعة في المئة", ("أربعة", "خمسة")),
        (HEBREW, "האבטלה ירדה לארבעה אחוזים השנה", ("לארבעה", "לחמישה")),
    ],
    ids=["arabic", "hebrew"],
)
def test_right_to_left_claims_move_and_change(with_old, text, claim, edit):
    inserted = "\u200fعاجل: " if text is ARABIC else "\u200fחדשות: "
    moved = place(text, inserted + text, claim, with_old)
    assert (moved.state, moved.exact) == (AnchorState.MOVED, claim)
    assert moved.start == text.index(claim) + len(inserted)

    changed_text = text.replace(*edit)
    changed = place(text, changed_text, claim, with_old)
    assert changed.state is AnchorState.CHANGED
    assert changed.exact == claim.replace(*edit)
    assert is_word_boundary(changed_text, changed.start)
    assert is_word_boundary(changed_text, changed.end)


@both_modes
def test_direction_marks_and_soft_hyphens_do_not_count_as_changes(with_old):
    claim = "information campaign"
    old = "A large information campaign began."
    new = "A large infor\u00admation\u200f campaign began."
    p = place(old, new, claim, with_old)
    assert p.state is AnchorState.EXACT
    assert p.exact == "infor\u00admation\u200f campaign"
