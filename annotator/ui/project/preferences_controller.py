"""Preferences in the window: the dialog, the reader's zoom keys (View menu) and applying a
change at once to every part it concerns (theme, reader font, times, the user's name)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMenu

from annotator import app_settings
from annotator.ui.claims.claims_model import ClaimsModel
from annotator.ui.common import theme, times
from annotator.ui.common.host import Places, WindowHost
from annotator.ui.common.i18n import translator
from annotator.ui.project import preferences as stored
from annotator.ui.project.preferences import DEFAULT_READER_SIZE, Preferences
from annotator.ui.reader.reader import ArticleReader

if TYPE_CHECKING:
    from annotator.ui.project.preferences_dialog import PreferencesDialog

tr = translator("project.preferences_controller")


class PreferencesController(QObject):
    """Owns the View menu and the Preferences dialog; redraws the widgets it is handed (the
    reader, the claims list's model, the library's view) when a preference changes."""

    def __init__(
        self,
        host: WindowHost,
        places: Places,
        reader: ArticleReader,
        claims_model: ClaimsModel,
        library_view: QAbstractItemView,
    ) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.reader, self.claims_model, self.library_view = reader, claims_model, library_view
        self.current = stored.load()
        self.dialog: PreferencesDialog | None = None
        if self.current != Preferences():  # the defaults are applied by make_application
            self._apply_everywhere(self.current, refresh=False)
        times.set_time_display(self.current.time_display)
        self.zoom_in_action = self._action(
            tr("&Larger Text"), lambda: self.zoom(+1), QKeySequence.StandardKey.ZoomIn, "Ctrl+="
        )
        self.zoom_out_action = self._action(
            tr("&Smaller Text"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_reset_action = self._action(
            tr("&Default Text Size"), lambda: self.zoom(0), "Ctrl+0"
        )
        self.menu = QMenu(tr("&View"), host.dialog_parent())
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.menu.addAction(action)
        places.menu_bar.insertMenu(places.claim_menu.menuAction(), self.menu)

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        *keys: QKeySequence | QKeySequence.StandardKey | str,
    ) -> QAction:
        action = QAction(text, self.host.dialog_parent())
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setStatusTip(tr("The size of the article's text (also in Edit → Preferences)"))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- changing ------------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        """Ctrl++ / Ctrl+- change the reader's text by 1 pt; Ctrl+0 (step 0) goes back to 12 pt."""
        size = DEFAULT_READER_SIZE if step == 0 else self.current.reader_font_size + step
        self.set_preferences(self.current.with_size(size))
        self.host.status(
            tr("Article text: {reader_font_size:g} pt").format(
                reader_font_size=self.current.reader_font_size
            ),
            3000,
        )

    def set_preferences(self, preferences: Preferences) -> None:
        """Save and apply at once."""
        self._apply_everywhere(preferences)
        stored.save(preferences)

    def open_dialog(self) -> PreferencesDialog:
        """Show the dialog (window-modal, not blocking); changes are seen while it is open."""
        from annotator.ui.project.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self.host.dialog_parent(), self.current, self.host.author,
            app_settings.saved_identity_id(),
        )  # fmt: skip
        dialog.preview.connect(self._apply_everywhere)
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, result))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: PreferencesDialog, result: int) -> None:
        self.dialog = None
        if result != QDialog.DialogCode.Accepted:
            self._apply_everywhere(dialog.original)
            return
        self.set_preferences(dialog.preferences())
        name = dialog.chosen_name()
        if name and name != self.host.author:
            self.rename(name)

    def rename(self, name: str) -> None:
        """The same identity, shown under a new name from now on (in every record of it)."""
        host = self.host
        host.author = name
        app_settings.save_author(name)
        if host.service is not None:
            host.service.rename_me(name)
        host.status(tr("Your changes are now recorded as {name}.").format(name=name), 5000)

    # -- applying ------------------------------------------------------------------------

    def _apply_everywhere(self, preferences: Preferences, *, refresh: bool = True) -> None:
        previous, self.current = self.current, preferences
        times.set_time_display(preferences.time_display)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(
                app, preferences.theme, preferences.reader_font_family, preferences.reader_font_size
            )
        if refresh and preferences != previous:
            self.refresh_window()

    def refresh_window(self) -> None:
        """Redraw what shows the font, colours or times: the article (keeping the place in it and
        the selected claim), the lists and the inspector."""
        host, reader = self.host, self.reader
        claim_id = host.current_claim_id()
        bar = reader.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        reader.restyle()
        if host.service is not None and host.article_id is not None:
            host.show_article(host.article_id)
            if claim_id is not None:
                host.select_claim(claim_id)
            bar.setValue(round(fraction * bar.maximum()))
        self.claims_model.refresh_all()
        self.library_view.viewport().update()
