"""`annotator merge PROJECT OTHER`: bring a colleague's copy of the project into yours."""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, message_text, translator
from annotator.commands.common import (
    add_author_argument,
    add_project_argument,
    open_project,
    print_json,
)
from annotator.domain.dates import utc_now
from annotator.services.merge import merge_projects, read_colleague_file
from annotator.services.review import approvals_withdrawn_since

tr = translator("commands.merge")

NAME = "merge"
HELP = mark(
    "merge a colleague's project file into PROJECT; prints what was added, updated, unchanged and "
    "in conflict"
)

_KIND_LABELS = {
    "article": mark("articles"), "claim": mark("claims"), "source": mark("sources"),
    "comment": mark("comments"), "rating": mark("blind ratings"),
    "adjudication": mark("adjudications"), "verdict": mark("verdicts"),
    "factcheck": mark("fact-checks"),
}  # fmt: skip


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "other", metavar="OTHER", help=tr("the colleague's project file (only read)")
    )
    add_author_argument(parser)
    parser.add_argument("--json", action="store_true", help=tr("print the merge report as JSON"))


def run(args: argparse.Namespace) -> int:
    other = read_colleague_file(args.other, args.project)  # a refused file leaves mine unopened
    with open_project(args, write=True) as project:
        started = utc_now()
        report = merge_projects(project, other)
        withdrawn = approvals_withdrawn_since(project, started)
    if args.json:
        print_json({**report.as_dict(), "approvals_withdrawn": withdrawn})
        return 0
    print(message_text(report.summary()))
    for kind, counts in report.counts.items():
        if any(counts.values()):
            label = tr(_KIND_LABELS.get(kind, kind))
            print(f"  {label}: {message_text(report.kind_summary(kind))}")
    if report.conflicts:
        print(tr("%n conflict(s) kept both versions; resolve them in the Conflicts panel.",
                 n=report.conflicts))  # fmt: skip
    if withdrawn:
        print(
            tr("%n approved claim(s) arrived without an approval that holds here (their reviewer "
               "wrote them, or what they say changed); they are ready for review again:",
               n=len(withdrawn))
            + " " + ", ".join(withdrawn)
        )  # fmt: skip
    if not report.changed_anything:
        print(tr("Nothing to merge: the project already holds everything in the other file."))
    return 0
