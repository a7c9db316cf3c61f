"""The body of the export worker process of a PDF or WARC (started by the window, see
ui/exchange/export_worker.py; the text formats are written on a thread of the window).

A process, not a thread: Qt's PDF layout cannot be interrupted, so Cancel ends the
process. It gets the bundle (plain data, built from the open project by the window) and
reports over a pipe: ("progress", text, done, total), then ("done",) or ("error", message).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.exporters import export
from annotator.exporters.bundle import ExportBundle


def run_export(bundle: ExportBundle, fmt: str, path: str, pipe: Any) -> None:
    def progress(text: str, done: int, total: int) -> None:
        pipe.send(("progress", text, done, total))

    try:
        export(bundle, fmt, Path(path), progress)
    except Exception as error:  # noqa: BLE001 - the window shows it instead of a dead worker
        pipe.send(("error", failure_message(error)))
    else:
        pipe.send(("done",))
    finally:
        pipe.close()


def failure_message(error: Exception) -> str:
    """What the window shows of an export that failed: an AnnotatorError's own message."""
    if isinstance(error, AnnotatorError):
        return str(error)
    return f"The export failed: {type(error).__name__}: {error}"
