"""The PDF report, laid out by Qt's own rich-text engine and PDF writer (QtGui only).

No browser engine and no QtWidgets: the report is rendered from
resources/templates/report.qt.html.j2 into a QTextDocument and printed to a
QPdfWriter, which paginates and keeps text selectable and links clickable. Paragraphs
longer than a few thousand characters are laid out as consecutive blocks without spacing
(exporters/layout_split.py), which keeps layout time linear in their length.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from annotator.errors import ExportError, msg
from annotator.exporters.bundle import ExportBundle
from annotator.exporters.common import report_title
from annotator.exporters.html_report import report_context
from annotator.exporters.layout_split import split_for_layout
from annotator.exporters.report_labels import translator
from annotator.exporters.templates import html_environment

TEMPLATE = "report.qt.html.j2"
RESOLUTION = 300
DOCUMENT_DPI = 96  # QTextDocument lays out in logical pixels at 96 per inch
FOOTER_HEIGHT = 24
_APP: QGuiApplication | None = None  # kept alive when this module had to create it


def ensure_gui_application() -> None:
    """QTextDocument layout needs a QGuiApplication (fonts); make one for the command line."""
    global _APP
    instance = QGuiApplication.instance()
    if instance is None:
        # The command line shows no window: don't depend on a display being available.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QGuiApplication(["annotator"])
    elif not isinstance(instance, QGuiApplication):
        raise ExportError(
            msg("PDF export needs a GUI application object, but a console-only one is running.")
        )


def render_qt_html(bundle: ExportBundle) -> str:
    context = report_context(bundle)
    for article in context["articles"]:  # long paragraphs in short blocks: linear layout time
        article["paragraphs"] = split_for_layout(article["paragraphs"])
    return html_environment().get_template(TEMPLATE).render(context)


def write_pdf(
    bundle: ExportBundle,
    out: Path | str | BinaryIO,
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    ensure_gui_application()
    buffer: QBuffer | None = None
    if isinstance(out, str | Path):
        writer = QPdfWriter(str(out))
    else:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
    title = report_title(bundle, translator(bundle.options.language))
    writer.setTitle(title)
    writer.setCreator("Annotator")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    _paint(render_qt_html(bundle), title, writer, progress or (lambda text, done, total: None))
    del writer  # finishes the file
    if buffer is not None:
        buffer.close()
        out.write(bytes(buffer.data()))  # type: ignore[union-attr, call-overload]
    elif not Path(out).exists():  # type: ignore[arg-type]
        raise ExportError(msg("Could not write the PDF to {out}.", out=out))


def _paint(
    html: str, title: str, writer: QPdfWriter, progress: Callable[[str, int, int], None]
) -> None:
    """Lay the document out once in page-sized frames and paint each page, with a footer.

    Giving the document its page size up front (instead of QTextDocument.print_,
    which clones and lays out again) halves the time for long reports.
    """
    scale = RESOLUTION / DOCUMENT_DPI
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = area.width() / scale, area.height() / scale - FOOTER_HEIGHT
    document = QTextDocument()
    document.setPageSize(QSizeF(width, height))
    progress("Laying out the pages…", 0, 0)
    document.setHtml(html)
    pages = document.pageCount()
    footer_font = QFont(document.defaultFont())
    footer_font.setPixelSize(10)  # logical pixels: the painter is scaled like the document
    painter = QPainter(writer)
    try:
        for page in range(pages):
            progress(f"Writing page {page + 1} of {pages}…", page, pages)
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(footer_font)
            painter.setPen(QColor("#5c5c58"))
            footer = QRectF(0, height + 4, width, FOOTER_HEIGHT - 4)
            painter.drawText(
                footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"{page + 1} / {pages}",
            )
            painter.restore()
    finally:
        painter.end()
