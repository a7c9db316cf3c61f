"""`annotator hub ...` from the command line, against a real hub."""

from __future__ import annotations

import json
import sys

import psycopg

from annotator.cli import main
from annotator.domain import ArticleDraft
from annotator.services import ProjectService


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_connect_sync_status(tmp_path, hub_db, capsys, monkeypatch):
    code, out, _ = _run(capsys, "hub", "init", hub_db["admin_url"])
    assert code == 0 and "up to date (schema version 2)" in out
    url = hub_db["user"]("ann", "checker")
    first = tmp_path / "ann.annotator"
    service = ProjectService.open(first, "Ann", create=True)
    article = service.add_article(ArticleDraft(title="Rates", text="Rates rose 0.25 points."))
    scale = len(service.verdicts())
    service.close()
    monkeypatch.setenv("ANNOTATOR_AUTHOR", "Ann")
    code, out, _ = _run(capsys, "hub", "connect", str(first), url)
    assert code == 0 and f"as {hub_db['name']}_ann" in out
    code, out, _ = _run(capsys, "hub", "sync", str(first), "--json")
    assert code == 0 and json.loads(out)["pushed_items"] == 1 + scale  # and the verdicts
    empty = tmp_path / "new.annotator"  # no articles yet: pulls the whole hub
    monkeypatch.setenv("ANNOTATOR_AUTHOR", "Ben")
    assert _run(capsys, "hub", "connect", str(empty), hub_db["user"]("ben", "reader"))[0] == 0
    code, out, _ = _run(capsys, "hub", "pull", str(empty))
    assert code == 0 and "added 1" in out
    reopened = ProjectService.open(empty, "Ben")
    assert reopened.article_ids() == [article.id]
    reopened.close()
    code, out, _ = _run(capsys, "hub", "status", str(empty), "--json")
    status = json.loads(out)
    assert status["connected"] and status["reachable"] and not status["behind_hub"]
    assert "password" not in json.dumps(status)
    code, out, _ = _run(capsys, "hub", "disconnect", str(empty))
    assert code == 0
    code, out, _ = _run(capsys, "hub", "status", str(empty), "--json")
    assert json.loads(out) == {"connected": False}
    kept = ProjectService.open(empty, "Ben")
    assert kept.article_ids() == [article.id]  # disconnecting keeps the file complete
    kept.close()


def test_a_newer_hub_is_one_line_and_exit_1(hub_db, capsys):
    with psycopg.connect(hub_db["admin_url"]) as conn:
        conn.execute("UPDATE annotator_hub.meta SET value = '7' WHERE key = 'schema_version'")
    code, _, err = _run(capsys, "hub", "init", hub_db["admin_url"])
    assert code == 1 and err.count("\n") == 1 and "newer than this Annotator" in err


def test_without_psycopg_the_hub_commands_say_how_to_install_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    code, _, err = _run(capsys, "hub", "connect", str(tmp_path / "p.annotator"), "postgresql://x@h/db")
    assert code == 1
    assert err == "annotator hub: The team hub needs psycopg: pip install 'annotator[hub]'\n"
