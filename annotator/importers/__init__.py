"""Importers: turn a file (or clipboard contents) into an `ArticleDraft`. One module per format,
each with `read(data: bytes, name: str) -> ArticleDraft`.

`import_path` picks the importer by file extension and wraps every failure in
`ArticleImportError` with a message naming the file and the problem; docs/IMPORT.md lists them.

Each format's module (and its parser: lxml, markdown-it, pypdf, …) is imported when a file of
that format is read, not with this package: the window imports the package's helpers at start.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError, msg

MAX_FILE_BYTES = 50 * 1024 * 1024


def _reader(module: str) -> Callable[[bytes, str], ArticleDraft]:
    """`annotator.importers.<module>.read`, imported at its first call."""

    def read(data: bytes, name: str) -> ArticleDraft:
        draft: ArticleDraft = importlib.import_module(f"{__name__}.{module}").read(data, name)
        return draft

    read.__qualname__ = f"{module}.read"
    return read


_TEXT, _MARKDOWN, _HTML, _PDF, _DOCX, _WARC, _MHTML = (
    _reader(name) for name in ("text", "markdown", "html", "pdf", "docx", "warc", "mhtml")
)
IMPORTERS: dict[str, Callable[[bytes, str], ArticleDraft]] = {
    ".txt": _TEXT,
    ".text": _TEXT,
    ".md": _MARKDOWN,
    ".markdown": _MARKDOWN,
    ".html": _HTML,
    ".htm": _HTML,
    ".xhtml": _HTML,
    ".pdf": _PDF,
    ".docx": _DOCX,
    ".warc": _WARC,
    ".warc.gz": _WARC,
    ".mhtml": _MHTML,
    ".mht": _MHTML,
}
SUPPORTED_SUFFIXES = tuple(IMPORTERS)

_FORMAT_NAMES: dict[Callable[[bytes, str], ArticleDraft], str] = {
    _TEXT: msg("text"),
    _MARKDOWN: msg("Markdown"),
    _HTML: msg("web page"),
    _PDF: msg("PDF"),
    _DOCX: msg("Word document"),
    _WARC: msg("web archive"),
    _MHTML: msg("single-file web page"),
}


def import_clipboard(html: str | None, text: str | None) -> ArticleDraft:
    """See annotator.importers.clipboard.import_clipboard (imported at the first paste)."""
    from annotator.importers.clipboard import import_clipboard as read_clipboard

    return read_clipboard(html, text)


_CONVERT_FIRST = {  # the hint after "unsupported file type .doc." (so it starts with a space)
    ".doc": msg(" It is an old Word document: save it as .docx."),
    ".odt": msg(" It is an OpenDocument text: save it as .docx."),
    ".rtf": msg(" It is an RTF document: save it as .docx."),
    ".pages": msg(" It is a Pages document: export it as .docx or PDF."),
}

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "import_clipboard", "import_path"]


def import_path(path: str | Path) -> ArticleDraft:
    """Read one article file. Raises ArticleImportError (never anything else) on bad input."""
    path = Path(path)
    reader = _reader_for(path)
    data = _file_bytes(path)
    try:
        draft = reader(data, path.name)
    except ArticleImportError:
        raise
    except Exception as error:  # a library failing on malformed input is still the file's problem
        detail = f"{type(error).__name__}: {error}"[:300]
        raise ArticleImportError(
            msg(
                "{name}: the {kind} could not be read; it may be damaged ({detail}).",
                name=path.name,
                kind=_FORMAT_NAMES.get(reader, msg("file")),
                detail=detail,
            )
        ) from error
    if not draft.text.strip():
        raise ArticleImportError(msg("{name}: no text was found in the file.", name=path.name))
    draft.source_name = path.name
    return draft


def _reader_for(path: Path) -> Callable[[bytes, str], ArticleDraft]:
    """The importer for the file's type; ArticleImportError for a type Annotator cannot read."""
    suffix = file_suffix(path)
    reader = IMPORTERS.get(suffix)
    if reader is None:
        raise ArticleImportError(
            msg(
                "{name}: unsupported file type {value}.{hint} Annotator imports {choices}.",
                name=path.name,
                value=path.suffix or msg("(no extension)"),
                hint=_CONVERT_FIRST.get(suffix, ""),
                choices=", ".join(SUPPORTED_SUFFIXES),
            )
        )
    return reader


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, once it is known to be a readable, non-empty file within the limit."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ArticleImportError(msg("{name}: this is a folder, not a file.", name=path.name))
        if size == 0:
            raise ArticleImportError(msg("{name}: the file is empty.", name=path.name))
        if size > MAX_FILE_BYTES:
            raise ArticleImportError(
                msg(
                    "{name}: the file is too large ({size}); the limit is {size2}.",
                    name=path.name,
                    size=_size(size),
                    size2=_size(MAX_FILE_BYTES),
                )
            )
        return path.read_bytes()
    except OSError as error:
        raise ArticleImportError(
            msg(
                "{name}: cannot read the file ({value}).",
                name=path.name,
                value=error.strerror or error,
            )
        ) from error


def file_suffix(path: Path) -> str:
    """The importer's key for `path`: its extension, or `.warc.gz` for a gzipped web archive."""
    return ".warc.gz" if path.name.lower().endswith(".warc.gz") else path.suffix.lower()


def _size(count: int) -> str:
    if count >= 2**20:
        return f"{count / 2**20:.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count} bytes"
