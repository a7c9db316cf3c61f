"""Child process: imports and exports through the real window, as the user waits for them.

    python -m benchmarks.scenarios.exchange_child JOB_JSON

- import: `MainWindow.import_files([file])` (what the Import dialog and a drop call): read and
  extracted on the import thread, stored in the project, the new article shown, until the window
  is idle and painted. Each run imports a different file of the same kind (a file already in the
  project would ask whether to import it again).
- export: `MainWindow.export_to(ExportRequest(...))` (what the Export dialog calls): the bundle
  built, the publication checklist run, the file written (PDF: by the export worker process, whose
  CPU time is counted; text formats: on a thread of the window), until the window is idle.

The full benchmark gives each child one step, so the first run of each is the session's first
import / export (its modules not yet imported): reported as "cold" and held to the target. The
quick run does every step in one child (its figures mean nothing; it only has to run).
Prints one JSON line and exits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.qtenv import settle
from benchmarks.timing import Timings, measure


def import_runs(window: Any, files: list[str]) -> Timings:
    from PySide6.QtCore import QEventLoop

    timings = Timings()
    for path in files:
        before = len(window.service.article_ids())
        loop = QEventLoop()
        window.exchange.importer.all_done.connect(loop.quit)

        def run(p: str = path, waiting: QEventLoop = loop) -> None:
            window.exchange.import_files([p])
            if window.exchange.importer.is_running():
                waiting.exec()
            settle(window.reader)

        timings.add(*measure(run))
        window.exchange.importer.all_done.disconnect(loop.quit)
        if len(window.service.article_ids()) != before + 1:
            problems = "; ".join(window.exchange.importer.problems) or "no problem reported"
            raise RuntimeError(f"importing {Path(path).name} did not add an article: {problems}")
    return timings


def export_runs(window: Any, fmt: str, out: Path, runs: int) -> Timings:
    from annotator.exporters import ExportOptions
    from benchmarks.ui import export_request

    options = ExportOptions(include_drafts=True, allow_incomplete=True)
    timings = Timings()
    written: list[bool] = []

    def export() -> None:
        written.append(window.exchange.export_to(export_request(fmt, options, out)))
        settle()

    for _ in range(1 + runs):
        out.unlink(missing_ok=True)
        timings.add(*measure(export))
        if not written[-1] or not out.is_file():
            raise RuntimeError(f"the {fmt} export was not written")
    return timings


def main(job: dict[str, Any]) -> dict[str, Any]:
    """Run each step of `job["steps"]` (an import or an export) in one window, in order."""
    from benchmarks.ui import main_window_class

    window = main_window_class()("Benchmark", interactive=False)  # no checklist question
    window.resize(1400, 860)
    window.show()
    if not window.open_project(job["project"], create=True):
        raise RuntimeError(f"could not open {job['project']}")
    settle(window.reader)
    answers: list[dict[str, Any]] = []
    for step in job["steps"]:
        if step["mode"] == "import":
            timings = import_runs(window, step["files"])
            answers.append({"cpu": timings.cpu, "wall": timings.wall})
            continue
        out = Path(step["out"])
        timings = export_runs(window, step["format"], out, int(step["runs"]))
        answers.append({"cpu": timings.cpu, "wall": timings.wall, "kb": out.stat().st_size / 1024})
    return {"steps": answers}


if __name__ == "__main__":
    from benchmarks.ui import child_entry

    child_entry(main)
