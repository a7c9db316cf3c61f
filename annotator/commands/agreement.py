"""`annotator agreement PROJECT [ARTICLE_ID] [--json]`: how far the raters' verdicts agree."""

from __future__ import annotations

import argparse

from annotator.cli_language import mark, translator
from annotator.commands.common import (
    add_project_argument,
    existing_article,
    open_project,
    print_json,
)
from annotator.services.agreement import article_agreement, project_agreement

tr = translator("commands.agreement")

NAME = "agreement"
HELP = mark(
    "inter-rater agreement on verdicts (percentage, weighted kappa, Krippendorff's alpha) and "
    "disagreements"
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "article_id", metavar="ARTICLE_ID", nargs="?", help=tr("one article (default: all)")
    )
    parser.add_argument("--json", action="store_true", help=tr("print the report as JSON"))


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def run(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        if args.article_id:
            existing_article(project, args.article_id, args.project)
            report = article_agreement(project, args.article_id)
        else:
            report = project_agreement(project)
    if args.json:
        print_json(report.as_dict())
        return 0
    print(f"raters: {', '.join(report.raters) or 'none'}")
    print(f"passages: {report.units} ({report.paired_units} rated by two or more)")
    agreement = report.percent_agreement
    print(f"percentage agreement: {'n/a' if agreement is None else f'{agreement:.1%}'}")
    if len(report.raters) == 2:
        print(f"weighted kappa: linear {_number(report.weighted_kappa_linear)}, "
              f"quadratic {_number(report.weighted_kappa_quadratic)}")  # fmt: skip
    print(
        f"Krippendorff's alpha: ordinal {_number(report.alpha_ordinal)}, nominal "
        f"{_number(report.alpha_nominal)}"
    )
    for d in report.disagreements:
        verdicts = "; ".join(f"{rater}: {label or '-'}" for rater, label in d.verdicts.items())
        quote = " ".join(d.quote.split())
        print(f"  {d.start}-{d.end}\t{quote[:60]}\t{verdicts}")
    return 0
