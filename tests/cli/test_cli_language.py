"""The command line speaks the system's language (or the one chosen in Preferences): its
one-line errors and status lines come from the window's .qm files; English needs no Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import app_settings, cli_language
from annotator.domain import DEFAULT_SCALE, Verdict
from annotator.errors import NotAProjectError, msg
from annotator.exporters.claimreview import joined
from annotator.services import ProjectService


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True, text=True, timeout=60, env={**environ, **env},
    )  # fmt: skip


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "notas.txt"
    path.write_text("Not a project at all.", encoding="utf-8")
    return path


def test_an_error_is_printed_in_the_systems_language(notes: Path):
    result = _run("list", str(notes), LANGUAGE="es", LANG="C.UTF-8")
    assert result.returncode == 1
    assert result.stderr == (
        "annotator list: notas.txt no es un proyecto de Annotator "
        "(no es una base de datos SQLite).\n"
    )
    assert _run("list", str(notes), LANG="uk_UA.UTF-8").stderr == (
        "annotator list: notas.txt не є проєктом Annotator (це не база даних SQLite).\n"
    )
    assert _run("list", str(notes), LANGUAGE="fr:en:es").stderr == (
        "annotator list: notas.txt is not an Annotator project (it is not a SQLite database).\n"
    )  # the first shipped language of the list wins, English among them


def test_the_preferences_language_overrides_the_system(notes: Path):
    settings = app_settings.qsettings()
    settings.setValue("preferences/language", "ar")
    settings.sync()
    result = _run("list", str(notes), LANGUAGE="es")
    assert result.returncode == 1
    assert result.stderr == (
        "annotator list: \u200fnotas.txt ليس مشروع Annotator (ليس قاعدة بيانات SQLite).\n"
    )


def test_english_loads_no_qt(notes: Path):
    code = (
        "import sys\nfrom annotator.cli import main\n"
        f"code = main(['list', {str(notes)!r}])\n"
        "print(code, any(name.startswith('PySide6') for name in sys.modules))"
    )
    environ = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env={**environ, "LANG": "en_GB.UTF-8"})  # fmt: skip
    assert result.stdout == "1 False\n"
    assert result.stderr.startswith("annotator list: notas.txt is not an Annotator project")


def test_the_rule_that_picks_the_language():
    assert cli_language.resolve("", {"LANGUAGE": "fr:uk:es"}) == "uk"
    assert cli_language.resolve("", {"LC_ALL": "es_MX.UTF-8", "LANG": "uk_UA.UTF-8"}) == "es"
    assert cli_language.resolve("", {"LC_MESSAGES": "ar_EG", "LANG": "es_ES"}) == "ar"
    assert cli_language.resolve("", {"LANG": "de_DE.UTF-8"}) == "en"
    assert cli_language.resolve("", {}) == "en"
    assert cli_language.resolve("es", {"LANGUAGE": "uk"}) == "es"


def test_nested_messages_and_plurals_are_translated_in_ukrainian():
    try:
        assert cli_language.setup({"LANGUAGE": "uk"}) == "uk"
        missing = [
            msg("the absolute URL of the published fact-check (set the report URL in Project "
                "Settings, or the article's published-report URL in Article Properties) for "
                "{names}", names="“Kursk swap”"),
            msg("the organisation that publishes it (its `author`: set the organisation name "
                "in Project Settings)"),
        ]  # fmt: skip
        error = NotAProjectError(msg("ClaimReview needs {missing}.", missing=joined(missing)))
        assert cli_language.error_text(error) == (
            "ClaimReview потребує: абсолютну URL-адресу опублікованої перевірки фактів (вкажіть "
            "URL-адресу звіту в налаштуваннях проєкту або URL-адресу опублікованого звіту статті "
            "у властивостях статті) для “Kursk swap”; а також організацію, що його публікує "
            "(його `author`: вкажіть назву організації в налаштуваннях проєкту)."
        )
        tr = cli_language.translator("commands.hub")
        said = [tr("%n item(s) changed on the hub meanwhile; sync again.", n=n) for n in (1, 3, 5)]
        assert said == [
            "1 елемент тим часом змінився на хабі; синхронізуйте ще раз.",
            "3 елементи тим часом змінилися на хабі; синхронізуйте ще раз.",
            "5 елементів тим часом змінилися на хабі; синхронізуйте ще раз.",
        ]
    finally:
        cli_language.setup({"LANGUAGE": "en"})
    assert tr("%n item(s) changed on the hub meanwhile; sync again.", n=1) == (
        "1 item changed on the hub meanwhile; sync again."
    )


def test_export_checklist_and_hub_status_lines_in_spanish(tmp_path: Path, monkeypatch, capsys):
    from annotator.cli import main
    from annotator.services import ProjectService

    project = tmp_path / "vacío.annotator"
    ProjectService.open(project, "Ana", create=True).close()
    out = tmp_path / "informe.md"
    monkeypatch.setenv("LANGUAGE", "es")
    try:
        assert main(["export", str(project), "-f", "markdown", "-o", str(out)]) == 0
        assert capsys.readouterr().err == (
            "annotator export: lista de comprobación: Nada que exportar: ninguna afirmación del "
            "alcance está aprobada (los borradores quedan fuera).\n"
            f"annotator export: se escribieron 0 afirmaciones en {out}\n"
        )
        assert main(["hub", "status", str(project)]) == 0
        assert capsys.readouterr().out == "No está conectado a ningún hub.\n"
        assert main(["hub", "status", str(project), "--json"]) == 0
        assert '"connected": false' in capsys.readouterr().out  # machine output stays as is
    finally:
        cli_language.setup({})


def test_a_read_only_projects_notice_is_in_spanish(tmp_path: Path):
    from annotator.services import ProjectService

    project = tmp_path / "archivo.annotator"
    ProjectService.open(project, "Ana", create=True).close()
    project.chmod(0o444)
    result = _run("list", str(project), LANGUAGE="es")
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "annotator list: Solo lectura: archivo.annotator está protegido contra escritura. "
        "Puede leerlo y exportarlo, pero los cambios no se pueden guardar.\n"
    )


def test_counts_are_written_in_the_languages_digits():
    tr = cli_language.translator("commands.hub")
    text = "%n item(s) changed on the hub meanwhile; sync again."
    try:
        assert cli_language.setup({"LANGUAGE": "ar"}) == "ar"
        assert tr(text, n=12) == "تغيّر ١٢ عنصرًا على المركز في الأثناء؛ زامن مرة أخرى."
        assert cli_language.number(1234) == "١٬٢٣٤"
        cli_language.setup({"LANGUAGE": "es"})
        assert cli_language.number(12345) == "12.345"
    finally:
        cli_language.setup({"LANGUAGE": "en"})
    assert tr(text, n=12) == "12 items changed on the hub meanwhile; sync again."
    assert cli_language.number(12345) == "12345"


def test_a_merge_summary_is_printed_in_the_systems_language(tmp_path: Path):
    ours_text, theirs_text = tmp_path / "nota.txt", tmp_path / "otra.txt"
    ours_text.write_text("El ministro dijo que el paro bajó un 3 % en 2025.", encoding="utf-8")
    theirs_text.write_text("Las tierras raras valen 500.000 millones.", encoding="utf-8")
    ours, theirs = tmp_path / "nuestro.annotator", tmp_path / "suyo.annotator"
    assert _run("import", str(ours), str(ours_text)).returncode == 0
    assert _run("import", str(theirs), str(theirs_text)).returncode == 0
    result = _run("merge", str(ours), str(theirs), LANGUAGE="es")
    assert result.returncode == 0, result.stderr
    # the colleague's one article is new to us; the second line counts it by kind
    assert result.stdout.splitlines()[:2] == [
        "añadidos: 1, actualizados: 0, sin cambios: 0, conflictos: 0, eliminados: 0",
        "  artículos: añadidos: 1, actualizados: 0, sin cambios: 0, conflictos: 0, eliminados: 0",
    ]


def test_an_update_summary_is_printed_in_the_systems_language(tmp_path: Path):
    first, second = tmp_path / "v1.txt", tmp_path / "v2.txt"
    first.write_text("Uno dos tres.", encoding="utf-8")
    second.write_text("Uno dos tres cuatro.", encoding="utf-8")
    project = tmp_path / "p.annotator"
    imported = _run("import", str(project), str(first))
    article_id = imported.stdout.split("\t")[0]
    result = _run("update", str(project), article_id, str(second), LANGUAGE="es")
    assert result.returncode == 0, result.stderr
    # the summary is words; the per-state lines below it are machine-readable and stay English
    assert result.stdout.splitlines() == [
        "Versión 2 de «Uno dos tres.»: exactas: 0, movidas: 0, cambiadas: 0, huérfanas: 0",
        "exact\t0", "moved\t0", "changed\t0", "orphaned\t0",
    ]  # fmt: skip


def _labels(project: Path) -> list[str]:
    listed = _run("verdicts", "list", str(project), LANGUAGE="en")
    assert listed.returncode == 0, listed.stderr
    return [line.split("\t")[1] for line in listed.stdout.splitlines()]


def test_a_new_projects_verdicts_are_in_the_systems_language(tmp_path: Path):
    article = tmp_path / "nota.txt"
    article.write_text("El puente costará 48 millones de libras.", encoding="utf-8")
    project = tmp_path / "redaccion.annotator"
    assert _run("import", str(project), str(article), LANGUAGE="es").returncode == 0
    spanish = ["Verdadero", "Mayormente verdadero", "Verdad a medias", "Mayormente falso",
               "Falso", "Engañoso", "Sin pruebas"]  # fmt: skip
    assert _labels(project) == spanish
    # the labels are the project's data now: a colleague in Ukrainian sees them as written
    assert _run("import", str(project), str(article), LANGUAGE="uk").returncode == 0
    assert _labels(project) == spanish
    # a template in Spanish keeps the verdicts of the same name and adds PolitiFact's sixth step
    ids = [v.id for v in _verdicts(project)]
    assert _run("verdicts", "template", str(project), "politifact", LANGUAGE="es").returncode == 0
    after = _verdicts(project)
    assert [v.label for v in after] == [*spanish[:5], "Ridículamente falso"]
    assert [v.id for v in after[:5]] == ids[:5]


def _verdicts(path: Path) -> list[Verdict]:
    project = ProjectService.open_for_reading(path, "Reader")
    try:
        return list(project.verdicts())
    finally:
        project.close()


def test_an_english_new_project_keeps_the_english_scale(tmp_path: Path):
    article = tmp_path / "note.txt"
    article.write_text("The bridge will cost 48 million pounds.", encoding="utf-8")
    project = tmp_path / "desk.annotator"
    assert _run("import", str(project), str(article), LANGUAGE="en").returncode == 0
    assert _labels(project) == [label for label, _, _ in DEFAULT_SCALE]
