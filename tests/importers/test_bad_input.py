"""Bad input of every kind ends in ArticleImportError naming the file and the problem."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import annotator.importers as importers
from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError
from annotator.importers import SUPPORTED_SUFFIXES, import_path


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    with pytest.raises(ArticleImportError, match=rf"^empty{suffix}: the file is empty\.$"):
        import_path(path)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (bytes(range(256)) * 4, "binary file"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 32, "program"),
    ],
    ids=["random-binary", "png", "pdf", "zip", "elf"],
)
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_binary_file_with_text_extension(
    tmp_path: Path, data: bytes, problem: str, suffix: str
) -> None:
    path = tmp_path / f"notes{suffix}"
    path.write_bytes(data)
    with pytest.raises(ArticleImportError, match=problem) as caught:
        import_path(path)
    assert str(caught.value).startswith(f"notes{suffix}: ")


@pytest.mark.parametrize(
    ("name", "hint"), [("data.xyz", ""), ("old.doc", "save it as .docx"), ("README", "")]
)
def test_unsupported_type(tmp_path: Path, name: str, hint: str) -> None:
    path = tmp_path / name
    path.write_text("some text", encoding="utf-8")
    with pytest.raises(ArticleImportError, match="unsupported file type") as caught:
        import_path(path)
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and hint in message and ".pdf" in message


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("A sentence of an article. " * 50, encoding="utf-8")
    with pytest.raises(
        ArticleImportError,
        match=r"^huge\.txt: the file is too large \(1\.3 KB\); the limit is 1000 bytes\.$",
    ):
        import_path(path)
    path.write_text("Small enough.", encoding="utf-8")
    assert import_path(path).text == "Small enough."


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ArticleImportError, match=r"^gone\.txt: cannot read the file"):
        import_path(tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ArticleImportError, match=r"^folder\.txt: "):
        import_path(tmp_path / "folder.txt")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_whitespace_only(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"blank{suffix}"
    path.write_bytes(b" \r\n\t\n  ")
    with pytest.raises(ArticleImportError, match=rf"^blank{suffix}: "):
        import_path(path)


def test_a_library_failure_is_wrapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(data: bytes, name: str) -> ArticleDraft:
        raise ValueError("unexpected structure")

    monkeypatch.setitem(importers.IMPORTERS, ".html", explode)
    path = tmp_path / "page.html"
    path.write_text("<p>text</p>", encoding="utf-8")
    with pytest.raises(
        ArticleImportError, match=r"^page\.html: .*could not be read.*unexpected structure"
    ):
        import_path(path)


_PREFIXES = st.sampled_from(
    [
        b"",
        b"%PDF-1.4\n",
        b"PK\x03\x04",
        b"<html><body>",
        b"---\ntitle: x\n---\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
    ]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from(SUPPORTED_SUFFIXES), prefix=_PREFIXES, body=st.binary(max_size=400))
def test_random_bytes_give_a_draft_or_an_import_error(
    suffix: str, prefix: bytes, body: bytes
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(prefix + body)
        try:
            draft = import_path(path)
        except ArticleImportError as error:
            assert str(error).startswith(f"random{suffix}: ")
        else:
            assert isinstance(draft, ArticleDraft) and draft.text.strip()
            assert all(0 <= b.start < b.end <= len(draft.text) for b in draft.blocks)
