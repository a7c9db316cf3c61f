"""`annotator review submit|approve|request-changes PROJECT CLAIM_ID [--note T]`.

The same rules as the window: someone other than the claim's author decides, and an
approval covers the claim's reviewed content as it is now.
"""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, translator
from annotator.commands.common import add_author_argument, add_project_argument, open_project
from annotator.commands.editorial import add_json_argument, existing_claim, report_claim
from annotator.domain import ReviewStatus
from annotator.services import review

tr = translator("commands.review_claim")

NAME = "review"
HELP = mark("submit, approve or request changes on a claim (see docs/CLI.md)")

_DECISIONS = {
    "submit": (ReviewStatus.READY, "submitted"),
    "approve": (ReviewStatus.APPROVED, "approved"),
    "request-changes": (ReviewStatus.CHANGES_REQUESTED, "changes requested"),
}


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    helps = {
        "submit": tr("submit CLAIM_ID"),
        "approve": tr("approve CLAIM_ID"),
        "request-changes": tr("request changes CLAIM_ID"),
    }
    for action in _DECISIONS:
        decision = sub.add_parser(action, help=helps[action])
        add_project_argument(decision)
        decision.add_argument("claim_id", metavar="CLAIM_ID")
        decision.add_argument("--note", default="", help=tr("a note kept with the decision"))
        add_author_argument(decision)
        add_json_argument(decision)


def run(args: argparse.Namespace) -> int:
    status, done = _DECISIONS[args.action]
    with open_project(args, write=True) as project:
        claim = existing_claim(project, args.claim_id)
        review.set_status(project, claim.id, status, args.note)
        report_claim(project, args, claim.id, done)
    return 0
