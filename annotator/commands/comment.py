"""`annotator comment add PROJECT CLAIM_ID TEXT`: comment on a claim (or reply to a comment)."""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, translator
from annotator.commands.common import (
    add_author_argument,
    add_project_argument,
    open_project,
    print_json,
)
from annotator.commands.editorial import add_json_argument, existing_claim
from annotator.services import review

tr = translator("commands.comment")

NAME = "comment"
HELP = mark("comment on a claim (comment add; see docs/CLI.md)")


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help=tr("add TEXT to CLAIM_ID's comments"))
    add_project_argument(add)
    add.add_argument("claim_id", metavar="CLAIM_ID")
    add.add_argument("text", metavar="TEXT")
    add.add_argument(
        "--reply-to", metavar="COMMENT_ID", help=tr("answer this comment of the claim")
    )
    add_author_argument(add)
    add_json_argument(add, tr("print the new comment as JSON (docs/CLI.md)"))


def run(args: argparse.Namespace) -> int:
    with open_project(args, write=True) as project:
        claim = existing_claim(project, args.claim_id)
        comment = review.add_comment(project, claim.id, args.text, parent_id=args.reply_to)
    if args.json:
        print_json(
            {
                "id": comment.id, "claim_id": comment.claim_id, "parent_id": comment.parent_id,
                "body": comment.body, "author": comment.author, "created": comment.created,
            }
        )  # fmt: skip
    else:
        print(f"added\t{comment.id}")
    return 0
