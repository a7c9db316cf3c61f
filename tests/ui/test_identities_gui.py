"""In the window: a renamed person is shown by their new name, stays themselves, and the
inspector says whether a claim's approval still holds."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from annotator.domain import ReviewStatus
from annotator.domain.people import short_id
from annotator.services import review
from annotator.ui.claims.claims_model import AUTHOR, STATUS

from .conftest import select_text


def author_cell(window, claim_id: str) -> str:
    model = window.claims_model
    return model.data(model.index(model.row_of(claim_id), AUTHOR))


def test_renaming_in_preferences_renames_everywhere_and_keeps_the_identity(window, qtbot) -> None:
    from annotator import app_settings

    start, end = select_text(window, "Ukraine would trade Kursk")
    claim = window.service.create_claim(window.article_id, start, end)
    review.submit_for_review(window.service, claim.id)
    qtbot.waitUntil(lambda: window.claims_model.row_of(claim.id) is not None)
    window.select_claim(claim.id)
    assert author_cell(window, claim.id) == "Tester"
    me = window.service.author_id

    dialog = window.files.preferences_dialog()  # Edit → Preferences: the name is one of its fields
    assert dialog.name.text() == "Tester"
    assert short_id(app_settings.saved_identity_id()) in " ".join(
        label.text() for label in dialog.findChildren(QLabel)
    )
    dialog.name.setText("Maria Lopez")
    dialog.accept()
    qtbot.waitUntil(lambda: author_cell(window, claim.id) == "Maria Lopez")
    assert window.service.author_id == me
    window.select_claim(claim.id)
    assert "Created by Maria Lopez" in window.inspector.meta.text()
    assert "Last changed by Maria Lopez" in window.inspector.meta.text()
    combo = window.claims_panel.author_filter
    qtbot.waitUntil(lambda: "Maria Lopez" in [combo.itemText(i) for i in range(combo.count())])
    assert "Tester" not in [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(combo.findText("Maria Lopez"))
    qtbot.waitUntil(lambda: window.claims_model.row_of(claim.id) is not None)
    assert ReviewStatus.APPROVED not in review.allowed_statuses(
        window.service, window.service.claim(claim.id)
    )


def test_the_inspector_says_when_an_approval_was_voided(window, qtbot) -> None:
    start, end = select_text(window, "Ukraine would trade Kursk")
    service = window.service
    claim = service.create_claim(window.article_id, start, end)
    review.submit_for_review(service, claim.id)
    service.author = "Bob"
    review.approve(service, claim.id)
    service.author = "Tester"
    window.select_claim(claim.id)
    qtbot.waitUntil(lambda: "Approval: current" in window.inspector.meta.text())
    service.add_source(claim.id, url="https://example.org/late")
    qtbot.waitUntil(lambda: "changed after it was approved" in window.inspector.meta.text())
    model = window.claims_model
    status = model.data(model.index(model.row_of(claim.id), STATUS))
    assert status == "Ready for review (approval voided)"


def test_first_launch_makes_an_identity_that_stays(qtbot) -> None:
    import uuid

    from annotator import app_settings
    from annotator.ui.app import choose_author

    assert not app_settings.qsettings().value("identity/id", "")
    choose_author(None, interactive=False)
    made = str(app_settings.qsettings().value("identity/id", ""))
    assert str(uuid.UUID(made)) == made
    app_settings.save_author("Someone New")  # renaming keeps it
    choose_author(None, interactive=False)
    assert app_settings.saved_identity_id() == made
    assert app_settings.resolve_identity().id == made
    assert app_settings.resolve_identity("Someone Else").id == ""  # another name: not me
