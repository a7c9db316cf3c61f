"""The claim inspector: the exact quote, the fields a checker edits, and the claim's sources.

Edits leave as `field_edited(claim_id, field, value)` signals; the window turns each
into an undoable command. Line edits commit when editing finishes; the multi-line
fields commit when they lose focus, after a short pause in typing, and whenever
another claim is shown or the window closes (`flush`), so typing is saved without a
separate step when the user moves on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import AnchorState, Claim, Source, Verdict
from annotator.ui.common import plain_text
from annotator.ui.common.i18n import translator
from annotator.ui.common.review_text import stance_label
from annotator.ui.common.steady import set_tool_tip
from annotator.ui.common.timers import coalescing_timer
from annotator.ui.common.times import format_time
from annotator.ui.inspector.claim_form import FIELD_ROWS, ClaimForm
from annotator.ui.inspector.quote_box import quote_box

tr = translator("inspector.inspector")

TEXT_IDLE_COMMIT_MS = 800
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_URL_ROLE = Qt.ItemDataRole.UserRole + 2


class ClaimInspector(QScrollArea):
    field_edited = Signal(str, str, object)  # claim id, field, new value
    add_source_requested = Signal(str)  # claim id
    edit_source_requested = Signal(str)  # source id
    remove_source_requested = Signal(str)  # source id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimInspector")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._claim: Claim | None = None
        self.person_name: Callable[[str, str], str] = lambda person_id, name: name or "unknown"
        """(identity, recorded name) -> the name to show; the window maps ids to display names."""
        self.approval_note: Callable[[Claim], str] = lambda claim: ""
        """A line about the claim's approval (current, or voided by a later change)."""
        self._loading = False
        self._dirty_text: set[str] = set()
        self._idle = coalescing_timer(self, TEXT_IDLE_COMMIT_MS, self.flush)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        self.placeholder = QLabel(
            tr(
                "Select text in the article and choose New Claim (Ctrl+E), or pick a claim "
                "in the list."
            )
        )
        self.placeholder.setObjectName("inspectorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder)
        self.form_widget = QWidget()
        form_layout = QVBoxLayout(self.form_widget)
        form_layout.setContentsMargins(0, 0, 0, 0)
        self._build_quote(form_layout)
        self._build_fields(form_layout)
        self._build_sources(form_layout)
        self.meta = QLabel()
        self.meta.setObjectName("claimMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)  # author names are user text
        self.meta.setWordWrap(True)
        form_layout.addWidget(self.meta)
        form_layout.addStretch(1)
        layout.addWidget(self.form_widget)
        self.setWidget(body)
        self._connect_fields()
        self.show_claim(None)

    def _build_quote(self, form_layout: QVBoxLayout) -> None:
        """The exact quote, where it stands after a new version, and the blind-review note."""
        quote_caption = QLabel(tr("Quote"))
        quote_caption.setObjectName("sectionCaption")
        self.quote = QLabel()
        self.quote.setObjectName("quoteLabel")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.anchor_note = QLabel()
        self.anchor_note.setObjectName("anchorNote")
        self.anchor_note.setWordWrap(True)
        self.anchor_note.setTextFormat(Qt.TextFormat.PlainText)
        form_layout.addWidget(quote_caption)
        self.quote_box = quote_box(self.quote, self.anchor_note)
        form_layout.addWidget(self.quote_box)

        self.blind_note = QLabel(
            tr(
                "Blind review: a colleague's claim. Their verdict, explanation, note and "
                "sources are hidden until you reveal them; the verdict you choose is your own "
                "rating."
            )
        )
        self.blind_note.setObjectName("blindNote")
        self.blind_note.setWordWrap(True)
        self.blind_note.hide()
        form_layout.addWidget(self.blind_note)

    def _build_fields(self, form_layout: QVBoxLayout) -> None:
        """The claim's editors (ClaimForm), as attributes of the inspector."""
        self.fields = ClaimForm()
        self.claim_reviewed = self.fields.claim_reviewed
        self.claimant = self.fields.claimant
        self.claim_date = self.fields.claim_date
        self.verdict = self.fields.verdict
        self.explanation = self.fields.explanation
        self.tags = self.fields.tags
        self.status = self.fields.status
        self.internal_note = self.fields.internal_note
        form_layout.addLayout(self.fields.layout())
        for name, _label in FIELD_ROWS:
            self.fields.editor(name).setObjectName(f"inspector_{name}")

    def _build_sources(self, form_layout: QVBoxLayout) -> None:
        sources_caption = QLabel(tr("Sources"))
        sources_caption.setObjectName("sectionCaption")
        form_layout.addWidget(sources_caption)
        self.sources = QListWidget()
        self.sources.setObjectName("sourcesList")
        self.sources.setWordWrap(True)
        self.sources.setMinimumHeight(110)
        self.sources.itemActivated.connect(self._open_source)
        form_layout.addWidget(self.sources)
        buttons = QHBoxLayout()
        self.add_source_button = QPushButton(tr("&Add Source…"))
        self.edit_source_button = QPushButton(tr("Edit…"))
        self.remove_source_button = QPushButton(tr("Remove"))
        for button in (self.add_source_button, self.edit_source_button, self.remove_source_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form_layout.addLayout(buttons)
        self.add_source_button.clicked.connect(self._add_source)
        self.edit_source_button.clicked.connect(self._edit_selected_source)
        self.remove_source_button.clicked.connect(self._remove_selected_source)
        self.sources.currentItemChanged.connect(lambda *_: self._update_source_buttons())

    def _add_source(self) -> None:
        if self._claim is not None:
            self.add_source_requested.emit(self._claim.id)

    def _connect_fields(self) -> None:
        """Lines commit when editing finishes, choices at once, long texts when typing pauses."""
        for name in ("claim_reviewed", "claimant", "claim_date", "tags"):
            line = self.fields.line(name)
            line.editingFinished.connect(lambda name=name, line=line: self._commit_line(name, line))
        self.verdict.activated.connect(
            lambda _: self._commit_value("verdict_id", self.verdict.currentData())
        )
        self.status.activated.connect(
            lambda _: self._commit_value("status", self.status.currentData())
        )
        for name in ("explanation", "internal_note"):
            editor = self.fields.text(name)
            editor.textChanged.connect(lambda name=name: self._text_changed(name))
            editor.installEventFilter(self)

    # -- showing -------------------------------------------------------------------

    def set_verdicts(self, verdicts: list[Verdict]) -> None:
        self._loading = True
        self.fields.set_verdicts(verdicts)
        self._loading = False
        if self._claim:
            self.fields.show_verdict(self._claim.verdict_id)

    def set_allowed_statuses(self, allowed: list[str]) -> None:
        """Grey out the statuses this user may not choose (e.g. approving their own claim)."""
        model = self.status.model()
        assert isinstance(model, QStandardItemModel)  # what a QComboBox makes for its items
        for row in range(self.status.count()):
            item = model.item(row)
            if item is not None:
                item.setEnabled(self.status.itemData(row) in allowed)

    def set_verdict_hidden(self, hidden: bool) -> None:
        """Blind review: a colleague's judgement is not shown; the verdict chosen is my rating.

        The shown claim already carries my rating as its verdict (ui/review/blind.py); explanation,
        internal note and sources are blank and cannot be edited until I reveal."""
        self.blind_note.setVisible(hidden)
        placeholder = tr("Hidden while you rate this article blind.") if hidden else ""
        for editor in (self.explanation, self.internal_note):
            if editor.isReadOnly() != hidden:  # Qt sends ReadOnlyChange even for the same value
                editor.setReadOnly(hidden)
            if editor.placeholderText() != placeholder:
                editor.setPlaceholderText(placeholder)
        self.sources.setEnabled(not hidden)
        self.add_source_button.setEnabled(not hidden)
        self.status.setEnabled(not hidden)  # approving means seeing the verdict: reveal first
        set_tool_tip(
            self.verdict,
            tr("Your blind rating of this passage: stored as a rating, not as the claim's verdict.")
            if hidden else "",
        )  # fmt: skip

    def claim_id(self) -> str | None:
        return self._claim.id if self._claim else None

    def show_claim(self, claim: Claim | None, sources: list[Source] | None = None) -> None:
        """Show `claim` (None for nothing), first committing typing left in the previous one."""
        if self._claim is not None and (claim is None or claim.id != self._claim.id):
            self.flush()
        self._claim = claim
        switched = self.form_widget.isHidden() == (claim is not None)
        self.placeholder.setVisible(claim is None)
        self.form_widget.setVisible(claim is not None)
        if claim is not None:
            self._dirty_text.clear()
            self._load_fields(claim, force=True)
            self.set_sources(sources or [])
        if switched:
            self._lay_out_body()

    def _lay_out_body(self) -> None:
        """Lay the form (or the placeholder) out now that one replaced the other, before it
        paints: left to the event loop, the form painted at the width it had without the
        scroll bar its height brings, then all again, narrower, once the bar was shown."""
        for _ in range(3):  # the bar shown narrows the body, whose layout asks again; the tabs
            # around the inspector fit its new size hint too
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def refresh_claim(self, claim: Claim) -> None:
        """The shown claim changed elsewhere (undo, another window): update fields not being typed
        in."""
        if self._claim is None or claim.id != self._claim.id:
            return
        self._claim = claim
        self._load_fields(claim, force=False)

    def _load_fields(self, claim: Claim, *, force: bool) -> None:
        self._loading = True
        try:
            if self.quote.text() != claim.exact:
                self.quote.setText(claim.exact)
                self.quote.setToolTip(plain_text.tooltip(claim.exact))
                self._lay_out_quote()
            self._show_anchor_state(claim)
            for name, value in (
                ("claim_reviewed", claim.claim_reviewed),
                ("claimant", claim.claimant),
                ("claim_date", claim.claim_date),
                ("tags", ", ".join(claim.tags)),
            ):
                edit = self.fields.line(name)
                if force or not edit.hasFocus() or not edit.isModified():
                    if edit.text() != value:  # the same text: not repainted
                        edit.setText(value)
                    edit.setCursorPosition(0)  # show the start of a long paraphrase
                    edit.setModified(False)
            for name, value in (
                ("explanation", claim.explanation),
                ("internal_note", claim.internal_note),
            ):
                editor = self.fields.text(name)
                if (force or name not in self._dirty_text) and editor.toPlainText() != value:
                    editor.setPlainText(value)
            self.fields.show_verdict(claim.verdict_id)
            self.fields.show_status(claim.status)
            author = self.person_name(claim.author_id, claim.author)
            changer = self.person_name(claim.modified_by_id, claim.modified_by)
            note = self.approval_note(claim)
            self.meta.setText(
                tr(
                    "Created by {author} · {format_time}\nLast changed by {changer} · "
                    "{format_time2}"
                ).format(
                    author=author,
                    format_time=format_time(claim.created),
                    changer=changer,
                    format_time2=format_time(claim.modified),
                )
                + (f"\n{note}" if note else "")
            )
        finally:
            self._loading = False

    def _lay_out_quote(self) -> None:
        """Fit the quote's box to the new quote now, before it paints: left to the event loop,
        the label paints at its old height and again at its new one."""
        layout_request = QEvent.Type.LayoutRequest
        QCoreApplication.sendPostedEvents(self.quote_box.widget(), layout_request)
        QCoreApplication.sendPostedEvents(self.quote_box.viewport(), layout_request)

    def _show_anchor_state(self, claim: Claim) -> None:
        notes = {
            AnchorState.EXACT: "",
            AnchorState.MOVED: tr(
                "The article changed; this passage moved but its text is the same."
            ),
            AnchorState.CHANGED: (
                tr("The article changed; the claim was made on:\n“{original_exact}”").format(
                    original_exact=claim.original_exact
                )
            ),
            AnchorState.ORPHANED: (
                tr(
                    "Orphaned: this passage is no longer in the article. It "
                    "was:\n“{original_exact}”"
                ).format(original_exact=claim.original_exact)
            ),
        }
        text = notes[claim.anchor_state]
        self.anchor_note.setText(text)
        self.anchor_note.setVisible(bool(text))

    capture_label: Callable[[Source], str] | None = None
    """Set by the window: `source -> "captured TIME · SHA-256 SHORT"` for sources with a capture."""

    def set_sources(self, sources: list[Source]) -> None:
        if not sources and not self.sources.count():
            return  # none before, none now: the list is not repainted
        current = self.sources.currentItem()
        current_id = current.data(SOURCE_ID_ROLE) if current else None
        self.sources.clear()
        for number, source in enumerate(sources, start=1):
            title = source.title or source.url or source.source_author or source.kind
            captured = (
                self.capture_label(source) if self.capture_label and source.capture_id else ""
            )
            protected = tr("protected (never exported)") if source.protected else ""
            details = " · ".join(
                p
                for p in (
                    source.publisher,
                    stance_label(source.stance),
                    source.kind,
                    tr("accessed {date}").format(date=source.accessed) if source.accessed else "",
                    captured,
                    protected,
                )
                if p
            )
            item = QListWidgetItem(f"{number}. {title}\n{details}")
            item.setData(SOURCE_ID_ROLE, source.id)
            item.setData(SOURCE_URL_ROLE, source.url)
            item.setToolTip(
                plain_text.tooltip(
                    tr("{url}\nDouble-click or press Enter to open it in your browser.").format(
                        url=source.url
                    )
                )
            )
            self.sources.addItem(item)
            if source.id == current_id:
                self.sources.setCurrentItem(item)
        self._update_source_buttons()

    def _update_source_buttons(self) -> None:
        has = self.sources.currentItem() is not None
        self.edit_source_button.setEnabled(has)
        self.remove_source_button.setEnabled(has)

    def selected_source_id(self) -> str | None:
        item = self.sources.currentItem()
        return item.data(SOURCE_ID_ROLE) if item else None

    # -- committing -------------------------------------------------------------------

    def _commit_line(self, field: str, edit: QLineEdit) -> None:
        if self._loading or self._claim is None or not edit.isModified():
            return
        edit.setModified(False)
        value: object = edit.text()
        self._emit(field, value)

    def _commit_value(self, field: str, value: object) -> None:
        if not self._loading and self._claim is not None:
            self._emit(field, value)

    def _text_changed(self, field: str) -> None:
        if self._loading or self._claim is None:
            return
        self._dirty_text.add(field)
        self._idle.start()

    def flush(self) -> None:
        """Commit typing not yet saved in the multi-line fields (and a focused line edit)."""
        self._idle.stop()
        if self._claim is None:
            return
        for field in sorted(self._dirty_text):
            self._dirty_text.discard(field)
            self._emit(field, self.fields.text(field).toPlainText())
        for field in ("claim_reviewed", "claimant", "claim_date", "tags"):
            self._commit_line(field, self.fields.line(field))

    def _emit(self, field: str, value: object) -> None:
        assert self._claim is not None
        self.field_edited.emit(self._claim.id, field, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and watched in (
            self.explanation,
            self.internal_note,
        ):
            self.flush()
        return super().eventFilter(watched, event)

    # -- sources ----------------------------------------------------------------------

    def _open_source(self, item: QListWidgetItem) -> None:
        url = str(item.data(SOURCE_URL_ROLE) or "")
        if url.startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(url))

    def _edit_selected_source(self) -> None:
        source_id = self.selected_source_id()
        if source_id:
            self.edit_source_requested.emit(source_id)

    def _remove_selected_source(self) -> None:
        source_id = self.selected_source_id()
        if source_id:
            self.remove_source_requested.emit(source_id)
