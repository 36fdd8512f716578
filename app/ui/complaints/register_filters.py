"""The filters above the register: a search box (debounced), "Alleen te laat", "Spoed",
"Snelle afhandeling", the result count, and a row of choice lists (year, status, handler,
unit, route, kind, cluster)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintKind, Role, Route, Status
from app.services.clusters import ClusterInfo
from app.services.organisation import EmployeeRecord, UnitRecord
from app.services.register import ANY_CLUSTER, RegisterFilter
from app.ui.widgets import arg, enum_text

SEARCH_DELAY_MS = 300
HANDLER_ROLES = (Role.HANDLER, Role.COORDINATOR)


# The status list's choice for every open status (registered … judged), beside the statuses.
OPEN_CHOICE = "open"


def complaint_count_text(count: int, kind: ComplaintKind | None = None) -> str:
    """``1 klacht``, ``1.234 klachten`` (digits grouped as the interface's language does);
    without a kind filter the register lists signals too, and the count says so."""
    number = QLocale().toString(count)
    kind = ComplaintKind(kind) if kind is not None else None

    # Spelled out per text: lupdate reads the context only from the call itself.
    translate = QCoreApplication.translate

    if kind is ComplaintKind.COMPLAINT:
        return (
            arg(translate("RegisterFilterBar", "%1 klacht"), number)
            if count == 1
            else arg(translate("RegisterFilterBar", "%1 klachten"), number)
        )
    if kind is ComplaintKind.SIGNAL:
        return (
            arg(translate("RegisterFilterBar", "%1 signaal"), number)
            if count == 1
            else arg(translate("RegisterFilterBar", "%1 signalen"), number)
        )
    return (
        arg(translate("RegisterFilterBar", "%1 klacht of signaal"), number)
        if count == 1
        else arg(translate("RegisterFilterBar", "%1 klachten en signalen"), number)
    )


class FilterBox(QWidget):
    """A small caption above a filter field."""

    def __init__(self, caption: str, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(caption)
        self.label.setBuddy(field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(field)


class RegisterFilterBar(QWidget):
    """``changed`` fires when the filter changed (the search 300 ms after the last key)."""

    changed = Signal()

    def __init__(self, show_handler: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Zoeken op nummer, naam, e-mail, telefoon, postcode, plaats, dossier, tekst…")
        )
        self.search_edit.setToolTip(
            self.tr(
                "Zoekt in het klachtnummer, de omschrijving, contactnotities, namen, en de "
                "gegevens van de klager: e-mailadres, telefoonnummer (in elke schrijfwijze), "
                "postcode, woonplaats en dossiernummers"
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Zoeken"))
        self.search_edit.setMinimumWidth(320)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.search_now)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_edit.setFocus)

        self.overdue_box = QCheckBox(self.tr("Alleen te laat"))
        self.overdue_box.setToolTip(self.tr("Alleen klachten waarvan de termijn is verstreken"))
        self.urgent_box = QCheckBox(self.tr("Spoed"))
        self.urgent_box.setToolTip(self.tr("Alleen klachten die met spoed worden behandeld"))
        self.fast_lane_box = QCheckBox(self.tr("Snelle afhandeling"))
        self.fast_lane_box.setToolTip(
            self.tr("Alleen klachten in de snelle afhandeling (plan van aanpak achterstand)")
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)

        self.year_combo = self._combo(self.tr("Alle jaren"))
        self.status_combo = self._combo(self.tr("Alle statussen"))
        self.status_combo.addItem(self.tr("Alle open"), OPEN_CHOICE)
        self.status_combo.setItemData(
            1,
            self.tr("Geregistreerd tot en met beoordeeld: alles wat nog niet is afgesloten"),
            Qt.ItemDataRole.ToolTipRole,
        )
        for status in Status:
            self.status_combo.addItem(enum_text(status), status.value)
        self.handler_combo = self._combo(self.tr("Alle behandelaars"))
        self.unit_combo = self._combo(self.tr("Alle afdelingen"))
        self.route_combo = self._combo(self.tr("Alle afhandelingen"))
        for route in Route:
            self.route_combo.addItem(enum_text(route), route.value)
        self.kind_combo = self._combo(self.tr("Alle soorten"))
        for kind in ComplaintKind:
            self.kind_combo.addItem(enum_text(kind), kind.value)
        self.cluster_combo = self._combo(self.tr("Alle klachten"))
        self.cluster_combo.addItem(self.tr("In een cluster"), ANY_CLUSTER)
        self.clear_button = QPushButton(self.tr("Filters wissen"))
        self.clear_button.clicked.connect(self.clear)
        self.set_years([])

        for combo in self.combos():
            combo.currentIndexChanged.connect(self._changed_now)
        for box in self.check_boxes():
            box.toggled.connect(self._changed_now)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.overdue_box)
        top.addWidget(self.urgent_box)
        top.addWidget(self.fast_lane_box)
        top.addSpacing(12)
        top.addWidget(self.count_label)

        boxes = QHBoxLayout()
        boxes.setSpacing(8)
        self.handler_box = FilterBox(self.tr("Behandelaar"), self.handler_combo)
        self.handler_box.setVisible(show_handler)
        self.show_handler = show_handler
        for box in (
            FilterBox(self.tr("Jaar"), self.year_combo),
            FilterBox(self.tr("Status"), self.status_combo),
            self.handler_box,
            FilterBox(self.tr("Afdeling"), self.unit_combo),
            FilterBox(self.tr("Afhandeling"), self.route_combo),
            FilterBox(self.tr("Soort"), self.kind_combo),
            FilterBox(self.tr("Cluster"), self.cluster_combo),
        ):
            boxes.addWidget(box, 1)
        boxes.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(boxes)

    @staticmethod
    def _combo(everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def combos(self) -> list[QComboBox]:
        return [
            self.year_combo,
            self.status_combo,
            self.handler_combo,
            self.unit_combo,
            self.route_combo,
            self.kind_combo,
            self.cluster_combo,
        ]

    def check_boxes(self) -> list[QCheckBox]:
        return [self.overdue_box, self.urgent_box, self.fast_lane_box]

    def focus_chain(self) -> list[QWidget]:
        return [self.search_edit, *self.check_boxes(), *self.combos(), self.clear_button]

    # ----- choices ----------------------------------------------------------------------

    def set_years(self, received: list[date]) -> None:
        """This year down to the oldest of ``received`` (the oldest complaint's date)."""
        current = self.year_combo.currentData()
        this_year = date.today().year
        first = min([this_year, *(day.year for day in received)])
        self.year_combo.blockSignals(True)
        while self.year_combo.count() > 1:
            self.year_combo.removeItem(1)
        for year in range(this_year, first - 1, -1):
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(current) if current is not None else 0
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)

    def set_people_and_units(
        self, employees: list[EmployeeRecord], units: list[UnitRecord]
    ) -> None:
        for employee in employees:
            if not any(role in employee.roles for role in HANDLER_ROLES):
                continue
            name = employee.name
            if not employee.active:
                name = arg(self.tr("%1 (niet meer actief)"), name)
            self.handler_combo.addItem(name, employee.id)
        for depth, unit in unit_tree(units):
            name = unit.name if unit.active else arg(self.tr("%1 (opgeheven)"), unit.name)
            self.unit_combo.addItem("    " * depth + name, unit.id)

    def set_clusters(self, clusters: list[ClusterInfo]) -> None:
        current = self.cluster_combo.currentData()
        self.cluster_combo.blockSignals(True)
        while self.cluster_combo.count() > 2:
            self.cluster_combo.removeItem(2)
        for cluster in clusters:
            self.cluster_combo.addItem(cluster.name, cluster.id)
        index = self.cluster_combo.findData(current) if current is not None else 0
        self.cluster_combo.setCurrentIndex(max(index, 0))
        self.cluster_combo.blockSignals(False)

    # ----- the filter -------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        def value(combo: QComboBox) -> Any:
            return combo.currentData()

        status, route, kind = (
            value(self.status_combo),
            value(self.route_combo),
            value(self.kind_combo),
        )
        open_only = status == OPEN_CHOICE
        return RegisterFilter(
            year=value(self.year_combo),
            status=Status(status) if status and not open_only else None,
            open_only=open_only,
            handler_id=value(self.handler_combo) if self.show_handler else None,
            unit_id=value(self.unit_combo),
            route=Route(route) if route else None,
            overdue=self.overdue_box.isChecked(),
            kind=ComplaintKind(kind) if kind else None,
            search=self.search_edit.text().strip() or None,
            urgent=self.urgent_box.isChecked(),
            fast_lane=self.fast_lane_box.isChecked(),
            cluster_id=value(self.cluster_combo),
        )

    def select(self, combo: QComboBox, value: object) -> None:
        """Choose the item whose data is ``value`` (as a person would)."""
        index = combo.findData(value)
        if index < 0:
            raise ValueError(value)
        combo.setCurrentIndex(index)

    def search_now(self) -> None:
        """Search at once (Enter), without waiting for the pause."""
        self._changed_now()

    def _changed_now(self, *_args: object) -> None:
        self.search_timer.stop()
        self.changed.emit()

    def clear(self) -> None:
        widgets: list[QWidget] = [*self.combos(), *self.check_boxes(), self.search_edit]
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self.combos():
            combo.setCurrentIndex(0)
        for box in self.check_boxes():
            box.setChecked(False)
        self.search_edit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._changed_now()

    def set_count(self, count: int, kind: ComplaintKind | None = None) -> None:
        self.count_label.setText(complaint_count_text(count, kind))


def unit_tree(units: list[UnitRecord]) -> list[tuple[int, UnitRecord]]:
    """Units in tree order (each under its parent), with their depth."""
    children: dict[int | None, list[UnitRecord]] = {}
    known = {unit.id for unit in units}
    for unit in units:
        parent = unit.parent_id if unit.parent_id in known else None
        children.setdefault(parent, []).append(unit)
    ordered: list[tuple[int, UnitRecord]] = []
    seen: set[int] = set()

    def walk(parent: int | None, depth: int) -> None:
        for unit in sorted(children.get(parent, []), key=lambda u: u.name.casefold()):
            if unit.id in seen:
                continue
            seen.add(unit.id)
            ordered.append((depth, unit))
            walk(unit.id, depth + 1)

    walk(None, 0)
    return ordered
