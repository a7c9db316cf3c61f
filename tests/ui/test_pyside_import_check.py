"""PySide's per-module "does it use PySide?" check, answered from the file's bytes
(annotator/ui/pyside_import_check.py), gives PySide's own answer."""

from __future__ import annotations

import importlib.util
import inspect
import sys
from pathlib import Path
from types import ModuleType

import annotator.ui  # noqa: F401 - installs the check
import annotator.ui.main_window
from annotator.domain import claim as claim_module
from annotator.ui import pyside_import_check


def _inspect_answer(module: ModuleType) -> bool:
    """PySide's own way: the module's source, through inspect."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        return False


def _module_from(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_installed_once_annotator_ui_is_imported() -> None:
    feature = pyside_import_check._feature_module()
    assert feature is not None
    assert getattr(feature._mod_uses_pyside, "reads_bytes", False)
    assert pyside_import_check.install()  # a second time changes nothing


def test_same_answer_as_inspect(tmp_path: Path) -> None:
    check = pyside_import_check._feature_module()._mod_uses_pyside
    with_qt = tmp_path / "with_qt.py"
    with_qt.write_text("# uses PySide6 only in a comment\nVALUE = 1\n", encoding="utf-8")
    without = tmp_path / "without_qt.py"
    without.write_text("VALUE = 'é'\n", encoding="utf-8")
    modules = [
        annotator.ui.main_window,  # imports PySide6
        claim_module,  # plain Python
        sys,  # built in: no file
        _module_from(with_qt),
        _module_from(without),
    ]
    answers = [check(module) for module in modules]
    assert answers == [_inspect_answer(module) for module in modules]
    assert answers == [True, False, False, True, False]
