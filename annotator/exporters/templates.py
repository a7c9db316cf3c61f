"""The Jinja2 environments for report templates (resources/templates/, restylable by a newsroom).

HTML templates are autoescaped. Markdown templates escape every `{{ value }}`
through `finalize`, so user text cannot add headings, links or emphasis; a
template marks its own Markdown with the `md_raw` filter.
"""

from __future__ import annotations

import re
from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from annotator.domain import is_safe_link
from annotator.exporters.common import STANCE_LABELS, entry_colour, text_colour, verdict_label
from annotator.resources import resource_path

TEMPLATE_DIR = resource_path("templates")

REPORT_GLOBALS = {
    "colour": entry_colour,
    "ink": lambda entry: text_colour(entry_colour(entry)),
    "label": verdict_label,
    "stance": lambda stance: STANCE_LABELS.get(stance, stance),
}


def html_link(url: str, text: str | None = None) -> Markup:
    """An <a> element if `url` is http, https or mailto; otherwise the escaped text only."""
    url = (url or "").strip()
    label = text if text else url
    if url and is_safe_link(url):
        return Markup('<a href="{}">{}</a>').format(url, label)
    return escape(label)


def html_paragraphs(text: str) -> Markup:
    """User text with blank-line paragraphs and line breaks, every piece escaped."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    return Markup("").join(
        Markup("<p>{}</p>").format(Markup("<br>").join(escape(line) for line in p.split("\n")))
        for p in paragraphs
    )


@cache
def html_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["link"] = html_link
    env.filters["paragraphs"] = html_paragraphs
    env.globals.update(REPORT_GLOBALS)
    return env


# Characters that start or change inline structure (emphasis, code, links, images, HTML,
# entities, strike-through, table cells) are always backslash-escaped; block markers
# (#, >, -, +, =, "1.") only matter at the start of a value, which is escaped too.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&!~|])")
_MD_LEADING = re.compile(r"^(\d+)([.)])|^([#>+=\-:])")


class MdRaw(str):
    """Markdown the template itself wrote; `finalize` leaves it alone."""


def md_escape(value: object) -> str:
    """Plain text as inert inline Markdown: specials escaped, line breaks made spaces."""
    if value is None:
        return ""
    if isinstance(value, MdRaw):
        return str(value)
    text = _MD_INLINE.sub(r"\\\1", " ".join(str(value).split()))
    return _MD_LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


def md_paragraphs(value: str) -> MdRaw:
    """User text kept in paragraphs (blank lines), each escaped on its own."""
    paragraphs = [p for p in re.split(r"\n\s*\n", value or "") if p.strip()]
    return MdRaw("\n\n".join(md_escape(p) for p in paragraphs))


def md_link(url: str, text: str | None = None) -> MdRaw:
    """`[text](<url>)` for safe links; the escaped text (or URL) for any other scheme."""
    url = (url or "").strip()
    label = md_escape(text if text else url)
    if url and is_safe_link(url) and not any(c in url for c in "<>\n\r "):
        return MdRaw(f"[{label}](<{url}>)")
    return MdRaw(label)


@cache
def markdown_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=False,
        undefined=StrictUndefined,
        finalize=md_escape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_raw"] = MdRaw
    env.filters["link"] = md_link
    env.filters["md"] = lambda v: MdRaw(md_escape(v))
    env.filters["paragraphs"] = md_paragraphs
    env.globals.update(REPORT_GLOBALS)
    return env
