"""Keep the interface translations up to date: python scripts/translations.py [--check]

Finds every translatable string of annotator/ui and annotator/commands (whose `tr` is
annotator/cli_language.py's `translator`, read from the same .qm files) with
`ast`: a call `tr("text")` / `tr("%n text", n=count)` of a module whose `tr` is
`translator("context")` (annotator/ui/common/i18n.py), a `mark("text")` in such a module, and
`self.tr("text")` in a class (context: the class name, as Qt looks it up). The command line's
--help texts are such calls too (annotator/cli.py's context is "cli"): a literal `help=`,
`description=` or `epilog=` given to argparse, or a command's `HELP` not marked with `mark()`, is
a problem, its text would stay English. Then it merges them
into resources/translations/annotator_<language>.ts (Qt Linguist's format: new texts are added
unfinished, translations of texts still in the code are kept, texts no longer in the code are
dropped) and compiles every .ts into its .qm with pyside6-lrelease.

The error messages of the layers below ui/ are found too, in the context "errors": the
template of every `msg("template {name}", name=...)` call (annotator/errors.py) outside ui/.
An `AnnotatorError` (or subclass) raised there with a bare literal or f-string message, or a
`msg()` whose template is not a literal, is a problem: its message would stay English.

pyside6-lupdate is not used: its Python parser drops a call whose arguments hold a call
(`tr("%n claim(s)", n=len(claims))`) and never marks `QCoreApplication.translate` plurals.
--check changes nothing and exits 1 when a .ts file is missing a message or is stale.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "annotator" / "ui",
    ROOT / "annotator" / "commands",
    ROOT / "annotator" / "cli.py",
    ROOT / "annotator" / "services" / "verdict_scale.py",  # labels: TRANSLATION_CONTEXT, mark()
]
ARGPARSE_CALLS = {"ArgumentParser", "add_argument", "add_parser", "add_subparsers"}
ARGPARSE_TEXTS = {"help", "description", "epilog"}  # shown by --help
PACKAGE = ROOT / "annotator"
ERRORS = "errors"  # the context of the error messages' templates
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"es": 2, "uk": 3, "ar": 6}  # language: number of plural forms Qt uses for it


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass
class Found:
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    locations: dict[tuple[str, str, str], tuple[str, int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _unmarked_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to a plain string (not `mark("...")`): tr(NAME) finds nothing."""
    return {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign) and _literal(node.value) is not None
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _module_context(tree: ast.Module) -> str | None:
    """The context of `tr = translator("context")` (or `TRANSLATION_CONTEXT = "context"`, in a
    module without Qt that only marks texts) at the module's top level."""
    for node in tree.body:
        targets = [getattr(t, "id", "") for t in getattr(node, "targets", [])]
        if isinstance(node, ast.Assign) and targets == ["TRANSLATION_CONTEXT"]:
            return _literal(node.value)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name == "translator" and node.value.args:
                return _literal(node.value.args[0])
    return None


def func_is_tr(node: ast.Call) -> bool:
    return isinstance(node.func, ast.Name) and node.func.id == "tr"


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, tree: ast.Module, found: Found) -> None:
        self.path, self.context, self.found = path, _module_context(tree), found
        self.unmarked = _unmarked_constants(tree)
        self.imported = {
            alias.asname or alias.name
            for node in tree.body
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        self.classes: list[str] = []
        self._unmarked_help(tree)

    def _unmarked_help(self, tree: ast.Module) -> None:
        """A command's HELP (annotator/cli.py translates it with the module's tr) is marked."""
        for node in tree.body:
            if not isinstance(node, ast.Assign):
                continue
            marked = isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == "mark"
            if [getattr(t, "id", "") for t in node.targets] == ["HELP"] and not marked:
                self.found.problems.append(f"{self.path}:{node.lineno}: HELP is not marked")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        """`tr = self.tr` in a method: its bare tr() calls take the class's context."""
        aliased = self.classes and any(
            isinstance(stmt, ast.Assign)
            and [getattr(t, "id", "") for t in stmt.targets] == ["tr"]
            and ast.unparse(stmt.value) == "self.tr"
            for stmt in node.body
        )
        saved = self.context
        if aliased:
            self.context = self.classes[-1]
        self.generic_visit(node)
        self.context = saved

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        for keyword in node.keywords if name in ARGPARSE_CALLS else []:
            text = keyword.value
            if keyword.arg in ARGPARSE_TEXTS and (
                _literal(text) is not None or isinstance(text, ast.JoinedStr)
            ):
                self.found.problems.append(
                    f"{self.path}:{node.lineno}: {keyword.arg}= of a text not passed through tr()"
                )
        if isinstance(func, ast.Name) and func.id in ("tr", "mark") and self.context:
            self._add(node, self.context, func.id == "tr")
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and self.classes
        ):
            self._add(node, self.classes[-1], True)
        self.generic_visit(node)

    def _add(self, node: ast.Call, context: str, may_count: bool) -> None:
        text = _literal(node.args[0]) if node.args else None
        first = node.args[0] if node.args else None
        if isinstance(first, ast.Name) and first.id in self.unmarked:
            self.found.problems.append(f"{self.path}:{node.lineno}: {first.id} is not marked")
        if isinstance(first, ast.Name) and first.id in self.imported and func_is_tr(node):
            # marked in another module, under that module's context: translate it there
            self.found.problems.append(f"{self.path}:{node.lineno}: tr() of imported {first.id}")
        if text is None:
            return  # tr(CONSTANT): the constant was marked where it is defined
        comment = _literal(node.args[1]) if len(node.args) > 1 else None
        keywords = {k.arg: k.value for k in node.keywords}
        if comment is None and "disambiguation" in keywords:
            comment = _literal(keywords["disambiguation"])
        numerus = may_count and (len(node.args) > 2 or "n" in keywords)
        if numerus and "%n" not in text:
            self.found.problems.append(f"{self.path}:{node.lineno}: a count without %n: {text!r}")
        message = Message(context, text, comment or "", numerus)
        key = (context, text, comment or "")
        if key in self.found.messages and self.found.messages[key].numerus != numerus:
            self.found.problems.append(f"{self.path}:{node.lineno}: {text!r} with and without n")
        self.found.messages[key] = message
        self.found.locations.setdefault(key, (self.path, node.lineno))


def _relative(path: Path) -> str:
    return (path.relative_to(ROOT) if path.is_relative_to(ROOT) else path).as_posix()


def extract(sources: list[Path] = SOURCES, package: Path | None = PACKAGE) -> Found:
    """Every translatable message of the code, with the first place it occurs: the window's
    strings of `sources`, and the error templates of `package` outside its ui/."""
    found = Found()
    for folder in sources:
        for path in [folder] if folder.is_file() else sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            _Visitor(_relative(path), tree, found).visit(tree)
    if package is not None:
        extract_errors(package, found)
    return found


def _below_ui(package: Path) -> dict[Path, ast.Module]:
    return {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(package.rglob("*.py"))
        if path.relative_to(package).parts[0] != "ui"
    }


def error_classes(trees: list[ast.Module]) -> set[str]:
    """AnnotatorError and the names of the classes that derive from it (through any chain)."""
    bases = {
        node.name: {ast.unparse(b).split(".")[-1] for b in node.bases}
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    names = {"AnnotatorError"}
    while grown := {n for n, b in bases.items() if n not in names and b & names}:
        names |= grown
    return names


def _templates(node: ast.expr) -> list[str] | None:
    """The literal template(s) of msg()'s first argument (both arms of an `a if c else b`)."""
    if isinstance(node, ast.IfExp):
        arms = [_templates(node.body), _templates(node.orelse)]
        return None if None in arms else [t for arm in arms for t in arm or []]
    text = _literal(node)
    return None if text is None else [text]


def extract_errors(package: Path, found: Found) -> None:
    """The `msg()` templates below ui/ (context "errors"), and the unmarked error messages."""
    trees = _below_ui(package)
    errors = error_classes(list(trees.values()))
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = ast.unparse(node.func).split(".")[-1]
            first, where = node.args[0], f"{_relative(path)}:{node.lineno}"
            if name == "msg":
                templates = _templates(first)
                if templates is None:
                    found.problems.append(f"{where}: msg() of a template that is not a literal")
                for text in templates or []:
                    key = (ERRORS, text, "")
                    found.messages[key] = Message(ERRORS, text)
                    found.locations.setdefault(key, (_relative(path), node.lineno))
            elif name in errors and _literal(first) is not None or (
                name in errors and isinstance(first, ast.JoinedStr)
            ):
                found.problems.append(f"{where}: {name}() of a message not marked with msg()")


# -- the .ts files ------------------------------------------------------------------------


def read_ts(path: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, comment) -> its translation forms ([] when unfinished)."""
    result: dict[tuple[str, str, str], list[str]] = {}
    if not path.exists():
        return result
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                   "vanished"):  # fmt: skip
                result[key] = []
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            result[key] = forms if forms else [translation.text or ""]
    return result


def render_ts(language: str, found: Found, old: dict[tuple[str, str, str], list[str]]) -> str:
    """The .ts file for `language`: every message of the code, with the translations kept."""
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Message]] = {}
    for message in sorted(found.messages.values()):
        by_context.setdefault(message.context, []).append(message)
    for name, messages in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for m in messages:
            key = (m.context, m.source, m.comment)
            element = ET.SubElement(context, "message", {"numerus": "yes"} if m.numerus else {})
            path, line = found.locations[key]
            ET.SubElement(element, "location", filename=f"../../{path}", line=str(line))
            ET.SubElement(element, "source").text = m.source
            if m.comment:
                ET.SubElement(element, "comment").text = m.comment
            _translation(element, m.numerus, old.get(key, []), LANGUAGES.get(language, 2))
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def _translation(element: ET.Element, numerus: bool, forms: list[str], count: int) -> None:
    done = bool(forms) and all(forms) and (len(forms) == count if numerus else len(forms) == 1)
    translation = ET.SubElement(element, "translation", {} if done else {"type": "unfinished"})
    if numerus:
        for index in range(count):
            ET.SubElement(translation, "numerusform").text = (
                forms[index] if index < len(forms) else ""
            )
    else:
        translation.text = forms[0] if forms else ""


def lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def compile_qm(ts: Path, qm: Path) -> None:
    tool = lrelease()
    if tool is None:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6-Essentials)")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    found = extract()
    for problem in found.problems:
        print(problem, file=sys.stderr)
    stale = []
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"annotator_{language}.ts"
        text = render_ts(language, found, read_ts(ts))
        if ts.exists() and ts.read_text(encoding="utf-8") == text:
            continue
        stale.append(ts.name)
        if "--check" not in argv:
            TRANSLATIONS.mkdir(parents=True, exist_ok=True)
            ts.write_text(text, encoding="utf-8")
    if "--check" in argv:
        print("stale: " + ", ".join(stale) if stale else "up to date")
        return 1 if stale or found.problems else 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"annotator_{language}.ts"
        compile_qm(ts, ts.with_suffix(".qm"))
    print(f"{len(found.messages)} messages; updated: {', '.join(stale) or 'none'}")
    return 1 if found.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
