"""Charts for the reports, drawn with reportlab.graphics (vector, in the embedded font):
bars per month or quarter, the routes of handled complaints, subjects."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.fonts import register_fonts
from app.reports.formats import number as dutch_number
from app.reports.formats import (
    percent,
)
from app.reports.style import (
    ACCENT,
    ACCENT_LIGHT,
    AMBER,
    CONTENT_WIDTH,
    GREEN,
    INK,
    MUTED,
    RED,
)

PALETTE = (ACCENT, ACCENT_LIGHT, AMBER, GREEN, RED, colors.HexColor("#7e57c2"))

Series = tuple[str, Sequence[int], colors.Color]


def nice_step(maximum: int, ticks: int = 5) -> int:
    """A whole step (1, 2, 5, 10, 20, 50, …) that divides 0..maximum in about ``ticks``."""
    if maximum <= ticks:
        return 1
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _axis_max(values: Sequence[int]) -> tuple[int, int]:
    top = max([1, *values])
    step = nice_step(top)
    maximum = step * math.ceil(top / step)
    if maximum == top:  # room for the label above the tallest bar
        maximum += step
    return maximum, step


def _label(value: float) -> str:
    return dutch_number(round(value))


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is the embedded one (not Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = register_fonts()[0]  # type: ignore[attr-defined]  # types-reportlab
    return drawing


def _title(drawing: Drawing, title: str, width: float, height: float) -> None:
    _regular, bold = register_fonts()
    drawing.add(String(0, height - 11, title, fontName=bold, fontSize=9.5, fillColor=INK))


def _legend(drawing: Drawing, series: Sequence[Series], right: float, y: float) -> None:
    """Swatches with names in one row, ending at ``right``."""
    regular, _bold = register_fonts()
    x = right
    for name, _values, colour in reversed(series):
        x -= stringWidth(name, regular, 8)
        drawing.add(String(x, y, name, fontName=regular, fontSize=8, fillColor=INK))
        x -= 12
        drawing.add(Rect(x, y - 1, 8, 8, fillColor=colour, strokeColor=None))  # type: ignore[arg-type]  # types-reportlab
        x -= 12


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float = CONTENT_WIDTH,
    height: float = 62 * 2.835,
) -> Drawing:
    """Vertical bars per category (months, quarters), one colour per series, with the
    count above each bar."""
    regular, _bold = register_fonts()
    drawing = _drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    legend_room = 14 if len(series) > 1 else 0
    chart.x, chart.y = 28, 22
    chart.width = width - chart.x - 6  # type: ignore[assignment]  # types-reportlab
    chart.height = height - chart.y - 20 - legend_room  # type: ignore[assignment]  # types-reportlab
    chart.data = [list(values) for _name, values, _colour in series]
    for index, (_name, _values, colour) in enumerate(series):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(categories) > 6 else 14
    top, step = _axis_max([v for _n, values, _c in series for v in values])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = _label
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = MUTED
    chart.barLabelFormat = _bar_label
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    if len(series) > 1:
        _legend(drawing, series, width - 4, height - 10)
    return drawing


def _bar_label(value: float) -> str:
    return "" if not value else dutch_number(round(value))


def ranked_bars(
    title: str,
    items: Sequence[tuple[str, int]],
    *,
    colour: colors.Color = ACCENT,
    width: float = CONTENT_WIDTH,
    max_items: int = 10,
) -> Drawing:
    """Horizontal bars, largest first (subjects, causes); the rest summed as "Overig"."""
    regular, _bold = register_fonts()
    shown = list(items[:max_items])
    rest = sum(count for _name, count in items[max_items:])
    if rest:
        shown.append(("Overig", rest))
    shown = shown or [("Geen", 0)]
    bar_room = 15
    height = 22 + bar_room * len(shown) + 16
    drawing = _drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    label_width = min(
        width * 0.42,
        max(
            60,
            *(
                _string_width(name, regular, 7.5) + 8
                for name, _count in shown  # the longest label decides
            ),
        ),
    )
    chart.x, chart.y = label_width, 14  # type: ignore[assignment]  # types-reportlab
    chart.width = width - label_width - 30  # type: ignore[assignment]  # types-reportlab
    chart.height = bar_room * len(shown)
    # Largest at the top: reportlab draws the first category at the bottom.
    ordered = list(reversed(shown))
    chart.data = [[count for _name, count in ordered]]
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 4
    top, step = _axis_max([count for _name, count in shown])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = _label
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = [
        _shorten(name, regular, 7.5, label_width - 8) for name, _ in ordered
    ]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = MUTED
    chart.barLabelFormat = _bar_label
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 8
    drawing.add(chart)
    return drawing


def _string_width(value: str, font: str, size: float) -> float:
    return float(stringWidth(value, font, size))


def _shorten(value: str, font: str, size: float, width: float) -> str:
    if _string_width(value, font, size) <= width:
        return value
    while value and _string_width(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def stacked_share(
    title: str,
    items: Sequence[tuple[str, int]],
    *,
    width: float = CONTENT_WIDTH,
    palette: Sequence[colors.Color] = PALETTE,
) -> Drawing:
    """One horizontal bar split by share (informal, formal, …) with a legend below
    giving each part's count and percentage."""
    regular, _bold = register_fonts()
    total = sum(count for _name, count in items)
    legend_rows = math.ceil(len(items) / 3) if items else 1
    height = 16 + 22 + 6 + 13 * legend_rows + 4
    drawing = _drawing(width, height)
    _title(drawing, title, width, height)
    bar_y = height - 16 - 22
    x = 0.0
    if total == 0:
        drawing.add(
            Rect(0, bar_y, width, 22, fillColor=colors.HexColor("#e3e8ee"), strokeColor=None)  # type: ignore[arg-type]  # types-reportlab
        )
    for index, (_name, count) in enumerate(items):
        if not count:
            continue
        part = width * count / total
        colour = palette[index % len(palette)]
        drawing.add(Rect(x, bar_y, part, 22, fillColor=colour, strokeColor=colors.white))  # type: ignore[arg-type]  # types-reportlab
        if part > 26:
            drawing.add(
                String(
                    x + part / 2,
                    bar_y + 8,
                    dutch_number(count),
                    fontName=regular,
                    fontSize=8,
                    fillColor=INK if _light(colour) else colors.white,
                    textAnchor="middle",
                )
            )
        x += part
    column_width = width / 3
    for index, (name, count) in enumerate(items):
        row, column = divmod(index, 3)
        y = bar_y - 14 - 13 * row
        left = column * column_width
        drawing.add(Rect(left, y, 8, 8, fillColor=palette[index % len(palette)], strokeColor=None))  # type: ignore[arg-type]  # types-reportlab
        share = percent(100.0 * count / total) if total else "–"
        drawing.add(
            String(
                left + 12,
                y + 1,
                f"{name}: {dutch_number(count)} ({share})",
                fontName=regular,
                fontSize=8,
                fillColor=INK,
            )
        )
    return drawing


def _light(colour: colors.Color) -> bool:
    """True for a light fill (dark text on it reads better)."""
    return 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue > 0.6
