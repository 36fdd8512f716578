"""Moving in from the old Excel register: choose the file, map its columns, check every row
(a dry run that writes nothing), then import — in one transaction, or not at all.

Reading, checking and importing run off the GUI thread (``app.ui.ops.Op``); the import
can be stopped, and then nothing is written. The column mapping chosen is remembered per
file layout (QSettings), so next quarter's sheet is mapped the same way.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any, Self

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser
from app.services.register_io import (
    Action,
    ImportPreview,
    ImportResult,
    RegisterImportService,
    SheetData,
    layout_key,
    read_sheet,
    suggest_mapping,
)
from app.ui import ops
from app.ui.files import Purpose, ask_open_file
from app.ui.io.import_models import column_text
from app.ui.io.import_pages import CheckPage, FilePage, ImportPage, MappingPage
from app.ui.widgets import arg, fit_to_screen, service_text

log = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("Datum ontvangst", "Omschrijving")
SETTINGS_MAPPINGS = "import/mappings"
NAMES_SHOWN = 12
_STEP_OTHER = "QLabel { padding: 3px 8px; }"
_STEP_CURRENT = (
    "QLabel { padding: 3px 8px; border-radius: 3px; background: palette(highlight);"
    " color: palette(highlighted-text); }"
)


def mapping_settings_key(headers: tuple[str, ...] | list[str]) -> str:
    digest = hashlib.sha1(layout_key(headers).encode("utf-8"), usedforsecurity=False)
    return f"{SETTINGS_MAPPINGS}/{digest.hexdigest()[:20]}"


def remembered_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, str] | None:
    """The choices made last time for a file with these headers ("" = not read)."""
    stored = QSettings().value(mapping_settings_key(headers))
    if not isinstance(stored, str):
        return None
    try:
        choices = json.loads(stored)
    except ValueError:
        return None
    if not isinstance(choices, dict):
        return None
    return {str(k): str(v) for k, v in choices.items() if isinstance(v, str)}


def remember_mapping(headers: tuple[str, ...] | list[str], choices: dict[str, str]) -> None:
    QSettings().setValue(mapping_settings_key(headers), json.dumps(choices, ensure_ascii=False))


class ImportWizard(QDialog):
    """The import, in four steps. Open it with ``open_new``."""

    FILE, MAPPING, CHECK, IMPORT = range(4)
    imported = Signal(object)  # ImportResult

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = RegisterImportService(db, user)
        self.path: str | None = None
        self.sheet: SheetData | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.job: ops.Op[Any] | None = None
        self.importing = False
        self._mapped_sheet: SheetData | None = None
        self._on_imported: Callable[[], None] | None = None

        self.setWindowTitle(self.tr("Register inlezen"))
        self.setMinimumSize(860, 620)
        fit_to_screen(self, 980, 720)

        self.file_page = FilePage()
        self.mapping_page = MappingPage()
        self.check_page = CheckPage()
        self.import_page = ImportPage()
        self.stack = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.check_page, self.import_page):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("< V&orige"))
        self.next_button = QPushButton(self.tr("&Volgende >"))
        self.import_button = QPushButton(self.tr("&Inlezen"))
        self.close_button = QPushButton(self.tr("Annuleren"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(self._build_step_bar())
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self.file_page.browse_button.clicked.connect(self.choose_file)
        self.mapping_page.model.mapping_changed.connect(self._mapping_changed)
        self.check_page.choice.buttonToggled.connect(self._update_buttons)
        self.check_page.create_people_check.toggled.connect(self._update_buttons)
        self.import_page.stop_button.clicked.connect(self.stop_import)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self._show_page(self.FILE)
        self.file_page.browse_button.setFocus()

    @classmethod
    def open_new(
        cls,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None,
        on_imported: Callable[[], None],
    ) -> Self:
        """Show the wizard (window-modal, not blocking); ``on_imported`` runs after rows
        were written to the register."""
        wizard = cls(db, user, parent)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard._on_imported = on_imported
        wizard.open()
        return wizard

    def _build_step_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.step_labels: list[QLabel] = []
        titles = (
            self.tr("Bestand kiezen"),
            self.tr("Kolommen koppelen"),
            self.tr("Controle"),
            self.tr("Inlezen"),
        )
        for number, title in enumerate(titles, start=1):
            if number > 1:
                bar.addWidget(QLabel("›"))
            label = QLabel(f"{number}. {title}")
            label.setObjectName("import_step")
            self.step_labels.append(label)
            bar.addWidget(label)
        bar.addStretch(1)
        return bar

    # ----- navigation ---------------------------------------------------------------------

    def current_step(self) -> int:
        return self.stack.currentIndex()

    def _show_page(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        for position, label in enumerate(self.step_labels):
            # The current step on a highlighted background: the same font for every step,
            # so the bar does not shift.
            label.setStyleSheet(_STEP_CURRENT if position == step else _STEP_OTHER)
            label.setAccessibleDescription(self.tr("huidige stap") if position == step else "")
        self._update_buttons()

    def go_next(self) -> None:
        step = self.current_step()
        if step == self.FILE and self.sheet is not None and self.job is None:
            self._enter_mapping()
        elif step == self.MAPPING and self.next_button.isEnabled():
            remember_mapping(self.mapping_page.model.headers(), self.mapping_page.model.choices())
            self._enter_check()

    def go_back(self) -> None:
        step = self.current_step()
        if step == self.MAPPING:
            self._show_page(self.FILE)
        elif step == self.CHECK:
            self._drop_job()
            self._show_page(self.MAPPING)
        elif step == self.IMPORT and not self.importing and self.result is None:
            self._enter_check()  # check again: the register may have changed meanwhile

    def _update_buttons(self, *_args: object) -> None:
        step = self.current_step()
        self.back_button.setVisible(step != self.FILE)
        self.next_button.setVisible(step in (self.FILE, self.MAPPING))
        self.import_button.setVisible(step == self.CHECK)
        if step == self.FILE:
            self.next_button.setEnabled(self.sheet is not None and self.job is None)
        elif step == self.MAPPING:
            self.next_button.setEnabled(
                self.mapping_page.model.rowCount() > 0 and not self._doubles()
            )
        elif step == self.CHECK:
            self._update_import_choice()
        self.back_button.setEnabled(
            step != self.IMPORT or (not self.importing and self.result is None)
        )
        self.close_button.setEnabled(not self.importing)
        self.close_button.setText(
            self.tr("Sluiten") if self.result is not None else self.tr("Annuleren")
        )
        # Enter moves on, but never starts the import: that takes a deliberate click.
        self.next_button.setDefault(self.next_button.isVisible() and self.next_button.isEnabled())

    def _start(
        self,
        work: Callable[[ops.Progress], Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None],
        cancelled: Callable[[], None] | None = None,
    ) -> ops.Op[Any]:
        """The wizard's one step under way; a result that comes after the step was dropped
        (a newer file, going back) is ignored."""
        self._drop_job()
        op: ops.Op[Any] = ops.Op(self, work)

        def current(handler: Callable[..., None]) -> Callable[..., None]:
            def call(*args: Any) -> None:
                if self.job is op:
                    self.job = None
                    handler(*args)

            return call

        op.success(current(success)).failure(current(failure))
        op.cancelled(current(cancelled or (lambda: None)))
        self.job = op
        return op

    def _drop_job(self) -> None:
        """Forget the running read or check; its result, when it comes, is ignored."""
        if self.job is not None and not self.importing:
            self.job.cancel()
            self.job = None

    def reject(self) -> None:
        if self.importing:
            return  # the import finishes or is stopped first ("Stoppen")
        self._drop_job()
        super().reject()

    # ----- 1. the file --------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _chosen = ask_open_file(
            self,
            Purpose.IMPORT,
            self.tr("Register kiezen"),
            self.tr("Register (*.xlsx *.csv);;Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read the file in the background and show what was read."""
        self.path = path
        self.sheet = None
        self.file_page.show_busy(path)
        job = self._start(lambda _progress: read_sheet(path), self._file_read, self._file_failed)
        self._update_buttons()
        job.start()

    def _file_read(self, sheet: SheetData) -> None:
        self.sheet = sheet
        self.file_page.show_summary(
            sheet.row_count,
            sheet.blank_rows,
            sum(1 for h in sheet.headers if h),
            sheet.encoding,
            sheet.delimiter,
        )
        self._update_buttons()
        self.next_button.setFocus()

    def _file_failed(self, error: BaseException) -> None:
        self.file_page.show_error(self._error_text(error, reading=True))
        self._update_buttons()

    def _error_text(self, error: BaseException, *, reading: bool = False) -> str:
        if isinstance(error, ServiceError):
            return service_text(error.message)
        if isinstance(error, OSError):
            return self.tr(
                "Het bestand kan niet worden geopend. Is het nog open in een ander programma, "
                "of staat het op een plek die niet bereikbaar is?"
            )
        log.error("import step failed", exc_info=error)
        if reading:
            return self.tr(
                "Dit bestand kan niet worden gelezen. Sla het in Excel op als werkmap (.xlsx) "
                "en probeer het opnieuw."
            )
        return self.tr("Er ging iets mis. De details staan in het logbestand.")

    # ----- 2. the mapping -----------------------------------------------------------------

    def _enter_mapping(self) -> None:
        assert self.sheet is not None
        if self._mapped_sheet is not self.sheet:  # a newly read file: map it afresh
            remembered = remembered_mapping(self.sheet.headers)
            self.mapping_page.remembered_label.setVisible(remembered is not None)
            self.mapping_page.model.set_sheet(
                self.sheet, suggest_mapping(self.sheet.headers, remembered)
            )
            self._mapped_sheet = self.sheet
        self._show_page(self.MAPPING)

    def _doubles(self) -> list[str]:
        counts = Counter(self.mapping_page.model.mapping().values())
        return [column_text(column) for column, count in counts.items() if count > 1]

    def _mapping_changed(self) -> None:
        model = self.mapping_page.model
        mapping = model.mapping()
        unknown = [header for header in model.headers() if header not in mapping]
        missing = [column_text(c) for c in REQUIRED_COLUMNS if c not in mapping.values()]
        self.mapping_page.show_state(unknown, missing, self._doubles())
        self._update_buttons()

    # ----- 3. the check -------------------------------------------------------------------

    def _enter_check(self) -> None:
        assert self.sheet is not None
        self.preview = None
        sheet, mapping, importer = self.sheet, self.mapping_page.model.mapping(), self.importer
        self.check_page.show_busy(sheet.row_count)
        job = self._start(
            lambda _progress: importer.preview(sheet, mapping), self._checked, self._check_failed
        )
        self._show_page(self.CHECK)
        job.start()

    def _checked(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._show_preview(preview)
        self._update_buttons()

    def _check_failed(self, error: BaseException) -> None:
        self.check_page.show_error(self._error_text(error))
        self._update_buttons()

    def _show_preview(self, preview: ImportPreview) -> None:
        page = self.check_page
        problems = preview.problems
        refused = sum(1 for plan in preview.plans if not plan.valid)
        for key, value in (
            ("new", preview.count(Action.NEW)),
            ("update", preview.count(Action.UPDATE)),
            ("skip", preview.count(Action.SKIP)),
            ("refused", refused),
        ):
            page.count_labels[key].setText(str(value))
        page.problem_model.set_problems(problems)
        page.plan_model.set_plans(preview.plans)
        page.name_model.set_names(preview.plans, preview.uncertain_names)
        uncertain = len(preview.uncertain_names)
        page.tabs.setTabText(
            page.name_tab,
            arg(self.tr("Namen: %1 onzeker"), uncertain) if uncertain else self.tr("Namen"),
        )
        page.tabs.setTabEnabled(page.name_tab, bool(uncertain))
        page.tabs.setTabText(0, arg(self.tr("Problemen (%1)"), len(problems)))
        page.tabs.setTabText(1, arg(self.tr("Rijen (%1)"), page.plan_model.rowCount()))
        page.tabs.setTabVisible(0, bool(problems))
        page.tabs.setCurrentIndex(0 if problems else 1)
        page.unknown_label.setText(
            arg(self.tr("Niet ingelezen kolommen: %1."), ", ".join(preview.unknown_columns))
        )
        page.unknown_label.setVisible(bool(preview.unknown_columns))

        people = []
        if preview.new_employees:
            people.append(arg(self.tr("Medewerkers: %1"), self._names(preview.new_employees)))
        if preview.new_units:
            people.append(arg(self.tr("Afdelingen: %1"), self._names(preview.new_units)))
        page.people_label.setText("\n".join(people))
        page.people_label.setToolTip(
            "\n".join([*preview.new_employees, *preview.new_units]) if people else ""
        )
        page.people_label.setVisible(bool(people))
        page.create_people_check.setChecked(False)
        page.create_people_check.setVisible(bool(people))
        page.subjects_label.setText(
            arg(
                self.tr("Onderwerpen (worden aan de lijst toegevoegd): %1"),
                self._names(preview.new_subjects),
            )
        )
        page.subjects_label.setVisible(bool(preview.new_subjects))
        page.people_box.setVisible(bool(people or preview.new_subjects))

        page.choice_box.setVisible(bool(problems))
        page.valid_only_radio.setText(
            arg(
                self.tr("Alleen de goede rijen inlezen (%1); de rijen met fouten (%2) overslaan"),
                len(preview.valid_rows),
                refused,
            )
        )
        page.nothing_radio.setChecked(True)  # with problems, nothing unless chosen
        page.valid_only_radio.setEnabled(bool(preview.valid_rows))
        page.all_good_label.setVisible(not problems)
        page.all_good_label.setText(
            self.tr("Alle rijen zijn in orde.")
            if preview.valid_rows
            else self.tr("Er is niets in te lezen: alle rijen staan al zo in het register.")
        )
        page.stack.setCurrentWidget(page.results)

    def _names(self, names: list[str], shown: int = NAMES_SHOWN) -> str:
        """A list of names that stays short: a long list would squeeze the tables."""
        if len(names) <= shown:
            return ", ".join(names)
        return arg(self.tr("%1 en nog %2"), ", ".join(names[:shown]), len(names) - shown)

    def _import_blocker(self) -> str | None:
        """Why the import cannot start yet (None: it can)."""
        preview = self.preview
        page = self.check_page
        if preview is None or self.job is not None:
            return ""
        if not preview.valid_rows:
            if preview.problems:
                return self.tr("Geen enkele rij kan worden ingelezen; verbeter eerst het bestand.")
            return ""  # everything is in the register already; the page says so
        if preview.problems and not page.valid_only_radio.isChecked():
            return self.tr(
                "Er zijn rijen met fouten. Verbeter het bestand en lees het opnieuw in, of kies "
                "hierboven om alleen de goede rijen in te lezen."
            )
        if (preview.new_employees or preview.new_units) and not (
            page.create_people_check.isChecked()
        ):
            return self.tr(
                "Vink aan dat de nieuwe medewerkers en afdelingen mogen worden aangemaakt, of "
                "verbeter de namen in het bestand."
            )
        return None

    def _update_import_choice(self) -> None:
        blocker = self._import_blocker()
        self.import_button.setEnabled(blocker is None)
        has_problems = bool(self.preview and self.preview.problems)
        self.import_button.setText(
            self.tr("&Goede rijen inlezen") if has_problems else self.tr("&Alles inlezen")
        )
        self.check_page.hint_label.setText(blocker or "")
        self.check_page.hint_label.setVisible(bool(blocker))

    # ----- 4. the import ------------------------------------------------------------------

    def start_import(self) -> None:
        if self.current_step() != self.CHECK or self._import_blocker() is not None:
            return
        preview = self.preview
        assert preview is not None
        valid_only = bool(preview.problems)
        create_people = self.check_page.create_people_check.isChecked()
        # Uncertain names the user accepted (or corrected); the others stay whole.
        preview.name_choices = self.check_page.name_model.choices()
        importer = self.importer
        job = self._start(
            lambda progress: importer.import_rows(
                preview, valid_only=valid_only, create_people=create_people, progress=progress
            ),
            self._imported,
            self._import_failed,
            self._import_cancelled,
        )
        job.progress(self.import_page.show_progress).cancellable()
        self.importing = True
        self.import_page.show_running(len(preview.valid_rows))
        self._show_page(self.IMPORT)
        self.import_page.stop_button.setFocus()
        job.start()

    def stop_import(self) -> None:
        """Ask the running import to stop; it rolls back, so nothing is written."""
        if self.importing and self.job is not None:
            self.job.cancel()
            self.import_page.show_stopping()

    def _imported(self, result: ImportResult) -> None:
        self.importing = False
        self.result = result
        self.import_page.show_result(result)
        self._update_buttons()
        self.close_button.setFocus()
        self.imported.emit(result)
        if self._on_imported is not None:
            self._on_imported()

    def _import_cancelled(self) -> None:
        self.importing = False
        self.import_page.show_cancelled()
        self._update_buttons()

    def _import_failed(self, error: BaseException) -> None:
        self.importing = False
        self.import_page.show_error(self._error_text(error))
        self._update_buttons()
