"""`annotator export PROJECT --format FMT [-o OUT]`: write a report or a data export.

Approved claims only, unless --include-drafts; the publication checklist goes to stderr, and
a ClaimReview without report URL or organisation is refused (exit 1) unless --allow-incomplete."""

from __future__ import annotations

import argparse
import sys

from annotator.cli_language import mark, translator
from annotator.commands.checklist_lines import checklist_line
from annotator.commands.common import add_project_argument, open_project
from annotator.errors import AnnotatorError, msg
from annotator.exporters import EXPORT_FORMATS, ExportOptions, export
from annotator.exporters.report_labels import REPORT_LANGUAGES
from annotator.services.publication import publication_checklist
from annotator.services.reports import prepare_export

tr = translator("commands.export")

NAME = "export"
HELP = mark(
    "export a report (html, pdf, markdown), data (csv, json, claimreview, w3c) or the evidence "
    "(warc); text formats go to stdout without -o"
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "--format", "-f", required=True, choices=list(EXPORT_FORMATS), help=tr("what to write")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=tr("file to write (required for pdf; default: standard output)"),
    )
    parser.add_argument(
        "--article", metavar="ID", help=tr("export only this article (default: all)")
    )
    parser.add_argument(
        "--include-drafts",
        action="store_true",
        help=tr("also claims not (or no longer) approved; reports say so on their first page"),
    )
    parser.add_argument(
        "--approved-only",
        action="store_true",
        help=tr("only approved claims with a current approval (the default; kept for scripts)"),
    )
    parser.add_argument(
        "--no-drafts", action="store_true",
        help=tr("leave out drafts (the default; kept for scripts)"),
    )
    parser.add_argument(
        "--allow-incomplete",
        action="store_true",
        help=tr("ClaimReview: write even without a report URL or an organisation (drafts)"),
    )
    parser.add_argument(
        "--quiet", "-q", action="store_true", help=tr("do not print the publication checklist")
    )
    _add_format_options(parser)


def _add_format_options(parser: argparse.ArgumentParser) -> None:
    """The options of one format or family of formats (CSV, reports)."""
    parser.add_argument(
        "--csv-per-source", action="store_true",
        help=tr("CSV: one row per source instead of per claim"),
    )
    parser.add_argument("--no-bom", action="store_true", help=tr("CSV: no UTF-8 byte-order mark"))
    parser.add_argument(
        "--agreement-appendix",
        action="store_true",
        help=tr("reports: add how far the reviewers of each article agreed"),
    )
    parser.add_argument(
        "--report-date", metavar="YYYY-MM-DD",
        help=tr("date printed on the report (default: today)"),
    )
    parser.add_argument(
        "--language", choices=REPORT_LANGUAGES, default="en",
        help=tr("reports: headings and labels"),
    )


def run(args: argparse.Namespace) -> int:
    if args.format == "pdf" and not args.output:
        raise AnnotatorError(msg("a PDF needs an output file: add -o REPORT.pdf"))
    if args.include_drafts and (args.approved_only or args.no_drafts):
        raise AnnotatorError(msg("--include-drafts contradicts --approved-only/--no-drafts: "
                                 "choose one"))
    if args.format == "warc" and not args.output:
        raise AnnotatorError(msg("a WARC needs an output file: add -o evidence.warc.gz"))
    options = ExportOptions(
        article_id=args.article,
        include_drafts=args.include_drafts,
        allow_incomplete=args.allow_incomplete,
        csv_per_source=args.csv_per_source,
        csv_bom=not args.no_bom,
        report_date=args.report_date or "",
        agreement_appendix=args.agreement_appendix,
        language=args.language,
    )
    with open_project(args) as project:
        bundle = prepare_export(project, options)
        if args.format == "warc":  # the capture bytes are read while the project is open
            export(bundle, args.format, args.output)
            print("annotator export: " + tr("wrote %n capture(s) to {path}", n=len(
                bundle.captures)).format(path=args.output), file=sys.stderr)  # fmt: skip
            return 0
        checklist = publication_checklist(project, bundle, args.format)
    for item in [] if args.quiet else checklist:
        print("annotator export: " + tr("checklist: {line}").format(line=checklist_line(item)),
              file=sys.stderr)  # fmt: skip
    blocking = [item for item in checklist if item.blocking]
    if blocking:
        raise AnnotatorError(
            msg("nothing written: {problems} (--allow-incomplete writes it anyway)",
                problems=" ".join(checklist_line(item) for item in blocking))
        )
    if args.output:
        export(bundle, args.format, args.output)
        print("annotator export: " + tr("wrote %n claim(s) to {path}", n=bundle.claim_count
                                        ).format(path=args.output), file=sys.stderr)  # fmt: skip
    else:
        export(bundle, args.format, sys.stdout)
        sys.stdout.flush()
    return 0
