"""Start the window: application set-up, the user's name, which project to open, screenshots."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from annotator import app_settings
from annotator.resources import resource_path
from annotator.services import session
from annotator.ui.common import dialogs, i18n, plain_text, theme
from annotator.ui.main_window import MainWindow
from annotator.ui.project import preferences


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    app = app or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(app_settings.ORGANISATION)
    QCoreApplication.setApplicationName(app_settings.APPLICATION)
    app.setApplicationDisplayName("Annotator")
    plain_text.install()
    app.setDesktopFileName("annotator")  # matches `annotator install-desktop-entry`
    icon = resource_path("icons", "annotator.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    saved = preferences.load()  # the theme and reader font, before the first window shows
    i18n.install(saved.language)  # the interface language, layout direction and locale
    # The style sheet is set once the main window's widgets exist (or before a dialog shows).
    theme.apply(app, saved.theme, saved.reader_font_family, saved.reader_font_size, later=True)
    return app


def choose_author(window: MainWindow | None, *, interactive: bool) -> str:
    """The saved name; on first launch ask for it (never when running unattended).

    The user's identity (a generated id) is made here on first launch; the name can change."""
    app_settings.saved_identity_id()
    author = app_settings.resolve_author()
    if author or not interactive:
        return author or "unknown"
    theme.apply_pending_stylesheet()  # the dialog comes before the main window
    name = dialogs.ask_author_name(window)
    if name:
        app_settings.save_author(name)
        return name
    return "unknown"


def demo_project(author: str) -> Path:
    from annotator.services.demo import ensure_demo_project  # importers load only when needed
    from annotator.services.verdict_scale import TRANSLATION_CONTEXT

    names = i18n.translator(TRANSLATION_CONTEXT)  # a new demo's verdicts in the UI's language
    return ensure_demo_project(app_settings.data_dir(), author, names)


def last_or_demo_project(author: str) -> Path:
    """The project open when Annotator last closed; the demo project on first launch."""
    last = str(app_settings.qsettings().value("last_project", "") or "")
    if last and Path(last).is_file():
        return Path(last)
    return demo_project(author)


def clean_up_after_crashes(opening: list[Path]) -> list[Path]:
    """What a killed earlier run left behind goes now (see annotator/leftovers.py)."""
    projects = [*opening, *map(Path, app_settings.recent_projects())]
    folder = str(app_settings.qsettings().value("export_folder", "") or "")
    return session.clean_leftovers(
        app_settings.data_dir(), projects, Path(folder) if folder else None
    )


def run_gui(project: str | None, *, screenshot: str | None = None) -> int:
    app = make_application()
    if screenshot is None:
        close_on_termination(app)  # from the start: a SIGTERM while opening waits for the window
    interactive = screenshot is None
    author = choose_author(None, interactive=interactive)
    window = MainWindow(author, interactive=interactive)
    window.restore_layout()
    window.claims_later.armed = screenshot is None  # the text first, its claims list after
    path = Path(project) if project else last_or_demo_project(author)
    clean_up_after_crashes([path])
    opened = window.open_project(path, create=True)
    if screenshot:
        return take_screenshot(app, window, Path(screenshot)) if opened else 1
    if not opened and project:
        window.open_project(demo_project(author))
    window.show()
    return app.exec()


def close_on_termination(app: QApplication) -> None:
    """SIGTERM (logout, `kill`) and Ctrl+C close the windows as Quit does, so the project file is
    checkpointed and left whole on its own. Python sees signals only while it runs, hence the
    timer."""

    def close(*_args: object) -> None:
        def close_now() -> None:
            app.closeAllWindows()
            app.quit()

        QTimer.singleShot(0, close_now)  # runs once the event loop does, even if not started yet

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, close)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def take_screenshot(app: QApplication, window: MainWindow, out: Path) -> int:
    """Render the window (offscreen works) to a PNG, then exit without waiting for input."""
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, app.platformName() == "offscreen")
    window.show()
    for _ in range(5):
        app.processEvents()
    QTimer.singleShot(0, lambda: None)
    app.processEvents()
    ok = window.grab().save(str(out), "PNG")
    window.close()
    if not ok:
        print(f"annotator: could not write the screenshot {out}", file=sys.stderr)
        return 1
    return 0
