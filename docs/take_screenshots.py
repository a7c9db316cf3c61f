"""Take the screenshots in docs/screenshots/ of the window as a user sees it on a screen.

    python docs/make_screenshot_project.py /tmp/example.annotator
    xvfb-run -a -s "-screen 0 1366x768x24" python docs/take_screenshots.py /tmp/example.annotator \
        laptop-1366x768.png review-mode-1366x768.png
    xvfb-run -a -s "-screen 0 1366x768x24" python docs/take_screenshots.py --dark \
        /tmp/example.annotator dark-1366x768.png

Each PNG is the whole screen (not only the window), so a control off the screen would show as
missing. The first file shows the window with a claim selected; a second one, Review Mode open
on every article with the Conflicts panel beside it; a third, Help → Keyboard Shortcuts. The
project is not changed (a copy of it is shown, its claims marked Ready for review), nor are your
preferences (--dark sets the dark theme in a private settings folder).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def settle(app: object) -> None:
    for _ in range(20):
        app.processEvents()  # type: ignore[attr-defined]


def ready_copy(project: Path) -> Path:
    """A copy of the project whose claims all wait for review (Review Mode has work to show)."""
    import shutil

    from annotator.services import ProjectService
    from annotator.services.review import submit_for_review

    copy = Path(tempfile.mkdtemp(prefix="annotator-shots-")) / project.name
    shutil.copy(project, copy)
    service = ProjectService.open(copy, "Author")
    try:
        for article_id in service.article_ids():
            for claim in service.claims(article_id):
                submit_for_review(service, claim.id)
    finally:
        service.close()
    return copy


def main(argv: list[str]) -> int:
    dark = "--dark" in argv
    args = [a for a in argv if a != "--dark"]
    project, outputs = ready_copy(Path(args[0])), [Path(a) for a in args[1:]]
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="annotator-shots-")
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"]
    )
    from annotator.ui import app as gui
    from annotator.ui.main_window import MainWindow
    from annotator.ui.project import preferences

    if dark:
        preferences.save(preferences.Preferences(theme="dark"))
    application = gui.make_application()
    window = MainWindow("Reviewer", interactive=False)
    window.open_project(project)
    window.show()
    settle(application)
    ids = window.claims_model.visible_ids()
    if ids:
        window.select_claim(ids[0])
    for number, out in enumerate(outputs):
        if number == 1:
            window.review.start_review(all_articles=True)
            window.review.conflicts_dock.show()
        elif number == 2:
            window.review.review_panel.leave()
            window.review.conflicts_dock.hide()
            window.keyboard.open_dialog()
        settle(application)
        if not window.screen().grabWindow(0).save(str(out), "PNG"):
            print(f"could not write {out}", file=sys.stderr)
            return 1
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
