"""Read the parts of a ZIP-based document (.docx) with a byte budget counted while
decompressing, so an archive bomb, or a ZIP whose directory understates its sizes, is refused
after at most the budget, not after gigabytes; and hand python-docx a copy without the parts
it never needs to read (images, embedded objects), so nothing unpacks twice."""

from __future__ import annotations

import io
import zipfile

from annotator.errors import ArticleImportError, msg

TOTAL_BUDGET = 256 * 1024 * 1024  # all parts that are read, unpacked
XML_BUDGET = 64 * 1024 * 1024  # the XML parts, which are parsed into trees (several times larger)
_CHUNK = 1024 * 1024
_TEXT_PARTS = (".xml", ".rels")


def is_text_part(part: str) -> bool:
    """The XML parts that carry the text, styles and properties (not media or embeddings)."""
    return part.lower().endswith(_TEXT_PARTS)


def read_text_parts(data: bytes, name: str) -> dict[str, bytes]:
    """The XML parts of the archive, each decompressed within the budgets. Raises
    ArticleImportError for a damaged archive, one too large, or one whose sizes are false."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ArticleImportError(
            msg("{name}: the file is damaged or is not a Word document (.docx).", name=name)
        ) from error
    with archive:
        declared = sum(info.file_size for info in infos if is_text_part(info.filename))
        if declared > XML_BUDGET:
            raise _too_large(name, declared)
        parts: dict[str, bytes] = {}
        used = 0
        for info in infos:
            if not is_text_part(info.filename) or info.is_dir():
                continue
            parts[info.filename] = _read_member(archive, info, name, XML_BUDGET - used)
            used += len(parts[info.filename])
    return parts


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: int) -> bytes:
    """Decompress one member in chunks, stopping as soon as it passes the budget. zipfile
    never gives more than the size the directory declares and checks the CRC at the end, so
    an entry whose real content differs from its directory is refused there."""
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > budget:
                    raise _too_large(name, total)
                chunks.append(chunk)
    except zipfile.BadZipFile as error:
        raise ArticleImportError(
            msg("{name}: the contents of {filename} do not match the sizes and checksums in the "
                "archive's directory; the file is damaged or crafted, so it is refused.",
                name=name, filename=info.filename)
        ) from error
    except (ValueError, OSError, EOFError, RuntimeError, NotImplementedError) as error:
        raise ArticleImportError(
            msg("{name}: the Word document is damaged ({filename}: {error}).", name=name,
                filename=info.filename, error=error)
        ) from error
    return b"".join(chunks)


def _too_large(name: str, size: int) -> ArticleImportError:
    return ArticleImportError(
        msg("{name}: the document's text parts unpack to more than {value} MB (at least "
            "{value2:.0f} MB), more than any article; it is refused as a possible archive bomb.",
            name=name, value=XML_BUDGET // 2 ** 20, value2=size / 2 ** 20)
    )


def rebuilt(data: bytes, parts: dict[str, bytes]) -> io.BytesIO:
    """A stored (uncompressed) copy of the archive with the given parts, and every other part
    empty, so the reader finds every part it references but never unpacks media."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_STORED) as target,
    ):
        for info in source.infolist():
            if not info.is_dir():
                target.writestr(info.filename, parts.get(info.filename, b""))
    output.seek(0)
    return output
