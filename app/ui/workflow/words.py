"""Deadline states in words, so that colour is never the only signal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def deadline_word(state: str | None) -> str:
    """'te laat' (overdue), 'binnenkort' (within two working days), or nothing."""
    if state == "overdue":
        return QCoreApplication.translate("deadlines", "te laat")
    if state == "soon":
        return QCoreApplication.translate("deadlines", "binnenkort")
    return ""
