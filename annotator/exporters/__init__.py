"""Exports: one module per format, all reading a plain-data `ExportBundle` (never SQL or widgets).

    bundle = build_bundle(project, ExportOptions())
    export(bundle, "html", Path("report.html"))
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from annotator import leftovers
from annotator.errors import ExportError, msg
from annotator.exporters.bundle import ExportBundle, ExportOptions, build_bundle


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str
    suffix: str
    binary: bool = False  # written to a file (or binary stream), not to text
    # The window writes it in a worker process, which Cancel can end: Qt's PDF layout cannot be
    # interrupted. The other formats are plain Python, written on a thread of the window.
    isolated: bool = False


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("html", "HTML report", ".html"),
        ExportFormat("pdf", "PDF report", ".pdf", binary=True, isolated=True),
        ExportFormat("markdown", "Markdown report", ".md"),
        ExportFormat("csv", "CSV table", ".csv"),
        ExportFormat("json", "JSON (whole project)", ".json"),
        ExportFormat("claimreview", "ClaimReview JSON-LD", ".jsonld"),
        ExportFormat("w3c", "W3C Web Annotation JSON-LD", ".jsonld"),
        ExportFormat("warc", "Evidence as a web archive (WARC)", ".warc.gz", binary=True,
                     isolated=True),
    )
}


def _writer(fmt: str) -> Callable[[ExportBundle, TextIO], None]:
    # Imported lazily so that, e.g., the CSV export never loads Qt.
    if fmt == "html":
        from annotator.exporters.html_report import write_html as writer
    elif fmt == "markdown":
        from annotator.exporters.markdown_report import write_markdown as writer
    elif fmt == "csv":
        from annotator.exporters.csv_export import write_csv as writer
    elif fmt == "json":
        from annotator.exporters.json_export import write_json as writer
    elif fmt == "claimreview":
        from annotator.exporters.claimreview import write_claimreview as writer
    elif fmt == "w3c":
        from annotator.exporters.w3c import write_w3c as writer
    else:
        raise ExportError(
            msg("Unknown export format {fmt!r}; choose one of {choices}.", fmt=fmt,
                choices=', '.join(EXPORT_FORMATS))
        )
    return writer


def export(
    bundle: ExportBundle,
    fmt: str,
    out: Path | str | TextIO | BinaryIO,
    progress: Progress | None = None,
) -> None:
    """Write `bundle` as `fmt` to a file path (UTF-8, atomically replaced) or an open stream.

    Text formats take a text stream; PDF takes a path or a binary stream. `progress` hears
    (what is happening, steps done, steps in all; 0 when unknown) as the export goes.
    """
    if progress is not None:
        progress(WRITING, 0, 0)
    if fmt not in EXPORT_FORMATS:
        raise ExportError(
            msg("Unknown export format {fmt!r}; choose one of {choices}.", fmt=fmt,
                choices=', '.join(EXPORT_FORMATS))
        )
    if fmt == "pdf":
        from annotator.exporters.pdf_report import write_pdf

        if isinstance(out, str | Path):
            _write_file(Path(out), lambda tmp: write_pdf(bundle, tmp, progress))
        else:
            write_pdf(bundle, out, progress)  # type: ignore[arg-type]
        return
    if fmt == "warc":
        from annotator.exporters.warc import write_warc

        if isinstance(out, str | Path):
            _write_file(Path(out), lambda tmp: _write_binary(tmp, lambda f: write_warc(bundle, f)))
        else:
            write_warc(bundle, out)  # type: ignore[arg-type]
        return
    if isinstance(out, str | Path):
        save_file(Path(out), render_file(bundle, fmt))
    else:
        _writer(fmt)(bundle, out)  # type: ignore[arg-type]


def render_file(bundle: ExportBundle, fmt: str) -> bytes:
    """The whole file of a text format (not PDF or WARC) in UTF-8, to be written with
    `save_file`. Encoded as it is written: a JSON-LD file's items are encoded one by one, so
    no single string of the whole file is made (one wide character would make all of it wide)."""
    writer = _writer(fmt)
    buffer = io.BytesIO()
    text = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
    writer(bundle, text)
    text.flush()
    return buffer.getvalue()


def save_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (a hidden part file renamed into place)."""

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    _write_file(path, write)


def _write_binary(tmp: Path, write: Callable[[BinaryIO], None]) -> None:
    with tmp.open("wb") as stream:
        write(stream)
Progress = Callable[[str, int, int], None]
WRITING = "Writing the file…"  # what progress hears first, for every format
PART_SUFFIX = leftovers.EXPORT_PART_SUFFIX


def part_path(path: Path) -> Path:
    """The hidden file an export of `path` is written to before it is renamed into place."""
    return path.with_name(f".{path.name}{PART_SUFFIX}")


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove hidden part files that killed exports left in `folder` (not ones being written)."""
    return leftovers.remove_export_parts(folder)


def _write_file(path: Path, write: Callable[[Path], None]) -> None:
    """Write next to `path` then rename, so a failed export never leaves half a file."""
    if path.is_dir():
        raise ExportError(msg("{path} is a folder; give a file name to export to.", path=path))
    if not path.parent.exists():
        raise ExportError(msg("Cannot write {path}: the folder {parent} does not exist.",
                              path=path, parent=path.parent))
    tmp = part_path(path)
    try:
        with leftovers.writing(tmp):  # a killed export leaves it unlocked: cleaned next start
            write(tmp)
            tmp.replace(path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ExportError(msg("Cannot write {path}: {value}.", path=path,
                              value=error.strerror or error)) from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


__all__ = [
    "EXPORT_FORMATS",
    "ExportBundle",
    "ExportFormat",
    "ExportOptions",
    "build_bundle",
    "export",
    "render_file",
    "save_file",
]
