"""Small building blocks for the dashboard's QtCharts: a chart with a tidy default look,
bar sets in the house colours, whole-number axes, tooltips on hover."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

BLUE = QColor("#1f4e79")
LIGHT_BLUE = QColor("#8fb3d9")
AMBER = QColor("#e39b17")
GREEN = QColor("#2e7d32")
RED = QColor("#c62828")


def nice_maximum(values: Sequence[float], ticks: int = 5) -> tuple[int, int]:
    """A round axis maximum above the largest value, and the number of ticks (whole
    numbers only: counts)."""
    top = max([1.0, *values])
    if top <= ticks:
        step = 1
    else:
        raw = top / ticks
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(int(f * magnitude) for f in (1, 2, 5, 10) if raw <= f * magnitude)
    maximum = step * math.ceil(top / step)
    if maximum == top:  # room above the tallest bar
        maximum += step
    return maximum, maximum // step + 1


def new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def clear_chart(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def bar_set(name: str, values: Sequence[int], colour: QColor) -> QBarSet:
    bars = QBarSet(name)
    bars.append([float(v) for v in values])
    bars.setColor(colour)
    bars.setBorderColor(colour)
    return bars


def count_axis(values: Sequence[float], title: str = "") -> QValueAxis:
    axis = QValueAxis()
    maximum, ticks = nice_maximum(values)
    axis.setRange(0, maximum)
    axis.setTickCount(min(ticks, 11))
    axis.setLabelFormat("%d")
    if title:
        axis.setTitleText(title)
    return axis


def category_axis(names: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(names))
    return axis


def show_tooltips(bars: QBarSet, text: Callable[[int], str]) -> None:
    """A tooltip with ``text(index)`` while the mouse is over a bar."""

    def hovered(inside: bool, index: int) -> None:
        if inside:
            QToolTip.showText(QCursor.pos(), text(index))
        else:
            QToolTip.hideText()

    bars.hovered.connect(hovered)


class ChartView(QChartView):
    def __init__(self, chart: QChart, minimum_height: int, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(minimum_height)
        self.setMinimumWidth(360)
