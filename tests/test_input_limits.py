"""Input limits that are the same on SQLite and PostgreSQL: control characters, lone
surrogates, maximum lengths and plausible dates are refused by the services with a Dutch
message naming the field; searches never fail on what people type."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.db import Database
from app.models import Complainant, Complaint, ContactNote
from app.models.enums import NoteChannel
from app.services.complainants import ComplainantData, ComplainantService
from app.services.complaints import ComplaintEdit, ComplaintService, NoteInput
from app.services.dossier import DossierService
from app.services.errors import NotFound, ValidationError
from app.services.feedback import FeedbackService
from app.services.intake import IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter, RegisterService
from app.services.validation import (
    EARLIEST_DATE,
    FieldError,
    TextField,
    check_date,
    check_text,
    column_limit,
    search_text,
)
from app.services.workflow import WorkflowService

TODAY = date(2026, 4, 24)
PERSON = ComplainantData(name="Proefklager Ypsilon", email="ypsilon@example.com")


def _intake(**values: object) -> IntakeData:
    fields: dict[str, object] = {
        "description": "de beloofde terugbelafspraak niet is nagekomen.",
        "complainant": PERSON,
        "received_on": TODAY,
    }
    fields.update(values)
    return IntakeData(**fields)  # type: ignore[arg-type]


def _refused(db: Database, admin: CurrentUser, data: IntakeData) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        IntakeService(db, admin).register(data, today=TODAY)
    return caught.value.errors


def _nothing_stored(db: Database) -> None:
    with db.session_scope() as session:
        assert session.query(Complaint).count() == 0
        assert session.query(Complainant).count() == 0


# ----- the reproductions of issue 11 -------------------------------------------------------


def test_a_nul_byte_in_the_description_is_refused_naming_the_field(
    db: Database, admin: CurrentUser
) -> None:
    errors = _refused(db, admin, _intake(description="de brief\x00 is zoekgeraakt."))
    assert errors["description"] == (
        "Het veld Omschrijving bevat een teken dat niet kan worden opgeslagen (een stuurteken)."
    )
    _nothing_stored(db)


def test_a_nul_byte_in_the_complainant_name_is_refused_naming_the_field(
    db: Database, admin: CurrentUser
) -> None:
    errors = _refused(db, admin, _intake(complainant=replace(PERSON, name="Proef\x00klager")))
    assert errors["name"] == (
        "Het veld Naam bevat een teken dat niet kan worden opgeslagen (een stuurteken)."
    )
    _nothing_stored(db)


@pytest.mark.parametrize("field", ["description", "name", "city", "related_dossiers"])
def test_a_lone_surrogate_is_refused_with_a_message(
    db: Database, admin: CurrentUser, field: str
) -> None:
    broken = "kapot \ud800 teken"
    if field == "description":
        data = _intake(description=broken)
    elif field == "related_dossiers":
        data = _intake(related_dossiers=(broken,))
    else:
        data = _intake(complainant=replace(PERSON, **{field: broken}))
    errors = _refused(db, admin, data)
    assert "niet kan worden opgeslagen" in errors[field]
    _nothing_stored(db)


def test_a_5000_character_name_is_refused_the_same_on_both_backends(
    db: Database, admin: CurrentUser
) -> None:
    errors = _refused(db, admin, _intake(complainant=replace(PERSON, name="Ab" * 2500)))
    assert errors == {"name": "Naam mag hoogstens 200 tekens lang zijn (nu 5.000)."}
    _nothing_stored(db)


def test_a_name_of_exactly_the_column_length_is_stored(db: Database, admin: CurrentUser) -> None:
    name = "N" * column_limit(Complainant.name)
    result = IntakeService(db, admin).register(
        _intake(complainant=replace(PERSON, name=name)), today=TODAY
    )
    with db.session_scope() as session:
        assert session.get(Complaint, result.complaint_id).complainant.name == name


def test_a_received_date_of_the_year_1_is_refused(db: Database, admin: CurrentUser) -> None:
    errors = _refused(db, admin, _intake(received_on=date(1, 1, 1)))
    assert errors == {"received_on": "Datum ontvangst kan niet vóór 1 januari 1990 liggen."}
    _nothing_stored(db)


def test_a_received_date_in_the_future_is_refused(db: Database, admin: CurrentUser) -> None:
    errors = _refused(db, admin, _intake(received_on=TODAY + timedelta(days=1)))
    assert errors == {"received_on": "Datum ontvangst kan niet in de toekomst liggen."}


def test_a_nul_byte_in_the_register_search_raises_nothing_and_is_dropped(
    db: Database, admin: CurrentUser
) -> None:
    IntakeService(db, admin).register(_intake(), today=TODAY)
    register = RegisterService(db, admin, today=TODAY)
    # Nothing searchable left: the same as an empty search box (every complaint).
    for typed in ("\x00", "\ud800", "\x00\x01\x1b", "\u2028"):
        assert register.count(RegisterFilter(search=typed)) == 1
        assert len(register.page(RegisterFilter(search=typed))) == 1
    # Dropped characters separate words; what is left is searched for.
    for typed in ("beloofde\x00terugbel", "IK\x00", "ypsilon\ud800", "\x00ypsilon\x00"):
        assert register.count(RegisterFilter(search=typed)) == 1, typed
    for typed in ("beloofde\x00zzz", "x" * 5000, "é" * 3000, "ypsilon " + "q" * 3000):
        assert register.count(RegisterFilter(search=typed)) == 0, typed[:20]
        assert register.page(RegisterFilter(search=typed)) == []


def test_a_nul_byte_in_a_dossier_lookup_says_not_found_or_finds_the_number(
    db: Database, admin: CurrentUser
) -> None:
    number = IntakeService(db, admin).register(_intake(), today=TODAY).number
    dossiers = DossierService(db, admin)
    for typed in ("\x00", "IK-\x00", "\ud800", "9" * 10_000):
        with pytest.raises(NotFound):
            dossiers.find(typed)
    assert dossiers.find(f"{number}\x00") == dossiers.find(number)


def test_control_characters_in_other_searches_raise_nothing(
    db: Database, admin: CurrentUser
) -> None:
    IntakeService(db, admin).register(_intake(), today=TODAY)
    complainants = ComplainantService(db, admin)
    for typed in ("\x00\x00", "Proef\x00", "\ud800\ud800", "ypsilon@\x00", "0" * 5000):
        complainants.search(typed)
        complainants.find_matches(ComplainantData(name=typed, email=typed, phone_day=typed))
        FeedbackService(db, admin).find(typed)
    assert [m.name for m in complainants.search("Proef\x00klager")] == []
    assert [m.name for m in complainants.search("Proefklager\x00")] == ["Proefklager Ypsilon"]


# ----- the rule, field by field ------------------------------------------------------------


def test_line_breaks_and_tabs_are_kept_in_a_description_but_refused_in_a_name(
    db: Database, admin: CurrentUser
) -> None:
    errors = _refused(db, admin, _intake(complainant=replace(PERSON, name="Proef\nklager")))
    assert errors["name"] == "Het veld Naam is één regel: haal de regelovergang of tab weg."
    result = IntakeService(db, admin).register(
        _intake(description="eerste regel\r\n\tingesprongen tweede regel"), today=TODAY
    )
    with db.session_scope() as session:
        stored = session.get(Complaint, result.complaint_id).description
    assert stored == "eerste regel\n\tingesprongen tweede regel"


def test_a_description_longer_than_the_service_limit_is_refused(
    db: Database, admin: CurrentUser
) -> None:
    errors = _refused(db, admin, _intake(description="a" * 20_001))
    assert errors == {
        "description": "Omschrijving mag hoogstens 20.000 tekens lang zijn (nu 20.001)."
    }


def test_editing_a_complaint_applies_the_same_limits(db: Database, admin: CurrentUser) -> None:
    result = IntakeService(db, admin).register(_intake(), today=TODAY)
    complaints = ComplaintService(db, admin)
    detail = complaints.detail(result.complaint_id)
    edit = ComplaintEdit(
        description=detail.description,
        channel=detail.channel,
        received_on=date(1989, 12, 31),
        complainant=replace(detail.complainant, street="Laan\x00", name="x" * 201),
    )
    with pytest.raises(ValidationError) as caught:
        complaints.update(
            result.complaint_id,
            edit,
            detail.version,
            complainant_version=detail.complainant_version,
        )
    assert caught.value.errors == {
        "received_on": "Datum ontvangst kan niet vóór 1 januari 1990 liggen.",
        "street": (
            "Het veld Straat bevat een teken dat niet kan worden opgeslagen (een stuurteken)."
        ),
        "name": "Naam mag hoogstens 200 tekens lang zijn (nu 201).",
    }


def test_a_contact_note_from_before_1990_or_with_a_nul_is_refused(
    db: Database, admin: CurrentUser
) -> None:
    complaint_id = IntakeService(db, admin).register(_intake(), today=TODAY).complaint_id
    note = NoteInput(
        contact_at=datetime(1, 1, 1, tzinfo=UTC),
        channel=NoteChannel.PHONE,
        with_whom="klager\x00",
        summary="Klager gebeld; excuses aangeboden en terugbellen vrijdag afgesproken.",
    )
    with pytest.raises(ValidationError) as caught:
        ComplaintService(db, admin).add_note(complaint_id, note)
    assert set(caught.value.errors) == {"contact_at", "with_whom"}
    assert "1 januari 1990" in caught.value.errors["contact_at"]
    with db.session_scope() as session:
        assert session.query(ContactNote).count() == 0


def test_a_promise_due_more_than_five_years_ahead_is_refused(
    db: Database, admin: CurrentUser
) -> None:
    complaint_id = IntakeService(db, admin).register(_intake(), today=TODAY).complaint_id
    workflow = WorkflowService(db, admin)
    # A promise is the handler's: only an assigned complaint takes one.
    assert admin.employee_id is not None
    workflow.assign(complaint_id, admin.employee_id, confirm_not_concerned=True)
    with pytest.raises(ValidationError) as caught:
        workflow.add_promise(complaint_id, "U hoort van ons.", date(9999, 12, 31))
    assert "te ver in de toekomst" in caught.value.errors["due_on"]


def test_an_employee_name_over_the_column_length_is_refused_naming_the_field(
    db: Database, admin: CurrentUser
) -> None:
    with pytest.raises(ValidationError) as caught:
        OrganisationService(db, admin).create_employee(
            EmployeeInput(name="Proef", job_title="j" * 201, login="proef\x00")
        )
    assert (
        caught.value.errors["job_title"] == "Functie mag hoogstens 200 tekens lang zijn (nu 201)."
    )
    assert "stuurteken" in caught.value.errors["login"]


# ----- the helpers (no database) -----------------------------------------------------------


def test_the_limit_comes_from_the_model_column() -> None:
    assert column_limit(Complainant.name) == 200
    assert column_limit(Complainant.salutation) == 30
    with pytest.raises(TypeError):
        column_limit(Complaint.description)  # Text: the service chooses the limit


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("a\x00b", "stuurteken"),
        ("a\x7fb", "stuurteken"),
        ("a\x85b", "stuurteken"),
        ("a\x1bb", "stuurteken"),
        ("a\udfffb", "ongeldig Unicode-teken"),
        ("a\u2028b", "één regel"),
        ("a\tb", "één regel"),
    ],
)
def test_unstorable_characters_are_refused_naming_the_field(typed: str, message: str) -> None:
    with pytest.raises(FieldError) as caught:
        check_text(typed, TextField("Woonplaats", 100))
    assert caught.value.message.startswith("Het veld Woonplaats ")
    assert message in caught.value.message


def test_ordinary_text_passes_unchanged_apart_from_trimming() -> None:
    field = TextField("Omschrijving", 50, multiline=True)
    assert check_text("  Çelik — “zo” 👍\u200d\n\tdag ", field) == "Çelik — “zo” 👍\u200d\n\tdag"
    assert check_text("   ", field) is None
    with pytest.raises(FieldError, match="Vul iets in"):
        check_text(" ", field, "Vul iets in.")


def test_search_text_drops_what_cannot_be_stored_and_never_raises() -> None:
    assert search_text("IK-2026\x00-0001") == "IK-2026 -0001"
    assert search_text("\ud800Proef\u2028klager ") == "Proef klager"
    assert search_text(None) == ""
    assert len(search_text("x" * 100_000)) == 200


def test_dates_must_be_plausible() -> None:
    today = date(2026, 4, 24)
    assert check_date(EARLIEST_DATE, "Datum", today=today) == EARLIEST_DATE
    assert check_date(date(2031, 4, 24), "Datum", today=today) == date(2031, 4, 24)
    with pytest.raises(FieldError, match="te ver in de toekomst: uiterlijk 24 april 2031"):
        check_date(date(2031, 4, 25), "Datum", today=today)
    with pytest.raises(FieldError, match="niet in de toekomst"):
        check_date(date(2026, 4, 25), "Datum", not_in_future=True, today=today)
    with pytest.raises(FieldError, match="vóór 1 januari 1990"):
        check_date(date(1989, 12, 31), "Datum", today=today)
