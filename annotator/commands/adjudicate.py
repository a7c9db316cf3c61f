"""`annotator adjudicate PROJECT [CLAIM_ID --verdict V]`: settling a passage's final verdict.

Lists passages awaiting a final verdict, or settles one.

Without CLAIM_ID it lists every passage rated by two or more people whose final verdict nobody
has settled; with it, the verdict given becomes the claim's (published) verdict and every rating
is kept as evidence.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TypeVar

from annotator.cli_language import mark, translator
from annotator.commands.common import (
    add_author_argument,
    add_project_argument,
    open_project,
    print_json,
)
from annotator.errors import AnnotatorError, msg
from annotator.services import ProjectService
from annotator.services.ratings import (
    PassageRatings,
    adjudicate,
    awaiting_adjudication,
    passage_ratings,
)

tr = translator("commands.adjudicate")

T = TypeVar("T")

NAME = "adjudicate"
HELP = mark(
    "list passages whose ratings await a final verdict, or settle one (CLAIM_ID --verdict V)"
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "claim_id", metavar="CLAIM_ID", nargs="?", help=tr("the passage's claim to settle")
    )
    parser.add_argument(
        "--verdict",
        metavar="LABEL",
        help=tr("the final verdict (a label of the project's scale, or 'unrated')"),
    )
    parser.add_argument("--note", default="", help=tr("why (kept with the adjudication)"))
    parser.add_argument("--article", metavar="ID", help=tr("list only this article's passages"))
    parser.add_argument("--json", action="store_true", help=tr("print JSON"))
    add_author_argument(parser)


def verdict_id_for(project: ProjectService, label: str) -> str | None:
    """A verdict id from its label (case-insensitive); 'unrated' is no verdict."""
    if label.strip().casefold() == "unrated":
        return None
    verdict = project.verdict_by_label(label)
    if verdict is None:
        labels = ", ".join(v.label for v in project.verdicts())
        raise AnnotatorError(
            msg("no verdict {label!r} in this project; choose one of: {labels}, unrated",
                label=label, labels=labels)
        )
    return verdict.id


def passage_json(project: ProjectService, passage: PassageRatings) -> dict[str, Any]:
    def label(verdict_id: str | None) -> str | None:
        verdict = project.verdict(verdict_id)
        return verdict.label if verdict else None

    adjudication = passage.adjudication
    return {
        "claim_id": passage.claim.id,
        "article_id": passage.claim.article_id,
        "quote": passage.claim.exact,
        "final_verdict": label(passage.claim.verdict_id),
        "ratings": {rater: label(v) for rater, v in passage.ratings.items()},
        "adjudicated_by": adjudication.adjudicator if adjudication else None,
        "adjudicated_at": adjudication.at if adjudication else None,
        "note": adjudication.note if adjudication else "",
    }


def run(args: argparse.Namespace) -> int:
    if args.claim_id is None:
        with open_project(args) as project:
            rows = [passage_json(project, p) for p in awaiting_adjudication(project, args.article)]
        if args.json:
            print_json(rows)
        for row in [] if args.json else rows:
            ratings = "; ".join(f"{r}: {v or 'unrated'}" for r, v in row["ratings"].items())
            print(f"{row['claim_id']}\t{' '.join(row['quote'].split())[:60]}\t{ratings}")
        return 0
    if args.verdict is None:
        raise AnnotatorError(msg("say which final verdict: add --verdict LABEL"))
    return settle_passage(
        args,
        lambda project, verdict_id: adjudicate(project, args.claim_id, verdict_id, args.note),
        lambda row, _: (
            f"{row['claim_id']}: final verdict {row['final_verdict'] or 'unrated'} (by "
            f"{row['adjudicated_by']})"
        ),
    )


def settle_passage(
    args: argparse.Namespace,
    act: Callable[[ProjectService, str | None], T],
    line: Callable[[dict[str, Any], T], str],
) -> int:
    """The write of `rate` and `adjudicate`: CLAIM_ID must exist, `act` gets the verdict id
    --verdict names, then the passage is printed as JSON (--json) or as `line` says."""
    with open_project(args, write=True) as project:
        try:
            project.claim(args.claim_id)
        except KeyError:
            raise AnnotatorError(msg("no claim with id {claim_id} in {project}",
                                     claim_id=args.claim_id, project=args.project)) from None
        done = act(project, verdict_id_for(project, args.verdict))
        row = passage_json(project, passage_ratings(project, [project.claim(args.claim_id)])[0])
    if args.json:
        print_json(row)
    else:
        print(line(row, done))
    return 0
