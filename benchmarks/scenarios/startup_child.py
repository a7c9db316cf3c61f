"""Child process of the start-up scenario: report the moment the text first appears on screen.

    python -m benchmarks.scenarios.startup_child app PROJECT    # Annotator (python -m annotator)
    python -m benchmarks.scenarios.startup_child floor TEXTFILE # a minimal PySide6 program

Both print one JSON line `{"painted": T}` (T on CLOCK_MONOTONIC, which the parent shares)
right after the first paint of the widget showing the text has been handled, then
exit at once, so shutdown is not counted. Nothing else is imported first.
"""

import json
import os
import sys
import time


def _report() -> None:
    print(json.dumps({"painted": time.clock_gettime(time.CLOCK_MONOTONIC)}), flush=True)
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


def app(project: str) -> int:
    """The real start-up path (`annotator.cli.main`), with a probe on the reader's viewport."""
    import annotator.ui.app as app_module

    class ProbedWindow(app_module.MainWindow):
        def __init__(self, author: str, **options: object) -> None:
            super().__init__(author, **options)
            _watch_first_paint(self.reader.viewport())

    app_module.MainWindow = ProbedWindow
    from annotator.cli import main

    return main([project])


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
    sys.exit(app(path) if mode == "app" else floor(path))
