"""The office's extra closing days (bridge days and the like): a list, add, remove."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.calendar import public_holidays
from app.services.errors import ServiceError, ValidationError
from app.services.regulation import ClosingDayData, RegulationService
from app.ui import messages
from app.ui.admin.settings_form import ScrollSafeDateEdit, form_layout
from app.ui.common.tables import list_table
from app.ui.common.weak import weak_callback
from app.ui.widgets import ErrorLabel, FieldErrors, arg, note_label, set_tab_order

_Index = QModelIndex | QPersistentModelIndex


def day_text(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def weekday_text(day: date) -> str:
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


class ClosingDaysModel(QAbstractTableModel):
    """The closing days by date; days gone by are greyed."""

    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._days: list[ClosingDayData] = []
        self._headers = [self.tr("Datum"), self.tr("Dag"), self.tr("Omschrijving")]

    def set_days(self, days: list[ClosingDayData]) -> None:
        self.beginResetModel()
        self._days = sorted(days, key=lambda d: d.day)
        self.endResetModel()

    def day_at(self, row: int) -> ClosingDayData:
        return self._days[row]

    def row_of(self, day: date) -> int | None:
        for row, closing in enumerate(self._days):
            if closing.day == day:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        closing = self._days[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return day_text(closing.day)
            if index.column() == 1:
                return weekday_text(closing.day)
            return closing.description
        if role == Qt.ItemDataRole.ForegroundRole and closing.day < self.today:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None


def next_weekday(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class ClosingDaysPanel(QGroupBox):
    def __init__(
        self,
        service: RegulationService,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sluitingsdagen"), parent)
        self.service = service
        self.today = today or date.today()
        self.model = ClosingDaysModel(self.today, self)

        intro = note_label(
            self.tr(
                "Extra dagen waarop de organisatie dicht is, zoals brugdagen. Deze dagen tellen "
                "niet mee als werkdag. Weekenden en de officiële feestdagen tellen al niet mee; "
                "die hoeft u hier niet in te voeren. De contacttermijn van openstaande klachten "
                "schuift mee; de wettelijke termijnen (Algemene termijnenwet) niet."
            )
        )
        self.table = list_table(self.model, self.tr("Sluitingsdagen"), stretch_column=2)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(110)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        self.remove_button = QPushButton(self.tr("Verwijderen…"))
        self.remove_button.setToolTip(self.tr("De gekozen sluitingsdag verwijderen (Delete)"))

        self.date_edit = ScrollSafeDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setMinimumWidth(140)
        self.date_edit.setMaximumWidth(180)
        self.date_edit.setDate(QDate(next_weekday(self.today)))
        self.date_edit.setAccessibleName(self.tr("Datum van de nieuwe sluitingsdag"))
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("bijvoorbeeld: brugdag na Hemelvaart"))
        self.description_edit.setMinimumWidth(300)
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addStretch(1)
        table_row.addLayout(side)

        add_form = form_layout()
        date_label = QLabel(self.tr("Datum"))
        date_label.setBuddy(self.date_edit)
        add_form.addRow(date_label, self.errors.add("day", self.date_edit))
        description_label = QLabel(self.tr("Omschrijving"))
        description_label.setBuddy(self.description_edit)
        add_form.addRow(description_label, self.errors.add("description", self.description_edit))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.status_label, 1)
        add_form.addRow("", add_row)
        add_heading = QLabel(self.tr("Sluitingsdag toevoegen"))
        font = QFont(add_heading.font())
        font.setBold(True)
        add_heading.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(table_row)
        layout.addSpacing(8)
        layout.addWidget(add_heading)
        layout.addWidget(self.general_error)
        layout.addLayout(add_form)
        layout.addSpacing(8)
        layout.addWidget(self._holidays_note())

        set_tab_order(
            [self.table, self.remove_button, self.date_edit, self.description_edit, self.add_button]
        )
        self.add_button.clicked.connect(self.add_day)
        self.description_edit.returnPressed.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _holidays_note(self) -> QLabel:
        """The official holidays of this year and the next, for reference (read-only)."""
        lines = []
        for year in (self.today.year, self.today.year + 1):
            days = ", ".join(
                f"{name} {day_text(day)}"
                for day, name in public_holidays(year)
                if day >= self.today
            )
            if days:
                lines.append(arg(self.tr("Feestdagen %1: %2"), year, days))
        note = note_label("\n".join(lines))
        note.setAccessibleName(self.tr("Officiële feestdagen"))
        return note

    # ----- data -------------------------------------------------------------------------

    def refresh(self, select: date | None = None) -> None:
        days = messages.attempt(self, self.service.closing_days)
        if days is messages.REFUSED:
            return
        self.model.set_days(days)
        if select is not None:
            row = self.model.row_of(select)
            if row is not None:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        self._update_buttons()

    def selected_day(self) -> ClosingDayData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.day_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.selected_day() is not None)

    # ----- actions ----------------------------------------------------------------------

    def add_day(self) -> None:
        self.errors.clear()
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        try:
            self.service.add_closing_day(day, self.description_edit.text())
        except ValidationError as error:
            self.errors.show(error.errors)
            self.status_label.setText("")
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.description_edit.clear()
        self.refresh(select=day)
        self.status_label.setText(arg(self.tr("%1 is toegevoegd."), day_text(day)))
        self.date_edit.setDate(QDate(next_weekday(day)))
        self.date_edit.setFocus()

    def remove_selected(self) -> None:
        closing = self.selected_day()
        if closing is None:
            return
        messages.confirm(
            self,
            self.tr("Sluitingsdag verwijderen"),
            arg(
                self.tr(
                    "Wilt u de sluitingsdag %1 (%2) verwijderen? Deze dag telt dan weer als "
                    "werkdag bij het berekenen van termijnen."
                ),
                day_text(closing.day),
                closing.description,
            ),
            self.tr("Verwijderen"),
            weak_callback(self._remove, closing.day),
        )

    def _remove(self, day: date) -> None:
        try:
            self.service.remove_closing_day(day)
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.refresh()
            return
        self.refresh()
        self.status_label.setText(arg(self.tr("%1 is verwijderd."), day_text(day)))
