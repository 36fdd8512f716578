"""Printing a PDF through Qt: QtPdf renders each page, QPainter draws it on the printer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from app.reports.cards import Card, CardLayout, CardText, cards_pdf
from app.ui.printing import pdf_page_images, print_pdf

pytestmark = pytest.mark.gui


def _cards_pdf() -> bytes:
    text = CardText("Testorganisatie", "12345", "1000 AB", "Amsterdam")
    cards = [Card(colour, "PROEF") for _ in range(3) for colour in ("green", "red")]
    return cards_pdf(cards, text, CardLayout.A6)


def test_printing_a_pdf_gives_one_printed_page_per_pdf_page(qapp, tmp_path: Path) -> None:
    content = _cards_pdf()
    expected = len(PdfReader(io.BytesIO(content)).pages)
    assert expected > 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "geprint.pdf"
    printer.setOutputFileName(str(out))

    assert print_pdf(content, printer) == expected
    assert len(PdfReader(out).pages) == expected
    images = pdf_page_images(content, dpi=72)
    assert len(images) == expected
    assert not images[0].isNull()


def test_an_unreadable_pdf_is_refused(qapp) -> None:
    with pytest.raises(ValueError, match="not a readable PDF"):
        pdf_page_images(b"geen pdf")
