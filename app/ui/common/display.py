"""How the complaint screens show dates, moments, sizes and deadline states."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.ui.widgets import arg

# Light backgrounds that keep dark text readable (also in a dark theme, where the
# foreground is forced to DEADLINE_TEXT).
OVERDUE_BACKGROUND = QColor("#f6c9c4")
SOON_BACKGROUND = QColor("#fde3a7")
DEADLINE_TEXT = QColor("#1a1a1a")


def format_date(value: date | None) -> str:
    """dd-mm-jjjj, empty for no date."""
    return value.strftime("%d-%m-%Y") if value is not None else ""


def format_moment(value: datetime | None) -> str:
    """dd-mm-jjjj uu:mm in the computer's local time (moments are stored in UTC)."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d-%m-%Y %H:%M")


def format_size(size: int) -> str:
    """1 kB … 12,3 MB (Dutch decimal comma)."""
    if size < 1024:
        return arg(QCoreApplication.translate("display", "%1 bytes"), size)
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def deadline_state_text(state: str | None) -> str:
    """The deadline state in words (for tooltips and the detail header)."""
    if state == "overdue":
        return QCoreApplication.translate("display", "De termijn is verstreken.")
    if state == "soon":
        return QCoreApplication.translate("display", "De termijn verloopt binnen twee werkdagen.")
    if state == "ok":
        return QCoreApplication.translate("display", "Ruim binnen de termijn.")
    return QCoreApplication.translate("display", "Geen lopende termijn.")


def deadline_background(state: str | None) -> QColor | None:
    if state == "overdue":
        return OVERDUE_BACKGROUND
    if state == "soon":
        return SOON_BACKGROUND
    return None


PERSISTENT_STYLE = (
    "QLabel { background: #fde3a7; color: #3d2f00; border: 1px solid #c69c00;"
    " border-radius: 3px; padding: 4px 8px; font-weight: bold; }"
)


def no_response_text(subjects: str | None, notice_on: date | None) -> str:
    """The warning for a persistent complainant, empty when the complainant is not one."""
    if not subjects:
        return ""
    if notice_on is None:
        return arg(QCoreApplication.translate("display", "Geen reactie meer op: %1"), subjects)
    return arg(
        QCoreApplication.translate("display", "Geen reactie meer op: %1 (mededeling van %2)"),
        subjects,
        format_date(notice_on),
    )
