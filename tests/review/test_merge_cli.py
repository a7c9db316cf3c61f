"""`annotator merge` and `annotator agreement` from the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator import cli
from annotator.services.ratings import rate

from .conftest import Team


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def claims_of(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM claims ORDER BY id").fetchall()
    finally:
        conn.close()


def test_merge_prints_what_it_did(team: Team, run_cli) -> None:
    for name, text in (("Alice", "A"), ("Bob", "B")):
        service = team.open(name)
        service.update_claim(team.base_claims[0], explanation=text)
        if name == "Bob":
            service.update_claim(team.base_claims[1], explanation="only Bob")
        team.close(service)
    code, out, err = run_cli("merge", team.path("Alice"), team.path("Bob"), "--author", "Alice")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "added 0, updated 1, unchanged 3, conflicts 1, deleted 0"
    assert "  claims: added 0, updated 1, unchanged 1, conflicts 1, deleted 0" in lines
    code, out, _ = run_cli("merge", team.path("Alice"), team.path("Bob"), "--json")
    report = json.loads(out)
    assert report["conflicts"] == 0 and report["merge_id"] is None


def test_merge_refuses_a_damaged_file_in_one_line(team: Team, run_cli, tmp_path: Path) -> None:
    broken = tmp_path / "broken.annotator"
    broken.write_bytes(team.path("Bob").read_bytes()[:3000])
    before = claims_of(team.path("Alice"))
    code, out, err = run_cli("merge", team.path("Alice"), broken)
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "broken.annotator" in err
    assert claims_of(team.path("Alice")) == before


def test_agreement_command(team: Team, run_cli) -> None:
    service = team.open("Alice")
    false = service.verdict_by_label("False").id
    service.update_claim(team.base_claims[0], verdict_id=false)
    service.author = "Bob"
    rate(service, team.base_claims[0], false)  # Bob's blind second rating of the same passage
    team.close(service)
    code, out, err = run_cli("agreement", team.path("Alice"), team.article_id)
    assert code == 0, err
    # Alice set the verdict on Origin's claim: the rater is Alice, not the claim's author.
    assert "raters: Alice, Bob" in out and "percentage agreement: 100.0%" in out
    code, out, _ = run_cli("agreement", team.path("Alice"), "--json")
    assert json.loads(out)["percent_agreement"] == 1.0
    code, _, err = run_cli("agreement", team.path("Alice"), "no-such-article")
    assert code == 1 and "no-such-article" in err
