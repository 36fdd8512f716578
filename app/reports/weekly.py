"""The lean weekly overview per handler: their open complaints, each with its next deadline,
the overdue ones marked; as a short PDF and as an e-mail draft (.eml, ``X-Unsent: 1``)
addressed to the handler with the PDF attached."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.email_drafts import header_text, mailbox
from app.reports.data import WeeklyOverview, WeeklyRow
from app.reports.formats import (
    long_date,
    number,
    short_date,
)
from app.reports.style import (
    RED,
    Column,
    Progress,
    ReportMeta,
    build_report,
    data_tables,
    paragraph,
    styles,
)


def week_number(day: date) -> int:
    return day.isocalendar().week


def _late_text(row: WeeklyRow, today: date) -> str:
    if not row.overdue or row.next_deadline is None:
        return ""
    days = (today - row.next_deadline).days
    return f"Te laat ({number(days)} {'dag' if days == 1 else 'dagen'})"


def summary(overview: WeeklyOverview) -> str:
    """``3 open klachten, waarvan 1 over de termijn``."""
    count = len(overview.rows)
    text = f"{number(count)} open {'klacht' if count == 1 else 'klachten'}"
    if overview.overdue:
        text += f", waarvan {number(overview.overdue)} over de termijn"
    return text


def build_weekly_pdf(
    overview: WeeklyOverview,
    *,
    organisation: str,
    made_on: date,
    progress: Progress | None = None,
) -> bytes:
    today = overview.week_of
    meta = ReportMeta(
        organisation=organisation,
        title=f"Weekoverzicht open klachten — {overview.handler_name}",
        period=f"Week {week_number(today)}, {long_date(today)}",
        made_on=made_on,
        subtitle=organisation,
    )
    style = styles()
    late = style["cell_bold"].clone("late", textColor=RED)
    rows = []
    for row in overview.rows:
        rows.append(
            [
                row.number,
                short_date(row.received_on),
                row.status,
                short_date(row.next_deadline) or "–",
                "Spoed" if row.urgent else "",
                Paragraph(escape(_late_text(row, today)), late) if row.overdue else "",
            ]
        )
    columns = (
        Column("Nummer", 27 * mm, wrap=False),
        Column("Ontvangen", 22 * mm, wrap=False),
        Column("Status", 47 * mm),
        Column("Termijn", 24 * mm, wrap=False),
        Column("Spoed", 14 * mm, wrap=False),
        Column("Let op", 36 * mm),
    )
    story: list[Flowable] = [
        paragraph(f"{overview.handler_name}: {summary(overview)}."),
        *data_tables(columns, rows, empty="Geen open klachten."),
        paragraph(
            "Termijn: de eerstvolgende termijn van de klacht (contact, toezegging of "
            "beslissing). Klachten over de termijn staan bovenaan en zijn rood gemarkeerd.",
            "note",
        ),
    ]
    return build_report(meta, story, progress=progress, compact=True)


def weekly_text(overview: WeeklyOverview, *, organisation: str, signature: str) -> str:
    """The mail's plain text: one line per complaint, overdue ones marked with "!"."""
    today = overview.week_of
    lines = [
        f"Beste {overview.handler_name},",
        "",
        f"Dit is uw overzicht van open interne klachten in week {week_number(today)} "
        f"({long_date(today)}): {summary(overview)}.",
        "",
    ]
    if not overview.rows:
        lines.append("U hebt op dit moment geen open klachten.")
    for row in overview.rows:
        mark = "!" if row.overdue else " "
        deadline = short_date(row.next_deadline) or "geen termijn"
        extra = []
        if row.urgent:
            extra.append("SPOED")
        if row.overdue:
            extra.append(_late_text(row, today).upper())
        lines.append(
            f"{mark} {row.number}  ontvangen {short_date(row.received_on)}  {row.status}  "
            f"termijn {deadline}" + (f"  {' '.join(extra)}" if extra else "")
        )
    if overview.overdue:
        lines += ["", "! = de termijn is verstreken."]
    lines += [
        "",
        "Het overzicht zit ook als PDF in de bijlage.",
        "",
        "Met vriendelijke groet,",
        "",
        *(line for line in (signature, organisation) if line),
    ]
    return "\n".join(lines) + "\n"


def build_weekly_eml(
    overview: WeeklyOverview,
    *,
    organisation: str,
    signature: str,
    sender: str | None,
    pdf: bytes | None,
) -> bytes:
    """An e-mail draft to the handler (no ``To`` when their address is unknown)."""
    message = EmailMessage()
    # Names and subject on one line (email_drafts): an odd name never stops the draft.
    if (from_address := mailbox(organisation, sender)) is not None:
        message["From"] = from_address
    if (to_address := mailbox(overview.handler_name, overview.handler_email)) is not None:
        message["To"] = to_address
    message["Subject"] = header_text(
        f"Weekoverzicht open klachten week {week_number(overview.week_of)}: {summary(overview)}"
    )
    message["X-Unsent"] = "1"  # opened as a draft, ready to send
    message.set_content(
        weekly_text(overview, organisation=organisation, signature=signature), charset="utf-8"
    )
    if pdf is not None:
        message.add_attachment(
            pdf, maintype="application", subtype="pdf", filename=f"{file_stem(overview)}.pdf"
        )
    return message.as_bytes(policy=SMTP)


def file_stem(overview: WeeklyOverview) -> str:
    """``weekoverzicht-2026-w48-celik-lukasiewicz-oystein``: ASCII, safe on any disk."""
    folded = "".join(
        c
        for c in unicodedata.normalize("NFKD", overview.handler_name.translate(_LETTERS))
        if not unicodedata.combining(c)
    )
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or f"id{overview.handler_id}"
    year, week, _day = overview.week_of.isocalendar()
    return f"weekoverzicht-{year}-w{week:02d}-{slug}"


# Letters NFKD does not take apart.
_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE"}
)
