"""Beheer → Briefsjablonen: edit the subject and text of each kind of letter, with the
placeholders at hand; back to the built-in text at any time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ConcurrentEditError, ServiceError, ValidationError
from app.services.letter_templates import LetterKind, LetterTemplateService, TemplateInfo
from app.ui import messages
from app.ui.common.weak import weak_callback
from app.ui.widgets import (
    ErrorLabel,
    FieldErrors,
    arg,
    note_label,
    service_text,
    set_tab_order,
)

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def kind_text(title: str) -> str:
    """The (translated) name of a kind of letter (``KIND_LABELS``, context "services")."""
    return service_text(title)


def placeholder_description(description: str) -> str:
    return QCoreApplication.translate("letters", description)


def fit_list_width(view: QListWidget) -> None:
    """Wide enough for its longest item, so nothing is cut off."""
    scrollbar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    needed = view.sizeHintForColumn(0) + 2 * view.frameWidth() + scrollbar + 8
    view.setMinimumWidth(max(view.minimumWidth(), needed))


class TemplatesTab(QWidget):
    def __init__(self, service: LetterTemplateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.current: TemplateInfo | None = None

        # ----- the kinds of letters
        self.kinds_list = QListWidget()
        self.kinds_list.setAccessibleName(self.tr("Soorten brieven"))
        self.kinds_list.setMinimumWidth(190)
        self.kinds_list.setWordWrap(True)  # long names wrap rather than being cut off
        self.kinds_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kinds_list.setSpacing(2)
        kinds_label = QLabel(self.tr("&Brieven"))
        kinds_label.setBuddy(self.kinds_list)
        kinds_column = QWidget()
        kinds_layout = QVBoxLayout(kinds_column)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        kinds_layout.addWidget(kinds_label)
        kinds_layout.addWidget(self.kinds_list, 1)
        kinds_layout.addWidget(
            note_label(self.tr("'aangepast': de tekst wijkt af van de standaardtekst."))
        )

        # ----- the editor
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.state_label = note_label("")
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.subject_edit = QLineEdit()
        self.subject_edit.setMinimumWidth(300)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setMinimumSize(300, 220)
        self.body_edit.setTabChangesFocus(True)
        subject_label = QLabel(self.tr("&Onderwerp"))
        subject_label.setBuddy(self.subject_edit)
        body_label = QLabel(self.tr("&Tekst"))
        body_label.setBuddy(self.body_edit)
        self.reset_button = QPushButton(self.tr("Terug naar standaardtekst…"))
        self.revert_button = QPushButton(self.tr("Ongedaan maken"))
        self.revert_button.setToolTip(self.tr("De opgeslagen tekst weer tonen"))
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(12, 0, 12, 0)
        editor_layout.addWidget(self.title_label)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.reset_button)
        editor_layout.addLayout(state_row)
        editor_layout.addWidget(self.general_error)
        editor_layout.addWidget(subject_label)
        editor_layout.addWidget(self.errors.add("subject", self.subject_edit))
        editor_layout.addWidget(body_label)
        body_wrapper = self.errors.add("body", self.body_edit)
        editor_layout.addWidget(body_wrapper, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.status_label)

        # ----- the placeholders
        self.placeholder_list = QListWidget()
        self.placeholder_list.setAccessibleName(self.tr("Invulvelden"))
        self.placeholder_list.setSpacing(1)
        for info in service.placeholders():
            item = QListWidgetItem("{" + info.name + "}")
            description = placeholder_description(info.description)
            item.setData(NAME_ROLE, info.name)
            item.setToolTip(description)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            self.placeholder_list.addItem(item)
        fit_list_width(self.placeholder_list)
        placeholders_label = QLabel(self.tr("&Invulvelden"))
        placeholders_label.setBuddy(self.placeholder_list)
        self.placeholder_description = QLabel()
        self.placeholder_description.setWordWrap(True)
        self.placeholder_description.setMinimumHeight(
            self.placeholder_description.fontMetrics().lineSpacing() * 3
        )
        self.placeholder_description.setAlignment(Qt.AlignmentFlag.AlignTop)
        placeholders_column = QWidget()
        placeholders_layout = QVBoxLayout(placeholders_column)
        placeholders_layout.setContentsMargins(0, 0, 0, 0)
        placeholders_layout.addWidget(placeholders_label)
        placeholders_layout.addWidget(self.placeholder_list, 1)
        placeholders_layout.addWidget(self.placeholder_description)
        placeholders_layout.addWidget(
            note_label(self.tr("Dubbelklik of Enter zet het invulveld op de plaats van de cursor."))
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(kinds_column)
        self.splitter.addWidget(editor)
        self.splitter.addWidget(placeholders_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([300, 600, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.splitter, 1)

        set_tab_order(
            [
                self.kinds_list,
                self.reset_button,
                self.subject_edit,
                self.body_edit,
                self.placeholder_list,
                self.revert_button,
                self.save_button,
            ]
        )
        self._target: QLineEdit | QPlainTextEdit = self.body_edit
        self.subject_edit.installEventFilter(self)
        self.body_edit.installEventFilter(self)
        self.kinds_list.currentItemChanged.connect(self._kind_chosen)
        self.placeholder_list.itemActivated.connect(self._insert_placeholder)
        self.placeholder_list.currentItemChanged.connect(self._describe_placeholder)
        self.subject_edit.textChanged.connect(self._update_state)
        self.body_edit.textChanged.connect(self._update_state)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.reset_button.clicked.connect(self.ask_reset)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._save_shortcut)

        self.refresh_list()
        if self.kinds_list.count():
            self.kinds_list.setCurrentRow(0)
        self.placeholder_list.setCurrentRow(0)

    # ----- the list ---------------------------------------------------------------------

    def refresh_list(self) -> None:
        """(Re)build the list of kinds with their "aangepast" marker; keeps the choice."""
        templates = messages.attempt(self, self.service.templates)
        if templates is messages.REFUSED:
            return
        current = self.current.kind if self.current is not None else None
        self.kinds_list.blockSignals(True)
        try:
            self.kinds_list.clear()
            for info in templates:
                text = kind_text(info.title)
                if info.customised:
                    text = arg(self.tr("%1 (aangepast)"), text)
                item = QListWidgetItem(text)
                item.setData(KIND_ROLE, info.kind.value)
                self.kinds_list.addItem(item)
                if info.kind == current:
                    self.kinds_list.setCurrentItem(item)
        finally:
            self.kinds_list.blockSignals(False)

    def _row_of(self, kind: LetterKind) -> int:
        for row in range(self.kinds_list.count()):
            if self.kinds_list.item(row).data(KIND_ROLE) == kind.value:
                return row
        return -1

    def select_kind(self, kind: LetterKind) -> None:
        self.kinds_list.setCurrentRow(self._row_of(kind))

    def _kind_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        kind = LetterKind(item.data(KIND_ROLE))
        if self.current is not None and kind == self.current.kind:
            return
        if not self.is_changed():
            self.open_kind(kind)
            return
        # Stay on the edited template until the user agrees to drop the changes.
        self.kinds_list.blockSignals(True)
        self.kinds_list.setCurrentRow(self._row_of(self.current.kind) if self.current else -1)
        self.kinds_list.blockSignals(False)
        messages.confirm(
            self,
            self.tr("Wijzigingen niet opgeslagen"),
            self.tr(
                "U heeft dit sjabloon gewijzigd maar nog niet opgeslagen. Wilt u de "
                "wijzigingen weggooien en een ander sjabloon openen?"
            ),
            self.tr("Wijzigingen weggooien"),
            weak_callback(self._discard_and_open, kind),
        )

    def _discard_and_open(self, kind: LetterKind) -> None:
        self.current = None  # nothing left to keep
        self.select_kind(kind)

    def open_kind(self, kind: LetterKind) -> None:
        info = messages.attempt(self, lambda: self.service.get(kind))
        if info is messages.REFUSED:
            return
        self.show_template(info)
        self.status_label.setText("")

    def show_template(self, info: TemplateInfo) -> None:
        self.current = info
        self.errors.clear()
        self.title_label.setText(kind_text(info.title))
        if info.customised:
            self.state_label.setText(self.tr("Aangepaste tekst van uw organisatie."))
        else:
            self.state_label.setText(self.tr("Standaardtekst van het programma."))
        self.subject_edit.blockSignals(True)
        self.body_edit.blockSignals(True)
        try:
            self.subject_edit.setText(info.subject)
            self.body_edit.setPlainText(info.body)
        finally:
            self.subject_edit.blockSignals(False)
            self.body_edit.blockSignals(False)
        self.subject_edit.setCursorPosition(0)
        self._update_state()

    # ----- editing ----------------------------------------------------------------------

    def is_changed(self) -> bool:
        return self.current is not None and (
            self.subject_edit.text() != self.current.subject
            or self.body_edit.toPlainText() != self.current.body
        )

    def _update_state(self) -> None:
        changed = self.is_changed()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        self.reset_button.setEnabled(self.current is not None and self.current.customised)
        pending = self.tr("Er zijn wijzigingen die nog niet zijn opgeslagen.")
        if changed:
            self.status_label.setText(pending)
        elif self.status_label.text() == pending:
            self.status_label.setText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject_edit, self.body_edit):
            self._target = watched  # type: ignore[assignment]
        return super().eventFilter(watched, event)

    def insert_placeholder(self, name: str) -> None:
        """Put ``{name}`` at the cursor of the subject or the text (whichever was last used)."""
        text = "{" + name + "}"
        if isinstance(self._target, QLineEdit):
            self._target.insert(text)
        else:
            self._target.insertPlainText(text)
        self._target.setFocus()

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        self.insert_placeholder(str(item.data(NAME_ROLE)))

    def _describe_placeholder(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.placeholder_description.setText(item.toolTip() if item is not None else "")

    # ----- saving -----------------------------------------------------------------------

    def _save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> None:
        if self.current is None:
            return
        self.errors.clear()
        try:
            info = self.service.save(
                self.current.kind,
                self.subject_edit.text(),
                self.body_edit.toPlainText(),
                version=self.current.version,
            )
        except ValidationError as error:
            self.errors.show({field: self._shorter(text) for field, text in error.errors.items()})
            self.status_label.setText(self.tr("Niet opgeslagen: controleer de gemarkeerde velden."))
            return
        except ConcurrentEditError:
            self.status_label.setText(self.tr("Niet opgeslagen: intussen gewijzigd."))
            messages.warning(
                self,
                self.tr("Intussen gewijzigd"),
                self.tr(
                    "Iemand anders heeft dit sjabloon intussen gewijzigd. Uw tekst is niet "
                    "opgeslagen en staat nog in het venster. Kies 'Ongedaan maken' om de "
                    "nieuwste versie te zien."
                ),
            )
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.show_template(info)
        self.refresh_list()
        self.status_label.setText(self.tr("Het sjabloon is opgeslagen."))

    def _shorter(self, message: str) -> str:
        """The service lists every known placeholder; here they stand in the list beside."""
        head, found, _known = message.partition(" Bekende invulvelden:")
        if not found:
            return message
        return head + " " + self.tr("Kies een invulveld uit de lijst Invulvelden.")

    def revert(self) -> None:
        """Show the stored text again (the newest, if someone else changed it)."""
        if self.current is not None:
            self.open_kind(self.current.kind)
            self.refresh_list()

    def ask_reset(self) -> None:
        if self.current is None or not self.current.customised:
            return
        messages.confirm(
            self,
            self.tr("Terug naar standaardtekst"),
            arg(
                self.tr(
                    "Wilt u de aangepaste tekst van '%1' weggooien en de standaardtekst van "
                    "het programma weer gebruiken?"
                ),
                kind_text(self.current.title),
            ),
            self.tr("Standaardtekst gebruiken"),
            weak_callback(self._reset, self.current.kind),
        )

    def _reset(self, kind: LetterKind) -> None:
        info = messages.attempt(self, lambda: self.service.reset(kind))
        if info is messages.REFUSED:
            return
        self.show_template(info)
        self.refresh_list()
        self.status_label.setText(self.tr("De standaardtekst wordt weer gebruikt."))
