"""Printing a PDF with Qt: each page rendered by QtPdf to an image and drawn, scaled to fit,
on the page of a ``QPrinter`` (chosen in the print dialog, or the preview's printer)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Enough for sharp text on paper; the printer's own resolution (1200 dpi for a PDF printer)
# would make an A4 page image of over 500 MB.
MAX_PRINT_DPI = 300


def _pages(pdf_bytes: bytes, dpi: int) -> Iterator[QImage]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"not a readable PDF ({document.error().name})")
        for page in range(document.pageCount()):
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            if image.isNull():
                raise ValueError(f"page {page + 1} could not be rendered")
            yield image
    finally:
        document.close()
        buffer.close()


def pdf_page_images(pdf_bytes: bytes, dpi: int = 150) -> list[QImage]:
    """Every page of the PDF as an image at ``dpi``; ``ValueError`` if it cannot be read."""
    return list(_pages(pdf_bytes, dpi))


def print_pdf(pdf_bytes: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF on ``printer``, each scaled to fit its page (aspect kept,
    centred); returns the number of pages. ``ValueError`` for an unreadable PDF, ``OSError``
    when the printer cannot be started."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    pages = 0
    try:
        for image in _pages(pdf_bytes, dpi):
            if pages == 0:
                if not painter.begin(printer):
                    raise OSError("the printer could not be started")
            elif not printer.newPage():
                raise OSError("the printer refused a new page")
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(
                QRectF((target.width() - width) / 2, (target.height() - height) / 2, width, height),
                image,
            )
            pages += 1
    finally:
        if painter.isActive():
            painter.end()
    return pages
