"""Article → Article Properties… and Remove Article…: the article shown, as undoable edits."""

from __future__ import annotations

from PySide6.QtCore import QObject

from annotator.ui.common import dialogs
from annotator.ui.common.actions import make_action
from annotator.ui.common.host import WindowHost
from annotator.ui.common.i18n import translator
from annotator.ui.common.undo_commands import EditArticleCommand, RemoveArticleCommand

tr = translator("project.article_actions")


class ArticleActions(QObject):
    """Owns the two actions on the article shown (its versions live in ui/versions/)."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.article_properties_action = make_action(
            self, tr("Article &Properties…"), self.article_properties_dialog, "Ctrl+Alt+P"
        )
        self.remove_article_action = make_action(self, tr("&Remove Article…"), self.remove_article)

    def update_actions(self, writable: bool) -> None:
        has_article = self.host.article_id is not None
        self.article_properties_action.setEnabled(writable and has_article)
        self.remove_article_action.setEnabled(writable and has_article)

    def article_properties_dialog(self) -> None:
        service, article_id = self.host.service, self.host.article_id
        if service is None or article_id is None:
            return
        article = service.article(article_id)
        values = dialogs.ArticlePropertiesDialog.ask(self.host.dialog_parent(), article)
        if values is not None:
            self.host.run(lambda: EditArticleCommand.perform(service, article_id, values))

    def remove_article(self) -> None:
        service, article_id = self.host.service, self.host.article_id
        if service is None or article_id is None:
            return
        article = service.article(article_id)
        count = len(service.claims(article_id))
        question = tr(
            "Remove “{title}” and its %n claim(s) from the project?\nYou can undo this.", n=count
        ).format(title=article.title)
        if dialogs.confirm(self.host.dialog_parent(), tr("Remove Article"), question, tr("Remove")):
            self.host.run(lambda: RemoveArticleCommand.perform(service, article_id))
