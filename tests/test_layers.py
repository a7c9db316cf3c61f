"""The layering in docs/ARCHITECTURE.md, checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "annotator"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(package: str) -> list[Path]:
    return sorted((PACKAGE / package).rglob("*.py"))


def offending(package: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in modules(package):
        for name in imports_of(path):
            if name.startswith(forbidden):
                found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


def test_domain_has_no_qt_no_sql_no_other_layers():
    assert offending("domain", ("PySide6", "sqlite3", "sqlite_utils", "annotator.storage", "annotator.services", "annotator.ui")) == []


def test_anchoring_is_pure_python():
    assert offending("anchoring", ("PySide6", "sqlite3", "sqlite_utils", "annotator.storage", "annotator.services", "annotator.ui")) == []


def test_storage_has_no_qt_and_no_upper_layers():
    assert offending("storage", ("PySide6", "annotator.services", "annotator.ui", "annotator.importers", "annotator.exporters")) == []


def test_importers_and_exporters_have_no_widgets_and_no_sql():
    forbidden = ("PySide6.QtWidgets", "sqlite3", "sqlite_utils", "annotator.storage", "annotator.ui")
    assert offending("importers", forbidden) == []
    assert offending("exporters", forbidden) == []


def test_services_have_no_qt_and_no_sql_strings():
    assert offending("services", ("PySide6", "sqlite3", "annotator.ui")) == []


def test_ui_and_cli_never_touch_sql_directly():
    assert offending("ui", ("sqlite3", "sqlite_utils", "annotator.storage")) == []
    assert offending("commands", ("sqlite3", "sqlite_utils", "PySide6.QtWidgets", "annotator.ui")) == []
    for path in [*modules("ui"), *modules("commands"), PACKAGE / "cli.py"]:
        source = path.read_text(encoding="utf-8")
        for keyword in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"):
            assert keyword not in source, f"{path.name} contains SQL ({keyword.strip()})"
