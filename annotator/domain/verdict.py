"""The verdict scale: data in each project, not code, because newsrooms rename and extend it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    id: str
    label: str
    colour: str  # "#rrggbb"
    value: int | None = None  # numeric rating for ClaimReview, None for labels such as "Misleading"
    position: int = 0  # order on the scale, for sorting and agreement statistics
    retired: bool = False  # no longer offered for new verdicts; claims that use it keep it

    @property
    def is_numeric(self) -> bool:
        return self.value is not None


DEFAULT_SCALE: tuple[tuple[str, str, int | None], ...] = (
    ("True", "#2c7bb6", 5),
    ("Mostly true", "#abd9e9", 4),
    ("Half true", "#ffffbf", 3),
    ("Mostly false", "#fdae61", 2),
    ("False", "#d7191c", 1),
    ("Misleading", "#984ea3", None),
    ("Unproven", "#969696", None),
)
"""The default scale (ColorBrewer RdYlBu-5 plus two label-only verdicts), see docs/SCHEMA.md."""

UNRATED_COLOUR = "#e8e3d3"
"""Neutral highlight for a claim with no verdict yet."""


def readable_text_colour(background: str) -> str:
    """Black or white, whichever contrasts more with `background` (WCAG relative luminance)."""
    r, g, b = (int(background[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    contrast_black = (luminance + 0.05) / 0.05
    contrast_white = 1.05 / (luminance + 0.05)
    return "#000000" if contrast_black >= contrast_white else "#ffffff"
