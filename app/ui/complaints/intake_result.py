"""What the intake dialog shows after a successful registration: the number, the deadlines,
related open cases and the coordinator's task."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Channel, ComplaintKind
from app.services.intake import IntakeResult
from app.ui.common.display import no_response_text
from app.ui.widgets import arg, enum_text, note_label, service_text

CONTENT_MAX_WIDTH = 680
SUCCESS_STYLE = (
    "QFrame#registeredBanner { background: #e7f4ea; border: 1px solid #39870c;"
    " border-radius: 6px; } QFrame#registeredBanner QLabel { color: #1b3d0a; }"
)
TASK_STYLE = (
    "QFrame#taskNote { background: #fff7dc; border: 1px solid #c69c00; border-radius: 6px; }"
    " QFrame#taskNote QLabel { color: #3d2f00; }"
)

PERSISTENT_NOTE_STYLE = TASK_STYLE.replace("taskNote", "persistentNote")


def date_text(value: date | None) -> str:
    """dd-mm-jjjj, the way dates are written in this organisation."""
    return value.strftime("%d-%m-%Y") if value else ""


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _framed(name: str, style: str, *widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(style)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


class IntakeResultView(QWidget):
    # "Klacht openen": the complaint just registered, by id (whoever shows this view opens it).
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.complaint_id: int | None = None
        self.number_label = _bold(_label(), 1.4)
        self.number_label.setObjectName("registeredNumber")
        self.summary_label = _label()
        self.open_button = QPushButton(self.tr("Klacht &openen"))
        self.open_button.setObjectName("openRegistered")
        self.open_button.setToolTip(self.tr("De zojuist geregistreerde klacht openen"))
        self.open_button.clicked.connect(self._open_clicked)
        open_row = QHBoxLayout()
        open_row.setContentsMargins(0, 6, 0, 0)
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        open_holder = QWidget()
        open_holder.setLayout(open_row)
        banner = _framed(
            "registeredBanner",
            SUCCESS_STYLE,
            self.number_label,
            self.summary_label,
            open_holder,
        )
        self.persistent_label = _bold(_label())
        self.persistent_frame = _framed(
            "persistentNote", PERSISTENT_NOTE_STYLE, self.persistent_label
        )

        self.contact_due_label = _bold(_label())
        self.decision_due_label = _bold(_label())
        self.deadlines_widget = QWidget()
        deadlines = QFormLayout(self.deadlines_widget)
        deadlines.setContentsMargins(0, 0, 0, 0)
        deadlines.setHorizontalSpacing(16)
        deadlines.setVerticalSpacing(6)
        deadlines.addRow(self.tr("Contact met de klager uiterlijk:"), self.contact_due_label)
        deadlines.addRow(self.tr("Beslissing uiterlijk:"), self.decision_due_label)
        self.signal_note = note_label(
            self.tr(
                "Een signaal krijgt geen reactie en geen termijnen; het telt mee bij de "
                "verbetering van de dienstverlening."
            )
        )

        self.related_heading = _bold(_label(self.tr("Lopende zaken die hiermee samenhangen")))
        self.related_label = _label()
        self.dossiers_heading = _bold(_label(self.tr("Dossiers")))
        self.dossiers_label = _label()
        self.task_label = _label(
            self.tr("Taak aangemaakt voor de klachtcoördinator: informeer betrokken medewerkers")
        )
        self.task_frame = _framed("taskNote", TASK_STYLE, self.task_label)

        content = QWidget()
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(banner)
        column.addWidget(self.persistent_frame)
        column.addSpacing(4)
        column.addWidget(self.deadlines_widget)
        column.addWidget(self.signal_note)
        column.addSpacing(4)
        column.addWidget(self.related_heading)
        column.addWidget(self.related_label)
        column.addWidget(self.dossiers_heading)
        column.addWidget(self.dossiers_label)
        column.addSpacing(4)
        column.addWidget(self.task_frame)
        column.addStretch(1)

        row = QHBoxLayout(self)
        row.setContentsMargins(24, 32, 24, 16)
        row.addStretch(1)
        row.addWidget(content, 4)
        row.addStretch(1)

    def show_result(
        self,
        result: IntakeResult,
        *,
        kind: ComplaintKind,
        channel: Channel,
        received_on: date,
        complainant_name: str | None,
    ) -> None:
        self.complaint_id = result.complaint_id
        self.number_label.setText(arg(self.tr("Geregistreerd als %1"), result.number))
        what = self.tr("Klacht") if kind == ComplaintKind.COMPLAINT else self.tr("Signaal")
        self.open_button.setText(
            self.tr("Klacht &openen")
            if kind == ComplaintKind.COMPLAINT
            else self.tr("Signaal &openen")
        )
        summary = arg(
            self.tr("%1, ontvangen op %2 per %3"),
            what,
            date_text(received_on),
            enum_text(Channel(channel)).lower(),
        )
        if complainant_name:
            summary = arg(self.tr("%1, van %2"), summary, complainant_name)
        self.summary_label.setText(summary)

        has_terms = result.contact_due is not None or result.decision_due is not None
        self.contact_due_label.setText(date_text(result.contact_due) or "—")
        self.decision_due_label.setText(date_text(result.decision_due) or "—")
        self.deadlines_widget.setVisible(has_terms)
        self.signal_note.setVisible(not has_terms)

        related = []
        for case in result.related:
            handler = case.handler_name or self.tr("nog geen behandelaar")
            related.append(
                arg(
                    self.tr("%1 — %2, %3 (%4)"),
                    case.number,
                    enum_text(case.status).lower(),
                    handler,
                    service_text(case.reason),
                )
            )
        self.related_label.setText("\n".join(related))
        self.related_heading.setVisible(bool(related))
        self.related_label.setVisible(bool(related))
        self.dossiers_label.setText(", ".join(result.related_dossiers))
        self.dossiers_heading.setVisible(bool(result.related_dossiers))
        self.dossiers_label.setVisible(bool(result.related_dossiers))
        self.task_frame.setVisible(result.task_id is not None)
        warning = no_response_text(result.no_response_subjects, result.no_response_notice_on)
        self.persistent_label.setText(warning)
        self.persistent_frame.setVisible(bool(warning))

    def _open_clicked(self) -> None:
        if self.complaint_id is not None:
            self.open_requested.emit(self.complaint_id)

    def text(self) -> str:
        """Everything shown, for tests and for copying."""
        labels = [
            self.number_label,
            self.summary_label,
            self.persistent_label,
            self.contact_due_label,
            self.decision_due_label,
            self.related_label,
            self.dossiers_label,
            self.task_label,
        ]
        return "\n".join(label.text() for label in labels if label.isVisibleTo(self))
