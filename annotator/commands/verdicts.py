"""`annotator verdicts list|add|rename|remove|edit|move|template PROJECT ...`: the verdict scale."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from annotator.cli_language import mark, translator
from annotator.commands.common import add_author_argument, add_project_argument, open_project
from annotator.services import ProjectService
from annotator.services import verdict_scale as scale

tr = translator("commands.verdicts")

NAME = "verdicts"
HELP = mark(
    "list or change the project's verdict scale (add, rename, remove or retire, recolour, value, "
    "move, template)"
)


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help=tr("position, label, value, colour, claims using it, retired")
    )
    add_project_argument(listing)
    add = _action(actions, "add", tr("add a verdict at the end of the scale"), "label")
    add.add_argument("--colour", default="#969696", help=tr("#rrggbb (default grey)"))
    add.add_argument(
        "--value", help=tr("numeric value for ClaimReview and agreement (default none)")
    )
    rename = _action(actions, "rename", tr("rename a verdict (claims keep it)"), "verdict")
    rename.add_argument("new_label", metavar="NEW_LABEL")
    _action(
        actions,
        "remove",
        tr("remove an unused verdict; one that claims use is retired instead"),
        "verdict",
    )
    edit = _action(
        actions, "edit", tr("recolour, set the value, retire or restore a verdict"), "verdict"
    )
    edit.add_argument("--colour")
    edit.add_argument("--value", help=tr("a whole number >= 1, or none"))
    edit.add_argument("--retire", action="store_true")
    edit.add_argument("--restore", action="store_true", help=tr("offer a retired verdict again"))
    move = _action(actions, "move", tr("move a verdict to POSITION (0 = first)"), "verdict")
    move.add_argument("position", type=int, metavar="POSITION")
    names = ", ".join(scale.TEMPLATES)
    _action(
        actions, "template", tr("start from a template scale ({names})").format(names=names), "name"
    )


def _action(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    dest: str,
) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=help_text)
    add_project_argument(parser)
    parser.add_argument(
        dest,
        metavar=dest.upper() if dest != "verdict" else "VERDICT",
        help=tr("a verdict's label or id") if dest == "verdict" else None,
    )
    add_author_argument(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    with open_project(args, write=args.action != "list") as project:
        if args.action != "list":
            _ACTIONS[args.action](project, args)
        _print_scale(project)
    return 0


def _print_scale(project: ProjectService) -> None:
    used = scale.usage(project)
    for i, v in enumerate(project.verdicts()):
        value = "" if v.value is None else str(v.value)
        retired = "retired" if v.retired else ""
        print(f"{i}\t{v.label}\t{value}\t{v.colour}\t{used.get(v.id, 0)}\t{retired}".rstrip("\t"))


def _edit(project: ProjectService, args: argparse.Namespace) -> None:
    changes: dict[str, object] = {}
    if args.colour:
        changes["colour"] = args.colour
    if args.value is not None:
        changes["value"] = scale.parse_value(args.value)
    if args.retire or args.restore:
        changes["retired"] = bool(args.retire)
    scale.edit_verdict(project, args.verdict, **changes)


_ACTIONS: dict[str, Callable[[ProjectService, argparse.Namespace], object]] = {
    "add": lambda p, a: scale.add_verdict(p, a.label, a.colour, scale.parse_value(a.value)),
    "rename": lambda p, a: scale.edit_verdict(p, a.verdict, label=a.new_label),
    "remove": lambda p, a: scale.remove_verdict(p, a.verdict),
    "edit": _edit,
    "move": lambda p, a: scale.move_verdict(p, a.verdict, a.position),
    "template": lambda p, a: scale.apply_template(
        p, a.name, translator(scale.TRANSLATION_CONTEXT)
    ),
}
