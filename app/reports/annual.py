"""The annual overview "Overzicht interne klachten <jaar>" (Awb 9:12a): the year's figures
against the previous year's, charts, subjects, causes and norms, terms, feedback cards,
realised improvements, the coordinator's own texts, and an annex listing the complaints.

``anonymised``: the annex leaves out the units of the employees concerned (in a small unit
a unit name points at a person); the report says so on its title page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from app.reports import charts
from app.reports.data import AnnualFigures, ListedComplaint, PeriodCounts
from app.reports.formats import (
    SHORT_MONTHS,
    change_text,
    decimal,
    number,
    share,
    short_date,
)
from app.reports.stock_section import stock_section
from app.reports.style import (
    ACCENT,
    ACCENT_LIGHT,
    AMBER,
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
    styles,
    written_section,
)
from app.wording import counted as plural

# The rows of the key figures table: (label, PeriodCounts field, indentation level).
FIGURE_ROWS: tuple[tuple[str, str, int], ...] = (
    ("Klachten ontvangen", "received_complaints", 0),
    ("Signalen ontvangen", "received_signals", 0),
    ("Klachten afgehandeld", "handled", 0),
    ("informeel afgehandeld", "informal", 1),
    ("formeel afgehandeld", "formal", 1),
    ("gegrond", "upheld", 2),
    ("deels gegrond", "partly_upheld", 2),
    ("ongegrond", "not_upheld", 2),
    ("doorgezet als herzieningsverzoek", "review", 1),
    ("niet in behandeling genomen", "declined", 1),
    ("ingetrokken", "withdrawn", 1),
)


def figures_table(
    current: PeriodCounts, previous: PeriodCounts, current_title: str, previous_title: str
) -> list[Flowable]:
    """The key figures with the previous period's and the change ("+3 (+12,5%)")."""
    rows = []
    for name, field, level in FIGURE_ROWS:
        now, before = getattr(current, field), getattr(previous, field)
        rows.append(
            [
                "    " * level + name,
                number(now),
                number(before),
                change_text(now, before),
            ]
        )
    columns = (
        Column("", 78 * mm, wrap=False),
        Column(current_title, 26 * mm, numeric=True, wrap=False),
        Column(previous_title, 26 * mm, numeric=True, wrap=False),
        Column("Verschil", 40 * mm, numeric=True, wrap=False),
    )
    bold = [i for i, (_n, _f, level) in enumerate(FIGURE_ROWS) if level == 0]
    return data_tables(columns, rows, bold_rows=bold)


def route_items(counts: PeriodCounts) -> list[tuple[str, int]]:
    return [
        ("Informeel", counts.informal),
        ("Formeel", counts.formal),
        ("Herziening", counts.review),
        ("Niet in behandeling", counts.declined),
        ("Ingetrokken", counts.withdrawn),
    ]


def judgment_items(counts: PeriodCounts) -> list[tuple[str, int]]:
    return [
        ("Gegrond", counts.upheld),
        ("Deels gegrond", counts.partly_upheld),
        ("Ongegrond", counts.not_upheld),
    ]


def summary_text(counts: PeriodCounts, previous: PeriodCounts, period: str, before: str) -> str:
    return (
        f"In {period} zijn {plural(counts.received_complaints, 'klacht', 'klachten')} en "
        f"{plural(counts.received_signals, 'signaal', 'signalen')} ontvangen ({before}: "
        f"{plural(previous.received_complaints, 'klacht', 'klachten')} en "
        f"{plural(previous.received_signals, 'signaal', 'signalen')}). Afgehandeld zijn "
        f"{plural(counts.handled, 'klacht', 'klachten')}: {number(counts.informal)} informeel "
        f"en {number(counts.formal)} formeel; {number(counts.review)} doorgezet als "
        f"herzieningsverzoek, {number(counts.declined)} niet in behandeling genomen en "
        f"{number(counts.withdrawn)} ingetrokken. Van de formeel behandelde klachten waren "
        f"er {number(counts.upheld)} gegrond, {number(counts.partly_upheld)} deels gegrond "
        f"en {number(counts.not_upheld)} ongegrond."
    )


def counted_table(items: Sequence[tuple[str, int]], title: str, total: int) -> list[Flowable]:
    rows = [
        [name, number(count), decimal(100.0 * count / total) + "%" if total else "–"]
        for name, count in items
    ]
    columns = (
        Column(title, 110 * mm),
        Column("Aantal", 25 * mm, numeric=True, wrap=False),
        Column("Aandeel", 35 * mm, numeric=True, wrap=False),
    )
    return data_tables(columns, rows, empty="Niets vastgelegd.")


def _chart_if_any(
    items: Sequence[tuple[str, int]], draw: Callable[[], Flowable], empty: str = ""
) -> list[Flowable]:
    """A chart only beside figures: an empty one says nothing. ``empty``: the sentence
    shown instead (none where a table beside it already says "Niets vastgelegd")."""
    if any(count for _name, count in items):
        return [figure_block(draw())]
    return [paragraph(empty, "small")] if empty else []


def reconciling_table(items: Sequence[tuple[str, int]], total: int) -> list[Flowable]:
    """The year's complaints by route with their total: the rows add up to the complaints
    received, so informal, formal and content (herziening) complaints reconcile."""
    rows = [[name, number(count)] for name, count in items]
    rows.append(["Totaal ontvangen klachten", number(total)])
    columns = (
        Column("Afhandeling", 110 * mm),
        Column("Aantal", 25 * mm, numeric=True, wrap=False),
    )
    return data_tables(columns, rows, bold_rows=[len(rows) - 1])


def themes_items(figures: AnnualFigures) -> list[tuple[str, str]]:
    items = [("Verzoek om een andere behandelaar", number(figures.other_handler_requested))]
    themes = figures.themes
    if themes is None:
        return items
    return [
        *items,
        ("Mededeling aan hinderlijk volhardende klagers", number(themes.persistent_notices)),
        ("Volgstukken ontvangen", number(themes.follow_ups)),
        ("Dubbele NAW-gegevens samengevoegd", number(themes.merges)),
        ("Behandeld door een betrokken medewerker (Awb 9:7)", number(themes.awb_9_7_breaches)),
    ]


def _median(value: float | None) -> str:
    if value is None:
        return "–"
    text = number(int(value)) if float(value).is_integer() else decimal(value)
    return f"{text} dagen" if value != 1 else "1 dag"


def build_annual_pdf(
    figures: AnnualFigures,
    listed: Sequence[ListedComplaint],
    *,
    made_on: date,
    anonymised: bool = False,
    progress: Progress | None = None,
) -> bytes:
    year, previous_year = figures.year, figures.year - 1
    counts, previous = figures.counts, figures.previous
    meta = ReportMeta(
        organisation=figures.organisation,
        title=f"Overzicht interne klachten {year}",
        period=f"1 januari – 31 december {year}",
        made_on=made_on,
        subtitle="Jaaroverzicht klachtbehandeling (artikel 9:12a Awb)",
        notice="Geanonimiseerde versie: zonder afdelingen van medewerkers" if anonymised else "",
    )
    story: list[Flowable] = [
        heading("Samenvatting"),
        paragraph(summary_text(counts, previous, str(year), str(previous_year))),
        heading("Kerncijfers", 2),
        *figures_table(counts, previous, str(year), str(previous_year)),
        paragraph(
            f"Verschil: het aantal in {year} vergeleken met {previous_year}, met de "
            "verandering in procenten.",
            "note",
        ),
        heading(f"Afhandeling van de klachten ontvangen in {year}", 2),
        *reconciling_table(figures.received_by_route, counts.received_complaints),
        paragraph(
            "Inhoudelijke klachten (herzieningsverzoek) staan naast de informeel en formeel "
            "behandelde klachten; samen met de klachten die nog in behandeling zijn is dat het "
            "aantal ontvangen klachten.",
            "note",
        ),
        *_chart_if_any(
            [("", sum(figures.per_month))],
            lambda: charts.bar_chart(
                f"Ontvangen klachten per maand in {year}",
                SHORT_MONTHS,
                [(str(year), figures.per_month, ACCENT)],
            ),
            f"In {year} zijn geen klachten ontvangen; er is dus geen grafiek per maand of "
            "per kwartaal.",
        ),
        *_chart_if_any(
            [("", sum(figures.per_month))],
            lambda: charts.bar_chart(
                "Ontvangen klachten per kwartaal",
                ["1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal"],
                [
                    (
                        str(year),
                        [sum(figures.per_month[q * 3 : q * 3 + 3]) for q in range(4)],
                        ACCENT,
                    )
                ],
                height=48 * mm,
            ),
        ),
        *_chart_if_any(
            route_items(counts),
            lambda: charts.stacked_share(
                f"Afhandeling van de klachten in {year}", route_items(counts)
            ),
            f"In {year} zijn geen klachten afgehandeld.",
        ),
        *_chart_if_any(
            judgment_items(counts),
            lambda: charts.stacked_share(
                "Oordeel over de formeel behandelde klachten",
                judgment_items(counts),
                palette=(RED, AMBER, GREEN),
            ),
        ),
    ]
    subjects_total = sum(c for _n, c in figures.subjects)
    story += section(
        "Waarover gingen de klachten",
        paragraph(
            "Een klacht kan over meer dan één onderwerp gaan; het aandeel is berekend op alle "
            "genoemde onderwerpen.",
            "intro",
        ),
        *_chart_if_any(
            figures.subjects,
            lambda: charts.ranked_bars(
                "Aantal klachten per onderwerp", figures.subjects, colour=ACCENT
            ),
        ),
        *counted_table(figures.subjects, "Onderwerp", subjects_total),
    )
    causes_total = sum(c for _n, c in figures.causes)
    story += section(
        "Oorzaken",
        paragraph(
            "De oorzaak zoals de behandelaar die vastlegde op het formulier 'Ik heb een klacht "
            "behandeld'.",
            "intro",
        ),
        *counted_table(figures.causes, "Oorzaak", causes_total),
    )
    norms_total = sum(c for _n, c in figures.norms)
    story += section(
        "Behoorlijkheidsnormen",
        paragraph(
            "De normen van de Nationale ombudsman waaraan de klachten zijn getoetst.", "intro"
        ),
        *_chart_if_any(
            figures.norms,
            lambda: charts.ranked_bars(
                "Aantal klachten per norm", figures.norms, colour=ACCENT_LIGHT
            ),
        ),
        *counted_table(figures.norms, "Norm", norms_total),
    )
    contacted, contact_measured = figures.contacted_in_time
    decided, decided_total = figures.decided_in_time
    story += section(
        "Termijnen",
        paragraph(
            f"Over de klachten afgehandeld in {year}, ook als ze eerder zijn ontvangen of uit "
            "een ingelezen register komen.",
            "intro",
        ),
        key_values(
            [
                ("Binnen de contacttermijn gesproken", share(contacted, contact_measured)),
                ("Formeel binnen de beslistermijn beslist", share(decided, decided_total)),
                ("Mediaan tot het eerste contact", _median(figures.median_days_to_contact)),
                ("Mediaan tot de afhandeling", _median(figures.median_days_to_close)),
            ],
            label_width=70 * mm,
        ),
    )
    story += stock_section(figures.stock, year, anonymised=anonymised)
    story += section(
        "Verzoeken van klagers en andere onderwerpen",
        key_values(themes_items(figures), label_width=100 * mm),
    )
    notable = [
        Paragraph(f"<b>{escape(case)}</b> — {escape(summary)}", styles()["body"], bulletText="•")
        for case, summary in figures.notable
    ]
    story += section(
        "Opvallende zaken",
        *(notable or [paragraph("Dit jaar zijn geen zaken als opvallend beschreven.", "small")]),
    )
    story += section(
        "Feedbackkaarten",
        key_values(
            [
                ("Klachten waarvoor kaarten zijn verstuurd", number(figures.cards_sent)),
                ("Groene kaarten teruggekomen", number(figures.cards_green)),
                ("Rode kaarten teruggekomen", number(figures.cards_red)),
            ],
            label_width=70 * mm,
        ),
    )
    realised = [
        Paragraph(paragraph_text, styles()["body"], bulletText="•")
        for paragraph_text in (escape(t) for t in figures.improvements_realised)
    ]
    story += section(
        "Gerealiseerde verbeteringen",
        *(realised or [paragraph("Dit jaar zijn geen verbetervoorstellen gerealiseerd.", "small")]),
    )
    story += written_section("Wat viel op", figures.texts.get("stood_out"))
    story += written_section("Wat hebben we geleerd", figures.texts.get("learned"))
    story += [PageBreak(), heading(f"Bijlage: klachten ontvangen in {year}")]
    story += [
        paragraph(
            "Per klacht het nummer, de datum van ontvangst, het onderwerp"
            + ("" if anonymised else ", de afdeling van de betrokken medewerkers")
            + " en de afhandeling. Namen van klagers en medewerkers staan niet in dit overzicht.",
            "intro",
        )
    ]
    story += complaint_list(listed, anonymised=anonymised)
    return build_report(meta, story, progress=progress)


def complaint_list(listed: Sequence[ListedComplaint], *, anonymised: bool) -> list[Flowable]:
    columns: tuple[Column, ...]
    if anonymised:
        columns = (
            Column("Nummer", 27 * mm, wrap=False),
            Column("Ontvangen", 21 * mm, wrap=False),
            Column("Onderwerp", 66 * mm),
            Column("Afhandeling", 56 * mm),
        )
        rows = [[c.number, short_date(c.received_on), c.subjects, c.outcome] for c in listed]
    else:
        columns = (
            Column("Nummer", 27 * mm, wrap=False),
            Column("Ontvangen", 21 * mm, wrap=False),
            Column("Onderwerp", 44 * mm),
            Column("Afdeling", 40 * mm),
            Column("Afhandeling", 38 * mm),
        )
        rows = [
            [c.number, short_date(c.received_on), c.subjects, c.units, c.outcome] for c in listed
        ]
    return data_tables(columns, rows, empty="Geen klachten ontvangen.")
