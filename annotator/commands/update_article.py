"""`annotator update PROJECT ARTICLE_ID FILE`: store a revised text and re-anchor the claims."""

from __future__ import annotations

import argparse

from annotator.commands.common import add_author_argument, add_project_argument, open_project
from annotator.errors import AnnotatorError
from annotator.importers.isolated import import_isolated
from annotator.services.versions import update_article_text

NAME = "update"
HELP = "store a new version of an article from FILE and re-anchor its claims; prints how many are exact, moved, changed, orphaned"


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument("article_id", metavar="ARTICLE_ID")
    parser.add_argument("file", metavar="FILE", help="the new version (any importable format)")
    add_author_argument(parser)


def run(args: argparse.Namespace) -> int:
    draft = import_isolated(args.file, fork=True)  # a child process: Ctrl+C stops even a long read at once
    with open_project(args, write=True) as project:
        try:
            project.article(args.article_id)
        except KeyError:
            raise AnnotatorError(f"no article with id {args.article_id} in {args.project}") from None
        update = update_article_text(project, args.article_id, draft)
    print(update.summary())
    for state, count in update.counts.items():
        print(f"{state}\t{count}")
    return 0
