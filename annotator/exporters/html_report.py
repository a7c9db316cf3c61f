"""The HTML report: a publishable page with the article, highlighted claims and ClaimReview markup.

Rendered from resources/templates/report.html.j2 with autoescape on; the
ClaimReview JSON-LD block is escaped so user text cannot close the <script>.
"""

from __future__ import annotations

from typing import Any, TextIO

from markupsafe import Markup

from annotator.exporters.bundle import ExportBundle
from annotator.exporters.claimreview import claim_reviews
from annotator.exporters.common import (
    STANCE_LABELS,
    chart_bars,
    highlighted_paragraphs,
    json_for_script,
    report_title,
)
from annotator.exporters.report_labels import plural, text_direction, translator
from annotator.exporters.templates import html_environment

TEMPLATE = "report.html.j2"


def report_context(bundle: ExportBundle) -> dict[str, Any]:
    """Everything the report templates (HTML and Markdown) use besides the filters."""
    bars = chart_bars(bundle)
    bar_height, label_width, bar_space = 22, 150, 300
    return {
        **language_context(bundle),
        "bundle": bundle,
        "title": report_title(bundle, translator(bundle.options.language)),
        "org_name": bundle.setting("organisation_name"),
        "org_url": bundle.setting("organisation_url"),
        "report_date": bundle.report_date,
        "generated": bundle.generated,
        "claim_count": bundle.claim_count,
        "draft_notice": draft_notice(bundle),
        "bars": bars,
        "chart": {
            "bar_height": bar_height,
            "label_width": label_width,
            "bar_space": bar_space,
            "width": label_width + bar_space + 50,
            "height": max(1, len(bars)) * (bar_height + 6),
        },
        "articles": [
            {"entry": a, "paragraphs": highlighted_paragraphs(a.article.text, a.placed)}
            for a in bundle.articles
        ],
        "agreement": bundle.agreement,
        "methodology": bundle.setting("methodology"),
        "corrections": bundle.setting("corrections_policy"),
    }


def language_context(bundle: ExportBundle) -> dict[str, Any]:
    """The report's language: `t` and `plural` write its labels in the report language
    (ExportOptions.language); `lang` and `dir` are the article's (for the whole document when
    it holds one article; each article element carries its own)."""
    language = bundle.options.language
    t = translator(language)
    single = bundle.articles[0].article.language if len(bundle.articles) == 1 else ""
    document_language = single or language
    return {
        "t": t,
        "plural": lambda key, count: plural(language, key, count),
        "lang": document_language,
        "dir": text_direction(document_language),
        "text_direction": text_direction,
        "label": lambda entry: entry.verdict.label if entry.verdict else t("Unrated"),
        "stance": lambda stance: t(STANCE_LABELS[stance]) if stance in STANCE_LABELS else stance,
    }


def draft_notice(bundle: ExportBundle) -> str:
    """The first page's warning when drafts were asked for ("" for a publishable report)."""
    if not bundle.options.include_drafts:
        return ""
    return plural(bundle.options.language, "draft", bundle.unapproved_count)


def render_html(bundle: ExportBundle) -> str:
    context = report_context(bundle)
    # A draft report never advertises its verdicts to search engines as ClaimReview.
    reviews = [] if bundle.options.include_drafts else claim_reviews(bundle)
    context["jsonld"] = Markup(json_for_script(reviews))
    return html_environment().get_template(TEMPLATE).render(context)


def write_html(bundle: ExportBundle, out: TextIO) -> None:
    out.write(render_html(bundle))
