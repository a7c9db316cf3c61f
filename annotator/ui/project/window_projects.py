"""Project files in the window: open, close, new, save as, recent, backups and restore, project
settings, and noticing other writers. A part of MainWindow (see main_window.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from annotator import app_settings
from annotator.errors import AnnotatorError
from annotator.services import session
from annotator.ui.common import dialogs, plain_text
from annotator.ui.common.undo_commands import EditSettingsCommand, ServiceCommand
from annotator.ui.project.restore_dialog import RestoreDialog
from annotator.ui.project.settings_dialog import ProjectSettingsDialog

PROJECT_FILTER = "Annotator projects (*.annotator);;All files (*)"


class ProjectFilesMixin:
    """Expects the MainWindow attributes: service, author, undo_stack, inspector, panels, timers."""

    def open_project(self, path: str | Path, *, create: bool = True) -> bool:
        """Open `path` (creating it if allowed); a refused file gets a dialog and stays untouched."""
        path = Path(path)
        try:  # visible to other instances (and to a restore) before the file is opened
            warning = session.other_instance_warning(path)
        except AnnotatorError as error:
            self.tell("Cannot Open Project", str(error), error=True)
            return False
        try:
            me = app_settings.resolve_identity(self.author)
            service = session.open_project(
                path, self.author, app_settings.data_dir(), create=create, author_id=me.id or None
            )
        except AnnotatorError as error:
            session.release(path)
            self.tell("Cannot Open Project", str(error), error=True)
            return False
        self.close_project()
        self.service = service
        ServiceCommand.reporters[service] = self._report_command_error
        self.search_panel.set_service(service)
        self.review.project_opened(service)
        self.matching.project_opened(service)
        service.changes.subscribe(self._on_change)
        self._watcher = session.watcher(service)
        self._external_timer.start()
        app_settings.add_recent_project(service.path)
        self.inspector.set_verdicts(service.verdicts())
        self.claims_panel.set_verdicts(service.verdicts())
        self._refresh_library()
        ids = service.article_ids()
        last = app_settings.qsettings().value(f"last_article/{service.path}", "")
        self.show_article(last if last in ids else (ids[0] if ids else None))
        self.read_only_label.setText("Read-only" if service.read_only else "")
        if service.read_only:
            self.statusBar().showMessage(session.read_only_notice(service.path))
        else:
            problem = session.backup_on_open(service, app_settings.data_dir())
            if problem:
                self.statusBar().showMessage(problem, 10000)
        self._update_title()
        self._update_actions()
        self.hub.project_opened()
        if warning:
            self.tell("Project Open Elsewhere", warning)
        for notice in service.open_notices:  # e.g. a stale -wal that was set aside
            self.tell("Leftover Change Log Not Applied", notice)
        return True

    def close_project(self) -> None:
        """Commit pending typing, then close the file (checkpointing it so it can be copied)."""
        self.inspector.flush()
        if self.service is None:
            return
        if self.article_id:
            app_settings.qsettings().setValue(f"last_article/{self.service.path}", self.article_id)
        self._external_timer.stop()
        self.hub.stop()
        self.review.project_closing()
        self.matching.project_closing()
        self.service.changes.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self._watcher = None
        path = self.service.path
        self.service.close()
        session.release(path)
        self.service = None
        self.search_panel.set_service(None)
        self.article_id = None
        self.reader.clear_article()
        self.claims_model.set_claims([])
        self.inspector.show_claim(None)
        self.library.model.set_articles([], [])

    def tell(self, title: str, message: str, *, error: bool = False) -> None:
        """A dialog when someone is at the window; one line on stderr when running unattended
        (`--screenshot`), which must never wait for input."""
        if not self.interactive:
            print(f"annotator: {message}", file=sys.stderr)
        elif error:
            dialogs.show_error(self, title, message)
        else:
            dialogs.show_warning(self, title, message)

    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New Project", str(Path.home() / "Untitled.annotator"), PROJECT_FILTER)
        if path:
            if not path.endswith(".annotator"):
                path += ".annotator"
            if Path(path).exists():
                dialogs.show_error(self, "New Project", f"{Path(path).name} already exists; open it instead, or choose another name.")
                return
            self.open_project(path)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open Project", str(Path.home()), PROJECT_FILTER)
        if path:
            self.open_project(path, create=False)

    def save_as_dialog(self) -> None:
        if self.service is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save Project As", str(self.service.path.with_name(self.service.path.stem + " copy.annotator")), PROJECT_FILTER)
        if path:
            self.save_as(path)

    def save_as(self, path: str | Path) -> bool:
        """Copy the project with SQLite's backup API and continue working in the copy."""
        assert self.service is not None
        target = Path(path)
        if target.resolve() == self.service.path.resolve():
            return True
        self.inspector.flush()
        try:
            self.service.backup_to(target)
        except Exception as error:  # noqa: BLE001 - any failure to write the copy is reported
            dialogs.show_error(self, "Save As", f"Could not write {target.name}: {error}")
            return False
        return self.open_project(target, create=False)

    def restore_dialog(self) -> None:
        if self.service is None:
            return
        path = self.service.path
        chosen = RestoreDialog.ask(self, path.name, session.list_backups(app_settings.data_dir(), path))
        if chosen is not None:
            self.restore_backup(chosen)

    def restore_backup(self, backup: session.BackupInfo) -> bool:
        """Replace the project with a backup; the current file is kept aside, renamed."""
        assert self.service is not None
        path = self.service.path
        self.close_project()
        try:
            aside = session.restore(backup, path)
        except AnnotatorError as error:
            dialogs.show_error(self, "Restore from Backup", str(error))
            self.open_project(path, create=False)
            return False
        opened = self.open_project(path, create=False)
        if aside is not None:
            self.statusBar().showMessage(f"Restored the backup of {backup.label()}; the replaced file was kept as {aside.name}.", 15000)
        return opened

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in app_settings.recent_projects():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(plain_text.tooltip(path))
            action.triggered.connect(lambda checked=False, p=path: self.open_project(p, create=False))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No recent projects").setEnabled(False)

    def project_settings_dialog(self) -> None:
        if self.service is None:
            return
        values = ProjectSettingsDialog.ask(self, self.service.settings())
        if values is not None:
            self._run(lambda: EditSettingsCommand.perform(self.service, values))

    def check_external_changes(self) -> bool:
        """Another window or process committed to this project: reload what is shown."""
        if self.service is None:
            return False
        if self._watcher is None or not self._watcher.has_external_changes():
            return False
        self.inspector.flush()
        current = self.inspector.claim_id()
        self.undo_stack.clear()  # the other writer's changes may conflict with our undo history
        self.service.reload()
        if current:
            self.select_claim(current)
        self.statusBar().showMessage(
            "The project was changed by another window; showing the latest (your undo history was cleared).", 8000
        )
        return True
