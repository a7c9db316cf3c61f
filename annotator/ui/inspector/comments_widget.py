"""The comment threads of one claim: read, comment, reply, resolve and reopen; edit and delete
one's own comments. The selected comment's whole text shows under the threads.

Every action is an undoable command pushed on the window's undo stack. The view follows
the service's change notices, so undo and a merge show up at once, and another window's edit
once this window notices it (project/files_controller.py polls every 1.5 s).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.services import Change, ChangeKind, ProjectService
from annotator.services.review import CommentThread, comment_threads, is_own_comment
from annotator.ui.common import plain_text
from annotator.ui.common.change_feed import ChangeFeed, concerns_claim
from annotator.ui.common.i18n import translated_error, translator
from annotator.ui.common.review_text import person, short_time
from annotator.ui.review.review_commands import (
    AddCommentCommand,
    DeleteCommentCommand,
    EditCommentCommand,
    ReopenThreadCommand,
    ReplyCommand,
    ResolveThreadCommand,
)

tr = translator("inspector.comments_widget")

COMMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RESOLVED_ROLE = Qt.ItemDataRole.UserRole + 2
OWN_ROLE = Qt.ItemDataRole.UserRole + 3  # the user wrote it: they may edit or delete it
BODY_ROLE = Qt.ItemDataRole.UserRole + 4
RESOLVED_COLOUR = "#8a8a8a"

Command = TypeVar("Command", bound=QUndoCommand)


def is_send_key(event: QKeyEvent) -> bool:
    """Ctrl+Return (Cmd+Return on macOS) or Ctrl+Enter."""
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class CommentsWidget(QWidget):
    comment_count_changed = Signal(int)  # open threads on the shown claim

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: ProjectService | None = None
        self.undo_stack: QUndoStack | None = None
        self._claim_id: str | None = None
        self._reply_to: str | None = None
        self._editing: str | None = None  # the comment whose words the editor holds
        self._feed = ChangeFeed(self._on_change)

        self.threads = QTreeWidget()
        self.threads.setObjectName("commentThreads")
        self.threads.setHeaderHidden(True)
        self.threads.setColumnCount(1)
        self.threads.setWordWrap(True)
        self.threads.setUniformRowHeights(False)
        self.threads.setIndentation(18)
        self.threads.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.threads.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.detail = QPlainTextEdit()  # the selected comment, whole
        self.detail.setObjectName("commentDetail")
        self.detail.setAccessibleName(self.tr("Selected comment"))
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(110)
        self.detail.setTabChangesFocus(True)
        thread_buttons = self._build_buttons()

        send_row = self._build_editor()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.threads, 1)
        layout.addWidget(self.detail)
        layout.addLayout(thread_buttons)
        layout.addWidget(self.reply_label)
        layout.addWidget(self.editor)
        layout.addLayout(send_row)
        self.show_claim(None)

    # -- context ----------------------------------------------------------------------------

    def _build_buttons(self) -> QVBoxLayout:
        """Reply, Resolve and Reopen; under them Edit and Delete (for one's own comments)."""
        self.reply_button = QPushButton(tr("&Reply"))
        self.resolve_button = QPushButton(tr("Re&solve"))
        self.reopen_button = QPushButton(tr("Re&open"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editComment")
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setObjectName("deleteComment")
        self.reply_button.clicked.connect(self.start_reply)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.edit_button.clicked.connect(self.start_edit)
        self.delete_button.clicked.connect(self.delete_selected)
        rows = QVBoxLayout()
        for buttons in (
            (self.reply_button, self.resolve_button, self.reopen_button),
            (self.edit_button, self.delete_button),
        ):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            rows.addLayout(row)
        return rows

    def _build_editor(self) -> QHBoxLayout:
        """Whom I reply to, what I write, and the Comment button."""
        self.reply_label = QLabel()
        self.reply_label.setObjectName("replyingTo")
        self.reply_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reply_label.hide()
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("commentEditor")
        self.editor.setPlaceholderText(tr("Write a comment… (Ctrl+Return sends)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(80)
        self.editor.installEventFilter(self)
        self.send_button = QPushButton(tr("Comment"))
        self.send_button.setObjectName("sendComment")
        self.send_button.setToolTip(tr("Send (Ctrl+Return)"))
        self.send_button.clicked.connect(self.send)
        self.message = QLabel()
        self.message.setObjectName("commentsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        send_row = QHBoxLayout()
        send_row.addWidget(self.message, 1)
        send_row.addWidget(self.send_button)
        return send_row

    def set_context(self, service: ProjectService | None, undo_stack: QUndoStack | None) -> None:
        """Attach to a project (None detaches, e.g. when the project closes)."""
        self._feed.attach(service)
        self.service = service
        self.undo_stack = undo_stack
        self.show_claim(None)

    def claim_id(self) -> str | None:
        return self._claim_id

    def show_claim(self, claim_id: str | None) -> None:
        if claim_id != self._claim_id:
            self._editing = None
            self.cancel_reply()
            self.editor.clear()
            self.message.clear()
        self._claim_id = claim_id if self.service is not None else None
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if concerns_claim(change, self._claim_id):
            if change.kind == ChangeKind.CLAIM_REMOVED:
                self.show_claim(None)
            else:
                self.refresh()

    # -- the thread view ----------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.selected_comment_id()
        enabled = self._claim_id is not None and not self._read_only()
        self.editor.setEnabled(enabled)
        self.send_button.setEnabled(enabled)
        threads: list[CommentThread] = []
        if self.service is not None and self._claim_id is not None:
            try:
                threads = comment_threads(self.service, self._claim_id)
            except KeyError:
                threads = []
        if threads or self.threads.topLevelItemCount():  # none before, none now: left alone
            self.threads.clear()
            for thread in threads:
                self._add(thread, None, thread.comment.resolved, thread)
            self.threads.expandAll()
        if current is not None:
            self.select_comment(current)
        if self._reply_to is not None and self._find(self._reply_to) is None:
            self.cancel_reply()
        if self._editing is not None and self._find(self._editing) is None:
            self.cancel_edit()
        self._update_buttons()
        self.comment_count_changed.emit(sum(1 for t in threads if not t.comment.resolved))

    def _add(
        self,
        node: CommentThread,
        parent: QTreeWidgetItem | None,
        resolved: bool,
        root: CommentThread,
    ) -> None:
        comment = node.comment
        author = (
            self.service.display_name(comment.author_id, comment.author)
            if self.service is not None and comment.author_id
            else person(comment.author)
        )
        lines = [f"{author} · {short_time(comment.created)}", comment.body]
        if node is root and resolved:
            lines.append(
                tr("Resolved by {person} · {short_time}").format(
                    person=person(root.resolved_by), short_time=short_time(root.resolved_at)
                )
            )
        item = QTreeWidgetItem(["\n".join(lines)])
        item.setData(0, COMMENT_ID_ROLE, comment.id)
        item.setData(0, RESOLVED_ROLE, resolved)
        item.setData(0, BODY_ROLE, comment.body)
        own = self.service is not None and is_own_comment(self.service, comment)
        item.setData(0, OWN_ROLE, own)
        item.setToolTip(0, plain_text.tooltip(comment.body))
        if resolved:
            item.setForeground(0, QBrush(QColor(RESOLVED_COLOUR)))
        if parent is None:
            self.threads.addTopLevelItem(item)
        else:
            parent.addChild(item)
        for child in node.replies:
            self._add(child, item, resolved, root)

    def _find(self, comment_id: str) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, COMMENT_ID_ROLE) == comment_id:
                return item
        return None

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        tops = (self.threads.topLevelItem(i) for i in range(self.threads.topLevelItemCount()))
        stack = [item for item in tops if item is not None]
        while stack:
            item = stack.pop(0)
            found.append(item)
            children = (item.child(i) for i in range(item.childCount()))
            stack[0:0] = [child for child in children if child is not None]
        return found

    def comment_ids(self) -> list[str]:
        """Ids in display order (threads, then their replies depth first)."""
        return [item.data(0, COMMENT_ID_ROLE) for item in self._items()]

    def item_text(self, comment_id: str) -> str:
        item = self._find(comment_id)
        return item.text(0) if item else ""

    def is_shown_resolved(self, comment_id: str) -> bool:
        item = self._find(comment_id)
        return bool(item and item.data(0, RESOLVED_ROLE))

    def select_comment(self, comment_id: str) -> bool:
        item = self._find(comment_id)
        if item is not None:
            self.threads.setCurrentItem(item)
        return item is not None

    def selected_comment_id(self) -> str | None:
        item = self.threads.currentItem()
        return item.data(0, COMMENT_ID_ROLE) if item else None

    def _read_only(self) -> bool:
        return self.service is not None and self.service.read_only

    def _update_buttons(self) -> None:
        item = self.threads.currentItem()
        has = item is not None and not self._read_only()
        resolved = bool(item and item.data(0, RESOLVED_ROLE))
        own = bool(item and item.data(0, OWN_ROLE))
        self.reply_button.setEnabled(has)
        self.resolve_button.setEnabled(has and not resolved)
        self.reopen_button.setEnabled(has and resolved)
        self.edit_button.setEnabled(has and own)
        self.delete_button.setEnabled(has and own)
        detail = item.text(0) if item is not None else ""
        if self.detail.toPlainText() != detail:  # setPlainText resets the document even to ""
            self.detail.setPlainText(detail)
        self.detail.setVisible(item is not None)

    # -- actions -------------------------------------------------------------------------------

    def start_reply(self) -> None:
        comment_id = self.selected_comment_id()
        if comment_id is None:
            return
        self.cancel_edit()
        self._reply_to = comment_id
        author = self.item_text(comment_id).split(" · ", 1)[0]
        self.reply_label.setText(tr("Replying to {author} (Esc cancels)").format(author=author))
        self.reply_label.show()
        self.send_button.setText(tr("Reply"))
        self.editor.setFocus()

    def cancel_reply(self) -> None:
        self._reply_to = None
        self.reply_label.hide()
        self.send_button.setText(tr("Comment"))

    def start_edit(self) -> None:
        """Put the selected comment (one's own) in the editor; Save stores the new words."""
        item = self.threads.currentItem()
        if item is None or not item.data(0, OWN_ROLE):
            return
        self.cancel_reply()
        self._editing = item.data(0, COMMENT_ID_ROLE)
        self.editor.setPlainText(item.data(0, BODY_ROLE))
        self.reply_label.setText(self.tr("Editing your comment (Esc cancels)"))
        self.reply_label.show()
        self.send_button.setText(self.tr("Save"))
        self.editor.setFocus()

    def cancel_edit(self) -> None:
        if self._editing is not None:
            self._editing = None
            self.editor.clear()
            self.cancel_reply()

    def delete_selected(self) -> bool:
        """Delete the selected comment (one's own) and its replies, as one undo step."""
        comment_id = self.selected_comment_id()
        service = self.service
        if comment_id is None or service is None:
            return False
        if comment_id == self._editing:
            self.cancel_edit()
        return bool(self._run(lambda: DeleteCommentCommand.perform(service, comment_id)))

    def send(self) -> bool:
        """Post the text as a comment (or as the reply being written); True if it was stored."""
        if self.service is None or self._claim_id is None:
            return False
        body = self.editor.toPlainText()
        service, claim_id, reply_to = self.service, self._claim_id, self._reply_to
        editing = self._editing
        if editing is not None:
            edited = self._run(lambda: EditCommentCommand.perform(service, editing, body))
            if edited is not None or self.message.text() == "":
                self.cancel_edit()
                self.select_comment(editing)
            return edited is not None
        done: AddCommentCommand | None
        if reply_to is not None:
            done = self._run(lambda: ReplyCommand.perform(service, reply_to, body))
        else:
            done = self._run(lambda: AddCommentCommand.perform(service, claim_id, body))
        if done:
            self.editor.clear()
            self.cancel_reply()
            self.select_comment(done.comment.id)
        return bool(done)

    def resolve_selected(self) -> bool:
        comment_id = self.selected_comment_id()
        service = self.service
        if comment_id is None or service is None:
            return False
        return bool(self._run(lambda: ResolveThreadCommand.perform(service, comment_id)))

    def reopen_selected(self) -> bool:
        comment_id = self.selected_comment_id()
        service = self.service
        if comment_id is None or service is None:
            return False
        return bool(self._run(lambda: ReopenThreadCommand.perform(service, comment_id)))

    def _run(self, perform: Callable[[], Command | None]) -> Command | None:
        try:
            command = perform()
        except (AnnotatorError, KeyError) as error:
            self.message.setText(
                translated_error(error)
                if isinstance(error, AnnotatorError) else tr("That comment was deleted.")
            )
            return None
        self.message.clear()
        if command is not None and self.undo_stack is not None:
            self.undo_stack.push(command)
        return command

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.editor
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if is_send_key(event):
                self.send()
                return True
            if event.key() == Qt.Key.Key_Escape and self._editing is not None:
                self.cancel_edit()
                return True
            if event.key() == Qt.Key.Key_Escape and self._reply_to is not None:
                self.cancel_reply()
                return True
        return super().eventFilter(watched, event)
