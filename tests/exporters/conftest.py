"""A checked project to export: metadata, claims of every kind, sources, settings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest

from annotator.domain import AnchorState, ArticleDraft, Claim
from annotator.services import ProjectService
from tests.approval_helpers import approve_as_colleague

ARTICLE_TEXT = (
    "Bessent to Visit Ukraine\n"
    "\n"
    "U.S. Treasury Secretary Scott Bessent will travel to Kyiv this week. "
    "Ukraine holds roughly $500 billion worth of deposits of rare earths and critical minerals, "
    "the president said on Tuesday.\n"
    "\n"
    "\"The U.S. has spent billions of dollars globally, with little to show,\" a spokesman said. "
    "China is the world's largest supplier of many of those metals.\n"
    "\n"
    "Officials added that a significant number of Russian troops were killed in Kursk.\n"
)

SETTINGS = {
    "organisation_name": "Checkpoint Fact Desk",
    "organisation_url": "https://checkpoint.example.org",
    "report_url": "https://checkpoint.example.org/reports/bessent",
    "methodology": "We rate claims on a five-step scale.\n\nEvery source is archived.",
    "corrections_policy": (
        "Write to corrections@checkpoint.example.org; we publish every correction."
    ),
}


@dataclass
class CheckedProject:
    service: ProjectService
    article_id: str
    minerals: Claim  # approved, False (numeric), two sources, internal note
    spent: Claim  # ready for review, Misleading (label only), one source
    china: Claim  # draft, no verdict
    troops: Claim  # approved, Mostly true, orphaned after an update


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def build_checked_project(service: ProjectService) -> CheckedProject:
    service.update_settings(SETTINGS)
    article = service.add_article(
        ArticleDraft(
            title="Bessent to Visit Ukraine as Zelenskyy Pitches Territory Swap",
            text=ARTICLE_TEXT,
            authors=["Andrew Thornebrooke"],
            publisher="The Epoch Times",
            published="2025-02-11",
            url="https://www.theepochtimes.com/world/bessent-ukraine-5806541",
            language="en",
        )
    )
    text = article.text
    false = service.verdict_by_label("False")
    misleading = service.verdict_by_label("Misleading")
    mostly_true = service.verdict_by_label("Mostly true")
    assert false and misleading and mostly_true
    # Created out of text order on purpose: numbering must follow the text.
    spent = service.create_claim(
        article.id, *span(text, "The U.S. has spent billions of dollars globally, with little to "
                                "show"),
        claim_reviewed="The US has spent billions abroad with little to show for it",
        claimant="Treasury spokesman", claim_date="2025-02-10", verdict_id=misleading.id,
        explanation="Spending figures are real, but 'little to show' ignores documented results.",
        tags=["foreign aid"], status="ready_for_review", internal_note="ask desk about tone",
    )  # fmt: skip
    minerals = service.create_claim(
        article.id,
        *span(text, "roughly $500 billion worth of deposits of rare earths and critical minerals"),
        claim_reviewed="Ukraine has $500 billion of rare earth deposits",
        claimant="Volodymyr Zelenskyy",
        claim_date="2025-02",
        verdict_id=false.id,
        explanation="Geological surveys do not support a $500 billion figure.",
        tags=["economy", "minerals"],
        status="ready_for_review",
        internal_note="INTERNAL: source B unreliable",
    )
    service.add_source(
        minerals.id, url="https://www.usgs.gov/centers/national-minerals-information-center",
        title="Mineral Commodity Summaries 2025", publisher="USGS", source_author="USGS staff",
        source_date="2025-01-31", accessed="2025-02-12",
        archive_url="https://web.archive.org/web/20250212/https://www.usgs.gov/centers/nmic",
        excerpt="Ukraine's reserves are not quantified at that value.", locator="p. 12",
        kind="official", stance="refutes",
    )  # fmt: skip
    service.add_source(
        minerals.id, url="https://www.reuters.com/markets/commodities/ukraine-minerals-2025-02-12/",
        title="What are Ukraine's critical minerals?", publisher="Reuters", accessed="2025-02-13",
        kind="secondary", stance="context",
    )  # fmt: skip
    service.add_source(
        spent.id, url="https://www.foreignassistance.gov/", title="ForeignAssistance.gov",
        publisher="U.S. Government", accessed="2025-02-12", kind="dataset", stance="context",
        excerpt="Obligations by country, 2024.",
    )  # fmt: skip
    china = service.create_claim(
        article.id, *span(text, "China is the world's largest supplier of many of those metals"),
        claimant="The Epoch Times", status="draft", internal_note="not checked yet",
    )  # fmt: skip
    troops = service.create_claim(
        article.id, *span(text, "a significant number of Russian troops were killed in Kursk"),
        claimant="Ukrainian officials", verdict_id=mostly_true.id, status="ready_for_review",
        explanation="Casualty estimates from several governments agree.",
    )  # fmt: skip
    troops = dataclasses.replace(troops, anchor_state=AnchorState.ORPHANED)
    service.put_claim(troops)
    for claim in (minerals, troops):  # approved by a colleague, as they finally read
        approve_as_colleague(service, claim.id)
    minerals, troops = service.claim(minerals.id), service.claim(troops.id)
    return CheckedProject(service, article.id, minerals, spent, china, troops)


@pytest.fixture
def checked(service: ProjectService) -> CheckedProject:
    return build_checked_project(service)
