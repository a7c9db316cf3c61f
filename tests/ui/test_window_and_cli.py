"""The window and CLI processes on one project at once: every confirmed edit of each is kept,
and the window's undo never takes back what a command did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from annotator.services import ProjectService
from tests.safety.conftest import ROOT
from tests.ui.conftest import ARTICLE_TEXT, select_text


def cli(*args: object) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "annotator", *map(str, args), "--author", "CLI"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def test_undo_in_the_window_keeps_the_new_version_a_cli_update_made(qtbot, window, tmp_path):
    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    claim_id = window.inspector.claim_id()
    window.claims.edit_claim_field(
        claim_id, "verdict_id", window.service.verdict_by_label("False").id
    )
    new_version = tmp_path / "v2.txt"
    new_version.write_text("Breaking: " + ARTICLE_TEXT, encoding="utf-8")
    update = cli("update", window.service.path, window.article_id, new_version)
    _, err = update.communicate(timeout=120)
    assert update.returncode == 0, err
    window.undo_action.trigger()  # before the window's poll has noticed the command
    claim = window.service.claim(claim_id)
    assert claim.verdict_id is None  # the window's own edit is taken back...
    assert claim.start == len(
        "Breaking: "
    )  # ...and the claim keeps the anchor the command moved it to
    assert claim.anchor_version == 2


def test_window_edits_and_cli_imports_at_once_are_all_kept(qtbot, window, tmp_path):
    files = []
    for n in range(15):
        file = tmp_path / f"article-{n}.txt"
        file.write_text(
            f"Article {n}.\n\n" + f"Sentence {n} says something true. " * 100, encoding="utf-8"
        )
        files.append(file)
    importer = cli("import", window.service.path, *files)
    select_text(window, "Ukraine would trade Kursk")
    window.claims.new_claim_action.trigger()
    claim_id = window.inspector.claim_id()
    confirmed = []
    for n in range(40):  # the window edits while the command imports
        window.claims.edit_claim_field(claim_id, "claimant", f"claimant {n}")  # one undo step each
        confirmed.append(f"claimant {n}")
    window.undo_action.trigger()  # takes back only the window's last edit
    out, err = importer.communicate(timeout=300)
    assert importer.returncode == 0, err
    imported = {line.split("\t")[0] for line in out.splitlines()}
    check = ProjectService.open(Path(window.service.path), "Checker", read_only=True)
    try:
        assert imported <= set(check.article_ids())
        assert len(imported) == 15
        assert check.claim(claim_id).claimant == confirmed[-2]
    finally:
        check.close()
