"""The audit trail's anchor: the last verified chain head, kept outside the database.

A hash chain alone proves nothing against someone who can write the database: they can cut
events off the end and move the head back, or rewrite events and recompute every hash.
The anchor is a small JSON file ``{"seq", "hash", "verified_at"}`` that the program writes
after every successful check and every backup:

- SQLite: beside the database, ``klachten.db.anchor``;
- PostgreSQL: in the user data folder, ``anchors/<sha256 of the URL without password>.anchor``
  (each workstation keeps its own);
- a backup: beside the copy, ``<backup>.anchor`` (the head the backup was made at, and
  whether the trail verified then). A sidecar was chosen over a table in the copy: writing
  into the copy would itself have to be audited, and a new table needs a migration.

A later check then proves that the event at the anchor's number still has the anchor's
hash (the trail was not rewritten) and that the head has not gone below it (not cut off).
Files are written to a temporary name and renamed, readable by the owner only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import URL

from app.paths import private_folder, user_data_dir

log = logging.getLogger(__name__)

ANCHOR_SUFFIX = ".anchor"


class AnchorUnreadable(Exception):
    """The anchor file exists but does not hold an anchor (damaged or edited)."""


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    verified_at: datetime
    # False for a backup made while the trail did not verify.
    verified: bool = True

    def to_json(self) -> str:
        return json.dumps(
            {
                "seq": self.seq,
                "hash": self.hash,
                "verified_at": self.verified_at.isoformat(),
                "verified": self.verified,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> Anchor:
        try:
            data = json.loads(text)
            seq, digest = data["seq"], data["hash"]
            if not isinstance(seq, int) or seq < 0 or not isinstance(digest, str):
                raise ValueError("bad anchor fields")
            if len(digest) != 64:
                raise ValueError("bad anchor hash")
            return cls(
                seq=seq,
                hash=digest,
                verified_at=datetime.fromisoformat(data["verified_at"]),
                verified=bool(data.get("verified", True)),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise AnchorUnreadable() from error


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def url_key(url: URL) -> str:
    """A stable name for a server database, without the password."""
    plain = url.set(password=None).render_as_string(hide_password=False)
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()[:32]


def anchor_file_for(url: URL, sqlite_file: Path | None) -> Path:
    if sqlite_file is not None:
        return Path(str(sqlite_file) + ANCHOR_SUFFIX)
    folder = private_folder(user_data_dir() / "anchors")
    return folder / f"{url_key(url)}{ANCHOR_SUFFIX}"


def sidecar_of(backup: Path) -> Path:
    return Path(str(backup) + ANCHOR_SUFFIX)


def read_anchor(path: Path) -> Anchor | None:
    """The anchor in ``path``; None when there is none; AnchorUnreadable when damaged."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise AnchorUnreadable() from error
    return Anchor.from_json(text)


def write_anchor(path: Path, anchor: Anchor) -> None:
    """Write atomically (temporary name, then rename), readable by the owner only."""
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(anchor.to_json())
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    log.info("audit anchor written at seq %d", anchor.seq)
