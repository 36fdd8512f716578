"""The Behandeling tab of a complaint's window: where the handling stands (status, route,
handler, deadlines, promises, parts and judgment, the copies to the manager) and the steps
the status machine allows from here — only those are offered."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import OPEN_STATUSES, Judgment, Status
from app.services.complaints import ComplaintDetail
from app.services.deadlines import deadline_state
from app.services.errors import ServiceError
from app.services.workflow import END_STATUSES, HandlingState, WorkflowService
from app.ui import messages
from app.ui.common.display import DEADLINE_TEXT, deadline_background, format_date
from app.ui.common.tables import list_table
from app.ui.complaints.detail_tabs import RowsModel, TableRow, size_columns
from app.ui.widgets import arg, enum_text, note_label, service_text
from app.ui.workflow.actions import (
    DIALOGS,
    S,
    action_availability,
    next_step_text,
)
from app.ui.workflow.dialog_base import ActionDialog
from app.ui.workflow.dialogs import (
    CorrectPromiseDialog,
    KeepPromiseDialog,
    WithdrawPromiseDialog,
)
from app.ui.workflow.words import deadline_word

log = logging.getLogger(__name__)


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class HandlingTab(QWidget):
    """Shows the handling and offers its next steps; ``changed`` after each one."""

    changed = Signal()
    reload_requested = Signal()

    def __init__(self, workflow: WorkflowService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workflow = workflow
        self.state: HandlingState | None = None
        self.dialog: ActionDialog | None = None
        self._norm_names: dict[int, str] | None = None
        self._build()

    # ----- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.next_step_label = _value_label()
        self.next_step_label.setObjectName("next_step_label")
        self.next_step_label.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px 10px; }"
        )
        self.unavailable_label = note_label("")
        self.unavailable_label.setVisible(False)

        # Where it stands
        self.status_box = QGroupBox(self.tr("Stand van zaken"))
        status_form = self._form(self.status_box)
        self.status_value = _bold(_value_label())
        self.route_value = _value_label()
        self.handler_value = _value_label()
        self.judgment_value = _value_label()
        self.acknowledged_value = _value_label()
        self.copy_value = _value_label()
        self.outcome_value = _value_label()
        status_form.addRow(self.tr("Status"), self.status_value)
        status_form.addRow(self.tr("Afhandeling"), self.route_value)
        status_form.addRow(self.tr("Behandelaar"), self.handler_value)
        status_form.addRow(self.tr("Oordeel"), self.judgment_value)
        status_form.addRow(self.tr("Ontvangstbevestiging"), self.acknowledged_value)
        status_form.addRow(self.tr("Afschrift leidinggevende"), self.copy_value)
        status_form.addRow(self.tr("Afloop"), self.outcome_value)
        self.status_form = status_form

        # Deadlines
        self.deadline_box = QGroupBox(self.tr("Termijnen"))
        deadline_form = self._form(self.deadline_box)
        self.contact_value = _value_label()
        self.decision_value = _value_label()
        self.extended_value = _value_label()
        self.delay_value = _value_label()
        self.decline_notice_value = _value_label()
        for label in (
            self.contact_value,
            self.decision_value,
            self.extended_value,
            self.delay_value,
            self.decline_notice_value,
        ):
            label.setWordWrap(False)
            # As wide as its text: the colour marks the date, not the whole row.
            label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        deadline_form.addRow(self.tr("Persoonlijk contact"), self.contact_value)
        deadline_form.addRow(self.tr("Beslissing"), self.decision_value)
        deadline_form.addRow(self.tr("Verdaagd tot"), self.extended_value)
        deadline_form.addRow(self.tr("Uitstelbericht"), self.delay_value)
        deadline_form.addRow(self.tr("Bericht niet-behandelen"), self.decline_notice_value)
        self.deadline_form = deadline_form

        # Promises
        self.promise_box = QGroupBox(self.tr("Toezeggingen"))
        self.promise_model = RowsModel(
            [
                self.tr("Toezegging"),
                self.tr("Gedaan op"),
                self.tr("Uiterlijk"),
                self.tr("Nagekomen"),
            ],
            self,
        )
        self.promise_table = list_table(
            self.promise_model, self.tr("Toezeggingen"), stretch_column=0
        )
        size_columns(
            self.promise_table,
            ["", "00-00-0000", "00-00-0000 · binnenkort ·", "00-00-0000 ·"],
        )
        self.promise_empty = note_label(self.tr("Er zijn geen toezeggingen gedaan."))
        self.keep_button = QPushButton(self.tr("Nagekomen…"))
        self.keep_button.setToolTip(self.tr("De gekozen toezegging is nagekomen"))
        self.keep_button.clicked.connect(self.keep_selected_promise)
        self.correct_button = QPushButton(self.tr("Corrigeren…"))
        self.correct_button.setObjectName("promise_correct")
        self.correct_button.clicked.connect(self.correct_selected_promise)
        self.withdraw_promise_button = QPushButton(self.tr("Intrekken…"))
        self.withdraw_promise_button.setObjectName("promise_withdraw")
        self.withdraw_promise_button.clicked.connect(self.withdraw_selected_promise)
        self.promise_table.selectionModel().selectionChanged.connect(self._update_keep_button)
        promise_layout = QVBoxLayout(self.promise_box)
        promise_layout.addWidget(self.promise_table)
        promise_layout.addWidget(self.promise_empty)
        keep_row = QHBoxLayout()
        keep_row.addStretch(1)
        keep_row.addWidget(self.correct_button)
        keep_row.addWidget(self.withdraw_promise_button)
        keep_row.addWidget(self.keep_button)
        promise_layout.addLayout(keep_row)

        # Parts and judgment
        self.parts_box = QGroupBox(self.tr("Formele behandeling"))
        self.hearing_value = _value_label()
        self.parts_model = RowsModel(
            [self.tr("Nr."), self.tr("Klachtonderdeel"), self.tr("Oordeel"), self.tr("Normen")],
            self,
        )
        self.parts_table = list_table(
            self.parts_model, self.tr("Klachtonderdelen"), stretch_column=3
        )
        size_columns(
            self.parts_table, ["00", "De toon van het telefoongesprek", "nog geen oordeel"]
        )
        self.parts_empty = note_label(
            self.tr(
                "Er zijn geen klachtonderdelen vastgelegd. Elk onderdeel krijgt bij het "
                "oordeel zijn eigen oordeel."
            )
        )
        parts_layout = QVBoxLayout(self.parts_box)
        hearing_row = QHBoxLayout()
        hearing_row.addWidget(QLabel(self.tr("Horen:")))
        hearing_row.addWidget(self.hearing_value, 1)
        parts_layout.addLayout(hearing_row)
        parts_layout.addWidget(self.parts_table)
        parts_layout.addWidget(self.parts_empty)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.next_step_label)
        left_layout.addWidget(self.unavailable_label)
        top_row = QHBoxLayout()
        top_row.setSpacing(10)
        top_row.addWidget(self.status_box, 1)
        top_row.addWidget(self.deadline_box, 1)
        left_layout.addLayout(top_row)
        left_layout.addWidget(self.promise_box)
        left_layout.addWidget(self.parts_box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)

        layout = QHBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._build_actions())

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        return form

    def _build_actions(self) -> QWidget:
        labels = {
            "assign": self.tr("Behandelaar toewijzen…"),
            "first_contact": self.tr("Eerste contact vastleggen…"),
            "promise": self.tr("Toezegging…"),
            "informal": self.tr("Informeel afronden…"),
            "formal": self.tr("Formeel behandelen…"),
            "hearing": self.tr("Horen vastleggen…"),
            "hearing_report": self.tr("Verslag van het horen…"),
            "judge": self.tr("Oordeel…"),
            "close": self.tr("Afsluiten…"),
            "reopen": self.tr("Heropenen…"),
            "extend": self.tr("Verdagen…"),
            "further_extend": self.tr("Verder verdagen met instemming…"),
            "delay": self.tr("Uitstelbericht…"),
            "decline": self.tr("Niet in behandeling nemen…"),
            "review": self.tr("Doorzetten als herzieningsverzoek…"),
            "withdraw": self.tr("Intrekken…"),
            "acknowledge": self.tr("Ontvangst bevestigd…"),
            "manager_copy": self.tr("Afschrift leidinggevende…"),
            "signer": self.tr("Ondertekenaar beslissing…"),
        }
        groups = (
            (
                self.tr("Behandeling"),
                (
                    "assign",
                    "first_contact",
                    "promise",
                    "informal",
                    "formal",
                    "hearing",
                    "hearing_report",
                    "judge",
                    "signer",
                    "close",
                    "reopen",
                ),
            ),
            (self.tr("Termijn"), ("extend", "further_extend", "delay")),
            (self.tr("Andere afloop"), ("decline", "review", "withdraw")),
            (self.tr("Verzonden"), ("acknowledge", "manager_copy")),
        )
        self.buttons: dict[str, QPushButton] = {}
        self.action_groups: list[tuple[QGroupBox, tuple[str, ...]]] = []
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.setSpacing(10)
        for title, keys in groups:
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.setSpacing(4)
            for key in keys:
                button = QPushButton(labels[key])
                button.setObjectName(f"action_{key}")
                button.clicked.connect(lambda _checked=False, k=key: self.open_action(k))
                self.buttons[key] = button
                box_layout.addWidget(button)
            self.action_groups.append((box, keys))
            panel_layout.addWidget(box)

        self.flags_box = QGroupBox(self.tr("Kenmerken"))
        self.urgent_check = QCheckBox(self.tr("Spoed"))
        self.urgent_check.setToolTip(self.tr("Gaat voor: bovenaan in Vandaag en het register"))
        self.fast_lane_check = QCheckBox(self.tr("Snelle afhandeling"))
        self.fast_lane_check.setToolTip(
            self.tr("Een eenvoudige klacht over de duur, die snel kan worden afgehandeld")
        )
        self.urgent_check.clicked.connect(self._flags_clicked)
        self.fast_lane_check.clicked.connect(self._flags_clicked)
        flags_layout = QVBoxLayout(self.flags_box)
        flags_layout.addWidget(self.urgent_check)
        flags_layout.addWidget(self.fast_lane_check)
        panel_layout.addWidget(self.flags_box)
        panel_layout.addStretch(1)
        panel.setMinimumWidth(panel.sizeHint().width() + 20)
        return panel

    # ----- loading ----------------------------------------------------------------------

    def load(self, detail: ComplaintDetail) -> None:
        try:
            state = self.workflow.state(detail.id)
        except ServiceError as error:
            log.info("handling not shown: %s", type(error).__name__)
            self.state = None
            self.unavailable_label.setText(service_text(error.message))
            self.unavailable_label.setVisible(True)
            for button in self.buttons.values():
                button.setVisible(False)
            return
        self.show_state(state)

    def current_version(self) -> int:
        return self.state.version if self.state is not None else 0

    def show_state(self, state: HandlingState) -> None:
        self.state = state
        self.unavailable_label.setVisible(False)
        self.next_step_label.setText(next_step_text(state))
        self._show_status(state)
        self._show_deadlines(state)
        self._show_promises(state)
        self._show_parts(state)
        self._show_actions(state)

    def _show_status(self, state: HandlingState) -> None:
        self.status_value.setText(enum_text(state.status))
        self.route_value.setText(
            enum_text(state.route) if state.route else self.tr("nog niet gekozen")
        )
        self.handler_value.setText(state.handler_name or self.tr("nog geen behandelaar"))
        judged = state.judgment is not None and state.judgment != Judgment.NONE
        self.judgment_value.setText(enum_text(state.judgment) if judged and state.judgment else "")
        self._row_visible(self.judgment_value, judged)
        self.acknowledged_value.setText(
            arg(self.tr("verstuurd op %1"), format_date(state.acknowledged_on))
            if state.acknowledged_on
            else self.tr("nog niet vastgelegd")
        )
        start = (
            format_date(state.manager_copy_start_on)
            if state.manager_copy_start_on
            else self.tr("nog niet")
        )
        if state.manager_copy_end_on:
            end = format_date(state.manager_copy_end_on)
        elif state.manager_copy_end_missing_reason:
            end = arg(self.tr("ontbreekt (%1)"), state.manager_copy_end_missing_reason)
        else:
            end = self.tr("nog niet")
        self.copy_value.setText(arg(self.tr("bij de start: %1\nbij de afsluiting: %2"), start, end))
        outcome: list[str] = []
        if state.satisfaction_confirmed_on:
            outcome.append(
                arg(
                    self.tr("klager tevreden, bevestigd op %1 (Awb 9:5)"),
                    format_date(state.satisfaction_confirmed_on),
                )
            )
        if state.status == S.DECLINED and state.decline_ground:
            outcome.append(
                arg(
                    self.tr("niet in behandeling: %1; brief op %2"),
                    enum_text(state.decline_ground).lower(),
                    format_date(state.decline_notice_on),
                )
            )
        if state.closed_on:
            outcome.append(arg(self.tr("afgehandeld op %1"), format_date(state.closed_on)))
        self.outcome_value.setText("\n".join(outcome))
        self._row_visible(self.outcome_value, bool(outcome))

    def _row_visible(self, field: QWidget, visible: bool) -> None:
        self.status_form.setRowVisible(field, visible)

    def _show_deadlines(self, state: HandlingState) -> None:
        running = state.status in OPEN_STATUSES
        # The judgment alone does not stop the clock: the decision letter must go out.
        deciding = state.decision_term_running
        if state.first_contact_on:
            self._deadline(
                self.contact_value,
                arg(self.tr("gehad op %1"), format_date(state.first_contact_on)),
                None,
            )
        elif state.contact_due:
            self._deadline(
                self.contact_value,
                arg(self.tr("uiterlijk %1"), format_date(state.contact_due)),
                state.contact_due if running else None,
            )
        else:
            self._deadline(self.contact_value, "", None)
        if state.extended_to:
            decision = arg(self.tr("%1 (verdaagd)"), format_date(state.decision_due))
            self._deadline(self.decision_value, decision, None)
            extended = arg(
                self.tr("%1 — mededeling op %2"),
                format_date(state.extended_to),
                format_date(state.extension_notice_on),
            )
            if state.extension_consent_file:  # Awb 9:11 lid 2
                extended = arg(
                    self.tr("%1 — verder verdaagd met instemming van de klager (%2)"),
                    format_date(state.extended_to),
                    state.extension_consent_file,
                )
            self._deadline(self.extended_value, extended, state.extended_to if deciding else None)
        else:
            self._deadline(
                self.decision_value,
                format_date(state.decision_due),
                state.decision_due if deciding else None,
            )
            self._deadline(self.extended_value, self.tr("niet verdaagd"), None)
        if state.expected_on:
            delay = arg(
                self.tr("verwacht %1 — bericht op %2"),
                format_date(state.expected_on),
                format_date(state.delay_notice_on),
            )
            self._deadline(self.delay_value, delay, state.expected_on if deciding else None)
        else:
            self._deadline(self.delay_value, self.tr("niet verstuurd"), None)
        # Awb 9:8: only while declining is still possible; after it the notice is on record.
        if state.decline_notice_due is not None and Status.DECLINED in state.allowed:
            self._deadline(
                self.decline_notice_value,
                arg(
                    self.tr("uiterlijk %1 (als de klacht niet in behandeling gaat)"),
                    format_date(state.decline_notice_due),
                ),
                None,
            )
        elif state.decline_notice_on is not None:
            self._deadline(
                self.decline_notice_value,
                arg(self.tr("verstuurd op %1"), format_date(state.decline_notice_on)),
                None,
            )
        else:
            self._deadline(self.decline_notice_value, "", None)

    def _deadline(self, label: QLabel, text: str, live: date | None) -> None:
        """A deadline in words; a running one coloured and with 'te laat' / 'binnenkort'."""
        state = deadline_state(live, date.today()) if live else None
        word = deadline_word(state)
        label.setText(f"{text} · {word}" if word else text)
        background = deadline_background(state)
        if background is None:
            label.setStyleSheet("")
        else:
            weight = "bold" if state == "overdue" else "normal"
            label.setStyleSheet(
                f"QLabel {{ background: {background.name()}; color: {DEADLINE_TEXT.name()};"
                f" border-radius: 3px; padding: 1px 6px; font-weight: {weight}; }}"
            )
        label.setProperty("deadline_state", state or "")

    def _show_promises(self, state: HandlingState) -> None:
        selected = self.selected_promise_id()
        rows = []
        today = date.today()
        for promise in state.promises:
            due = format_date(promise.due_on)
            if promise.owed:
                word = deadline_word(deadline_state(promise.due_on, today))
                if word:
                    due = f"{due} · {word}"
            if promise.withdrawn_on is not None:
                kept = self.tr("ingetrokken")
                tooltip = arg(
                    self.tr("%1\n\nIngetrokken op %2: %3"),
                    promise.text,
                    format_date(promise.withdrawn_on),
                    promise.withdrawn_reason or "",
                )
            else:
                kept = format_date(promise.kept_on) if promise.kept_on else self.tr("nog niet")
                tooltip = promise.text
            rows.append(
                TableRow(
                    (promise.text, format_date(promise.made_on), due, kept),
                    promise.id,
                    bold=promise.owed,
                    tooltip=tooltip,
                    struck=promise.withdrawn_on is not None,
                )
            )
        self.promise_model.set_rows(rows)
        self.promise_table.setVisible(bool(rows))
        self.promise_empty.setVisible(not rows)
        row_height = self.promise_table.verticalHeader().defaultSectionSize()
        header_height = self.promise_table.horizontalHeader().sizeHint().height()
        self.promise_table.setFixedHeight(
            header_height + row_height * max(1, min(len(rows), 5)) + 4
        )
        # The one chosen before, else the first still open: "Nagekomen…" is one click away.
        wanted = selected or next((p.id for p in state.promises if p.owed), None)
        for row, found in enumerate(rows):
            if found.id == wanted:
                self.promise_table.selectRow(row)
        self._update_keep_button()

    def _show_parts(self, state: HandlingState) -> None:
        formal = bool(state.parts) or state.status == S.HEARING
        self.parts_box.setVisible(formal)
        if not formal:
            return
        if state.hearing_skipped_reason:
            hearing = arg(
                self.tr("niet gehoord: %1"), enum_text(state.hearing_skipped_reason).lower()
            )
        elif state.hearing_complainant_on or state.hearing_employee_on:
            hearing = arg(
                self.tr("klager op %1, medewerker op %2"),
                format_date(state.hearing_complainant_on) or self.tr("—"),
                format_date(state.hearing_employee_on) or self.tr("—"),
            )
        else:
            hearing = self.tr("nog niet vastgelegd")
        self.hearing_value.setText(hearing)
        names = self._norm_names_of()
        self.parts_model.set_rows(
            [
                TableRow(
                    (
                        str(part.position),
                        part.text,
                        enum_text(part.judgment) if part.judgment else self.tr("nog geen oordeel"),
                        ", ".join(names.get(n, "") for n in part.norm_ids),
                    ),
                    part.id,
                    tooltip=part.findings or part.text,
                )
                for part in state.parts
            ]
        )
        row_height = self.parts_table.verticalHeader().defaultSectionSize()
        header_height = self.parts_table.horizontalHeader().sizeHint().height()
        self.parts_table.setFixedHeight(
            header_height + row_height * max(1, min(len(state.parts), 6)) + 4
        )
        self.parts_table.setVisible(bool(state.parts))
        self.parts_empty.setVisible(not state.parts)

    def _norm_names_of(self) -> dict[int, str]:
        if self._norm_names is None:
            try:
                self._norm_names = {n.id: n.name for n in self.workflow.norms()}
            except ServiceError:
                return {}
        return self._norm_names

    def _show_actions(self, state: HandlingState) -> None:
        availability = action_availability(state)
        for key, button in self.buttons.items():
            found = availability[key]
            button.setVisible(found.visible)
            button.setEnabled(found.enabled)
            button.setToolTip(found.tip)
        for box, keys in self.action_groups:
            box.setVisible(any(availability[key].visible for key in keys))
        flags_open = state.may_handle and state.status not in END_STATUSES
        self.urgent_check.setChecked(state.urgent)
        self.fast_lane_check.setChecked(state.fast_lane)
        self.urgent_check.setEnabled(flags_open)
        self.fast_lane_check.setEnabled(flags_open)
        self.flags_box.setVisible(state.is_complaint)

    # ----- actions ----------------------------------------------------------------------

    def open_action(self, key: str, **options: object) -> ActionDialog | None:
        """Open the dialog of an action (when it is offered now)."""
        state = self.state
        if state is None or key not in DIALOGS or not self.buttons[key].isEnabled():
            return None
        return self._open(DIALOGS[key], state, **options)

    def _open(
        self, dialog_class: type[ActionDialog], state: HandlingState, **options: object
    ) -> ActionDialog | None:
        # Refused when reading its choices fails.
        dialog = messages.attempt(
            self, lambda: dialog_class(self.workflow, state, self.current_version, self, **options)
        )
        if dialog is messages.REFUSED:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.succeeded.connect(self.changed)
        dialog.stale.connect(self.reload_requested)
        dialog.open()
        self.dialog = dialog
        return dialog

    def selected_promise_id(self) -> int | None:
        rows = self.promise_table.selectionModel().selectedRows()
        return self.promise_model.rows[rows[0].row()].id if rows else None

    def _update_keep_button(self, *_args: object) -> None:
        state = self.state
        chosen = self.selected_promise_id()
        promise = next(
            (p for p in state.promises if p.id == chosen) if state is not None else iter(()),
            None,
        )
        shown = state is not None and state.may_handle and bool(state.promises)
        self.keep_button.setVisible(shown)
        self.keep_button.setEnabled(promise is not None and promise.owed)
        # Correcting and withdrawing: until a sent letter quoted the promise.
        changeable = (
            promise is not None
            and promise.withdrawn_on is None
            and state is not None
            and state.status not in END_STATUSES
        )
        quoted = promise is not None and promise.in_sent_letter
        tip = (
            self.tr(
                "Deze toezegging staat al in een verzonden brief of e-mail aan de klager en "
                "kan niet meer worden gecorrigeerd of ingetrokken."
            )
            if quoted
            else ""
        )
        self.correct_button.setToolTip(
            tip or self.tr("Tekst of termijn van de gekozen toezegging verbeteren")
        )
        self.withdraw_promise_button.setToolTip(
            tip or self.tr("De gekozen toezegging intrekken (blijft doorgestreept zichtbaar)")
        )
        for button in (self.correct_button, self.withdraw_promise_button):
            button.setVisible(shown)
            button.setEnabled(changeable and not quoted)
        self.withdraw_promise_button.setEnabled(
            changeable and not quoted and promise is not None and promise.kept_on is None
        )

    def keep_selected_promise(self) -> ActionDialog | None:
        promise_id = self.selected_promise_id()
        if self.state is None or promise_id is None or not self.keep_button.isEnabled():
            return None
        return self._open(KeepPromiseDialog, self.state, promise_id=promise_id)

    def correct_selected_promise(self) -> ActionDialog | None:
        promise_id = self.selected_promise_id()
        if self.state is None or promise_id is None or not self.correct_button.isEnabled():
            return None
        return self._open(CorrectPromiseDialog, self.state, promise_id=promise_id)

    def withdraw_selected_promise(self) -> ActionDialog | None:
        promise_id = self.selected_promise_id()
        if self.state is None or promise_id is None or not self.withdraw_promise_button.isEnabled():
            return None
        return self._open(WithdrawPromiseDialog, self.state, promise_id=promise_id)

    def _flags_clicked(self) -> None:
        state = self.state
        if state is None:
            return
        try:
            self.workflow.set_flags(
                state.complaint_id,
                urgent=self.urgent_check.isChecked(),
                fast_lane=self.fast_lane_check.isChecked(),
                version=state.version,
            )
        except ServiceError as error:
            self.urgent_check.setChecked(state.urgent)
            self.fast_lane_check.setChecked(state.fast_lane)
            messages.show_service_error(self, error, on_close=self.reload_requested.emit)
            return
        self.changed.emit()
