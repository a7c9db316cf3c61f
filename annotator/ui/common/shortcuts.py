"""Keyboard shortcuts: every action of the window's menus under a stable id, its default keys,
the user's own keys (QSettings `shortcuts/<id>`, applied when the window starts), conflicts
between two actions given one key, and going back to the defaults.

An action's id is the attribute that holds it, after the room that owns it
(`claims.next_claim_action`), so it does not change with the language of the menus."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from annotator import app_settings

SETTINGS_GROUP = "shortcuts"
PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Entry:
    """One action as the Keyboard Shortcuts dialog lists it."""

    id: str
    menu: str  # the menu path, "Edit" or "File › Recent Projects"
    action: QAction

    @property
    def label(self) -> str:
        return plain_label(self.action.text())


def plain_label(text: str) -> str:
    """A menu text as read: without its mnemonic mark (a doubled && stays one &)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_actions(window: QWidget) -> None:
    """Give each action held by the window or by one of its rooms (its controllers) the id of the
    attribute holding it, unless it has one."""
    for owner_name, owner in [("window", window), *vars(window).items()]:
        if isinstance(owner, QAction) or owner_name.startswith("__"):
            continue
        try:
            attributes = vars(owner)
        except TypeError:
            continue
        prefix = "" if owner is window else f"{owner_name}."
        for name, value in attributes.items():
            if isinstance(value, QAction) and not value.objectName():
                value.setObjectName(f"{prefix}{name}" if prefix else f"window.{name}")


def menu_entries(bar: QMenuBar) -> list[Entry]:
    """Every named action of the menu bar's menus and submenus, in menu order."""
    entries: list[Entry] = []
    seen: set[str] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {plain_label(submenu.title())}")
            elif (
                not action.isSeparator() and action.objectName() and action.objectName() not in seen
            ):
                seen.add(action.objectName())
                entries.append(Entry(action.objectName(), path, action))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_label(menu.title()))
    return entries


def keys_text(sequences: Iterable[QKeySequence], native: bool = True) -> str:
    """Shortcuts as shown ("Alt+Down, F8" natively) or as stored (one per line, portable)."""
    texts = [s.toString(NATIVE if native else PORTABLE) for s in sequences if not s.isEmpty()]
    texts = list(dict.fromkeys(texts))  # a standard key may repeat another of the action's
    return ", ".join(texts) if native else "\n".join(texts)


def parse_stored(text: str) -> list[QKeySequence]:
    return [QKeySequence(line, PORTABLE) for line in text.splitlines() if line.strip()]


class Shortcuts:
    """The window's shortcuts: defaults as the actions were built, the user's keys over them."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.defaults = {e.id: list(e.action.shortcuts()) for e in entries}

    def current(self) -> dict[str, list[QKeySequence]]:
        return {e.id: list(e.action.shortcuts()) for e in self.entries}

    def load(self) -> None:
        """Apply the keys stored in QSettings (an id no action has any more is ignored)."""
        settings = app_settings.qsettings()
        settings.beginGroup(SETTINGS_GROUP)
        stored = {key: str(settings.value(key, "") or "") for key in settings.childKeys()}
        settings.endGroup()
        chosen = {**self.defaults}
        chosen.update({k: parse_stored(v) for k, v in stored.items() if k in chosen})
        if not conflicts(chosen):  # a hand-edited file with a clash leaves the defaults
            self.apply(chosen)

    def apply(self, chosen: Mapping[str, list[QKeySequence]]) -> None:
        for entry in self.entries:
            if entry.id in chosen:
                entry.action.setShortcuts(chosen[entry.id])

    def save(self, chosen: Mapping[str, list[QKeySequence]]) -> None:
        """Apply `chosen` and store what differs from the defaults (nothing else)."""
        self.apply(chosen)
        settings = app_settings.qsettings()
        settings.remove(SETTINGS_GROUP)
        settings.beginGroup(SETTINGS_GROUP)
        for entry in self.entries:
            keys = chosen.get(entry.id, self.defaults[entry.id])
            if keys_text(keys, native=False) != keys_text(self.defaults[entry.id], native=False):
                settings.setValue(entry.id, keys_text(keys, native=False))
        settings.endGroup()
        settings.sync()


def conflicts(chosen: Mapping[str, list[QKeySequence]]) -> dict[str, list[str]]:
    """Each key given to more than one action, with the ids of those actions."""
    holders: dict[str, list[str]] = {}
    for action_id, keys in chosen.items():
        for key in keys:
            if not key.isEmpty():
                holders.setdefault(key.toString(PORTABLE), []).append(action_id)
    return {key: ids for key, ids in holders.items() if len(set(ids)) > 1}
