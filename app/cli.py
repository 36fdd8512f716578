"""The command line: ``interne-klachten [--db URL] [command]``; no command opens the GUI."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from app import APP_TITLE, __version__
from app.db import Database, resolve_database_url
from app.migrate import NewerSchemaError, upgrade_database
from app.paths import user_log_dir
from app.services.errors import ServiceError

log = logging.getLogger(__name__)


def _configure_logging(verbose: bool) -> None:
    """A rotating log file in the platform log folder (never personal data)."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            user_log_dir() / "interne-klachten.log",
            maxBytes=1_000_000,
            backupCount=5,
            encoding="utf-8",
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interne-klachten",
        description=f"{APP_TITLE}: registratie en behandeling van interne klachten.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database-URL (standaard: INTERNE_KLACHTEN_DB of klachten.db in de gebruikersmap)",
    )
    parser.add_argument("--verbose", action="store_true", help="uitgebreid logboek")
    commands = parser.add_subparsers(dest="command", metavar="opdracht")
    commands.add_parser("gui", help="open het programma (standaard)")
    demo = commands.add_parser("demo", help="vul een leeg register met verzonnen demogegevens")
    demo.add_argument("--years", type=int, default=3, help="aantal jaren (standaard 3)")
    demo.add_argument("--per-year", type=int, default=120, help="klachten per jaar (standaard 120)")
    backup = commands.add_parser("backup", help="maak een reservekopie van de database")
    backup.add_argument(
        "--out", metavar="BESTAND", help="waar de kopie komt (standaard: map backups)"
    )
    restore = commands.add_parser("restore", help="zet een reservekopie terug")
    restore.add_argument("file", metavar="BESTAND")
    return parser


class DamagedDatabaseError(Exception):
    pass


def _open_database(url: str) -> Database:
    db = Database(url)
    if db.sqlite_file is not None and db.sqlite_file.exists():
        from app.services.backup import integrity_problem

        if integrity_problem(db.sqlite_file) is not None:
            db.dispose()
            raise DamagedDatabaseError()
    upgrade_database(db)
    return db


def _fail(message: str, *, gui: bool) -> int:
    print(f"Fout: {message}", file=sys.stderr)
    if gui:
        from app.ui.application import show_fatal_error

        show_fatal_error(message)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging(args.verbose)
    command = args.command or "gui"
    gui = command == "gui"
    url = resolve_database_url(args.db)
    try:
        db = _open_database(url)
    except NewerSchemaError as error:
        return _fail(str(error), gui=gui)
    except DamagedDatabaseError:
        log.error("database file failed the integrity check")
        return _fail(
            "Het databasebestand is beschadigd. Zet een reservekopie terug met "
            "'interne-klachten restore BESTAND' (kopieën staan in de map backups naast de "
            "database) of neem contact op met de beheerder.",
            gui=gui,
        )
    except (SQLAlchemyError, OSError):
        log.exception("cannot open database")
        return _fail(
            "De database kan niet worden geopend. Controleer de locatie of de "
            "serververbinding (--db) en probeer het opnieuw.",
            gui=gui,
        )
    try:
        if command == "demo":
            return _run_demo(db, years=args.years, per_year=args.per_year)
        if command in ("backup", "restore"):
            return _run_backup(db, command, args)
        from app.ui.application import run_gui

        return run_gui(db, [sys.argv[0]])
    except Exception:
        log.exception("unexpected error in command %s", command)
        print(
            f"Fout: er ging onverwacht iets mis. Details staan in het logboek in {user_log_dir()}.",
            file=sys.stderr,
        )
        return 3
    finally:
        db.dispose()


def _run_demo(db: Database, *, years: int, per_year: int) -> int:
    from app.services.demo import fill_demo

    if years < 1 or per_year < 1:
        print("Fout: --years en --per-year moeten minstens 1 zijn.", file=sys.stderr)
        return 2
    try:
        summary = fill_demo(db, years=years, per_year=per_year)
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    print(
        f"Demogegevens geladen in {db.describe()}: {summary.units} afdelingen, "
        f"{summary.employees} medewerkers, {summary.complainants} klagers, "
        f"{summary.complaints} klachten en {summary.signals} signalen."
    )
    return 0


def _cli_user(db: Database):  # type: ignore[no-untyped-def]
    from app.services.identity import current_login, load_current_user

    user = load_current_user(db)
    if user is None:
        print(
            f"Fout: uw inlognaam '{current_login(db)}' is niet bekend in deze database.",
            file=sys.stderr,
        )
    return user


def _run_backup(db: Database, command: str, args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.services.backup import make_backup, restore_backup

    user = _cli_user(db)
    if user is None:
        return 1
    try:
        if command == "backup":
            info = make_backup(db, user, Path(args.out) if args.out else None)
            print(f"Reservekopie gemaakt: {info.path} ({info.complaints} klachten).")
        else:
            info = restore_backup(db, user, Path(args.file))
            print(
                f"Teruggezet: {info.path} ({info.complaints} klachten). De vorige database "
                "staat in de map backups."
            )
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    return 0
