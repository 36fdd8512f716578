"""The annual report's "Voorraad per team": the open stock per unit at the year's end with
the unassigned, and the days from receipt to assignment and to first contact."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.reports.data import UnitStock, spread_text
from app.reports.style import Column, data_tables, paragraph, section


def stock_section(
    stock: Sequence[UnitStock], year: int, *, anonymised: bool = False
) -> list[Flowable]:
    """Per team and in total; the anonymised version shows the total only (like its list
    of complaints, it names no unit of the employees concerned)."""
    lines = [line for line in stock if line.unit_id is None or not anonymised]
    rows = [
        [
            line.name,
            str(line.open),
            str(line.unassigned),
            spread_text(line.to_assignment) if line.assignment_known else "niet beschikbaar",
            spread_text(line.to_first_contact),
        ]
        for line in lines
    ]
    columns = (
        Column("Team", 56 * mm),
        Column("Open op 31-12", 22 * mm, numeric=True, wrap=False),
        Column("Zonder behandelaar", 30 * mm, numeric=True, wrap=False),
        Column("Dagen tot toewijzing", 31 * mm, numeric=True, wrap=False),
        Column("Dagen tot eerste contact", 31 * mm, numeric=True, wrap=False),
    )
    return section(
        "Voorraad per team",
        paragraph(
            f"Open klachten op 31 december {year} per team van de betrokken medewerkers, en "
            "hoeveel daarvan nog geen behandelaar hadden. Dagen: mediaan / gemiddelde van "
            f"ontvangst tot toewijzing en tot het eerste contact, over de klachten ontvangen "
            f"in {year}. Een klacht over medewerkers van twee teams telt bij beide; het "
            "totaal telt haar één keer.",
            "intro",
        ),
        *data_tables(
            columns, rows, bold_rows=[i for i, s in enumerate(lines) if s.unit_id is None]
        ),
    )
