"""Every command is documented, and the README's quick start is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

from annotator.cli import COMMAND_MODULES

ROOT = Path(__file__).resolve().parent.parent


def test_every_cli_command_is_in_docs_cli():
    text = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    for name in COMMAND_MODULES:
        assert f"`annotator {name} " in text, f"annotator {name} is not documented in docs/CLI.md"


def test_readme_quick_start_has_two_commands_and_ci_runs_them():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", quick, re.S).group(1).strip().splitlines()
    assert len(block) == 2
    install, test = block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet -e '.[test]'" in ci and "-e '.[test]'" in install
    assert test.strip() in ci


def test_every_migration_is_in_the_schema_doc():
    from annotator.storage.schema import migrations

    schema = (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
    for migration in migrations._migrations:
        assert f"`{migration.name}`" in schema
