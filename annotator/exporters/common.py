"""Pieces the report formats share: highlighted paragraphs, the verdict chart, safe values."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from annotator.domain import UNRATED_COLOUR, readable_text_colour
from annotator.exporters.bundle import ClaimEntry, ExportBundle

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def safe_colour(colour: str | None, default: str = UNRATED_COLOUR) -> str:
    """A `#rrggbb` colour fit for a style attribute; anything else becomes `default`."""
    return colour if colour and _COLOUR.match(colour) else default


def entry_colour(entry: ClaimEntry) -> str:
    return safe_colour(entry.verdict.colour if entry.verdict else None)


def text_colour(background: str) -> str:
    return readable_text_colour(safe_colour(background))


def verdict_label(entry: ClaimEntry) -> str:
    return entry.verdict.label if entry.verdict else "Unrated"


@dataclass
class Segment:
    """A run of article text covered by the same claims.

    `entry` is the innermost claim covering it (its colour is shown), `markers`
    the claims that start here (their numbers are printed before the text).
    """

    text: str
    entry: ClaimEntry | None = None
    markers: list[ClaimEntry] = field(default_factory=list)


def highlighted_paragraphs(text: str, entries: list[ClaimEntry]) -> list[list[Segment]]:
    """Split `text` into paragraphs (at line breaks) of segments, one per run of covering claims.

    Overlapping and nested claims are allowed; blank lines are dropped.
    """
    length = len(text)
    valid = [e for e in entries if 0 <= e.claim.start < e.claim.end <= length]
    starts_at: dict[int, list[ClaimEntry]] = {}
    for entry in sorted(valid, key=lambda e: (e.claim.start, -e.claim.end)):
        starts_at.setdefault(entry.claim.start, []).append(entry)
    points = sorted({0, length, *(e.claim.start for e in valid), *(e.claim.end for e in valid)})
    paragraphs: list[list[Segment]] = [[]]
    active: list[ClaimEntry] = []
    for a, b in pairwise(points):
        starting = starts_at.get(a, [])
        active = [e for e in active if e.claim.end > a] + starting
        covering = active[-1] if active else None
        for i, part in enumerate(text[a:b].split("\n")):
            if i > 0:
                paragraphs.append([])
            markers = starting if i == 0 else []
            if part or markers:
                paragraphs[-1].append(Segment(part, covering, list(markers)))
    return [p for p in paragraphs if any(s.text.strip() or s.markers for s in p)]


@dataclass(frozen=True)
class Bar:
    label: str
    colour: str
    count: int
    fraction: float  # of the largest count, 0..1


def chart_bars(bundle: ExportBundle) -> list[Bar]:
    """The summary chart: one bar per verdict that has claims, in scale order."""
    rows = [
        (label, safe_colour(colour), count)
        for label, colour, count in bundle.verdict_counts()
        if count
    ]
    top = max((count for _, _, count in rows), default=0) or 1
    return [Bar(label, colour, count, count / top) for label, colour, count in rows]


def report_title(bundle: ExportBundle, t: Callable[..., str] | None = None) -> str:
    """The report's title, in English or through `t` (report_labels.translator)."""
    t = t or (lambda text, **values: text.format(**values))
    if len(bundle.articles) == 1:
        return t("Fact-check: {title}", title=bundle.articles[0].article.title)
    return t("Fact-check report")


def json_for_script(data: Any) -> str:
    """JSON that is safe inside an HTML <script> element.

    `<`, `>` and `&` become \\u escapes (still the same JSON strings), so user
    text such as `</script>` or `<!--` cannot end or alter the block.
    """
    return escape_json_for_html(json.dumps(data, ensure_ascii=False, indent=2))


def escape_json_for_html(text: str) -> str:
    """Escape serialised JSON so it can be pasted into an HTML page as is (same JSON value)."""
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


STANCE_LABELS = {
    "supports": "Supports the claim",
    "refutes": "Refutes the claim",
    "context": "Context",
}


def write_json_with_items(
    data: dict[str, Any] | list[Any] | str,
    items: Iterable[Any],
    out: Any,
    *,
    for_embedding: bool = False,
) -> None:
    """Pretty JSON whose long `items` list is written one compact object per line.

    The standard library's C encoder only runs without `indent`; writing each item
    compactly keeps 10,000 annotations well under a second and the file still diffable.
    `data` holds the string `ITEMS_PLACEHOLDER` where the list goes. With `for_embedding`
    (JSON-LD that publishers paste into a `<script>`), `<`, `>` and `&` are \\u escapes.
    `items` may be a generator: each item is encoded as it comes and can then be freed, so
    10,000 annotations are never all held as dicts at once.
    """
    escape = escape_json_for_html if for_embedding else str
    head = json.dumps(data, ensure_ascii=False, indent=2)
    before, _, after = head.partition(json.dumps(ITEMS_PLACEHOLDER))
    out.write(escape(before))
    # One encoder for all items. The items are built by the exporters from plain data and never
    # contain themselves, so the check for circular references (an entry per container) is off.
    encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    separator = "[\n"
    for item in items:  # written item by item: most are narrow strings, quick to scan
        out.write(separator)
        out.write(escape(encode(item)))
        separator = ",\n"
    out.write("[]" if separator == "[\n" else "\n]")
    out.write(escape(after))
    out.write("\n")


ITEMS_PLACEHOLDER = "\u0000items\u0000"
