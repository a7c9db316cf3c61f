"""The Conflicts panel: items a merge found changed on both sides, mine and theirs side by side.

The user keeps mine, keeps theirs, or edits a result (claims). A resolution is written as a
new revision that colleagues receive at their next merge; it is a merge-level operation and
is not on the undo stack (the window clears the stack after merges anyway).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import Claim, ReviewStatus
from annotator.domain.dates import validate_partial_date
from annotator.errors import AnnotatorError
from annotator.services import Change, ChangeKind, ProjectService, normalise_tags
from annotator.services.merge import Choice, ConflictView, conflicts, resolve_conflict
from annotator.ui.common import dialogs
from annotator.ui.common.change_feed import ChangeFeed
from annotator.ui.common.empty_states import NO_CONFLICTS, tr_empty
from annotator.ui.common.i18n import mark, translated_error, translator
from annotator.ui.common.review_text import one_line, short_time
from annotator.ui.inspector.claim_form import ClaimForm
from annotator.ui.review.blind_conflicts import (
    blinded_rows,
    deleted_text,
    hidden_sides,
    resolve_later,
)

tr = translator("review.conflicts_panel")

CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DIFFERENT_BACKGROUND = "#fff1b8"
NOT_UNDOABLE = mark(
    "Resolving a conflict cannot be undone: it is saved at once as a new version, "
    "which colleagues receive when they merge your project."
)
KIND_LABELS = {
    "claim": mark("Claim"),
    "source": mark("Source"),
    "comment": mark("Comment"),
    "article": mark("Article"),
    "verdict": mark("Verdict"),
}

FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "claim": (
        ("exact", mark("Quote")), ("claim_reviewed", mark("Claim as checked")),
        ("claimant", mark("Claimant")), ("claim_date", mark("Claim date")),
        ("verdict_id", mark("Verdict")), ("explanation", mark("Explanation")),
        ("tags", mark("Tags")), ("status", mark("Status")),
        ("internal_note", mark("Internal note")), ("position", mark("Position")),
        ("anchor_state", mark("Anchor")), ("author", mark("Author")),
        ("modified_by", mark("Changed by")), ("modified", mark("Changed at")),
    ),
    "source": (
        ("url", "URL"), ("title", mark("Title")), ("publisher", mark("Publisher")),
        ("source_author", mark("Author of the source")), ("source_date", mark("Source date")),
        ("accessed", mark("Accessed")), ("archive_url", mark("Archive URL")),
        ("excerpt", mark("Excerpt")), ("locator", mark("Locator")), ("kind", mark("Kind")),
        ("stance", mark("Stance")), ("position", mark("Order")), ("author", mark("Added by")),
        ("modified_by", mark("Changed by")), ("modified", mark("Changed at")),
    ),
    "comment": (
        ("body", mark("Text")), ("resolved", mark("Resolved")), ("author", mark("Author")),
        ("created", mark("Written at")), ("modified", mark("Changed at")),
    ),
}  # fmt: skip
PERSON_ID_OF = {"author": "author_id", "modified_by": "modified_by_id"}
"""Name columns shown by the current display name of the person id beside them."""


def _as_dict(item: Any) -> dict[str, Any] | None:
    if item is None:
        return None
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    return dict(item)


def field_rows(service: ProjectService, view: ConflictView) -> list[tuple[str, str, str]]:
    """(field label, mine, theirs) for display; a deleted side shows '(deleted)'."""
    mine, theirs = _as_dict(view.mine), _as_dict(view.theirs)
    fields = FIELDS.get(view.kind)
    if fields is None:  # articles: whatever metadata the row has
        keys = sorted({*(mine or {}), *(theirs or {})} - {"id", *PERSON_ID_OF.values()})
        fields = tuple((k, k.replace("_", " ").capitalize()) for k in keys)
    rows = [
        (tr(label), _display(service, name, mine), _display(service, name, theirs))
        for name, label in fields
    ]
    return blinded_rows(service, view, rows, [name for name, _ in fields])


def _display(service: ProjectService, name: str, values: dict[str, Any] | None) -> str:
    if values is None:
        return deleted_text()
    if name == "position" and "start" in values:
        return f"{values['start']}–{values['end']}"
    value = values.get(name)
    if name in PERSON_ID_OF and values.get(PERSON_ID_OF[name]):  # their current display name
        return service.display_name(str(values[PERSON_ID_OF[name]]), str(value or ""))
    if name == "verdict_id":
        verdict = service.verdict(value)
        return (
            verdict.label if verdict else (tr("Unrated") if not value else tr("(unknown verdict)"))
        )
    if name == "status" and value:
        try:
            return ReviewStatus(value).label
        except ValueError:
            return str(value)
    if name in ("modified", "created") and value:
        return short_time(str(value))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def summary(view: ConflictView, blind: bool = False) -> str:
    """One line for the list: kind and what the item is (for a source or comment I may not
    see while rating blind, only its kind)."""
    item = view.mine if view.mine is not None else view.theirs
    values = _as_dict(item) or {}
    if blind and view.kind in ("source", "comment"):
        what = tr("on a passage you rate blind")
    elif view.kind == "claim":
        what = f"“{one_line(values.get('exact', ''), 60)}”"
    elif view.kind == "source":
        what = one_line(values.get("title") or values.get("url", ""), 60)
    elif view.kind == "comment":
        what = f"“{one_line(values.get('body', ''), 60)}”"
    elif view.kind == "verdict":
        what = tr("verdict “{label}”").format(label=one_line(values.get("label", ""), 60))
    else:
        what = one_line(values.get("title", view.item_id), 60)
    sides = ""
    if view.mine is None:
        sides = tr(" (you deleted it)")
    elif view.theirs is None:
        sides = tr(" (they deleted it)")
    return f"{tr(KIND_LABELS.get(view.kind, view.kind))}: {what}{sides}"


class ClaimResultDialog(QDialog):
    """Edit the merged result of a claim conflict, starting from one side's version."""

    def __init__(self, parent: QWidget | None, service: ProjectService, base: Claim) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit Merged Claim"))
        self.setMinimumWidth(520)
        self.base = base
        self._result: Claim | None = None
        self.fields = ClaimForm()
        self.fields.set_verdicts(service.verdicts())
        self.fields.load(base)
        form = self.fields  # its editors, as attributes of the dialog (tests fill them in)
        self.claim_reviewed, self.claimant, self.claim_date = (
            form.claim_reviewed, form.claimant, form.claim_date
        )  # fmt: skip
        self.verdict, self.explanation, self.tags = form.verdict, form.explanation, form.tags
        self.status, self.internal_note = form.status, form.internal_note
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        buttons = dialogs.ok_cancel_buttons(self, tr("Use This Version"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"“{one_line(base.exact, 120)}”"))
        layout.addLayout(self.fields.layout())
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def edited_claim(self) -> Claim:
        """The claim with the form's values (raises ValidationError for a bad date)."""
        return dataclasses.replace(
            self.base,
            claim_reviewed=self.fields.claim_reviewed.text().strip(),
            claimant=self.fields.claimant.text().strip(),
            claim_date=validate_partial_date(self.fields.claim_date.text().strip()),
            verdict_id=self.fields.verdict.currentData(),
            explanation=self.fields.explanation.toPlainText(),
            tags=normalise_tags(self.fields.tags.text()),
            status=ReviewStatus(self.fields.status.currentData()),
            internal_note=self.fields.internal_note.toPlainText(),
        )

    def accept(self) -> None:
        try:
            self._result = self.edited_claim()
        except AnnotatorError as error:
            self.error.setText(translated_error(error))
            return
        super().accept()

    def result_claim(self) -> Claim | None:
        return self._result

    @classmethod
    def ask(cls, parent: QWidget | None, service: ProjectService, base: Claim) -> Claim | None:
        dialog = cls(parent, service, base)
        return dialog.result_claim() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ConflictsPanel(QWidget):
    conflicts_changed = Signal(int)  # open conflicts
    item_resolved = Signal(str, str)  # kind, item id: the window may select the claim

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.setProperty("scrollsItself", True)  # its list and table scroll; buttons stay in view
        self.service: ProjectService | None = None
        self._views: dict[str, ConflictView] = {}
        self._count = -1
        self._feed = ChangeFeed(self._on_change)

        self.list = QListWidget()
        self.list.setObjectName("conflictsList")
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self._build_table()
        self.keep_mine_button = QPushButton(tr("Keep &Mine"))
        self.keep_theirs_button = QPushButton(tr("Keep &Theirs"))
        self.edit_button = QPushButton(tr("&Edit Result…"))
        self.keep_mine_button.clicked.connect(lambda: self.resolve_current("mine"))
        self.keep_theirs_button.clicked.connect(lambda: self.resolve_current("theirs"))
        self.edit_button.clicked.connect(self.edit_current)
        self.detail = QLabel()
        self.detail.setObjectName("conflictDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.status_line = QLabel(tr(NOT_UNDOABLE))
        self.status_line.setObjectName("conflictsStatus")
        self.status_line.setWordWrap(True)
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        for button in (self.keep_mine_button, self.keep_theirs_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_line)
        self.refresh()

    def _build_table(self) -> None:
        """One row a field the two sides changed: mine and theirs side by side."""
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Mine"), tr("Theirs")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def set_service(self, service: ProjectService | None) -> None:
        self._feed.attach(service)
        self.service = service
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.kind == ChangeKind.RELOADED:  # merges and resolutions reload the project
            self.refresh()

    def count(self) -> int:
        return len(self._views)

    def conflict_ids(self) -> list[str]:
        return [self.list.item(i).data(CONFLICT_ID_ROLE) for i in range(self.list.count())]

    def refresh(self) -> None:
        current = self.current_conflict_id()
        views = conflicts(self.service) if self.service is not None else []
        self._views = {v.id: v for v in views}
        self.list.blockSignals(True)
        self.list.clear()
        service = self.service
        for view in views:
            blind = service is not None and any(hidden_sides(service, view))
            item = QListWidgetItem(summary(view, blind))
            item.setData(CONFLICT_ID_ROLE, view.id)
            item.setToolTip(
                tr("Found by the merge of {short_time}").format(
                    short_time=short_time(view.record.detected_at)
                )
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = list(self._views)
        if ids:
            self.select_conflict(current if current in self._views else ids[0])
        self._show_current()
        if len(views) != self._count:
            self._count = len(views)
            self.conflicts_changed.emit(self._count)

    def select_conflict(self, conflict_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(CONFLICT_ID_ROLE) == conflict_id:
                self.list.setCurrentRow(i)
                return

    def current_conflict_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CONFLICT_ID_ROLE) if item else None

    def _current(self) -> ConflictView | None:
        conflict_id = self.current_conflict_id()
        return self._views.get(conflict_id) if conflict_id else None

    def _show_current(self) -> None:
        view = self._current()
        blind = (
            view is not None and self.service is not None and any(hidden_sides(self.service, view))
        )
        for button in (self.keep_mine_button, self.keep_theirs_button, self.edit_button):
            button.setEnabled(view is not None and not blind)
            button.setToolTip(resolve_later() if blind else "")
        self.edit_button.setEnabled(
            self.edit_button.isEnabled() and view is not None and view.kind == "claim"
        )
        self.table.setRowCount(0)
        if view is None or self.service is None:
            self.detail.setText(tr_empty(NO_CONFLICTS) if self.service is not None else "")
            return
        found = tr("Changed on both sides; found {short_time}.").format(
            short_time=short_time(view.record.detected_at)
        )
        self.detail.setText(
            f"{summary(view, blind)}\n{found}" + (f"\n{resolve_later()}" if blind else "")
        )
        rows = field_rows(self.service, view)
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for row, (label, mine, theirs) in enumerate(rows):
            cells = [QTableWidgetItem(label), QTableWidgetItem(mine), QTableWidgetItem(theirs)]
            if mine != theirs:
                for cell in cells:
                    cell.setBackground(QBrush(QColor(DIFFERENT_BACKGROUND)))
                    cell.setForeground(QBrush(QColor("#000000")))  # pale yellow in both themes
                    cell.setFont(bold)
                    cell.setToolTip(tr("Different on the two sides"))
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def differing_fields(self) -> list[str]:
        """Labels of the rows shown as different (for tests and accessibility)."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        rows = range(self.table.rowCount())
        return [text(r, 0) for r in rows if text(r, 1) != text(r, 2)]

    # -- resolving ---------------------------------------------------------------------------

    def resolve_current(self, choice: Choice) -> bool:
        view = self._current()
        if view is None or self.service is None:
            return False
        if any(hidden_sides(self.service, view)):  # the buttons are off; keyboard paths too
            self.status_line.setText(resolve_later())
            return False
        try:
            resolve_conflict(self.service, view.id, choice)
        except (AnnotatorError, KeyError) as error:
            text = (
                translated_error(error)
                if isinstance(error, AnnotatorError)
                else tr("That conflict no longer exists.")
            )
            self.status_line.setText(tr("Could not resolve: {text}").format(text=text))
            self.refresh()
            return False
        how = {"mine": tr("kept your version"), "theirs": tr("took their version")}.get(
            choice if isinstance(choice, str) else "", tr("used your edited version")
        )
        self.refresh()
        self.status_line.setText(
            tr("Resolved {summary}: {how}. {note}").format(
                summary=summary(view), how=how, note=tr(NOT_UNDOABLE)
            )
        )
        self.item_resolved.emit(view.kind, view.item_id)
        return True

    def edit_current(self) -> bool:
        view = self._current()
        if view is None or self.service is None or view.kind != "claim":
            return False
        if any(hidden_sides(self.service, view)):  # their version would show their judgement
            self.status_line.setText(resolve_later())
            return False
        base = view.mine if isinstance(view.mine, Claim) else view.theirs
        if not isinstance(base, Claim):
            return False
        edited = ClaimResultDialog.ask(self, self.service, base)
        if edited is None:
            return False
        return self.resolve_current(edited)
