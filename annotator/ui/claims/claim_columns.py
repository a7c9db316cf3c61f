"""Column widths and cell drawing of the claims list: the verdict as a badge (colour and name),
the quote on two lines elided in the middle (its start and its end both show; the whole quote
is in the tooltip), and name columns as wide as the names they hold, within bounds."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSignalBlocker, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from annotator.domain import ReviewStatus, Verdict
from annotator.ui.claims.claims_model import (
    AUTHOR,
    CLAIMANT,
    COMMENTS,
    QUOTE,
    STATUS,
    VERDICT,
    ClaimsModel,
)
from annotator.ui.claims.quote_room import QuoteRoom
from annotator.ui.common.i18n import translator
from annotator.ui.common.review_text import status_label
from annotator.ui.common.verdict_badge import VerdictBadgeDelegate, badge_width, unrated_label

tr = translator("claims.claim_columns")

NAME_WIDTH = (60, 120)  # the narrowest and widest a claimant or author column starts at
VERDICT_WIDTH = (60, 120)
CELL_PADDING = 16
ELISIONS_KEPT = 2000  # quotes' elisions the delegate remembers (a few screens' worth, any width)
WRAP = Qt.TextFlag.TextWordWrap
ModelIndex = QModelIndex | QPersistentModelIndex


QUOTE_LINES = 2


def fits(text: str, metrics: QFontMetrics, width: int, lines: int = QUOTE_LINES) -> bool:
    box = metrics.boundingRect(QRect(0, 0, width, 100_000), WRAP, text)
    return box.height() <= lines * metrics.lineSpacing() and box.width() <= width


def fits_whole(text: str, metrics: QFontMetrics, width: int, lines: int = QUOTE_LINES) -> bool:
    """`fits(text, ...)`, without the wrapped layout when the answer is certain: a text on one
    line no wider than `width` fits, and one longer than `lines` widths with a space dropped at
    each break (and a margin for shaping) cannot."""
    if "\n" not in text:
        advance = metrics.horizontalAdvance(text)
        if advance <= width:
            return True
        if advance > lines * width + (lines - 1) * metrics.horizontalAdvance(" ") + 4 * lines:
            return False
    return fits(text, metrics, width, lines)


def elide_middle(text: str, metrics: QFontMetrics, width: int, lines: int = QUOTE_LINES) -> str:
    """`text` wrapped over `lines` lines of `width`, its middle replaced by "…" if it is longer:
    the start and the end of a quote both show, cut between words where there are words. Each
    step of the search tests with `fits_whole`, which lays the text out only when its advance
    leaves the answer open (most steps are far from the cut: certainly too long or short)."""
    if fits_whole(text, metrics, width, lines):
        return text
    low, high = 0, len(text) // 2  # characters kept at each end
    while low < high:
        keep = (low + high + 1) // 2
        if fits_whole(_joined(text, keep), metrics, width, lines):
            low = keep
        else:
            high = keep - 1
    return _joined(text, low) if low else "…"


def _joined(text: str, keep: int) -> str:
    """The first and last `keep` characters around " … ", shortened to whole words if possible."""
    head, tail = text[:keep], text[len(text) - keep :]
    if " " in head.strip() and not text[keep : keep + 1].isspace():
        head = head[: head.rstrip().rfind(" ")]
    if " " in tail.strip() and not text[len(text) - keep - 1 : len(text) - keep].isspace():
        tail = tail[tail.find(" ") + 1 :]
    return f"{head.rstrip()} … {tail.lstrip()}"


class QuoteDelegate(QStyledItemDelegate):
    """The quote on up to two lines, elided in the middle (each quote elided once per
    width and font: a repaint draws the rows in view again, not their elisions)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: dict[tuple[str, int, str], str] = {}

    def _elided(self, text: str, metrics: QFontMetrics, width: int, font: QFont) -> str:
        key = (text, width, font.key())
        shown = self._shown.get(key)
        if shown is None:
            if len(self._shown) >= ELISIONS_KEPT:
                self._shown.clear()
            shown = self._shown[key] = elide_middle(text, metrics, width)
        return shown

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        rect = option.rect.adjusted(4, 2, -4, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        shown = self._elided(text, option.fontMetrics, rect.width(), option.font)
        painter.drawText(rect, int(WRAP | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.restore()


def set_up_columns(view: QTableView) -> None:
    """Delegates and resize modes; widths follow with `fit_verdicts` and `fit_names`."""
    view.setItemDelegateForColumn(VERDICT, VerdictBadgeDelegate(view))
    view.setItemDelegateForColumn(QUOTE, QuoteDelegate(view))
    view.verticalHeader().setDefaultSectionSize(QUOTE_LINES * view.fontMetrics().lineSpacing() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
    for column in (VERDICT, CLAIMANT, STATUS, AUTHOR):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COMMENTS, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(COMMENTS, 30)
    header.setMinimumSectionSize(24)
    statuses = [
        status_label(status)
        for status in (ReviewStatus.DRAFT, ReviewStatus.READY, ReviewStatus.APPROVED)
    ]
    room = QuoteRoom(view)  # the quote keeps room to be read when the list is narrow
    room.want(STATUS, _text_width(view, statuses, (60, 110)))
    fit_verdicts(view, [])  # shares the room out


def fit_verdicts(view: QTableView, verdicts: list[Verdict]) -> None:
    """The verdict column as wide as the longest verdict name of the scale (within bounds)."""
    labels = [v.label for v in verdicts if not v.retired] + [unrated_label()]
    width = badge_width(labels, view.font()) + 8
    view.horizontalHeader().resizeSection(
        VERDICT, max(VERDICT_WIDTH[0], min(width, VERDICT_WIDTH[1]))
    )
    quote_room(view).share()


def fit_names(
    view: QTableView, model: ClaimsModel, pairs: list[tuple[str, str]] | None = None
) -> None:
    """Claimant and author columns as wide as their longest name (within bounds); the author
    column is hidden while every claim listed has one author (the tooltip still names them).
    `pairs`: every (author's name, claimant) of the claims listed, when known (FilterChoices
    keeps them), else they are read from every claim, a name asked once per person."""
    if pairs is None:
        claims = model.all_claims()
        people = {(c.author_id, c.author): c for c in claims}
        names = {key: model.person_name(c) for key, c in people.items()}
        pairs = [(names[(c.author_id, c.author)], c.claimant) for c in claims]
    claimants = sorted({claimant for _name, claimant in pairs if claimant})
    authors = sorted({name for name, _claimant in pairs})
    room = quote_room(view)
    room.want(CLAIMANT, _text_width(view, claimants + [tr("Claimant")], NAME_WIDTH))
    room.want(AUTHOR, _text_width(view, authors + [tr("Author")], NAME_WIDTH))
    _resize_now(view, room, len(authors) <= 1)


def _resize_now(view: QTableView, room: QuoteRoom, hide_author: bool) -> None:
    """Set the name columns' widths (their shares of a narrow list: `QuoteRoom`) and repaint
    the list now, if they changed. Told by the header's signals, the table would update its
    viewport from a zero timer, which fires after the window's pending paints when a new claim
    keeps it busy: a second paint of every row (the first new claim of an author). Quiet, the
    table is brought up to date here, before the pending paint, which then paints the new
    widths once."""
    header = view.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(header.count())]
    hidden = view.isColumnHidden(AUTHOR)
    with QSignalBlocker(header):
        view.setColumnHidden(AUTHOR, hide_author)
        room.share()
        changed = hidden != hide_author or widths != [
            header.sectionSize(column) for column in range(header.count())  # the stretched too
        ]
        if changed:
            view.updateGeometries()  # quiet too: it may stretch the quote's column again
    if changed:
        view.viewport().update()


def quote_room(view: QTableView) -> QuoteRoom:
    """The view's `QuoteRoom` (made by `set_up_columns`)."""
    room = view.findChild(QuoteRoom)
    assert room is not None, "set_up_columns(view) first"
    return room


def _text_width(view: QTableView, texts: list[str], bounds: tuple[int, int]) -> int:
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_PADDING
    return max(bounds[0], min(widest, bounds[1]))
