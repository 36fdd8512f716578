"""The quarterly report for management: the quarter's figures against the previous
quarter's, every complaint of the quarter (subject, the unit of the employee concerned,
cause, outcome, measures), the improvement proposals and their progress, returned
feedback cards and the coordinator's "Wat viel op".

Employees are shown by unit only; ``with_names`` adds their names (for a management
team that asks for them).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.reports import charts
from app.reports.annual import figures_table, route_items, summary_text
from app.reports.data import QuarterlyFigures
from app.reports.formats import (
    MONTHS,
    number,
    period_text,
    short_date,
)
from app.reports.style import (
    ACCENT,
    ACCENT_LIGHT,
    GREEN,
    RED,
    Column,
    Progress,
    ReportMeta,
    build_report,
    data_tables,
    figure_block,
    heading,
    key_values,
    paragraph,
    section,
    wide_pages,
    written_section,
)


def quarter_name(year: int, quarter: int) -> str:
    """``3e kwartaal 2026``."""
    return f"{quarter}e kwartaal {year}"


def previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def build_quarterly_pdf(
    figures: QuarterlyFigures,
    *,
    made_on: date,
    with_names: bool = False,
    progress: Progress | None = None,
) -> bytes:
    year, quarter = figures.year, figures.quarter
    before_year, before_quarter = previous_quarter(year, quarter)
    this_name = quarter_name(year, quarter)
    before_name = quarter_name(before_year, before_quarter)
    start, end = figures.period
    meta = ReportMeta(
        organisation=figures.organisation,
        title="Kwartaalrapportage interne klachten",
        period=f"{this_name} ({period_text(start, end)})",
        made_on=made_on,
        subtitle="Rapportage voor het managementteam",
        notice="Vertrouwelijk: alleen voor intern gebruik"
        + (" (met namen van medewerkers)" if with_names else ""),
    )
    counts, previous = figures.counts, figures.previous
    short_this = f"{quarter}e kw. {year}"
    short_before = f"{before_quarter}e kw. {before_year}"
    months = [start.month, start.month + 1, start.month + 2]
    received_per_month = Counter(row.received_on.month for row in figures.rows)
    story: list[Flowable] = [
        heading("Samenvatting"),
        paragraph(summary_text(counts, previous, f"het {this_name}", f"{before_name}")),
        heading("Cijfers", 2),
        *figures_table(counts, previous, short_this, short_before),
        paragraph(
            f"Verschil: het aantal in het {this_name} vergeleken met het {before_name}.",
            "note",
        ),
        figure_block(
            charts.bar_chart(
                "Dit kwartaal en het vorige",
                ["Ontvangen", "Afgehandeld", "Informeel", "Formeel", "Signalen"],
                [
                    (
                        short_before,
                        [
                            previous.received_complaints,
                            previous.handled,
                            previous.informal,
                            previous.formal,
                            previous.received_signals,
                        ],
                        ACCENT_LIGHT,
                    ),
                    (
                        short_this,
                        [
                            counts.received_complaints,
                            counts.handled,
                            counts.informal,
                            counts.formal,
                            counts.received_signals,
                        ],
                        ACCENT,
                    ),
                ],
                height=48 * mm,
            )
        ),
        figure_block(
            charts.bar_chart(
                "Ontvangen klachten per maand",
                [MONTHS[m - 1] for m in months],
                [(this_name, [received_per_month.get(m, 0) for m in months], ACCENT)],
                height=36 * mm,
            )
        ),
        *(
            [
                figure_block(
                    charts.stacked_share(
                        "Afhandeling van de klachten dit kwartaal", route_items(counts)
                    )
                )
            ]
            if any(count for _name, count in route_items(counts))
            else []
        ),
    ]
    story += wide_pages(
        heading("De klachten van dit kwartaal"),
        paragraph(
            "Alle klachten die dit kwartaal zijn ontvangen. Medewerkers staan vermeld met hun "
            "afdeling"
            + (" en naam" if with_names else ", niet met hun naam")
            + "; oorzaak en maatregelen komen uit het formulier van de behandelaar.",
            "intro",
        ),
        *complaint_rows(figures, with_names=with_names),
    )
    story += section(
        "Verbetervoorstellen",
        paragraph(
            "Openstaande voorstellen en voorstellen waarover dit kwartaal is besloten of die "
            "dit kwartaal zijn gerealiseerd. De eigenaar staat vermeld met functie en afdeling.",
            "intro",
        ),
        *proposal_rows(figures),
    )
    story += section(
        "Feedbackkaarten",
        key_values(
            [
                ("Groene kaarten teruggekomen", number(figures.cards_green)),
                ("Rode kaarten teruggekomen", number(figures.cards_red)),
            ],
            label_width=70 * mm,
        ),
        *(
            [
                figure_block(
                    charts.stacked_share(
                        "Teruggekomen kaarten",
                        [("Groen", figures.cards_green), ("Rood", figures.cards_red)],
                        palette=(GREEN, RED),
                    )
                )
            ]
            if figures.cards_green + figures.cards_red
            else []
        ),
    )
    story += written_section("Wat viel op", figures.texts.get("stood_out"))
    story += written_section("Wat hebben we geleerd", figures.texts.get("learned"))
    return build_report(meta, story, progress=progress)


def complaint_rows(figures: QuarterlyFigures, *, with_names: bool) -> list[Flowable]:
    """The quarter's complaints, for a landscape page (257 mm wide): the cause as the
    handler wrote it on the annex-1 form beside its kind, the measures with the
    improvement points."""
    columns = [
        Column("Nummer", 25 * mm, wrap=False),
        Column("Ontvangen", 21 * mm, wrap=False),
        Column("Onderwerp", 30 * mm if with_names else 34 * mm),
        Column("Afdeling", 30 * mm if with_names else 34 * mm),
        Column("Oorzaak", 40 * mm if with_names else 48 * mm),
        Column("Uitkomst", 28 * mm if with_names else 30 * mm),
        Column("Maatregelen en verbeterpunten", 53 * mm if with_names else 65 * mm),
    ]
    if with_names:
        columns.insert(4, Column("Medewerker", 30 * mm))
    rows = []
    for r in figures.rows:
        cause = " — ".join(part for part in (r.cause, r.cause_text) if part)
        row = [r.number, short_date(r.received_on), r.subjects, r.units, cause, r.outcome]
        if with_names:
            row.insert(4, r.employees)
        measures = [r.measures] if r.measures else []
        if r.improvement_points:
            measures.append(f"Verbeterpunten: {r.improvement_points}")
        rows.append([*row, " ".join(measures)])
    return data_tables(columns, rows, empty="Dit kwartaal zijn geen klachten ontvangen.")


def proposal_rows(figures: QuarterlyFigures) -> list[Flowable]:
    columns = (
        Column("Voorstel", 38 * mm),
        Column("Besluit", 23 * mm),
        Column("Eigenaar", 28 * mm),
        Column("Termijn", 19 * mm, wrap=False),
        Column("Status", 22 * mm),
        Column("Voortgang", 40 * mm),
    )
    rows = [
        [p.title, p.decision, p.owner, short_date(p.deadline), p.status, p.progress]
        for p in figures.proposals
    ]
    return data_tables(columns, rows, empty="Geen verbetervoorstellen.")
