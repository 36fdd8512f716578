"""Names as Dutch letters need them: split, salutation, address block, migration, letter."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import select, text

from app.db import Database
from app.migrate import alembic_config, upgrade_database
from app.models import AuditEvent, Complainant
from app.services.complainants import (
    NAMES_SPLIT_REASON,
    ComplainantData,
    split_stored_names,
)
from app.services.intake import IntakeData, IntakeService
from app.services.letters import LetterKind, LetterService
from app.services.names import (
    NameParts,
    addressee,
    clean_initials,
    full_name,
    greeting,
    split_name,
    stored_parts,
)
from app.services.permissions import CurrentUser
from app.services.register_io import RegisterImportService, read_sheet

# text, (initials, first name, infix, surname), certain, greeting with "Mevrouw",
# address line with "De heer"
NAMES = [
    ("Zoë Jonkman", (None, "Zoë", None, "Jonkman"), True, "Jonkman", "Zoë Jonkman"),
    ("Z. Jonkman", ("Z.", None, None, "Jonkman"), True, "Jonkman", "Z. Jonkman"),
    ("Z Jonkman", ("Z.", None, None, "Jonkman"), True, "Jonkman", "Z. Jonkman"),
    ("Z.A. Jonkman", ("Z.A.", None, None, "Jonkman"), True, "Jonkman", "Z.A. Jonkman"),
    ("ZA Jonkman", ("Z.A.", None, None, "Jonkman"), True, "Jonkman", "Z.A. Jonkman"),
    ("Z. A. Jonkman", ("Z.A.", None, None, "Jonkman"), True, "Jonkman", "Z.A. Jonkman"),
    ("J. van der Berg", ("J.", None, "van der", "Berg"), True, "Van der Berg", "J. van der Berg"),
    ("Van der Berg", (None, None, "van der", "Berg"), True, "Van der Berg", "Van der Berg"),
    ("Jan de Vries", (None, "Jan", "de", "Vries"), True, "De Vries", "Jan de Vries"),
    ("Vries, Jan de", (None, "Jan", "de", "Vries"), True, "De Vries", "Jan de Vries"),
    ("van Dijk, J.", ("J.", None, "van", "Dijk"), True, "Van Dijk", "J. van Dijk"),
    (
        "Jansen-de Vries",
        (None, None, None, "Jansen-de Vries"),
        True,
        "Jansen-de Vries",
        "Jansen-de Vries",
    ),
    (
        "M. Jansen-van der Berg",
        ("M.", None, None, "Jansen-van der Berg"),
        True,
        "Jansen-van der Berg",
        "M. Jansen-van der Berg",
    ),
    ("A.B. op de Beek", ("A.B.", None, "op de", "Beek"), True, "Op de Beek", "A.B. op de Beek"),
    ("K. ter Horst", ("K.", None, "ter", "Horst"), True, "Ter Horst", "K. ter Horst"),
    ("H. ten Cate", ("H.", None, "ten", "Cate"), True, "Ten Cate", "H. ten Cate"),
    ("'t Hart", (None, None, "'t", "Hart"), True, "'t Hart", "'t Hart"),
    ("A. in 't Veld", ("A.", None, "in 't", "Veld"), True, "In 't Veld", "A. in 't Veld"),
    ("L. van 't Hek", ("L.", None, "van 't", "Hek"), True, "Van 't Hek", "L. van 't Hek"),
    ("P. d'Ancona", ("P.", None, "d'", "Ancona"), True, "D'Ancona", "P. d'Ancona"),
    (
        "R. van den Broek",
        ("R.", None, "van den", "Broek"),
        True,
        "Van den Broek",
        "R. van den Broek",
    ),
    (
        "Mohamed el Amrani",
        (None, "Mohamed", "el", "Amrani"),
        True,
        "El Amrani",
        "Mohamed el Amrani",
    ),
    ("Ahmed Al-Sayed", (None, "Ahmed", None, "Al-Sayed"), True, "Al-Sayed", "Ahmed Al-Sayed"),
    (
        "Anne-Marie Jansen",
        (None, "Anne-Marie", None, "Jansen"),
        True,
        "Jansen",
        "Anne-Marie Jansen",
    ),
    ("J.Th. de Groot", ("J.Th.", None, "de", "Groot"), True, "De Groot", "J.Th. de Groot"),
    ("C. du Pré", ("C.", None, "du", "Pré"), True, "Du Pré", "C. du Pré"),
    ("Jonkman", (None, None, None, "Jonkman"), True, "Jonkman", "Jonkman"),
    (
        "Çelik-Łukasiewicz, Øystein",
        (None, "Øystein", None, "Çelik-Łukasiewicz"),
        True,
        "Çelik-Łukasiewicz",
        "Øystein Çelik-Łukasiewicz",
    ),
]
UNCERTAIN = [
    "María José García López",
    "Nguyen Van An",
    "Jan Peter Balkenende",
    "Jan Van Dijck",
    "Fam. Jansen",
    "J. en M. Jansen",
    "Jansen & Zn.",
    "Jonkman, Zoë, Anna",
]


@pytest.mark.parametrize(("typed", "parts", "certain", "surname", "address"), NAMES)
def test_a_dutch_name_is_split_greeted_by_surname_and_addressed_with_initials(
    typed: str,
    parts: tuple[str | None, ...],
    certain: bool,
    surname: str,
    address: str,
) -> None:
    split = split_name(typed)
    assert (split.initials, split.first_name, split.infix, split.surname) == parts
    assert split.certain is certain
    assert greeting("Mevrouw", split) == f"Geachte mevrouw {surname}"
    assert greeting("De heer", split) == f"Geachte heer {surname}"
    assert greeting(None, split) == f"Geachte heer/mevrouw {surname}"
    assert addressee("De heer", split) == f"De heer {address}"
    assert addressee("Mevrouw", split) == f"Mevrouw {address}"


@pytest.mark.parametrize("typed", UNCERTAIN)
def test_a_name_the_split_cannot_be_sure_of_is_kept_whole_as_the_surname(typed: str) -> None:
    assert split_name(typed).certain is False
    kept = stored_parts(typed)
    assert (kept.initials, kept.first_name, kept.infix) == (None, None, None)
    assert kept.surname == typed
    assert full_name(kept) == typed


def test_the_letter_lines_follow_the_aanhef_and_what_is_known() -> None:
    zoe = NameParts(initials="Z.", first_name="Zoë", surname="Jonkman")
    assert greeting("Mevrouw", zoe) == "Geachte mevrouw Jonkman"
    assert addressee("Mevrouw", zoe) == "Mevrouw Z. Jonkman"
    assert full_name(zoe) == "Zoë Jonkman"
    assert greeting("Beste", zoe) == "Beste Zoë"
    assert greeting("Mevrouw", NameParts(first_name="Zoë")) == "Geachte heer/mevrouw"
    assert greeting(None, NameParts()) == "Geachte heer/mevrouw"
    assert addressee(None, NameParts()) is None
    assert addressee(None, zoe) == "Z. Jonkman"
    berg = NameParts(infix="van der", surname="Berg")
    assert addressee("De heer", berg) == "De heer Van der Berg"
    assert addressee("De heer", NameParts("J.", None, "van der", "Berg")) == (
        "De heer J. van der Berg"
    )


def test_a_salutation_typed_before_the_name_is_recognised() -> None:
    parts = split_name("Mevrouw Z. Jonkman")
    assert (parts.salutation, parts.initials, parts.surname) == ("Mevrouw", "Z.", "Jonkman")
    assert split_name("Dhr. P. de Wit").salutation == "De heer"


@pytest.mark.parametrize(
    ("typed", "written"),
    [("za", "Z.A."), ("Z A", "Z.A."), ("Z.A", "Z.A."), ("J.Th.", "J.Th."), ("ij", "IJ.")],
)
def test_initials_are_written_with_dots_whatever_was_typed(typed: str, written: str) -> None:
    assert clean_initials(typed) == written


# ----- migration ------------------------------------------------------------------------

OLD_NAMES = {
    "Zoë Jonkman": ("Zoë Jonkman", None, "Zoë", None, "Jonkman"),
    "J. van der Berg": ("J. van der Berg", "J.", None, "van der", "Berg"),
    "Nguyen Van An": ("Nguyen Van An", None, None, None, "Nguyen Van An"),
    "María José García López": (
        "María José García López",
        None,
        None,
        None,
        "María José García López",
    ),
}


def test_an_upgrade_splits_old_names_audited_and_keeps_uncertain_ones_whole(
    database_url: str,
) -> None:
    db = Database(database_url)
    config = alembic_config()
    try:
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
        now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC).replace(tzinfo=None)
        with db.engine.begin() as connection:
            for name in [*OLD_NAMES, None]:
                connection.execute(
                    text(
                        "INSERT INTO complainant (name, email, version, created_at, updated_at) "
                        "VALUES (:name, 'klager@example.com', 1, :now, :now)"
                    ),
                    {"name": name, "now": now},
                )
        assert upgrade_database(db).up_to_date
        assert split_stored_names(db) == len(OLD_NAMES)
        assert split_stored_names(db) == 0  # nothing left for the next start
        with db.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT name, initials, first_name, infix, surname FROM complainant ORDER BY id"
                )
            ).all()
        assert [tuple(r) for r in rows] == [*OLD_NAMES.values(), (None, None, None, None, None)]
        # The split is in the audit trail like any change, by the system, with its reason
        # (an upgraded register with a whole audit trail still verifies: checked by hand).
        with db.engine.connect() as connection:
            split = connection.execute(
                select(AuditEvent.actor_login, AuditEvent.entity).where(
                    AuditEvent.reason == NAMES_SPLIT_REASON
                )
            ).all()
        assert sorted(split) == [("systeem", "Complainant")] * len(OLD_NAMES)
    finally:
        db.dispose()


# ----- intake and letter ----------------------------------------------------------------


def test_an_acknowledgement_greets_the_complainant_by_surname(
    db: Database, admin: CurrentUser
) -> None:
    registered = IntakeService(db, admin).register(
        IntakeData(
            description="De balie was onvriendelijk.",
            received_on=date(2026, 11, 2),
            complainant=ComplainantData(
                salutation="Mevrouw",
                initials="z",
                first_name="Zoë",
                surname="Jonkman",
                street="Kastanjelaan",
                house_number="4",
                postcode="2511 AB",
                city="Den Haag",
                email="zoe.jonkman@example.com",
            ),
        ),
        today=date(2026, 11, 2),
    )
    pdf = LetterService(db, admin, today=date(2026, 11, 3)).make_pdf(
        registered.complaint_id, LetterKind.ACKNOWLEDGEMENT
    )
    content = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "Geachte mevrouw Jonkman," in content
    assert "Mevrouw Z. Jonkman" in content
    assert "Zoë" not in content.split("Geachte", 1)[1].split(",", 1)[0]


def test_a_name_given_in_parts_is_stored_with_its_display_name(
    db: Database, admin: CurrentUser
) -> None:
    service = IntakeService(db, admin)
    registered = service.register(
        IntakeData(
            description="Geen reactie op mijn brief.",
            received_on=date(2026, 11, 2),
            complainant=ComplainantData(
                salutation="De heer",
                initials="J",
                infix="Van der",
                surname="Berg",
                email="j.berg@example.com",
            ),
        ),
        today=date(2026, 11, 2),
    )
    with db.engine.connect() as session:
        row = session.execute(
            text(
                "SELECT p.name, p.initials, p.infix, p.surname FROM complainant p "
                "JOIN complaint c ON c.complainant_id = p.id WHERE c.id = :id"
            ),
            {"id": registered.complaint_id},
        ).one()
    assert tuple(row) == ("J. van der Berg", "J.", "van der", "Berg")


# ----- import ----------------------------------------------------------------------------


def test_an_imported_klager_column_is_split_and_an_uncertain_one_waits_for_the_user(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = tmp_path / "register.csv"
    path.write_text(
        "Datum ontvangst;Klager;E-mail;Omschrijving\n"
        "12-01-2025;J. van der Berg;berg@example.com;Te laat\n"
        "13-01-2025;Nguyen Van An;an@example.com;Niet teruggebeld\n"
        "14-01-2025;María José García López;garcia@example.com;Onvriendelijk\n",
        encoding="utf-8",
    )
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(path))
    assert preview.problems == []
    assert set(preview.uncertain_names) == {3, 4}  # spreadsheet rows: marked "onzeker"
    proposal = preview.uncertain_names[3]
    assert (proposal.first_name, proposal.surname, proposal.certain) == ("Nguyen", "Van An", False)
    # The user accepts the proposal for row 3 and says nothing about row 4.
    preview.name_choices[3] = proposal
    assert service.import_rows(preview).created == 3
    with db.session_scope() as session:
        people = {
            p.email: (p.name, p.initials, p.first_name, p.infix, p.surname)
            for p in session.scalars(select(Complainant))
        }
    assert people == {
        "berg@example.com": ("J. van der Berg", "J.", None, "van der", "Berg"),
        "an@example.com": ("Nguyen Van An", None, "Nguyen", None, "Van An"),
        "garcia@example.com": (
            "María José García López",
            None,
            None,
            None,
            "María José García López",
        ),
    }
