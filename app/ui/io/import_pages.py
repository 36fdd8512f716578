"""The four pages of the import wizard (layout only; the wizard holds the logic)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.register_io import COLUMNS, ImportResult
from app.ui.common.tables import list_table
from app.ui.io.import_models import (
    MappingModel,
    NameChoiceModel,
    PlanModel,
    ProblemModel,
    TargetDelegate,
    column_text,
)
from app.ui.widgets import ErrorLabel, arg, note_label


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    heading.setFont(font)
    return heading


def _text(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _page_layout(page: QWidget, title: str, explanation: str) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    layout.addWidget(_heading(title))
    layout.addWidget(_text(explanation))
    return layout


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # busy, without a known end
    bar.setTextVisible(False)
    bar.setMaximumWidth(420)
    return bar


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    table = list_table(model, name)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


def _widths(table: QTableView, texts: list[str]) -> None:
    """Fixed widths for the leading columns (wide enough for ``texts``); the last stretches.
    No measuring of every row: a checked file can have thousands."""
    metrics = table.fontMetrics()
    for column, text in enumerate(texts):
        table.setColumnWidth(column, metrics.horizontalAdvance(text) + 24)


# ----- 1. choosing the file ------------------------------------------------------------------


class FilePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _page_layout(
            self,
            self.tr("Bestand kiezen"),
            self.tr(
                "Kies het Excel-bestand (.xlsx) of CSV-bestand (.csv) met het register. De "
                "eerste regel bevat de kolomnamen, daarna staat op elke regel één klacht of "
                "signaal. Er wordt nog niets opgeslagen: eerst ziet u per rij wat er gebeurt."
            ),
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Nog geen bestand gekozen"))
        self.path_edit.setAccessibleName(self.tr("Gekozen bestand"))
        self.browse_button = QPushButton(self.tr("&Bladeren…"))
        self.browse_button.setToolTip(self.tr("Een Excel- of CSV-bestand kiezen"))
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)

        self.busy = QWidget()
        busy_layout = QVBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(_text(self.tr("Bezig met lezen van het bestand…")))
        busy_layout.addWidget(_busy_bar())
        self.busy.setVisible(False)
        layout.addWidget(self.busy)

        self.summary = QGroupBox(self.tr("Gelezen"))
        form = QFormLayout(self.summary)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows_label = _text()
        self.columns_label = _text()
        self.encoding_label = _text()
        self.delimiter_label = _text()
        form.addRow(self.tr("Rijen:"), self.rows_label)
        form.addRow(self.tr("Kolommen:"), self.columns_label)
        form.addRow(self.tr("Tekenset:"), self.encoding_label)
        form.addRow(self.tr("Scheidingsteken:"), self.delimiter_label)
        self._form = form
        self.summary.setVisible(False)
        layout.addWidget(self.summary)

        self.error_label = ErrorLabel()
        self.error_label.setObjectName("file_error")
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(
            note_label(
                self.tr(
                    "Datums mogen echte Excel-datums zijn of tekst als 31-12-2024. Een bestand "
                    "dat al eerder is ingelezen kan gerust opnieuw worden ingelezen: wat al in "
                    "het register staat, wordt niet dubbel opgenomen."
                )
            )
        )

    def show_busy(self, path: str) -> None:
        self.path_edit.setText(path)
        self.path_edit.setToolTip(path)
        self.busy.setVisible(True)
        self.summary.setVisible(False)
        self.error_label.show_message(None)

    def show_summary(
        self, rows: int, blank: int, columns: int, encoding: str | None, delimiter: str | None
    ) -> None:
        self.busy.setVisible(False)
        self.error_label.show_message(None)
        text = arg(self.tr("%1 rijen"), rows) if rows != 1 else self.tr("1 rij")
        if blank == 1:
            text += self.tr(" (1 lege rij wordt overgeslagen)")
        elif blank:
            text += arg(self.tr(" (%1 lege rijen worden overgeslagen)"), blank)
        self.rows_label.setText(text)
        self.columns_label.setText(str(columns))
        is_csv = encoding is not None
        self.encoding_label.setText(_encoding_text(encoding) if is_csv else "")
        self.delimiter_label.setText(self._delimiter_text(delimiter) if is_csv else "")
        self._form.setRowVisible(self.encoding_label, is_csv)
        self._form.setRowVisible(self.delimiter_label, is_csv)
        self.summary.setVisible(True)

    def show_error(self, message: str) -> None:
        self.busy.setVisible(False)
        self.summary.setVisible(False)
        self.error_label.show_message(message)

    def _delimiter_text(self, delimiter: str | None) -> str:
        names = {
            ";": self.tr("puntkomma (;)"),
            ",": self.tr("komma (,)"),
            "\t": self.tr("tab"),
        }
        return names.get(delimiter or "", delimiter or "")


def _encoding_text(encoding: str | None) -> str:
    names = {"utf-8": "UTF-8", "utf-16": "UTF-16", "cp1252": "Windows-1252"}
    return names.get(encoding or "", encoding or "")


# ----- 2. mapping the columns ----------------------------------------------------------------


class MappingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _page_layout(
            self,
            self.tr("Kolommen koppelen"),
            self.tr(
                "Kies voor elke kolom van het bestand in welk veld van het register die wordt "
                "ingelezen. Kolommen die het programma herkent zijn al gekoppeld; de keuze "
                "wordt onthouden voor bestanden met dezelfde kolommen."
            ),
        )
        self.remembered_label = note_label(
            self.tr(
                "De koppeling die u de vorige keer voor dit soort bestand koos, is overgenomen."
            )
        )
        self.remembered_label.setVisible(False)
        layout.addWidget(self.remembered_label)
        self.model = MappingModel(self)
        self.table = _table(self.model, self.tr("Koppeling van de kolommen"))
        self.table.setObjectName("mapping_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(False)
        self.delegate = TargetDelegate(self.table)
        self.table.setItemDelegateForColumn(MappingModel.TARGET, self.delegate)
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        layout.addWidget(self.table, 1)
        self.unknown_label = _text()
        self.unknown_label.setObjectName("unknown_columns")
        layout.addWidget(self.unknown_label)
        self.missing_label = ErrorLabel()
        self.missing_label.setObjectName("missing_columns")
        layout.addWidget(self.missing_label)
        self.double_label = ErrorLabel()
        self.double_label.setObjectName("double_columns")
        layout.addWidget(self.double_label)
        self.model.modelReset.connect(self._open_editors)

    def _open_editors(self) -> None:
        metrics = self.table.fontMetrics()
        texts = [self.model.headerData(0, Qt.Orientation.Horizontal), *self.model.headers()]
        widest = max(metrics.horizontalAdvance(str(text)) for text in texts)
        self.table.setColumnWidth(MappingModel.HEADER, min(widest, 320) + 28)
        combo = QComboBox()
        combo.addItems([column_text(c) for c in COLUMNS])
        self.table.setColumnWidth(MappingModel.TARGET, combo.sizeHint().width() + 12)
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, MappingModel.TARGET))

    def combo_for(self, header: str) -> QComboBox:
        """The choice for one sheet header (the open editor of its row)."""
        index = self.model.index(self.model.row_of(header), MappingModel.TARGET)
        combo = self.table.indexWidget(index)
        assert isinstance(combo, QComboBox)
        return combo

    def show_state(self, unknown: list[str], missing: list[str], doubles: list[str]) -> None:
        if unknown:
            self.unknown_label.setText(
                arg(self.tr("Worden niet ingelezen: %1."), ", ".join(unknown))
            )
        else:
            self.unknown_label.setText(self.tr("Alle kolommen worden ingelezen."))
        self.missing_label.show_message(
            arg(
                self.tr(
                    "Niet gekoppeld: %1. Zonder deze gegevens kan geen nieuwe klacht worden "
                    "ingelezen; rijen die een bestaand nummer bijwerken, kunnen wel."
                ),
                ", ".join(missing),
            )
            if missing
            else None
        )
        self.double_label.show_message(
            arg(
                self.tr("Aan %1 zijn meer kolommen gekoppeld; kies er één."),
                ", ".join(doubles),
            )
            if doubles
            else None
        )


# ----- 3. the check (a dry run) --------------------------------------------------------------


class CheckPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _page_layout(
            self,
            self.tr("Controle"),
            self.tr(
                "Elke rij is gecontroleerd; er is nog niets opgeslagen. Hieronder staat wat "
                "het inlezen zou doen, en welke rijen fouten hebben."
            ),
        )
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.busy = QWidget()
        busy_layout = QVBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        self.busy_label = _text(self.tr("Bezig met controleren…"))
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(_busy_bar())
        busy_layout.addStretch(1)
        self.stack.addWidget(self.busy)

        self.failed = QWidget()
        failed_layout = QVBoxLayout(self.failed)
        failed_layout.setContentsMargins(0, 0, 0, 0)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("check_error")
        failed_layout.addWidget(self.error_label)
        failed_layout.addStretch(1)
        self.stack.addWidget(self.failed)

        self.results = QWidget()
        self._build_results()
        self.stack.addWidget(self.results)

    def _build_results(self) -> None:
        layout = QVBoxLayout(self.results)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        counts = QGridLayout()
        counts.setHorizontalSpacing(28)
        counts.setVerticalSpacing(0)
        self.count_labels: dict[str, QLabel] = {}
        for position, (key, caption) in enumerate(
            (
                ("new", self.tr("nieuw")),
                ("update", self.tr("bijwerken")),
                ("skip", self.tr("ongewijzigd")),
                ("refused", self.tr("met fouten")),
            )
        ):
            number = QLabel("0")
            font = QFont(number.font())
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            number.setFont(font)
            number.setObjectName(f"count_{key}")
            counts.addWidget(number, 0, position)
            counts.addWidget(QLabel(caption), 1, position)
            self.count_labels[key] = number
        counts.setColumnStretch(4, 1)
        layout.addLayout(counts)

        self.tabs = QTabWidget()
        self.problem_model = ProblemModel(self)
        self.problem_table = _table(self.problem_model, self.tr("Problemen"))
        self.problem_table.setObjectName("problem_table")
        _widths(self.problem_table, ["kopregel", "Datum eerste contact"])
        self.plan_model = PlanModel(self)
        self.plan_table = _table(self.plan_model, self.tr("Rijen"))
        self.plan_table.setObjectName("plan_table")
        _widths(self.plan_table, ["99999", "fout: niet inlezen", "IK-2024-00000", "x" * 40])
        self.name_model = NameChoiceModel(self)
        self.name_table = _table(self.name_model, self.tr("Onzekere namen"))
        self.name_table.setObjectName("name_table")
        self.name_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.name_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        _widths(self.name_table, ["99999", "x" * 28, "onzeker", "Voorstel gebruiken", "Z.A."])
        self.tabs.addTab(self.problem_table, self.tr("Problemen"))
        self.tabs.addTab(self.plan_table, self.tr("Rijen"))
        self.name_tab = self.tabs.addTab(self.name_table, self.tr("Namen"))
        layout.addWidget(self.tabs, 1)
        self.unknown_label = _text()
        layout.addWidget(self.unknown_label)

        self.people_box = QGroupBox(self.tr("Nieuwe namen"))
        people_layout = QVBoxLayout(self.people_box)
        self.people_label = _text()
        self.people_label.setObjectName("new_people")
        self.create_people_check = QCheckBox(self.tr("Deze medewerkers en afdelingen aanmaken"))
        self.subjects_label = _text()
        self.subjects_label.setObjectName("new_subjects")
        people_layout.addWidget(self.people_label)
        people_layout.addWidget(self.create_people_check)
        people_layout.addWidget(self.subjects_label)
        layout.addWidget(self.people_box)

        self.choice_box = QGroupBox(self.tr("Wat wilt u inlezen?"))
        choice_layout = QVBoxLayout(self.choice_box)
        self.nothing_radio = QRadioButton(self.tr("Niets; ik verbeter eerst het bestand"))
        self.valid_only_radio = QRadioButton(self.tr("Alleen de goede rijen inlezen"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.nothing_radio)
        self.choice.addButton(self.valid_only_radio)
        choice_layout.addWidget(self.nothing_radio)
        choice_layout.addWidget(self.valid_only_radio)
        layout.addWidget(self.choice_box)
        self.all_good_label = _text()
        self.all_good_label.setObjectName("all_good")
        layout.addWidget(self.all_good_label)
        self.hint_label = note_label("")
        layout.addWidget(self.hint_label)

    def show_busy(self, rows: int) -> None:
        self.busy_label.setText(arg(self.tr("Bezig met controleren van %1 rijen…"), rows))
        self.stack.setCurrentWidget(self.busy)

    def show_error(self, message: str) -> None:
        self.error_label.show_message(message)
        self.stack.setCurrentWidget(self.failed)


# ----- 4. importing --------------------------------------------------------------------------


class ImportPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _page_layout(
            self,
            self.tr("Inlezen"),
            self.tr(
                "De rijen worden in één keer opgeslagen: lukt het niet of stopt u, dan blijft "
                "het register zoals het was."
            ),
        )
        self.status_label = _text()
        self.status_label.setObjectName("import_status")
        layout.addWidget(self.status_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(520)
        self.stop_button = QPushButton(self.tr("&Stoppen"))
        self.stop_button.setToolTip(self.tr("Het inlezen afbreken; er wordt dan niets opgeslagen"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.stop_button)
        progress_row.addStretch(0)
        self.progress = QWidget()
        self.progress.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)

        self.result_box = QGroupBox(self.tr("Resultaat"))
        form = QFormLayout(self.result_box)
        self.result_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("created", self.tr("Nieuw ingelezen:")),
            ("updated", self.tr("Bijgewerkt:")),
            ("skipped", self.tr("Ongewijzigd (stond al zo in het register):")),
            ("refused", self.tr("Niet ingelezen (rijen met fouten):")),
        ):
            value = QLabel("0")
            value.setObjectName(f"result_{key}")
            form.addRow(caption, value)
            self.result_labels[key] = value
        self.result_box.setVisible(False)
        layout.addWidget(self.result_box)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("import_error")
        layout.addWidget(self.error_label)
        self.after_label = note_label("")
        self.after_label.setVisible(False)
        layout.addWidget(self.after_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(line, 1)

    def show_running(self, total: int) -> None:
        self.status_label.setText(arg(self.tr("Bezig met inlezen van %1 rijen…"), total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(arg(self.tr("%v van %1"), total))
        self.progress.setVisible(True)
        self.stop_button.setEnabled(True)
        self.result_box.setVisible(False)
        self.error_label.show_message(None)
        self.after_label.setVisible(False)

    def show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def show_stopping(self) -> None:
        self.stop_button.setEnabled(False)
        self.status_label.setText(self.tr("Bezig met stoppen…"))

    def show_result(self, result: ImportResult) -> None:
        self.progress.setVisible(False)
        self.status_label.setText(self.tr("Klaar. Het register is bijgewerkt."))
        for key, value in (
            ("created", result.created),
            ("updated", result.updated),
            ("skipped", result.skipped),
            ("refused", result.refused),
        ):
            self.result_labels[key].setText(str(value))
        self.result_box.setVisible(True)
        if result.refused:
            self.after_label.setText(
                self.tr(
                    "Verbeter de rijen met fouten in het bestand en lees het daarna opnieuw in. "
                    "Wat nu is ingelezen, wordt dan niet dubbel opgenomen."
                )
            )
            self.after_label.setVisible(True)

    def show_cancelled(self) -> None:
        self.progress.setVisible(False)
        self.status_label.setText(
            self.tr(
                "Het inlezen is gestopt. Er is niets gewijzigd: het register is zoals het was. "
                "Met Vorige controleert u het bestand opnieuw en kunt u het weer inlezen."
            )
        )

    def show_error(self, message: str) -> None:
        self.progress.setVisible(False)
        self.status_label.setText(self.tr("Het inlezen is niet gelukt; er is niets gewijzigd."))
        self.error_label.show_message(message)
