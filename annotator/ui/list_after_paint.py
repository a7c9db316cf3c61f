"""The claims list of the project a start reopens, filled once the window has painted.

A start shows the article's text and highlights first: the reader needs four columns of each
claim (`ClaimPlace`); the list, and what is counted from it (the filter choices, the review
queue, the library's counts), needs the whole claims, read on the event loop's turn after the
first paint. Whatever reads or changes the list before then (a selection, an edit's change
notice, another article shown) has it filled at once first, so nobody acts on a list missing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from annotator.domain import UNRATED_COLOUR, Article, ClaimPlace
from annotator.services import ProjectService
from annotator.services.claim_spans import claim_places
from annotator.ui.common.timers import coalescing_timer
from annotator.ui.reader.reader import ArticleReader

LIST_LATEST_MS = 2000
"""A reader that is hidden or never paints gets its list this long after opening."""
T = TypeVar("T")


class ListAfterPaint(QObject):
    """The article whose claims list waits for the window's first paint, if any."""

    def __init__(
        self, window: QWidget, reader: ArticleReader, fill: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self._reader = reader
        self._fill = fill
        self.armed = False  # set by a start: the next article shown is listed after the paint
        self._pending: str | None = None
        self._latest = coalescing_timer(self, LIST_LATEST_MS, self.now)

    def take(self) -> bool:
        """Whether the article about to be shown is listed later; true once per arming."""
        armed, self.armed = self.armed, False
        return armed

    def show_first(self, service: ProjectService, article: Article, blind: bool) -> bool:
        """If armed, and no colleague's verdict is hidden (`blind`): show `article`'s text and
        highlights, and list its claims after the paint. False: the caller shows and lists."""
        if not self.take() or blind:
            return False
        places = claim_places(service, article.id)
        self._reader.show_article(article, places, verdict_colours(service))
        self.wait(article.id)
        return True

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def wait(self, article_id: str) -> None:
        """List `article_id`'s claims once the reader has painted (or `now()`, if sooner)."""
        self._pending = article_id
        self._latest.start()
        self._reader.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The text's first paint: the list is filled on the loop's turn after the next one,
        so what else waited for this paint (a first-paint probe, the backup's start) goes first."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self.now))
        return False

    def now(self) -> None:
        """Fill the list now if it still waits (before anything reads or changes it)."""
        article_id, self._pending = self._pending, None
        self._latest.stop()
        if article_id is not None:
            self._fill(article_id)

    def filled(self, read: Callable[[], T]) -> Callable[[], T]:
        """`read`, for what reads the list: the list is filled first if it still waits."""

        def read_filled() -> T:
            self.now()
            return read()

        return read_filled

    def cancel(self) -> None:
        """Another article is shown, or the project closes: the waiting list is not wanted."""
        self._pending = None


def verdict_colours(service: ProjectService) -> Callable[[ClaimPlace], str]:
    """Each place's verdict colour (unrated: UNRATED_COLOUR), each verdict looked up once; for
    a start outside blind review, where every claim shows its own verdict."""
    known: dict[str | None, str] = {}

    def colour(place: ClaimPlace) -> str:
        shown = known.get(place.verdict_id)
        if shown is None:
            verdict = service.verdict(place.verdict_id)
            shown = known[place.verdict_id] = verdict.colour if verdict else UNRATED_COLOUR
        return shown

    return colour
