"""The one place the benchmarks import the window's classes from, so a move of ui modules
(annotator/ui/*.py into feature packages) is fixed here only.

The window is made as `annotator.ui.app` makes it for a user: the application's style sheet,
plain-text policy and names applied (`make_application`), a 1400×860 main window, shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def main_window_class() -> Any:
    from annotator.ui.main_window import MainWindow

    return MainWindow


def claims_model_module() -> Any:
    """Column numbers and `ClaimFilter` of the claims list."""
    import annotator.ui.claims.claims_model as claims_model

    return claims_model


def styled_application(settings_dir: Path) -> Any:
    """The QApplication as the app sets it up (style sheet included), settings kept private."""
    from benchmarks.qtenv import application

    application(settings_dir)
    from annotator.ui.app import make_application

    return make_application()


def open_window(settings_dir: Path, project: Path) -> tuple[Any, Any]:
    """(application, shown MainWindow with `project` open), idle."""
    from benchmarks.qtenv import settle

    app = styled_application(settings_dir)
    window = main_window_class()("Benchmark")
    window.resize(1400, 860)
    window.show()
    if not window.open_project(project, create=False):
        raise RuntimeError(f"could not open {project}")
    settle(window.reader)
    return app, window


def export_request(fmt: str, options: Any, path: Path) -> Any:
    """What the Export dialog hands the window: format, options, file."""
    from annotator.ui.exchange.export_dialog import ExportRequest

    return ExportRequest(fmt, options, path)


def child_entry(main: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """A window child's `__main__`: the job from argv as JSON, the styled application, any
    dialog closed (and the run failed), the answer printed as one JSON line, exit at once."""
    import json
    import os
    import sys

    from benchmarks.qtenv import ModalGuard, use_offscreen

    use_offscreen()
    job = json.loads(sys.argv[1])
    styled_application(Path(job["settings"]))
    with ModalGuard():
        answer = main(job)
    print(json.dumps(answer), flush=True)
    os._exit(0)  # skip teardown: nothing is measured after this
