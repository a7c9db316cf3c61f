"""`annotator suggest PROJECT ARTICLE_ID [--json]`: the sentences most worth checking, and why;
`--accept`/`--dismiss START:END` record a decision; `annotator suggest --train PROJECT` retrains."""

from __future__ import annotations

import argparse
import json
import sys

from annotator.cli_language import mark, translator
from annotator.commands.common import add_author_argument, existing_article, open_project
from annotator.errors import AnnotatorError, msg
from annotator.services import ProjectService, suggestions

tr = translator("commands.suggest")

NAME = "suggest"
HELP = mark(
    "suggest the sentences of an article most worth checking (score and reasons); --train retrains"
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--train",
        action="store_true",
        help=tr("retrain on the project's accepted and dismissed suggestions"),
    )
    parser.add_argument("project", metavar="PROJECT", help=tr("the project file"))
    parser.add_argument("article_id", metavar="ARTICLE_ID", nargs="?")
    parser.add_argument(
        "--json",
        action="store_true",
        help=tr('a JSON list of {"start", "end", "score", "reasons"}'),
    )
    parser.add_argument(
        "--accept", metavar="START:END", help=tr("turn the suggestion at START:END into a claim")
    )
    parser.add_argument(
        "--dismiss", metavar="START:END", help=tr("dismiss the suggestion at START:END")
    )
    parser.add_argument(
        "--reset-model",
        action="store_true",
        help=tr("forget the retrained model; use the shipped one"),
    )
    add_author_argument(parser)


def run(args: argparse.Namespace) -> int:
    if args.train or args.reset_model:
        with open_project(args, write=True) as project:
            if args.reset_model:
                suggestions.reset_model(project)
                print("using the shipped check-worthiness model")
                return 0
            report = suggestions.train(project)
        print(f"trained on {report.sentences} sentences ({report.accepted} accepted, "
              f"{report.dismissed} dismissed);"
              f" agrees with {report.agreement_after:.0%} of them (was "
              f"{report.agreement_before:.0%})")  # fmt: skip
        return 0
    if not args.article_id:
        raise AnnotatorError(msg("give ARTICLE_ID (or --train)"))
    decision = args.accept or args.dismiss
    with open_project(args, write=bool(decision)) as project:
        existing_article(project, args.article_id, args.project)
        if decision:
            return _decide(project, args, decision)
        found = suggestions.suggest(project, args.article_id)
        text = project.article(args.article_id).text
    if args.json:
        # one string, one write: json.dumps runs the C encoder, json.dump the Python one
        sys.stdout.write(json.dumps([s.as_json() for s in found], ensure_ascii=False) + "\n")
        return 0
    for s in found:
        passage = " ".join(text[s.start : s.end].split())
        print(f"{s.start}\t{s.end}\t{s.score:.2f}\t{'; '.join(s.reasons)}\t{passage}")
    return 0


def _decide(project: ProjectService, args: argparse.Namespace, span: str) -> int:
    try:
        start, end = (int(part) for part in span.split(":"))
    except ValueError:
        raise AnnotatorError(msg("{span!r} is not START:END", span=span)) from None
    if args.accept:
        claim = suggestions.accept(project, args.article_id, start, end)
        print(claim.id)
    else:
        suggestions.dismiss(project, args.article_id, start, end)
    return 0
