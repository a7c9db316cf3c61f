"""The quote column's two-line test of a whole quote (`claim_columns.fits_whole`) skips the
wrapped layout only when its answer is certain: it answers as the wrapped layout does, for
quotes of every length, scripts and widths, so the middle elision is the same as before."""

from __future__ import annotations

import random

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics

from annotator.ui.claims.claim_columns import WRAP, _joined, elide_middle, fits_whole

WORDS = ["the", "budget", "deficit", "Zürich", "Київ", "مرحبا", "inflation", "a", "I",
         "extraordinarily", "—", "’s", "tariffs", "W", "ii"]  # fmt: skip


def laid_out(text: str, metrics: QFontMetrics, width: int, lines: int = 2) -> bool:
    box = metrics.boundingRect(QRect(0, 0, width, 100_000), WRAP, text)
    return box.height() <= lines * metrics.lineSpacing() and box.width() <= width


def test_fits_answers_as_the_wrapped_layout(qapp) -> None:  # noqa: ANN001
    rng = random.Random(4)
    for size in (8, 11):
        metrics = QFontMetrics(QFont("DejaVu Sans", size))
        for _ in range(600):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30)))
            width = rng.randint(20, 400)
            expected = laid_out(text, metrics, width)
            assert fits_whole(text, metrics, width) == expected, (text, width)
        assert not fits_whole("one\ntwo\nthree", metrics, 400)


def test_a_long_quote_keeps_its_start_and_end(qapp) -> None:  # noqa: ANN001
    metrics = QFontMetrics(QFont("DejaVu Sans", 9))
    quote = "The start of the quote " + "and more words " * 40 + "its very end"
    shown = elide_middle(quote, metrics, 200)
    assert shown.startswith("The start") and shown.endswith("its very end") and " … " in shown
    assert laid_out(shown, metrics, 200)


def elided_by_layouts(text: str, metrics: QFontMetrics, width: int) -> str:
    """The middle elision as it was made: every step of the search a wrapped layout."""
    if laid_out(text, metrics, width):
        return text
    low, high = 0, len(text) // 2
    while low < high:
        keep = (low + high + 1) // 2
        if laid_out(_joined(text, keep), metrics, width):
            low = keep
        else:
            high = keep - 1
    return _joined(text, low) if low else "…"


def test_the_elision_is_the_one_every_layout_gives(qapp) -> None:  # noqa: ANN001
    rng = random.Random(9)
    metrics = QFontMetrics(QFont("DejaVu Sans", 9))
    for _ in range(300):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 80)))
        width = rng.randint(30, 500)
        assert elide_middle(text, metrics, width) == elided_by_layouts(text, metrics, width)
