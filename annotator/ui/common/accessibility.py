"""Accessible names and descriptions for the window's controls and its dialogs, and Tab that
leaves a table in one key.

Controls that do not name themselves (a text field known by its placeholder, a combo box Qt
would read out by its current value, a list, a table) get a name and a description here, by the
class of the panel or dialog holding them and the attribute (or object name, `#name`) that holds
them. A control that sets its own accessible name or description keeps it. Dialogs are filled
in when they are shown (an event filter on the application), the window once it is built."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

Texts = dict[str, tuple[str, str]]  # attribute or #objectName: (name, description)


class AccessibleText(QObject):
    """Fills in names and descriptions; installed on the application by ui/keyboard.py."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.by_class: dict[str, Texts] = {
            **self._window_texts(),
            **self._tool_texts(),
            **self._dialog_texts(),
            **self._more_dialog_texts(),
            **self._review_dialog_texts(),
        }

    def _window_texts(self) -> dict[str, Texts]:
        tr = self.tr
        return {
            "MainWindow": {"reader": (tr("Article text"), "")},
            "LibraryPanel": {
                "filter": (tr("Filter articles"), tr("Shows only articles whose title has this")),
                "view": (tr("Articles"), tr("The project's articles; select one to open it")),
            },
            "ClaimsPanel": {
                "search": (tr("Filter claims"), tr("Shows only claims whose text has this")),
                "verdict_filter": (tr("Verdict filter"), tr("Shows only claims with this verdict")),
                "status_filter": (tr("Status filter"), tr("Shows only claims with this status")),
                "author_filter": (tr("Author filter"), tr("Shows only claims by this author")),
                "tag_filter": (tr("Tag filter"), tr("Shows only claims with this tag")),
                "view": (tr("Claims"), tr("The article's claims; selecting one shows it")),
            },
            "ClaimInspector": {
                "verdict": (tr("Verdict"), tr("The verdict on the claim")),
                "status": (tr("Status"), tr("Where the claim is in review")),
                "explanation": (tr("Explanation"), tr("Why the claim has its verdict")),
                "internal_note": (tr("Internal note"), tr("A note for the team, never exported")),
                "sources": (tr("Sources"), tr("The claim's sources; Enter opens a web source")),
                "add_source_button": (tr("Add Source"), tr("Attach a source to the claim")),
                "edit_source_button": (tr("Edit Source"), tr("Edit the selected source")),
                "remove_source_button": (tr("Remove Source"), tr("Remove the selected source")),
            },
            "CommentsWidget": {
                "threads": (tr("Comments"), tr("The claim's comment threads")),
                "editor": (tr("New comment"), tr("Type a comment; Ctrl+Return sends it")),
                "reply_button": (tr("Reply"), tr("Reply to the selected comment")),
                "resolve_button": (tr("Resolve"), tr("Mark the selected thread resolved")),
                "reopen_button": (tr("Reopen"), tr("Open the selected thread again")),
                "edit_button": (tr("Edit comment"), tr("Change the words of your own comment")),
                "delete_button": (
                    tr("Delete comment"),
                    tr("Delete your own comment and its replies"),
                ),
                "detail": (tr("Selected comment"), tr("The whole text of the selected comment")),
            },
            "HistoryWidget": {
                "list": (tr("History"), tr("Every change to the claim, newest first"))
            },
            "FindBar": {"field": (tr("Find in article"), tr("Enter finds the next match"))},
            "SearchPanel": {
                "field": (tr("Search"), tr("Searches all articles and claims")),
                "results": (tr("Search results"), tr("Enter opens the selected result")),
            },
        }

    def _tool_texts(self) -> dict[str, Texts]:
        tr = self.tr
        return {
            "RevisionsPanel": {
                "list": (tr("Claims to review after an update"), tr("Select one to see it")),
                "diff": (tr("Changes around the claim"), tr("The old and new text of the passage")),
                "diff_button": (tr("Article Diff"), tr("Compare the article's versions")),
            },
            "FactChecksPanel": {
                "field": (tr("Search fact-checks"), tr("Searches the imported fact-checks")),
                "results": (tr("Fact-checks"), tr("Imported fact-checks matching the search")),
            },
            "AlreadyCheckedPanel": {
                "matches": (tr("Earlier fact-checks"), tr("Fact-checks that match the claim")),
                "check_button": (
                    tr("Check Selected Text"),
                    tr("Look for fact-checks of the selected text"),
                ),
            },
            "SuggestionsPanel": {
                "#suggestionsPanel": (
                    tr("Check-worthy sentences"),
                    tr("Sentences that may be worth checking"),
                ),
            },
            "ReviewModePanel": {
                "sources": (tr("Sources"), tr("The sources of the claim under review")),
                "comment": (tr("Requested changes"), tr("What should change; Ctrl+Return sends")),
                "previous_button": (tr("Previous"), tr("The previous claim to review (K)")),
                "next_button": (tr("Next"), tr("The next claim to review (J)")),
                "approve_button": (tr("Approve"), tr("Approve the claim (A)")),
                "changes_button": (tr("Request Changes"), tr("Ask the author for changes (R)")),
                "leave_button": (tr("Leave Review Mode"), tr("Close Review Mode (Esc)")),
            },
            "ConflictsPanel": {
                "list": (tr("Conflicts"), tr("Claims changed by you and by a colleague")),
                "table": (tr("Conflicting fields"), tr("Your value and your colleague's value")),
                "keep_mine_button": (tr("Keep Mine"), tr("Keep your value of the field")),
                "keep_theirs_button": (tr("Keep Theirs"), tr("Take your colleague's value")),
                "edit_button": (tr("Edit Result"), tr("Write the value to keep")),
            },
        }

    def _dialog_texts(self) -> dict[str, Texts]:
        tr = self.tr
        return {
            "PreferencesDialog": {
                "use_default_font": (tr("Reader font"), tr("The default serif font or another")),
                "font_family": (tr("Font family"), tr("The font of the article's text")),
                "font_size": (tr("Font size"), tr("The size of the article's text in points")),
                "theme": (tr("Theme"), tr("Follow the system, light or dark")),
                "time_display": (tr("Times"), tr("Show times in UTC or in local time")),
                "language": (tr("Language"), tr("The interface language, from the next start")),
            },
            "ExportDialog": {
                "format": (tr("Format"), tr("What to write: a report or data")),
                "this_article": (tr("This article"), tr("Export only the article shown")),
                "all_articles": (tr("All articles"), tr("Export every article of the project")),
                "include_drafts": (tr("Include drafts"), tr("Also claims not yet approved")),
                "allow_incomplete": (tr("Allow incomplete"), tr("Write ClaimReview anyway")),
                "report_language": (tr("Report language"), tr("The language of report headings")),
                "agreement": (tr("Agreement appendix"), tr("Add agreement between reviewers")),
                "csv_per_source": (tr("One row per source"), tr("CSV rows per source")),
                "csv_bom": (tr("UTF-8 with BOM"), tr("For spreadsheets that need the BOM")),
                "path": (tr("Save to"), tr("The file the export is written to")),
                "when_done": (tr("When done"), tr("What to do once the file is written")),
            },
            "SourceDialog": {
                "kind": (tr("Kind"), tr("What kind of source this is")),
                "stance": (tr("Stance"), tr("Whether the source supports the claim")),
                "excerpt": (tr("Excerpt"), tr("The passage of the source that matters")),
                "protected": (tr("Protected"), tr("A source who asked not to be named")),
                "view_capture": (tr("View Capture"), tr("Show the saved copy of the source")),
                "#source_title": (tr("Title"), tr("The source's title")),
                "#source_publisher": (tr("Publisher"), tr("Who published the source")),
            },
        }

    def _more_dialog_texts(self) -> dict[str, Texts]:
        tr = self.tr
        return {
            "ArticlePropertiesDialog": {
                "title": (tr("Title"), tr("The article's title")),
                "authors": (tr("Authors"), tr("Who wrote the article, separated by commas")),
                "publisher": (tr("Publisher"), tr("Who published the article")),
                "standfirst": (tr("Standfirst"), tr("The summary under the headline")),
            },
            "ConnectHubDialog": {
                "host": (tr("Host"), tr("The hub's server name or address")),
                "port": (tr("Port"), tr("The hub server's port")),
                "dbname": (tr("Database"), tr("The hub's database name")),
                "user": (tr("User"), tr("Your user name on the hub")),
                "sslmode": (tr("SSL mode"), tr("Whether the connection must be encrypted")),
            },
            "ProjectSettingsDialog": {
                "#setting_methodology": (tr("Methodology"), tr("How the desk checks claims")),
                "#setting_corrections_policy": (
                    tr("Corrections policy"),
                    tr("How the desk corrects its reports"),
                ),
            },
            "VerdictScaleDialog": {
                "list": (tr("Verdicts"), tr("The project's verdict scale, in order")),
                "template": (tr("Template"), tr("A ready-made verdict scale")),
                "buttons.add": (tr("Add"), tr("Add a verdict to the scale")),
                "buttons.rename": (tr("Rename"), tr("Rename the selected verdict")),
                "buttons.colour": (tr("Colour"), tr("Change the selected verdict's colour")),
                "buttons.value": (tr("Value"), tr("Set the selected verdict's rating value")),
                "buttons.up": (tr("Move Up"), tr("Move the selected verdict up the scale")),
                "buttons.down": (tr("Move Down"), tr("Move the selected verdict down the scale")),
                "buttons.retire": (tr("Retire"), tr("Offer the verdict no more, or again")),
                "buttons.remove": (tr("Remove"), tr("Remove the selected verdict")),
            },
            "OpenUrlDialog": {
                "allow_local": (tr("Allow local addresses"), tr("For this fetch only")),
            },
            "UpdateVersionDialog": {
                "from_file": (tr("From a file"), tr("Read the new version from a file")),
                "path": (tr("File"), tr("The file of the new version")),
                "from_text": (tr("From pasted text"), tr("Use text pasted below")),
                "text": (tr("New text"), tr("The article's current text, pasted")),
            },
        }

    def _review_dialog_texts(self) -> dict[str, Texts]:
        tr = self.tr
        return {
            "AgreementDialog": {
                "blind": (tr("Rate blind"), tr("Hide colleagues' verdicts until you rate")),
                "table": (tr("Agreement"), tr("How often the reviewers' verdicts agree")),
                "disagreements": (tr("Disagreements"), tr("Passages rated differently")),
            },
            "AdjudicationDialog": {
                "only_waiting": (tr("Only waiting"), tr("Show only passages not yet settled")),
                "table": (tr("Ratings"), tr("Each reviewer's verdict on the passage")),
                "verdict": (tr("Final verdict"), tr("The verdict the passage gets")),
                "settle_button": (tr("Settle Verdict"), tr("Give the passage the final verdict")),
            },
            "ClaimResultDialog": {
                "verdict": (tr("Verdict"), tr("The merged claim's verdict")),
                "status": (tr("Status"), tr("The merged claim's status")),
                "explanation": (tr("Explanation"), tr("The merged claim's explanation")),
                "internal_note": (tr("Internal note"), tr("A note for the team, never exported")),
            },
            "RestoreDialog": {
                "list": (tr("Backups"), tr("The project's backups; the one chosen is restored"))
            },
            "ArticleDiffDialog": {
                "old": (tr("Older version"), tr("The version to compare from")),
                "new": (tr("Newer version"), tr("The version to compare to")),
                "change_list": (tr("Changes"), tr("The changed passages; select one to see it")),
                "view": (tr("Differences"), tr("The two versions' text, changes marked")),
            },
            "ChecklistDialog": {"list": (tr("Checklist"), tr("What to check before export"))},
        }

    # -- applying ---------------------------------------------------------------------------

    def fill_in(self, root: QWidget) -> None:
        """Name and describe the controls of `root` and of every panel inside it."""
        for holder in (root, *root.findChildren(QWidget)):
            texts = self.by_class.get(type(holder).__name__)
            if texts:
                self._apply(holder, texts)
        for box in root.findChildren(QDialogButtonBox):
            self._describe_buttons(box)
        for field in root.findChildren(QLineEdit):
            placeholder = field.placeholderText().rstrip("…. ")
            if placeholder and not field.accessibleName():
                field.setAccessibleName(placeholder)
        for view in root.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it

    def _apply(self, holder: QWidget, texts: Texts) -> None:
        attributes = vars(holder)
        for key, (name, description) in texts.items():
            widget = holder if key == f"#{holder.objectName()}" else attributes.get(key)
            if "." in key:  # a dict of widgets: "buttons.add"
                group = attributes.get(key.split(".")[0])
                widget = group.get(key.split(".")[1]) if isinstance(group, dict) else None
            if key.startswith("#") and widget is None:
                widget = holder.findChild(QWidget, key[1:])
            if not isinstance(widget, QWidget):
                continue
            if name and not widget.accessibleName():
                widget.setAccessibleName(name)
            if description and not widget.accessibleDescription() and not widget.toolTip():
                widget.setAccessibleDescription(description)

    def _describe_buttons(self, box: QDialogButtonBox) -> None:
        roles = QDialogButtonBox.ButtonRole
        for button in box.buttons():
            if button.accessibleDescription() or button.toolTip():
                continue
            role = box.buttonRole(button)
            if role == roles.AcceptRole:
                button.setAccessibleDescription(self.tr("Do this and close the dialog (Enter)"))
            elif role == roles.RejectRole:
                button.setAccessibleDescription(self.tr("Close without changing anything (Esc)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            self.fill_in(watched)
        return False


_filler: AccessibleText | None = None


def install(window: QWidget) -> AccessibleText:
    """Fill in the window now, and every dialog as it is shown (one filter for the application)."""
    global _filler
    app = QApplication.instance()
    if _filler is None:
        _filler = AccessibleText(app)
        if app is not None:
            app.installEventFilter(_filler)
    _filler.fill_in(window)
    return _filler


def fill_in_later(widget: QWidget) -> None:
    """A panel made after the window was filled in (one built when first shown) gets its names
    now; before `install` the window's own filling in will reach it."""
    if _filler is not None:
        _filler.fill_in(widget)
