"""Child process: the user's interactions in the real, styled main window on one project.

    python -m benchmarks.scenarios.window_child JOB_JSON

JOB_JSON names the project, its small and big article, how many warm runs, and which parts to
run (`open`, `scroll`, `edit`, `filter`, `sort`, `search`). Every interaction is timed from the
user's action until the window is idle with the result painted (`benchmarks.qtenv.settle`):
posted events, the action's single-shot timers (the 150 ms deferred refresh of the library,
the search box's typing pause) and the paints they cause, and for opening the full layout of
the document. Floors run interleaved in the same process. Prints one JSON line and exits.
"""

from __future__ import annotations

import random
import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.qtenv import settle, then_settle
from benchmarks.timing import Timings, repeat, repeat_pair


def as_json(timings: Timings) -> dict[str, list[float]]:
    return {"cpu": timings.cpu, "wall": timings.wall}


class Session:
    """The window with the project open and the big article shown."""

    def __init__(self, job: dict[str, Any]) -> None:
        from benchmarks.ui import open_window

        self.job = job
        self.app, self.window = open_window(Path(job["settings"]), Path(job["project"]))
        self.service = self.window.service
        self.big, self.small = job["big"], job["small"]
        self.runs = int(job["runs"])
        self.rng = random.Random(int(job["seed"]))
        self.window.show_article(self.big)
        settle(self.window.reader)
        self.text = self.service.article(self.big).text

    def floor_view(self) -> Any:
        """A plain QPlainTextEdit of the reader's size holding the same text, shown."""
        from PySide6.QtWidgets import QPlainTextEdit

        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.resize(self.window.reader.size())
        view.show()
        view.setPlainText(self.text)
        settle(view)
        return view

    # -- open -------------------------------------------------------------------------------

    def open(self) -> dict[str, Any]:
        window, reader = self.window, self.window.reader

        def show_small() -> None:
            window.show_article(self.small)
            settle(reader)
            self.service._text_cache.clear()  # noqa: SLF001 - the text is read from the file

        def open_big() -> None:
            window.show_article(self.big)
            settle(reader)

        floor = self.floor_view()

        def clear_floor() -> None:
            floor.clear()
            settle(floor)

        def fill_floor() -> None:
            floor.setPlainText(self.text)
            settle(floor)

        opens, floors = repeat_pair(open_big, fill_floor, self.runs, show_small, clear_floor)
        floor.close()
        settle()
        bar = reader.verticalScrollBar()
        return {"open": as_json(opens), "open_floor": as_json(floors), "scroll_max": bar.maximum()}

    def scroll(self) -> dict[str, Any]:
        bar, viewport = self.window.reader.verticalScrollBar(), self.window.reader.viewport()
        frames = int(self.job["frames"])
        positions = [round(bar.maximum() * i / max(1, frames - 1)) for i in range(frames)]
        samples = Timings()
        for position in positions:
            samples.extend(repeat(partial(scroll_frame, bar, viewport, position), 0))
        bar.setValue(0)
        settle()
        return {"scroll": as_json(samples)}

    # -- edits --------------------------------------------------------------------------------

    def edit(self) -> dict[str, Any]:
        from annotator.anchoring.synthetic import word_spans

        window, reader = self.window, self.window.reader
        words = word_spans(self.text)
        before = len(self.service.claims(self.big))
        floor, store = self.floor_view(), FloorStore(Path(self.job["work"]) / "floor.sqlite")

        def select() -> None:
            first = self.rng.randrange(len(words) - 20)
            reader.select_span(words[first][0], words[first + self.rng.randint(3, 15)][1])
            settle(reader)
            assert window.claims.new_claim_action.isEnabled()

        def create() -> None:
            window.claims.new_claim_action.trigger()
            settle(reader)

        def floor_edit() -> None:
            store.commit_row()
            floor.viewport().repaint()

        created, create_floor = repeat_pair(create, floor_edit, self.runs, select)
        made = len(self.service.claims(self.big)) - before
        if made != self.runs + 1:
            raise RuntimeError(f"new_claim_action made {made} claims, expected {self.runs + 1}")
        ids = [c.id for c in self.service.claims(self.big)]
        combo, chosen = window.inspector.verdict, dict[str, Any]()

        def pick() -> None:
            window.select_claim(self.rng.choice(ids))
            settle(reader)
            index = (combo.currentIndex() + self.rng.randrange(1, combo.count())) % combo.count()
            chosen.update(claim=window.inspector.claim_id(), index=index)

        def change() -> None:
            combo.setCurrentIndex(chosen["index"])
            combo.activated.emit(chosen["index"])
            settle(reader)

        changed, change_floor = repeat_pair(change, floor_edit, self.runs, pick)
        if self.service.claim(chosen["claim"]).verdict_id != combo.itemData(chosen["index"]):
            raise RuntimeError("the verdict change was not stored")
        floor.close()
        store.close()
        settle()
        return {
            "create": as_json(created),
            "create_floor": as_json(create_floor),
            "verdict": as_json(changed),
            "verdict_floor": as_json(change_floor),
        }

    # -- the claims list -------------------------------------------------------------------

    def filter(self) -> dict[str, Any]:
        """Type a six-letter word into the claims filter, one keystroke at a time, `runs` times."""
        from PySide6.QtTest import QTest

        field = self.window.claims_panel.search
        word = common_word([c.exact for c in self.service.claims(self.big)], self.rng)
        keystrokes = Timings()
        for _ in range(max(1, self.runs // 3)):
            field.clear()
            settle()
            for letter in word:
                keystrokes.extend(repeat(then_settle(partial(QTest.keyClick, field, letter)), 0))
        shown = self.window.claims_model.rowCount()
        field.clear()
        settle()
        total = self.window.claims_model.rowCount()
        if shown in (0, total):
            raise RuntimeError(f"filtering by {word!r} left {shown} of {total} claims")
        return {"filter": as_json(keystrokes), "filter_word": word, "filter_shown": shown}

    def sort(self) -> dict[str, Any]:
        """Click each column's header (twice more: descending, ascending) as a user sorts."""
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        view = self.window.claims_panel.view
        header = view.horizontalHeader()
        model = self.window.claims_model
        results: dict[str, Any] = {}
        for column in range(model.columnCount()):
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            point = QPoint(x, header.height() // 2)
            click = then_settle(
                partial(
                    QTest.mouseClick,
                    header.viewport(),
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                    point,
                )
            )
            results[str(column)] = as_json(repeat(click, max(1, self.runs // 3)))
        return {"sort": results}

    def search(self) -> dict[str, Any]:
        """Queries in the window's search box (typing pause, search, results listed)."""
        panel = self.window.search_panel
        samples, counts = Timings(), []
        for query in self.job["queries"]:
            panel.field.clear()
            settle()
            samples.extend(repeat(then_settle(partial(panel.field.setText, query)), 0))
            counts.append(panel.results.count())
        return {"search": as_json(samples), "search_results": counts}


def scroll_frame(bar: Any, viewport: Any, position: int) -> None:
    """One frame of scrolling: the bar moved, the viewport repainted at once."""
    bar.setValue(position)
    viewport.repaint()


class FloorStore:
    """The least a program does to keep an edit: one row committed to a SQLite file in WAL mode."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")  # as the project file
        self.db.execute("CREATE TABLE IF NOT EXISTS edits (id INTEGER PRIMARY KEY, body TEXT)")

    def commit_row(self) -> None:
        self.db.execute("BEGIN")
        self.db.execute("INSERT INTO edits (body) VALUES (?)", ("a claim's quote, as long as one",))
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()


def common_word(quotes: list[str], rng: random.Random, length: int = 6) -> str:
    """The first `length` letters of a word of the quotes: what a user types to find claims."""
    words = sorted(
        {w.lower() for q in quotes[:300] for w in q.split() if len(w) >= length and w.isalpha()}
    )
    return rng.choice(words)[:length] if words else "report"


def main(job: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.harness import peak_rss_mb

    session = Session(job)
    result: dict[str, Any] = {}
    for part in job["parts"]:
        result.update(getattr(session, part)())
    result["peak_mb"] = peak_rss_mb()
    # What waiting for idle costs on a window with nothing to do: part of every figure.
    result["settle_idle"] = as_json(repeat(lambda: settle(session.window.reader), 5))
    return result


if __name__ == "__main__":
    from benchmarks.ui import child_entry

    child_entry(main)
