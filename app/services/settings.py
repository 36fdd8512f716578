"""Organisation-wide settings kept in the database (JSON values with typed defaults)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from app.models import Setting
from app.services.base import Service
from app.services.errors import ValidationError
from app.services.permissions import Permission
from app.services.validation import Checker, check_required

ORGANISATION_NAME = "organisation.name"
ATTACHMENT_MAX_BYTES = "attachments.max_bytes"

DEFAULTS: dict[str, Any] = {
    ORGANISATION_NAME: "",
    ATTACHMENT_MAX_BYTES: 25 * 1024 * 1024,
}


def encode_setting(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def read_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def write_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encode_setting(value)))
    elif json.loads(row.value) != value:
        row.value = encode_setting(value)


class SettingsService(Service):
    def organisation_name(self) -> str:
        with self.reading() as session:
            return str(read_setting(session, ORGANISATION_NAME) or "")

    def attachment_max_bytes(self) -> int:
        with self.reading() as session:
            return int(read_setting(session, ATTACHMENT_MAX_BYTES))

    def set_attachment_max_bytes(self, max_bytes: int) -> None:
        if max_bytes < 1024 * 1024 or max_bytes > 500 * 1024 * 1024:
            raise ValidationError({"attachment_max_bytes": "Kies een grens tussen 1 en 500 MB."})
        with self.writing(Permission.MANAGE_SETTINGS) as session:
            write_setting(session, ATTACHMENT_MAX_BYTES, max_bytes)

    def set_organisation_name(self, name: str) -> None:
        checker = Checker()
        value = checker.check(
            "organisation_name", check_required, name, "Vul de naam van de organisatie in.", 200
        )
        checker.raise_if_any()
        with self.writing(Permission.MANAGE_SETTINGS) as session:
            write_setting(session, ORGANISATION_NAME, value)
