"""Article versions: the update re-anchors claims, keeps old versions, and can be undone exactly."""

from __future__ import annotations

import json

import pytest

from annotator.cli import main
from annotator.domain import AnchorState, ArticleDraft
from annotator.errors import ValidationError
from annotator.services.versions import (
    accept_anchor,
    claims_to_review,
    mark_orphaned,
    move_claim,
    undo_update,
    update_article_text,
    version_diff,
)

OLD = (
    "Intro line here.\n\n"
    "Ukraine would trade Kursk for occupied territory, the president said.\n\n"
    "China is the largest supplier of many metals."
)
NEW = (
    "Intro line here, updated.\n\n"
    "A new paragraph was inserted at the top of the story.\n\n"
    "Ukraine would trade the Kursk region for occupied territory, the president said.\n\n"
    "Completely different ending."
)


@pytest.fixture
def article(service):
    return service.add_article(ArticleDraft(title="Story", text=OLD))


def claim_on(service, article, quote):
    start = article.text.index(quote)
    return service.create_claim(article.id, start, start + len(quote))


def test_update_stores_a_version_and_gives_each_claim_a_state(service, article):
    exact = claim_on(service, article, "Intro line here")
    changed = claim_on(service, article, "Ukraine would trade Kursk for occupied territory")
    orphan = claim_on(service, article, "China is the largest supplier")
    moved = claim_on(service, article, "the president said")

    update = update_article_text(service, article.id, ArticleDraft(title="Story", text=NEW))
    assert update.counts == {"exact": 1, "moved": 1, "changed": 1, "orphaned": 1}
    assert service.article(article.id).version == 2
    assert [v[0] for v in service.store.article_versions(article.id)] == [1, 2]
    assert service.store.get_article(article.id, 1).text == OLD

    assert service.claim(exact.id).anchor_state is AnchorState.EXACT
    moved_now = service.claim(moved.id)
    assert moved_now.anchor_state is AnchorState.MOVED
    assert NEW[moved_now.start : moved_now.end] == "the president said"
    changed_now = service.claim(changed.id)
    assert changed_now.anchor_state is AnchorState.CHANGED
    assert changed_now.exact == "Ukraine would trade the Kursk region for occupied territory"
    assert changed_now.original_exact == "Ukraine would trade Kursk for occupied territory"
    orphan_now = service.claim(orphan.id)
    assert orphan_now.anchor_state is AnchorState.ORPHANED
    assert orphan_now.original_exact == "China is the largest supplier"
    assert {c.id for c in claims_to_review(service, article.id)} == {
        moved.id,
        changed.id,
        orphan.id,
    }


def test_undoing_an_update_restores_every_row(service, article):
    claim_on(service, article, "the president said")
    rows_before = list(service.store.db.query("SELECT * FROM claims ORDER BY id"))
    article_before = list(service.store.db.query("SELECT * FROM articles"))
    update = update_article_text(service, article.id, ArticleDraft(title="Story", text=NEW))
    undo_update(service, update)
    assert list(service.store.db.query("SELECT * FROM claims ORDER BY id")) == rows_before
    assert list(service.store.db.query("SELECT * FROM articles")) == article_before
    assert [v[0] for v in service.store.article_versions(article.id)] == [1]


def test_same_text_is_refused(service, article):
    with pytest.raises(ValidationError, match="same text"):
        update_article_text(service, article.id, ArticleDraft(title="Story", text=OLD))


def test_review_actions_accept_move_and_orphan(service, article):
    changed = claim_on(service, article, "Ukraine would trade Kursk for occupied territory")
    update_article_text(service, article.id, ArticleDraft(title="Story", text=NEW))
    _, accepted = accept_anchor(service, changed.id)
    assert accepted.anchor_state is AnchorState.EXACT
    start = NEW.index("Completely different")
    _, moved = move_claim(service, changed.id, start, start + len("Completely different"))
    assert (moved.exact, moved.anchor_state, moved.anchor_version) == (
        "Completely different",
        AnchorState.EXACT,
        2,
    )
    _, orphaned = mark_orphaned(service, changed.id)
    assert orphaned.anchor_state is AnchorState.ORPHANED
    with pytest.raises(ValidationError):
        accept_anchor(service, changed.id)


def test_orphans_from_an_older_version_are_found_again_when_their_text_returns(service, article):
    orphan = claim_on(service, article, "China is the largest supplier")
    update_article_text(service, article.id, ArticleDraft(title="Story", text=NEW))
    assert service.claim(orphan.id).anchor_state is AnchorState.ORPHANED
    update_article_text(
        service,
        article.id,
        ArticleDraft(title="Story", text=NEW + "\n\nChina is the largest supplier of many metals."),
    )
    back = service.claim(orphan.id)
    assert back.anchor_state in (AnchorState.MOVED, AnchorState.EXACT)
    assert back.exact == "China is the largest supplier"


def test_version_diff_lists_inserted_deleted_and_changed_passages(service, article):
    update_article_text(service, article.id, ArticleDraft(title="Story", text=NEW))
    chunks = version_diff(service, article.id, 1, 2)
    changed = [c for c in chunks if c.kind != "equal"]
    assert any("inserted at the top" in c.new_text for c in changed)
    assert any("China" in c.old_text for c in changed)
    assert "".join(c.old_text for c in chunks) == OLD
    assert "".join(c.new_text for c in chunks) == NEW


def test_cli_update_prints_counts_and_list_shows_states(tmp_path, capsys):
    project = tmp_path / "p.annotator"
    (tmp_path / "v1.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "v2.txt").write_text(NEW, encoding="utf-8")
    main(["import", str(project), str(tmp_path / "v1.txt")])
    article_id = capsys.readouterr().out.split("\t")[0]
    from annotator.services import ProjectService

    service = ProjectService.open(project, "A")
    article = service.article(article_id)
    claim_on(service, article, "Ukraine would trade Kursk for occupied territory")
    claim_on(service, article, "China is the largest supplier")
    service.close()
    assert main(["update", str(project), article_id, str(tmp_path / "v2.txt")]) == 0
    out = capsys.readouterr().out
    assert "changed\t1" in out and "orphaned\t1" in out and "exact\t0" in out
    main(["list", str(project), "--json"])
    claims = json.loads(capsys.readouterr().out)["articles"][0]["claims"]
    states = {c["original_quote"]: (c["anchor_state"], c["quote"]) for c in claims}
    assert states["Ukraine would trade Kursk for occupied territory"] == (
        "changed",
        "Ukraine would trade the Kursk region for occupied territory",
    )
    assert states["China is the largest supplier"][0] == "orphaned"
    assert main(["update", str(project), "no-such-id", str(tmp_path / "v2.txt")]) == 1
