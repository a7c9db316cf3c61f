"""`annotator import PROJECT FILE...`: add articles to a project (created if missing)."""

from __future__ import annotations

import argparse
import sys

from annotator.commands.common import add_author_argument, add_project_argument, open_project
from annotator.errors import AnnotatorError
from annotator.importers import SUPPORTED_SUFFIXES
from annotator.importers.isolated import ImportProcess

NAME = "import"
HELP = f"add articles from files ({', '.join(SUPPORTED_SUFFIXES)}); prints each article's id and title"


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument("files", metavar="FILE", nargs="+", help="article files to import")
    add_author_argument(parser)


def run(args: argparse.Namespace) -> int:
    failures = 0
    # Files are read in a child process: Ctrl+C stops even a reader stuck in C code at once.
    with open_project(args, create=True, write=True) as project, ImportProcess(fork=True) as reader:
        for file_name in args.files:
            try:
                draft = reader.read(file_name)
                duplicate = project.find_duplicate(draft.text)
                if duplicate:
                    existing = project.article(duplicate)
                    print(f"{duplicate}\t{existing.title}")
                    print(f"annotator import: {file_name}: already in the project as {existing.title!r} ({duplicate}); not added again", file=sys.stderr)
                    continue
                article = project.add_article(draft)
            except AnnotatorError as error:
                failures += 1
                print(f"annotator import: {error}", file=sys.stderr)
                continue
            print(f"{article.id}\t{article.title}")
    return 1 if failures else 0
