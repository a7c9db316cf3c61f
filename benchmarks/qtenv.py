"""Qt and child-process set-up: offscreen, private settings, and one JSON answer per child.

Scenarios that need a fresh process (start-up time, peak memory) run a module of
this package as a child with `run_child`; the child prints one JSON line and exits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The offscreen platform's own screen is 800×800, and the window keeps itself inside its screen:
# the benchmark's 1400×860 window needs a desktop-sized screen (offscreen_screen.json, 1920×1080).
OFFSCREEN = f"offscreen:configfile={Path(__file__).resolve().parent / 'offscreen_screen.json'}"


def use_offscreen() -> None:
    os.environ["QT_QPA_PLATFORM"] = platform(os.environ)


def platform(env: Mapping[str, str]) -> str:
    """The Qt platform to run on: as set, except that plain offscreen gets the larger screen."""
    chosen = env.get("QT_QPA_PLATFORM", "offscreen")
    return OFFSCREEN if chosen == "offscreen" else chosen


def application(settings_dir: Path) -> Any:  # a QApplication
    """The process's QApplication (created once), with QSettings kept in `settings_dir` so a
    benchmark never reads or writes the user's own preferences."""
    use_offscreen()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    settings_dir.mkdir(parents=True, exist_ok=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    return QApplication.instance() or QApplication(["annotator-benchmarks"])


def child_env(home: Path) -> dict[str, str]:
    """Environment for a child: offscreen, its own home and settings, a known author,
    and this checkout importable."""
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform(env)
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    env["XDG_RUNTIME_DIR"] = str(home / "runtime")
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    env["ANNOTATOR_AUTHOR"] = "Benchmark"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def run_child(module: str, args: list[str], home: Path, timeout: float) -> dict[str, Any]:
    """Run `python -m module args...` and return the JSON object it printed last."""
    completed = subprocess.run(
        [sys.executable, "-m", module, *args],
        env=child_env(home),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if completed.returncode != 0 or not lines:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"{module} failed (exit {completed.returncode}): {' | '.join(tail)}")
    answer: dict[str, Any] = json.loads(lines[-1])
    return answer


SETTLE_LIMIT_S = 30.0  # a hang guard: an action whose timers keep re-arming is an error


def drain() -> None:
    """Process every posted event, due timer and paint request until none is left."""
    from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEventLoop

    dispatcher = QAbstractEventDispatcher.instance()
    flags = QEventLoop.ProcessEventsFlag.AllEvents
    idle_passes = 0
    while idle_passes < 2:  # twice empty: a handler may post from the last event processed
        QCoreApplication.sendPostedEvents()
        idle_passes = 0 if dispatcher.processEvents(flags) else idle_passes + 1


def pending_timers() -> list[Any]:  # QTimers
    """Single-shot QTimers still to fire (deferred refreshes, debounces), in every window.

    Repeating timers (polls for external changes, presence heartbeats) never finish, so
    they are not part of an action; the window owns every timer it starts."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    owners = [o for o in (QCoreApplication.instance(), *QApplication.topLevelWidgets()) if o]
    return [t for o in owners for t in o.findChildren(QTimer) if t.isActive() and t.isSingleShot()]


def then_settle(action: Callable[[], object], *editors: object) -> Callable[[], None]:
    """`action`, then the wait until idle and painted: one timed user interaction."""

    def interaction() -> None:
        action()
        settle(*editors)

    return interaction


def settle(*editors: object) -> None:
    """Wait until the window is idle with the result painted: every posted event and due timer
    processed, every single-shot timer the action started fired (sleeping, uncounted, until it is
    due), every paint request handled, and each given text view fully laid out (a QTextEdit lays
    a big document out in slices; a QPlainTextEdit's layout is lazy and needs nothing more)."""
    from benchmarks.timing import IDLE

    deadline = time.monotonic() + SETTLE_LIMIT_S
    drain()
    timers = pending_timers()  # one search of the widget tree: it costs time the user does not wait
    while True:
        timers = [t for t in timers if t.isActive()]
        if not timers and all(fully_laid_out(e) for e in editors):
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"the window did not settle within {SETTLE_LIMIT_S:g} s")
        if timers:  # asleep until the first is due (+1 ms: a timer fires at, not before, its time)
            IDLE.sleep((max(0, min(t.remainingTime() for t in timers)) + 1) / 1000)
        drain()
        if not timers:
            continue
        timers = pending_timers()  # a timer's slot may start another (a refresh after a refresh)


def fully_laid_out(editor: object) -> bool:
    """True once a QTextEdit's document layout reached its last block (QPlainTextEdit: always)."""
    from PySide6.QtWidgets import QPlainTextEdit

    if isinstance(editor, QPlainTextEdit):
        return True
    document = editor.document()  # type: ignore[attr-defined]
    layout = document.lastBlock().layout()
    return layout is not None and layout.lineCount() > 0


class ModalGuard:
    """Closes any modal dialog that opens while a scenario runs and fails the scenario.

    An error dialog (a refused edit, a project that cannot be opened) would otherwise
    wait for a click forever; offscreen, nobody clicks. Use as a context manager
    around in-process GUI work."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._close_modal)

    def _close_modal(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

        widget = QApplication.activeModalWidget()
        if widget is None or isinstance(widget, QProgressDialog):  # progress is not a question
            return
        text = getattr(widget, "text", lambda: "")()
        self.seen.append(f"{widget.windowTitle()}: {text}".strip(": "))
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def __enter__(self) -> ModalGuard:
        self._timer.start()
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self._timer.stop()
        if self.seen and error is None:
            raise RuntimeError(f"a dialog opened during the benchmark: {self.seen[0]}")
