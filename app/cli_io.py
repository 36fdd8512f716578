"""``interne-klachten import FILE [--dry-run]`` and ``export FILE``: the per-row report on
the terminal; the exit code is non-zero when rows were refused."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.db import Database
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser

if TYPE_CHECKING:
    # The register's import and export load openpyxl: only when these commands run.
    from app.services.register_io import ImportPreview


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importing = commands.add_parser(
        "import", help="lees een register in (.xlsx of .csv); eerst een controle van elke rij"
    )
    importing.add_argument("file", metavar="BESTAND")
    importing.add_argument(
        "--dry-run", action="store_true", help="alleen controleren, niets opslaan"
    )
    importing.add_argument(
        "--valid-rows",
        action="store_true",
        help="lees de goede rijen in, ook als andere rijen fouten hebben",
    )
    importing.add_argument(
        "--create-people",
        action="store_true",
        help="maak medewerkers en afdelingen aan die nog niet bestaan",
    )
    exporting = commands.add_parser(
        "export",
        help="zet het register in een Excel-werkmap (.xlsx) of een CSV-bestand (.csv, "
        "puntkomma's, UTF-8)",
    )
    exporting.add_argument("file", metavar="BESTAND", help="eindigt op .xlsx of .csv")
    exporting.add_argument(
        "--anonymised",
        action="store_true",
        help="alleen het geanonimiseerde register (goedgekeurde samenvattingen, geen namen)",
    )


# A sheet of 100,000 rows must not print 100,000 lines: the first problems and rows are
# listed, the rest counted (the summary line always counts everything).
MAX_LINES = 200


def print_preview(preview: ImportPreview, out: TextIO | None = None) -> None:
    from app.services.register_io import Action

    """A line per problem (row and column) and per new or changed row, each list capped at
    ``MAX_LINES``; unchanged rows are only counted."""
    out = out or sys.stdout
    if preview.unknown_columns:
        print(
            "Onbekende kolommen (niet ingelezen): " + ", ".join(preview.unknown_columns), file=out
        )
    problems_left = rows_left = 0
    problem_lines = row_lines = 0
    for plan in preview.plans:
        if plan.problems:
            for problem in plan.problems:
                if problem_lines < MAX_LINES:
                    print(f"rij {problem.row}, kolom {problem.column}: {problem.message}", file=out)
                    problem_lines += 1
                else:
                    problems_left += 1
        elif plan.action in (Action.NEW, Action.UPDATE):
            if row_lines >= MAX_LINES:
                rows_left += 1
            elif plan.action == Action.UPDATE:
                print(
                    f"rij {plan.row}: {plan.number} bijwerken ({', '.join(plan.changes)})",
                    file=out,
                )
                row_lines += 1
            else:
                print(
                    f"rij {plan.row}: nieuw{' als ' + plan.number if plan.number else ''}",
                    file=out,
                )
                row_lines += 1
    if problems_left:
        print(f"… en nog {_count(problems_left)} problemen.", file=out)
    if rows_left:
        print(f"… en nog {_count(rows_left)} rijen om in te lezen.", file=out)
    if preview.new_employees:
        print("Nieuwe medewerkers: " + _names(preview.new_employees), file=out)
    if preview.new_units:
        print("Nieuwe afdelingen: " + _names(preview.new_units), file=out)
    refused = sum(1 for p in preview.plans if not p.valid)
    print(
        f"Samen: {preview.count(Action.NEW)} nieuw, {preview.count(Action.UPDATE)} bijwerken, "
        f"{preview.count(Action.SKIP)} ongewijzigd, {refused} met fouten.",
        file=out,
    )


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _names(names: list[str]) -> str:
    if len(names) <= MAX_LINES:
        return ", ".join(names)
    return ", ".join(names[:MAX_LINES]) + f" … en nog {_count(len(names) - MAX_LINES)}"


def run(db: Database, user: CurrentUser, args: argparse.Namespace) -> int:
    from app.services.register_io import RegisterExportService, RegisterImportService, read_sheet

    try:
        if args.command == "export" and getattr(args, "anonymised", False):
            from app.services.anonymised import AnonymisedRegisterService

            count = AnonymisedRegisterService(db, user).export(Path(args.file))
            print(f"{count} klachten geëxporteerd naar {args.file} (geanonimiseerd).")
            return 0
        if args.command == "export":
            count = RegisterExportService(db, user).export(Path(args.file))
            print(f"{count} klachten geëxporteerd naar {args.file}.")
            return 0
        importer = RegisterImportService(db, user)
        preview = importer.preview(read_sheet(Path(args.file)))
        print_preview(preview)
        refused = sum(1 for p in preview.plans if not p.valid)
        if args.dry_run:
            print("Controle klaar; er is niets opgeslagen (--dry-run).")
            return 1 if refused else 0
        result = importer.import_rows(
            preview, valid_only=args.valid_rows, create_people=args.create_people
        )
        print(
            f"Ingelezen: {result.created} nieuw, {result.updated} bijgewerkt, "
            f"{result.skipped} ongewijzigd, {result.refused} geweigerd."
        )
        return 1 if result.refused else 0
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"Fout: het bestand kan niet worden gelezen of geschreven ({error.strerror}).",
            file=sys.stderr,
        )
        return 1
