"""`annotator import-annotations PROJECT FILE`: add W3C Web Annotation or Hypothesis annotations
as claims."""

from __future__ import annotations

import argparse
import sys

from annotator.cli_language import mark, message_text, translator
from annotator.commands.common import add_author_argument, add_project_argument, open_project
from annotator.services.annotation_import import import_annotations

tr = translator("commands.import_annotations")

NAME = "import-annotations"
HELP = mark("add annotations from a W3C Web Annotation (JSON-LD) or Hypothesis JSON file as claims")


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument("file", metavar="FILE", help=tr("the annotation file (.json / .jsonld)"))
    add_author_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Exit 0 if every annotation was placed, 2 if some were orphaned or not imported."""
    with open_project(args, write=True) as project:
        report = import_annotations(project, args.file)
    print(message_text(report.summary()))
    for problem in report.orphaned:
        print(f"orphaned\t{problem}")
    for problem in report.unanchored:
        print(f"not imported\t{problem}")
    for problem in report.skipped:
        print(f"skipped\t{problem}")
    for warning in report.warnings:
        print(f"annotator import-annotations: {warning}", file=sys.stderr)
    return 2 if report.orphaned or report.unanchored else 0
