"""The command line: ``interne-klachten [--db URL] [command]``; no command opens the GUI."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app import APP_TITLE, __version__
from app.db import Database, resolve_database_url
from app.launch import ENV_TIMINGS
from app.launch import run_gui as _run_gui_shell_first
from app.logfile import configure_logging as _configure_logging
from app.migrate import BackupBeforeMigrationError, NewerSchemaError, upgrade_database
from app.paths import user_log_dir
from app.services.errors import ServiceError
from app.storage_errors import classify, damaged, describe_failure

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    # Here, not at the top: the GUI opens its database through this module (open_for_gui)
    # and needs none of the other commands, whose modules pull in most of the program.
    from app import cli_avg, cli_bench, cli_io, cli_retention, cli_viewlog, cli_woo

    parser = argparse.ArgumentParser(
        prog="interne-klachten",
        description=f"{APP_TITLE}: registratie en behandeling van interne klachten.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=(
            "database-URL (standaard: INTERNE_KLACHTEN_DB, anders de plaats gekozen onder "
            "Beheer, anders klachten.db in de gebruikersmap)"
        ),
    )
    parser.add_argument("--verbose", action="store_true", help="uitgebreid logboek")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="controleer het programma met een tijdelijke database en stop",
    )
    commands = parser.add_subparsers(dest="command", metavar="opdracht")
    init = commands.add_parser(
        "init",
        help="stel een lege database in: de organisatie, en u als beheerder en coördinator",
    )
    init.add_argument("--organisation", metavar="NAAM", help="naam van de organisatie")
    init.add_argument("--name", metavar='"UW NAAM"', help="uw eigen naam")
    gui = commands.add_parser("gui", help="open het programma (standaard)")
    gui.add_argument(
        "--exit-when-shown",
        action="store_true",
        help="sluit af zodra het hoofdvenster met zijn gegevens getoond is (om de start te meten)",
    )
    gui.add_argument(
        "--timings",
        action="store_true",
        help=f"druk de starttijden af op stderr (ook met {ENV_TIMINGS}=1)",
    )
    demo = commands.add_parser("demo", help="vul een leeg register met verzonnen demogegevens")
    demo.add_argument("--years", type=int, default=3, help="aantal jaren (standaard 3)")
    demo.add_argument("--per-year", type=int, default=120, help="klachten per jaar (standaard 120)")
    backup = commands.add_parser("backup", help="maak een reservekopie van de database")
    backup.add_argument(
        "--out", metavar="BESTAND", help="waar de kopie komt (standaard: map backups)"
    )
    restore = commands.add_parser("restore", help="zet een reservekopie terug")
    restore.add_argument("file", metavar="BESTAND")
    commands.add_parser(
        "verify", help="controleer de database en de audittrail (exitcode 1 bij een probleem)"
    )
    _add_report_parser(commands)
    blank = commands.add_parser("form", help="maak een leeg klachtformulier (bijlage 3) als PDF")
    blank.add_argument("kind", choices=["blank"], help="blank: het lege formulier")
    blank.add_argument("--out", required=True, metavar="BESTAND.pdf")
    blank.add_argument("--organisation", default="", metavar="NAAM", help="naam op het formulier")
    cli_io.add_parsers(commands)
    database = commands.add_parser(
        "database",
        help="PostgreSQL: groepsrollen, rechten en rijbeveiliging in de database (roles)",
        description="Alleen voor een gedeelde PostgreSQL-database; uit te voeren door de "
        "eigenaar van de tabellen met CREATEROLE.",
    )
    database.add_argument("action", nargs="?", metavar="roles", help="roles")
    cli_viewlog.add_parser(commands)
    cli_avg.add_parser(commands)
    cli_retention.add_parser(commands)
    cli_woo.add_parser(commands)
    bench = commands.add_parser(
        "bench", help="meet de snelheid van het register met verzonnen klachten (ontwikkelaars)"
    )
    bench.add_argument(
        "--complaints",
        type=int,
        default=None,
        help="aantal klachten (standaard 100000, met --quick 300)",
    )
    bench.add_argument(
        "--db",
        dest="bench_db",
        metavar="URL",
        help="een database zonder klachten om te vullen (standaard: een tijdelijk "
        "SQLite-bestand dat na afloop wordt verwijderd)",
    )
    bench.add_argument("--repeats", type=int, default=5, help="metingen per handeling (5)")
    cli_bench.add_arguments(bench)
    return parser


class DamagedDatabaseError(Exception):
    pass


# The warning of the start-up check, for the GUI to show once its window is up.
_start_warnings: list[str] = []


def _open_database(
    url: str, *, check_trail: bool = True, integrity_later: bool = False
) -> Database:
    """The database, checked and upgraded. ``integrity_later`` (the GUI): SQLite's integrity
    check and the repairs that follow it run once the window is ready
    (``app.services.start_checks``; ``db.integrity_check_pending`` says so), unless the
    schema must be upgraded or the file cannot even be read: then the check comes first,
    as for every command."""
    db = Database(url)
    if db.sqlite_file is not None and db.sqlite_file.exists():
        if integrity_later and _schema_is_current(db):
            db.integrity_check_pending = True
        else:
            from app.services.backup import integrity_problem

            if integrity_problem(db.sqlite_file) is not None:
                db.dispose()
                raise DamagedDatabaseError()
    upgrade_database(db)
    if db.integrity_check_pending:
        # The GUI runs the repairs and the audit-trail check after the integrity check.
        return db
    from app.services.start_checks import run_start_repairs

    run_start_repairs(db)
    if check_trail:
        warning = _quick_check(db)
        if warning is not None:
            print(f"Waarschuwing: {warning}", file=sys.stderr)
            _start_warnings.append(warning)
    return db


def _schema_is_current(db: Database) -> bool:
    """One query; False also when the file cannot be read (the integrity check then says
    whether it is damaged)."""
    from app.migrate import head_revision, stored_revision

    try:
        return stored_revision(db) == head_revision()
    except (SQLAlchemyError, sqlite3.Error, OSError):
        return False


def _quick_check(db: Database) -> str | None:
    """The cheap audit-trail check of every start (``app.services.start_checks``)."""
    from app.services.start_checks import quick_trail_warning

    return quick_trail_warning(db)


def open_for_gui(db_argument: str | None) -> tuple[Database, str | None]:
    """The database for the GUI, checked and upgraded as for every command, and the start-up
    check's warning; ``StartRefused`` (Dutch) when it cannot be used."""
    from app.ui.startup import StartRefused

    url = resolve_database_url(db_argument)
    try:
        db = _open_database(url, integrity_later=True)
    except (NewerSchemaError, BackupBeforeMigrationError) as error:
        raise StartRefused(str(error)) from None
    except DamagedDatabaseError:
        log.error("database file failed the integrity check")
        raise StartRefused(damaged(url).message) from None
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        problem = describe_failure(error, url)
        log.error("cannot open database: %s (%s)", problem.kind, type(error).__name__)
        raise StartRefused(f"De database kan niet worden geopend. {problem.message}") from None
    return db, _start_warnings.pop() if _start_warnings else None


def _fail(message: str, *, gui: bool) -> int:
    print(f"Fout: {message}", file=sys.stderr)
    if gui:
        from app.ui.application import show_fatal_error

        show_fatal_error(message)
    return 2


def _run_blank_form(out: Path, organisation: str) -> int:
    """The blank annex-3 form needs no database: it is the same for every register."""
    from app.atomic_files import write_bytes_atomically
    from app.reports.annex3_blank import build_blank_annex3_pdf

    try:
        write_bytes_atomically(out, build_blank_annex3_pdf(organisation))
    except OSError as error:
        log.error("blank form not written: %s", type(error).__name__)
        print(f"Fout: het formulier kon niet worden opgeslagen in {out}.", file=sys.stderr)
        return 1
    print(f"Leeg klachtformulier opgeslagen: {out}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging(args.verbose)
    if args.self_test:
        from app.cli_self_test import run_self_test

        return run_self_test()
    if args.command == "bench":
        return _run_bench(args)
    command = args.command or "gui"
    gui = command == "gui"
    if gui:
        return _run_gui_shell_first(
            args.db,
            exit_when_shown=getattr(args, "exit_when_shown", False),
            timings=getattr(args, "timings", False),
        )
    if command == "form":
        return _run_blank_form(Path(args.out), args.organisation)
    url = resolve_database_url(args.db)
    if command == "restore":
        # Never opens the current database: it may be the damaged file being replaced.
        return _run_restore(url, Path(args.file))
    if command == "database" and (refusal := _database_roles_refusal(url, args)) is not None:
        print(f"Fout: {refusal}", file=sys.stderr)
        return 2
    try:
        db = _open_database(url, check_trail=command != "verify")
    except (NewerSchemaError, BackupBeforeMigrationError) as error:
        return _fail(str(error), gui=gui)
    except DamagedDatabaseError:
        log.error("database file failed the integrity check")
        if command == "verify":
            print(
                "De controle van de database vond een probleem:\n- Databasebestand: de "
                "integriteitscontrole van SQLite faalt; het bestand is beschadigd. Zet een "
                "reservekopie terug met 'interne-klachten restore BESTAND'.",
                file=sys.stderr,
            )
            return 1
        return _fail(damaged(url).message, gui=gui)
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:
        # Say what is really wrong (full disk, read-only, a folder, a server that is gone…);
        # only the kind and the class go to the log, never the text (it can hold data).
        problem = describe_failure(error, url)
        log.error("cannot open database: %s (%s)", problem.kind, type(error).__name__)
        return _fail(f"De database kan niet worden geopend. {problem.message}", gui=gui)
    try:
        if command == "init":
            return _run_init(db, args)
        if command == "demo":
            return _run_demo(db, years=args.years, per_year=args.per_year)
        if command == "backup":
            return _run_backup(db, args)
        if command == "verify":
            return _run_verify(db)
        if command in ("import", "export"):
            from app import cli_io

            user = _cli_user(db)
            return cli_io.run(db, user, args) if user is not None else 1
        if command == "viewlog":
            from app import cli_viewlog

            user = _cli_user(db)
            return cli_viewlog.run(db, user, args) if user is not None else 1
        if command == "avg":
            from app import cli_avg

            user = _cli_user(db)
            return cli_avg.run(db, user, args) if user is not None else 1
        if command == "woo":
            from app import cli_woo

            user = _cli_user(db)
            return cli_woo.run(db, user, args) if user is not None else 1
        if command == "retention":
            from app import cli_retention

            user = _cli_user(db)
            return cli_retention.run(db, user, args) if user is not None else 1
        if command == "report":
            return _run_report(db, args)
        if command == "database":
            return _run_database_roles(db)
        raise AssertionError(f"command without a handler: {command}")
    except Exception as error:
        fault = classify(error, url)
        if fault is not None:  # e.g. the disk filled up while the command wrote
            log.error("storage fault in %s: %s (%s)", command, fault.kind, type(error).__name__)
            print(f"Fout: {fault.message}", file=sys.stderr)
            return 1
        log.exception("unexpected error in command %s", command)
        print(
            f"Fout: er ging onverwacht iets mis. Details staan in het logboek in {user_log_dir()}.",
            file=sys.stderr,
        )
        return 3
    finally:
        db.dispose()


def _run_bench(args: argparse.Namespace) -> int:
    """Time the program on invented complaints, each figure next to its baseline
    (app.cli_bench); never on INTERNE_KLACHTEN_DB by default."""
    if args.complaints is None:
        args.complaints = 300 if args.quick else 100_000
    if args.complaints < 1 or args.repeats < 1:
        print("Fout: --complaints en --repeats moeten minstens 1 zijn.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="ik-bench-") as folder:
        url = args.bench_db or args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        try:
            db = _open_database(url)
        except (
            NewerSchemaError,
            BackupBeforeMigrationError,
            DamagedDatabaseError,
            SQLAlchemyError,
            sqlite3.Error,
            OSError,
        ):
            log.exception("cannot open the benchmark database")
            print("Fout: de database kan niet worden geopend (--db).", file=sys.stderr)
            return 2
        try:
            from app import cli_bench

            return cli_bench.run(db, url, args)
        except ServiceError as error:
            print(f"Fout: {error.message}", file=sys.stderr)
            return 1
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


INIT_HINT = (
    "deze database is nog leeg: er is nog geen gebruiker. Stel hem eerst in met\n"
    '  interne-klachten init --organisation NAAM --name "UW NAAM"\n'
    "of open het programma (zonder opdracht) en vul de eerste gegevens in."
)


def _run_init(db: Database, args: argparse.Namespace) -> int:
    from app.services.errors import ValidationError
    from app.services.identity import is_first_use, set_up_first_use

    if not is_first_use(db):
        print(
            "Fout: deze database is al ingesteld (er zijn al gebruikers); 'init' is alleen "
            "voor een lege database. Een nieuwe gebruiker voegt de beheerder toe onder "
            "Beheer > Medewerkers.",
            file=sys.stderr,
        )
        return 1
    if not (args.organisation or "").strip() or not (args.name or "").strip():
        print(
            'Fout: gebruik: interne-klachten init --organisation NAAM --name "UW NAAM"',
            file=sys.stderr,
        )
        return 2
    try:
        user = set_up_first_use(db, organisation_name=args.organisation, user_name=args.name)
    except ValidationError as error:
        print("Fout: " + " ".join(error.errors.values()), file=sys.stderr)
        return 2
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    print(
        f"Database ingesteld in {db.describe()}. U (inlognaam '{user.login}') bent "
        "beheerder en coördinator; open het programma of importeer een register."
    )
    _prepare_deidentifier()
    return 0


def _prepare_deidentifier() -> None:
    """Build the anonymiser's cache now (about 90 s, once) rather than at first start."""
    from app.services import deidentify

    if not deidentify.is_ready():
        print("De anonimiseerder wordt voorbereid (eenmalig, ongeveer anderhalve minuut)…")
        sys.stdout.flush()
    try:
        deidentify.warm_up()
    except Exception as error:  # init itself succeeded; the program retries at its start
        log.warning("anonymiser not prepared: %s", type(error).__name__)
        print(
            "Let op: de anonimiseerder kon niet worden voorbereid; het programma probeert "
            "het opnieuw bij de eerste start.",
            file=sys.stderr,
        )
        return
    print("De anonimiseerder is klaar voor gebruik.")


def _cli_user(db: Database):  # type: ignore[no-untyped-def]
    from app.services.identity import current_login, is_first_use, load_current_user

    user = load_current_user(db)
    if user is None and is_first_use(db):
        print(f"Fout: {INIT_HINT}", file=sys.stderr)
    elif user is None:
        print(
            f"Fout: uw inlognaam '{current_login(db)}' is niet bekend in deze database.",
            file=sys.stderr,
        )
    return user


def _run_backup(db: Database, args: argparse.Namespace) -> int:
    from app.services.backup import make_backup

    user = _cli_user(db)
    if user is None:
        return 1
    try:
        info = make_backup(db, user, Path(args.out) if args.out else None)
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    print(f"Reservekopie gemaakt: {info.path} ({info.complaints} klachten).")
    if info.check is not None and not info.check.ok:
        print(
            "Let op: de reservekopie is gemaakt, maar de controle vooraf vond problemen.\n"
            + info.check.text(),
            file=sys.stderr,
        )
        return 1
    return 0


def _run_verify(db: Database) -> int:
    from app.services.verify import VerifyService

    user = _cli_user(db)
    if user is None:
        return 1
    try:
        report = VerifyService(db, user).verify()
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    print(report.text(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def _database_roles_refusal(url: str, args: argparse.Namespace) -> str | None:
    """Checked before the database is opened, so no SQLite file is made for nothing."""
    from sqlalchemy.engine import make_url

    if args.action != "roles":
        return "gebruik: interne-klachten --db URL database roles"
    try:
        backend = make_url(url).get_backend_name()
    except Exception:  # sqlalchemy raises ArgumentError or ValueError for a bad URL
        return "de database-URL (--db) is ongeldig."
    if backend != "postgresql":
        return (
            "'database roles' is alleen voor een gedeelde PostgreSQL-database. Een "
            "SQLite-bestand beschermt u met de rechten op het bestand en de map."
        )
    return None


def _run_database_roles(db: Database) -> int:
    from app.services.database_roles import apply_database_roles

    try:
        result = apply_database_roles(db)
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    print(result.text())
    return 0


def _run_restore(url: str, source: Path) -> int:
    from sqlalchemy.engine import make_url

    from app.services import identity
    from app.services.backup import restore_file

    try:
        parsed = make_url(url)
    except Exception:  # sqlalchemy raises ArgumentError or ValueError for a bad URL
        print("Fout: de database-URL (--db) is ongeldig.", file=sys.stderr)
        return 2
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        print(
            "Fout: een gedeelde PostgreSQL-database zet de databasebeheerder terug met "
            "pg_restore; dit programma zet alleen een SQLite-bestand terug.",
            file=sys.stderr,
        )
        return 1
    try:
        result = restore_file(Path(parsed.database), source, login=identity.os_login())
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    except Exception:
        log.exception("unexpected error in command restore")
        print(
            f"Fout: er ging onverwacht iets mis. Details staan in het logboek in {user_log_dir()}.",
            file=sys.stderr,
        )
        return 3
    kept = f" De vorige database staat in {result.kept_aside}." if result.kept_aside else ""
    print(f"Teruggezet: {result.info.path} ({result.info.complaints} klachten).{kept}")
    return 0


# ----- report ------------------------------------------------------------------------------

REPORT_USAGE = """rapportages:
  report annual --year JAAR --out BESTAND.pdf [--anonymised]
  report quarterly --year JAAR --quarter 1-4 --out BESTAND.pdf [--with-names]
  report weekly --out MAP          (per behandelaar een PDF en een e-mailconcept .eml)
  report dossier NUMMER --out BESTAND.pdf"""


def _add_report_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser(
        "report",
        help="maak een rapportage: annual, quarterly, weekly of dossier",
        description="Maak een rapportage als PDF.",
        epilog=REPORT_USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # Checked by _report_request (not by argparse) so every mistake gets a Dutch message.
    report.add_argument(
        "kind", nargs="?", metavar="soort", help="annual, quarterly, weekly, dossier"
    )
    report.add_argument("number", nargs="?", metavar="NUMMER", help="klachtnummer (dossier)")
    report.add_argument("--year", metavar="JAAR", help="jaar, vier cijfers")
    report.add_argument("--quarter", metavar="KWARTAAL", help="kwartaal, 1 tot en met 4")
    report.add_argument("--out", metavar="BESTAND", help="het PDF-bestand (weekly: een map)")
    report.add_argument("--anonymised", action="store_true", help="jaaroverzicht zonder afdelingen")
    report.add_argument(
        "--with-names",
        action="store_true",
        help="kwartaalrapportage met namen van betrokken medewerkers",
    )


def _report_request(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The report asked for, or a Dutch message saying what is wrong with the arguments."""
    import re

    from app.services.report_files import ReportKind, ReportRequest

    kinds = ", ".join(k.value for k in ReportKind)
    if args.kind not in {k.value for k in ReportKind}:
        if args.kind is None:
            return f"geef aan welke rapportage u wilt: {kinds}.\n{REPORT_USAGE}"
        return f"onbekende rapportage '{args.kind}'; kies {kinds}.\n{REPORT_USAGE}"
    kind = ReportKind(args.kind)
    year = quarter = None
    if kind in (ReportKind.ANNUAL, ReportKind.QUARTERLY):
        if args.year is None:
            return "geef het jaar op met --year, bijvoorbeeld --year 2026."
        if not re.fullmatch(r"\d{4}", args.year.strip()):
            return f"'{args.year}' is geen jaartal; geef vier cijfers op, bijvoorbeeld 2026."
        year = int(args.year)
    if kind == ReportKind.QUARTERLY:
        if args.quarter is None or not re.fullmatch(r"[1-4]", args.quarter.strip()):
            shown = "" if args.quarter is None else f" ('{args.quarter}' kan niet)"
            return f"geef het kwartaal op met --quarter 1, 2, 3 of 4{shown}."
        quarter = int(args.quarter)
    if kind == ReportKind.DOSSIER and not (args.number or "").strip():
        return "geef het klachtnummer op, bijvoorbeeld: report dossier IK-2026-0042 --out d.pdf"
    if kind != ReportKind.DOSSIER and args.number is not None:
        return f"onverwacht argument '{args.number}'.\n{REPORT_USAGE}"
    if not args.out:
        what = "de map" if kind == ReportKind.WEEKLY else "het PDF-bestand"
        return f"geef met --out op waar {what} moet komen."
    return ReportRequest(
        kind=kind,
        target=Path(args.out).expanduser(),
        year=year,
        quarter=quarter,
        number=args.number,
        anonymised=args.anonymised,
        with_names=args.with_names,
    )


def _run_report(db: Database, args: argparse.Namespace) -> int:
    from app.services.report_files import ReportFileService, ReportKind

    request = _report_request(args)
    if isinstance(request, str):
        print(f"Fout: {request}", file=sys.stderr)
        return 2
    user = _cli_user(db)
    if user is None:
        return 1
    try:
        if request.kind == ReportKind.WEEKLY and not request.target.exists():
            try:
                request.target.mkdir()
            except OSError:
                print(f"Fout: de map {request.target} kan niet worden gemaakt.", file=sys.stderr)
                return 1
        paths = ReportFileService(db, user).make(request)
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    if not paths:
        print("Er zijn geen open klachten met een behandelaar; er is niets gemaakt.")
    for path in paths:
        print(f"Gemaakt: {path}")
    return 0
