"""The judgment screen: per complaint part its findings, a judgment (gegrond, deels
gegrond, ongegrond) and the norms of proper conduct it concerns, grouped by the four core
values; the judgment of the whole complaint follows from the parts (Awb 9:12)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CoreValue, Judgment
from app.services.workflow import NormOption, PartJudgment, PartView, overall_judgment
from app.ui.widgets import arg, enum_text
from app.ui.workflow.dialog_base import ActionDialog

JUDGMENTS = (Judgment.UPHELD, Judgment.PARTLY_UPHELD, Judgment.NOT_UPHELD)


class PartEditor(QGroupBox):
    """One complaint part: findings, judgment and norms."""

    changed = Signal()

    def __init__(
        self, part: PartView, norms: list[NormOption], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.part = part
        self.setTitle(arg(self.tr("Onderdeel %1"), part.position))
        text = QLabel(part.text)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = text.font()
        font.setBold(True)
        text.setFont(font)

        self.findings_edit = QPlainTextEdit(part.findings or "")
        self.findings_edit.setTabChangesFocus(True)
        self.findings_edit.setAccessibleName(
            arg(self.tr("Bevindingen bij onderdeel %1"), part.position)
        )
        self.findings_edit.setPlaceholderText(
            self.tr("Wat is er gebeurd, wat zeggen klager en medewerker, wat is vastgesteld?")
        )
        self.findings_edit.setFixedHeight(self.findings_edit.fontMetrics().lineSpacing() * 4 + 16)

        self.judgment_group = QButtonGroup(self)
        self.judgment_buttons: dict[Judgment, QRadioButton] = {}
        judgment_row = QHBoxLayout()
        judgment_row.setSpacing(16)
        judgment_label = QLabel(self.tr("Oordeel:"))
        judgment_row.addWidget(judgment_label)
        for judgment in JUDGMENTS:
            button = QRadioButton(enum_text(judgment))
            self.judgment_group.addButton(button)
            self.judgment_buttons[judgment] = button
            judgment_row.addWidget(button)
            button.toggled.connect(self._judgment_toggled)
        judgment_row.addStretch(1)
        if part.judgment in self.judgment_buttons:
            self.judgment_buttons[part.judgment].setChecked(True)

        self.norm_boxes: dict[int, QCheckBox] = {}
        norms_grid = QGridLayout()
        norms_grid.setHorizontalSpacing(18)
        norms_grid.setVerticalSpacing(2)
        for column, value in enumerate(CoreValue):
            heading = QLabel(enum_text(value))
            heading_font = heading.font()
            heading_font.setBold(True)
            heading.setFont(heading_font)
            norms_grid.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignTop)
            for row, norm in enumerate((n for n in norms if n.core_value == value), start=1):
                box = QCheckBox(norm.name)
                box.setChecked(norm.id in part.norm_ids)
                self.norm_boxes[norm.id] = box
                norms_grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)
        norms_grid.setRowStretch(norms_grid.rowCount(), 1)
        norms_label = QLabel(self.tr("Behoorlijkheidsnormen die het onderdeel raakt:"))

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(text)
        findings_label = QLabel(self.tr("Bevindingen"))
        findings_label.setBuddy(self.findings_edit)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings_edit)
        layout.addLayout(judgment_row)
        layout.addSpacing(4)
        layout.addWidget(norms_label)
        layout.addLayout(norms_grid)

    def _judgment_toggled(self, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def judgment(self) -> Judgment:
        for judgment, button in self.judgment_buttons.items():
            if button.isChecked():
                return judgment
        return Judgment.NONE

    def norm_ids(self) -> tuple[int, ...]:
        return tuple(norm_id for norm_id, box in self.norm_boxes.items() if box.isChecked())

    def result(self) -> PartJudgment:
        return PartJudgment(
            part_id=self.part.id,
            judgment=self.judgment(),
            findings=self.findings_edit.toPlainText(),
            norm_ids=self.norm_ids(),
        )


class JudgmentDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Oordeel"),
            self.tr("Oordeel vastleggen"),
            self.tr(
                "Geef per klachtonderdeel de bevindingen en het oordeel, en kies de "
                "behoorlijkheidsnormen die het raakt. Het oordeel over de hele klacht volgt "
                "uit de onderdelen."
            ),
        )
        norms = self.workflow.norms()
        self.editors: list[PartEditor] = []
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 8, 0)
        content_layout.setSpacing(12)
        for part in self.state.parts:
            editor = PartEditor(part, norms)
            editor.changed.connect(self._update_overall)
            self.editors.append(editor)
            content_layout.addWidget(self.errors.add(f"part_{part.position}", editor))
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        # Tab goes straight to the parts' fields; the area follows the focused one.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.overall_label = QLabel()
        self.overall_label.setObjectName("overall_label")
        overall_font = self.overall_label.font()
        overall_font.setBold(True)
        self.overall_label.setFont(overall_font)
        self.extra_layout.addWidget(scroll, 1)
        self.extra_layout.addWidget(self.overall_label)
        self.use_extra_as_main()
        self._update_overall()

    def preferred_size(self) -> tuple[int | None, int | None]:
        return 1040, 760

    def overall(self) -> Judgment | None:
        judgments = [editor.judgment() for editor in self.editors]
        if not judgments or Judgment.NONE in judgments:
            return None
        return overall_judgment(judgments)

    def _update_overall(self) -> None:
        overall = self.overall()
        if overall is None:
            self.overall_label.setText(
                self.tr("Oordeel over de hele klacht: volgt als elk onderdeel een oordeel heeft.")
            )
        else:
            self.overall_label.setText(
                arg(self.tr("Oordeel over de hele klacht: %1"), enum_text(overall).lower())
            )

    def submit(self) -> bool:
        self.workflow.judge(
            self.state.complaint_id,
            [editor.result() for editor in self.editors],
            version=self.version(),
        )
        return True
