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
from annotator.services.merge import ACTIONS, merge_projects, read_colleague_file
from annotator.services.review import approvals_withdrawn_since

tr = translator("commands.merge")

NAME = "merge"
HELP = mark(
    "merge a colleague's project file into PROJECT; prints what was added, updated, unchanged and "
    "in conflict"
)

_PLURAL = {
    "verdict": "verdicts", "article": "articles", "claim": "claims", "source": "sources",
    "comment": "comments", "factcheck": "fact-checks",
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
            label = _PLURAL.get(kind, kind + "s")
            print(f"  {label}: " + ", ".join(f"{a} {counts[a]}" for a in ACTIONS))
    if report.conflicts:
        print(
            f"{report.conflicts} conflict(s) kept both versions; resolve them in the Conflicts "
            "panel."
        )
    if withdrawn:
        print(
            f"{len(withdrawn)} approved claim(s) arrived without an approval that holds here "
            "(their reviewer wrote them, or what they say changed); they are ready for review "
            "again: " + ", ".join(withdrawn)
        )
    if not report.changed_anything:
        print(tr("Nothing to merge: the project already holds everything in the other file."))
    return 0
