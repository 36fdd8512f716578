"""The complaint dossier: everything about one complaint on paper — its data, the
complainant, the employees concerned, deadlines, contact notes, promises, parts and
judgments, the handling form, documents, attachments, feedback cards and its history.
It holds personal data and says so on its title page."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.models.enums import label
from app.reports.data import DossierData
from app.reports.formats import (
    date_time,
    file_size,
    long_date,
    short_date,
)
from app.reports.style import (
    Column,
    Progress,
    ReportMeta,
    build_report,
    data_tables,
    free_text,
    heading,
    key_values,
    paragraph,
    section,
)


def _yes(value: bool) -> str:
    return "ja" if value else "nee"


def build_dossier_pdf(
    data: DossierData, *, made_on: date, progress: Progress | None = None
) -> bytes:
    d = data.detail
    kind = label(d.kind)
    meta = ReportMeta(
        organisation=data.organisation,
        title=f"Klachtdossier {d.number}",
        period=f"{kind}, ontvangen op {long_date(d.received_on)}",
        made_on=made_on,
        subtitle=d.complainant.name or "",
        notice="Vertrouwelijk: dit dossier bevat persoonsgegevens",
    )
    related = [f"{r.number} ({label(r.status).lower()}; {r.reason})" for r in d.related]
    story: list[Flowable] = [
        heading("Gegevens"),
        key_values(
            [
                ("Nummer", d.number),
                ("Soort", kind),
                ("Ontvangen op", long_date(d.received_on)),
                ("Binnengekomen via", label(d.channel)),
                ("Status", label(d.status)),
                ("Afhandeling", label(d.route) if d.route else None),
                ("Oordeel", data.judgment),
                ("Behandelaar", d.handler_name),
                ("Spoed", _yes(d.urgent)),
                ("Snelle afhandeling", _yes(d.fast_lane)),
                ("Onderwerpen", ", ".join(data.subjects)),
                ("Behoorlijkheidsnormen", ", ".join(data.norms)),
                ("Dossiernummers", ", ".join(d.related_dossiers)),
                ("Samenhangende zaken", "\n".join(related)),
            ]
        ),
        heading("Omschrijving", 2),
        *free_text(d.description, "Geen omschrijving vastgelegd."),
    ]
    person = d.complainant
    complainant_rows = [
        ("Naam", person.name),
        ("Aanhef", person.salutation),
        ("Adres", d.complainant_address),
        ("Telefoon overdag", person.phone_day),
        ("Telefoon 's avonds", person.phone_evening),
        ("E-mailadres", person.email),
    ]
    if d.no_response_subjects:
        notice = (
            f" (bericht van {long_date(d.no_response_notice_on)})"
            if (d.no_response_notice_on)
            else ""
        )
        complainant_rows.append(("Geen reactie meer op", d.no_response_subjects + notice))
    story += section("Klager", key_values(complainant_rows))
    story += section(
        "Betrokken medewerkers",
        *data_tables(
            (Column("Naam", 80 * mm), Column("Afdeling", 90 * mm)),
            [
                [c.name + ("" if c.resolved else " (nog niet gekoppeld)"), c.unit_name or ""]
                for c in d.employees_concerned
            ],
            empty="Geen medewerkers vastgelegd.",
        ),
    )
    term_rows: list[tuple[str, str | None]] = [
        ("Contact uiterlijk", short_date(d.contact_due)),
        ("Eerste contact", short_date(d.first_contact_on)),
        ("Beslissing uiterlijk", short_date(d.decision_due)),
        ("Verdaagd tot", short_date(d.extended_to)),
        ("Eerstvolgende termijn", short_date(d.next_deadline)),
        ("Afgesloten op", short_date(d.closed_on)),
    ]
    term_rows += [(name, short_date(day)) for name, day in data.milestones]
    term_rows += list(data.remarks)
    story += section("Termijnen en verloop", key_values(term_rows))
    story += section(
        "Contactnotities",
        *data_tables(
            (
                Column("Moment", 29 * mm, wrap=False),
                Column("Hoe", 16 * mm),
                Column("Met wie", 32 * mm),
                Column("Door", 28 * mm),
                Column("Samenvatting", 65 * mm),
            ),
            [
                [date_time(n.contact_at), label(n.channel), n.with_whom, n.author_name, n.summary]
                for n in d.notes
            ],
            empty="Geen contactnotities.",
        ),
    )
    story += section(
        "Toezeggingen",
        *data_tables(
            (
                Column("Toezegging", 95 * mm),
                Column("Gedaan op", 25 * mm, wrap=False),
                Column("Termijn", 25 * mm, wrap=False),
                Column("Nagekomen", 25 * mm, wrap=False),
            ),
            [
                [p.text, short_date(p.made_on), short_date(p.due_on), short_date(p.kept_on)]
                for p in data.promises
            ],
            empty="Geen toezeggingen.",
        ),
    )
    story += section(
        "Klachtonderdelen en oordelen",
        *data_tables(
            (
                Column("Nr.", 10 * mm, numeric=True, wrap=False),
                Column("Onderdeel", 45 * mm),
                Column("Oordeel", 22 * mm),
                Column("Bevindingen", 58 * mm),
                Column("Normen", 35 * mm),
            ),
            [
                [str(p.position), p.text, p.judgment or "", p.findings or "", ", ".join(p.norms)]
                for p in data.parts
            ],
            empty="Geen klachtonderdelen (alleen bij een formele behandeling).",
        ),
    )
    if data.handling is not None:
        h = data.handling
        story += section(
            "Formulier 'Ik heb een klacht behandeld'",
            key_values(
                [
                    ("Status van het formulier", h.status),
                    ("Beschrijving", h.description),
                    ("Oorzaak", h.cause),
                    ("Hoe had het voorkomen kunnen worden", h.prevention),
                    ("Herstelactie", h.remedial_action),
                    ("Mogelijke verbeteringen", h.improvement_points),
                ],
                label_width=58 * mm,
            ),
        )
    story += section(
        "Documenten",
        *data_tables(
            (
                Column("Document", 62 * mm),
                Column("Soort", 30 * mm),
                Column("Gemaakt", 29 * mm, wrap=False),
                Column("Door", 26 * mm),
                Column("Verstuurd", 23 * mm, wrap=False),
            ),
            [
                [
                    doc.title,
                    doc.kind_label,
                    date_time(doc.created_at),
                    doc.created_by_name or "",
                    short_date(doc.sent_on),
                ]
                for doc in data.documents
            ],
            empty="Geen documenten gemaakt.",
        ),
    )
    story += section(
        "Bijlagen",
        *data_tables(
            (
                Column("Bestand", 52 * mm),
                Column("Type", 28 * mm),
                Column("Grootte", 18 * mm, numeric=True, wrap=False),
                Column("Toegevoegd", 29 * mm, wrap=False),
                Column("Door", 26 * mm),
                Column("Volgstuk", 17 * mm, wrap=False),
            ),
            [
                [
                    a.file_name,
                    a.media_type,
                    file_size(a.size),
                    date_time(a.added_at),
                    a.added_by_name or "",
                    _yes(a.is_follow_up),
                ]
                for a in d.attachments
            ],
            empty="Geen bijlagen.",
        ),
    )
    if data.cards is None:
        cards: list[Flowable] = [
            paragraph(
                "De feedbackkaarten zijn alleen te zien voor het secretariaat en de "
                "klachtcoördinator.",
                "small",
            )
        ]
    else:
        cards = data_tables(
            (
                Column("Kleur", 15 * mm),
                Column("Code", 20 * mm, wrap=False),
                Column("Verstuurd", 21 * mm, wrap=False),
                Column("Via", 17 * mm),
                Column("Terug", 21 * mm, wrap=False),
                Column("Tekst", 76 * mm),
            ),
            [
                [
                    label(c.colour),
                    c.code,
                    short_date(c.sent_on),
                    label(c.channel),
                    short_date(c.returned_on),
                    (c.text or "") + ("\nWil teruggebeld worden." if c.wants_callback else ""),
                ]
                for c in data.cards
            ],
            empty="Geen feedbackkaarten verstuurd.",
        )
    story += section("Feedbackkaarten", *cards)
    story += section(
        "Geschiedenis",
        *data_tables(
            (
                Column("Moment", 29 * mm, wrap=False),
                Column("Wie", 40 * mm),
                Column("Wat", 101 * mm),
            ),
            [[date_time(e.at), e.who, e.text] for e in data.history],
            empty="Geen geschiedenis.",
        ),
    )
    return build_report(meta, story, progress=progress)
