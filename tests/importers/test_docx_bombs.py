"""Hostile Word documents, generated here: archive bombs, a directory that lies about sizes,
and a DTD entity. Each is refused with one clear line, early, instead of eating memory or
silently losing text."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from annotator.errors import ArticleImportError
from annotator.importers import import_path

_BODY_TEXT = "The council approved the budget on Monday."


def _docx_parts(tmp_path: Path) -> dict[str, bytes]:
    document = docx.Document()
    document.add_paragraph(_BODY_TEXT)
    source = tmp_path / "source.docx"
    document.save(source)
    with zipfile.ZipFile(source) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _write(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return path


def _padded_document(parts: dict[str, bytes], padding: int) -> bytes:
    """document.xml with `padding` bytes of white space inside the body (compresses ~1000:1)."""
    xml = parts["word/document.xml"]
    return xml.replace(b"</w:body>", b" " * padding + b"</w:body>", 1)


def test_a_zip_bomb_under_the_old_limit_is_refused(tmp_path: Path) -> None:
    parts = _docx_parts(tmp_path)
    parts["word/document.xml"] = _padded_document(parts, 200 * 1024 * 1024)  # 200 MB from ~200 KB
    path = _write(tmp_path / "bomb.docx", parts)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ArticleImportError, match=r"^bomb.docx: .*more than 64 MB.*archive bomb"):
        import_path(path)


def _understate_size(data: bytes, part: str, declared: int) -> bytes:
    """Rewrite the uncompressed size of `part` in the central directory (and local header)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(part)
    patched = bytearray(data)
    struct.pack_into("<I", patched, info.header_offset + 22, declared)  # local file header
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        name_length = struct.unpack_from("<H", data, offset + 28)[0]
        if data[offset + 46 : offset + 46 + name_length].decode() == part:
            struct.pack_into("<I", patched, offset + 24, declared)
            break
        offset = data.find(b"PK\x01\x02", offset + 4)
    assert offset != -1, f"{part} is not in the central directory"
    return bytes(patched)


def test_a_zip_whose_directory_understates_sizes_is_refused(tmp_path: Path) -> None:
    parts = _docx_parts(tmp_path)
    parts["word/document.xml"] = _padded_document(parts, 100 * 1024 * 1024)
    honest = _write(tmp_path / "honest.docx", parts).read_bytes()
    path = tmp_path / "lying.docx"
    path.write_bytes(_understate_size(honest, "word/document.xml", 4096))
    with pytest.raises(ArticleImportError) as raised:
        import_path(path)
    message = str(raised.value)
    assert message.startswith(
        "lying.docx: the contents of word/document.xml do not match the sizes"
    )
    assert "\n" not in message


def test_a_docx_with_a_dtd_entity_is_refused_not_cut(tmp_path: Path) -> None:
    parts = _docx_parts(tmp_path)
    xml = parts["word/document.xml"]
    declaration_end = xml.index(b"?>") + 2
    doctype = b'<!DOCTYPE w:document [<!ENTITY council "the city council">]>'
    xml = xml[:declaration_end] + doctype + xml[declaration_end:]
    parts["word/document.xml"] = xml.replace(b"The council approved", b"Then &council; approved", 1)
    path = _write(tmp_path / "entity.docx", parts)
    with pytest.raises(ArticleImportError, match=r"^entity.docx: word/document.xml declares a DTD"):
        import_path(path)


def test_an_ordinary_docx_still_imports_with_images_skipped(tmp_path: Path) -> None:
    parts = _docx_parts(tmp_path)
    parts["word/media/image1.png"] = b"\x89PNG" + b"\x00" * 5_000_000  # never unpacked
    path = _write(tmp_path / "ordinary.docx", parts)
    assert import_path(path).text == _BODY_TEXT
