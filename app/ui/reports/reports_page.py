"""The "Rapportages" screen: choose a report (kwartaalrapportage, jaaroverzicht,
weekoverzicht, dossier) and its period, write the coordinator's own text sections, and
make the PDF in the background with a progress bar and a "Stoppen" button."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.permissions import CurrentUser, Permission
from app.services.report_data import ReportDataService
from app.services.report_files import MIN_YEAR, ReportKind, ReportRequest, default_file_name
from app.ui import messages, ops
from app.ui.files import Purpose, ask_folder, ask_save_file
from app.ui.pages import page_title
from app.ui.reports.jobs import report_op
from app.ui.widgets import arg, note_label, set_tab_order

log = logging.getLogger(__name__)

# Which text sections a report has, by the key ReportDataService stores them under.
TEXT_REPORTS = {ReportKind.QUARTERLY: "quarterly", ReportKind.ANNUAL: "annual"}


def can_open_reports(user: CurrentUser) -> bool:
    """Coordinators and management make reports; a handler may print a dossier."""
    return user.can(Permission.VIEW_REPORTS) or user.can(Permission.HANDLE_COMPLAINT)


def previous_quarter(today: date) -> tuple[int, int]:
    quarter = (today.month - 1) // 3 + 1
    return (today.year, quarter - 1) if quarter > 1 else (today.year - 1, 4)


class ReportsPage(QWidget):
    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.today = today or date.today()
        self.job: ops.Op[list[str]] | None = None
        self.last_files: list[str] = []
        self._texts_key: tuple[str, str] | None = None  # (report, period) shown in the editors
        self._texts_dirty = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(page_title(self.tr("Rapportages")))
        self.allowed = can_open_reports(user)
        if not self.allowed:
            refusal = QLabel(
                self.tr(
                    "Rapportages zijn er voor de klachtcoördinator en het MT. Hebt u ze nodig "
                    "voor uw werk, vraag dan de beheerder om de juiste rol."
                )
            )
            refusal.setWordWrap(True)
            refusal.setMaximumWidth(720)
            layout.addWidget(refusal)
            layout.addStretch(1)
            return
        self._build_choice()
        self._build_texts()
        self._build_actions()
        layout.addWidget(self.choice_box)
        layout.addWidget(self.texts_box, 1)
        layout.addLayout(self.action_row)
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)
        set_tab_order(
            [
                self.kind_combo,
                self.year_spin,
                self.quarter_combo,
                self.number_edit,
                self.names_box,
                self.anonymised_box,
                self.stood_out_edit,
                self.learned_edit,
                self.save_texts_button,
                self.make_button,
                self.stop_button,
            ]
        )
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.year_spin.valueChanged.connect(self._period_changed)
        self.quarter_combo.currentIndexChanged.connect(self._period_changed)
        self._kind_changed()

    # ----- building ---------------------------------------------------------------------

    def _build_choice(self) -> None:
        self.choice_box = QGroupBox(self.tr("Welke rapportage"))
        box = QVBoxLayout(self.choice_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.kind_combo = QComboBox()
        kinds = [
            (ReportKind.QUARTERLY, self.tr("Kwartaalrapportage voor het MT")),
            (ReportKind.ANNUAL, self.tr("Jaaroverzicht (artikel 9:12a Awb)")),
            (ReportKind.WEEKLY, self.tr("Weekoverzicht per behandelaar (PDF en e-mail)")),
            (ReportKind.DOSSIER, self.tr("Klachtdossier van één klacht")),
        ]
        for kind, text in kinds:
            if kind == ReportKind.DOSSIER or self.user.can(Permission.VIEW_REPORTS):
                self.kind_combo.addItem(text, kind.value)
        self.kind_combo.setAccessibleName(self.tr("Rapportage"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(MIN_YEAR, self.today.year)
        self.year_spin.setAccessibleName(self.tr("Jaar"))
        self.year_spin.setMinimumWidth(90)
        self.quarter_combo = QComboBox()
        for quarter in range(1, 5):
            self.quarter_combo.addItem(arg(self.tr("%1e kwartaal"), quarter), quarter)
        self.quarter_combo.setAccessibleName(self.tr("Kwartaal"))
        year, quarter = previous_quarter(self.today)
        self.year_spin.setValue(year)
        self.quarter_combo.setCurrentIndex(quarter - 1)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("bijvoorbeeld IK-2026-0042"))
        self.number_edit.setAccessibleName(self.tr("Klachtnummer"))
        self.number_edit.setMinimumWidth(220)
        self.names_box = QCheckBox(self.tr("Namen van betrokken medewerkers opnemen"))
        self.names_box.setToolTip(
            self.tr("Standaard staan medewerkers alleen met hun afdeling in de rapportage.")
        )
        self.anonymised_box = QCheckBox(self.tr("Geanonimiseerd: zonder afdelingen"))
        self.anonymised_box.setToolTip(
            self.tr("Voor publicatie: de lijst van klachten noemt geen afdelingen.")
        )
        self.description_label = note_label("")
        self.description_label.setMaximumWidth(720)
        form.addRow(self.tr("&Rapportage:"), self.kind_combo)
        self.year_label = QLabel(self.tr("&Jaar:"))
        self.year_label.setBuddy(self.year_spin)
        form.addRow(self.year_label, self.year_spin)
        self.quarter_label = QLabel(self.tr("&Kwartaal:"))
        self.quarter_label.setBuddy(self.quarter_combo)
        form.addRow(self.quarter_label, self.quarter_combo)
        self.number_label = QLabel(self.tr("Klacht&nummer:"))
        self.number_label.setBuddy(self.number_edit)
        form.addRow(self.number_label, self.number_edit)
        form.addRow("", self.names_box)
        form.addRow("", self.anonymised_box)
        box.addLayout(form)
        box.addWidget(self.description_label)

    def _build_texts(self) -> None:
        self.texts_box = QGroupBox(self.tr("Eigen teksten van de klachtcoördinator"))
        box = QVBoxLayout(self.texts_box)
        self.stood_out_edit = QPlainTextEdit()
        self.stood_out_edit.setAccessibleName(self.tr("Wat viel op"))
        self.stood_out_edit.setPlaceholderText(
            self.tr("Wat viel op in deze periode? Een lege regel begint een nieuwe alinea.")
        )
        self.learned_edit = QPlainTextEdit()
        self.learned_edit.setAccessibleName(self.tr("Wat hebben we geleerd"))
        self.learned_edit.setPlaceholderText(
            self.tr("Wat hebben we geleerd, en wat doen we daarmee?")
        )
        for edit in (self.stood_out_edit, self.learned_edit):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._texts_changed)
        self.save_texts_button = QPushButton(self.tr("Teksten opslaan"))
        self.save_texts_button.clicked.connect(self.save_texts)
        self.texts_state_label = QLabel()
        box.addWidget(QLabel(self.tr("Wat viel op")))
        box.addWidget(self.stood_out_edit, 1)
        box.addWidget(QLabel(self.tr("Wat hebben we geleerd")))
        box.addWidget(self.learned_edit, 1)
        row = QHBoxLayout()
        row.addWidget(self.save_texts_button)
        row.addWidget(self.texts_state_label, 1)
        box.addLayout(row)

    def _build_actions(self) -> None:
        self.action_row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Maken…"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Voortgang"))
        self.stop_button = QPushButton(self.tr("Stoppen"))
        self.stop_button.setToolTip(self.tr("Het maken van de rapportage afbreken"))
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.action_row.addWidget(self.make_button)
        self.action_row.addWidget(self.progress_bar, 1)
        self.action_row.addWidget(self.stop_button)
        self.action_row.addWidget(self.status_label, 1)

    # ----- the choice -------------------------------------------------------------------

    def kind(self) -> ReportKind:
        return ReportKind(self.kind_combo.currentData())

    def select_kind(self, kind: ReportKind) -> None:
        index = self.kind_combo.findData(kind.value)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind()
        periodic = kind in (ReportKind.QUARTERLY, ReportKind.ANNUAL)
        for widget in (self.year_label, self.year_spin):
            widget.setVisible(periodic)
        for widget in (self.quarter_label, self.quarter_combo):
            widget.setVisible(kind == ReportKind.QUARTERLY)
        for widget in (self.number_label, self.number_edit):
            widget.setVisible(kind == ReportKind.DOSSIER)
        # Names of employees concerned are for who sees every complaint, not for the MT.
        self.names_box.setVisible(
            kind == ReportKind.QUARTERLY and self.user.can(Permission.VIEW_ALL_COMPLAINTS)
        )
        self.anonymised_box.setVisible(kind == ReportKind.ANNUAL)
        self.texts_box.setVisible(kind in TEXT_REPORTS)
        self.spacer.setVisible(kind not in TEXT_REPORTS)
        if kind == ReportKind.ANNUAL and self.year_spin.value() == self.today.year:
            self.year_spin.setValue(self.today.year - 1)
        self.description_label.setText(self._description(kind))
        self._period_changed()

    def _description(self, kind: ReportKind) -> str:
        return {
            ReportKind.QUARTERLY: self.tr(
                "Alle klachten van het kwartaal met onderwerp, afdeling, oorzaak, uitkomst en "
                "maatregelen; verbetervoorstellen; cijfers tegen het vorige kwartaal."
            ),
            ReportKind.ANNUAL: self.tr(
                "Het jaaroverzicht voor publicatie: aantallen, informeel en formeel, oordelen, "
                "termijnen en de vergelijking met het vorige jaar."
            ),
            ReportKind.WEEKLY: self.tr(
                "Per behandelaar de open klachten met de eerstvolgende termijn, als PDF en als "
                "e-mailconcept (.eml) om te versturen. U kiest een map."
            ),
            ReportKind.DOSSIER: self.tr(
                "Alles over één klacht: gegevens, klager, termijnen, notities, toezeggingen, "
                "oordelen, documenten, bijlagen, kaarten en geschiedenis."
            ),
        }[kind]

    def request(self, target: Path) -> ReportRequest:
        kind = self.kind()
        return ReportRequest(
            kind=kind,
            target=target,
            year=self.year_spin.value(),
            quarter=int(self.quarter_combo.currentData()),
            number=self.number_edit.text().strip() or None,
            anonymised=kind == ReportKind.ANNUAL and self.anonymised_box.isChecked(),
            with_names=kind == ReportKind.QUARTERLY and self.names_box.isChecked(),
        )

    # ----- the coordinator's texts ------------------------------------------------------

    def _text_key(self) -> tuple[str, str] | None:
        kind = self.kind()
        if kind == ReportKind.ANNUAL:
            return TEXT_REPORTS[kind], str(self.year_spin.value())
        if kind == ReportKind.QUARTERLY:
            return TEXT_REPORTS[
                kind
            ], f"{self.year_spin.value()}-{self.quarter_combo.currentData()}"
        return None

    def _period_changed(self, *_args: object) -> None:
        key = self._text_key()
        if key == self._texts_key:
            return
        if self._texts_dirty and not self.save_texts():
            return
        self._texts_key = key
        texts = {"stood_out": "", "learned": ""}
        if key is not None:
            stored = messages.attempt(
                self, lambda: ReportDataService(self.db, self.user).texts(*key)
            )
            if stored is not messages.REFUSED:
                texts = stored
        for edit, name in ((self.stood_out_edit, "stood_out"), (self.learned_edit, "learned")):
            edit.blockSignals(True)
            edit.setPlainText(texts.get(name, ""))
            edit.blockSignals(False)
        self._texts_dirty = False
        self._show_texts_state()

    def _texts_changed(self) -> None:
        self._texts_dirty = True
        self._show_texts_state()

    def _show_texts_state(self) -> None:
        self.texts_state_label.setText(
            self.tr("Niet opgeslagen wijzigingen") if self._texts_dirty else ""
        )
        self.save_texts_button.setEnabled(self._texts_dirty)

    def save_texts(self) -> bool:
        """Save the text sections of the report shown (if changed); False when refused."""
        if self._texts_key is None or not self._texts_dirty:
            return True
        texts = {
            "stood_out": self.stood_out_edit.toPlainText(),
            "learned": self.learned_edit.toPlainText(),
        }
        outcome = messages.attempt(
            self, lambda: ReportDataService(self.db, self.user).save_texts(*self._texts_key, texts)
        )
        if outcome is messages.REFUSED:
            return False
        self._texts_dirty = False
        self._show_texts_state()
        self.texts_state_label.setText(self.tr("Opgeslagen"))
        return True

    # ----- making the report ------------------------------------------------------------

    def choose_target(self, request: ReportRequest) -> str | None:
        """Ask where the file (a folder for the weekly overview) goes; None: cancelled."""
        if request.kind == ReportKind.WEEKLY:
            folder = ask_folder(self, Purpose.REPORT, self.tr("Map voor de weekoverzichten"))
            return folder or None
        path, _chosen = ask_save_file(
            self,
            Purpose.REPORT,
            self.tr("Rapportage opslaan"),
            default_file_name(request),
            self.tr("PDF-bestand (*.pdf)"),
        )
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else path + ".pdf"

    def make(self) -> None:
        """ "Maken…": check the choice, save the texts, ask for the target and start."""
        if self.job is not None:
            return
        if self.kind() == ReportKind.DOSSIER and not self.number_edit.text().strip():
            messages.warning(
                self,
                self.tr("Klachtnummer ontbreekt"),
                self.tr("Vul het nummer in van de klacht waarvan u het dossier wilt maken."),
            )
            return
        if not self.save_texts():
            return
        target = self.choose_target(self.request(Path()))
        if target:
            self.start(self.request(Path(target)))

    def start(self, request: ReportRequest) -> ops.Op[list[str]]:
        """Make ``request`` in the background (tests call this directly)."""
        job = (
            report_op(self, self.db, self.user, request, today=self.today)
            .progress(self._progress)
            .success(self._finished)
            .cancelled(self._cancelled)
            .failure(self._failed)
            .done(self._done)
        )
        self.job = job
        self.make_button.setEnabled(False)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.stop_button.setVisible(True)
        self.stop_button.setEnabled(True)
        self.status_label.setText(self.tr("Bezig met maken…"))
        return job.start()

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.stop_button.setEnabled(False)
            self.status_label.setText(self.tr("Bezig met stoppen…"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setValue(min(100, done * 100 // total))

    def _done(self) -> None:
        self.job = None
        self.make_button.setEnabled(True)
        self.progress_bar.setVisible(False)
        self.stop_button.setVisible(False)

    def _finished(self, paths: list[str]) -> None:
        self.last_files = list(paths)
        if not paths:
            self.status_label.setText(
                self.tr("Er zijn geen open klachten met een behandelaar; er is niets gemaakt.")
            )
            return
        first = Path(paths[0])
        if len(paths) > 1:
            shown = str(first.parent)
            text = arg(self.tr("%1 bestanden gemaakt in %2."), len(paths), shown)
            to_open = shown
        else:
            text = arg(self.tr("Gemaakt: %1"), str(first))
            to_open = str(first)
        self.status_label.setText(text)
        messages.confirm(
            self,
            self.tr("Rapportage gemaakt"),
            text + "\n\n" + self.tr("Wilt u het nu openen?"),
            self.tr("Openen"),
            lambda: self.open_file(to_open),
            cancel_label=self.tr("Sluiten"),
        )

    def open_file(self, path: str) -> None:
        """Open a made report (or its folder) with the system's viewer."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _cancelled(self) -> None:
        self.status_label.setText(self.tr("Gestopt; er is geen bestand gemaakt."))

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(self.tr("Niet gelukt."))
        ops.show_failure(
            self,
            error,
            self.tr("Rapportage mislukt"),
            self.tr("De rapportage kon niet worden gemaakt."),
        )
