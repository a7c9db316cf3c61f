"""safe_file_name: one harmless path component from any title."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.domain.filenames import MAX_NAME_BYTES, safe_file_name


@pytest.mark.parametrize(
    ("title", "suffix", "expected"),
    [
        ("Budget claims checked", ".html", "Budget claims checked.html"),
        ("../../etc/passwd", ".md", "etc-passwd.md"),
        ("..\\..\\Windows\\System32", "md", "Windows-System32.md"),
        ('a/b\\c:d*e?f"g<h>i|j', ".csv", "a-b-c-d-e-f-g-h-i-j.csv"),
        ("...", ".json", "untitled.json"),
        ("", ".json", "untitled.json"),
        (".hidden", ".json", "hidden.json"),
        ("CON", ".txt", "_CON.txt"),
        ("lpt1.report", ".txt", "_lpt1.report.txt"),
        ("Invoice\u202egpj.exe", ".html", "Invoicegpj.exe.html"),
        ("zero\u200bwidth\u200dtitle", ".md", "zerowidthtitle.md"),
        ("line\nbreak\ttab", ".md", "line break tab.md"),
        ("Ministre a dit « 3 % »", ".pdf", "Ministre a dit « 3 % ».pdf"),
    ],
)
def test_examples(title: str, suffix: str, expected: str) -> None:
    assert safe_file_name(title, suffix) == expected


def test_long_titles_fit_every_file_system() -> None:
    name = safe_file_name("Ça coûte " * 100, ".html")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES and name.endswith(".html")
    assert name.startswith("Ça coûte")


@pytest.mark.parametrize("suffix", ["/../x", ".ht ml", "..", ".a/b"])
def test_suffix_must_be_a_suffix(suffix: str) -> None:
    with pytest.raises(ValueError):
        safe_file_name("t", suffix)


@given(st.text(max_size=400))
def test_any_title_gives_one_path_component(title: str) -> None:
    name = safe_file_name(title, ".html")
    assert name.endswith(".html") and len(name) > len(".html")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith((".", " ", "-"))
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert os.path.basename(name) == name
    assert Path("/out", name).resolve().parent == Path("/out").resolve()
    assert all(ch.isprintable() or ch == " " for ch in name)
