"""The coordinator's first screen: the work stock with inflow and outflow per week, the age
of open complaints against their terms, open complaints per unit and per subject, and the
returned feedback cards (QtCharts).

It refreshes itself when shown and every minute while visible. Clicking a bar opens the
register filtered on what the bar counts: ``open_register(RegisterFilter(...))``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCharts import (
    QBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import ComplaintKind
from app.reports.formats import SHORT_MONTHS
from app.services.dashboard import AgeBand, DashboardFigures, GroupCount
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser, Permission
from app.services.register import ANY_CLUSTER, RegisterFilter, RegisterService
from app.services.report_data import ReportDataService
from app.ui import ops
from app.ui.pages import page_title
from app.ui.reports.dashboard_charts import (
    AMBER,
    BLUE,
    GREEN,
    LIGHT_BLUE,
    RED,
    ChartView,
    bar_set,
    category_axis,
    clear_chart,
    count_axis,
    new_chart,
    show_tooltips,
)
from app.ui.reports.stock_table import StockTable
from app.ui.widgets import EmptyState, arg, note_label

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
MAX_GROUPS = 10  # units and subjects shown (the largest)


def can_open_dashboard(user: CurrentUser) -> bool:
    return user.can(Permission.VIEW_REPORTS)


def _day(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}"


class Tile(QFrame):
    """A large figure with a caption; a flat button when it opens the register."""

    def __init__(self, caption: str, clickable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.button: QPushButton | None = None
        if clickable:
            self.button = QPushButton("–")
            self.button.setFlat(True)
            self.button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.value: QLabel | QPushButton = self.button
        else:
            self.value = QLabel("–")
            self.value.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int, warn: bool = False) -> None:
        self.value.setText(f"{value:,}".replace(",", "."))
        self.value.setStyleSheet(f"color: {RED.name()};" if warn and value else "")


def _nothing(figures: DashboardFigures) -> bool:
    """No open complaint, no recent flow and no returned card: text instead of empty axes."""
    return not (
        figures.open_complaints
        or any(w.inflow or w.outflow or w.open_at_end for w in figures.weeks)
        or any(c.green or c.red for c in figures.cards)
    )


def _empty_register(db: Database, user: CurrentUser) -> bool:
    try:
        return RegisterService(db, user).count() == 0
    except ServiceError:
        return False


class DashboardPage(QWidget):
    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        open_register: Callable[[RegisterFilter], None],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.open_register = open_register
        self._today = today
        self.figures: DashboardFigures | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.unit_ids: list[int] = []
        self.loader = ops.Reader(self)
        self.subject_ids: list[int] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(page_title(self.tr("Dashboard")))
        header.addStretch(1)
        self.updated_label = QLabel()
        self.refresh_button = QPushButton(self.tr("Vernieuwen"))
        self.refresh_button.setToolTip(self.tr("De cijfers opnieuw ophalen (gebeurt elke minuut)"))
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.updated_label)
        header.addWidget(self.refresh_button)
        outer.addLayout(header)
        self.allowed = can_open_dashboard(user)
        if not self.allowed:
            self.refresh_button.setVisible(False)
            refusal = QLabel(
                self.tr(
                    "Het dashboard is er voor de klachtcoördinator en het MT. Uw eigen "
                    "klachten en termijnen staan onder Vandaag."
                )
            )
            refusal.setWordWrap(True)
            refusal.setMaximumWidth(720)
            outer.addWidget(refusal)
            outer.addStretch(1)
            return
        self.error_label = note_label("")
        self.error_label.setVisible(False)
        outer.addWidget(self.error_label)
        self.loading_label = QLabel(self.tr("Laden…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setVisible(False)
        outer.addWidget(self.loading_label, 1)
        self.click_note = note_label(
            self.tr("Klik op een staaf om die klachten in het register te zien.")
        )
        outer.addWidget(self.click_note)
        self._build(outer)

    # ----- building ---------------------------------------------------------------------

    def _build(self, outer: QVBoxLayout) -> None:
        self.open_tile = Tile(self.tr("open klachten"), clickable=True)
        self.overdue_tile = Tile(self.tr("over de termijn"), clickable=True)
        self.no_contact_tile = Tile(self.tr("nog geen contact, contacttermijn verstreken"), False)
        self.decision_tile = Tile(self.tr("beslistermijn verstreken"), clickable=False)
        # The backlog action plan's working tools, each opening the register on its list.
        self.urgent_tile = Tile(self.tr("open met spoed"), clickable=True)
        self.fast_lane_tile = Tile(self.tr("open in snelle afhandeling"), clickable=True)
        self.clusters_tile = Tile(self.tr("clusters met open klachten"), clickable=True)
        self.urgent_tile.value.clicked.connect(self.open_urgent)
        self.fast_lane_tile.value.clicked.connect(self.open_fast_lane)
        self.clusters_tile.value.clicked.connect(self.open_clustered)
        self.urgent_tile.value.setToolTip(self.tr("De open klachten met spoed"))
        self.fast_lane_tile.value.setToolTip(self.tr("De open klachten in de snelle afhandeling"))
        self.clusters_tile.value.setToolTip(self.tr("De open klachten die in een cluster zitten"))
        self.open_tile.value.clicked.connect(self.open_all_open)
        self.overdue_tile.value.clicked.connect(self.open_overdue)
        self.open_tile.value.setToolTip(self.tr("Alle open klachten in het register"))
        self.overdue_tile.value.setToolTip(
            self.tr("Open klachten waarvan de eerstvolgende termijn is verstreken")
        )

        self.weeks_chart = new_chart(self.tr("Werkvoorraad, instroom en uitstroom per week"))
        self.ages_chart = new_chart(self.tr("Ouderdom van de open klachten"))
        self.cards_chart = new_chart(self.tr("Teruggekomen feedbackkaarten per maand"))
        self.units_chart = new_chart(self.tr("Open klachten per afdeling"))
        self.subjects_chart = new_chart(self.tr("Open klachten per onderwerp"))
        self.weeks_view = ChartView(self.weeks_chart, 300)
        self.ages_view = ChartView(self.ages_chart, 280)
        self.cards_view = ChartView(self.cards_chart, 280)
        self.units_view = ChartView(self.units_chart, 300)
        self.subjects_view = ChartView(self.subjects_chart, 300)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        tiles = QHBoxLayout()
        for tile in (self.open_tile, self.overdue_tile, self.no_contact_tile, self.decision_tile):
            tiles.addWidget(tile, 1)
        grid.addLayout(tiles, 0, 0, 1, 2)
        tools = QHBoxLayout()
        for tile in (self.urgent_tile, self.fast_lane_tile, self.clusters_tile):
            tools.addWidget(tile, 1)
        grid.addLayout(tools, 1, 0, 1, 2)
        grid.addWidget(self.weeks_view, 2, 0, 1, 2)
        grid.addWidget(self.ages_view, 3, 0)
        grid.addWidget(self.cards_view, 3, 1)
        grid.addWidget(self.units_view, 4, 0)
        grid.addWidget(self.subjects_view, 4, 1)
        self.stock_table = StockTable()
        grid.addWidget(self.stock_table, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)
        # Hidden until the first figures arrive (the placeholder stands in for them).
        self.scroll.setVisible(False)
        self.click_note.setVisible(False)
        # On an empty register: a sentence on how to begin instead of empty axes.
        self.empty_state = EmptyState()
        self.empty_state.setVisible(False)
        outer.addWidget(self.empty_state, 1)

    # ----- refreshing -------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._today or date.today()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.allowed:
            self.refresh()
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def refresh(self) -> None:
        """Read the figures again off the GUI thread, then redraw every chart."""
        if not self.allowed:
            return
        db, user, today = self.db, self.user, self.today

        def work() -> tuple[DashboardFigures, bool]:
            figures = ReportDataService(db, user).dashboard(today)
            return figures, _empty_register(db, user) if _nothing(figures) else False

        # The first time there is nothing to show yet: "Laden…" instead of empty charts.
        self.loading_label.setVisible(self.figures is None)
        self.loader.load(work, self._apply, self._load_failed)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _load_failed(self, error: Exception) -> None:
        self.loading_label.setVisible(False)
        if isinstance(error, ServiceError):
            self.error_label.setText(error.message)
        else:
            log.error("dashboard figures not read", exc_info=error)
            self.error_label.setText(self.tr("De cijfers konden niet worden gelezen."))
        self.error_label.setVisible(True)

    def _apply(self, result: tuple[DashboardFigures, bool]) -> None:
        figures, empty_register = result
        self.loading_label.setVisible(False)
        self.error_label.setVisible(False)
        self.figures = figures
        self._show_empty_state(figures, empty_register)
        self.open_tile.set_value(figures.open_complaints)
        self.overdue_tile.set_value(figures.overdue, warn=True)
        self.no_contact_tile.set_value(figures.no_contact_overdue, warn=True)
        self.decision_tile.set_value(figures.decision_overdue, warn=True)
        self.urgent_tile.set_value(figures.urgent_open)
        self.fast_lane_tile.set_value(figures.fast_lane_open)
        self.clusters_tile.set_value(figures.open_clusters)
        self._draw_weeks(figures)
        self._draw_ages(figures)
        self._draw_groups(
            self.units_chart,
            self.units_view,
            figures.units,
            "unit",
            self.tr("Open klachten per afdeling"),
        )
        self._draw_groups(
            self.subjects_chart,
            self.subjects_view,
            figures.subjects,
            "subject",
            self.tr("Open klachten per onderwerp"),
        )
        self._draw_cards(figures)
        self.stock_table.set_stock(figures.stock)
        self.updated_label.setText(
            arg(self.tr("Bijgewerkt om %1"), datetime.now().strftime("%H:%M"))
        )

    def _show_empty_state(self, figures: DashboardFigures, empty_register: bool) -> None:
        nothing = _nothing(figures)
        if nothing:
            if empty_register:
                self.empty_state.set_texts(
                    self.tr("Nog geen klachten geregistreerd"),
                    self.tr(
                        "Begin met 'Nieuwe klacht' (Ctrl+N). Zodra er klachten zijn, ziet u "
                        "hier de werkvoorraad, de termijnen en de teruggekomen "
                        "feedbackkaarten. Hulp vindt u onder Help › Handleiding (F1)."
                    ),
                )
            else:
                self.empty_state.set_texts(
                    self.tr("Geen open klachten"),
                    self.tr(
                        "Er zijn nu geen open klachten en de afgelopen weken kwam er niets "
                        "binnen. De eerdere klachten staan in het register."
                    ),
                )
        self.scroll.setVisible(not nothing)
        self.click_note.setVisible(not nothing)
        self.empty_state.setVisible(nothing)

    def _draw_weeks(self, figures: DashboardFigures) -> None:
        chart = self.weeks_chart
        clear_chart(chart)
        weeks = figures.weeks
        self.inflow_set = bar_set(self.tr("Instroom"), [w.inflow for w in weeks], BLUE)
        self.outflow_set = bar_set(self.tr("Uitstroom"), [w.outflow for w in weeks], LIGHT_BLUE)
        bars = QBarSeries()
        bars.append(self.inflow_set)
        bars.append(self.outflow_set)
        stock = QLineSeries()
        stock.setName(self.tr("Werkvoorraad (open aan het eind van de week)"))
        stock.setPen(QPen(AMBER, 2.5))
        stock.setPointsVisible(True)
        for index, week in enumerate(weeks):
            stock.append(QPointF(index, week.open_at_end))
        chart.addSeries(bars)
        chart.addSeries(stock)
        axis_x = category_axis([str(w.monday.isocalendar().week) for w in weeks])
        axis_x.setTitleText(self.tr("week"))
        flow_axis = count_axis(
            [v for w in weeks for v in (w.inflow, w.outflow)], self.tr("per week")
        )
        stock_axis = count_axis([w.open_at_end for w in weeks], self.tr("werkvoorraad"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(flow_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(stock_axis, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(axis_x)
        bars.attachAxis(flow_axis)
        stock.attachAxis(axis_x)
        stock.attachAxis(stock_axis)

        def tip(index: int) -> str:
            week = weeks[index]
            return arg(
                self.tr("Week %1 (%2 t/m %3): %4 ontvangen, %5 afgehandeld, %6 open"),
                week.monday.isocalendar().week,
                _day(week.monday),
                _day(week.sunday),
                week.inflow,
                week.outflow,
                week.open_at_end,
            )

        show_tooltips(self.inflow_set, tip)
        show_tooltips(self.outflow_set, tip)
        self.inflow_set.clicked.connect(self.week_clicked)

    def _draw_ages(self, figures: DashboardFigures) -> None:
        chart = self.ages_chart
        clear_chart(chart)
        ages = figures.ages
        # The colours follow the decision term only (as the "beslistermijn verstreken"
        # tile): a missed contact term is the other tile's and the register's business.
        self.age_running_set = bar_set(
            self.tr("beslistermijn loopt"), [a.running for a in ages], LIGHT_BLUE
        )
        self.age_near_set = bar_set(
            self.tr("verstrijkt binnen een week"), [a.near for a in ages], AMBER
        )
        self.age_overdue_set = bar_set(
            self.tr("beslistermijn verstreken"), [a.overdue for a in ages], RED
        )
        series = QStackedBarSeries()
        for bars in (self.age_running_set, self.age_near_set, self.age_overdue_set):
            series.append(bars)
        chart.addSeries(series)
        axis_x = category_axis([self._age_label(a) for a in ages])
        axis_x.setTitleText(
            arg(
                self.tr("weken sinds ontvangst (beslistermijn %1 weken, verdaging %2)"),
                figures.decision_weeks,
                figures.extension_weeks,
            )
        )
        axis_y = count_axis([a.total for a in ages])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

        def tip(index: int) -> str:
            band = ages[index]
            return arg(
                self.tr(
                    "%1 weken sinds ontvangst: %2 open, waarvan %3 over de beslistermijn en "
                    "%4 die binnen een week verstrijkt"
                ),
                self._age_label(band),
                band.total,
                band.overdue,
                band.near,
            )

        for bars in (self.age_running_set, self.age_near_set, self.age_overdue_set):
            show_tooltips(bars, tip)
            bars.clicked.connect(self.age_clicked)

    def _age_label(self, band: AgeBand) -> str:
        """``≤ 1``, ``2–4``, ``> 10`` (weeks, as the axis title says): short enough that
        the axis never cuts a label off ("6–10 …")."""
        if band.oldest_days is None:
            return arg(self.tr("> %1"), (band.youngest_days - 1) // 7)
        if band.youngest_days == 0:
            return arg(self.tr("≤ %1"), band.oldest_days // 7)
        return arg(self.tr("%1–%2"), band.youngest_days // 7, band.oldest_days // 7)

    def _draw_groups(  # type: ignore[no-untyped-def]
        self, chart, view, groups: tuple[GroupCount, ...], what: str, title: str
    ) -> None:
        clear_chart(chart)
        shown = list(reversed(groups[:MAX_GROUPS]))  # the largest at the top
        running = bar_set(self.tr("termijn loopt"), [g.open - g.overdue for g in shown], BLUE)
        overdue = bar_set(self.tr("termijn verstreken"), [g.overdue for g in shown], RED)
        series = QHorizontalStackedBarSeries()
        series.append(running)
        series.append(overdue)
        chart.addSeries(series)
        names = [g.name for g in shown] or [self.tr("(geen open klachten)")]
        axis_y = category_axis(names)
        axis_x = count_axis([g.open for g in shown])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        if len(groups) > MAX_GROUPS:
            title = arg(self.tr("%1 (de %2 grootste van %3)"), title, MAX_GROUPS, len(groups))
        chart.setTitle(title)
        view.setMinimumHeight(max(240, 110 + 30 * len(shown)))

        def tip(index: int) -> str:
            group = shown[index]
            return arg(
                self.tr("%1: %2 open, waarvan %3 over de termijn"),
                group.name,
                group.open,
                group.overdue,
            )

        show_tooltips(running, tip)
        show_tooltips(overdue, tip)
        ids = [g.id for g in shown]
        if what == "unit":
            self.unit_ids = ids
            self.unit_set, self.unit_overdue_set = running, overdue
            running.clicked.connect(self.unit_clicked)
            overdue.clicked.connect(self.unit_overdue_clicked)
        else:
            self.subject_ids = ids
            self.subject_set, self.subject_overdue_set = running, overdue
            running.clicked.connect(self.subject_clicked)
            overdue.clicked.connect(self.subject_overdue_clicked)

    def _draw_cards(self, figures: DashboardFigures) -> None:
        chart = self.cards_chart
        clear_chart(chart)
        months = figures.cards
        green = bar_set(self.tr("groen"), [m.green for m in months], GREEN)
        red = bar_set(self.tr("rood"), [m.red for m in months], RED)
        series = QBarSeries()
        series.append(green)
        series.append(red)
        chart.addSeries(series)
        axis_x = category_axis([SHORT_MONTHS[m.month.month - 1] for m in months])
        axis_y = count_axis([v for m in months for v in (m.green, m.red)])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

        def tip(index: int) -> str:
            month = months[index]
            return arg(
                self.tr("%1 %2: %3 groen, %4 rood"),
                SHORT_MONTHS[month.month.month - 1],
                month.month.year,
                month.green,
                month.red,
            )

        show_tooltips(green, tip)
        show_tooltips(red, tip)
        self.cards_green_set, self.cards_red_set = green, red
        title = self.tr("Teruggekomen feedbackkaarten per maand")
        if not any(m.green or m.red for m in months):
            title = arg(self.tr("%1 (geen in de afgelopen twaalf maanden)"), title)
        chart.setTitle(title)

    # ----- clicks: open the register ----------------------------------------------------

    def _open_complaints(self, **conditions: object) -> RegisterFilter:
        return RegisterFilter(kind=ComplaintKind.COMPLAINT, open_only=True, **conditions)  # type: ignore[arg-type]

    def open_all_open(self) -> None:
        self.open_register(self._open_complaints())

    def open_overdue(self) -> None:
        self.open_register(self._open_complaints(overdue=True))

    def open_urgent(self) -> None:
        self.open_register(self._open_complaints(urgent=True))

    def open_fast_lane(self) -> None:
        self.open_register(self._open_complaints(fast_lane=True))

    def open_clustered(self) -> None:
        self.open_register(self._open_complaints(cluster_id=ANY_CLUSTER))

    def week_clicked(self, index: int) -> None:
        """The complaints received in that week."""
        if self.figures is None or not 0 <= index < len(self.figures.weeks):
            return
        week = self.figures.weeks[index]
        self.open_register(
            RegisterFilter(
                kind=ComplaintKind.COMPLAINT, received_from=week.monday, received_to=week.sunday
            )
        )

    def age_clicked(self, index: int) -> None:
        """The open complaints of that age (the register sorts out their terms)."""
        if self.figures is None or not 0 <= index < len(self.figures.ages):
            return
        oldest, youngest = self.figures.ages[index].received_range(self.figures.today)
        self.open_register(self._open_complaints(received_from=oldest, received_to=youngest))

    def unit_clicked(self, index: int, overdue: bool = False) -> None:
        """The open complaints about employees of that unit (and the units below it)."""
        if 0 <= index < len(self.unit_ids):
            self.open_register(self._open_complaints(unit_id=self.unit_ids[index], overdue=overdue))

    def unit_overdue_clicked(self, index: int) -> None:
        self.unit_clicked(index, overdue=True)

    def subject_clicked(self, index: int, overdue: bool = False) -> None:
        """The open complaints about that subject."""
        if 0 <= index < len(self.subject_ids):
            self.open_register(
                self._open_complaints(subject_id=self.subject_ids[index], overdue=overdue)
            )

    def subject_overdue_clicked(self, index: int) -> None:
        self.subject_clicked(index, overdue=True)
