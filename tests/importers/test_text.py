"""Plain-text import: encodings (BOMs, UTF-8, legacy code pages chosen by script), line
endings and paragraphs."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from annotator.importers import import_path
from annotator.importers.encoding import decode_text, guess_legacy_encoding

FRENCH = (
    "Le député a déclaré que la réforme coûterait trois milliards d’euros à l’État — « une erreur "
    "», selon lui."
)
GERMAN = "Die Ministerin erklärte, die Maßnahme sei „völlig überflüssig“ und koste über 3 Mio. €."
RUSSIAN = "Министр заявил, что цены на газ вырастут на 20 процентов в следующем году."
UKRAINIAN = (
    "Міністр заявив, що ціни на газ зростуть на 20 відсотків наступного року. Ґрунт, їжак, єнот."
)
CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl ministr."
POLISH = "Zażółć gęślą jaźń, powiedział minister."


def _write(tmp_path: Path, data: bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "cp1252"),
        (GERMAN, "cp1252"),
        ("Très belle journée à Paris, où il fait beau.", "cp1252"),  # short: detectors say cp1250
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
        (UKRAINIAN, "cp1251"),
        (UKRAINIAN, "koi8_u"),
        ("ВСЕ ГОЛОСУЮТ", "koi8_r"),  # a short all-capitals headline
        (CZECH, "cp1250"),
        (POLISH, "cp1250"),
    ],
)
def test_legacy_code_pages_come_out_right(tmp_path: Path, text: str, encoding: str) -> None:
    draft = import_path(_write(tmp_path, f"{text}\n\n{text}\n".encode(encoding)))
    assert draft.text == f"{text}\n\n{text}"


def test_short_windows_1252_is_not_read_as_central_european() -> None:
    data = "Très belle journée à Paris, où il fait beau.".encode("cp1252")
    assert guess_legacy_encoding(data) == "cp1252"
    assert "è" in decode_text(data, "x.txt") and "č" not in decode_text(data, "x.txt")


def test_koi8_r_and_windows_1251_are_told_apart() -> None:
    assert guess_legacy_encoding(RUSSIAN.encode("koi8_r")) == "koi8_r"
    assert guess_legacy_encoding(RUSSIAN.encode("cp1251")) == "cp1251"


@pytest.mark.parametrize(
    "bom_and_codec",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (b"", "utf-8"),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf8"],
)
def test_unicode_encodings(tmp_path: Path, bom_and_codec: tuple[bytes, str]) -> None:
    bom, codec = bom_and_codec
    source = f"Заголовок\n\n{FRENCH}\n\n{UKRAINIAN} 😀\n"
    draft = import_path(_write(tmp_path, bom + source.encode(codec)))
    assert not draft.text.startswith("\ufeff")
    assert draft.text == f"Заголовок\n\n{FRENCH}\n\n{UKRAINIAN} 😀"
    assert draft.title == "Заголовок"


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    draft = import_path(_write(tmp_path, f"{FRENCH}\r\n".encode("utf-16-le")))
    assert draft.text == FRENCH


def test_crlf_and_cr_line_endings_are_normalised_and_paragraphs_kept(tmp_path: Path) -> None:
    source = (
        "Headline here\r\n\r\nFirst paragraph, one line.\r\nSecond paragraph.\r\rThird one.\r\n"
    )
    draft = import_path(_write(tmp_path, source.encode("utf-8")))
    assert "\r" not in draft.text
    assert (
        draft.text
        == "Headline here\n\nFirst paragraph, one line.\n\nSecond paragraph.\n\nThird one."
    )
    assert [draft.text[b.start : b.end] for b in draft.blocks] == draft.text.split("\n\n")
    assert draft.title == "Headline here"


def test_hard_wrapped_text_becomes_sentences(tmp_path: Path) -> None:
    source = (
        "The ministry said on Tuesday that the financial support promised by\n"
        "donors had reached 4.2 billion euros. Less than half of it had been\n"
        "paid out by the end of the year, according to figures seen by the\n"
        "newspaper, and the remaining grants were expected in the spring.\n"
        "\n"
        "A second paragraph follows.\n"
    )
    draft = import_path(_write(tmp_path, source.encode()))
    first, second = draft.text.split("\n\n")
    assert "promised by donors had reached 4.2 billion euros. Less than half" in first
    assert first.endswith("expected in the spring.")
    assert second == "A second paragraph follows."


def test_one_paragraph_per_line_and_bullets(tmp_path: Path) -> None:
    source = (
        "Title\nA sentence on its own line.\nAnother paragraph that starts here and\ncontinues in "
        "lower case.\n• first point\n- second point\n"
    )
    draft = import_path(_write(tmp_path, source.encode()))
    assert draft.text.split("\n\n") == [
        "Title",
        "A sentence on its own line.",
        "Another paragraph that starts here and continues in lower case.",
        "first point",
        "second point",
    ]
    assert [b.kind for b in draft.blocks][-2:] == ["list_item", "list_item"]


def test_canonical_text_is_nfc_and_tidy(tmp_path: Path) -> None:
    source = "Cafe\u0301   au\u00a0lait\tand   more\n\n\n\n  Next  "
    draft = import_path(_write(tmp_path, source.encode()))
    assert draft.text == "Café au lait and more\n\nNext"
    assert draft.source_format == "text" and draft.source_name == "article.txt"


def test_utf8_with_a_stray_byte_is_still_utf8(tmp_path: Path) -> None:
    data = (FRENCH + " ").encode() * 3 + b"\xe9" + b" fin."
    draft = import_path(_write(tmp_path, data))
    assert draft.text.startswith(FRENCH)
    assert "\ufffd fin." in draft.text


def test_utf8_cut_in_the_middle_of_the_last_character(tmp_path: Path) -> None:
    draft = import_path(_write(tmp_path, UKRAINIAN.encode()[:-2]))  # "т." minus its last two bytes
    assert draft.text == UKRAINIAN[:-2] + "\ufffd"
