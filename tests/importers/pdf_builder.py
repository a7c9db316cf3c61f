"""Build the PDFs the importer tests read: laid out line by line with QPainter (so the tests
control headings, gaps, hyphenated line ends, running headers and page numbers), a scan-like
PDF holding only an image, and a password-protected PDF written by hand (RC4, revision 2 of
the standard security handler, which PDFium opens when given the password)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

LEFT = 50.0
BODY_SIZE = 10.0
LINE_PITCH = 13.0
PARAGRAPH_GAP = 9.0


@dataclass(frozen=True)
class Line:
    """One line of a test page: `kind` is "body", "heading" (16 pt) or "subheading" (13 pt);
    `gap_before` adds paragraph spacing above it."""

    text: str
    kind: str = "body"
    gap_before: bool = False


def write_text_pdf(
    path: Path, pages: list[list[Line]], header: str = "", numbers: bool = True
) -> Path:
    """A PDF with a text layer, A5 pages at 72 dpi; needs a QGuiApplication."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setResolution(72)
    writer.setTitle("")
    painter = QPainter(writer)
    fonts = {}
    for kind, size, bold in (
        ("body", BODY_SIZE, False),
        ("heading", 16.0, True),
        ("subheading", 13.0, True),
    ):
        font = QFont("DejaVu Serif")
        font.setPointSizeF(size)
        font.setBold(bold)
        fonts[kind] = font
    try:
        for number, lines in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            if header:
                painter.setFont(fonts["body"])
                painter.drawText(QPointF(LEFT, 30), header)
            y = 60.0
            for line in lines:
                if line.gap_before:
                    y += PARAGRAPH_GAP
                y += {"heading": 24.0, "subheading": 19.0}.get(line.kind, LINE_PITCH)
                painter.setFont(fonts[line.kind])
                painter.drawText(QPointF(LEFT, y), line.text)
            if numbers:
                painter.setFont(fonts["body"])
                painter.drawText(QPointF(200, 575), str(number))
    finally:
        painter.end()
    return path


def write_image_pdf(path: Path) -> Path:
    """A PDF whose only page is a picture of text, like a scan without OCR."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

    image = QImage(400, 560, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image_painter = QPainter(image)
    for row in range(30):
        image_painter.fillRect(QRectF(40, 40 + row * 16, 300 - (row % 4) * 30, 8), QColor("black"))
    image_painter.end()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.drawImage(QPointF(0, 0), image)
    painter.end()
    return path


_PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def encrypted_pdf_bytes(user_password: str = "secret", owner_password: str = "owner") -> bytes:
    """A one-page PDF saying "Confidential draft", encrypted with a user password (RC4 40-bit,
    PDF 1.7 section 7.6.3, algorithms 2, 3 and 4)."""
    file_id = hashlib.md5(b"annotator test").digest()
    permissions = -4  # all permissions; the password is what matters here
    user = (user_password.encode("latin-1") + _PADDING)[:32]
    owner = (owner_password.encode("latin-1") + _PADDING)[:32]
    owner_entry = _rc4(hashlib.md5(owner).digest()[:5], user)
    key = hashlib.md5(
        user + owner_entry + permissions.to_bytes(4, "little", signed=True) + file_id
    ).digest()[:5]
    user_entry = _rc4(key, _PADDING)

    def encrypt(number: int, data: bytes) -> bytes:
        object_key = hashlib.md5(
            key + number.to_bytes(3, "little") + (0).to_bytes(2, "little")
        ).digest()[:10]
        return _rc4(object_key, data)

    content = encrypt(4, b"BT /F1 24 Tf 72 700 Td (Confidential draft) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> "
        b">> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (owner_entry.hex().encode(), user_entry.hex().encode(), permissions),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>] "
        b">>\nstartxref\n%d\n%%%%EOF\n"
        % (
            len(objects) + 1,
            file_id.hex().encode(),
            file_id.hex().encode(),
            xref,
        )
    )
    return bytes(out)
