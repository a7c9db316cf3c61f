"""File → Connect to Team Hub…, Sync Now, and the hub indicator in the status bar.

A QThread listens for the hub's NOTIFY (a colleague pushed) and wakes the window. The sync
itself runs on another QThread (`SyncWorker`) with its own connection to the project file, so
the window keeps handling events while a large pull is fetched and merged; the merge commits
in one SQLite transaction, after which the window re-reads the project and refreshes through
the service's usual change notices. A timer polls as the fallback when the listener is down.
A local edit starts a sync shortly after its commit (bursts of edits coalesce into one), so
colleagues see it without waiting for the poll.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStatusBar,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.hub import HubError, HubOfflineError
from annotator.services import Change, ChangeKind
from annotator.services.hub_state import link_state
from annotator.ui.common.change_feed import ChangeFeed
from annotator.ui.common.dialogs import ok_cancel_buttons
from annotator.ui.common.host import Places, WindowHost
from annotator.ui.common.i18n import translated_error, translated_message, translator
from annotator.ui.common.timers import coalescing_timer
from annotator.ui.common.times import format_time

tr = translator("exchange.hub_sync")

POLL_MS = 30_000
PUSH_AFTER_EDIT_MS = 300  # a burst of edits (typing, a pasted list) is pushed once
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "allow", "disable")


class HubListener(QThread):
    """LISTEN annotator_hub on its own connection; `woke` on every notice, `lost` on failure."""

    woke = Signal()
    lost = Signal(str)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._stopping = False

    def stop(self) -> None:
        self._stopping = True
        self.wait(3000)

    def run(self) -> None:
        try:
            import psycopg

            with psycopg.connect(self.url, autocommit=True, connect_timeout=5) as conn:
                conn.execute("LISTEN annotator_hub")
                self.woke.emit()  # catch up with what happened while we were away
                while not self._stopping:
                    for _notice in conn.notifies(timeout=0.5, stop_after=1):
                        self.woke.emit()
        except Exception as error:  # noqa: BLE001 - any failure means: fall back to polling
            if not self._stopping:
                self.lost.emit(str(error).strip().splitlines()[0] if str(error).strip() else "")


class SyncWorker(QThread):
    """One sync of the project file at `path`, on its own connection, off the GUI thread.

    `progress` tells what it is doing; `done` carries the SyncResult or the AnnotatorError.
    """

    progress = Signal(object)  # a msg() (a str would lose its template across the thread)
    done = Signal(object)

    def __init__(
        self, path: Path, author: str, author_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path, self.author, self.author_id = path, author, author_id

    def run(self) -> None:
        from annotator.hub import sync as hub
        from annotator.services import ProjectService

        try:
            project = ProjectService.open(
                self.path, self.author, create=False, author_id=self.author_id
            )
            try:
                outcome: object = hub.sync(project, progress=self.progress.emit)
            finally:
                project.close()
        except AnnotatorError as error:
            outcome = error
        except Exception as error:  # noqa: BLE001 - reported in the indicator, never a crash
            outcome = HubError(tr("The sync failed: {error}").format(error=translated_error(error)))
        self.done.emit(outcome)


class ConnectHubDialog(QDialog):
    """Host, port, database, user and TLS mode as libpq names them; no password field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Connect to Team Hub"))
        form = QFormLayout(self)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.dbname = QLineEdit()
        self.user = QLineEdit()
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.service_name = QLineEdit()
        self.service_name.setPlaceholderText(tr("optional: a name from your pg_service.conf"))
        for label, widget in (
            (tr("&Host:"), self.host), (tr("&Port:"), self.port),
            (tr("&Database:"), self.dbname), (tr("&User:"), self.user),
            (tr("&TLS mode:"), self.sslmode), (tr("&Service:"), self.service_name),
        ):  # fmt: skip
            form.addRow(label, widget)
        note = QLabel(tr("The password is read from your ~/.pgpass, service file or PGPASSWORD; "
                      "it is never stored in the project."))  # fmt: skip
        note.setWordWrap(True)
        form.addRow(note)
        buttons = ok_cancel_buttons(self)
        form.addRow(buttons)

    def conninfo(self) -> str:
        from psycopg.conninfo import make_conninfo

        values = {
            "host": self.host.text().strip(), "port": str(self.port.value()),
            "dbname": self.dbname.text().strip(), "user": self.user.text().strip(),
            "sslmode": self.sslmode.currentText(), "service": self.service_name.text().strip(),
        }  # fmt: skip
        return make_conninfo(**{k: v for k, v in values.items() if v})


class HubController(QObject):
    """The window's hub state: indicator, actions, listener and poll timer."""

    state_changed = Signal(str)  # synced / syncing / offline / conflict / off

    def __init__(
        self,
        host: WindowHost,
        places: Places,
        status_bar: QStatusBar,
        show_conflicts: Callable[[], None],
    ) -> None:
        """Puts the indicator in `status_bar` and the three actions in the File menu;
        `show_conflicts()` opens the Conflicts panel when a sync leaves some."""
        super().__init__(host.dialog_parent())
        self.host = host
        self._show_conflicts = show_conflicts
        self.state = "off"
        self.last_sync = ""
        self.listener: HubListener | None = None
        self.worker: SyncWorker | None = None
        self._again = False
        self.indicator = QLabel()
        self.indicator.setAccessibleName(tr("Team hub status"))
        status_bar.addPermanentWidget(self.indicator)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.sync_now)
        self._push_soon = coalescing_timer(self, PUSH_AFTER_EDIT_MS, self.sync_now)
        self._local_edits = ChangeFeed(self._edited)
        self.connect_action = QAction(tr("Connect to Team &Hub…"), self)
        self.connect_action.setStatusTip(tr("Sync this project with the newsroom's PostgreSQL hub"))
        self.connect_action.triggered.connect(lambda: self.connect_dialog())
        self.sync_action = QAction(tr("Sync &Now"), self)
        self.sync_action.setShortcut("Ctrl+Alt+Y")
        self.sync_action.triggered.connect(lambda: self.sync_now())
        self.disconnect_action = QAction(tr("Disconnect from Team Hub"), self)
        self.disconnect_action.triggered.connect(lambda: self.disconnect())
        for action in (self.connect_action, self.sync_action, self.disconnect_action):
            places.file_menu.insertAction(places.file_insert_before, action)
        self._show()

    # -- project lifecycle ----------------------------------------------------------------

    def project_opened(self) -> None:
        self.stop()
        service = self.host.service
        state = link_state(service) if service is not None else {}  # no sync loaded for it
        self.last_sync = state.get("last_sync", "")
        if state.get("url"):
            self._start(state["url"])
        else:
            self._set("off")

    def stop(self) -> None:
        self.poll.stop()
        self._push_soon.stop()
        self._local_edits.attach(None)
        self._again = False
        self.wait()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        self._set("off")

    def _start(self, url: str) -> None:
        self.listener = HubListener(url, self)
        self.listener.woke.connect(self.sync_now)
        self.listener.lost.connect(self._listener_lost)
        self.listener.start()
        self.poll.start()
        self._local_edits.attach(self.host.service)

    def _edited(self, change: Change) -> None:
        """A committed edit of this window's (a re-read after a sync or another writer's edit
        notifies RELOADED, which needs no push): sync once the burst is over."""
        if change.kind != ChangeKind.RELOADED and self.state != "off":
            self._push_soon.start()

    def _listener_lost(self, reason: str) -> None:
        """The live connection failed: said in the interface language, with the driver's own
        words (which are the server's, not ours) in parentheses."""
        seconds = POLL_MS // 1000
        if reason:
            said = tr("The live connection to the hub was lost ({reason}); trying again every "
                      "{seconds} seconds.").format(reason=reason, seconds=seconds)  # fmt: skip
        else:
            said = tr("The live connection to the hub was lost; trying again every {seconds} "
                      "seconds.").format(seconds=seconds)  # fmt: skip
        self._set("offline", said)  # the poll timer keeps trying; it restarts the listener

    # -- actions --------------------------------------------------------------------------

    def connect_dialog(self) -> None:
        if self.host.service is None or not self.host.interactive:
            return
        dialog = ConnectHubDialog(self.host.dialog_parent())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.connect_to(dialog.conninfo())

    def connect_to(self, url: str) -> bool:
        from annotator.hub import sync as hub

        service = self.host.service
        if service is None:
            return False
        try:
            hub.connect(service, url)
        except AnnotatorError as error:
            self.host.tell(tr("Cannot Connect to Team Hub"), translated_error(error), error=True)
            return False
        self.project_opened()
        return True

    def disconnect(self) -> None:  # type: ignore[override]  # File → Disconnect, not Qt's
        from annotator.hub import sync as hub

        if self.host.service is not None:
            self.stop()
            hub.disconnect(self.host.service)

    def sync_now(self) -> str:
        """Start a pull and push on the worker thread (or note one more is wanted); the state."""
        from annotator.hub import sync as hub

        service = self.host.service
        if service is None or service.read_only:
            return self.state
        if self.worker is not None:
            self._again = True  # a colleague pushed while we sync: once more when done
            return self.state
        if not hub.hub_state(service).get("url"):
            return self.state
        self.host.flush_edits()  # what is being typed is committed first, then merged
        self.worker = SyncWorker(service.path, service.author, service.author_id, self)
        self.worker.progress.connect(
            lambda message: self._set("syncing", translated_message(message))
        )
        self.worker.done.connect(self._synced)
        self._set("syncing")
        self.worker.start()
        return self.state

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until the running sync is done (closing a project); True when none runs."""
        if self.worker is None:
            return True
        finished = self.worker.wait(timeout_ms)
        self._synced_pending()
        return bool(finished)

    def _synced_pending(self) -> None:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(self)  # deliver a `done` queued for us

    def _synced(self, outcome: object) -> None:
        from annotator.hub import sync as hub

        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        host = self.host
        service = host.service
        if service is None:
            return
        if isinstance(outcome, HubOfflineError):
            self._set("offline", translated_error(outcome))
            return
        if isinstance(outcome, AnnotatorError):
            self._set("conflict", translated_error(outcome))
            host.status(translated_error(outcome), 10000)
            return
        assert isinstance(outcome, hub.SyncResult)
        if outcome.pulled is not None and outcome.pulled.changed_anything:
            current = host.current_claim_id()
            host.undo_stack.clear()  # the undo history may refer to rows the sync replaced
            service.reload()  # the worker wrote through its own connection
            if current:
                host.select_claim(current)
        if self.listener is None or not self.listener.isRunning():
            self._start(hub.hub_state(service)["url"])
        self.last_sync = QDateTime.currentDateTimeUtc().toString("yyyy-MM-ddTHH:mm:ssZ")
        open_conflicts = hub.open_conflicts(service)
        if open_conflicts:
            self._show_conflicts()
        self._set("conflict" if open_conflicts else "synced")
        if self._again:
            self._again = False
            self.sync_now()

    # -- indicator ------------------------------------------------------------------------

    def _set(self, state: str, detail: str = "") -> None:
        self.state = state
        self._show(detail)
        self.state_changed.emit(state)

    def _show(self, detail: str = "") -> None:
        connected = self.state != "off"
        self.sync_action.setEnabled(connected)
        self.disconnect_action.setEnabled(connected)
        if not connected:
            self.indicator.setText("")
            return
        when = (
            tr(", last sync {format_time}").format(format_time=format_time(self.last_sync))
            if self.last_sync
            else ""
        )
        labels = {"synced": tr("Hub: synced"), "syncing": tr("Hub: syncing…"),
                  "offline": tr("Hub: offline"), "conflict": tr("Hub: conflict")}  # fmt: skip
        doing = f": {detail}" if self.state == "syncing" and detail else ""
        self.indicator.setText(labels.get(self.state, "Hub") + doing + when)
        self.indicator.setToolTip(detail or self.indicator.text())
