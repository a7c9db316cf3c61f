"""Pages built to trip parsers: thousands of nested elements."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.importers import import_path

SENTENCE = "The council approved the budget on Monday after a long debate."


@pytest.mark.parametrize("depth", [300, 10_000])
def test_text_inside_deeply_nested_divs_imports(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "nested.html"
    path.write_text(
        f"<html><body>{'<div>' * depth}<p>{SENTENCE}</p>{'</div>' * depth}</body></html>",
        encoding="utf-8",
    )
    assert import_path(path).text == SENTENCE
