"""The frame of the handling dialogs: a short explanation, a form with messages beside the
fields, and a button that calls the workflow service with the window's version.

A refusal never loses what was typed: field messages appear under their fields, other
refusals (for example a second extension) in red above the form, and a change made
elsewhere meanwhile makes the window reload while the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ConcurrentEditError, ServiceError, ValidationError
from app.services.workflow import HandlingState, WorkflowService
from app.ui.widgets import (
    ErrorLabel,
    FieldErrors,
    FieldWithError,
    arg,
    fit_to_screen,
    grow_to_fit,
    scroll_area,
    service_text,
    set_tab_order,
)

DATE_FORMAT = "dd-MM-yyyy"
FIELD_MIN_WIDTH = 320


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(value: date | None = None) -> QDateEdit:
    """A date field shown as dd-mm-jjjj with a calendar to pick from."""
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(value or date.today()))
    return edit


def date_of(edit: QDateEdit) -> date:
    value: date = edit.date().toPython()
    return value


class OptionalDate(QWidget):
    """A date that may be left out: a check box in front of the date field."""

    def __init__(self, text: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = date_edit(value)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setAccessibleName(text)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return date_of(self.edit) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


class ActionDialog(QDialog):
    """Subclasses build their rows with ``add_row`` and implement ``submit``.

    ``version`` gives the complaint's version as the window knows it now (it changes when
    the window reloads). ``succeeded`` is emitted after the service accepted the action;
    ``stale`` when the complaint changed elsewhere and the window should reload.
    """

    succeeded = Signal()
    stale = Signal()

    def __init__(
        self,
        workflow: WorkflowService,
        state: HandlingState,
        version: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workflow = workflow
        self.state = state
        self.version = version
        self.setMinimumWidth(560)

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.intro_label.setVisible(False)
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("general_error")
        self.errors = FieldErrors(self.general_error)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(8)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            QCoreApplication.translate("ActionDialog", "Vastleggen"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("ActionDialog", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # The content scrolls when the screen is small; the message about the whole action
        # and the buttons stay in view outside the scroll area.
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        self.body.addWidget(self.intro_label)
        self.body.addLayout(self.form)
        self.extra_layout = QVBoxLayout()  # for content beside the form (subclasses)
        self.body.addLayout(self.extra_layout)
        self._stretch_index = self.body.count()
        self.body.addStretch(1)
        self.scroll = scroll_area(content)
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        outer.addWidget(self.general_error)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.buttons)
        self._fitted = False

    def setVisible(self, visible: bool) -> None:
        # Sized once, when the subclass has built its rows and before Qt places the window.
        if visible and not self._fitted:
            self._fitted = True
            fit_to_screen(self, *self.preferred_size())
            self._buttons_last_in_tab_order()
        super().setVisible(visible)

    def _buttons_last_in_tab_order(self) -> None:
        """The buttons were made before the subclass built its fields, so Tab reached them
        first; on the screen they are below the fields, and Tab follows the screen."""
        content = self.scroll.widget()
        last: QWidget | None = None
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if content.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None:
            set_tab_order([last, self.ok_button, self.cancel_button])

    def preferred_size(self) -> tuple[int | None, int | None]:
        """The starting width and height (None: what the content asks)."""
        return None, None

    # ----- building ---------------------------------------------------------------------

    def set_texts(self, title: str, ok_label: str, intro: str = "") -> None:
        self.setWindowTitle(title)
        self.ok_button.setText(ok_label)
        self.intro_label.setText(intro)
        self.intro_label.setVisible(bool(intro))

    def use_extra_as_main(self) -> None:
        """The content below the form takes the spare height (a long scrolling list)."""
        self.body.setStretch(self._stretch_index, 0)
        self.body.setStretch(self._stretch_index - 1, 1)

    def add_row(self, label: str, name: str, field: QWidget) -> FieldWithError:
        """A form row; ``name`` is the service's field name (for its messages)."""
        wrapper = self.errors.add(name, field)
        if field.minimumWidth() < FIELD_MIN_WIDTH and not isinstance(
            field, QLabel | QDateEdit | QSpinBox
        ):
            field.setMinimumWidth(FIELD_MIN_WIDTH)
            field.setSizePolicy(QSizePolicy.Policy.Expanding, field.sizePolicy().verticalPolicy())
        row_label = QLabel(label)
        row_label.setBuddy(field)
        self.form.addRow(row_label, wrapper)
        return wrapper

    def field_error(self, name: str, text: str) -> None:
        """A message of the dialog itself (already translated) under a field."""
        self.errors.clear()
        label = self.errors.label_for(name)
        label.show_message(text)
        grow_to_fit(self)

    # ----- saving -----------------------------------------------------------------------

    def submit(self) -> bool:
        """Call the service with what was typed; False when the dialog refused it itself."""
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        try:
            accepted = self.submit()
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            grow_to_fit(self)
            return
        except ConcurrentEditError:
            self.general_error.show_message(
                arg(
                    self.tr(
                        "Iemand anders heeft de klacht intussen gewijzigd. Het venster toont nu "
                        "de nieuwste stand; controleer die en kies dan opnieuw '%1'."
                    ),
                    self.ok_button.text(),
                )
            )
            grow_to_fit(self)
            self.stale.emit()
            return
        except ServiceError as error:
            self.general_error.show_message(service_text(error.message))
            grow_to_fit(self)
            return
        if accepted is False:
            return
        self.succeeded.emit()
        self.accept()
