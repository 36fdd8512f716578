"""Registering a complaint or a signal (process step 1), with the form laid out like annex 3.

Possible duplicate complainants are looked up while typing (quietly, in the side panel);
validation messages appear beside their fields and nothing typed is ever lost; after a
successful registration the dialog shows the number and the deadlines, and can start the
next registration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.complainants import ComplainantMatch, ComplainantService
from app.services.errors import ServiceError, ValidationError
from app.services.follow_ups import FiledFollowUps, FollowUpService, follow_up_uploads
from app.services.intake import IntakeResult, IntakeService
from app.services.mail_intake import FIELD as MAIL_FIELD
from app.services.mail_intake import is_mail_file, read_mail_file
from app.services.names import stored_parts
from app.services.organisation import OrganisationService
from app.services.permissions import CurrentUser
from app.services.settings import SettingsService
from app.ui import messages
from app.ui.common.weak import weak_callback
from app.ui.complaints.attachment_list import local_paths
from app.ui.complaints.complainant_matches import ComplainantMatchesPanel
from app.ui.complaints.intake_form import IntakeForm
from app.ui.complaints.intake_result import IntakeResultView
from app.ui.files import Purpose, start_folder
from app.ui.widgets import ErrorLabel, arg, fit_to_screen, service_text, set_tab_order
from app.wording import counted

MATCH_DELAY_MS = 400


class IntakeDialog(QDialog):
    registered = Signal(object)  # IntakeResult

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intake = IntakeService(db, user)
        self.complainants = ComplainantService(db, user)
        self.follow_ups = FollowUpService(db, user)
        self.filed: FiledFollowUps | None = None
        settings = SettingsService(db, user)
        self.existing: ComplainantMatch | None = None
        self.last_result: IntakeResult | None = None
        self.confirm_box: QMessageBox | None = None
        self._filled: dict[QLineEdit, tuple[str, str]] = {}  # edit → (before, filled in)
        self._close_confirmed = False

        self.setWindowTitle(self.tr("Klacht of signaal registreren"))
        self.setMinimumSize(960, 600)

        self.general_error = ErrorLabel()
        self.general_error.setObjectName("summaryError")
        self.form = IntakeForm(
            settings.organisation_name(), settings.attachment_max_bytes(), self.general_error
        )
        self.form.layout_changed.connect(self._update_tab_order)
        self.form.search_fields_edited.connect(self._schedule_match_search)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.form)
        self.matches = ComplainantMatchesPanel()
        self.matches.use_requested.connect(self.use_complainant)
        self.matches.unlink_requested.connect(self.unlink_complainant)
        self.matches.file_requested.connect(self.file_as_follow_up)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.form_page = QWidget()
        page_row = QHBoxLayout(self.form_page)
        page_row.setContentsMargins(0, 0, 0, 0)
        page_row.setSpacing(14)
        page_row.addWidget(self.scroll, 1)
        page_row.addWidget(separator)
        page_row.addWidget(self.matches)

        self.result_view = IntakeResultView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.form_page)
        self.stack.addWidget(self.result_view)

        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.register_button = self.buttons.addButton(self.tr("&Registreren"), role.AcceptRole)
        self.register_button.setToolTip(self.tr("Registreren (Ctrl+Enter)"))
        self.cancel_button = self.buttons.addButton(self.tr("Annuleren"), role.RejectRole)
        self.another_button = self.buttons.addButton(
            self.tr("Nog een &registreren"), role.ActionRole
        )
        self.close_button = self.buttons.addButton(self.tr("&Sluiten"), role.RejectRole)
        # For keyboard users: what dropping a message on the dialog does.
        self.mail_button = self.buttons.addButton(self.tr("&E-mail inlezen…"), role.HelpRole)
        self.mail_button.setToolTip(
            self.tr("Een opgeslagen e-mail (.eml of .msg) inlezen; u kunt hem ook hierheen slepen")
        )
        self.mail_button.clicked.connect(self.choose_mail)
        self.mail_dialog: QFileDialog | None = None
        self.setAcceptDrops(True)
        self.form.attachments.mail_dropped.connect(self.read_mail_files)
        self.register_button.clicked.connect(self.register)
        self.cancel_button.clicked.connect(self.reject)
        self.another_button.clicked.connect(self.start_another)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.general_error)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)

        self._match_timer = QTimer(self)
        self._match_timer.setSingleShot(True)
        self._match_timer.setInterval(MATCH_DELAY_MS)
        self._match_timer.timeout.connect(self.look_for_matches)

        try:
            employees = OrganisationService(db, user).list_employees(include_inactive=False)
        except ServiceError:
            employees = []  # names can still be typed as the complainant gave them
        self.form.employees.set_employees(employees)

        self._show_form_buttons(True)
        self._update_tab_order()
        self.form.salutation_combo.setFocus()
        fit_to_screen(self, 1060, 800)

    @classmethod
    def open_new(
        cls,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None,
        on_registered: Callable[[IntakeResult], None],
    ) -> Self:
        """Show the dialog (window-modal, not blocking); ``on_registered`` runs after every
        successful registration (the dialog can register several in a row)."""
        dialog = cls(db, user, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(on_registered)
        dialog.open()
        return dialog

    # ----- registering ----------------------------------------------------------------------

    def register(self) -> None:
        if self.stack.currentWidget() is not self.form_page:
            return
        self.form.errors.clear()
        data = self.form.intake_data(self.existing.id if self.existing else None)
        try:
            result = self.intake.register(data)
        except ValidationError as error:
            first = self.form.show_errors(error)
            if first is not None:
                self.scroll.ensureWidgetVisible(first, 20, 40)
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.last_result = result
        self._match_timer.stop()
        self.result_view.show_result(
            result,
            kind=data.kind,
            channel=data.channel,
            received_on=data.received_on or QDate.currentDate().toPython(),
            complainant_name=data.complainant.display_name
            or (self.existing and self.existing.name),
        )
        self.stack.setCurrentWidget(self.result_view)
        self._show_form_buttons(False)
        self.close_button.setFocus()
        self.registered.emit(result)

    def file_as_follow_up(self, number: str) -> None:
        """File what came in with the open complaint ``number`` of the linked complainant
        instead of registering a new complaint; then the form is empty for the next one."""
        if self.existing is None or self.stack.currentWidget() is not self.form_page:
            return
        data = self.form.intake_data(self.existing.id)
        uploads = follow_up_uploads(
            data.description,
            data.attachments,
            data.received_on or QDate.currentDate().toPython(),
        )
        filed = messages.attempt(
            self,
            lambda: self.follow_ups.file_with_open_complaint(number, self.existing.id, uploads),
        )
        if filed is messages.REFUSED:
            return
        self.filed = filed
        self.start_another()
        messages.information(
            self,
            self.tr("Volgstuk toegevoegd"),
            arg(
                self.tr("Bij klacht %1 toegevoegd als volgstuk: %2."),
                filed.number,
                counted(filed.count, self.tr("document"), self.tr("documenten")),
            ),
        )

    def start_another(self) -> None:
        """Back to an empty form for the next registration."""
        self._match_timer.stop()
        self.form.clear()
        self.existing = None
        self._filled = {}
        self.matches.show_linked(None)
        self.matches.show_idle()
        self.stack.setCurrentWidget(self.form_page)
        self._show_form_buttons(True)
        self.scroll.verticalScrollBar().setValue(0)
        self._update_tab_order()
        self.form.salutation_combo.setFocus()

    # ----- e-mail intake --------------------------------------------------------------------

    def choose_mail(self) -> None:
        dialog = QFileDialog(
            self,
            self.tr("E-mail inlezen"),
            str(start_folder(Purpose.ATTACHMENT)),
            self.tr("E-mailberichten (*.eml *.msg)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self.read_mail_files)
        self.mail_dialog = dialog
        dialog.open()

    def read_mail_files(self, paths: list[str]) -> None:
        """Fill the form from the dropped or chosen messages."""
        if self.stack.currentWidget() is not self.form_page:
            return
        problems: list[str] = []
        max_bytes = self.form.attachments.max_bytes
        for path in paths:
            try:
                message = read_mail_file(path, max_bytes)
            except ValidationError as error:
                problems.append(service_text(error.errors.get(MAIL_FIELD, error.message)))
                continue
            problems.extend(self.form.fill_from_mail(message))
        self.form.attachments.error_label.show_message("\n".join(problems) or None)
        self._update_tab_order()

    def _mail_paths(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[str]:
        if self.stack.currentWidget() is not self.form_page:
            return []
        return [path for path in local_paths(event.mimeData()) if is_mail_file(path)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._mail_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._mail_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._mail_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.read_mail_files(paths)

    def _show_form_buttons(self, form: bool) -> None:
        for button in (self.register_button, self.cancel_button, self.mail_button):
            button.setVisible(form)
        for button in (self.another_button, self.close_button):
            button.setVisible(not form)
        self.register_button.setDefault(form)
        self.close_button.setDefault(not form)

    def has_unsaved_input(self) -> bool:
        if self.stack.currentWidget() is not self.form_page:
            return False
        return self.form.has_input() or self.existing is not None

    # ----- possible duplicates --------------------------------------------------------------

    def _schedule_match_search(self) -> None:
        if self.existing is None:
            self._match_timer.start()

    def look_for_matches(self) -> None:
        """Ask for complainants who may be this person; the answer goes to the side panel."""
        if self.existing is not None:
            return
        data = self.form.complainant_data()
        if not any(
            (data.display_name, data.postcode, data.email, data.phone_day, data.phone_evening)
        ):
            self.matches.show_idle()
        else:
            try:
                found = self.complainants.find_matches(data)
            except ServiceError as error:
                self.matches.show_problem(service_text(error.message))
            else:
                self.matches.show_matches(found)
        self._update_tab_order()

    def use_complainant(self, match: ComplainantMatch) -> None:
        """Register for this existing complainant. The name becomes the record's; an empty
        e-mail field takes the record's address (other empty fields keep the record's data
        when registering)."""
        self._match_timer.stop()
        self.existing = match
        self._filled = {}
        parts = stored_parts(match.name)
        form = self.form
        fills = [
            (form.initials_edit, parts.initials, True, "initials"),
            (form.first_name_edit, parts.first_name, True, "first_name"),
            (form.infix_edit, parts.infix, True, "infix"),
            (form.surname_edit, parts.surname, True, "surname"),
            (form.email_edit, match.email, False, "email"),
        ]
        for edit, value, replace, field in fills:
            before = edit.text()
            if replace and match.name and not value:
                value = ""  # the record's name has no such part: the typed one goes
            if value is None or (not replace and before.strip()) or before == value:
                continue
            edit.setText(value)
            self._filled[edit] = (before, value)
            form.errors.label_for(field).show_message(None)
        self.form.errors.label_for("contact").show_message(None)
        self.matches.show_linked(match)
        self._update_tab_order()
        self.matches.banner.unlink_button.setFocus()

    def unlink_complainant(self) -> None:
        """Undo ``use_complainant``: the fields it filled get back what they held (unless
        they were changed since)."""
        self.existing = None
        for edit, (before, filled) in self._filled.items():
            if edit.text() == filled:
                edit.setText(before)
        self._filled = {}
        self.matches.show_linked(None)
        self.look_for_matches()
        self.form.surname_edit.setFocus()

    # ----- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter registers from any field (the fields pass it on to the dialog)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            self.register()
            return
        super().keyPressEvent(event)

    def _update_tab_order(self) -> None:
        set_tab_order(
            [
                *self.form.focus_chain(),
                *self.matches.focus_chain(),
                self.register_button,
                self.cancel_button,
            ]
        )

    # ----- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Annuleren, Sluiten and the window's close button: ask first when typed data
        would be lost."""
        if self._close_confirmed or not self.has_unsaved_input():
            self._match_timer.stop()
            super().reject()
            return
        if self.confirm_box is not None:
            return
        self.confirm_box = messages.confirm(
            self,
            self.tr("Niet geregistreerd"),
            self.tr(
                "U heeft gegevens ingevuld die nog niet zijn geregistreerd. Als u het venster "
                "sluit, gaan ze verloren."
            ),
            self.tr("Sluiten zonder registreren"),
            weak_callback(self._close_anyway),
            cancel_label=self.tr("Terug naar het formulier"),
        )
        self.confirm_box.finished.connect(self._confirm_finished)

    def _confirm_finished(self, _result: int) -> None:
        self.confirm_box = None

    def _close_anyway(self) -> None:
        self._close_confirmed = True
        self.reject()
