"""argparse's own words ("usage: ", "options", "the following arguments are required: %s")
in the command line's language.

argparse looks its texts up with `gettext` through its module-level names `_` and
`ngettext`, at the moment it uses them (a parser's -h help when the parser is made, "usage: "
when help is printed, an error when it is raised). `use(True)` points those names at our
translations, context "commands.argparse_words" of the window's .qm files, so they must be
installed before a parser is built; `use(False)` (English) puts gettext back. The texts are the
ones a user can meet (Python 3.11's wording); argparse's errors about a wrongly built parser
stay English, as does any text a later Python words differently.
"""

from __future__ import annotations

import argparse
import gettext

from annotator.cli_language import mark, translator

tr = translator("commands.argparse_words")

WORDS = (
    mark("usage: "),
    mark("positional arguments"),
    mark("options"),
    mark("show this help message and exit"),
    mark("%(prog)s: error: %(message)s\n"),
    mark("argument %(argument_name)s: %(message)s"),
    mark("the following arguments are required: %s"),
    mark("unrecognized arguments: %s"),
    mark("invalid choice: %(value)r (choose from %(choices)s)"),
    mark("invalid %(type)s value: %(value)r"),
    mark("expected one argument"),
    mark("expected at most one argument"),
    mark("expected at least one argument"),
    mark("ambiguous option: %(option)s could match %(matches)s"),
    mark("not allowed with argument %s"),
    mark("one of the arguments %s is required"),
    mark("ignored explicit argument %r"),
    mark("unexpected option string: %s"),
    mark("unknown parser %(parser_name)r (choices: %(choices)s)"),
    mark("can't open '%(filename)s': %(error)s"),
)
"""Every text of argparse (3.11) a user of `annotator` can see, found by scripts/translations.py."""


def _gettext(text: str) -> str:
    # argparse also asks for `_(None)` (a sub-parsers group without a description)
    return tr(text) if isinstance(text, str) else text


def _ngettext(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        # argparse applies `% count` to the text: the count is in it already, so a `%.0s`
        # takes the count and shows nothing
        return tr("expected %n argument(s)", n=count).replace("%", "%%") + "%.0s"
    return gettext.ngettext(singular, plural, count)


def use(translated: bool) -> None:
    """Let argparse speak the command line's language (True) or gettext's (False)."""
    argparse._ = _gettext if translated else gettext.gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext if translated else gettext.ngettext  # type: ignore[attr-defined]
