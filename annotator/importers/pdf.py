"""PDF articles: the text layer (pypdfium2), rebuilt into sentences and paragraphs with the
page each paragraph starts on, so a claim can cite its page.

PDF text is a list of positioned lines. Lines are joined into paragraphs using their geometry:
a paragraph ends at a larger vertical gap, an indented first line, a short line that ends a
sentence, a change of font size (headings) or a bullet. Words hyphenated at a line end are
made whole, ligatures (ﬁ, ﬂ, ﬀ, ﬃ...) become letters, page numbers and running headers and
footers are dropped, and a paragraph cut by a page break is joined again.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError, msg
from annotator.importers.canonical import (
    SENTENCE_END,
    Paragraph,
    build_canonical,
    join_lines,
    list_item,
    starts_list_item,
    tidy,
    with_headline,
)
from annotator.importers.metadata import clean_title, language_tag, people, title_from

LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
# PDFium marks a hyphen it found at a line end (soft hyphenation) with U+FFFE
# (older builds: U+0002).
_LINE_END_HYPHEN = re.compile(r"[\ufffe\x02]\s*")
_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:page|p\.|seite|стр\.?|сторінка|страница)?\s*#(?:\s*(?:of|/|von|из|з)\s*#)?[-–—\s]*$",
    re.IGNORECASE,
)
_USELESS_TITLE = re.compile(
    r"^(untitled|microsoft word - |document\d*$)|\.(docx?|pdf|odt|rtf|indd|qxd)$", re.IGNORECASE
)
_SCAN_PAGES_CHECKED = 5


@dataclass
class _Line:
    text: str
    page: int  # 1-based
    x0: float = 0.0  # left of the first character
    x1: float = 0.0  # right of the last character
    y0: float = 0.0  # baseline of the first character (PDF y grows upwards)
    y1: float = 0.0  # baseline of the last character (differs when PDFium merged a hyphenated line)
    size: float = 0.0
    geometry: bool = False


def read(data: bytes, name: str) -> ArticleDraft:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise ArticleImportError(_load_error(name, getattr(error, "err_code", None))) from error
    try:
        lines, heights = _read_lines(pdf)
        if not any(line.text.strip() for line in lines):
            raise ArticleImportError(_no_text_message(pdf, name))
        metadata = pdf.get_metadata_dict(skip_empty=True)
        language = _catalog_language(pdf)
    finally:
        pdf.close()
    paragraphs = paragraphs_from_lines(_drop_running_lines(lines, heights))
    title = metadata.get("Title", "")
    if not title.strip() or _USELESS_TITLE.search(title.strip()):
        title = title_from(paragraphs, name)
    # the printed headline is marked; a title only in the metadata is not printed text
    text, blocks = build_canonical(
        with_headline(paragraphs, title, metadata.get("Subject", ""), add=False)
    )
    return ArticleDraft(
        title=clean_title(title),
        text=text,
        blocks=blocks,
        standfirst=tidy(metadata.get("Subject", "")),
        authors=people([metadata.get("Author", "")]),
        language=language_tag(language),
        source_format="pdf",
    )


def _load_error(name: str, code: int | None) -> str:
    import pypdfium2.raw as pdfium_c

    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return (
            msg("{name}: the PDF is encrypted with a password. Open it in a PDF viewer, save or "
                "print an unprotected copy, and import that.", name=name)
        )
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return (
            msg("{name}: the PDF is encrypted with a security scheme Annotator cannot open; save "
                "an unprotected copy and import that.", name=name)
        )
    return msg("{name}: the file is damaged or is not a PDF, so its text cannot be read.",
               name=name)


def _no_text_message(pdf: Any, name: str) -> str:  # pdf: pypdfium2.PdfDocument (untyped)
    import pypdfium2.raw as pdfium_c

    for index in range(min(len(pdf), _SCAN_PAGES_CHECKED)):
        page = pdf[index]
        try:
            if any(
                True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3)
            ):
                return (
                    msg("{name}: this PDF has no text layer; it looks like a scan (pages made of "
                        "images). Run it through OCR first (for example OCRmyPDF, or your "
                        "scanner's OCR), then import the result.", name=name)
                )
        finally:
            page.close()
    return msg("{name}: no text was found in the PDF.", name=name)


def _catalog_language(pdf: Any) -> str:  # pypdfium2.PdfDocument (untyped)
    import pypdfium2.raw as pdfium_c

    getter = getattr(pdfium_c, "FPDFCatalog_GetLanguage", None)
    if getter is None:
        return ""
    size = getter(pdf, None, 0)
    if size <= 2:
        return ""
    units = size // 2  # the size is in bytes of UTF-16LE, with a terminating NUL
    buffer = (ctypes.c_ushort * units)()
    getter(pdf, buffer, size)
    return ctypes.string_at(buffer, (units - 1) * 2).decode("utf-16-le", errors="ignore")


def _read_lines(pdf: Any) -> tuple[list[_Line], dict[int, float]]:  # a pypdfium2.PdfDocument
    """Every text line of every page, with its position and font size; and the page heights."""
    lines: list[_Line] = []
    heights: dict[int, float] = {}
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            heights[index + 1] = page.get_height()
            textpage = page.get_textpage()
            try:
                lines.extend(_page_lines(textpage, index + 1))
            finally:
                textpage.close()
        finally:
            page.close()
    return lines, heights


def _page_lines(textpage: Any, page_number: int) -> list[_Line]:  # a pypdfium2.PdfTextPage
    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    char_index = _char_index_map(textpage, text, count)
    lines = []
    x, y = ctypes.c_double(), ctypes.c_double()
    start = 0
    for match in [*_LINE_SPLIT.finditer(text), None]:
        end = match.start() if match else len(text)
        segment = text[start:end]
        start_next = match.end() if match else end
        if not segment.strip():
            start = start_next
            continue
        line = _Line(segment, page_number)
        first_text = start + len(segment) - len(segment.lstrip())
        last_text = start + len(segment.rstrip()) - 1
        middle_text = (first_text + last_text) // 2
        if text[middle_text].isspace():  # PDFium's generated spaces have no real font size
            middle_text = first_text
        first, last = char_index(first_text), char_index(last_text)
        if first >= 0 and last >= first and pdfium_c.FPDFText_GetCharOrigin(textpage, first, x, y):
            line.x0, line.y0 = x.value, y.value
            line.y1 = y.value if pdfium_c.FPDFText_GetCharOrigin(textpage, last, x, y) else line.y0
            line.x1 = textpage.get_charbox(last)[2]
            line.size = pdfium_c.FPDFText_GetFontSize(textpage, char_index(middle_text))
            line.geometry = line.size > 0
        lines.append(line)
        start = start_next
    return lines


def _char_index_map(textpage: Any, text: str, count: int) -> Callable[[int], int]:
    """A function from an index in `text` to PDFium's character index (-1 if there is none).

    Usually they are equal; characters outside the BMP (two UTF-16 units) and characters
    PDFium adds or leaves out shift them, and PDFium translates from UTF-16 positions."""
    import pypdfium2.raw as pdfium_c

    if len(text) == count and all(ord(ch) <= 0xFFFF for ch in text):
        return lambda index: index
    utf16 = []
    position = 0
    for ch in text:
        utf16.append(position)
        position += 2 if ord(ch) > 0xFFFF else 1
    return lambda index: (
        pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, utf16[index])
        if 0 <= index < len(utf16)
        else -1
    )


def _drop_running_lines(lines: list[_Line], heights: dict[int, float]) -> list[_Line]:
    """Drop page numbers and running headers/footers: short lines near the top or bottom edge
    (or the first and last lines of a page) that are a page number or recur, digits aside and
    allowing for OCR slips ("VICKSBURG" / "VICKSBUEG"), on other pages."""
    pages = len(heights)
    candidates = _edge_candidates(lines, heights)
    keys = {id(line): _running_key(line) for line in candidates}
    by_page: dict[int, list[str]] = {}
    for line in candidates:
        by_page.setdefault(line.page, []).append(keys[id(line)])
    needed = max(2, (pages - 1) // 3)
    dropped = set()
    for line in candidates:
        key = keys[id(line)]
        if _PAGE_NUMBER.match(key) or _PAGE_NUMBER.match(re.sub(r"[^\w#]+", " ", key)):
            dropped.add(id(line))
            continue
        if pages < 3 or len(re.sub(r"[^\w]", "", key)) < 3:
            continue
        similar = sum(
            1 for page, others in by_page.items()
            if page != line.page and any(fuzz.ratio(key, other) >= 85 for other in others)
        )
        if similar >= needed:
            dropped.add(id(line))
    return [line for line in lines if id(line) not in dropped]


def _running_key(line: _Line) -> str:
    return re.sub(r"\d+", "#", tidy(line.text).casefold())


def _edge_candidates(lines: list[_Line], heights: dict[int, float]) -> list[_Line]:
    """Short lines that could be a running header or footer: within the top or bottom tenth
    of the page, or (without geometry) the first or last line of the page."""
    by_page: dict[int, list[_Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    found = []
    for page_lines in by_page.values():
        ends = {id(page_lines[0]), id(page_lines[-1])}
        for line in page_lines:
            height = heights.get(line.page, 0)
            if line.geometry and height > 0:
                near_edge = not 0.1 * height < line.y0 < 0.9 * height
            else:
                near_edge = id(line) in ends
            if near_edge and len(line.text) <= 120:
                found.append(line)
    return found


def paragraphs_from_lines(lines: list[_Line]) -> list[Paragraph]:
    """Join lines into headings, paragraphs and list items (see the module docstring)."""
    measured = [line for line in lines if line.geometry]
    body_size = _body_size(measured)
    heading_sizes = sorted(
        {round(line.size, 1) for line in measured if _is_heading(line, body_size)}, reverse=True
    )
    pitch = _line_pitch(measured, body_size)
    edges = _left_edges(measured)

    paragraphs: list[Paragraph] = []
    current: list[_Line] = []

    def flush() -> None:
        if not current:
            return
        text = _clean(current[0].text)
        for line in current[1:]:
            text = join_lines(text, _clean(line.text))
        first = current[0]
        if _is_heading(first, body_size):
            level = (
                min(6, heading_sizes.index(round(first.size, 1)) + 1)
                if round(first.size, 1) in heading_sizes
                else 1
            )
            paragraphs.append(Paragraph(text, "heading", level, first.page))
        elif starts_list_item(text):
            paragraphs.append(list_item(text, first.page))
        elif paragraphs and _continues_across_page(paragraphs[-1], first, text):
            previous = paragraphs.pop()
            paragraphs.append(
                Paragraph(
                    join_lines(previous.text, text), previous.kind, previous.level, previous.page
                )
            )
        else:
            paragraphs.append(Paragraph(text, "paragraph", 0, first.page))
        current.clear()

    for line in lines:
        if current and _starts_paragraph(current, line, body_size, pitch, edges):
            flush()
        current.append(line)
    flush()
    return paragraphs


def _clean(text: str) -> str:
    """Ligatures to letters; PDFium's line-end hyphen marker dropped inside a word."""
    text = text.translate(LIGATURES).strip()

    def hyphen(match: re.Match[str]) -> str:
        following = text[match.end() : match.end() + 1]
        return "" if following.islower() else "-"

    return _LINE_END_HYPHEN.sub(hyphen, text)


def _starts_paragraph(
    current: list[_Line], line: _Line, body_size: float, pitch: float, edges: dict[int, list[float]]
) -> bool:
    previous = current[-1]
    text = tidy(line.text)
    ends_sentence = bool(SENTENCE_END.search(tidy(previous.text)))
    if line.page != previous.page:
        return True  # joined again afterwards if the sentence runs on
    if starts_list_item(text):
        return True
    if not (line.geometry and previous.geometry):
        return ends_sentence or not text[:1].islower()
    heading = _is_heading(line, body_size)
    if heading != _is_heading(previous, body_size) or abs(line.size - previous.size) > 0.15 * max(
        line.size, previous.size
    ):
        return True
    if heading:
        return False  # a heading over two lines stays one heading
    gap = previous.y1 - line.y0
    if gap <= 0 or gap > 3 * pitch:
        return ends_sentence  # a new column, or a jump over a figure: the sentence may run on
    if gap > 1.35 * pitch:
        return True
    at_edge = any(abs(previous.x0 - edge) <= 1.5 for edge in edges.get(line.page, ()))
    if at_edge and previous.x0 + 0.8 * line.size < line.x0 < previous.x0 + 6 * line.size:
        return True  # an indented first line
    right = max(other.x1 for other in [*current, line])
    return ends_sentence and previous.x1 < right - 2.5 * line.size  # a short last line


def _continues_across_page(previous: Paragraph, line: _Line, text: str) -> bool:
    """A paragraph cut by a page break: no sentence end before, lower case after."""
    if previous.kind != "paragraph" or previous.page is None or line.page <= previous.page:
        return False
    return text[:1].islower() and not SENTENCE_END.search(previous.text.rstrip())


def _is_heading(line: _Line, body_size: float) -> bool:
    return (
        line.geometry and body_size > 0 and line.size >= 1.15 * body_size and len(line.text) <= 200
    )


def _body_size(lines: list[_Line]) -> float:
    """The font size most of the text is set in."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _line_pitch(lines: list[_Line], body_size: float) -> float:
    """The usual distance between the baselines of two lines of body text."""
    gaps = [
        previous.y1 - line.y0
        for previous, line in zip(lines, lines[1:], strict=False)
        if line.page == previous.page
        and abs(line.size - body_size) < 0.5
        and abs(previous.size - body_size) < 0.5
        and 0 < previous.y1 - line.y0 < 3 * body_size
    ]
    if not gaps:
        return 1.2 * body_size or 12.0
    gaps.sort()
    return max(gaps[len(gaps) // 4], body_size)  # the lower quartile: gaps within paragraphs


def _left_edges(lines: list[_Line]) -> dict[int, list[float]]:
    """Per page, the x positions at least three lines start at: the left edges of the columns."""
    starts: dict[int, Counter[int]] = {}
    for line in lines:
        starts.setdefault(line.page, Counter())[round(line.x0)] += 1
    return {
        page: [float(x) for x, n in counter.items() if n >= 3] for page, counter in starts.items()
    }
