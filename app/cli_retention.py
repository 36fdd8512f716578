"""``interne-klachten retention --dry-run``: which closed complaints have passed their
retention term (number, date closed, term; no personal data). ``--propose`` puts them on a
destruction list, ``--approve ID`` is the archivist's approval, ``--carry-out ID`` destroys
the personal data of an approved list."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from app.db import Database
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser
from app.services.validation import FieldError

USAGE = "retention --dry-run | --propose | --approve ID | --carry-out ID  [--as-of dd-mm-jjjj]"
PAGE = 1000


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    retention = commands.add_parser(
        "retention",
        help="bewaartermijnen: proefrun, vernietigingslijst voorstellen, goedkeuren, uitvoeren",
        epilog=USAGE,
    )
    acts = retention.add_mutually_exclusive_group()
    acts.add_argument("--dry-run", action="store_true", help="toon wat vernietigd zou worden")
    acts.add_argument("--propose", action="store_true", help="stel een vernietigingslijst voor")
    acts.add_argument("--approve", type=int, metavar="ID", help="keur een lijst goed (archivaris)")
    acts.add_argument("--carry-out", type=int, metavar="ID", help="voer een goedgekeurde lijst uit")
    retention.add_argument("--as-of", metavar="DATUM", help="peildatum (standaard vandaag)")


def run(db: Database, user: CurrentUser, args: argparse.Namespace) -> int:
    from app.services.register_io import parse_date
    from app.services.retention import RetentionService, term_label

    try:
        as_of = parse_date(args.as_of) or date.today()
    except FieldError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 2
    service = RetentionService(db, user)
    try:
        if args.propose:
            list_id = service.propose(as_of)
            count = next(i.complaint_count for i in service.lists() if i.id == list_id)
            print(f"Vernietigingslijst {list_id} voorgesteld met {count} klachten.")
            return 0
        if args.approve is not None:
            service.approve(args.approve)
            print(f"Vernietigingslijst {args.approve} goedgekeurd.")
            return 0
        if args.carry_out is not None:
            count = service.carry_out(args.carry_out)
            print(f"Vernietigingslijst {args.carry_out} uitgevoerd: {count} klachten vernietigd.")
            return 0
        if not args.dry_run:
            print(f"Fout: kies wat u wilt doen.\n{USAGE}", file=sys.stderr)
            return 2
        page = service.due(as_of, limit=PAGE)
        print(
            f"Proefrun per {as_of:%d-%m-%Y}: {page.total} klachten zouden worden vernietigd "
            "(er verandert niets)."
        )
        for term, count in sorted(page.per_term.items()):
            print(f"  {term_label(term)}: {count}")
        offset = 0
        while page.rows:
            for row in page.rows:
                print(f"{row.number}\t{row.closed_on:%d-%m-%Y}\t{term_label(row.term)}")
            offset += len(page.rows)
            page = service.due(as_of, offset=offset, limit=PAGE)
        return 0
    except ServiceError as error:
        print(f"Fout: {error.message}", file=sys.stderr)
        return 1
