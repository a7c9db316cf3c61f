"""`annotator rate` and `annotator adjudicate`: the blind second review from a script, with
--json."""

from __future__ import annotations

import json

import pytest

from annotator import cli

from .conftest import Team


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_rate_then_adjudicate_from_the_command_line(team: Team, run_cli) -> None:
    path, claim = team.path("Alice"), team.base_claims[0]
    service = team.open("Alice")
    service.update_claim(claim, verdict_id=service.verdict_by_label("False").id)
    team.close(service)

    code, _, err = run_cli("rate", path, claim, "--verdict", "false", "--author", "Alice")
    assert code == 1 and "someone else" in err and len(err.strip().splitlines()) == 1
    code, out, err = run_cli(
        "rate", path, claim, "--verdict", "Mostly true", "--author", "Bob", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["ratings"] == {"Alice": "False", "Bob": "Mostly true"}

    code, out, _ = run_cli("adjudicate", path, "--json")
    [waiting] = json.loads(out)
    assert waiting["claim_id"] == claim and waiting["adjudicated_by"] is None
    code, _, err = run_cli(
        "adjudicate", path, claim, "--verdict", "No such verdict", "--author", "Carol"
    )
    assert code == 1 and "no verdict 'No such verdict'" in err
    code, out, err = run_cli(
        "adjudicate",
        path,
        claim,
        "--verdict",
        "Half true",
        "--note",
        "both partly",
        "--author",
        "Carol",
        "--json",
    )
    assert code == 0, err
    settled = json.loads(out)
    assert settled["final_verdict"] == "Half true" and settled["adjudicated_by"] == "Carol"
    assert (
        settled["ratings"] == {"Alice": "False", "Bob": "Mostly true"}
        and settled["note"] == "both partly"
    )
    assert json.loads(run_cli("adjudicate", path, "--json")[1]) == []
    code, out, _ = run_cli("agreement", path, team.article_id, "--json")
    assert json.loads(out)["raters"] == ["Alice", "Bob"]  # Carol adjudicated; she did not rate


def test_adjudicate_needs_two_raters(team: Team, run_cli) -> None:
    code, _, err = run_cli(
        "adjudicate",
        team.path("Alice"),
        team.base_claims[1],
        "--verdict",
        "True",
        "--author",
        "Carol",
    )
    assert code == 1 and "two or more" in err
