"""The shared look of the reports (annual, quarterly, weekly, dossier): A4 portrait, a title
page, a running header, "Pagina x van y" on every page, tables whose header repeats on each
page, and Dutch number and date formats ("1.234", "12,5%", "23 november 2026").

Nothing here names an organisation: the title page prints what ``ReportMeta`` says. Big
tables are split into tables of ``TABLE_CHUNK`` rows (one 10,000-row table takes five times
as long to lay out as twenty of 500 rows, see MEASURED.md).

Building takes a ``progress(done, total)`` callback; it is called after every laid-out
flowable and may raise (``app.cancelled.Cancelled``) to stop the build.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.cancelled import Cancelled
from app.reports.fonts import register_fonts
from app.reports.formats import long_date

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = RIGHT = 20 * mm
TOP = 24 * mm
BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
WIDE_PAGE = landscape(A4)  # for wide tables
WIDE_WIDTH = WIDE_PAGE[0] - LEFT - RIGHT
TABLE_CHUNK = 500

INK = colors.HexColor("#1f1f1f")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f4e79")
ACCENT_LIGHT = colors.HexColor("#8fb3d9")
ZEBRA = colors.HexColor("#f2f5f9")
RULE = colors.HexColor("#c9d3de")
GREEN = colors.HexColor("#2e7d32")
RED = colors.HexColor("#c62828")
AMBER = colors.HexColor("#e39b17")

Progress = Callable[[int, int], None]


# Raised by a progress callback to stop building a report: the one ``Cancelled``.
ReportCancelled = Cancelled


def text(value: str | None) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in (value or "").split("\n"))


# ----- paragraph styles ---------------------------------------------------------------------


def _make_styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=regular,
        bulletFontName=regular,
        fontSize=9.5,
        leading=13.5,
        spaceAfter=6,
        textColor=INK,
    )
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        # A short note under a heading, kept with what it introduces.
        "intro": ParagraphStyle(
            "intro", parent=body, fontSize=8, leading=10.5, textColor=MUTED, keepWithNext=True
        ),
        # A note under a table or chart.
        "note": ParagraphStyle(
            "note", parent=body, fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=3
        ),
        "h1": ParagraphStyle(
            "h1",
            fontName=bold,
            fontSize=15,
            leading=19,
            spaceBefore=14,
            spaceAfter=8,
            textColor=ACCENT,
            keepWithNext=True,
        ),
        "h2": ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=11,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=True,
        ),
        "cell": cell,
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        "header": ParagraphStyle(
            "header", parent=cell, fontName=bold, textColor=colors.white, leading=10
        ),
        "header_right": ParagraphStyle(
            "header_right",
            parent=cell,
            fontName=bold,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "label": ParagraphStyle("label", parent=cell, fontSize=8.5, leading=11, textColor=MUTED),
        "value": ParagraphStyle("value", parent=cell, fontSize=9, leading=11.5),
        "title_organisation": ParagraphStyle(
            "title_organisation", fontName=bold, fontSize=16, leading=20, textColor=INK
        ),
        "title": ParagraphStyle(
            "title", fontName=bold, fontSize=26, leading=31, textColor=ACCENT, spaceAfter=6
        ),
        "subtitle": ParagraphStyle(
            "subtitle", fontName=regular, fontSize=13, leading=17, textColor=INK, spaceAfter=4
        ),
        "title_note": ParagraphStyle(
            "title_note", fontName=regular, fontSize=10, leading=14, textColor=MUTED
        ),
        "notice": ParagraphStyle(
            "notice", fontName=bold, fontSize=10, leading=14, textColor=RED, spaceBefore=8
        ),
        "running": ParagraphStyle(
            "running", fontName=regular, fontSize=7.5, leading=9, textColor=MUTED
        ),
        "running_right": ParagraphStyle(
            "running_right",
            fontName=regular,
            fontSize=7.5,
            leading=9,
            textColor=MUTED,
            alignment=TA_RIGHT,
        ),
    }


_styles: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    global _styles
    if _styles is None:
        _styles = _make_styles()
    return _styles


# ----- building blocks ---------------------------------------------------------------------


def heading(value: str, level: int = 1) -> Paragraph:
    return Paragraph(escape(value), styles()["h1" if level == 1 else "h2"])


def paragraph(value: str | None, style: str = "body") -> Paragraph:
    return Paragraph(text(value), styles()[style])


def section(title: str, *flowables: Flowable) -> list[Flowable]:
    """A heading that never ends up alone at the foot of a page."""
    return [CondPageBreak(40 * mm), heading(title), *flowables]


def written_section(title: str, value: str | None) -> list[Flowable]:
    """A section of the coordinator's own text; left out while nothing is written."""
    body = free_text(value)
    return section(title, *body) if body else []


def free_text(value: str | None, empty: str | None = None) -> list[Flowable]:
    """A text the coordinator wrote: blank lines separate paragraphs. Without a text:
    ``empty`` (a sentence saying what is missing), or nothing at all."""
    blocks = [b.strip() for b in (value or "").replace("\r\n", "\n").split("\n\n") if b.strip()]
    if not blocks:
        return [paragraph(empty, "small")] if empty else []
    return [paragraph(block) for block in blocks]


def key_values(rows: Sequence[tuple[str, str | None]], label_width: float = 48 * mm) -> Table:
    """Label and value pairs (the dossier's data): grey labels, wrapped values."""
    style = styles()
    data = [
        [Paragraph(escape(k), style["label"]), Paragraph(text(v or "–"), style["value"])]
        for k, v in rows
    ]
    table = Table(data, colWidths=(label_width, CONTENT_WIDTH - label_width), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()[0]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table


Cell = str | Flowable | None


@dataclass(frozen=True)
class Column:
    """A table column: header text, width (points), right-aligned figures, wrapped text."""

    title: str
    width: float
    numeric: bool = False
    wrap: bool = True


CELL_SIZE = 8
CELL_LEADING = 10
CELL_PADDING = 4


@functools.lru_cache(maxsize=20_000)
def wrap_lines(value: str, font: str, size: float, width: float) -> str:
    """``value`` broken into lines that fit ``width`` (words too long for a line are cut):
    a plain multi-line string, which a table draws many times faster than a Paragraph."""
    lines: list[str] = []
    for line in simpleSplit(value, font, size, width):
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return "\n".join(lines)


def data_tables(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    *,
    chunk: int = TABLE_CHUNK,
    empty: str = "Geen.",
    bold_rows: Sequence[int] = (),
) -> list[Flowable]:
    """Rows as tables of at most ``chunk`` rows, each with the header repeated on every
    page. Cells are plain text (wrapped to the column when it says so) or ready
    flowables. ``bold_rows`` (indexes into ``rows``) print bold: totals."""
    if not rows:
        return [paragraph(empty, "small")]
    style = styles()
    regular, bold = register_fonts()
    header = [
        Paragraph(escape(c.title), style["header_right" if c.numeric else "header"])
        for c in columns
    ]
    bold_set = set(bold_rows)
    room = [c.width - 2 * CELL_PADDING for c in columns]

    def cell(value: Cell, index: int, strong: bool) -> Cell:
        if value is None:
            return ""
        if not isinstance(value, str) or not columns[index].wrap:
            return value
        return wrap_lines(value, bold if strong else regular, CELL_SIZE, room[index])

    tables: list[Flowable] = []
    widths = [c.width for c in columns]
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        data = [header] + [
            [cell(v, i, start + n in bold_set) for i, v in enumerate(row)]
            for n, row in enumerate(part)
        ]
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ]
        for index, column in enumerate(columns):
            if column.numeric:
                commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
        for row in bold_set:
            if start <= row < start + chunk:
                commands.append(("FONTNAME", (0, row - start + 1), (-1, row - start + 1), bold))
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        tables.append(table)
    return tables


def wide_pages(*flowables: Flowable) -> list[Flowable]:
    """Flowables on landscape pages (a wide table), then back to portrait."""
    return [
        NextPageTemplate("wide"),
        PageBreak(),
        *flowables,
        NextPageTemplate("body"),
        PageBreak(),
    ]


def figure_block(drawing: Flowable, caption: str | None = None) -> Flowable:
    """A chart with its caption, kept on one page."""
    parts: list[Flowable] = [Spacer(1, 2 * mm), drawing]
    if caption:
        parts.append(paragraph(caption, "small"))
    parts.append(Spacer(1, 3 * mm))
    return KeepTogether(parts)


# ----- the document ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportMeta:
    """What the title page and the running header say."""

    organisation: str
    title: str
    period: str  # "1 januari – 31 december 2026"
    made_on: date
    subtitle: str = ""  # e.g. "Jaarverslag klachtbehandeling (artikel 9:12a Awb)"
    notice: str = ""  # e.g. "Vertrouwelijk: alleen voor het managementteam"


def title_page(meta: ReportMeta) -> list[Flowable]:
    style = styles()
    parts: list[Flowable] = [Spacer(1, 45 * mm)]
    if meta.organisation:
        parts.append(Paragraph(escape(meta.organisation), style["title_organisation"]))
    parts.append(_Rule(CONTENT_WIDTH, ACCENT, 2))
    parts.append(Spacer(1, 10 * mm))
    parts.append(Paragraph(escape(meta.title), style["title"]))
    if meta.subtitle:
        parts.append(Paragraph(escape(meta.subtitle), style["subtitle"]))
    if meta.period:
        parts.append(Paragraph(escape(meta.period), style["subtitle"]))
    parts.append(Spacer(1, 8 * mm))
    parts.append(Paragraph(escape(f"Gemaakt op {long_date(meta.made_on)}"), style["title_note"]))
    if meta.notice:
        parts.append(Paragraph(escape(meta.notice), style["notice"]))
    parts.append(NextPageTemplate("body"))
    parts.append(PageBreak())
    return parts


def title_block(meta: ReportMeta) -> list[Flowable]:
    """A compact title at the top of the first page (short reports: the weekly overview)."""
    style = styles()
    parts: list[Flowable] = []
    parts.append(Paragraph(escape(meta.title), style["h1"]))
    lines = [meta.subtitle, meta.period, f"Gemaakt op {long_date(meta.made_on)}"]
    parts.append(Paragraph("<br/>".join(escape(line) for line in lines if line), style["body"]))
    if meta.notice:
        parts.append(Paragraph(escape(meta.notice), style["small"]))
    parts.append(_Rule(CONTENT_WIDTH, ACCENT, 1))
    parts.append(Spacer(1, 3 * mm))
    return parts


class _Rule(Flowable):
    def __init__(self, width: float, colour: colors.Color, thickness: float) -> None:
        super().__init__()
        self.width = width
        self.colour = colour
        self.thickness = thickness
        self.height = thickness + 4

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 2, self.width, 2)


class _NumberedCanvas(Canvas):
    """Keeps the pages until the end to print "Pagina x van y" on each."""

    footer_left = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("initialFontName") is None:  # no Helvetica in the file
            kwargs["initialFontName"] = register_fonts()[0]
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab internals, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        regular, _bold = register_fonts()
        for page, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            width = self._pagesize[0]  # type: ignore[attr-defined]  # reportlab internals, not in its stubs
            self.saveState()
            self.setFont(regular, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(width - RIGHT, BOTTOM - 10 * mm, f"Pagina {page} van {total}")
            if self.footer_left:
                self.drawString(LEFT, BOTTOM - 10 * mm, self.footer_left)
            self.restoreState()
            super().showPage()
        super().save()


class _ReportTemplate(BaseDocTemplate):
    def __init__(
        self, buffer: io.BytesIO, meta: ReportMeta, progress: Progress | None, compact: bool
    ) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=meta.title + (f" — {meta.period}" if meta.period else ""),
            author=meta.organisation,
            subject=meta.subtitle or meta.title,
            creator="Interne Klachten",
        )
        self.meta = meta
        self.progress = progress
        self.done = 0
        self.total = 1
        frame = Frame(LEFT, BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, id="body")
        wide_frame = Frame(LEFT, BOTTOM, WIDE_WIDTH, WIDE_PAGE[1] - TOP - BOTTOM, id="wide")
        title = PageTemplate("title", [frame])
        body = PageTemplate("body", [frame], onPage=self._running_header)
        wide = PageTemplate("wide", [wide_frame], onPage=self._running_header, pagesize=WIDE_PAGE)
        self.addPageTemplates([body, title, wide] if compact else [title, body, wide])

    def _running_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        """The report's title (left) and period (right) above a thin line."""
        style = styles()
        page_width, page_height = canvas._pagesize  # type: ignore[attr-defined]  # reportlab internals, not in its stubs
        content = page_width - LEFT - RIGHT
        canvas.saveState()
        width = content * 0.5
        top = page_height - 12 * mm
        for value, name, x, w in (
            (self.meta.title, "running", LEFT, width - 4 * mm),
            (self.meta.period, "running_right", LEFT + width, content - width),
        ):
            para = Paragraph(escape(value), style[name])
            _w, h = para.wrap(w, 20 * mm)
            para.drawOn(canvas, x, top - h)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, top - 13, page_width - RIGHT, top - 13)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total - 1), self.total)


def build_report(
    meta: ReportMeta,
    story: list[Flowable],
    *,
    progress: Progress | None = None,
    compact: bool = False,
) -> bytes:
    """The report as PDF bytes: the title page (``compact``: a title block on the first
    page), then ``story``."""
    buffer = io.BytesIO()
    doc = _ReportTemplate(buffer, meta, progress, compact)
    flowables = [*(title_block(meta) if compact else title_page(meta)), *story]
    doc.total = len(flowables) + 1

    class _Canvas(_NumberedCanvas):
        footer_left = meta.organisation

    doc.build(flowables, canvasmaker=_Canvas)
    if progress is not None:
        progress(doc.total, doc.total)
    return buffer.getvalue()
