"""The layering in docs/ARCHITECTURE.md, checked on the import statements, the string literals
and the attribute accesses of every module (not on comments or prose)."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "annotator"

LAYERS = {
    # plain data and pure Python: no Qt, no SQL
    "domain": "domain",
    "errors.py": "domain",
    "anchoring": "pure",
    "matching": "pure",
    "checkworthy": "pure",
    "review": "pure",
    "interchange": "pure",
    "fetch": "pure",
    "leftovers.py": "pure",
    "resources.py": "pure",
    # the project file: the only place with SQLite SQL
    "storage": "storage",
    # the one door to a project
    "services": "services",
    # formats, the team hub and the fronts: through the services only
    "importers": "formats",
    "exporters": "formats",
    "hub": "hub",
    "commands": "front",
    "cli.py": "front",
    "cli_language.py": "front",
    "__main__.py": "front",
    "ui": "front",
    "app_settings.py": "front",
    "user_settings.py": "front",
    "about.py": "front",
    "qt_check.py": "front",
    "__init__.py": "domain",
}
"""Every package and top-level module of annotator/ and its layer (docs/ARCHITECTURE.md); a new
one fails `test_every_package_has_a_layer` until it is given one here and in the document."""

ABOVE_SERVICES = tuple(
    name for name, layer in LAYERS.items() if layer in ("formats", "hub", "front", "pure")
)
"""Packages and modules that must reach a project only through the services."""

SQL_HOMES = ("storage", "hub")
"""Where SQL may be written: storage/ (the project file, SQLite) and hub/ (the team hub's
PostgreSQL schema and queries; the hub has no project file of its own)."""

SQL = re.compile(
    r"\b(SELECT\s.+?\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"
    r"|CREATE\s+(VIRTUAL\s+)?(TABLE|INDEX|TRIGGER|VIEW)\s|DROP\s+(TABLE|INDEX|TRIGGER)\s|PRAGMA\s+\w+)",
    re.DOTALL,
)
STORAGE_HANDLES = {"store", "db", "conn"}
"""Attributes that are the project file itself (ProjectStore, sqlite-utils Database, connection)."""

NOT_YET_MOVED: dict[str, str] = {}
"""Known offenders of the `.store` rule, each with the reason; the test fails once one is clean,
so the list can only shrink."""

RAW_HANDLES = {"db", "conn"}
"""Services may hand `project.store` to storage functions, never its database or connection."""


def tree_of(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"))


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree_of(path)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(package: str, root: Path = PACKAGE) -> list[Path]:
    if package.endswith(".py"):
        return [root / package] if (root / package).exists() else []
    return sorted((root / package).rglob("*.py"))


def above_services(root: Path = PACKAGE) -> list[Path]:
    return [p for package in ABOVE_SERVICES for p in modules(package, root)]


def offending(package: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in modules(package):
        for name in imports_of(path):
            if name.startswith(forbidden):
                found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


def sql_strings(source: str) -> list[str]:
    """String literals (docstrings included, f-strings by their constant parts) that are SQL."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and SQL.search(node.value)
        ):
            found.append(node.value.strip()[:60])
    return found


def storage_handles(source: str) -> list[str]:
    """`x.store`, `x.db`, `x.conn` attribute accesses (reads or calls through them)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in STORAGE_HANDLES:
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


def test_the_checks_catch_what_they_look_for():
    planted = '''
def f(service):
    rows = service.store.db.execute("SELECT id FROM claims WHERE x = ?", [1])
    service.db.execute(f"UPDATE claims SET explanation = {1}")
    return "delete from the list, then select a new one"  # prose is not SQL
'''
    assert len(sql_strings(planted)) == 2
    assert sorted(h.split(": ")[1] for h in storage_handles(planted)) == [".db", ".db", ".store"]


PURE_FORBIDDEN = (
    "PySide6", "sqlite3", "sqlite_utils", "annotator.storage", "annotator.services", "annotator.ui",
)  # fmt: skip


def test_domain_has_no_qt_no_sql_no_other_layers():
    assert offending("domain", PURE_FORBIDDEN) == []


def test_anchoring_is_pure_python():
    assert offending("anchoring", PURE_FORBIDDEN) == []


def test_storage_has_no_qt_and_no_upper_layers():
    upper = ("annotator.services", "annotator.ui", "annotator.importers", "annotator.exporters")
    assert offending("storage", ("PySide6", *upper)) == []


def test_importers_and_exporters_have_no_widgets_and_no_sql():
    forbidden = ("PySide6.QtWidgets", "sqlite3", "sqlite_utils", "annotator.storage")
    forbidden += ("annotator.ui",)
    for package in ("importers", "exporters", "interchange", "review"):
        assert offending(package, forbidden) == []


def test_services_have_no_qt_and_no_sql_strings():
    assert offending("services", ("PySide6", "sqlite3", "annotator.ui")) == []
    for path in modules("services"):
        assert sql_strings(path.read_text(encoding="utf-8")) == [], f"{path.name} contains SQL"


def unlisted_and_gone(root: Path = PACKAGE) -> tuple[set[str], set[str]]:
    """(packages and modules of `root` not in LAYERS, names in LAYERS that `root` lacks)."""
    present = {p.name for p in root.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    present |= {p.parent.name for p in root.glob("*/*.py")}  # a folder of modules counts too
    return present - set(LAYERS), set(LAYERS) - present


def sql_outside_its_homes(root: Path = PACKAGE) -> list[str]:
    """Each module outside SQL_HOMES with SQL in a string literal, and what it says."""
    found = []
    for name in LAYERS:
        if name in SQL_HOMES:
            continue
        for path in modules(name, root):
            sql = sql_strings(path.read_text(encoding="utf-8"))
            if sql:
                found.append(f"{path.relative_to(root)} contains SQL: {sql}")
    return found


def handles_above_services(root: Path = PACKAGE) -> dict[str, list[str]]:
    """Module (relative to `root`) -> its `.store`/`.db`/`.conn` accesses, above the services."""
    found = {}
    for path in above_services(root):
        handles = storage_handles(path.read_text(encoding="utf-8"))
        if handles:
            found[path.relative_to(root).as_posix()] = handles
    return found


def test_every_package_has_a_layer():
    unlisted, gone = unlisted_and_gone()
    assert unlisted == set(), "give the new package a layer in LAYERS"
    assert gone == set(), "a package in LAYERS is gone: remove it"


def test_sql_is_written_only_in_storage_and_the_hub():
    assert sql_outside_its_homes() == []


def test_services_never_hand_a_database_or_connection_down():
    for path in modules("services"):
        handles = [
            h for h in storage_handles(path.read_text(encoding="utf-8"))
            if h.split(".")[-1] in RAW_HANDLES
        ]
        assert handles == [], f"{path.relative_to(PACKAGE)} reaches {handles}"


def test_ui_and_cli_never_touch_sql_directly():
    assert offending("ui", ("sqlite3", "sqlite_utils", "annotator.storage")) == []
    assert (
        offending(
            "commands", ("sqlite3", "sqlite_utils", "PySide6", "annotator.ui", "annotator.storage")
        )
        == []
    )


def test_nothing_above_services_reaches_the_store_or_a_connection():
    found = handles_above_services()
    for name in NOT_YET_MOVED:
        assert name in found, f"{name} no longer reaches the store: remove it from NOT_YET_MOVED"
    assert {n: h for n, h in found.items() if n not in NOT_YET_MOVED} == {}


def test_the_tree_checks_fail_on_planted_offenders(tmp_path: Path):
    """The checks above, run on a copy of annotator/ with one offender of each kind planted:
    a room reaching `.store` and `.db`, a command and a pure module writing SQL, a package
    that LAYERS does not list."""
    root = tmp_path / "annotator"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "ui" / "reader" / "sneaky.py").write_text(
        '"""Planted."""\n\ndef f(window):\n    return window.service.store.db.conn\n'
    )
    (root / "commands" / "sneaky.py").write_text(
        '"""Planted."""\n\nQUERY = "SELECT id FROM claims WHERE article_id = ?"\n'
    )
    (root / "anchoring" / "sneaky.py").write_text(
        '"""Planted."""\n\nQUERY = f"DELETE FROM claims WHERE id = {1}"\n'
    )
    (root / "gadgets").mkdir()
    (root / "gadgets" / "__init__.py").write_text('"""Planted: a package with no layer."""\n')
    (root / "about.py").unlink()
    assert unlisted_and_gone(root) == ({"gadgets"}, {"about.py"})
    assert handles_above_services(root) == {
        "ui/reader/sneaky.py": ["line 4: .conn", "line 4: .db", "line 4: .store"]
    }
    assert sorted(f.split(" contains")[0] for f in sql_outside_its_homes(root)) == [
        "anchoring/sneaky.py",
        "commands/sneaky.py",
    ]


def test_the_command_line_does_not_load_qt():
    for path in [*modules("commands"), PACKAGE / "cli.py"]:
        assert not any(n.startswith("PySide6") for n in imports_of(path)), path.name
    assert not any(n.startswith("PySide6") for n in imports_of(PACKAGE / "user_settings.py"))
    # the command line's translations: QtCore's QTranslator, imported only for another language
    # than English (tests/cli/test_cli_language.py), never QtWidgets or QtGui
    qt = {n for n in imports_of(PACKAGE / "cli_language.py") if n.startswith("PySide6")}
    assert qt == {"PySide6.QtCore"}


def test_test_data_generators_do_not_ship_in_the_package():
    assert not (PACKAGE / "storage" / "merge_synthetic.py").exists()
