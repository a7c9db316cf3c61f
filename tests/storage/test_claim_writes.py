"""Claims are written with plain SQL (storage/rows.py `CLAIM_INSERT`, `CLAIM_UPDATE`): the same
row sqlite-utils' `Table.insert` and `Table.update` wrote, and no import of sqlite-utils on a
session's first new claim, verdict change, their undo or redo (about 0.1 s of the first new claim,
docs/PERFORMANCE.md)."""

from __future__ import annotations

import dataclasses
import json
import textwrap
from pathlib import Path

import pytest

from annotator.domain import AnchorState, ArticleDraft, ReviewStatus
from annotator.storage.rows import claim_to_row
from tests.storage.fresh_process import output_on_demo


def stored_row(service, claim_id: str) -> dict[str, object]:  # noqa: ANN001
    cursor = service.store.db.execute("SELECT * FROM claims WHERE id = ?", [claim_id])
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def test_a_claim_row_is_what_sqlite_utils_wrote(service) -> None:  # noqa: ANN001
    article = service.add_article(ArticleDraft(title="T", text="Alpha beta gamma delta."))
    made = service.create_claim(article.id, 0, 5)
    odd = dataclasses.replace(
        made,
        tags=["économie", "a,b"],
        status=ReviewStatus.READY,
        anchor_state=AnchorState.CHANGED,
        original_exact="Alphas",
        explanation="x\ny",
        verdict_id=service.verdicts()[0].id,
    )
    twin = dataclasses.replace(odd, id="twin-of-the-claim")
    with service.store.transaction():
        service.store.db.table("claims").insert(claim_to_row(twin))  # the old way
    service.put_claim(odd)  # the new way
    ours, theirs = stored_row(service, odd.id), stored_row(service, twin.id)
    assert {**ours, "id": twin.id} == theirs
    assert json.loads(str(ours["tags"])) == ["économie", "a,b"]
    assert service.claim(odd.id) == odd
    snapshot = service.delete_claim(odd.id)
    service.restore_claim(snapshot)
    assert stored_row(service, odd.id) == ours


def test_a_claim_that_is_gone_is_not_written(service) -> None:  # noqa: ANN001
    article = service.add_article(ArticleDraft(title="T", text="Alpha beta gamma delta."))
    claim = service.create_claim(article.id, 0, 5)
    service.delete_claim(claim.id)
    with pytest.raises(KeyError):
        service.store.put_claim(claim)
    assert service.store.get_claim(claim.id) is None


CHILD = textwrap.dedent("""
    import dataclasses, sys
    from annotator.services import ProjectService
    project = ProjectService.open(sys.argv[1], "Someone New")
    article = project.articles()[0]
    claim = project.create_claim(article.id, 0, 10)
    before, after = project.update_claim(claim.id, verdict_id=project.verdicts()[1].id)
    project.put_claim(before)  # undo
    project.add_source(claim.id, url="https://example.org/s", title="S")
    snapshot = project.delete_claim(claim.id)  # the new claim undone
    project.restore_claim(snapshot)  # and redone, with its source, history and revisions
    assert project.sources(claim.id)[0].url == "https://example.org/s"
    project.close()
    print("sqlite_utils" in sys.modules)
""")


def test_new_claims_verdicts_undo_and_redo_do_not_import_sqlite_utils(tmp_path: Path) -> None:
    assert output_on_demo(CHILD, tmp_path) == ["False"]
