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
        assert len(rows) == 4


def test_export_options(project_file, capsys):
    assert cli.main(["export", str(project_file), "-f", "csv", "--approved-only", "--no-bom", "--csv-per-source"]) == 0
    out = capsys.readouterr().out
    assert not out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["status"] for r in rows} == {"approved"}
    assert "source_url" in rows[0]
    assert cli.main(["export", str(project_file), "-f", "json", "--no-drafts"]) == 0
    statuses = [c["status"] for c in json.loads(capsys.readouterr().out)["articles"][0]["claims"]]
    assert "draft" not in statuses and len(statuses) == 3


def test_export_to_files(qapp, project_file, tmp_path, capsys):
    out = tmp_path / "report.pdf"  # qapp: a QApplication exists, as in the window
    assert cli.main(["export", str(project_file), "--format", "pdf", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    html = tmp_path / "report.html"
    assert cli.main(["export", str(project_file), "--format", "html", "-o", str(html), "--report-date", "2025-03-01"]) == 0
    assert "2025-03-01" in html.read_text(encoding="utf-8")
    assert "wrote 4 claims" in capsys.readouterr().err


def test_export_errors(project_file, tmp_path, capsys):
    assert cli.main(["export", str(project_file), "--format", "pdf"]) == 1
    assert "-o" in capsys.readouterr().err
    assert cli.main(["export", str(project_file), "--format", "html", "--article", "nope"]) == 1
    assert "no article" in capsys.readouterr().err
    assert cli.main(["export", str(tmp_path / "missing.annotator"), "--format", "html"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert cli.main(["export", str(project_file), "-f", "html", "-o", str(tmp_path / "no" / "dir.html")]) == 1
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
    assert cli.main(["export", str(project_file), "-f", "w3c", "-o", str(w3c)]) == 0
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
