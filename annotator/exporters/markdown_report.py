"""The Markdown report, from resources/templates/report.md.j2.

Every value is escaped (see `templates.md_escape`), so a claim such as
"# Breaking" or "[click](javascript:...)" stays text and the report keeps its headings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TextIO

from annotator.exporters.bundle import ClaimEntry, ExportBundle
from annotator.exporters.common import Segment, verdict_label
from annotator.exporters.html_report import report_context
from annotator.exporters.templates import MdRaw, markdown_environment, md_escape

TEMPLATE = "report.md.j2"
_EDGE_SPACE = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


def paragraph_md(
    paragraph: list[Segment], label: Callable[[ClaimEntry], str] = verdict_label
) -> MdRaw:
    """One paragraph of the article: claims in bold, each preceded by its number and verdict."""
    parts: list[str] = []
    for segment in paragraph:
        for entry in segment.markers:
            parts.append(f"**\\[{entry.number}: {md_escape(label(entry))}\\]** ")
        lead, core, trail = _EDGE_SPACE.match(segment.text).groups()  # type: ignore[union-attr]
        core = md_escape(core)  # also escapes a block marker at the start of each run
        if segment.entry is not None and core:
            core = f"**{core}**"
        parts.append((" " if lead else "") + core + (" " if trail else ""))
    return MdRaw("".join(parts).strip())


def render_markdown(bundle: ExportBundle) -> str:
    context = report_context(bundle)
    context["paragraph_md"] = lambda paragraph: paragraph_md(paragraph, context["label"])
    return markdown_environment().get_template(TEMPLATE).render(context)


def write_markdown(bundle: ExportBundle, out: TextIO) -> None:
    out.write(render_markdown(bundle))
