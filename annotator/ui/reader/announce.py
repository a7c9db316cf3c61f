"""What a screen reader hears in the article: as the text cursor moves onto a claim, the reader's
accessible description names it (its number in the article's text order, its verdict and the
start of its quote); F8 / Shift+F8 move the cursor to the next / previous claim in the text and
select it, so claims can be stepped through without the mouse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from annotator.domain import Claim
from annotator.ui.common.i18n import number
from annotator.ui.reader.reader import ArticleReader

QUOTE_START = 60  # characters of the quote read out


class ClaimAnnouncer(QObject):
    def __init__(
        self,
        reader: ArticleReader,
        claims: Callable[[], list[Claim]],
        verdict_name: Callable[[Claim], str],
        select: Callable[[str], None],
    ) -> None:
        super().__init__(reader)
        self.reader, self.claims, self.verdict_name, self.select = (
            reader, claims, verdict_name, select
        )  # fmt: skip
        self.idle = self.tr(
            "The article's text. F8 goes to the next claim, Shift+F8 to the previous one."
        )
        self.next_action = self._action(self.tr("Next Claim in &Text"), "F8", True)
        self.previous_action = self._action(self.tr("Previous Claim in T&ext"), "Shift+F8", False)
        reader.cursorPositionChanged.connect(self.announce)
        reader.setAccessibleDescription(self.idle)

    def _action(self, text: str, key: str, forward: bool) -> QAction:
        action = QAction(text, self.reader.window())
        action.setShortcut(QKeySequence(key))
        action.setStatusTip(self.tr("Move the cursor to a claim in the article and select it"))
        action.triggered.connect(lambda _checked=False: self.step(forward))
        return action

    def placed(self) -> list[Claim]:
        """The claims highlighted in the reader, in text order."""
        shown = [c for c in self.claims() if c.id in self.reader.claims_at(c.start)]
        return sorted(shown, key=lambda c: (c.start, c.end, c.id))

    def cursor_offset(self) -> int:
        return self.reader.to_text_offset(self.reader.textCursor().position())

    def describe(self, offset: int) -> str:
        """What to say for the cursor at `offset`: the innermost claim there, else the idle text."""
        covering = self.reader.claims_at(offset)
        if not covering:  # most cursor moves: no pass over the article's claims
            return self.idle
        placed = self.placed()
        numbers = {c.id: n for n, c in enumerate(placed, start=1)}
        for claim_id in covering:
            if claim_id in numbers:
                claim = placed[numbers[claim_id] - 1]
                quote = claim.exact[:QUOTE_START] + ("…" if len(claim.exact) > QUOTE_START else "")
                return self.tr("Claim {number} of {total}, {verdict}: “{quote}”").format(
                    number=number(numbers[claim_id]), total=number(len(placed)),
                    verdict=self.verdict_name(claim), quote=quote,
                )  # fmt: skip
        return self.idle

    def announce(self) -> None:
        if self.reader.article is None:
            return
        text = self.describe(self.cursor_offset())
        if text != self.reader.accessibleDescription():
            self.reader.setAccessibleDescription(text)  # Qt tells assistive technology

    def step(self, forward: bool) -> str | None:
        """Put the cursor at the start of the next (or previous) claim and select that claim."""
        placed = self.placed()
        if not placed:
            return None
        offset = self.cursor_offset()
        current = self.reader.current_claim()
        if forward:
            later = [c for c in placed if c.start > offset]
            target = later[0] if later else placed[0]
        else:
            earlier = [c for c in placed if c.start < offset and c.id != current]
            target = earlier[-1] if earlier else placed[-1]
        cursor = self.reader.textCursor()
        cursor.setPosition(self.reader.to_qt_position(target.start))
        self.reader.setTextCursor(cursor)
        self.select(target.id)
        self.reader.scroll_to_claim(target.id)
        self.reader.setFocus()
        return target.id
