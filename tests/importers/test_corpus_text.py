"""Legacy and Unicode encodings of the shared corpus (charset_normalizer's samples) read as
the text they are, never as mojibake and never refused as binary."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.errors import ArticleImportError
from annotator.importers import import_path
from tests.importers.corpus import corpus_file

RUSSIAN = "В гимназии он не был в числе первых учеников"
HEBREW = "אין כמעט ניבים אזוריים עבריים. למעשה, השפה הנשמעת"
FRENCH = "JEAN-BAPTISTE POQUELIN MOLIÈRE"


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("cn-sample-hebrew-2.txt", HEBREW),  # Windows-1255, no BOM
        ("he-utf8.txt", HEBREW),
        ("ru-utf16le-nobom.txt", RUSSIAN),
        ("ru-utf16.txt", RUSSIAN),
        ("ru-cp1251.txt", RUSSIAN),
        ("ru-koi8r.txt", RUSSIAN),
        ("fr-cp1252.txt", FRENCH),
        ("fr-utf16le-nobom.txt", FRENCH),
        ("ar-cp1256.txt", "بالموازاة مع ذلك وللإشارة إلى المنطقة المغاربية"),
    ],
)
def test_corpus_text_decodes_to_its_script(name: str, opening: str) -> None:
    draft = import_path(corpus_file("text", name))
    assert draft.text.startswith(opening)
    assert "\ufffd" not in draft.text


def test_utf16le_cyrillic_without_bom_written_here(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(
        "Привет, мир. Это обычный текст без метки порядка байтов.\n".encode("utf-16-le")
    )
    assert import_path(path).text == "Привет, мир. Это обычный текст без метки порядка байтов."


def test_hebrew_windows_1255_written_here_is_not_cyrillic(tmp_path: Path) -> None:
    sentence = "הממשלה הודיעה היום על תוכנית חדשה לבניית דיור ציבורי בערים הגדולות. "
    path = tmp_path / "news.txt"
    path.write_bytes((sentence * 3).encode("cp1255"))
    assert import_path(path).text == (sentence * 3).strip()


def test_a_few_nul_bytes_do_not_make_html_binary(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = "<p>The council approved the budget on Monday after a long debate.</p>" * 5
    path.write_bytes(f"<html><body>{body}\x00</body></html>".encode())
    draft = import_path(path)
    assert "The council approved the budget on Monday" in draft.text
    assert "\x00" not in draft.text


def test_real_binary_with_many_nuls_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 16)
    with pytest.raises(ArticleImportError, match="binary file"):
        import_path(path)
