"""Where this workstation's register is: the SQLite file on this computer (the default) or
the team's PostgreSQL server, as the user chose under Beheer or at first use.

The choice is kept in ``database.json`` in the user's configuration folder, read at start
(``stored_database_url``); ``--db`` and ``INTERNE_KLACHTEN_DB`` still win (see
``app.db.resolve_database_url``). No password is ever stored: the server's own
authentication supplies it (``.pgpass``/``pgpass.conf``, ``PGPASSWORD``, peer, trust or
GSSAPI/SSPI), as libpq does for every PostgreSQL program.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import URL

from app.atomic_files import write_bytes_atomically
from app.paths import default_database_file, user_config_dir

log = logging.getLogger(__name__)

CHOICE_FILE = "database.json"
DEFAULT_PORT = 5432
# A test that cannot reach the server gives up after this long (libpq's connect_timeout).
CONNECT_TIMEOUT_SECONDS = 5


class Place(StrEnum):
    THIS_COMPUTER = "this-computer"
    TEAM_SERVER = "team-server"


@dataclass(frozen=True)
class DatabaseLocation:
    """The user's choice; the server fields only matter for ``Place.TEAM_SERVER``."""

    place: Place = Place.THIS_COMPUTER
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""

    def problems(self) -> dict[str, str]:
        """Dutch messages by field for what is missing (only a server needs fields)."""
        if self.place is Place.THIS_COMPUTER:
            return {}
        found = {}
        if not self.host.strip():
            found["host"] = "Vul de naam of het adres van de server in."
        if not self.database.strip():
            found["database"] = "Vul de naam van de database in."
        if not 0 < self.port < 65536:
            found["port"] = "De poort is een getal van 1 tot en met 65535."
        return found

    def url(self) -> str:
        if self.place is Place.THIS_COMPUTER:
            return f"sqlite:///{default_database_file()}"
        return URL.create(
            "postgresql+psycopg",
            username=self.user.strip() or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
        ).render_as_string(hide_password=False)


def choice_file() -> Path:
    return user_config_dir() / CHOICE_FILE


def load_location() -> DatabaseLocation | None:
    """The stored choice, or None when there is none (or it cannot be read: then the
    default applies, and the log says why without its contents)."""
    path = choice_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        location = DatabaseLocation(
            place=Place(raw["place"]),
            host=str(raw.get("host", "")),
            port=int(raw.get("port", DEFAULT_PORT)),
            database=str(raw.get("database", "")),
            user=str(raw.get("user", "")),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("database choice not readable, using the default (%s)", type(error).__name__)
        return None
    if location.problems():
        log.warning("stored database choice is incomplete, using the default")
        return None
    return location


def save_location(location: DatabaseLocation) -> None:
    """Keep ``location`` for the next start (written whole, readable by the owner only)."""
    content = json.dumps(asdict(location), ensure_ascii=False, indent=2)
    write_bytes_atomically(choice_file(), content.encode("utf-8"))


def stored_database_url() -> str | None:
    location = load_location()
    return location.url() if location is not None else None


def connection_problem(location: DatabaseLocation) -> str | None:
    """Try to connect to the server of ``location``; None when it works, otherwise why
    not, in Dutch (never the driver's own text). Blocks up to ``CONNECT_TIMEOUT_SECONDS``:
    call it off the GUI thread."""
    import psycopg

    from app.storage_errors import StorageFault, describe_failure

    if missing := location.problems():
        return next(iter(missing.values()))
    if location.place is Place.THIS_COMPUTER:
        return None
    try:
        with psycopg.connect(
            host=location.host.strip(),
            port=location.port,
            dbname=location.database.strip(),
            user=location.user.strip() or None,
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            application_name="interne-klachten verbindingstest",
        ) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        kind = describe_failure(error, location.url()).kind
        log.info("connection test failed: %s", kind)
        server = f"{location.host.strip()}:{location.port}"
        if kind is StorageFault.SERVER_UNREACHABLE:
            return (
                f"De server {server} is niet bereikbaar. Controleer de naam en de poort, de "
                "netwerkverbinding en of de server draait."
            )
        if kind is StorageFault.LOGIN_REFUSED:
            return (
                f"De server {server} weigert de aanmelding. Controleer de gebruikersnaam; het "
                "wachtwoord komt uit de eigen aanmelding van de server (bijvoorbeeld een "
                "pgpass-bestand): vraag de beheerder van de server hoe dat bij u werkt."
            )
        if kind is StorageFault.LOCATION_GONE:
            return f"De server {server} kent geen database {location.database.strip()!r}."
        return f"De verbinding met de server {server} lukt niet. Vraag de beheerder om hulp."
    return None
