"""``interne-klachten woo NUMMER… --out MAP``: a Woo export of these complaints (their
documents with the proposed redactions, and the inventory) into a folder; for the
coordinator. Adjusting the proposals is the screen's work; the command takes them all."""

from __future__ import annotations

import argparse
import sys

from app.db import Database
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser
from app.wording import counted

USAGE = "woo KLACHTNUMMER [KLACHTNUMMER …] --out MAP"


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    woo = commands.add_parser(
        "woo",
        help="Woo-export: documenten van klachten gelakt als PDF, met inventarislijst",
        description=(
            "Een Woo-export: het dossier, de brieven en de bijlagen van de klachten als PDF, "
            "persoonsgegevens zwart gelakt met hun weigeringsgrond, en een inventarislijst."
        ),
        epilog=USAGE,
    )
    # Checked here (not by argparse) so every mistake gets a Dutch message.
    woo.add_argument("numbers", nargs="*", metavar="KLACHTNUMMER", help="een of meer klachten")
    woo.add_argument("--out", metavar="MAP", help="de map waarin de bestanden komen")


def run(db: Database, user: CurrentUser, args: argparse.Namespace) -> int:
    from app.services.woo import WooService

    if not args.numbers or not args.out:
        print(f"Fout: geef een of meer klachtnummers en --out op.\n{USAGE}", file=sys.stderr)
        return 2
    try:
        service = WooService(db, user)
        export = service.export(service.prepare(args.numbers), args.out)
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    made = counted(export.documents, "document", "documenten")
    line = f"Woo-export klaar in {export.folder}: {made}"
    if export.withheld:
        line += f", {counted(export.withheld, 'document', 'documenten')} niet openbaar"
    print(line + "; de inventarislijst staat in inventaris.pdf en inventaris.xlsx.")
    return 0
