"""`annotator match PROJECT TEXT` or `--queries FILE.jsonl`: has this been checked before?"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from annotator.cli_language import mark, translator
from annotator.commands.common import add_project_argument, open_project
from annotator.errors import AnnotatorError, msg
from annotator.services.factchecks import DEFAULT_TOP, Match, Matcher

tr = translator("commands.match")

NAME = "match"
HELP = mark(
    "find fact-checks (imported, or the project's approved claims) that already checked a text"
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "text", metavar="TEXT", nargs="*", help=tr("the claim or sentence to look up")
    )
    parser.add_argument(
        "--queries",
        metavar="FILE.jsonl",
        help=tr('one {"id": ..., "text": ...} a line; one result line each'),
    )
    parser.add_argument(
        "--top", type=int, default=DEFAULT_TOP, help=tr("how many matches (default 5)")
    )
    parser.add_argument("--json", action="store_true", help=tr("JSON output"))


def run(args: argparse.Namespace) -> int:
    if bool(args.text) == bool(args.queries):
        raise AnnotatorError(msg("give either TEXT or --queries FILE.jsonl"))
    if args.top < 1:
        raise AnnotatorError(msg("--top must be at least 1"))
    with open_project(args) as project:
        matcher = Matcher(project)
        if args.queries:
            return _run_batch(matcher, Path(args.queries), args.top)
        matches = matcher.match(" ".join(args.text), args.top)
    if args.json:
        json.dump([m.as_json() for m in matches], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for found in matches:
            print(_line(found))
    return 0


def _line(found: Match) -> str:
    fc = found.factcheck
    parts = [f"{found.score:.2f}", fc.verdict or "(no verdict)", fc.organisation or "-",
             fc.date_published or "-", fc.url or "-", fc.claim_reviewed]  # fmt: skip
    return "\t".join(" ".join(p.split()) for p in parts)


def _run_batch(matcher: Matcher, path: Path, top: int) -> int:
    """One output line per input line, flushed as it goes; the index is opened once."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as error:
        raise AnnotatorError(msg("cannot read {path}: {value}", path=path,
                                 value=error.strerror or error)) from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                query = json.loads(line)
                text = str(query.get("text", "")) if isinstance(query, dict) else ""
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise AnnotatorError(msg("{name}: line {number} is not JSON", name=path.name,
                                         number=number)) from None
            matches = matcher.match(text, top)
            record = {"id": query.get("id"), "matches": [m.as_json() for m in matches]}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    return 0
