"""Fields of the intake form that hold several values: the employees concerned (picked from
Medewerkers, or a name as the complainant gave it) and the related dossier numbers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.intake import ConcernedEmployee
from app.services.names import FEMALE, INFORMAL, MALE
from app.services.organisation import EmployeeRecord
from app.ui.complaints.removable_list import RemovableList
from app.ui.widgets import arg

ENTRY_MAX_WIDTH = 420


class _EnterAdds(QObject):
    """Enter (without Ctrl) in an entry field adds what was typed instead of pressing the
    dialog's default button; with nothing typed, Enter keeps its usual meaning."""

    def __init__(self, picker: _MultiValueField) -> None:
        super().__init__(picker)
        self._picker = picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if (
                plain
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self._picker.pending_text()
            ):
                self._picker.commit_pending()
                return True
        return False


class _MultiValueField(QWidget):
    """An entry widget with a Toevoegen button and, under it, the values added so far."""

    changed = Signal()

    def __init__(self, entry: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.entry.setMaximumWidth(ENTRY_MAX_WIDTH)
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.commit_pending)
        self.values_list = RemovableList(self)
        self.values_list.setMaximumWidth(ENTRY_MAX_WIDTH + 110)
        self.values_list.changed.connect(self.changed)

        entry_row = QHBoxLayout()
        entry_row.setSpacing(6)
        entry_row.addWidget(entry, 1)
        entry_row.addWidget(self.add_button)
        entry_row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(entry_row)
        layout.addWidget(self.values_list)
        self.setFocusProxy(entry)
        self._enter_filter = _EnterAdds(self)

    def watch_enter(self, widget: QWidget) -> None:
        widget.installEventFilter(self._enter_filter)

    def pending_text(self) -> str:
        raise NotImplementedError

    def commit_pending(self) -> None:
        """Add what is typed in the entry field (also done before registering)."""
        raise NotImplementedError

    def focus_chain(self) -> list[QWidget]:
        return [self.entry, self.add_button, *self.values_list.remove_buttons()]

    def has_input(self) -> bool:
        return bool(self.values_list.count() or self.pending_text())


class EmployeePicker(_MultiValueField):
    """Employees concerned: a searchable list of active employees; a name that is not in
    the list (only a first name, say) is kept as the complainant gave it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        combo = QComboBox()
        super().__init__(combo, parent)
        self.combo = combo
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(280)
        self.combo.lineEdit().setPlaceholderText(self.tr("Typ een naam om te zoeken"))
        self.combo.setAccessibleName(self.tr("Naam van de betrokken medewerker"))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        # Choosing from the list or from the suggestions adds at once, after Qt has put the
        # chosen text in the field.
        completer.activated.connect(lambda _text: QTimer.singleShot(0, self.commit_pending))
        self.combo.activated.connect(lambda _index: QTimer.singleShot(0, self.commit_pending))
        self.watch_enter(self.combo)
        self.watch_enter(self.combo.lineEdit())
        self._ids_by_text: dict[str, int] = {}
        self.values_list.setAccessibleName(self.tr("Betrokken medewerkers"))

    def set_employees(self, employees: list[EmployeeRecord]) -> None:
        names = [employee.name.casefold() for employee in employees]
        self.combo.clear()
        self._ids_by_text.clear()
        for employee in employees:
            text = employee.name
            if names.count(employee.name.casefold()) > 1 and employee.unit_name:
                text = f"{employee.name} ({employee.unit_name})"
            self.combo.addItem(text, employee.id)
            self._ids_by_text.setdefault(text.casefold(), employee.id)
        self.combo.setCurrentIndex(-1)
        self.combo.clearEditText()

    def pending_text(self) -> str:
        return self.combo.currentText().strip()

    def commit_pending(self) -> None:
        text = self.pending_text()
        if not text:
            return
        employee_id = self._ids_by_text.get(text.casefold())
        if employee_id is not None:
            index = self.combo.findData(employee_id)
            shown = self.combo.itemText(index) if index >= 0 else text
            item = ConcernedEmployee(employee_id=employee_id)
        else:
            shown = arg(self.tr("%1 (naam zoals opgegeven)"), text)
            item = ConcernedEmployee(free_text_name=text)
        if item not in self.concerned():
            self.values_list.add_item(shown, item)
        self.combo.setCurrentIndex(-1)
        self.combo.clearEditText()

    def concerned(self) -> tuple[ConcernedEmployee, ...]:
        return tuple(
            item for item in self.values_list.items() if isinstance(item, ConcernedEmployee)
        )

    def clear(self) -> None:
        self.combo.setCurrentIndex(-1)
        self.combo.clearEditText()
        self.values_list.clear()


class DossierPicker(_MultiValueField):
    """Dossier numbers the complaint is about (the organisation's main case files)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        edit = QLineEdit()
        super().__init__(edit, parent)
        self.edit = edit
        self.edit.setPlaceholderText(self.tr("bijvoorbeeld 2026.12345"))
        self.edit.setMaxLength(50)
        self.edit.setAccessibleName(self.tr("Dossiernummer"))
        self.watch_enter(self.edit)
        self.values_list.setAccessibleName(self.tr("Dossiernummers"))

    def pending_text(self) -> str:
        return self.edit.text().strip()

    def commit_pending(self) -> None:
        text = self.pending_text()
        if not text:
            return
        if text not in self.dossiers():
            self.values_list.add_item(text, text)
        self.edit.clear()

    def dossiers(self) -> tuple[str, ...]:
        return tuple(str(item) for item in self.values_list.items())

    def clear(self) -> None:
        self.edit.clear()
        self.values_list.clear()


# The aanhef as a choice: what is stored (None: unknown) and what the list shows.
SALUTATION_CHOICES = (
    (None, QT_TRANSLATE_NOOP("SalutationCombo", "onbekend")),
    (FEMALE, QT_TRANSLATE_NOOP("SalutationCombo", "mevrouw")),
    (MALE, QT_TRANSLATE_NOOP("SalutationCombo", "de heer")),
    (INFORMAL, QT_TRANSLATE_NOOP("SalutationCombo", "beste … (informeel, met roepnaam)")),
)


class SalutationCombo(QComboBox):
    """The complainant's aanhef: unknown, mevrouw, de heer or informal; an older record's
    own text (say "Dr.") is kept as an extra choice so opening it changes nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, text in SALUTATION_CHOICES:
            self.addItem(self.tr(text), value)
        self.setMinimumWidth(180)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_value(self, value: str | None) -> None:
        text = " ".join((value or "").split())
        index = self.findData(text) if text else 0
        if index < 0:
            for position in range(1, self.count()):
                if str(self.itemData(position)).lower() == text.lower():
                    index = position
                    break
            else:
                self.addItem(text, text)
                index = self.count() - 1
        self.setCurrentIndex(index)

    def clear_value(self) -> None:
        self.setCurrentIndex(0)
