"""`annotator claim add|set|delete`: make, change and delete claims, under the review rules."""

from __future__ import annotations

import argparse
import sys

from annotator.cli_language import mark, translator
from annotator.commands.common import (
    add_author_argument,
    add_project_argument,
    open_project,
    print_json,
)
from annotator.commands.editorial import (
    add_json_argument,
    existing_claim,
    report_claim,
    verdict_id,
)
from annotator.domain import ReviewStatus
from annotator.errors import ValidationError, msg
from annotator.services import ProjectService, review

tr = translator("commands.claim")

NAME = "claim"
HELP = mark("add, change or delete a claim (claim add|set|delete; see docs/CLI.md)")

_TEXT_FIELDS = (
    (
        "claim_reviewed",
        "--claim-reviewed",
        mark("the claim as checked (ClaimReview claimReviewed)"),
    ),
    ("claimant", "--claimant", mark("who made the claim")),
    ("claim_date", "--claim-date", mark("when it was made (YYYY, YYYY-MM or YYYY-MM-DD)")),
    ("explanation", "--explanation", mark("why the verdict (published)")),
    ("tags", "--tags", mark("comma-separated tags")),
    ("internal_note", "--note", mark("internal note (never exported)")),
)


def _add_field_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--verdict", help=tr("verdict label (or id) on the project's scale; '' for none")
    )
    for dest, flag, text in _TEXT_FIELDS:
        parser.add_argument(flag, dest=dest, help=tr(text))


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help=tr("anchor a new claim on ARTICLE_ID's text[START:END]"))
    add_project_argument(add)
    add.add_argument("article_id", metavar="ARTICLE_ID")
    add.add_argument("--start", type=int, required=True, help=tr("first code point of the quote"))
    add.add_argument("--end", type=int, required=True, help=tr("code point after the quote"))
    _add_field_arguments(add)
    change = sub.add_parser("set", help=tr("change a claim's fields or its review status"))
    add_project_argument(change)
    change.add_argument("claim_id", metavar="CLAIM_ID")
    _add_field_arguments(change)
    change.add_argument(
        "--status",
        help=tr("draft, ready_for_review, approved or changes_requested (review rules apply)"),
    )
    delete = sub.add_parser("delete", help=tr("delete a claim with its sources and comments"))
    add_project_argument(delete)
    delete.add_argument("claim_id", metavar="CLAIM_ID")
    for sub_parser in (add, change, delete):
        add_author_argument(sub_parser)
        add_json_argument(sub_parser)


def _fields(project: ProjectService, args: argparse.Namespace) -> dict[str, object]:
    fields: dict[str, object] = {
        dest: getattr(args, dest) for dest, _, _ in _TEXT_FIELDS if getattr(args, dest) is not None
    }
    if args.verdict is not None:
        fields["verdict_id"] = verdict_id(project, args.verdict)
    return fields


def run(args: argparse.Namespace) -> int:
    with open_project(args, write=True) as project:
        if args.action == "add":
            return _add(project, args)
        claim = existing_claim(project, args.claim_id)
        if args.action == "delete":
            project.delete_claim(claim.id)
            if args.json:
                print_json({"deleted": claim.id})
            else:
                print(f"deleted\t{claim.id}")
            return 0
        return _set(project, args, claim.id)


def _add(project: ProjectService, args: argparse.Namespace) -> int:
    try:
        project.article(args.article_id)
    except KeyError:
        raise ValidationError(msg("{name} has no article {article_id!r}.", name=project.path.name,
                                  article_id=args.article_id)) from None
    claim = project.create_claim(args.article_id, args.start, args.end, **_fields(project, args))
    report_claim(project, args, claim.id, "added")
    return 0


def _set(project: ProjectService, args: argparse.Namespace, claim_id: str) -> int:
    fields = _fields(project, args)
    if not fields and args.status is None:
        raise ValidationError(
            msg("Nothing to change: give --verdict, --explanation, --status, ...")
        )
    was_approved = project.claim(claim_id).status == ReviewStatus.APPROVED
    with project.transaction():  # all or nothing: a refused status leaves the fields
        if fields:
            project.update_claim(claim_id, **fields)
        if args.status is not None and str(project.claim(claim_id).status) != args.status:
            review.set_status(project, claim_id, args.status)
    if was_approved and project.claim(claim_id).status != ReviewStatus.APPROVED and not args.status:
        print(
            "annotator claim: what was approved changed, so the claim is ready for review again.",
            file=sys.stderr,
        )
    report_claim(project, args, claim_id, "changed")
    return 0
