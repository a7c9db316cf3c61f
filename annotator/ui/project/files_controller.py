"""Project files in the window: open, close, new, save as, recent, backups and restore, project
settings, the verdict scale, project properties, and noticing other writers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from annotator import app_settings
from annotator.errors import AnnotatorError
from annotator.services import ProjectService, captures, session, verdict_scale
from annotator.ui.common import dialogs, plain_text
from annotator.ui.common.actions import make_action
from annotator.ui.common.host import WindowHost
from annotator.ui.common.i18n import mark, number, translated_error, translated_message, translator
from annotator.ui.common.timers import AfterPaint
from annotator.ui.common.undo_commands import EditSettingsCommand

if TYPE_CHECKING:
    from annotator.ui.project.preferences_dialog import PreferencesDialog
    from annotator.ui.project.verdict_scale_dialog import VerdictScaleDialog

tr = translator("project.files_controller")

PROJECT_FILTER = mark("Annotator projects (*.annotator);;All files (*)")
EXTERNAL_CHANGE_POLL_MS = 1500
BACKUP_POLL_MS = 100
BACKUP_LATEST_MS = 1000
"""The opening backup starts once the window has painted, or this long after opening at latest."""
"""How often the window looks whether the opening backup (on its own thread) has finished."""


def project_filter() -> str:
    return tr(PROJECT_FILTER)


class ProjectHost(WindowHost, Protocol):
    """The window as the project-files room sees it: it can be given a project and lose it."""

    def attach_project(self, service: ProjectService, article_id: str | None) -> None:
        """Show `service` in every room, starting with `article_id`."""
        ...

    def detach_project(self) -> None:
        """Let go of the project in every room (the file is still open)."""
        ...


class ProjectFilesController(QObject):
    """Owns the File menu's project actions, the Project menu, and the external-change poll."""

    def __init__(self, host: ProjectHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.open_preferences: Callable[[], PreferencesDialog] | None = None  # set by the window
        self._watcher: session.ExternalChangeWatcher | None = None
        self.external_timer = QTimer(self)
        self.external_timer.setInterval(EXTERNAL_CHANGE_POLL_MS)
        self.external_timer.timeout.connect(self.check_external_changes)
        self.opening_backup: session.OpeningBackup | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_POLL_MS)
        self.backup_timer.timeout.connect(self._backup_progress)
        self.recent_menu = QMenu(tr("Open &Recent"), host.dialog_parent())
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._build_actions()

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_project_action = make_action(
            self, tr("&New Project…"), self.new_project_dialog, keys.New
        )
        self.open_project_action = make_action(
            self, tr("&Open Project…"), self.open_project_dialog, keys.Open
        )
        self.restore_action = make_action(
            self, tr("Restore from &Backup…"), self.restore_dialog, None,
            tr("Go back to a copy made when the project was opened"),
        )  # fmt: skip
        self.save_as_action = make_action(
            self, tr("Save &As…"), self.save_as_dialog, keys.SaveAs,
            tr("Copy the project to a new file and continue there"),
        )  # fmt: skip
        self.project_settings_action = make_action(
            self, tr("Project &Settings…"), self.project_settings_dialog, None,
            tr("Organisation, report URL, methodology and corrections policy"),
        )  # fmt: skip
        self.verdict_scale_action = make_action(
            self, tr("&Verdict Scale…"), self.verdict_scale_dialog, None,
            tr("Add, rename, reorder, recolour or retire verdicts"),
        )  # fmt: skip
        self.preferences_action = make_action(
            self, tr("&Preferences…"), self.preferences_dialog, keys.Preferences
        )
        self.project_properties_action = make_action(
            self, tr("Project &Properties…"), self.project_properties, None,
            tr("Size of the project and of its captures"),
        )  # fmt: skip

    def update_actions(self, writable: bool) -> None:
        is_open = self.host.service is not None
        self.save_as_action.setEnabled(is_open)
        self.restore_action.setEnabled(writable)
        self.project_settings_action.setEnabled(writable)
        self.verdict_scale_action.setEnabled(writable)
        self.project_properties_action.setEnabled(is_open)

    # -- open and close -------------------------------------------------------------------

    def open_project(self, path: str | Path, *, create: bool = True) -> bool:
        """Open `path` (creating it if allowed); a refused file gets a dialog and stays
        untouched."""
        path = Path(path)
        try:  # visible to other instances (and to a restore) before the file is opened
            warning = session.other_instance_warning(path)
        except AnnotatorError as error:
            self.host.tell(tr("Cannot Open Project"), translated_error(error), error=True)
            return False
        author = self.host.author
        try:
            me = app_settings.resolve_identity(author)
            service = session.open_project(
                path, author, app_settings.data_dir(), create=create, author_id=me.id or None,
                verdict_names=translator(verdict_scale.TRANSLATION_CONTEXT),
            )
        except AnnotatorError as error:
            session.release(path)
            self.host.tell(tr("Cannot Open Project"), translated_error(error), error=True)
            return False
        self.close_project()
        self._watcher = session.watcher(service)
        self.external_timer.start()
        app_settings.add_recent_project(service.path)
        ids = service.article_ids()
        last = app_settings.qsettings().value(f"last_article/{service.path}", "")
        self.host.attach_project(service, last if last in ids else (ids[0] if ids else None))
        self._opened(service, warning)
        return True

    def _opened(self, service: ProjectService, warning: str | None) -> None:
        """Say what the user must know about the file just opened; back it up if writable."""
        if service.read_only:
            self.host.status(translated_message(session.read_only_notice(service.path)))
        else:  # on its own thread, once the window has painted (an edit before waits for it)
            self.opening_backup = session.opening_backup(service, app_settings.data_dir())
            AfterPaint(self.host.dialog_parent(), self.opening_backup.start, BACKUP_LATEST_MS)
            self.backup_timer.start()
        if warning:
            self.host.tell(tr("Project Open Elsewhere"), translated_message(warning))
        for notice in service.open_notices:  # e.g. a stale -wal that was set aside
            self.host.tell(tr("Leftover Change Log Not Applied"), translated_message(notice))

    def _backup_progress(self) -> None:
        """Once the opening backup is done: say so if it could not be made."""
        backup = self.opening_backup
        if backup is None or not backup.done:
            return
        self.backup_timer.stop()
        problem = session.backup_problem(backup)
        if problem:
            self.host.status(translated_message(problem), 10000)

    def close_project(self) -> None:
        """Commit pending typing, then close the file (checkpointing it so it can be copied)."""
        self.host.flush_edits()
        service = self.host.service
        if service is None:
            return
        if self.host.article_id:
            app_settings.qsettings().setValue(f"last_article/{service.path}", self.host.article_id)
        self.external_timer.stop()
        self._watcher = None
        self.host.detach_project()
        path = service.path
        service.close()  # waits for an opening backup still being made
        self._backup_progress()
        self.opening_backup = None
        session.release(path)

    # -- file dialogs ---------------------------------------------------------------------

    def new_project_dialog(self) -> None:
        parent = self.host.dialog_parent()
        start = str(Path.home() / tr("Untitled.annotator"))
        path, _ = QFileDialog.getSaveFileName(parent, tr("New Project"), start, project_filter())
        if path:
            if not path.endswith(".annotator"):
                path += ".annotator"
            if Path(path).exists():
                dialogs.show_error(
                    parent, tr("New Project"),
                    tr("{name} already exists; open it instead, or choose another name.")
                    .format(name=Path(path).name),
                )  # fmt: skip
                return
            self.open_project(path)

    def open_project_dialog(self) -> None:
        parent = self.host.dialog_parent()
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("Open Project"), str(Path.home()), project_filter()
        )
        if path:
            self.open_project(path, create=False)

    def save_as_dialog(self) -> None:
        service = self.host.service
        if service is None:
            return
        suggested = str(service.path.with_name(service.path.stem + " copy.annotator"))
        parent = self.host.dialog_parent()
        path, _ = QFileDialog.getSaveFileName(
            parent, tr("Save Project As"), suggested, project_filter()
        )
        if path:
            self.save_as(path)

    def save_as(self, path: str | Path) -> bool:
        """Copy the project with SQLite's backup API and continue working in the copy."""
        service = self.host.service
        assert service is not None
        target = Path(path)
        if target.resolve() == service.path.resolve():
            return True
        self.host.flush_edits()
        try:
            service.backup_to(target)
        except Exception as error:  # noqa: BLE001 - any failure to write the copy is reported
            message = tr("Could not write {name}: {error}").format(
                name=target.name, error=translated_error(error)
            )
            dialogs.show_error(self.host.dialog_parent(), tr("Save As"), message)
            return False
        return self.open_project(target, create=False)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in app_settings.recent_projects():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(plain_text.tooltip(path))
            action.triggered.connect(
                lambda checked=False, p=path: self.open_project(p, create=False)
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("No recent projects")).setEnabled(False)

    # -- backups --------------------------------------------------------------------------

    def restore_dialog(self) -> None:
        service = self.host.service
        if service is None:
            return
        path = service.path
        backups = session.list_backups(app_settings.data_dir(), path)
        from annotator.ui.project.restore_dialog import RestoreDialog

        chosen = RestoreDialog.ask(self.host.dialog_parent(), path.name, backups)
        if chosen is not None:
            self.restore_backup(chosen)

    def restore_backup(self, backup: session.BackupInfo) -> bool:
        """Replace the project with a backup; the current file is kept aside, renamed."""
        service = self.host.service
        assert service is not None
        path = service.path
        self.close_project()
        try:
            aside = session.restore(backup, path)
        except AnnotatorError as error:
            dialogs.show_error(
                self.host.dialog_parent(), tr("Restore from Backup"), translated_error(error)
            )
            self.open_project(path, create=False)
            return False
        opened = self.open_project(path, create=False)
        if aside is not None:
            self.host.status(
                tr("Restored the backup of {label}; the replaced file was kept as {name}.").format(
                    label=backup.label(), name=aside.name
                ),
                15000,
            )
        return opened

    # -- other writers --------------------------------------------------------------------

    def check_external_changes(self) -> bool:
        """Another window or process committed to this project: reload what is shown."""
        service = self.host.service
        if service is None:
            return False
        if self._watcher is None or not self._watcher.has_external_changes():
            return False
        self.host.flush_edits()
        current = self.host.current_claim_id()
        self.host.undo_stack.clear()  # the other writer's changes may conflict with our history
        service.reload()
        if current:
            self.host.select_claim(current)
        self.host.status(
            tr(
                "The project was changed by another window; showing the latest "
                "(your undo history was cleared)."
            ),
            8000,
        )
        return True

    def preferences_dialog(self) -> PreferencesDialog | None:
        """Edit → Preferences…: reader font, theme, times and my name (PreferencesController)."""
        return self.open_preferences() if self.open_preferences is not None else None

    # -- the Project menu -----------------------------------------------------------------

    def project_settings_dialog(self) -> None:
        service = self.host.service
        if service is None:
            return
        from annotator.ui.project.settings_dialog import ProjectSettingsDialog

        values = ProjectSettingsDialog.ask(self.host.dialog_parent(), service.settings())
        if values is not None:
            self.host.run(lambda: EditSettingsCommand.perform(service, values))

    def verdict_scale_dialog(self) -> VerdictScaleDialog | None:
        from annotator.ui.project.verdict_scale_dialog import VerdictScaleDialog

        service = self.host.service
        if service is None or service.read_only:
            return None
        dialog = VerdictScaleDialog(self.host.dialog_parent(), service, self.host.undo_stack)
        dialog.setModal(True)
        dialog.show()  # window-modal, without blocking: edits are committed one by one
        return dialog

    def project_properties_text(self) -> str:
        from annotator.importers import _size

        service = self.host.service
        assert service is not None
        count, size = captures.capture_totals(service)
        file_size = service.path.stat().st_size if service.path.exists() else 0
        lines = (
            tr("{name}: {size} on disk.").format(name=service.path.name, size=_size(file_size)),
            tr("%n article(s).", n=len(service.article_ids())),
            tr(
                "Captures: {count} ({size} of stored pages and files; limit {limit} per capture)."
            ).format(
                count=number(count), size=_size(size), limit=_size(captures.MAX_CAPTURE_BYTES)
            ),
        )
        return "\n".join(lines)

    def project_properties(self) -> None:
        if self.host.service is not None:
            text = self.project_properties_text()
            dialogs.show_info(self.host.dialog_parent(), tr("Project Properties"), text)
