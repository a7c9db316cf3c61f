"""Importers: turn a file (or clipboard contents) into an `ArticleDraft`. One module per format.

`import_path` picks the importer by file extension and wraps every failure in
`ArticleImportError` with a message naming the file and the problem.
"""

from __future__ import annotations

from pathlib import Path

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError
from annotator.importers import markdown, text

MAX_FILE_BYTES = 50 * 1024 * 1024

IMPORTERS = {
    ".txt": text.read,
    ".text": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
}
SUPPORTED_SUFFIXES = tuple(IMPORTERS)


def import_path(path: str | Path) -> ArticleDraft:
    """Read one article file. Raises ArticleImportError (never anything else) on bad input."""
    path = Path(path)
    reader = IMPORTERS.get(path.suffix.lower())
    if reader is None:
        raise ArticleImportError(
            f"{path.name}: unsupported file type {path.suffix or '(none)'}; "
            f"Annotator imports {', '.join(SUPPORTED_SUFFIXES)}."
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ArticleImportError(f"{path.name}: cannot read the file ({error.strerror or error}).") from error
    if size == 0:
        raise ArticleImportError(f"{path.name}: the file is empty.")
    if size > MAX_FILE_BYTES:
        raise ArticleImportError(f"{path.name}: the file is {size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB.")
    try:
        data = path.read_bytes()
        draft = reader(data, path.name)
    except ArticleImportError:
        raise
    except Exception as error:  # a library failing on malformed input is still the file's problem
        raise ArticleImportError(f"{path.name}: the file could not be read ({type(error).__name__}: {error}).") from error
    if not draft.text.strip():
        raise ArticleImportError(f"{path.name}: no text was found in the file.")
    draft.source_name = path.name
    return draft
