"""Beheer → Onderwerpen: the subject categories complaints are classified by."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from app.services.subjects import SubjectRecord, SubjectService
from app.ui.admin.record_dialog import RecordDialog
from app.ui.admin.record_list import RecordListPanel
from app.ui.admin.table_models import SubjectTableModel
from app.ui.widgets import arg, note_label, set_tab_order


class SubjectDialog(RecordDialog):
    record: SubjectRecord | None
    service: SubjectService

    def __init__(
        self,
        service: SubjectService,
        record: SubjectRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, record, parent)
        if record is None:
            self.setWindowTitle(self.tr("Onderwerp toevoegen"))
        else:
            self.setWindowTitle(self.tr("Onderwerp hernoemen"))
            if record.complaint_count:
                self.set_intro(
                    self.tr("De klacht met dit onderwerp krijgt de nieuwe naam.")
                    if record.complaint_count == 1
                    else arg(
                        self.tr("De %1 klachten met dit onderwerp krijgen de nieuwe naam."),
                        record.complaint_count,
                    )
                )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.add_field(self.tr("Naam *"), "name", self.name_edit)
        set_tab_order([self.name_edit, self.save_button, self.cancel_button])
        if record is not None:
            self.name_edit.setText(record.name)
            self.name_edit.selectAll()
        self.name_edit.setFocus()

    def submit(self) -> SubjectRecord:
        if self.record is None:
            return self.service.create_subject(self.name_edit.text())
        return self.service.rename_subject(self.record.id, self.name_edit.text())


class SubjectsPanel(RecordListPanel):
    def __init__(self, service: SubjectService, parent: QWidget | None = None) -> None:
        super().__init__(SubjectTableModel(), True, parent)
        self.service = service
        self.table.setAccessibleName(self.tr("Onderwerpen"))
        self.edit_button.setToolTip(self.tr("De naam van het onderwerp wijzigen"))
        intro = note_label(
            self.tr(
                "De onderwerpen waarmee klachten worden ingedeeld (voor de rapportages). Een "
                "onderwerp wordt nooit verwijderd: maak het inactief, dan is het niet meer te "
                "kiezen en houden klachten het."
            )
        )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, intro)
        self.refresh()

    def fetch_records(self) -> list[SubjectRecord]:
        return self.service.list_subjects(include_inactive=True)

    def open_editor(self, record: SubjectRecord | None) -> QDialog:
        return SubjectDialog.open_for(self, self.service, record, self.record_saved)

    def change_active(self, record: SubjectRecord, active: bool) -> SubjectRecord:
        return self.service.set_subject_active(record.id, active)

    def deactivate_question(self, record: SubjectRecord) -> tuple[str, str, str]:
        return (
            self.tr("Onderwerp inactief maken"),
            arg(
                self.tr(
                    "Wilt u het onderwerp %1 inactief maken? Het is dan niet meer te kiezen bij "
                    "klachten. Klachten die het al hebben, houden het. U kunt het later weer "
                    "actief maken."
                ),
                record.name,
            ),
            self.tr("Inactief maken"),
        )
