"""``interne-klachten viewlog --from DATE --to DATE [--complainant ID] --out FILE``: the
view log (who opened whose personal data) for a period, or one complainant, as .csv or
.xlsx — for the privacy officer; the administrator and the coordinator may run it."""

from __future__ import annotations

import argparse
import sys

from app.db import Database
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser
from app.services.validation import FieldError

USAGE = "viewlog --from dd-mm-jjjj --to dd-mm-jjjj [--complainant ID|KLACHTNUMMER] --out BESTAND"


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    viewlog = commands.add_parser(
        "viewlog",
        help="exporteer het inzagelog (wie welke persoonsgegevens zag) naar .csv of .xlsx",
        description="Het inzagelog over een periode, eventueel van één klager.",
        epilog=USAGE,
    )
    # Checked here (not by argparse) so every mistake gets a Dutch message.
    viewlog.add_argument("--from", dest="start", metavar="DATUM", help="eerste dag, dd-mm-jjjj")
    viewlog.add_argument("--to", dest="end", metavar="DATUM", help="laatste dag, dd-mm-jjjj")
    viewlog.add_argument(
        "--complainant",
        metavar="ID",
        help="alleen deze klager: het klagernummer of een van diens klachtnummers",
    )
    viewlog.add_argument("--out", metavar="BESTAND", help="het bestand, .csv of .xlsx")


def run(db: Database, user: CurrentUser, args: argparse.Namespace) -> int:
    try:
        # Both load openpyxl, which only this command needs.
        from app.services.register_io import parse_date
        from app.services.view_log import ViewLogService

        start = parse_date(args.start)
        end = parse_date(args.end)
    except FieldError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 2
    if start is None or end is None:
        print(f"Fout: geef --from en --to op.\n{USAGE}", file=sys.stderr)
        return 2
    if not args.out:
        print(f"Fout: geef met --out op waar het bestand moet komen.\n{USAGE}", file=sys.stderr)
        return 2
    service = ViewLogService(db, user)
    try:
        complainant = None
        if args.complainant is not None:
            complainant = service.complainant_of(args.complainant)
        count = service.export(args.out, start, end, complainant)
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    print(f"{count} regels uit het inzagelog geëxporteerd naar {args.out}.")
    return 0
