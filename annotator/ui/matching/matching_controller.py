"""Wires matching and check-worthiness into the main window: File → Import Fact-Checks…,
Article → Suggest Claims, Claim → Already Checked?, the Fact-Checks and Suggestions tabs, the
"Already checked?" tab beside the inspector, and dashed suggestion underlines in the reader."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from annotator.errors import AnnotatorError
from annotator.services import Change, ChangeKind, ProjectService
from annotator.services.factchecks import Match, import_factchecks
from annotator.ui.common.actions import make_action
from annotator.ui.common.host import Places, WindowHost
from annotator.ui.common.i18n import mark, number, translated_error, translator
from annotator.ui.matching.matching_panels import (
    AlreadyCheckedPanel,
    FactChecksPanel,
    SuggestionsPanel,
)
from annotator.ui.reader.reader import ArticleReader

if TYPE_CHECKING:
    from annotator.services.suggestions import Suggestion

tr = translator("matching.matching_controller")

FEED_FILTER = mark("Fact-checks (*.json *.jsonld *.jsonl *.ndjson *.csv *.tsv *.gz);;All files (*)")


class MatchingController:
    def __init__(self, host: WindowHost, places: Places, reader: ArticleReader) -> None:
        self.host, self.places, self.reader = host, places, reader
        window = host.dialog_parent()
        self.service: ProjectService | None = None
        self.factchecks = FactChecksPanel()
        self.suggestions = SuggestionsPanel()
        self.already = AlreadyCheckedPanel()
        self._suggested_article: str | None = None
        self._claim_to_look_up: str | None = None  # shown while the panel was behind a tab
        places.left_tabs.addTab(self.factchecks, tr("Fact-Checks"))
        places.left_tabs.addTab(self.suggestions, tr("Suggestions"))
        places.right_tabs.addTab(self.already, tr("Already Checked?"))
        self.import_action = make_action(
            window,
            tr("Import &Fact-Checks…"),
            self.import_dialog,
            None,
            tr(
                "Published fact-checks (ClaimReview JSON-LD, JSON Lines, CSV) as reference material"
            ),
        )
        self.suggest_action = make_action(
            window,
            tr("&Suggest Claims"),
            self.suggest_claims,
            "Ctrl+Alt+K",
            tr("Mark the sentences most worth checking"),
        )
        self.check_action = make_action(
            window,
            tr("Already &Checked?"),
            self.check_selection,
            "Ctrl+Alt+M",
            tr("Look the selected text up among fact-checks and approved claims"),
        )
        places.file_menu.insertAction(places.file_insert_before, self.import_action)
        places.article_menu.addSeparator()
        places.article_menu.addAction(self.suggest_action)
        places.claim_menu.addSeparator()
        places.claim_menu.addAction(self.check_action)
        self.already.shown.connect(self._look_up_when_shown)
        self.already.reuse_requested.connect(self.reuse)
        self.already.check_selection_requested.connect(self.check_selection)
        self.suggestions.accept_requested.connect(self.accept)
        self.suggestions.dismiss_requested.connect(self.dismiss)
        self.suggestions.suggestion_selected.connect(lambda s: reader.select_span(s.start, s.end))
        self.update_actions()

    # -- project and selection hooks ---------------------------------------------------

    def project_opened(self, service: ProjectService) -> None:
        self.service = service
        self.factchecks.set_service(service)
        self.already.set_service(service)
        service.changes.subscribe(self._on_change)
        self.update_actions()

    def project_closing(self) -> None:
        if self.service is not None:
            self.service.changes.unsubscribe(self._on_change)
        self.service = None
        self.factchecks.set_service(None)
        self.already.set_service(None)
        self._clear_suggestions()

    def article_shown(self, article_id: str | None) -> None:
        if article_id != self._suggested_article:
            self._clear_suggestions()
        else:
            self.reader.set_suggestions([(s.start, s.end) for s in self.suggestions.suggestions()])
        self.update_actions()

    def claim_shown(self, claim_id: str | None) -> None:
        """Look the shown claim up in the archive: at once if the panel can be seen, else when
        it is brought in front (a lookup on every edit behind the inspector's tab cost about
        0.3 ms of each verdict change, docs/PERFORMANCE.md)."""
        if self.service is None or claim_id is None:
            return
        if not self.already.isVisible():
            self._claim_to_look_up = claim_id
            return
        self._claim_to_look_up = None
        claim = self.service.claim(claim_id)
        self.already.show_matches(
            claim.claim_reviewed or claim.exact, can_reuse=not self.service.read_only
        )

    def _look_up_when_shown(self) -> None:
        claim_id, self._claim_to_look_up = self._claim_to_look_up, None
        with suppress(KeyError):  # removed meanwhile: nothing to look up
            self.claim_shown(claim_id)

    def update_actions(self) -> None:
        service, article_id = self.service, self.host.article_id
        writable = service is not None and not service.read_only
        self.import_action.setEnabled(writable)
        self.suggest_action.setEnabled(service is not None and article_id is not None)
        self.check_action.setEnabled(service is not None and article_id is not None)

    def _on_change(self, change: Change) -> None:
        if change.kind == ChangeKind.RELOADED:
            self.factchecks.refresh()
        if (
            change.kind == ChangeKind.CLAIM_CHANGED
            and change.claim_id == self.host.current_claim_id()
        ):
            self.claim_shown(change.claim_id)
        if (
            change.kind in (ChangeKind.CLAIM_ADDED, ChangeKind.CLAIM_REMOVED)
            and change.article_id == self._suggested_article
        ):
            self.suggest_claims(switch_tab=False)

    # -- actions ---------------------------------------------------------------------------

    def import_dialog(self, path: str | None = None) -> None:
        if self.service is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.host.dialog_parent(),
                tr("Import Fact-Checks"),
                str(Path.home()),
                tr(FEED_FILTER),
            )
            if not path:
                return
        try:
            counts = import_factchecks(self.service, path)
        except AnnotatorError as error:
            self.host.tell(tr("Cannot Import Fact-Checks"), translated_error(error), error=True)
            return
        self.factchecks.refresh()
        self.places.left_tabs.setCurrentWidget(self.factchecks)
        self.host.status(
            tr(
                "Fact-checks from {name}: {added} added, {updated} updated, {unchanged} unchanged"
            ).format(
                name=Path(path).name,
                added=number(counts.added),
                updated=number(counts.updated),
                unchanged=number(counts.unchanged),
            ),
            8000,
        )

    def suggest_claims(self, *, switch_tab: bool = True) -> list[Suggestion]:
        host = self.host
        if self.service is None or host.article_id is None:
            return []
        from annotator.services import suggestions  # the model loads with the first suggestion

        found = suggestions.suggest(self.service, host.article_id)
        self._suggested_article = host.article_id
        self.suggestions.set_suggestions(self.service.article(host.article_id).text, found)
        self.reader.set_suggestions([(s.start, s.end) for s in found])
        if switch_tab:
            self.places.left_tabs.setCurrentWidget(self.suggestions)
            self.suggestions.setFocus()
            if found:
                self.suggestions.setCurrentRow(0)
            host.status(
                tr(
                    "%n sentence(s) worth checking: Enter makes a claim, Delete dismisses",
                    n=len(found),
                ),
                8000,
            )
        return found

    def accept(self, suggestion: Suggestion) -> None:
        service, article_id = self.service, self._suggested_article
        if service is None or article_id is None:
            return
        from annotator.ui.matching.matching_commands import AcceptSuggestionCommand

        command = self.host.run(
            lambda: AcceptSuggestionCommand(service, article_id, suggestion.start, suggestion.end)
        )
        if command:
            self.host.select_claim(command.claim_id)
            self.suggestions.setFocus()

    def dismiss(self, suggestion: Suggestion) -> None:
        service, article_id = self.service, self._suggested_article
        if service is None or article_id is None:
            return
        from annotator.ui.matching.matching_commands import DismissSuggestionCommand

        row = self.suggestions.currentRow()
        if self.host.run(
            lambda: DismissSuggestionCommand(service, article_id, suggestion.start, suggestion.end)
        ):
            self.suggest_claims(switch_tab=False)
            self.suggestions.setCurrentRow(min(row, self.suggestions.count() - 1))

    def reuse(self, match: Match) -> None:
        claim_id = self.host.current_claim_id()
        service = self.service
        if service is None or claim_id is None:
            return
        from annotator.ui.matching.matching_commands import ReuseMatchCommand

        command = self.host.run(lambda: ReuseMatchCommand(service, claim_id, match))
        if command:
            self.host.status("; ".join(command.result.done).capitalize(), 8000)

    def check_selection(self) -> list[Match]:
        host = self.host
        span = host.selected_span()
        if self.service is None or host.article_id is None or span is None:
            host.status(tr("Select some text of the article to look it up."), 5000)
            return []
        text = self.service.article(host.article_id).text[span[0] : span[1]]
        self.places.right_tabs.setCurrentWidget(self.already)
        return self.already.show_matches(text, can_reuse=False)

    def _clear_suggestions(self) -> None:
        self._suggested_article = None
        self.suggestions.clear()
        self.reader.set_suggestions([])
