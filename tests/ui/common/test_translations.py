"""The interface translations: every string of the code (the window's, and the msg() templates
of the error messages below ui/) is translated in every shipped language, the .ts sources are
current, the shipped .qm files are compiled from them, the strings a widget shows go through
tr(), and no AnnotatorError is raised below ui/ with a message not marked with msg()."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "annotator" / "ui"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\(\w+\))?[sdr]")  # {name}; argparse's %(name)s, %s


def _script():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


translations = _script()
FOUND = translations.extract()
LANGUAGES = translations.LANGUAGES


def test_the_extraction_finds_the_window_strings():
    sources = {m.source for m in FOUND.messages.values()}
    assert {"&New Claim", "Filter claims…", "%n claim(s)", "Unrated"} <= sources
    assert len(sources) > 600
    assert FOUND.problems == []  # every count-taking text has its %n


def test_the_extraction_finds_the_command_lines_help_texts():
    found = {(m.context, m.source) for m in FOUND.messages.values()}
    assert {
        ("cli", "Open the Annotator window."),
        ("commands.common", "the project file"),
        ("commands.claim", "who made the claim"),  # marked in a module-level table
        ("commands.list_project",
         "list the articles and their claims (--json for the full structure)"),  # HELP
        ("commands.argparse_words", "usage: "),
        ("commands.argparse_words", "the following arguments are required: %s"),
    } <= found  # fmt: skip
    counted = FOUND.messages[("commands.argparse_words", "expected %n argument(s)", "")]
    assert counted.numerus


def test_help_texts_not_passed_through_tr_are_problems(tmp_path: Path):
    (tmp_path / "rate.py").write_text(
        "from annotator.cli_language import mark, translator\n"
        'tr = translator("commands.rate")\n'
        'HELP = "rate a claim"\n'
        "def configure(parser, what):\n"
        '    parser.add_argument("--json", help="print JSON")\n'
        '    parser.add_argument("--why", help=f"why {what}")\n'
        '    parser.add_argument("--note", help=tr("a note"), metavar="NOTE")\n'
        '    parser.add_subparsers(dest="action", description="what to do")\n',
        encoding="utf-8",
    )
    found = translations.extract([tmp_path], None)
    assert {m.source for m in found.messages.values()} == {"a note"}
    assert sorted(found.problems) == [
        f"{tmp_path / 'rate.py'}:3: HELP is not marked",
        f"{tmp_path / 'rate.py'}:5: help= of a text not passed through tr()",
        f"{tmp_path / 'rate.py'}:6: help= of a text not passed through tr()",
        f"{tmp_path / 'rate.py'}:8: description= of a text not passed through tr()",
    ]


def test_the_extraction_finds_the_error_templates():
    errors = {m.source for m in FOUND.messages.values() if m.context == translations.ERRORS}
    assert {
        "{name} is not an Annotator project (it is not a SQLite database).",
        "Only http and https links are allowed as sources, not {url!r}.",
        "{url}: the page took longer than {total_timeout:g} seconds to arrive (timeout).",
        "{name}: the PDF is encrypted with a password. Open it in a PDF viewer, save or print an "
        "unprotected copy, and import that.",
    } <= errors
    assert len(errors) > 190


def test_an_error_raised_with_an_unmarked_message_is_a_problem(tmp_path: Path):
    package = tmp_path / "annotator"
    (package / "ui").mkdir(parents=True)
    (package / "errors.py").write_text(
        "class AnnotatorError(Exception): ...\nclass ValidationError(AnnotatorError): ...\n",
        encoding="utf-8",
    )
    (package / "hub.py").write_text(
        "from annotator.errors import AnnotatorError, ValidationError, msg\n"
        "class HubError(AnnotatorError): ...\n"
        "def check(url, count, template):\n"
        '    if count: raise HubError(f"{url}: refused")\n'
        '    if url: raise ValidationError("Plain text.")\n'
        "    if template: raise ValidationError(msg(template))\n"
        '    raise ValidationError(msg("{url}: one" if count == 1 else "{url}: {count}",\n'
        "                              url=url, count=count))\n",
        encoding="utf-8",
    )
    (package / "ui" / "window.py").write_text(
        'from annotator.errors import ValidationError\nERROR = ValidationError("UI side")\n',
        encoding="utf-8",
    )
    found = translations.extract([], package)
    assert {m.source for m in found.messages.values()} == {"{url}: one", "{url}: {count}"}
    assert {m.context for m in found.messages.values()} == {"errors"}
    problems = "\n".join(found.problems)
    assert "hub.py:4: HubError() of a message not marked with msg()" in problems
    assert "hub.py:5: ValidationError() of a message not marked with msg()" in problems
    assert "hub.py:6: msg() of a template that is not a literal" in problems
    assert "window.py" not in problems and len(found.problems) == 3


def test_texts_translate_finds_nothing_for_are_problems(tmp_path: Path):
    (tmp_path / "room.py").write_text(
        "from annotator.ui.common.i18n import mark, translator\n"
        "from annotator.ui.other import LABEL\n"
        'tr = translator("room")\n'
        'PLAIN = "Not marked"\n'
        'MARKED = mark("Marked")\n'
        "def show(count):\n"
        "    return tr(PLAIN), tr(LABEL), tr(MARKED)\n"
        'def count(n):\n    return tr("%n item(s)", n=n), tr("Lost", n=n)\n'
        "class Panel:\n    def texts(self):\n        tr = self.tr\n"
        '        return tr("Aliased"), self.tr("Own")\n',
        encoding="utf-8",
    )
    found = translations.extract([tmp_path], None)
    assert {(m.source, m.numerus) for m in found.messages.values()} == {
        ("Marked", False),
        ("%n item(s)", True),
        ("Lost", True),
        ("Aliased", False),
        ("Own", False),
    }
    aliased = {m.context for m in found.messages.values() if m.source in ("Aliased", "Own")}
    assert aliased == {"Panel"}  # the class's context, as Qt looks self.tr up
    problems = " ".join(found.problems)
    assert "PLAIN is not marked" in problems and "imported LABEL" in problems
    assert "a count without %n: 'Lost'" in problems


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_string_of_the_code_is_translated(language: str):
    shipped = translations.read_ts(translations.TRANSLATIONS / f"annotator_{language}.ts")
    missing, wrong = [], []
    for key, message in FOUND.messages.items():
        forms = shipped.get(key, [])
        expected = LANGUAGES[language] if message.numerus else 1
        if len(forms) != expected or not all(forms):
            missing.append(message.source)
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(message.source)):
                wrong.append((message.source, form))
            if "&" in message.source and form.count("&") != message.source.count("&"):
                wrong.append((message.source, form))  # a lost or doubled keyboard accelerator
    assert missing == [], f"{language}: {len(missing)} texts without a translation"
    assert wrong == []


def test_a_missing_translation_is_found(tmp_path: Path):
    """The check above fails on a .ts that lacks one message of the code."""
    ts = translations.TRANSLATIONS / "annotator_es.ts"
    text = ts.read_text(encoding="utf-8")
    cut = text.replace("<translation>&amp;Nueva afirmación</translation>",
                       '<translation type="unfinished"></translation>')  # fmt: skip
    assert cut != text
    (tmp_path / "annotator_es.ts").write_text(cut, encoding="utf-8")
    shipped = translations.read_ts(tmp_path / "annotator_es.ts")
    assert shipped[("claims.claims_controller", "&New Claim", "")] == []


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_ts_files_are_current_and_the_qm_files_compiled_from_them(
    language: str, tmp_path: Path
):
    ts = translations.TRANSLATIONS / f"annotator_{language}.ts"
    current = translations.render_ts(language, FOUND, translations.read_ts(ts))
    assert ts.read_text(encoding="utf-8") == current, "run python scripts/translations.py"
    if translations.lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    translations.compile_qm(ts, tmp_path / "fresh.qm")
    assert (tmp_path / "fresh.qm").read_bytes() == ts.with_suffix(".qm").read_bytes()


# Calls whose string arguments a person reads: a literal there must be wrapped in tr().
SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "addItem",
    "addTab", "setTabText", "addMenu", "addAction", "QLabel", "QPushButton", "QAction",
    "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "status", "tell", "show_error",
    "show_info", "show_warning", "warning", "information", "critical", "question", "addRow",
    "setAccessibleName", "setAccessibleDescription", "setHeaderLabels", "showMessage",
    "make_action", "setLabelText", "QProgressDialog", "getText", "getOpenFileName",
    "getSaveFileName", "confirm", "setHorizontalHeaderLabels", "QListWidgetItem",
}  # fmt: skip


def _bare_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in SHOWN:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            texts = [arg] if isinstance(arg, ast.Constant | ast.JoinedStr) else []
            if isinstance(arg, ast.List | ast.Tuple):
                texts = [e for e in arg.elts if isinstance(e, ast.Constant | ast.JoinedStr)]
            for text in texts:
                if re.search(r"[A-Za-z]{2}", _static(text)) and not _machine_text(text):
                    found.append(f"{path.relative_to(ROOT)}:{text.lineno}: {ast.unparse(text)}")
    return found


def _static(node: ast.expr) -> str:
    """The text a literal writes itself (an f-string without its {values})."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else ""
    parts = node.values if isinstance(node, ast.JoinedStr) else []
    return "".join(p.value for p in parts if isinstance(p, ast.Constant))


def _machine_text(node: ast.expr) -> bool:
    """Object names, shortcuts, product names: literals a translator has nothing to do with."""
    if not isinstance(node, ast.Constant):
        return False
    text = str(node.value)
    return bool(
        re.fullmatch(
            r"[a-z][A-Za-z0-9_]*|Ctrl\+.*|Alt\+.*|Annotator|URL|SHA-256|UTC|https://…", text
        )
    )


def test_strings_a_widget_shows_go_through_tr():
    bare = [line for path in sorted(UI.rglob("*.py")) for line in _bare_literals(path)]
    assert bare == []




def _has_arabic_letter(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "AL" for c in text)  # not its comma, not digits


def _left_to_right_paragraphs(text: str) -> list[str]:
    """The paragraphs of `text` holding Arabic that Qt lays out left to right when nothing sets
    a direction (as in a label, a message box or a tooltip of the mirrored window)."""
    document = QTextDocument()
    if "<" in text and ">" in text:
        document.setHtml(text)
    else:
        document.setPlainText(text)
    found, block = [], document.firstBlock()
    while block.isValid():
        if _has_arabic_letter(block.text()) and (
            block.textDirection() != Qt.LayoutDirection.RightToLeft
        ):
            found.append(block.text())
        block = block.next()
    return found


def _filled(form: str) -> str:
    """`form` with its values given as Latin text and numbers (a file name, a URL: the worst
    case for an Arabic sentence that begins with one)."""
    return PLACEHOLDER.sub("notes.txt", form).replace("%n", "3").replace("&", "")


def test_arabic_window_texts_read_right_to_left_whatever_they_begin_with(qapp):
    """Qt lays a paragraph out in the direction of its first strong character, so an Arabic
    message beginning with a file name or a key ("{name} ليس مشروع Annotator", "Enter لفتح
    النتيجة") would read left to right, its parts out of order; such a translation begins with
    U+200F RIGHT-TO-LEFT MARK. The command line's own texts (contexts "cli", "commands.*") are
    left as they are: a terminal lays out text as it comes."""
    shipped = translations.read_ts(translations.TRANSLATIONS / "annotator_ar.ts")
    left_to_right = [
        paragraph
        for (context, _source, _comment), forms in shipped.items()
        if context != "cli" and not context.startswith("commands.")
        for form in forms
        for paragraph in _left_to_right_paragraphs(_filled(form))
    ]
    assert left_to_right == []


def test_the_direction_check_sees_a_sentence_that_begins_with_latin(qapp):
    assert _left_to_right_paragraphs(_filled("{name} ليس مشروعًا.")) == ["notes.txt ليس مشروعًا."]
    assert _left_to_right_paragraphs(_filled("\u200f{name} ليس مشروعًا.")) == []
    assert _left_to_right_paragraphs(_filled("%n مقالة.\nEnter للفتح")) == ["Enter للفتح"]
