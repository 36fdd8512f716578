"""``interne-klachten avg inzage --klager ID --out MAP``: the access export (inzageverzoek,
AVG article 15) of one complainant, as a ZIP in a folder; for the coordinator. The
complainant may be named by their number or by one of their complaints' numbers."""

from __future__ import annotations

import argparse
import sys

from app.db import Database
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser
from app.wording import counted

USAGE = "avg inzage --klager ID|KLACHTNUMMER --out MAP"


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    avg = commands.add_parser(
        "avg",
        help="AVG-verzoek van een klager: inzage (alle gegevens in één ZIP-bestand)",
        description="Een AVG-inzageverzoek: alles wat het register over één klager bewaart.",
        epilog=USAGE,
    )
    # Checked here (not by argparse) so every mistake gets a Dutch message.
    avg.add_argument("action", nargs="?", metavar="inzage", help="inzage")
    avg.add_argument(
        "--klager", metavar="ID", help="het klagernummer of een van diens klachtnummers"
    )
    avg.add_argument("--out", metavar="MAP", help="de map waarin het ZIP-bestand komt")


def run(db: Database, user: CurrentUser, args: argparse.Namespace) -> int:
    from app.services.avg import AvgService

    if args.action != "inzage":
        print(f"Fout: kies wat u wilt doen.\n{USAGE}", file=sys.stderr)
        return 2
    if not args.klager or not args.out:
        print(f"Fout: geef --klager en --out op.\n{USAGE}", file=sys.stderr)
        return 2
    try:
        service = AvgService(db, user)
        export = service.access_export(service.find(args.klager).id, args.out)
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
    complaints = counted(export.complaints, "klacht", "klachten")
    files = counted(export.files, "bestand", "bestanden")
    print(f"Inzageverzoek klaar: {export.path} ({complaints}, {files}).")
    return 0
