"""The files beside the code are found through importlib.resources, as in an installed wheel."""

from __future__ import annotations

import runpy
from importlib import resources
from pathlib import Path

import pytest

from annotator.resources import resource_path, resources_dir

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [
    ("templates", "report.html.j2"),
    ("templates", "report.md.j2"),
    ("templates", "report.qt.html.j2"),
    ("sample", "bessent-ukraine.md"),
    ("sample", "bessent-ukraine.json"),
    ("icons", "annotator.svg"),
    ("styles", "annotator.qss"),
    ("translations", "annotator_es.qm"),
    ("translations", "annotator_uk.qm"),
    ("translations", "annotator_ar.qm"),
]


def test_the_installed_package_is_the_repository_resources_folder():
    # The test environment is the README's editable install: setup.py maps the package here.
    assert (
        Path(str(resources.files("annotator.assets"))).resolve() == (ROOT / "resources").resolve()
    )
    assert resources_dir().resolve() == (ROOT / "resources").resolve()


def test_every_shipped_file_is_found():
    for parts in SHIPPED:
        assert resource_path(*parts).is_file(), parts


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # setuptools' own import machinery
def test_setup_packages_every_code_folder_and_the_resources(monkeypatch: pytest.MonkeyPatch):
    import setuptools

    given: dict = {}
    monkeypatch.setattr(setuptools, "setup", lambda **options: given.update(options))
    monkeypatch.chdir(ROOT)
    runpy.run_path(str(ROOT / "setup.py"))
    code_folders = {
        ".".join(folder.relative_to(ROOT).parts)
        for folder in [ROOT / "annotator", *(ROOT / "annotator").rglob("*")]
        if folder.is_dir() and any(folder.glob("*.py"))
    }
    assert code_folders <= set(given["packages"])  # annotator.ui, storage.migrations among them
    assert {"annotator.ui", "annotator.storage.migrations"} <= code_folders
    assert "annotator.assets" in given["packages"]
    assert given["package_dir"] == {"annotator.assets": "resources"}
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"annotator.assets" = ["**/*"]' in pyproject
