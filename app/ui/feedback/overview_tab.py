"""Overzicht: how many complaints got cards in a period and how many cards came back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.feedback import CardOverview, FeedbackService
from app.services.permissions import CurrentUser
from app.ui import messages
from app.ui.common.display import format_date
from app.ui.feedback.return_tab import from_qdate, to_qdate
from app.ui.files import dutch_percent
from app.ui.widgets import arg, note_label

QUARTER, YEAR, CUSTOM = "quarter", "year", "custom"

BAR_STYLE = (
    "QProgressBar {{ border: 1px solid palette(mid); border-radius: 3px; background: "
    "palette(base); text-align: center; min-height: 18px; }} "
    "QProgressBar::chunk {{ background: {colour}; }}"
)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def period_of(kind: str, year: int, quarter: int) -> tuple[date, date]:
    if kind == YEAR:
        return date(year, 1, 1), date(year, 12, 31)
    start = date(year, 3 * (quarter - 1) + 1, 1)
    end = date(year, 12, 31) if quarter == 4 else date(year, 3 * quarter + 1, 1) - timedelta(days=1)
    return start, end


class CardOverviewTab(QWidget):
    """The figures of ``FeedbackService.overview`` for a quarter, a year or any period."""

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = FeedbackService(db, user)
        today = today or date.today()
        self.overview: CardOverview | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Kwartaal"), QUARTER)
        self.kind_combo.addItem(self.tr("Jaar"), YEAR)
        self.kind_combo.addItem(self.tr("Eigen periode"), CUSTOM)
        self.kind_combo.setAccessibleName(self.tr("Soort periode"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.year_spin.setAccessibleName(self.tr("Jaar"))
        self.quarter_combo = QComboBox()
        for number in range(1, 5):
            self.quarter_combo.addItem(arg(self.tr("%1e kwartaal"), number), number)
        self.quarter_combo.setCurrentIndex(quarter_of(today) - 1)
        self.quarter_combo.setAccessibleName(self.tr("Kwartaal"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, name in ((self.from_edit, self.tr("Van")), (self.to_edit, self.tr("Tot en met"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setMinimumWidth(140)
            edit.setAccessibleName(name)
        start, end = period_of(QUARTER, today.year, quarter_of(today))
        self.from_edit.setDate(to_qdate(start))
        self.to_edit.setDate(to_qdate(end))
        self.from_label = QLabel(self.tr("van"))
        self.to_label = QLabel(self.tr("t/m"))

        chooser = QHBoxLayout()
        period_label = QLabel(self.tr("&Periode:"))
        period_label.setBuddy(self.kind_combo)
        chooser.addWidget(period_label)
        chooser.addWidget(self.kind_combo)
        chooser.addWidget(self.quarter_combo)
        chooser.addWidget(self.year_spin)
        chooser.addWidget(self.from_label)
        chooser.addWidget(self.from_edit)
        chooser.addWidget(self.to_label)
        chooser.addWidget(self.to_edit)
        chooser.addStretch(1)

        self.period_label = QLabel()
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)

        figures = QGroupBox(self.tr("Kaarten in deze periode"))
        grid = QGridLayout(figures)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.sent_value = QLabel()
        self.green_value = QLabel()
        self.red_value = QLabel()
        self.rate_value = QLabel()
        self.callback_value = QLabel()
        self.green_bar = self._bar("#2e7d32")
        self.red_bar = self._bar("#c62828")
        self.rate_bar = self._bar("#1565c0")
        rows = (
            (self.tr("Klachten die kaarten kregen"), self.sent_value, None),
            (self.tr("Groene kaarten terug"), self.green_value, self.green_bar),
            (self.tr("Rode kaarten terug"), self.red_value, self.red_bar),
            (self.tr("Respons (kaarten terug per klacht)"), self.rate_value, self.rate_bar),
            (self.tr("Terugbelverzoeken"), self.callback_value, None),
        )
        for row, (text, value, bar) in enumerate(rows):
            grid.addWidget(QLabel(text), row, 0)
            value.setMinimumWidth(60)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 1)
            if bar is not None:
                grid.addWidget(bar, row, 2)
        grid.setColumnStretch(3, 1)  # the bars keep their width; the room is on the right
        self.note = note_label(
            self.tr(
                "Geteld worden de kaarten die in de periode zijn verstuurd, en hoeveel daarvan "
                "(ooit) zijn teruggekomen. Elke klacht krijgt een groene en een rode kaart."
            )
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(chooser)
        layout.addWidget(self.period_label)
        layout.addWidget(figures)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.year_spin.valueChanged.connect(self.refresh)
        self.quarter_combo.currentIndexChanged.connect(self.refresh)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        self._kind_changed()

    def _bar(self, colour: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setTextVisible(False)
        bar.setFixedWidth(360)
        bar.setStyleSheet(BAR_STYLE.format(colour=colour))
        return bar

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.quarter_combo.setVisible(kind == QUARTER)
        self.year_spin.setVisible(kind in (QUARTER, YEAR))
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(kind == CUSTOM)
        self.refresh()

    def set_period(self, start: date, end: date) -> None:
        """Show a custom period (as choosing "Eigen periode" and both dates)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(CUSTOM))
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))
        self.refresh()

    def period(self) -> tuple[date, date]:
        kind = self.kind_combo.currentData()
        if kind == CUSTOM:
            start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
            return (start, end) if start <= end else (end, start)
        return period_of(kind, self.year_spin.value(), self.quarter_combo.currentData())

    def refresh(self) -> None:
        start, end = self.period()
        overview = messages.attempt(self, lambda: self.service.overview(start, end))
        if overview is messages.REFUSED:
            return
        self.overview = overview
        self.period_label.setText(arg(self.tr("%1 t/m %2"), format_date(start), format_date(end)))
        sent = overview.complaints_sent
        self.sent_value.setText(str(sent))
        self.green_value.setText(str(overview.green_returned))
        self.red_value.setText(str(overview.red_returned))
        self.rate_value.setText(dutch_percent(overview.response_rate))
        self.callback_value.setText(str(overview.callbacks_asked))
        for bar, value in (
            (self.green_bar, overview.green_returned),
            (self.red_bar, overview.red_returned),
        ):
            bar.setRange(0, max(sent, 1))
            bar.setValue(min(value, max(sent, 1)))
            bar.setToolTip(arg(self.tr("%1 van %2 klachten"), value, sent))
        self.rate_bar.setRange(0, 1000)
        self.rate_bar.setValue(min(1000, round(overview.response_rate * 1000)))
        self.rate_bar.setToolTip(dutch_percent(overview.response_rate))
