"""The editors for a claim's fields, laid out as a form: shared by the inspector and the
dialog that edits the merged result of a conflict."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from annotator.domain import UNRATED_COLOUR, Claim, ReviewStatus, Verdict
from annotator.ui.common.chips import colour_chip
from annotator.ui.common.i18n import mark, translator
from annotator.ui.common.review_text import status_label

tr = translator("inspector.claim_form")

FIELD_ROWS = (
    ("claim_reviewed", mark("Claim as &checked:")),
    ("claimant", mark("Clai&mant:")),
    ("claim_date", mark("Claim &date:")),
    ("verdict", mark("&Verdict:")),
    ("explanation", mark("E&xplanation:")),
    ("tags", mark("&Tags:")),
    ("status", mark("&Status:")),
    ("internal_note", mark("Internal &note:")),
)


class ClaimForm:
    """Creates the editors; the owner connects them and decides when to commit."""

    def __init__(self) -> None:
        self.claim_reviewed = QLineEdit()
        self.claim_reviewed.setPlaceholderText(tr("A short, checkable paraphrase"))
        self.claimant = QLineEdit()
        self.claimant.setPlaceholderText(tr("Who made the claim"))
        self.claim_date = QLineEdit()
        self.claim_date.setPlaceholderText(tr("YYYY-MM-DD (or YYYY-MM)"))
        self.verdict = QComboBox()
        self.explanation = QPlainTextEdit()
        self.explanation.setPlaceholderText(tr("Why this verdict: what the sources show"))
        self.explanation.setTabChangesFocus(True)
        self.explanation.setMinimumHeight(110)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("comma, separated, tags"))
        self.status = QComboBox()
        for status in ReviewStatus:
            self.status.addItem(status_label(status), str(status))
        self.internal_note = QPlainTextEdit()
        self.internal_note.setPlaceholderText(tr("Internal note (never exported)"))
        self.internal_note.setTabChangesFocus(True)
        self.internal_note.setMaximumHeight(70)

    def editor(self, name: str) -> QWidget:
        """The editor of the field `name` (one of FIELD_ROWS)."""
        editors: dict[str, QWidget] = {
            "claim_reviewed": self.claim_reviewed, "claimant": self.claimant,
            "claim_date": self.claim_date, "verdict": self.verdict,
            "explanation": self.explanation, "tags": self.tags, "status": self.status,
            "internal_note": self.internal_note,
        }  # fmt: skip
        return editors[name]

    def line(self, name: str) -> QLineEdit:
        """One of the one-line editors: claim_reviewed, claimant, claim_date, tags."""
        editor = self.editor(name)
        assert isinstance(editor, QLineEdit)
        return editor

    def text(self, name: str) -> QPlainTextEdit:
        """One of the long-text editors: explanation, internal_note."""
        editor = self.editor(name)
        assert isinstance(editor, QPlainTextEdit)
        return editor

    def layout(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in FIELD_ROWS:
            form.addRow(tr(label), self.editor(name))
        return form

    def set_verdicts(self, verdicts: list[Verdict]) -> None:
        self.verdict.clear()
        self.verdict.addItem(colour_chip(UNRATED_COLOUR), tr("Unrated"), None)
        for verdict in verdicts:
            label = (
                tr("{label} (retired)").format(label=verdict.label)
                if verdict.retired
                else verdict.label
            )
            self.verdict.addItem(colour_chip(verdict.colour), label, verdict.id)
            if verdict.retired:  # shown on the claims that use it, no longer offered
                model = self.verdict.model()
                assert isinstance(model, QStandardItemModel)  # what a QComboBox makes
                item = model.item(self.verdict.count() - 1)
                item.setEnabled(False)

    def show_verdict(self, verdict_id: str | None) -> None:
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(verdict_id)) if verdict_id else 0)

    def show_status(self, status: str) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(str(status))))

    def load(self, claim: Claim) -> None:
        """Every editor shows `claim` (used where nothing is being typed, e.g. a fresh dialog)."""
        self.claim_reviewed.setText(claim.claim_reviewed)
        self.claimant.setText(claim.claimant)
        self.claim_date.setText(claim.claim_date)
        self.tags.setText(", ".join(claim.tags))
        self.explanation.setPlainText(claim.explanation)
        self.internal_note.setPlainText(claim.internal_note)
        self.show_verdict(claim.verdict_id)
        self.show_status(claim.status)
