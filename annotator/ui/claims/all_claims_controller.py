"""View → All Claims (Ctrl+Shift+L): a dock listing the claims of every article, kept in step
with the project's change notices while it is open, read afresh each time it is shown.

The dock and its action exist from the start (the View menu, its shortcut, the saved layout);
the list inside is made when the dock is first shown or asked for (`model`, `panel`), not
before the window's first paint (docs/PERFORMANCE.md, start-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from annotator.domain import Claim, Verdict
from annotator.services import Change, ChangeKind
from annotator.services.review import unresolved_comment_counts
from annotator.ui.common import accessibility, window_fit
from annotator.ui.common.change_feed import ChangeFeed
from annotator.ui.common.host import Places, WindowHost
from annotator.ui.review.blind import BlindMask

if TYPE_CHECKING:
    from annotator.ui.claims.all_claims import AllClaimsPanel, ProjectClaimsModel

CLAIM_KINDS = (ChangeKind.CLAIM_ADDED, ChangeKind.CLAIM_CHANGED, ChangeKind.CLAIM_REMOVED)


class AllClaimsController(QObject):
    """Owns the All Claims dock and its action; opening a claim goes through `open_claim`."""

    def __init__(self, host: WindowHost, places: Places, menu: QMenu) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.blind = BlindMask()  # colleagues' judgements hidden while I rate their article blind
        self._list: tuple[ProjectClaimsModel, AllClaimsPanel] | None = None
        self.dock = QDockWidget(self.tr("All Claims"), host.dialog_parent())
        self.dock.setObjectName("allClaimsDock")
        places.add_dock(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = self.dock.toggleViewAction()
        self.action.setText(self.tr("&All Claims"))
        self.action.setObjectName("allClaimsAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action.setStatusTip(self.tr("The claims of every article: filter, sort, open"))
        menu.addSeparator()
        menu.addAction(self.action)
        self._feed = ChangeFeed(self._on_change)
        self.dock.visibilityChanged.connect(self._shown)

    @property
    def model(self) -> ProjectClaimsModel:
        return self._made()[0]

    @property
    def panel(self) -> AllClaimsPanel:
        return self._made()[1]

    def _made(self) -> tuple[ProjectClaimsModel, AllClaimsPanel]:
        """The list and its model, made on first use and put in the dock."""
        if self._list is None:
            from annotator.ui.claims.all_claims import AllClaimsPanel, ProjectClaimsModel

            model = ProjectClaimsModel(
                self._verdict_of, lambda claims: self.blind.verdicts_of(self.host.service, claims)
            )
            model.person_name = self._person_name
            panel = AllClaimsPanel(model)
            panel.open_requested.connect(self.open_claim)
            self._list = (model, panel)
            self.dock.setWidget(panel)
            window_fit.scroll_dock(self.dock)
            accessibility.fill_in_later(panel)
        return self._list

    def _shown(self, shown: bool) -> None:
        if shown:  # read afresh: a hidden list does not follow (nor does a blind reveal notify)
            self.reload()

    def _verdict_of(self, claim: Claim) -> Verdict | None:
        service = self.host.service
        return self.blind.verdict_of(service, claim) if service is not None else None

    def _person_name(self, claim: Claim) -> str:
        service = self.host.service
        if service is None or not claim.author_id:
            return claim.author
        return service.display_name(claim.author_id, claim.author)

    def reload(self) -> None:
        """Read every article's claims again (the dock shows them; a hidden dock waits)."""
        service = self.host.service
        self._feed.attach(service)
        if service is None:
            if self._list is not None:
                self.model.set_claims([])
            return
        if not self.dock.isVisible():
            return
        summaries = service.articles()
        self.blind.load_all(service, [a.id for a in summaries], self.host.author)
        self.model.set_articles([(a.id, a.title) for a in summaries])
        self.model.set_comment_counts(unresolved_comment_counts(service))
        claims = [self.blind.as_shown(c) for a in summaries for c in service.claims(a.id)]
        self.model.set_claims(claims)
        self.panel.claims.set_verdicts(service.verdicts())
        self.panel.claims.set_people_and_tags(
            sorted({self.model.person_name(c) for c in claims if c.author or c.author_id}),
            sorted({t for c in claims for t in c.tags}),
        )

    def _on_change(self, change: Change) -> None:
        service = self.host.service
        if service is None or not self.dock.isVisible():
            return
        if change.kind == ChangeKind.SOURCES_CHANGED:
            return  # nothing the list shows
        if change.kind == ChangeKind.CLAIM_REMOVED and change.claim_id:
            self.model.remove(change.claim_id)
        elif change.kind in CLAIM_KINDS and change.claim_id:
            claim = service.find_claim(change.claim_id)
            if claim is not None:
                self.blind.rating_changed(service, claim.id)
                self.model.upsert(self.blind.as_shown(claim))
                self.model.set_comment_counts(unresolved_comment_counts(service))
        else:  # articles added, removed or renamed, or the project reloaded: read it all again
            self.reload()

    def project_changed(self) -> None:
        """The window opened or closed a project: follow it (read at once if the dock shows)."""
        self.reload()

    def open_claim(self, claim_id: str) -> None:
        """Show the claim's article in the reader with the claim selected."""
        self.host.open_claim_anywhere(claim_id)
