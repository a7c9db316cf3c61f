"""`annotator export` and `annotator import-annotations`: output and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from annotator import cli
from annotator.domain import ArticleDraft
from annotator.services import ProjectService
from tests.exporters.conftest import ARTICLE_TEXT, build_checked_project

HYPOTHESIS = Path(__file__).parent / "fixtures" / "hypothesis_export.json"


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "checked.annotator"
    service = ProjectService.open(path, "Tester")
    try:
        build_checked_project(service)
    finally:
        service.close()
    return path


@pytest.mark.parametrize("fmt", ["html", "markdown", "csv", "json", "claimreview", "w3c"])
def test_text_formats_go_to_stdout(project_file, fmt, capsys):
    assert cli.main(["export", str(project_file), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert out
    if fmt in ("json", "claimreview", "w3c"):
        json.loads(out)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
        assert {r["status"] for r in rows} == {"approved"} and len(rows) == 2  # approved only


def test_export_options(project_file, capsys):
    assert (
        cli.main(
            [
                "export",
                str(project_file),
                "-f",
                "csv",
                "--approved-only",
                "--no-bom",
                "--csv-per-source",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert not out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["status"] for r in rows} == {"approved"}
    assert "source_url" in rows[0]
    assert cli.main(["export", str(project_file), "-f", "json", "--include-drafts"]) == 0
    statuses = [c["status"] for c in json.loads(capsys.readouterr().out)["articles"][0]["claims"]]
    assert "draft" in statuses and len(statuses) == 4


def test_export_to_files(qapp, project_file, tmp_path, capsys):
    out = tmp_path / "report.pdf"  # qapp: a QApplication exists, as in the window
    assert cli.main(["export", str(project_file), "--format", "pdf", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    html = tmp_path / "report.html"
    assert (
        cli.main(
            [
                "export",
                str(project_file),
                "--format",
                "html",
                "-o",
                str(html),
                "--report-date",
                "2025-03-01",
            ]
        )
        == 0
    )
    assert "2025-03-01" in html.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "wrote 2 claims" in err  # the two approved ones
    assert "checklist: 1 orphaned claim" in err and "checklist: 1 claim without sources" in err


def test_export_errors(project_file, tmp_path, capsys):
    assert cli.main(["export", str(project_file), "--format", "pdf"]) == 1
    assert "-o" in capsys.readouterr().err
    assert cli.main(["export", str(project_file), "--format", "html", "--article", "nope"]) == 1
    assert "no article" in capsys.readouterr().err
    assert cli.main(["export", str(tmp_path / "missing.annotator"), "--format", "html"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert (
        cli.main(
            ["export", str(project_file), "-f", "html", "-o", str(tmp_path / "no" / "dir.html")]
        )
        == 1
    )
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["export", str(project_file), "--format", "docx"])
    assert exit_info.value.code == 2


def test_import_annotations_exit_codes(tmp_path, project_file, capsys):
    target = tmp_path / "fresh.annotator"
    service = ProjectService.open(target, "Tester")
    service.add_article(ArticleDraft(title="B", text=ARTICLE_TEXT, url="https://www.theepochtimes.com/world/bessent-ukraine-5806541"))
    service.close()
    # Some annotations cannot be placed: exit 2, and each is listed.
    assert cli.main(["import-annotations", str(target), str(HYPOTHESIS)]) == 2
    out = capsys.readouterr().out
    assert "Imported 3 of 5" in out
    assert out.count("not imported\t") == 2 and out.count("orphaned\t") == 1
    # A clean W3C round trip: exit 0.
    w3c = tmp_path / "a.jsonld"
    assert (
        cli.main(["export", str(project_file), "-f", "w3c", "-o", str(w3c), "--include-drafts"])
        == 0
    )
    other = tmp_path / "other.annotator"
    service = ProjectService.open(other, "Tester")
    service.add_article(ArticleDraft(title="B", text=ARTICLE_TEXT, url="https://www.theepochtimes.com/world/bessent-ukraine-5806541"))
    service.close()
    assert cli.main(["import-annotations", str(other), str(w3c)]) == 0
    assert "Imported 4 of 4" in capsys.readouterr().out
    # Not an annotation file: exit 1 with the file named.
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    assert cli.main(["import-annotations", str(other), str(bad)]) == 1
    assert "bad.json" in capsys.readouterr().err


def test_claimreview_refuses_an_invalid_document(tmp_path, capsys):
    """No report URL and no organisation: nothing written, exit 1, and what is missing is named."""
    path = tmp_path / "bare.annotator"
    service = ProjectService.open(path, "Ana")
    article = service.add_article(
        ArticleDraft(title="Bare", text="The bridge cost 40 million euros.")
    )
    claim = service.create_claim(
        article.id,
        0,
        32,
        verdict_id=service.verdict_by_label("False").id,
        explanation="Audit says 55 million.",
        status="ready_for_review",
    )
    service.author = "Ben"
    from annotator.services.review import approve

    approve(service, claim.id)
    service.close()
    out = tmp_path / "bare.jsonld"
    assert cli.main(["export", str(path), "-f", "claimreview", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "absolute URL of the published fact-check" in err and "organisation" in err
    assert not out.exists()
    assert (
        cli.main(["export", str(path), "-f", "claimreview", "-o", str(out), "--allow-incomplete"])
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))[0]["url"] == "#claim-1"
    # The article's own published-report URL, set from the CLI, becomes the reviews' url.
    assert (
        cli.main(
            [
                "article",
                "set",
                str(path),
                article.id,
                "--report-url",
                "https://desk.example.org/bridge",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["report_url"] == "https://desk.example.org/bridge"
    assert cli.main(["export", str(path), "-f", "claimreview", "-o", str(out)]) == 1
    assert "absolute URL" not in capsys.readouterr().err  # only the organisation is missing now
    service = ProjectService.open(path, "Ana")
    service.update_settings({"organisation_name": "Desk"})
    service.close()
    assert cli.main(["export", str(path), "-f", "claimreview", "-o", str(out)]) == 0
    [review] = json.loads(out.read_text(encoding="utf-8"))
    assert review["url"] == "https://desk.example.org/bridge#claim-1"
    assert review["author"] == {"@type": "Organization", "name": "Desk"}
