"""search contact details: the complaints already there become findable by what callers
quote — the complainant's e-mail, phone numbers, postcode, town and external references,
and the related dossier numbers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 13:30:00

No schema change: the search text of every complaint gets these parts appended, as
``app.services.search.contact_search_parts`` writes them for new and changed complaints
(the order of the parts does not matter to a search). The full-text indexes follow by
themselves: on SQLite the triggers of 0002, on PostgreSQL the stored ``tsvector`` column.
"""

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

import phonenumbers
import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The folding and joined forms of app.services.search as they were when this migration was
# written (a migration must not change when the application's code does).
_PLAIN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "ı": "i",
        "đ": "d",
        "ħ": "h",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "þ": "th",
        "ð": "d",
    }
)
_WORD = re.compile(r"[^\W_]+")
_BATCH = 500


def _fold_for_search(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(plain.translate(_PLAIN_LETTERS)))


def _phone_digits(value: str) -> str:
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return "".join(c for c in value if c.isdigit())
    significant = phonenumbers.national_significant_number(number)
    if phonenumbers.region_code_for_number(number) == "NL":
        return "0" + significant
    return f"{number.country_code}{significant}"


def _contact_parts(
    email: str | None,
    phones: Sequence[str | None],
    postcode: str | None,
    city: str | None,
    references: Sequence[str],
    dossiers: Sequence[str],
) -> list[str]:
    parts = [_phone_digits(phone) for phone in phones if phone]
    parts.extend(value for value in (email, city) if value)
    for value in (postcode, *references, *dossiers):
        if value:
            words = _fold_for_search(value)
            parts.append(words)
            if " " in words:
                parts.append(words.replace(" ", ""))
    return parts


def upgrade() -> None:
    bind = op.get_bind()
    references: dict[int, list[str]] = defaultdict(list)
    for complainant_id, reference in bind.execute(
        sa.text("SELECT complainant_id, reference FROM complainant_reference")
    ):
        references[complainant_id].append(reference)
    dossiers: dict[int, list[str]] = defaultdict(list)
    for complaint_id, number in bind.execute(
        sa.text("SELECT complaint_id, dossier_number FROM related_dossier")
    ):
        dossiers[complaint_id].append(number)
    rows = bind.execute(
        sa.text(
            "SELECT s.complaint_id, s.text, p.id, p.email, p.phone_day, p.phone_evening, "
            "p.postcode, p.city FROM complaint_search s "
            "JOIN complaint c ON c.id = s.complaint_id "
            "LEFT JOIN complainant p ON p.id = c.complainant_id ORDER BY s.complaint_id"
        )
    ).all()
    updates = []
    for complaint_id, text, person, email, day, evening, postcode, city in rows:
        parts = _contact_parts(
            email,
            (day, evening),
            postcode,
            city,
            sorted(references[person]) if person is not None else [],
            sorted(dossiers[complaint_id]),
        )
        folded = [f for f in (_fold_for_search(p) for p in parts) if f]
        if folded:
            updates.append({"id": complaint_id, "text": "\n".join([text, *folded])})
    statement = sa.text("UPDATE complaint_search SET text = :text WHERE complaint_id = :id")
    for start in range(0, len(updates), _BATCH):
        bind.execute(statement, updates[start : start + _BATCH])


def downgrade() -> None:
    # The appended words only make more complaints findable; the older program reads the
    # text as it is and rebuilds it on the next change of each complaint.
    pass
