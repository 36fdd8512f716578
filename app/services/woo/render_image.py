"""Attachments that are PDFs or images: every page becomes a picture (pdfium renders it),
the redacted passages are painted black into the picture with their ground, and a new PDF
is made from the pictures alone — no text layer, no annotations, no form fields, none of
the original's metadata survive."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from app.services.woo.documents import WooDocument
from app.services.woo.grounds import ground_label

SCALE = 2.0  # 144 dpi: readable, and small enough for a dossier of many pages


def _boxes_for_page(
    textpage: object, first: int, count: int, document: WooDocument
) -> list[tuple[tuple[float, float, float, float], str]]:
    """The rectangles (PDF points) of the redactions that fall on this page: by position
    in the text, and every other occurrence of the same strings found by search."""
    boxes: list[tuple[tuple[float, float, float, float], str]] = []
    for redaction in document.active():
        start = max(redaction.start, first) - first
        end = min(redaction.end, first + count) - first
        if start < end:
            n = textpage.count_rects(start, end - start)  # type: ignore[attr-defined]
            boxes += [(textpage.get_rect(i), redaction.ground) for i in range(n)]  # type: ignore[attr-defined]
        wanted = document.text[redaction.start : redaction.end].strip()
        if not wanted:
            continue
        searcher = textpage.search(wanted, match_case=False)  # type: ignore[attr-defined]
        while (found := searcher.get_next()) is not None:
            index, length = found
            n = textpage.count_rects(index, length)  # type: ignore[attr-defined]
            boxes += [(textpage.get_rect(i), redaction.ground) for i in range(n)]  # type: ignore[attr-defined]
        searcher.close()
    return boxes


def _paint(
    image: Image.Image,
    boxes: list[tuple[tuple[float, float, float, float], str]],
    page_height: float,
) -> None:
    draw = ImageDraw.Draw(image)
    for (left, bottom, right, top), ground in boxes:
        x0, x1 = left * SCALE - 2, right * SCALE + 2
        y0, y1 = (page_height - top) * SCALE - 2, (page_height - bottom) * SCALE + 2
        draw.rectangle((x0, y0, x1, y1), fill="black")
        font = ImageFont.load_default(size=max(8, int((y1 - y0) * 0.7)))
        draw.text((x0 + 3, y0 + 1), ground_label(ground), fill="white", font=font)


def render_pdf_pages(
    document: WooDocument, cancelled: Callable[[], bool] | None = None
) -> list[Image.Image]:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(document.content)
    images: list[Image.Image] = []
    try:
        for index in range(len(source)):
            if cancelled is not None and cancelled():
                break
            page = source[index]
            textpage = page.get_textpage()
            first = document.page_offsets[index] if index < len(document.page_offsets) else 0
            boxes = _boxes_for_page(textpage, first, textpage.count_chars(), document)
            # Forms and annotations are drawn into the picture, then they are gone.
            image = page.render(scale=SCALE, may_draw_forms=True).to_pil().convert("RGB")
            _paint(image, boxes, page.get_height())
            images.append(image)
            textpage.close()
            page.close()
    finally:
        source.close()
    return images


def render_image(document: WooDocument) -> list[Image.Image]:
    with Image.open(io.BytesIO(document.content)) as image:
        # A fresh RGB copy: the original's EXIF (camera, place, owner) stays behind.
        return [image.convert("RGB").copy()]


def write_image_pdf(images: list[Image.Image], target: Path, title: str) -> int:
    if not images:
        images = [Image.new("RGB", (595, 842), "white")]
    images[0].save(
        target,
        "PDF",
        save_all=True,
        append_images=images[1:],
        resolution=72 * SCALE,
        title=title,
        author="",
        producer="Interne Klachten",
        creator="Interne Klachten",
    )
    return len(images)
