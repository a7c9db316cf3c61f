"""What the window does not import before its first paint (docs/PERFORMANCE.md, start-up):
the fetcher, the importers' parsers, the check-worthiness model and numpy, rapidfuzz, the
exporters, the agreement statistics, the merge engine, sqlite-utils (with click, dateutil and
pluggy), the Review Mode and All Claims panels, the suggestions service, the fact-check feed
reader and the dialogs (Keyboard Shortcuts, Preferences, Source, Review Dashboard, the version
dialogs) load when first used. Checked in a
fresh process going through `annotator.cli.main`, exactly what `python -m annotator PROJECT`
runs, at the moment the reader's first paint has been handled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from annotator.services.demo import create_demo_project

ROOT = Path(__file__).resolve().parents[2]

NOT_BEFORE_FIRST_PAINT = (
    "numpy",
    "sqlite_utils",
    "click",
    "dateutil",
    "pluggy",
    "rapidfuzz",
    "urllib3",
    "certifi",
    "markdown_it",
    "lxml",
    "pypdf",
    "docx",
    "annotator.fetch.http",
    "annotator.importers.html",
    "annotator.importers.markdown",
    "annotator.importers.pdf",
    "annotator.checkworthy.model",
    "annotator.exporters",
    "annotator.review.agreement",
    "annotator.ui.exchange.export_dialog",
    "annotator.ui.exchange.merge_flow",
    "annotator.ui.review.review_mode",
    "annotator.ui.claims.all_claims",
    "annotator.ui.common.shortcuts_dialog",
    "annotator.services.suggestions",
    "annotator.storage.merge",
    "annotator.importers.claimreview_feed",
    "annotator.ui.project.preferences_dialog",
    "annotator.ui.evidence.source_dialog",
    "annotator.ui.review.agreement_dialog",
    "annotator.ui.versions.version_dialogs",
)

CHILD = textwrap.dedent("""
    import json, os, sys
    import annotator.ui.app as app_module
    from PySide6.QtCore import QEvent, QObject, QTimer

    WATCHED = json.loads(sys.argv[2])

    def report():
        loaded = sorted(m for m in WATCHED if m in sys.modules)
        print(json.dumps({"loaded": loaded, "painted": True}), flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, report)
            return False

    class ProbedWindow(app_module.MainWindow):
        def __init__(self, author, **options):
            super().__init__(author, **options)
            self._probe = FirstPaint(self)
            self.reader.viewport().installEventFilter(self._probe)

    app_module.MainWindow = ProbedWindow
    from annotator.cli import main
    sys.exit(main([sys.argv[1]]))
""")


def test_the_first_paint_imports_none_of_what_it_does_not_need(tmp_path: Path) -> None:
    project = tmp_path / "demo.annotator"
    create_demo_project(project, "Tester")
    home = tmp_path / "home"
    (home / "runtime").mkdir(parents=True, mode=0o700)
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        ANNOTATOR_AUTHOR="Tester",
    )
    watched = json.dumps(NOT_BEFORE_FIRST_PAINT)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(project), watched],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    assert lines, child.stderr[-2000:]
    answer = json.loads(lines[-1])
    assert answer == {"loaded": [], "painted": True}
