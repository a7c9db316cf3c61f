"""The editorial commands through the real entry point: claim, source, comment, review."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from annotator.cli import main

TEXT = "Headline\n\nUnemployment fell by half last year, the minister said. Exports doubled.\n"


@pytest.fixture
def project(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    path = tmp_path / "p.annotator"
    assert main(["import", str(path), str(article), "--author", "Alice"]) == 0
    article_id = capsys.readouterr().out.split("\t")[0]
    return path, article_id


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def listed_claim(capsys, path, claim_id: str) -> dict:
    code, out, _ = run(capsys, "list", str(path), "--json")
    assert code == 0
    [article] = json.loads(out)["articles"]
    return next(c for c in article["claims"] if c["id"] == claim_id)


def add_claim(capsys, path, article_id: str, *extra: str) -> dict:
    start = TEXT.index("Unemployment")
    end = TEXT.index(", the minister")
    code, out, err = run(
        capsys, "claim", "add", str(path), article_id, "--start", str(start), "--end", str(end),
        "--verdict", "half true", "--explanation", "ONS figures", "--claimant", "The minister",
        "--author", "Alice", "--json", *extra,
    )  # fmt: skip
    assert code == 0, err
    return json.loads(out)


def test_claim_add_prints_the_new_claim_as_json(project, capsys) -> None:
    path, article_id = project
    claim = add_claim(capsys, path, article_id)
    assert claim["quote"] == "Unemployment fell by half last year"
    assert (claim["verdict"], claim["explanation"], claim["claimant"]) == (
        "Half true", "ONS figures", "The minister",
    )  # fmt: skip
    assert (claim["status"], claim["approval"], claim["author"]) == ("draft", "none", "Alice")
    assert listed_claim(capsys, path, claim["id"])["quote"] == claim["quote"]


def test_the_whole_review_from_the_command_line(project, capsys) -> None:
    path, article_id = project
    claim_id = add_claim(capsys, path, article_id)["id"]
    p = str(path)
    code, out, _ = run(
        capsys,
        "source",
        "add",
        p,
        claim_id,
        "--url",
        "https://ons.gov.uk/x",
        "--title",
        "Labour market",
        "--kind",
        "official",
        "--author",
        "Alice",
    )
    assert code == 0 and out.startswith("added\t")
    assert run(capsys, "review", "submit", p, claim_id, "--author", "Alice")[0] == 0

    code, out, err = run(capsys, "review", "approve", p, claim_id, "--author", "Alice")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        "annotator review: Someone other than the claim's author must review it "
        "(the project does not allow self-approval)."
    ]
    code, out, _ = run(capsys, "review", "approve", p, claim_id, "--author", "Bob",
                       "--note", "checked", "--json")  # fmt: skip
    assert code == 0
    assert (json.loads(out)["status"], json.loads(out)["approval_current"]) == ("approved", True)

    code, out, _ = run(capsys, "comment", "add", p, claim_id, "Which quarter?", "--author", "Bob",
                       "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["body"] == "Which quarter?"
    assert listed_claim(capsys, path, claim_id)["status"] == "approved"  # comments are not content

    code, out, err = run(capsys, "claim", "set", p, claim_id, "--verdict", "False",
                         "--author", "Alice")  # fmt: skip
    assert code == 0
    assert "ready for review again" in err
    listed = listed_claim(capsys, path, claim_id)
    assert (listed["status"], listed["approval"], listed["approval_current"]) == (
        "ready_for_review", "stale", False,
    )  # fmt: skip
    code, out, _ = run(capsys, "export", p, "--format", "claimreview", "--approved-only")
    assert "False" not in out

    code, _, err = run(capsys, "claim", "set", p, claim_id, "--explanation", "Mine now",
                       "--status", "approved", "--author", "Alice")  # fmt: skip
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert listed_claim(capsys, path, claim_id)["explanation"] == "ONS figures"  # all or nothing
    assert run(capsys, "review", "request-changes", p, claim_id, "--author", "Carol")[0] == 0
    assert listed_claim(capsys, path, claim_id)["status"] == "changes_requested"


def test_claim_set_changes_fields_and_delete_removes(project, capsys) -> None:
    path, article_id = project
    claim_id = add_claim(capsys, path, article_id)["id"]
    code, out, _ = run(
        capsys,
        "claim",
        "set",
        str(path),
        claim_id,
        "--explanation",
        "New",
        "--tags",
        "economy, jobs",
        "--status",
        "ready_for_review",
        "--json",
    )
    assert code == 0
    changed = json.loads(out)
    assert (changed["explanation"], changed["tags"], changed["status"]) == (
        "New", ["economy", "jobs"], "ready_for_review",
    )  # fmt: skip
    code, out, _ = run(capsys, "claim", "set", str(path), claim_id, "--verdict", "", "--json")
    assert code == 0 and json.loads(out)["verdict"] is None
    code, out, _ = run(capsys, "claim", "delete", str(path), claim_id, "--json")
    assert code == 0 and json.loads(out) == {"deleted": claim_id}
    code, out, _ = run(capsys, "list", str(path), "--json")
    assert json.loads(out)["articles"][0]["claims"] == []


@pytest.mark.parametrize(
    "argv, message",
    [
        (["claim", "set", "{p}", "nope", "--explanation", "x"], "has no claim 'nope'"),
        (["claim", "add", "{p}", "nope", "--start", "0", "--end", "3"], "has no article 'nope'"),
        (["claim", "set", "{p}", "{c}", "--verdict", "Purple"], "No verdict 'Purple'"),
        (["claim", "set", "{p}", "{c}"], "Nothing to change"),
        (["source", "add", "{p}", "{c}", "--url", "javascript:alert(1)"], "http"),
        (["comment", "add", "{p}", "{c}", "   "], "needs some text"),
        (["review", "approve", "{p}", "{c}", "--author", "Bob"], "cannot become approved"),
    ],
)
def test_a_refused_action_exits_1_with_one_line(project, capsys, argv, message) -> None:
    path, article_id = project
    claim_id = add_claim(capsys, path, article_id)["id"]
    argv = [a.replace("{p}", str(path)).replace("{c}", claim_id) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    [line] = err.strip().splitlines()
    assert message in line and "Traceback" not in err


def test_author_names_map_to_identities(project, capsys, tmp_path) -> None:
    """The saved identity goes with the saved name; a renamed person keeps their id."""
    from annotator import app_settings

    path, article_id = project
    app_settings.save_author("Dana")
    dana_id = app_settings.saved_identity_id()
    claim = add_claim(capsys, path, article_id, "--author", "Dana")  # the last --author wins
    assert claim["author_id"] == dana_id
    code, _, _ = run(capsys, "review", "submit", str(path), claim["id"])  # no --author: saved
    assert code == 0
    app_settings.save_author("Erin")  # Dana renames herself in Preferences
    code, _, err = run(capsys, "review", "approve", str(path), claim["id"])
    assert code == 1 and "other than the claim's author" in err


def test_the_commands_run_as_a_program(project) -> None:
    path, article_id = project
    start = TEXT.index("Exports")
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "claim", "add", str(path), article_id,
         "--start", str(start), "--end", str(start + len("Exports doubled")), "--json",
         "--author", "Alice"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    claim_id = json.loads(result.stdout)["id"]
    refused = subprocess.run(
        [sys.executable, "-m", "annotator", "review", "approve", str(path), claim_id,
         "--author", "Alice"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1


def test_a_name_two_people_share_is_refused_and_the_short_id_picks_one(project, capsys) -> None:
    from annotator import app_settings
    from annotator.domain.people import legacy_person_id, short_id
    from annotator.services import ProjectService

    path, article_id = project
    app_settings.save_author("Sam")
    first = add_claim(capsys, path, article_id, "--author", "Sam")  # Sam of these settings
    app_settings.save_author("Someone Else")
    assert first["author_id"] == app_settings.saved_identity_id()
    other = ProjectService.open(path, "Sam", author_id=legacy_person_id("Sam"))
    other.create_claim(article_id, 0, 8)  # another Sam, from an older copy
    other.close()
    code, _, err = run(capsys, "review", "submit", str(path), first["id"], "--author", "Sam")
    assert code == 1 and "Several people" in err and len(err.strip().splitlines()) == 1
    label = f"Sam ({short_id(legacy_person_id('Sam'))})"
    assert (
        listed_claim(capsys, path, first["id"])["author"] == f"Sam ({short_id(first['author_id'])})"
    )
    assert run(capsys, "review", "submit", str(path), first["id"], "--author", label)[0] == 0
    code, out, _ = run(capsys, "review", "approve", str(path), first["id"], "--author", label,
                       "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["approval_current"] is True  # the other Sam approved
