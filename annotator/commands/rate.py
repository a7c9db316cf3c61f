"""`annotator rate PROJECT CLAIM_ID --verdict V`: my rating of a colleague's claim (a review).

The rating is stored apart from the claim, under --author; it is never published. An
adjudication (`annotator adjudicate`) settles the passage's final verdict.
"""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, translator
from annotator.commands.adjudicate import settle_passage
from annotator.commands.common import add_author_argument, add_project_argument
from annotator.services.ratings import rate

tr = translator("commands.rate")

NAME = "rate"
HELP = mark("rate a colleague's claim (second review): stored as your rating, never as a claim")


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument("claim_id", metavar="CLAIM_ID")
    parser.add_argument(
        "--verdict",
        metavar="LABEL",
        required=True,
        help=tr("your verdict (a label of the scale, or 'unrated')"),
    )
    parser.add_argument("--explanation", default="", help=tr("why (kept with your rating)"))
    parser.add_argument(
        "--json", action="store_true", help=tr("print the passage's ratings as JSON")
    )
    add_author_argument(parser)


def run(args: argparse.Namespace) -> int:
    return settle_passage(
        args,
        lambda project, verdict_id: rate(project, args.claim_id, verdict_id, args.explanation),
        lambda row, rating: (
            f"{args.claim_id}: rated {row['ratings'].get(rating.rater) or 'unrated'} by "
            f"{rating.rater}"
        ),
    )
