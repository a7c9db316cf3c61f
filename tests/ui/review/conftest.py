"""A project on which two people have written claims, ready for review by one of them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from annotator.services.review import submit_for_review
from tests.ui.conftest import ARTICLE_TEXT

ALICE_PASSAGES = (
    ("Ukraine would trade Kursk", "Half true", True),
    ("the president said on Tuesday", "True", False),  # stays a draft
    ("$500 billion of rare earths", "Mostly false", True),
    ("China is the world's largest supplier", "True", True),
)
BOB_PASSAGES = (("according to the White House", "Unproven", True),)


def span_of(needle: str, text: str = ARTICLE_TEXT) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


@dataclass
class Desk:
    """The project, its article, and the claim ids each author wrote (in text order)."""

    service: ProjectService
    article_id: str
    alice: dict[str, str]  # passage -> claim id
    bob: dict[str, str]

    def as_person(self, name: str) -> ProjectService:
        self.service.author = name
        return self.service

    def ready_by_alice(self) -> list[str]:
        """Alice's claims waiting for review, in text order."""
        ids = [self.alice[p] for p, _, ready in ALICE_PASSAGES if ready]
        return sorted(ids, key=lambda i: self.service.claim(i).start)


def _claims(service: ProjectService, article_id: str, passages) -> dict[str, str]:  # noqa: ANN001
    made = {}
    for passage, verdict, ready in passages:
        verdict_id = service.verdict_by_label(verdict).id
        claim = service.create_claim(
            article_id, *span_of(passage), verdict_id=verdict_id,
            explanation=f"Checked: {passage}", claim_reviewed=f"Says {passage}",
        )  # fmt: skip
        if ready:
            submit_for_review(service, claim.id)
        made[passage] = claim.id
    return made


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """Alice wrote four claims (three ready for review), Bob one; the service acts as Bob."""
    service = ProjectService.open(tmp_path / "desk.annotator", "Alice")
    article = service.add_article(ArticleDraft(title="Test article", text=ARTICLE_TEXT))
    alice = _claims(service, article.id, ALICE_PASSAGES)
    service.author = "Bob"
    bob = _claims(service, article.id, BOB_PASSAGES)
    yield Desk(service, article.id, alice, bob)
    service.close()


@pytest.fixture
def undo_stack(qtbot):
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def comments(qtbot, desk, undo_stack):
    """The comment threads widget on the desk's project, acting as Bob."""
    from annotator.ui.inspector.comments_widget import CommentsWidget

    widget = CommentsWidget()
    qtbot.addWidget(widget)
    widget.set_context(desk.as_person("Bob"), undo_stack)
    widget.resize(400, 500)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_context(None, None)
