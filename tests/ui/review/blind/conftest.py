"""A window where Bob rates blind an article on which Alice wrote a fully checked claim."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from annotator.services.review import add_comment, submit_for_review
from tests.ui.conftest import ARTICLE_TEXT

PASSAGE = "Ukraine would trade Kursk"
SECRETS = ("ALICEEXPLAINS", "ALICENOTE", "alice-evidence.example.org", "ALICECOMMENT")
"""Alice's judgement, none of which Bob may see while he rates blind."""
ALICE_VERDICT = "Mostly false"


@dataclass
class BlindDesk:
    window: object  # MainWindow, as Bob
    claim_id: str  # Alice's claim
    article_id: str
    path: Path

    def blind_toggle(self, qtbot):  # noqa: ANN001, ANN201
        dialog = self.window.review.open_dashboard()
        qtbot.addWidget(dialog)
        qtbot.mouseClick(
            dialog.blind, Qt.MouseButton.LeftButton
        )  # the user's path: Review Dashboard
        return dialog


@pytest.fixture
def blind_desk(qtbot, tmp_path: Path):
    from annotator.ui.main_window import MainWindow

    path = tmp_path / "desk.annotator"
    alice = ProjectService.open(path, "Alice")
    article = alice.add_article(ArticleDraft(title="Test article", text=ARTICLE_TEXT))
    start = ARTICLE_TEXT.index(PASSAGE)
    claim = alice.create_claim(
        article.id, start, start + len(PASSAGE),
        verdict_id=alice.verdict_by_label(ALICE_VERDICT).id,
        explanation=f"{SECRETS[0]}: no such offer.", internal_note=SECRETS[1],
    )  # fmt: skip
    alice.add_source(claim.id, url=f"https://{SECRETS[2]}/transcript", title="Transcript")
    add_comment(alice, claim.id, f"{SECRETS[3]} I rated it {ALICE_VERDICT}")
    submit_for_review(alice, claim.id)
    alice.close()
    window = MainWindow("Bob")
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    desk = BlindDesk(window, claim.id, article.id, path)
    desk.dashboard = desk.blind_toggle(qtbot)
    assert desk.dashboard.blind.isChecked()
    yield desk
    window.close()


def reveal(desk: BlindDesk, qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(desk.dashboard.blind, Qt.MouseButton.LeftButton)
    assert not desk.dashboard.blind.isChecked()


def leaks(texts) -> list[str]:  # noqa: ANN001
    """Which of Alice's strings (and her verdict) appear in `texts`."""
    joined = "\n".join(t for t in texts if t)
    return [s for s in (*SECRETS, ALICE_VERDICT) if s in joined]
