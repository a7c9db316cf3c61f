"""Word documents (.docx): paragraphs, headings, list items, quotes and tables in document
order; title, author, subject and language from the document properties (python-docx)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError, msg
from annotator.importers import archive
from annotator.importers.canonical import Paragraph, build_canonical, tidy, with_headline
from annotator.importers.htmltext import CELL_SEPARATOR
from annotator.importers.metadata import (
    clean_title,
    first_nonempty,
    language_tag,
    people,
    title_from,
)

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph as DocxParagraph

_DOCTYPE = re.compile(rb"<!DOCTYPE|<\x00!\x00D\x00O\x00C\x00T\x00Y\x00P\x00E", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_LIST_STYLE_LEVEL = re.compile(r"^list\b.*\s([1-9])$")


def read(data: bytes, name: str) -> ArticleDraft:
    document = _open(data, name)
    paragraphs: list[Paragraph] = []
    title_paragraph = subtitle = ""
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):  # a table: one paragraph per row, cells separated by " | "
            paragraphs.extend(_table_rows(cast("DocxTable", block)))
            continue
        text = block.text
        if not text.strip():
            continue
        style = _style_name(block)
        if style == "title":
            title_paragraph = title_paragraph or text
            paragraphs.append(Paragraph(text, "heading", 1))
        elif style == "subtitle":
            subtitle = subtitle or text
            paragraphs.append(Paragraph(text))
        else:
            paragraphs.append(_paragraph(block, style, text))
    properties = document.core_properties
    title = clean_title(first_nonempty(properties.title, title_paragraph)) or title_from(
        paragraphs, name
    )
    standfirst = first_nonempty(subtitle, properties.subject)
    # The headline is what the document shows (its Title paragraph, else its first heading),
    # never a property the reader of the document does not see.
    shown = (
        title_paragraph or title_from(paragraphs[:1], "")
        if paragraphs and paragraphs[0].kind == "heading"
        else title_paragraph
    )
    marked = with_headline(paragraphs, shown, subtitle, add=False) if shown else paragraphs
    text, blocks = build_canonical(marked)
    return ArticleDraft(
        title=title,
        text=text,
        blocks=blocks,
        standfirst=standfirst,
        authors=people([properties.author or ""]),
        language=language_tag(properties.language or _default_language(document)),
        source_format="docx",
    )


def _open(data: bytes, name: str) -> DocxDocument:
    import docx

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ArticleImportError(
            msg("{name}: this is an encrypted Word document or an old .doc file; open it in Word "
                "or LibreOffice, save it as an unprotected .docx, and import that.", name=name)
        )
    parts = archive.read_text_parts(data, name)
    if "word/document.xml" not in parts:
        raise ArticleImportError(
            msg("{name}: the file is a ZIP archive but not a Word document (.docx).", name=name)
        )
    for part, content in parts.items():
        if _DOCTYPE.search(content[:4096]):
            raise ArticleImportError(
                msg("{name}: {part} declares a DTD (<!DOCTYPE>), which Word never writes; "
                    "entities it defines would be lost or could attack the reader, so the "
                    "document is refused. Open it in Word or LibreOffice, save it again as .docx, "
                    "and import that.", name=name, part=part)
            )
    try:
        return docx.Document(archive.rebuilt(data, parts))
    except Exception as error:  # python-docx raises KeyError, lxml errors... for broken parts
        raise ArticleImportError(
            msg("{name}: the Word document is damaged and cannot be read ({kind}).", name=name,
                kind=type(error).__name__)
        ) from error


def _style_name(paragraph: DocxParagraph) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return ""
    return (style.name or "").strip().lower() if style is not None else ""


def _paragraph(paragraph: DocxParagraph, style: str, text: str) -> Paragraph:
    heading = _HEADING_STYLE.match(style)
    if heading:
        return Paragraph(text, "heading", int(heading.group(1)))
    outline = paragraph._p.xpath("./w:pPr/w:outlineLvl/@w:val")
    if outline and outline[0].isdigit() and int(outline[0]) < 9:
        return Paragraph(text, "heading", int(outline[0]) + 1)
    levels = paragraph._p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
    if paragraph._p.xpath("./w:pPr/w:numPr") or style.startswith("list"):
        numbered_style = _LIST_STYLE_LEVEL.search(style)  # "List Bullet 2"
        if levels and levels[0].isdigit():
            level = int(levels[0]) + 1
        else:
            level = int(numbered_style.group(1)) if numbered_style else 1
        return Paragraph(text, "list_item", level)
    if "quote" in style:
        return Paragraph(text, "quote")
    return Paragraph(text)


def _table_rows(table: DocxTable) -> list[Paragraph]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[object] = []  # holding the elements keeps their lxml proxies (and ids) stable
        for cell in row.cells:
            if any(cell._tc is element for element in seen):  # a merged cell repeats per column
                continue
            seen.append(cell._tc)
            if tidy(cell.text):
                cells.append(tidy(cell.text))
        if cells:
            rows.append(Paragraph(CELL_SEPARATOR.join(cells)))
    return rows


def _default_language(document: DocxDocument) -> str:
    try:
        values = document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    except Exception:  # the styles part is optional
        return ""
    return values[0] if values else ""
