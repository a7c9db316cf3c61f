"""Every command is documented, and the README's quick start is what CI runs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from annotator.cli import COMMAND_MODULES

ROOT = Path(__file__).resolve().parent.parent


def test_every_cli_command_is_in_docs_cli():
    text = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    for name in COMMAND_MODULES:
        assert f"`annotator {name} " in text, f"annotator {name} is not documented in docs/CLI.md"


def quick_start_block() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1]
    return re.search(r"```sh\n(.*?)```", quick, re.S).group(1).strip().splitlines()


def test_readme_quick_start_is_two_commands_system_step_first():
    install, test = quick_start_block()
    steps = install.split(" && ")
    assert steps[0] == "sh scripts/install-system-packages.sh"  # Qt's libraries before Qt starts
    assert steps[1:] == [
        "python3 -m venv .venv", ".venv/bin/pip install -e '.[test]'", ".venv/bin/annotator"
    ]
    # Everything but the slow tests (pyproject's addopts deselect them), then the slow ones, then
    # the type check (mypy --strict, [tool.mypy]) and the linter on everything.
    assert test == (
        ".venv/bin/python -m pytest && .venv/bin/python -m pytest -m slow"
        " && .venv/bin/mypy && .venv/bin/ruff check ."
    )
    assert "-m 'not slow'" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_ci_runs_the_readme_commands_as_it_reads_them_without_upgrading_pip():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    extract = re.search(r"quick_start=\$\((awk .*? README\.md)\)", ci).group(1)
    read = subprocess.run(["bash", "-c", extract], cwd=ROOT, capture_output=True, text=True)
    assert read.stdout.strip().splitlines() == quick_start_block()
    assert 'bash -c "$second"' in ci
    assert "--upgrade" not in ci and "pip install -e" not in ci


def test_every_migration_is_in_the_schema_doc():
    from annotator.storage.schema import migrations

    schema = (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
    for name in migrations.names():
        assert f"`{name}`" in schema
