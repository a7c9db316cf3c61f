"""The command line reads the author the window saved, without loading Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from annotator import app_settings, user_settings


@pytest.mark.parametrize(
    "name",
    [
        "Ana",
        "Ana María Łukasz",
        "O'Brien, Jr.",
        "@handle",
        'Say "hi"',
        "back\\slash",
        "Zoë 😀",
        "  spaced  ",
    ],
)
def test_the_name_saved_by_the_window_is_read_without_qt(name):
    app_settings.save_author(name)
    assert user_settings.saved_author() == app_settings.saved_author()
    assert user_settings.resolve_author() == name.strip()


def test_the_cli_does_not_import_qt(tmp_path):
    code = (
        "import sys; from annotator.cli import main; "
        f"main(['list', {str(tmp_path / 'missing.annotator')!r}]); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr
