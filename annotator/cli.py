"""The `annotator` command: the GUI by default, or a sub-command that uses the same services.

Each sub-command lives in its own module under `annotator/commands/` and exposes
`NAME`, `HELP` (marked with `mark()`, translated with the module's `tr`, its `{names}` filled
from the module's optional `HELP_VALUES`), `configure(parser)` and `run(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from annotator import __version__, cli_language
from annotator.errors import AnnotatorError

tr = cli_language.translator("cli")

COMMAND_MODULES = {
    "import": "import_articles",
    "list": "list_project",
    "show": "show_article",
    "update": "update_article",
    "search": "search_project",
    "export": "export",
    "import-annotations": "import_annotations",
    "merge": "merge",
    "agreement": "agreement",
    "rate": "rate",
    "adjudicate": "adjudicate",
    "article": "article_properties",
    "claim": "claim",
    "source": "sources",
    "comment": "comment",
    "review": "review_claim",
    "verdicts": "verdicts",
    "import-factchecks": "import_factchecks",
    "match": "match",
    "suggest": "suggest",
    "install-desktop-entry": "desktop_entry",
    "hub": "hub",
}
"""Command name → module under annotator/commands/ (imported only when that command runs)."""


def _load_commands(names: list[str] | None = None) -> dict[str, object]:
    commands: dict[str, object] = {}
    for name, module_name in COMMAND_MODULES.items():
        if names is None or name in names:
            module = importlib.import_module(f"annotator.commands.{module_name}")
            commands[module.NAME] = module
    return commands


def build_parser(commands: dict[str, object]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description=tr(
            "Annotator: highlight claims, attach sources and verdicts, export fact-check reports."
        ),
    )
    _add_version_argument(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in commands.items():
        values = getattr(module, "HELP_VALUES", {})
        text = module.tr(module.HELP).format(**values)  # type: ignore[attr-defined]
        command_parser = sub.add_parser(name, help=text, description=text)
        module.configure(command_parser)  # type: ignore[attr-defined]
    return parser


def _add_version_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        action="version",
        version=f"annotator {__version__}",
        help=tr("show program's version number and exit"),
    )


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="annotator", description=tr("Open the Annotator window."))
    parser.add_argument(
        "project",
        nargs="?",
        help=tr("project file to open (created if missing); default: the demo project"),
    )
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help=tr("render the main window to a PNG and exit")
    )
    _add_version_argument(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cli_language.setup()  # before a parser is built: its texts are translated as it is made
    if argv and argv[0] in COMMAND_MODULES:
        commands = _load_commands([argv[0]])
        args = build_parser(commands).parse_args(argv)
        try:
            return int(commands[args.command].run(args) or 0)  # type: ignore[attr-defined]
        except AnnotatorError as error:
            print(f"annotator {args.command}: {cli_language.error_text(error)}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return 0
    if argv and argv[0] in ("-h", "--help"):
        build_parser(_load_commands()).print_help()
        print()
        print(tr("Without a command: annotator [PROJECT] [--screenshot OUT.png] opens the window."))
        return 0
    args = build_gui_parser().parse_args(argv)
    return open_window(args.project, args.screenshot)


def open_window(project: str | None, screenshot: str | None) -> int:
    """The GUI, after checking Qt can start here: a plain message instead of Qt's abort."""
    from annotator.qt_check import startup_problem

    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from annotator.ui.app import run_gui  # Qt widgets only when the window is wanted

    return run_gui(project, screenshot=screenshot)


if __name__ == "__main__":
    raise SystemExit(main())
