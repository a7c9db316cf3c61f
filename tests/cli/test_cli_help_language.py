"""`annotator --help` and argparse's own words (usage, headings, usage errors) in the command
line's language; English needs no Qt, and machine output stays as it is."""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from annotator import cli_language
from annotator.commands import argparse_words
from annotator.domain import ArticleDraft
from annotator.services import ProjectService


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True, text=True, timeout=60, env={**environ, **env},
    )  # fmt: skip


def test_the_top_level_help_in_spanish():
    result = _run("--help", LANGUAGE="es")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("uso: annotator [-h] [--version] COMMAND ...\n")
    assert "\nargumentos posicionales:\n" in out and "\nopciones:\n" in out
    assert "mostrar este mensaje de ayuda y salir" in out
    assert "mostrar el número de versión del programa y salir" in out
    assert "Annotator: resalte afirmaciones, adjunte fuentes y veredictos" in out
    assert "listar los artículos y sus afirmaciones (--json para" in out
    assert "añadir artículos desde archivos (.txt, .text, .md" in out  # HELP_VALUES filled in
    assert out.endswith(
        "\nSin orden: annotator [PROJECT] [--screenshot OUT.png] abre la ventana.\n"
    )
    assert "usage:" not in out and "show this help" not in out


def test_a_subcommands_help_in_ukrainian():
    result = _run("claim", "add", "--help", LANGUAGE="uk")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("використання: annotator claim add [-h] --start START --end END")
    assert "\nпозиційні аргументи:\n  PROJECT               файл проєкту\n" in out
    assert "\nпараметри:\n  -h, --help            показати цю довідку й вийти\n" in out
    assert "  --start START         перша кодова точка цитати\n" in out
    assert "  --json                вивести твердження як JSON (docs/CLI.md)\n" in out


def test_a_subcommands_help_in_arabic():
    result = _run("hub", "push", "--help", LANGUAGE="ar")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("الاستخدام: annotator hub push [-h]")
    assert "  --json           اطبع ما حدث بصيغة JSON\n" in result.stdout
    listing = _run("hub", "--help", LANGUAGE="ar").stdout
    assert "أرسل عملي الجديد إلى المركز" in listing  # push's help in the list of actions
    assert "اجلب ثم أرسل" in listing  # sync's


def test_the_english_help_is_unchanged_and_loads_no_qt():
    code = (
        "import sys\nfrom annotator.cli import main\n"
        "try:\n    main(['claim', 'add', '--help'])\nexcept SystemExit:\n"
        "    print(any(name.startswith('PySide6') for name in sys.modules))"
    )
    environ = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env={**environ, "LANG": "en_GB.UTF-8"})  # fmt: skip
    out = result.stdout
    assert out.startswith("usage: annotator claim add [-h] --start START --end END")
    assert "\npositional arguments:\n  PROJECT               the project file\n" in out
    assert "\noptions:\n  -h, --help            show this help message and exit\n" in out
    assert "  --start START         first code point of the quote\n" in out
    assert out.endswith("\nFalse\n")  # no PySide6 module was loaded


def test_a_usage_error_is_translated():
    result = _run("claim", "add", "p.annotator", LANGUAGE="es")
    assert result.returncode == 2
    assert result.stderr.startswith("uso: annotator claim add [-h]")
    assert result.stderr.endswith(
        "annotator claim add: error: se requieren los siguientes argumentos: ARTICLE_ID, "
        "--start, --end\n"
    )
    result = _run("source", "kinds", "p.annotator", "--add", "x", LANGUAGE="uk")
    assert result.stderr.endswith(
        "annotator source kinds: помилка: аргумент --add: очікувалося 2 аргументи\n"
    )  # the count's plural form ("few" in Ukrainian)
    result = _run("export", "p.annotator", "-f", "nope", LANGUAGE="ar")
    assert result.stderr.endswith(
        "annotator export: خطأ: الوسيط --format/-f: اختيار غير صالح: 'nope' (اختر من بين "
        "'html', 'pdf', 'markdown', 'csv', 'json', 'claimreview', 'w3c', 'warc')\n"
    )
    result = _run("--bogus", LANGUAGE="es")  # the window's own parser
    assert result.stderr.endswith("annotator: error: argumentos no reconocidos: --bogus\n")


def test_json_output_stays_as_in_english(tmp_path: Path):
    project = tmp_path / "p.annotator"
    service = ProjectService.open(project, "Ana", create=True)
    article = service.add_article(ArticleDraft(title="Kursk", text="The swap was agreed."))
    service.create_claim(article.id, 4, 8)
    service.close()
    english = _run("list", str(project), "--json", LANG="C.UTF-8")
    arabic = _run("list", str(project), "--json", LANGUAGE="ar")
    assert english.returncode == arabic.returncode == 0, arabic.stderr
    assert arabic.stdout == english.stdout
    assert json.loads(arabic.stdout)["articles"][0]["claims"][0]["quote"] == "swap"


def test_english_puts_argparse_back():
    try:
        assert cli_language.setup({"LANGUAGE": "es"}) == "es"
        assert argparse.ArgumentParser(prog="x").format_help() == (
            "uso: x [-h]\n\nopciones:\n  -h, --help  mostrar este mensaje de ayuda y salir\n"
        )
    finally:
        cli_language.setup({"LANGUAGE": "en"})
    assert argparse.ArgumentParser(prog="x").format_help() == (
        "usage: x [-h]\n\noptions:\n  -h, --help  show this help message and exit\n"
    )


PARSER_BUILDING = {  # argparse's errors about a wrongly built parser: a programmer's, not a user's
    ".__call__() not defined",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    'argument "-" with mode %r',
    "cannot merge actions - two groups are named %r",
    "'required' is an invalid argument for positionals",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "mutually exclusive arguments must be optional",
    "cannot have multiple subparser arguments",
    "%r is not callable",
}


def test_every_text_argparse_shows_a_user_is_marked():
    """Fails on a Python whose argparse has a user-facing text argparse_words does not mark."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    texts = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }
    assert texts - PARSER_BUILDING == set(argparse_words.WORDS)
