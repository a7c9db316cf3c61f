"""Child process of the start-up scenario: report the moment the text first appears on screen.

    python -m benchmarks.scenarios.startup_child app PROJECT       # `python -m annotator PROJECT`
    python -m benchmarks.scenarios.startup_child last -            # as `python -m annotator`
    python -m benchmarks.scenarios.startup_child remember PROJECT  # make PROJECT the last project
    python -m benchmarks.scenarios.startup_child floor TEXTFILE    # a minimal PySide6 program

Each prints one JSON line `{"painted": T, "cpu": C}` (T on CLOCK_MONOTONIC, which the parent
shares; C the process's CPU seconds since it started, user + system) right after the first
paint of the widget showing the text has been handled, then exits at once, so shutdown is not
counted. Nothing else is imported first.
"""

import json
import os
import resource
import sys
import time


def _report() -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    painted = time.clock_gettime(time.CLOCK_MONOTONIC)
    print(json.dumps({"painted": painted, "cpu": usage.ru_utime + usage.ru_stime}), flush=True)
    os._exit(0)


def _watch_first_paint(widget) -> None:  # noqa: ANN001 - QWidget
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802, ANN001, ANN201 - Qt override
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, _report)  # runs once this paint has been handled
            return False

    widget._first_paint = FirstPaint(widget)
    widget.installEventFilter(widget._first_paint)


def app(project: str | None) -> int:
    """The real start-up path (`annotator.cli.main`), with a probe on the reader's viewport;
    no project: the last project, as a plain `python -m annotator` opens it."""
    import annotator.ui.app as app_module

    class ProbedWindow(app_module.MainWindow):
        def __init__(self, author: str, **options: object) -> None:
            super().__init__(author, **options)
            _watch_first_paint(self.reader.viewport())

    app_module.MainWindow = ProbedWindow
    from annotator.cli import main

    return main([project] if project else [])


def remember(project: str) -> int:
    """Record `project` as the one open when Annotator last closed (as closing it does)."""
    from annotator import app_settings

    settings = app_settings.qsettings()
    settings.setValue("last_project", project)
    settings.sync()
    print(json.dumps({"remembered": project}))
    return 0


def floor(text_file: str) -> int:
    """The least a PySide6 program must do to show the same text."""
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    application = QApplication(sys.argv[:1])
    with open(text_file, encoding="utf-8") as handle:
        text = handle.read()
    editor = QPlainTextEdit()
    editor.setReadOnly(True)
    editor.setPlainText(text)
    editor.resize(1400, 860)
    _watch_first_paint(editor.viewport())
    editor.show()
    return application.exec()


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    modes = {"app": app, "last": lambda _path: app(None), "remember": remember, "floor": floor}
    sys.exit(modes[mode](path))
