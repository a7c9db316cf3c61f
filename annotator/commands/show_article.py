"""`annotator show PROJECT ARTICLE_ID`: print the canonical text that claim positions count in."""

from __future__ import annotations

import argparse
import sys

from annotator.cli_language import mark, translator
from annotator.commands.common import add_project_argument, existing_article, open_project

tr = translator("commands.show_article")

NAME = "show"
HELP = mark("print an article's canonical text (the text claim offsets count in)")


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument("article_id", metavar="ARTICLE_ID")


def run(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        article = existing_article(project, args.article_id, args.project)
    sys.stdout.write(article.text)
    if not article.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0
