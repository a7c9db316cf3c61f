"""Where the files that ship next to the code (report templates...) are found."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside the repository's top-level `resources/` folder."""
    return RESOURCES_DIR.joinpath(*parts)
