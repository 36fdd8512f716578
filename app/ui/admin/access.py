"""Who may open Beheer: light, so the main window knows it without loading the screen."""

from __future__ import annotations

from app.services.permissions import CurrentUser, Permission


def can_open_admin(user: CurrentUser) -> bool:
    return any(
        user.can(permission)
        for permission in (
            Permission.MANAGE_EMPLOYEES,
            Permission.MANAGE_UNITS,
            Permission.VIEW_EMPLOYEES,
            Permission.MANAGE_SETTINGS,
            Permission.VIEW_ACCESS_LOG,
        )
    )
