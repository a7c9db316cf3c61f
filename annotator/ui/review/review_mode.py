"""Review mode: step through the claims waiting for my review and decide, keyboard only.

J / → / ↓ next, K / ← / ↑ previous, A approve, R request changes (type the comment,
Ctrl+Return submits, Esc cancels), Esc leaves. The queue is fixed when review mode
starts (claims ready for review that someone else wrote), so a decided claim keeps its
place and shows what was decided; after a decision the panel moves to the next claim.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import UNRATED_COLOUR, Claim, ReviewStatus, readable_text_colour
from annotator.errors import AnnotatorError
from annotator.services import Change, ChangeKind, ProjectService
from annotator.services.review import filter_claims, is_own_claim
from annotator.ui.common.i18n import mark, number, translated_error, translator
from annotator.ui.common.review_text import person, status_label
from annotator.ui.inspector.comments_widget import is_send_key
from annotator.ui.review.blind import verdict_hidden
from annotator.ui.review.review_commands import AddCommentCommand, SetStatusCommand

tr = translator("review.review_mode")

NEXT_KEYS = (Qt.Key.Key_J, Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_K, Qt.Key.Key_Left, Qt.Key.Key_Up)
EMPTY_QUEUE = mark(
    "Nothing is waiting for your review — claims appear here when their author marks them "
    "Ready for review (the Status field in the inspector). Your own claims go to a colleague."
)
HELP = mark("J/→ next · K/← previous · A approve · R request changes · Esc leave")


def key_help() -> str:
    """Review Mode's keys in the interface language (its panel and the Keyboard Shortcuts
    dialog show them)."""
    return tr(HELP)


def review_queue(service: ProjectService, article_id: str | None, me: str) -> list[str]:
    """Ids of the claims ready for review that `me` did not write, article by article in text order.

    `me` is a name; the project's user is recognised by identity (a rename changes nothing)."""
    rows = filter_claims(service, article_id=article_id, status=ReviewStatus.READY)
    order = {a: i for i, a in enumerate(service.article_ids())}
    me_id = service.author_id if me == service.author else service.identity_for(me)
    claims = sorted(
        (row.claim for row in rows if not is_own_claim(service, row.claim, me_id)),
        key=lambda c: (order.get(c.article_id, len(order)), c.start, c.end, c.id),
    )
    return [c.id for c in claims]


class ReviewModePanel(QWidget):
    claim_focused = Signal(str)  # claim id: the window scrolls the reader to it
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewMode")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.service: ProjectService | None = None
        self.undo_stack: QUndoStack | None = None
        self.me = ""
        self.queue: list[str] = []
        self.index = -1

        header = self._build_header()
        self._build_fields()
        self._build_comment_box()
        buttons = self._build_buttons()
        fields = QWidget()  # the fields scroll; the header and the buttons stay in view
        fields.setObjectName("reviewFields")
        layout = QVBoxLayout(fields)
        for caption, widget in (
            (tr("Quote"), self.quote),
            (tr("Claim as checked"), self.claim_reviewed),
            (tr("Verdict"), self.verdict),
            (tr("Explanation"), self.explanation),
            (tr("Sources"), self.sources),
        ):
            title = QLabel(caption)
            title.setObjectName("sectionCaption")
            layout.addWidget(title)
            layout.addWidget(widget)
        layout.addWidget(self.author)
        layout.addWidget(self.comment_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("reviewFieldsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        outer.addWidget(self.help)
        self.setProperty("scrollsItself", True)  # window_fit does not wrap it in another

    def _build_header(self) -> QHBoxLayout:
        """Which claim of how many, its article and its status."""
        self.position = QLabel()
        self.position.setObjectName("reviewPosition")
        self.article_title = QLabel()
        self.article_title.setObjectName("reviewArticle")
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        header = QHBoxLayout()
        header.addWidget(self.position)
        header.addWidget(self.article_title, 1)
        header.addWidget(self.status)
        return header

    def _build_fields(self) -> None:
        """What the reviewer judges: quote, claim, verdict, explanation, author, sources."""
        self.quote = self._label("reviewQuote")
        self.claim_reviewed = self._label("reviewClaimReviewed")
        self.verdict = QLabel()
        self.verdict.setObjectName("reviewVerdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.explanation = self._label("reviewExplanation")
        self.author = self._label("reviewAuthor")
        self.sources = QListWidget()
        self.sources.setObjectName("reviewSources")
        self.sources.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sources.setMaximumHeight(90)

    def _build_comment_box(self) -> None:
        """The box for Request Changes: what should change, sent with Ctrl+Return."""
        self.comment_box = QFrame()
        self.comment_box.setObjectName("requestChangesBox")
        box_layout = QVBoxLayout(self.comment_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(
            QLabel(tr("What should change? (Ctrl+Return requests changes, Esc cancels)"))
        )
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("requestChangesComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        self.comment.installEventFilter(self)
        box_layout.addWidget(self.comment)
        self.comment_box.hide()

    def _build_buttons(self) -> QHBoxLayout:
        """The message line, the keyboard help and the buttons (which never take focus)."""
        self.message = self._label("reviewMessage")
        self.help = QLabel(key_help())
        self.help.setObjectName("reviewHelp")
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(tr("Previous"))
        self.next_button = QPushButton(tr("Next"))
        self.approve_button = QPushButton(tr("Approve"))
        self.changes_button = QPushButton(tr("Request Changes…"))
        self.leave_button = QPushButton(tr("Leave Review Mode"))
        for button, slot in (
            (self.previous_button, self.previous),
            (self.next_button, self.next),
            (self.approve_button, self.approve),
            (self.changes_button, self.open_comment_box),
            (self.leave_button, self.leave),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the panel
            button.clicked.connect(lambda checked=False, slot=slot: slot())
            buttons.addWidget(button)
        return buttons

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- the queue ----------------------------------------------------------------------------

    def start(
        self, service: ProjectService, undo_stack: QUndoStack, article_id: str | None, me: str
    ) -> int:
        """Build the queue and show its first claim; returns the number of claims to review."""
        self.stop_listening()
        self.service, self.undo_stack, self.me = service, undo_stack, me
        service.changes.subscribe(self._on_change)
        # Claims of an article I rate blind are not mine to approve until I reveal.
        self.queue = [
            c
            for c in review_queue(service, article_id, me)
            if not verdict_hidden(service, service.claim(c), me)
        ]
        self.index = -1
        self.message.clear()
        self.comment_box.hide()
        self._show_fields(bool(self.queue))
        if self.queue:
            self._go(0)
        else:
            self._show(None)
            self.message.setText(tr(EMPTY_QUEUE))
        self.setFocus()
        return len(self.queue)

    def _show_fields(self, shown: bool) -> None:
        """An empty queue shows what to do, not a form of empty fields."""
        for caption in self.findChildren(QLabel, "sectionCaption"):
            caption.setVisible(shown)
        fields = (self.quote, self.claim_reviewed, self.verdict, self.explanation, self.sources)
        for widget in (*fields, self.author, self.position):  # no "0 of 0" over the message
            widget.setVisible(shown)

    def stop_listening(self) -> None:
        if self.service is not None:
            self.service.changes.unsubscribe(self._on_change)

    def current_claim_id(self) -> str | None:
        return self.queue[self.index] if 0 <= self.index < len(self.queue) else None

    def next(self) -> None:
        self._go(self.index + 1)

    def previous(self) -> None:
        self._go(self.index - 1)

    def _go(self, index: int) -> None:
        if not self.queue:
            return
        index = max(0, min(index, len(self.queue) - 1))
        changed = index != self.index
        self.index = index
        self.close_comment_box()
        self._show(self._current_claim())
        if changed:
            self.claim_focused.emit(self.queue[index])

    def _current_claim(self) -> Claim | None:
        claim_id = self.current_claim_id()
        if claim_id is None or self.service is None:
            return None
        try:
            return self.service.claim(claim_id)
        except KeyError:
            return None

    def _show(self, claim: Claim | None) -> None:
        shown = self.index + 1 if self.queue else 0
        self.position.setText(
            tr("{current} of {total}").format(current=number(shown), total=number(len(self.queue)))
        )
        decidable = claim is not None and claim.status == ReviewStatus.READY
        self.approve_button.setEnabled(decidable)
        self.changes_button.setEnabled(decidable)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(0 <= self.index < len(self.queue) - 1)
        self.sources.clear()
        if claim is None or self.service is None:
            for label in (
                self.quote,
                self.claim_reviewed,
                self.verdict,
                self.explanation,
                self.author,
                self.status,
                self.article_title,
            ):
                label.clear()
            if self.current_claim_id() is not None:
                self.quote.setText(tr("(This claim was deleted.)"))
            return
        try:
            self.article_title.setText(self.service.article(claim.article_id).title)
        except KeyError:
            self.article_title.clear()
        self.status.setText(status_label(claim.status))
        self.quote.setText(f"“{claim.exact}”")
        self.claim_reviewed.setText(claim.claim_reviewed or tr("(not written)"))
        verdict = self.service.verdict(claim.verdict_id)
        colour = verdict.colour if verdict else UNRATED_COLOUR
        self.verdict.setText(f"  {verdict.label if verdict else tr('Unrated')}  ")
        self.verdict.setStyleSheet(
            f"background: {colour}; color: {readable_text_colour(colour)}; border-radius: 3px;"
        )
        self.explanation.setText(claim.explanation or tr("(no explanation)"))
        self.author.setText(
            tr("By {display_name}").format(
                display_name=self.service.display_name(claim.author_id, person(claim.author))
            )
        )
        for position, source in enumerate(self.service.sources(claim.id), start=1):
            self.sources.addItem(
                f"{number(position)}. {source.title or source.url} · {source.stance or source.kind}"
            )

    def _on_change(self, change: Change) -> None:
        try:
            if change.kind == ChangeKind.RELOADED or (
                change.claim_id is not None and change.claim_id == self.current_claim_id()
            ):
                self._show(self._current_claim())
        except RuntimeError:  # the widget was deleted first
            self.stop_listening()

    # -- decisions ---------------------------------------------------------------------------

    def approve(self) -> bool:
        return self._decide(ReviewStatus.APPROVED, "")

    def open_comment_box(self) -> None:
        claim = self._current_claim()
        if claim is None or claim.status != ReviewStatus.READY:
            return
        self.comment_box.show()
        self.comment.clear()
        self.comment.setFocus()

    def close_comment_box(self) -> None:
        if self.comment_box.isVisible():
            self.comment_box.hide()
            self.setFocus()

    def submit_request_changes(self) -> bool:
        body = self.comment.toPlainText().strip()
        if not body:
            self.message.setText(tr("Say what should change before requesting changes."))
            return False
        if self._decide(ReviewStatus.CHANGES_REQUESTED, body):
            self.comment.clear()
            return True
        return False

    def _decide(self, status: ReviewStatus, comment: str) -> bool:
        """Record the decision (and the comment) as one undoable step, then move on."""
        claim_id = self.current_claim_id()
        if claim_id is None or self.service is None or self.undo_stack is None:
            return False
        service = self.service
        try:
            status_command = SetStatusCommand.perform(service, claim_id, status, comment)
            comment_command = (
                AddCommentCommand.perform(service, claim_id, comment) if comment else None
            )
        except (AnnotatorError, KeyError) as error:
            self.message.setText(
                translated_error(error)
                if isinstance(error, AnnotatorError) else tr("This claim was deleted.")
            )
            return False
        if status_command is None:
            return False
        if comment_command is not None:
            self.undo_stack.beginMacro(status_command.text())
            self.undo_stack.push(status_command)
            self.undo_stack.push(comment_command)
            self.undo_stack.endMacro()
        else:
            self.undo_stack.push(status_command)
        self.message.setText(f"{status_label(status)}: {self.position.text()}.")
        self.comment_box.hide()
        self.setFocus()
        self._advance()
        return True

    def _advance(self) -> None:
        """Move to the next claim still waiting, wrapping round; stay if none is left."""
        count = len(self.queue)
        for step in range(1, count + 1):
            index = (self.index + step) % count
            claim_id = self.queue[index]
            try:
                waiting = (
                    self.service is not None
                    and self.service.claim(claim_id).status == ReviewStatus.READY
                )
            except KeyError:
                waiting = False
            if waiting:
                self._go(index)
                return
        self._show(self._current_claim())
        self.message.setText(tr("All claims in the queue are reviewed. Esc leaves review mode."))

    def leave(self) -> None:
        self.close_comment_box()
        self.stop_listening()
        self.finished.emit()

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        chords = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        plain = not (event.modifiers() & chords)
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif plain and key in NEXT_KEYS:
            self.next()
        elif plain and key in PREVIOUS_KEYS:
            self.previous()
        elif plain and key == Qt.Key.Key_A:
            self.approve()
        elif plain and key == Qt.Key.Key_R:
            self.open_comment_box()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.comment
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if is_send_key(event):
                self.submit_request_changes()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_comment_box()
                return True
        return super().eventFilter(watched, event)
