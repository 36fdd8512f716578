"""Small building blocks shared by the screens: field errors beside form fields, enum labels."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from enum import StrEnum

# Qt's namespace is imported where it is used: this module comes before the first paint,
# and PySide6 builds the namespace's enums (about 10 ms) when it is first taken.
from PySide6.QtCore import QCoreApplication, QRect, QSize, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.i18n import Message, fill

_PLACEHOLDER = re.compile(r"%([1-9])")

# Dark red with enough contrast on a light background (WCAG AA for normal text).
ERROR_COLOUR = "#b00020"


def enum_text(member: StrEnum) -> str:
    """The (translated) Dutch label of an enumeration member (context "services", where
    ``scripts/service_messages.py`` puts the labels)."""
    # Here, not at the top: the window's shell uses this module before the data layer
    # (and the models package with it) is imported.
    from app.models.enums import label

    return QCoreApplication.translate("services", label(member))


def arg(text: str, *values: object) -> str:
    """Fill Qt-style placeholders ``%1``, ``%2`` … in a translated string (in one pass, so a
    value that itself contains ``%2`` stays as it is)."""

    def _value(match: re.Match[str]) -> str:
        position = int(match.group(1)) - 1
        return str(values[position]) if position < len(values) else match.group(0)

    return _PLACEHOLDER.sub(_value, text)


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab moves through ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def service_text(message: str) -> str:
    """A message or label from a service (Dutch source string), translated; a ``t()``
    message is translated by its template and then filled in (``app.services.i18n``), its
    values that are ``t()`` messages themselves translated first (a history line names a
    field and an enumeration label); plain values (names, dates, free text) stay as they are."""
    if isinstance(message, Message):
        values = tuple(
            service_text(value) if isinstance(value, Message) else value for value in message.values
        )
        return fill(QCoreApplication.translate("services", message.template), values)
    return QCoreApplication.translate("services", message)


def note_label(text: str) -> QLabel:
    """A secondary remark: italic, in the normal text colour (greyed text reads badly)."""
    note = QLabel(text)
    note.setWordWrap(True)
    font = note.font()
    font.setItalic(True)
    note.setFont(font)
    return note


class EmptyState(QFrame):
    """What a screen shows instead of an empty table or chart: a short heading, a sentence
    saying how to begin, and optionally one button that does it."""

    def __init__(
        self,
        heading: str = "",
        text: str = "",
        button_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(12)
        layout.addStretch(1)
        # Full width with centred text: a word-wrapped label given a layout alignment is
        # sized to its one-line hint and cuts its text off.
        from PySide6.QtCore import Qt

        for widget in (self.heading, self.text):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.set_texts(heading, text, button_text)

    def set_texts(self, heading: str, text: str, button_text: str = "") -> None:
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text))


# How many rows fit_columns measures for a column's width.
FIT_SAMPLE_ROWS = 100


def fit_columns(
    table: QTableView,
    *,
    max_width: int = 280,
    fixed: Sequence[int] = (),
) -> None:
    """Size the columns to their contents, then make them fit the visible width.

    Over-wide columns are capped (long cells are elided, with the full text in the tooltip);
    when the whole still does not fit, the widest columns give way first, never below their
    header text. Spare room goes to the columns not listed in ``fixed``.
    """
    header = table.horizontalHeader()
    count = header.count()
    if count == 0:
        return
    # Qt measures up to 1,000 rows per column by default; the visible rows and some more
    # tell the width as well (a longer cell is elided, with its text in the tooltip).
    if header.resizeContentsPrecision() != FIT_SAMPLE_ROWS:
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    table.resizeColumnsToContents()
    wanted = [min(table.columnWidth(column), max_width) for column in range(count)]
    floors = [min(header.sectionSizeHint(column), wanted[column]) for column in range(count)]
    available = table.viewport().width() - 2
    if available <= 0:
        return
    if sum(wanted) > available:
        # The largest cap C such that the capped widths fit (never below the floors).
        low, high = 0, max(wanted)
        while low < high:
            cap = (low + high + 1) // 2
            if sum(max(f, min(w, cap)) for w, f in zip(wanted, floors, strict=True)) <= available:
                low = cap
            else:
                high = cap - 1
        widths = [max(f, min(w, low)) for w, f in zip(wanted, floors, strict=True)]
    else:
        widths = list(wanted)
        flexible = [column for column in range(count) if column not in fixed]
        spare = available - sum(widths)
        if flexible and spare > 0:
            base = sum(widths[column] for column in flexible) or 1
            for column in flexible:
                widths[column] += spare * widths[column] // base
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


# Room for what the window manager adds outside a window's own geometry (title bar and
# borders), so the whole window, not just its inside, stays on the screen.
FRAME_ALLOWANCE = QSize(16, 40)


def available_screen_geometry(window: QWidget) -> QRect:
    """The screen area a window may use (without task bars), in logical pixels."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def screen_room(window: QWidget) -> QSize:
    """The largest size of ``window`` whose frame still fits the available screen area."""
    area = available_screen_geometry(window)
    return QSize(
        max(200, area.width() - FRAME_ALLOWANCE.width()),
        max(200, area.height() - FRAME_ALLOWANCE.height()),
    )


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Give ``window`` its starting size, ``width`` × ``height`` (its size hint where not
    given), but never larger than the screen it opens on; its minimum size is capped the
    same way. Call it before the window is shown, so it is placed with its final size.

    Small screens (1366×768, or 1920×1080 at 150 % scaling) are why: a dialog taller than
    the screen hides its buttons below the edge. Tall content belongs in a scroll area
    (``scroll_area``) with the buttons outside it.
    """
    room = screen_room(window)
    minimum = window.minimumSize()
    window.setMinimumSize(min(minimum.width(), room.width()), min(minimum.height(), room.height()))
    hint = window.sizeHint()
    wanted = QSize(width or hint.width(), height or hint.height()).expandedTo(
        window.minimumSizeHint()
    )
    window.resize(wanted.boundedTo(room))


def scroll_area(content: QWidget) -> QScrollArea:
    """``content`` in a frameless vertical scroll area that stretches it to the full width."""
    from PySide6.QtCore import Qt

    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    # Not a tab stop of its own: Tab goes to the fields inside, and the area scrolls to
    # show the focused one (a stop here would say nothing to a screen reader).
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its layout at its current width (for example after
    error messages appeared), so nothing gets squeezed; it never shrinks, and never grows
    beyond the screen (scroll areas take the rest)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    needed = min(needed, screen_room(window).height())
    if needed > window.height():
        window.resize(width, needed)


class ErrorLabel(QLabel):
    """A red, word-wrapped message under a form field; hidden while empty.

    With ``reserve_line`` the label keeps its place while hidden (at least one line), so
    the fields below do not move when a message appears or is cleared while typing.
    """

    def __init__(self, parent: QWidget | None = None, *, reserve_line: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self._reserve_line = reserve_line
        if reserve_line:
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
            self.setMinimumHeight(self.fontMetrics().lineSpacing())
        self.setVisible(False)

    def show_message(self, message: str | None) -> None:
        if message:
            self.setText(message)
        elif not self._reserve_line:
            self.setText("")
        # A reserving label keeps its last text while hidden: a cleared two-line message
        # keeps its two lines, so nothing below moves while the user types.
        self.setVisible(bool(message))

    def message(self) -> str:
        """The message shown now ("" when none)."""
        return self.text() if not self.isHidden() else ""


class FieldWithError(QWidget):
    """A form field with its error label right under it (one cell of a ``QFormLayout``)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error_label = ErrorLabel(self, reserve_line=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error_label)
        self.setFocusProxy(field)
        for signal in _change_signals(field):
            signal.connect(self.clear_error)

    def clear_error(self) -> None:
        """The user changed the field: its old message no longer applies."""
        self.error_label.show_message(None)


def _change_signals(field: QWidget) -> list[SignalInstance]:
    """The signals by which the user changes ``field`` (not programmatic changes where Qt
    tells them apart, so filling a field in does not hide a message about it)."""
    match field:
        case QLineEdit():
            return [field.textEdited]
        case QPlainTextEdit() | QTextEdit():
            return [field.textChanged]
        case QComboBox():
            signals = [field.currentIndexChanged]
            if field.isEditable():
                signals.append(field.editTextChanged)
            return signals
        case QDateTimeEdit():
            return [field.dateTimeChanged]
        case QAbstractSpinBox() if hasattr(field, "valueChanged"):
            return [field.valueChanged]
        case QAbstractButton():
            return [field.toggled]
    # A composite field (a picker, a part of the judgment) announces its own changes.
    if isinstance(getattr(type(field), "changed", None), Signal):
        return [field.changed]
    return []


class FieldErrors:
    """The error labels of one form, keyed by the service's field names.

    ``show(errors)`` puts each message under its field (translated), sends anything without
    a field to the general label, and focuses the first field in error. Typed text is never
    touched.
    """

    def __init__(self, general: ErrorLabel) -> None:
        self._general = general
        self._fields: dict[str, FieldWithError] = {}

    def add(self, name: str, field: QWidget) -> FieldWithError:
        wrapper = FieldWithError(field)
        self._fields[name] = wrapper
        return wrapper

    def label_for(self, name: str) -> ErrorLabel:
        return self._fields[name].error_label

    def clear(self) -> None:
        self._general.show_message(None)
        for wrapper in self._fields.values():
            wrapper.error_label.show_message(None)

    def show(self, errors: dict[str, str], general: str | None = None) -> None:
        self.clear()
        leftovers: list[str] = []
        first: QWidget | None = None
        for name, message in errors.items():
            wrapper = self._fields.get(name)
            if wrapper is None:
                leftovers.append(service_text(message))
                continue
            wrapper.error_label.show_message(service_text(message))
            if first is None:
                first = wrapper.field
        if general:
            leftovers.insert(0, general)
        self._general.show_message("\n".join(leftovers) if leftovers else None)
        if first is not None:
            first.setFocus()
