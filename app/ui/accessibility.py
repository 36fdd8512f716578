"""Accessible names for form fields, so a screen reader announces what a field is for.

A field's name is the text of its label (without the ``&`` of the keyboard mnemonic, the
colon and the ``*`` of a required field). Rather than naming every field by hand in every
form, ``install_accessible_names`` watches the application: when a window or a page (a tab,
a stacked screen) is shown, every field without a name gets one from its label: a
``QLabel`` whose buddy it is, or the label beside it in a ``QFormLayout`` row. A field with
no label at all falls back to its placeholder text or tooltip. A name set by hand wins.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

# The kinds of widget a user types in or chooses with (the ones a name is needed for).
FIELD_TYPES: tuple[type[QWidget], ...] = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes and date edits
)

# A single "&" marks the mnemonic; "&&" is a literal ampersand.
_MNEMONIC = re.compile(r"&(&?)")
_RICH_TAG = re.compile(r"<[^>]+>")


def label_name(text: str) -> str:
    """The name a screen reader should say for a field labelled ``text``:
    ``"&Reden van de correctie: *"`` gives ``"Reden van de correctie"``."""
    plain = _RICH_TAG.sub("", text)
    plain = _MNEMONIC.sub(lambda match: match.group(1), plain)
    return plain.strip().rstrip("*").strip().rstrip(":").strip()


def _is_field(widget: QWidget) -> bool:
    return isinstance(widget, FIELD_TYPES)


def _fields_in(widget: QWidget) -> list[QWidget]:
    """The fields a label names: the widget itself, its focus proxy, or — for a composite
    (a field with its error label, a row with a field and a button) — its first field."""
    proxy = widget
    while proxy.focusProxy() is not None and proxy.focusProxy() is not proxy:
        proxy = proxy.focusProxy()
    if _is_field(proxy):
        return [proxy]
    if isinstance(widget, QAbstractButton):
        return []
    for child in widget.findChildren(QWidget):
        if _is_field(child):
            # A spin box's or combo box's own line edit is part of it, not a field.
            if isinstance(child, QLineEdit) and isinstance(
                child.parentWidget(), (QComboBox, QAbstractSpinBox)
            ):
                continue
            return [child]
    return []


def _name(field: QWidget, text: str) -> None:
    if field.accessibleName():
        return
    name = label_name(text)
    if name:
        field.setAccessibleName(name)


def _label_text(item_widget: QWidget | None) -> str:
    return item_widget.text() if isinstance(item_widget, QLabel) else ""


def _name_form_rows(form: QFormLayout) -> None:
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None:
            continue
        text = _label_text(label_item.widget())
        if not text:
            continue
        field_widget = field_item.widget()
        if field_widget is not None:
            targets = _fields_in(field_widget)
        elif field_item.layout() is not None:
            targets = [
                widget
                for index in range(field_item.layout().count())
                if (widget := field_item.layout().itemAt(index).widget()) is not None
                and _is_field(widget)
            ][:1]
        else:
            targets = []
        for field in targets:
            _name(field, text)


def name_fields(root: QWidget) -> None:
    """Give every field under ``root`` that has no accessible name the text of its label."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            for field in _fields_in(buddy):
                _name(field, label.text())
    # Every form layout under root, nested ones included: a layout is a QObject child of its
    # widget or parent layout. (Walking layout items with item.layout() could hand back a
    # stale Python wrapper of a deleted layout whose address Qt had reused.)
    for form in root.findChildren(QFormLayout):
        _name_form_rows(form)
    widgets = [root, *root.findChildren(QWidget)]
    # Fields with no label (a search box, a filter): what they show the user instead.
    for widget in widgets:
        if not _is_field(widget) or widget.accessibleName():
            continue
        placeholder = ""
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            placeholder = widget.placeholderText()
        elif isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            placeholder = widget.lineEdit().placeholderText()
        elif isinstance(widget, QComboBox):
            placeholder = widget.placeholderText()
        _name(widget, placeholder or widget.toolTip())


class _NameOnShow(QObject):
    """Names the fields of each window and page as it is shown (pages built lazily too)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            parent = watched.parentWidget()
            if watched.isWindow() or isinstance(parent, QStackedWidget):
                name_fields(watched)
        return False


_filter: _NameOnShow | None = None


def install_accessible_names(application: QApplication) -> None:
    """From now on, every window and page shown in ``application`` names its fields."""
    global _filter
    if _filter is None:
        _filter = _NameOnShow(application)
        application.installEventFilter(_filter)
