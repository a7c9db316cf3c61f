"""File names built from user text (article titles): one safe path component, never a path.

A title may contain slashes, "..", control or bidi-override characters, or be a
Windows device name; none of that may escape the folder the user chose or
disguise the file's real extension.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 200
"""Most file systems allow 255 bytes per name; leave room for " (2)" and temporary suffixes."""
FALLBACK_NAME = "untitled"
_UNSAFE = re.compile(r'[\\/:*?"<>|]')
_SUFFIX = re.compile(r"^(\.[A-Za-z0-9][A-Za-z0-9_-]*)+$")
_WINDOWS_DEVICES = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10)),
}  # fmt: skip


def safe_file_name(title: str, suffix: str) -> str:
    """A file name made from `title`, ending in `suffix` (".html", "md"...).

    Path separators and characters Windows forbids become "-", invisible and
    direction-changing characters are dropped, leading dots are removed (no
    hidden files, no ".."), and the name is cut to fit every file system.
    """
    suffix = _clean_suffix(suffix)
    text = unicodedata.normalize("NFC", title or "")
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn"):  # controls, zero-width, bidi overrides
            kept.append(" " if char in "\t\n\r\v\f" else "")
        elif category in ("Zl", "Zp", "Zs"):
            kept.append(" ")
        else:
            kept.append(char)
    name = _UNSAFE.sub("-", "".join(kept))
    name = " ".join(name.split())
    name = name.strip(" .-")
    name = _truncate_utf8(name, MAX_NAME_BYTES - len(suffix.encode("utf-8"))).rstrip(" .-")
    if not name:
        name = FALLBACK_NAME
    if name.split(".")[0].upper() in _WINDOWS_DEVICES:
        name = "_" + name
    return name + suffix


def _clean_suffix(suffix: str) -> str:
    suffix = (suffix or "").strip()
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    if suffix and not _SUFFIX.match(suffix):
        raise ValueError(f"not a file suffix: {suffix!r}")
    return suffix


def _truncate_utf8(text: str, limit: int) -> str:
    """The longest prefix of `text` whose UTF-8 form fits in `limit` bytes (whole characters)."""
    if len(text.encode("utf-8")) <= limit:
        return text
    out = text.encode("utf-8")[: max(0, limit)].decode("utf-8", errors="ignore")
    # do not end between a base character and its combining marks
    while out and unicodedata.combining(out[-1]):
        out = out[:-1]
    return out
