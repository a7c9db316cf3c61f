"""The command line: import, list, show, exit codes, authors, and `python -m annotator`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from annotator.cli import main
from annotator.services import ProjectService


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(
        "Kursk swap\n\nUkraine would trade Kursk for occupied territory 😀.\n\nSecond paragraph.\n",
        encoding="utf-8",
    )
    return path


def test_import_creates_the_project_and_prints_id_and_title(tmp_path, article_file, capsys):
    project = tmp_path / "new.annotator"
    assert main(["import", str(project), str(article_file), "--author", "Ana"]) == 0
    out = capsys.readouterr().out.strip().split("\t")
    assert out[1] == "Kursk swap"
    service = ProjectService.open(project, "x")
    try:
        article = service.article(out[0])
        assert article.author == "Ana"
        assert article.text.startswith("Kursk swap\n\nUkraine would trade")
    finally:
        service.close()


def test_a_failing_file_gets_one_line_and_nonzero_exit_while_others_import(
    tmp_path, article_file, capsys
):
    project = tmp_path / "p.annotator"
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    code = main(["import", str(project), str(binary), str(article_file)])
    captured = capsys.readouterr()
    assert code != 0
    assert len(captured.err.strip().splitlines()) == 1
    assert "image.txt" in captured.err
    assert "Traceback" not in captured.err
    assert len(captured.out.strip().splitlines()) == 1  # the good file still imported
    service = ProjectService.open(project, "x")
    try:
        assert len(service.article_ids()) == 1
    finally:
        service.close()


def test_list_json_and_show_give_claims_with_code_point_offsets(
    tmp_path, article_file, capsys, monkeypatch
):
    project = tmp_path / "p.annotator"
    main(["import", str(project), str(article_file)])
    article_id = capsys.readouterr().out.split("\t")[0]
    service = ProjectService.open(project, "Ana")
    text = service.article(article_id).text
    start = text.index("occupied")
    claim = service.create_claim(article_id, start, start + len("occupied territory 😀"))
    verdict = service.verdict_by_label("Half true")
    service.update_claim(claim.id, verdict_id=verdict.id)
    service.add_source(claim.id, url="https://example.org/map")
    service.close()

    assert main(["list", str(project), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [article] = data["articles"]
    assert article["id"] == article_id and article["title"] == "Kursk swap"
    [listed] = article["claims"]
    assert listed["quote"] == "occupied territory 😀"
    assert (listed["start"], listed["end"]) == (start, start + 20)
    assert listed["verdict"] == "Half true"
    assert listed["status"] == "draft"
    assert listed["author"] == "Ana"
    assert listed["anchor_state"] == "exact"
    assert [s["url"] for s in listed["sources"]] == ["https://example.org/map"]

    assert main(["show", str(project), article_id]) == 0
    shown = capsys.readouterr().out
    assert shown[listed["start"] : listed["end"]] == "occupied territory 😀"

    assert main(["list", str(project)]) == 0
    assert "Half true" in capsys.readouterr().out


def test_author_comes_from_flag_then_environment_then_saved_name(
    tmp_path, article_file, capsys, monkeypatch
):
    from annotator import app_settings

    app_settings.save_author("Saved Name")
    project = tmp_path / "p.annotator"
    main(["import", str(project), str(article_file)])
    monkeypatch.setenv("ANNOTATOR_AUTHOR", "Env Name")
    second = tmp_path / "second.txt"
    second.write_text("Another article.", encoding="utf-8")
    main(["import", str(project), str(second)])
    third = tmp_path / "third.txt"
    third.write_text("A third article.", encoding="utf-8")
    main(["import", str(project), str(third), "--author", "Flag Name"])
    service = ProjectService.open(project, "x")
    try:
        authors = [service.article(i).author for i in service.article_ids()]
    finally:
        service.close()
    assert authors == ["Saved Name", "Env Name", "Flag Name"]


def test_unknown_article_and_missing_project_fail_cleanly(tmp_path, capsys):
    assert main(["list", str(tmp_path / "missing.annotator")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing.annotator").exists()
    project = tmp_path / "p.annotator"
    ProjectService.open(project, "x").close()
    assert main(["show", str(project), "nope"]) == 1
    assert "no article" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command(tmp_path, article_file):
    project = tmp_path / "p.annotator"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "import", str(project), str(article_file)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\t") == 1
    listing = subprocess.run(
        [sys.executable, "-m", "annotator", "list", str(project), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert json.loads(listing.stdout)["articles"][0]["title"] == "Kursk swap"


def test_screenshot_renders_the_window_without_waiting_for_input(tmp_path):
    out = tmp_path / "shot.png"
    env_project = tmp_path / "shot.annotator"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", str(env_project), "--screenshot", str(out)],
        capture_output=True, text=True, timeout=90, stdin=subprocess.DEVNULL,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() > 600 and image.height() > 400


def test_main_py_starts_the_same_program(tmp_path):
    import os
    from pathlib import Path

    out = tmp_path / "main.png"
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    result = subprocess.run(
        [sys.executable, str(main_py), str(tmp_path / "p.annotator"), "--screenshot", str(out)],
        capture_output=True, text=True, timeout=90, stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "p.annotator").exists()  # created because it did not exist


def test_screenshot_of_a_refused_file_exits_with_one_line_instead_of_waiting(tmp_path):
    import os

    bad = tmp_path / "notes.annotator"
    bad.write_text("not a project", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "annotator", str(bad), "--screenshot", str(tmp_path / "x.png")],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("annotator:")]
    assert len(lines) == 1 and "not a SQLite database" in lines[0]
    assert "Traceback" not in result.stderr
    assert bad.read_text(encoding="utf-8") == "not a project"
