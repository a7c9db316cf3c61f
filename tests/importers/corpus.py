"""Where the shared corpus of real files is (read-only; tests skip when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
CORPUS = _ROOT / ".." / "shared" / "corpus"  # the repository root's sibling "shared"


def corpus_file(*parts: str) -> Path:
    """A file of the shared corpus, or skip the test with the reason."""
    path = CORPUS.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"corpus file {'/'.join(parts)} is absent (expected in {CORPUS.resolve()})")
    return path


def corpus_files(folder: str, pattern: str = "*") -> list[Path]:
    """Every file of a corpus folder, sorted ([] when the corpus is absent)."""
    directory = CORPUS / folder
    return sorted(directory.glob(pattern)) if directory.is_dir() else []
