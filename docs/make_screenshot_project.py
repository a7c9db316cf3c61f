"""Build the example project shown in docs/screenshot.png (sample article, a few example checks).

    python docs/make_screenshot_project.py /tmp/example.annotator
    xvfb-run -s "-screen 0 1400x860x24" annotator /tmp/example.annotator   # then capture the screen

The verdicts here are illustrations of the interface, not published fact-checks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotator.services import ProjectService
from annotator.services.demo import sample_article_draft

EXAMPLES = (
    (
        "China is the world’s largest supplier of many of those metals",
        "China supplies most of the world's rare-earth metals.",
        "The Epoch Times",
        "Mostly true",
        "USGS figures put China at about 70% of mined rare-earth production in 2024.",
        (
            "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf",
            "Mineral Commodity Summaries 2025: Rare Earths",
            "U.S. Geological Survey",
        ),
    ),
    (
        "roughly $500 billion worth of deposits of rare earths and critical minerals",
        "Ukraine's deposits are worth about $500 billion.",
        "Donald Trump",
        "Unproven",
        "No published survey values Ukraine's deposits; estimates vary widely.",
        None,
    ),
    (
        "The U.S. has spent billions of dollars globally, with little to show.",
        "U.S. spending on Ukraine achieved little.",
        "Donald Trump",
        "Misleading",
        "",
        None,
    ),
    (
        "Ukraine would seek to trade the Russian territory in Kursk that it occupies for some of "
        "its own occupied territories",
        "Zelenskyy proposed swapping Kursk for occupied Ukrainian land.",
        "Volodymyr Zelenskyy",
        "True",
        "He said so in an interview with The Guardian.",
        None,
    ),
)


def main(path: str) -> None:
    target = Path(path)
    target.unlink(missing_ok=True)
    project = ProjectService.open(target, "Example Checker")
    try:
        article = project.add_article(sample_article_draft())
        for quote, paraphrase, claimant, verdict, explanation, source in EXAMPLES:
            start = article.text.index(quote)
            claim = project.create_claim(
                article.id,
                start,
                start + len(quote),
                claim_reviewed=paraphrase,
                claimant=claimant,
                verdict_id=project.verdict_by_label(verdict).id,
                explanation=explanation,
                tags=["rare earths"] if "rare" in quote or "metals" in quote else ["war"],
            )
            if source:
                url, title, publisher = source
                project.add_source(
                    claim.id,
                    url=url,
                    title=title,
                    publisher=publisher,
                    kind="official",
                    stance="supports",
                )
    finally:
        project.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "example.annotator")
