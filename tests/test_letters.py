"""Letters and messages: templates with placeholders, the PDF on the letterhead, the .eml
draft, and the documents kept with a complaint."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from email.utils import getaddresses
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db import Actor, Database
from app.models import Complainant, ComplaintPart, ConductNorm
from app.models.enums import DeclineGround, Judgment, NoteChannel, Role, UnitKind
from app.services.complainants import ComplainantData
from app.services.errors import PermissionDenied, ServiceError, ValidationError
from app.services.identity import load_current_user
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService, NewAttachment
from app.services.letters import (
    LetterKind,
    LetterService,
    LetterTemplateService,
    MissingValuesError,
    dutch_date,
    salutation_lines,
    split_name,
)
from app.services.organisation import EmployeeInput, OrganisationService, UnitInput
from app.services.permissions import CurrentUser
from app.services.settings import Letterhead, SettingsService
from app.services.workflow import PartJudgment, WorkflowService

NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."
NAME = "Çelik-Łukasiewicz, Øystein"
RECEIVED = date(2026, 4, 24)
LETTER_DAY = date(2026, 5, 20)
PLACEHOLDER = re.compile(r"\{[^{}\s]*\}")


# ----- the scenario: an organisation, people and complaints in every state -----------------


@dataclass(frozen=True)
class Scenario:
    admin: CurrentUser
    handler: CurrentUser
    formal: int  # judged, extended, with a delay notice; complainant flagged persistent
    declined: int
    informal: int
    review: int
    formal_number: str


def _register(db: Database, admin: CurrentUser, concerned: int, text: str, **extra) -> int:  # type: ignore[no-untyped-def]
    return (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description=text,
                received_on=RECEIVED,
                complainant=ComplainantData(
                    salutation="De heer",
                    name=NAME,
                    street="Lange Voorhout",
                    house_number="9",
                    postcode="2514 EA",
                    city="Den Haag",
                    email="oystein@example.com",
                ),
                employees_concerned=(ConcernedEmployee(concerned),),
                **extra,
            ),
            today=RECEIVED,
        )
        .complaint_id
    )


def build_scenario(db: Database, admin: CurrentUser) -> Scenario:
    SettingsService(db, admin).set_letterhead(
        Letterhead(
            name="Testorganisatie",
            street="Postbus 93122",
            postcode="2509 AC",
            city="Den Haag",
            phone="070 356 35 63",
            email="post@testorganisatie.nl",
            website="www.testorganisatie.nl",
            sender_email="klachten@testorganisatie.nl",
        )
    )
    org = OrganisationService(db, admin)
    sector = org.create_unit(UnitInput("Sector Toezicht en Handhaving", UnitKind.SECTOR))
    team = org.create_unit(UnitInput("Team Vergunningen", UnitKind.TEAM, parent_id=sector.id))
    manager = org.create_employee(
        EmployeeInput(
            name="Manon de Leidinggevende",
            email="m.deleidinggevende@testorganisatie.nl",
            job_title="Teamleider",
            unit_id=team.id,
            login="manager",
            roles=frozenset({Role.STAFF}),
        )
    )
    org.update_unit(team.id, UnitInput("Team Vergunningen", UnitKind.TEAM, sector.id, manager.id))
    concerned = org.create_employee(
        EmployeeInput(
            name="Sjoerd Betrokkene",
            email="s.betrokkene@testorganisatie.nl",
            unit_id=team.id,
            login="concerned",
            roles=frozenset({Role.STAFF}),
        )
    ).id
    handler_id = org.create_employee(
        EmployeeInput(
            name="Hanna Behandelaar",
            email="h.behandelaar@testorganisatie.nl",
            job_title="Senior klachtbehandelaar",
            login="handler",
            roles=frozenset({Role.HANDLER}),
        )
    ).id
    handler = load_current_user(db, "handler")
    assert handler is not None
    workflow = WorkflowService(db, admin)
    as_handler = WorkflowService(db, handler)
    contact = datetime(2026, 4, 28, 9, 30, tzinfo=UTC)

    formal = _register(
        db,
        admin,
        concerned,
        "Ik klaag erover dat de medewerker mij aan de telefoon heeft afgesnauwd en mij "
        "daarna, ondanks de belofte, niet heeft teruggebeld.",
        attachments=(NewAttachment("brief klager.pdf", b"%PDF-1.4 proef", "application/pdf"),),
    )
    workflow.assign(formal, handler_id)
    as_handler.record_first_contact(formal, contact, NoteChannel.PHONE, NOTE)
    as_handler.record_delay_notice(
        formal, expected_on=date(2026, 6, 19), notice_on=date(2026, 5, 6)
    )
    as_handler.extend(formal, weeks=4, notice_on=date(2026, 5, 20))
    as_handler.start_formal(formal, ["De toon van het telefoongesprek", "Niet teruggebeld"])
    as_handler.record_hearing(formal, complainant_on=date(2026, 5, 26))
    with db.session_scope() as session:
        parts = list(
            session.scalars(
                select(ComplaintPart.id)
                .where(ComplaintPart.complaint_id == formal)
                .order_by(ComplaintPart.position)
            )
        )
        norms = dict(session.execute(select(ConductNorm.name, ConductNorm.id)).all())
    as_handler.judge(
        formal,
        [
            PartJudgment(
                parts[0],
                Judgment.UPHELD,
                "De medewerker erkent dat het gesprek onvriendelijk verliep.",
                (norms["Fatsoenlijke bejegening"],),
            ),
            PartJudgment(
                parts[1],
                Judgment.NOT_UPHELD,
                "Uit het telefoonsysteem blijkt dat de volgende dag is teruggebeld.",
                (norms["Betrouwbaarheid"], norms["Voortvarendheid"]),
            ),
        ],
    )
    with db.session_scope(Actor(login=admin.login, employee_id=admin.employee_id)) as session:
        for person in session.scalars(select(Complainant)):
            person.no_response_subjects = "De hoogte van de dwangsom\nDe naheffing over 2024"
            person.no_response_notice_on = date(2026, 5, 20)

    declined = _register(
        db, admin, concerned, "Ik klaag erover dat ik in 2024 slecht ben geholpen."
    )
    workflow.assign(declined, handler_id)
    as_handler.decline(declined, ground=DeclineGround.OLDER_THAN_A_YEAR, notice_on=LETTER_DAY)

    informal = _register(
        db, admin, concerned, "Ik klaag erover dat mijn e-mail onbeantwoord bleef."
    )
    workflow.assign(informal, handler_id)
    as_handler.record_first_contact(informal, contact, NoteChannel.PHONE, NOTE)
    as_handler.add_promise(
        informal,
        "Wij beantwoorden uw e-mail van 2 april inhoudelijk",
        date(2026, 5, 8),
        made_on=date(2026, 4, 28),
    )
    as_handler.resolve_informally(informal, confirmed_on=date(2026, 4, 29))

    review = _register(db, admin, concerned, "Ik klaag erover dat de boete onterecht is.")
    workflow.assign(review, handler_id)
    as_handler.forward_for_review(review, reason="gaat over de inhoud van het besluit")

    number = LetterService(db, admin).preview(formal, LetterKind.ACKNOWLEDGEMENT).complaint_number
    return Scenario(admin, handler, formal, declined, informal, review, number)


@pytest.fixture
def scenario(db: Database, admin: CurrentUser) -> Scenario:
    return build_scenario(db, admin)


# Which complaint each kind is written for, and what the dialog would ask for.
def case_for(kind: LetterKind, s: Scenario) -> tuple[int, dict[str, object]]:
    if kind == LetterKind.DECLINE_NOTICE:
        return s.declined, {}
    if kind == LetterKind.INFORMAL_CLOSING:
        return s.informal, {
            "besproken": "U vertelde dat uw e-mail van 2 april na vier weken nog "
            "onbeantwoord was. Ik heb u daarvoor excuses aangeboden."
        }
    if kind == LetterKind.REVIEW_FORWARDING:
        return s.review, {}
    if kind == LetterKind.IMPROVEMENT_LETTER:
        return s.informal, {"verbetering": "E-mails worden binnen vijf werkdagen beantwoord"}
    if kind == LetterKind.HEARING_INVITATION:  # when and where: only the handler knows
        return s.formal, {
            "hoorzitting_datum": date(2026, 5, 26),
            "hoorzitting_tijd": "10.30 uur",
            "hoorzitting_plaats": "Stadskantoor, kamer 4.12",
        }
    return s.formal, {}


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


# ----- formatting -----------------------------------------------------------------------


def test_dates_are_written_the_dutch_way() -> None:
    assert dutch_date(date(2026, 11, 23)) == "23 november 2026"
    assert dutch_date(date(2027, 3, 1)) == "1 maart 2027"


def test_names_and_salutations_read_as_in_a_dutch_letter() -> None:
    assert split_name(NAME) == ("Øystein Çelik-Łukasiewicz", "Çelik-Łukasiewicz")
    assert split_name("Vries, Jan de") == ("Jan de Vries", "De Vries")
    assert salutation_lines("De heer", SimpleNamespace(name=NAME)) == (
        "Geachte heer Çelik-Łukasiewicz",
        "De heer Øystein Çelik-Łukasiewicz",
    )
    assert salutation_lines("mevrouw", SimpleNamespace(name="Anna Jansen")) == (
        "Geachte mevrouw Jansen",
        "Mevrouw Anna Jansen",
    )
    assert salutation_lines(None, SimpleNamespace(name="Sam Peeters")) == (
        "Geachte heer/mevrouw Peeters",
        "Sam Peeters",
    )
    assert salutation_lines("Mevrouw", None) == ("Geachte heer/mevrouw", None)


# ----- every kind -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_letter_kind_renders_to_a_pdf_with_every_placeholder_filled(
    db: Database, scenario: Scenario, kind: LetterKind
) -> None:
    complaint_id, extra = case_for(kind, scenario)
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    letter = letters.preview(complaint_id, kind, extra)
    assert not PLACEHOLDER.search(letter.subject + letter.body)
    text = flat(pdf_text(letters.make_pdf(complaint_id, kind, extra)))
    assert not PLACEHOLDER.search(text)
    assert "IK-2026-" in text
    assert "20 mei 2026" in text  # the letter's date
    assert "Testorganisatie" in text
    assert "Hanna Behandelaar" in text  # the signature
    if kind == LetterKind.MANAGER_COPY_START:
        assert "Sjoerd Betrokkene" in text  # addressed to the employee concerned
        assert "Øystein Çelik-Łukasiewicz" in text  # the complainant named in the copy
        assert "Manon de Leidinggevende (leidinggevende)" in text
    else:
        assert "De heer Øystein Çelik-Łukasiewicz" in text  # in the window
        assert "2514 EA DEN HAAG" in text
        assert "Retouradres Postbus 93122, 2509 AC Den Haag" in text
        assert "heer Çelik-Łukasiewicz," in text
    if kind not in (LetterKind.INFORMAL_CLOSING, LetterKind.DELAY_NOTICE):
        assert "24 april 2026" in text or kind == LetterKind.REVIEW_FORWARDING


def test_the_filled_values_are_the_complaints_own(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    formal = scenario.formal
    body = flat(letters.preview(formal, LetterKind.ACKNOWLEDGEMENT).body)
    assert f"geregistreerd onder nummer {scenario.formal_number}" in body
    assert "uiterlijk 4 mei 2026 persoonlijk contact" in body  # 5 working days, Koningsdag
    assert "uiterlijk 5 juni 2026 af" in body  # six weeks
    assert "uiterlijk 19 juni 2026" in letters.preview(formal, LetterKind.DELAY_NOTICE).body
    extension = flat(letters.preview(formal, LetterKind.EXTENSION_NOTICE).body)
    assert "uiterlijk 3 juli 2026" in extension
    decision = letters.preview(formal, LetterKind.DECISION_LETTER).body
    assert "Onderdeel 1\nDe toon van het telefoongesprek" in decision
    assert "Oordeel: gegrond. Behoorlijkheidsnorm: Fatsoenlijke bejegening." in decision
    assert "Behoorlijkheidsnormen: Voortvarendheid en Betrouwbaarheid." in decision
    assert "vinden wij uw klacht deels gegrond" in decision
    assert "de Nationale ombudsman" in decision
    assert "tot een jaar na de datum" in decision
    decline = flat(letters.preview(scenario.declined, LetterKind.DECLINE_NOTICE).body)
    assert "langer dan een jaar" in decline
    assert "artikel 9:8, eerste lid, onder b" in decline
    closing = letters.preview(
        scenario.informal,
        LetterKind.INFORMAL_CLOSING,
        case_for(LetterKind.INFORMAL_CLOSING, scenario)[1],
    ).body
    assert "• Wij beantwoorden uw e-mail van 2 april inhoudelijk (uiterlijk 8 mei 2026)" in closing
    review = flat(letters.preview(scenario.review, LetterKind.REVIEW_FORWARDING).body)
    assert "doorgestuurd naar Sector Toezicht en Handhaving" in review
    no_response = letters.preview(formal, LetterKind.NO_RESPONSE_NOTICE).body
    assert "• De hoogte van de dwangsom\n• De naheffing over 2024" in no_response


def test_extra_values_are_used_and_unknown_ones_refused(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    letter = letters.preview(
        scenario.informal, LetterKind.DELAY_NOTICE, {"verwachte_datum": date(2026, 6, 12)}
    )
    assert "uiterlijk 12 juni 2026" in letter.body
    with pytest.raises(ServiceError, match="Onbekend invulveld"):
        letters.preview(scenario.informal, LetterKind.DELAY_NOTICE, {"bestaat_niet": "x"})


# ----- recipients and .eml drafts -------------------------------------------------------


def _addresses(message: EmailMessage, header: str) -> set[str]:
    return {address for _name, address in getaddresses(message.get_all(header, []))}


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_eml_parses_and_goes_to_the_right_people(
    db: Database, scenario: Scenario, kind: LetterKind
) -> None:
    complaint_id, extra = case_for(kind, scenario)
    content = LetterService(db, scenario.admin, today=LETTER_DAY).make_eml(
        complaint_id, kind, extra
    )
    assert message_from_bytes(content)["X-Unsent"] == "1"
    message = BytesParser(policy=default).parsebytes(content)
    assert message["X-Unsent"] == "1"
    assert message["From"].addresses[0].addr_spec == "klachten@testorganisatie.nl"
    assert "{" not in str(message["Subject"])
    complainant = "oystein@example.com"
    employee = "s.betrokkene@testorganisatie.nl"
    manager = "m.deleidinggevende@testorganisatie.nl"
    to, cc, bcc = (_addresses(message, h) for h in ("To", "Cc", "Bcc"))
    if kind == LetterKind.MANAGER_COPY_START:
        assert (to, cc, bcc) == ({employee}, {manager}, set())
        names = [part.get_filename() for part in message.iter_attachments()]
        assert names == ["brief klager.pdf"]  # the complaint's own attachment (Awb 9:9)
    elif kind == LetterKind.EXTENSION_NOTICE:
        assert (to, cc, bcc) == ({complainant}, set(), {employee, manager})
    elif kind in (LetterKind.INFORMAL_CLOSING, LetterKind.DECISION_LETTER):
        assert (to, cc, bcc) == ({complainant}, set(), {manager})
    else:
        assert (to, cc, bcc) == ({complainant}, set(), set())
    text = message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    assert "IK-2026-" in str(message["Subject"]) + text
    assert not PLACEHOLDER.search(text)
    assert "Hanna Behandelaar\nSenior klachtbehandelaar\nTestorganisatie" in text
    pdfs = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    formal = kind in (
        LetterKind.EXTENSION_NOTICE,
        LetterKind.DECLINE_NOTICE,
        LetterKind.DECISION_LETTER,
        LetterKind.NO_RESPONSE_NOTICE,
    )
    if formal:
        assert pdfs[0].get_filename().endswith(".pdf")
        assert "Çelik-Łukasiewicz" in pdf_text(pdfs[0].get_content())


def test_the_recipients_of_a_letter(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    recipients = letters.preview(scenario.formal, LetterKind.EXTENSION_NOTICE).recipients
    assert [(r.role, r.name) for r in recipients] == [
        ("klager", "Øystein Çelik-Łukasiewicz"),
        ("medewerker", "Sjoerd Betrokkene"),
        ("leidinggevende", "Manon de Leidinggevende"),
    ]
    assert recipients[0].address_lines == ("Lange Voorhout 9", "2514 EA  DEN HAAG")
    assert recipients[0].window_name == "De heer Øystein Çelik-Łukasiewicz"
    acknowledgement = letters.preview(scenario.formal, LetterKind.ACKNOWLEDGEMENT)
    assert [r.role for r in acknowledgement.recipients] == ["klager"]


# ----- templates ------------------------------------------------------------------------


def test_a_template_with_an_unknown_placeholder_is_refused(
    db: Database, admin: CurrentUser
) -> None:
    templates = LetterTemplateService(db, admin)
    with pytest.raises(ValidationError) as refused:
        templates.save(
            LetterKind.ACKNOWLEDGEMENT, "Ontvangen {klachtnummer}", "{aanhef},\n\n{klant_naam}"
        )
    message = refused.value.errors["body"]
    assert "Onbekend invulveld {klant_naam}" in message
    assert "{klager_naam}" in message  # the known ones are listed
    assert "{verdaagd_tot}" in message
    with pytest.raises(ValidationError) as stray:
        templates.save(LetterKind.ACKNOWLEDGEMENT, "Ontvangen {klachtnummer", "Tekst")
    assert "accolade" in stray.value.errors["subject"]
    with pytest.raises(ValidationError) as formatted:
        templates.save(LetterKind.ACKNOWLEDGEMENT, "Ontvangen", "{datum:>20}")
    assert "opmaak" in formatted.value.errors["body"]
    assert not templates.get(LetterKind.ACKNOWLEDGEMENT).customised


def test_an_edited_template_is_used_until_reset(db: Database, scenario: Scenario) -> None:
    templates = LetterTemplateService(db, scenario.admin)
    saved = templates.save(
        LetterKind.ACKNOWLEDGEMENT,
        "Bevestiging {klachtnummer}",
        "{aanhef},\n\nUw klacht {{met accolades}} is binnen.\n\nMet vriendelijke groet,",
    )
    assert saved.customised
    assert saved.placeholders == ("klachtnummer", "aanhef")
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    letter = letters.preview(scenario.formal, LetterKind.ACKNOWLEDGEMENT)
    assert letter.subject == f"Bevestiging {scenario.formal_number}"
    assert "Uw klacht {met accolades} is binnen." in letter.body
    templates.reset(LetterKind.ACKNOWLEDGEMENT)
    assert not templates.get(LetterKind.ACKNOWLEDGEMENT).customised
    letter = letters.preview(scenario.formal, LetterKind.ACKNOWLEDGEMENT)
    assert letter.subject.startswith("Ontvangstbevestiging")


def test_only_the_administrator_edits_templates(db: Database, scenario: Scenario) -> None:
    with pytest.raises(PermissionDenied):
        LetterTemplateService(db, scenario.handler).save(
            LetterKind.ACKNOWLEDGEMENT, "Onderwerp", "Tekst"
        )
    assert len(LetterTemplateService(db, scenario.handler).templates()) == len(LetterKind)


def test_a_letter_whose_placeholder_has_no_value_is_refused_in_plain_dutch(
    db: Database, scenario: Scenario
) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    # The informal complaint never had a delay notice: no expected date. The preview shows
    # the place to fill in by its description, never as "{verwachte_datum}".
    preview = letters.preview(scenario.informal, LetterKind.DELAY_NOTICE)
    assert preview.missing == ("verwachte_datum",)
    assert "[in te vullen: Nieuwe verwachte datum (uitstelbericht)]" in preview.body
    assert "{" not in preview.body
    with pytest.raises(MissingValuesError) as refused:
        letters.make_pdf(scenario.informal, LetterKind.DELAY_NOTICE)
    assert refused.value.message == (
        "De brief kan nog niet worden gemaakt. Nog niet ingevuld: "
        "'Nieuwe verwachte datum (uitstelbericht)'. Vul dit in, of pas de tekst van de brief aan."
    )
    assert refused.value.placeholders == ("verwachte_datum",)
    with pytest.raises(MissingValuesError, match="Datum tot wanneer de beslissing is verdaagd"):
        letters.make_pdf(scenario.informal, LetterKind.EXTENSION_NOTICE)
    with pytest.raises(MissingValuesError, match="Wat er met de klager is besproken") as besproken:
        letters.save_document(scenario.informal, LetterKind.INFORMAL_CLOSING, "eml")
    assert "{" not in besproken.value.message
    assert letters.documents(scenario.informal) == []


# ----- choices, documents, permissions --------------------------------------------------


def test_the_choices_follow_the_complaints_state(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    formal = {c.kind: c for c in letters.choices(scenario.formal)}
    assert formal[LetterKind.DECISION_LETTER].suggested
    assert formal[LetterKind.DECISION_LETTER].missing == ()
    assert LetterKind.INFORMAL_CLOSING not in formal
    informal = {c.kind: c for c in letters.choices(scenario.informal)}
    assert informal[LetterKind.INFORMAL_CLOSING].suggested
    assert informal[LetterKind.INFORMAL_CLOSING].missing == ("besproken",)
    assert informal[LetterKind.INFORMAL_CLOSING].default_format == "eml"
    assert LetterKind.DECISION_LETTER not in informal
    declined = {c.kind: c for c in letters.choices(scenario.declined)}
    assert declined[LetterKind.DECLINE_NOTICE].suggested
    assert declined[LetterKind.DECLINE_NOTICE].default_format == "pdf"


def test_a_saved_letter_is_listed_with_its_sent_date(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.handler, today=LETTER_DAY)
    pdf_id = letters.save_document(
        scenario.formal, LetterKind.DECISION_LETTER, "pdf", sent_on=date(2026, 5, 19)
    )
    eml_id = letters.save_document(scenario.formal, LetterKind.EXTENSION_NOTICE, "eml")
    with pytest.raises(ValidationError):
        letters.mark_sent(eml_id, date(2026, 5, 21))  # after "today"
    letters.mark_sent(eml_id, date(2026, 5, 20))
    documents = {d.id: d for d in letters.documents(scenario.formal)}
    number = scenario.formal_number
    assert documents[pdf_id].file_name == f"{number} beslissing op klacht.pdf"
    assert (documents[pdf_id].sent_on, documents[pdf_id].sent_via) == (date(2026, 5, 19), "post")
    assert documents[pdf_id].title == f"Beslissing op uw klacht {number}"
    assert documents[pdf_id].kind_label == "Beslissing op de klacht"
    assert documents[pdf_id].created_by_name == "Hanna Behandelaar"
    assert documents[pdf_id].size > 1000
    assert (documents[eml_id].sent_on, documents[eml_id].sent_via) == (date(2026, 5, 20), "e-mail")
    name, media_type, content = letters.document_content(pdf_id)
    assert (name, media_type) == (f"{number} beslissing op klacht.pdf", "application/pdf")
    assert "deels gegrond" in flat(pdf_text(content))
    assert letters.document_content(eml_id)[1] == "message/rfc822"


def test_only_who_may_see_the_complaint_makes_its_letters(db: Database, scenario: Scenario) -> None:
    OrganisationService(db, scenario.admin).create_employee(
        EmployeeInput(name="Andere Behandelaar", login="other", roles=frozenset({Role.HANDLER}))
    )
    other = load_current_user(db, "other")
    staff = load_current_user(db, "concerned")
    assert other is not None
    assert staff is not None
    with pytest.raises(PermissionDenied):
        LetterService(db, other).preview(scenario.formal, LetterKind.ACKNOWLEDGEMENT)
    with pytest.raises(PermissionDenied):
        LetterService(db, other).documents(scenario.formal)
    with pytest.raises(PermissionDenied):
        LetterService(db, staff).preview(scenario.formal, LetterKind.ACKNOWLEDGEMENT)


def test_the_secretariat_sends_acknowledgements_but_no_decisions(
    db: Database, scenario: Scenario
) -> None:
    OrganisationService(db, scenario.admin).create_employee(
        EmployeeInput(name="Sanne Secretariaat", login="secr", roles=frozenset({Role.SECRETARIAT}))
    )
    secretariat = load_current_user(db, "secr")
    assert secretariat is not None
    letters = LetterService(db, secretariat, today=LETTER_DAY)
    letters.save_document(scenario.formal, LetterKind.ACKNOWLEDGEMENT, "pdf", LETTER_DAY)
    with pytest.raises(PermissionDenied):
        letters.preview(scenario.formal, LetterKind.DECISION_LETTER)
    kinds = {c.kind for c in letters.choices(scenario.formal)}
    assert kinds == {LetterKind.ACKNOWLEDGEMENT, LetterKind.MANAGER_COPY_START}


def test_a_long_letter_gets_page_numbers(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    long_text = "\n\n".join(
        f"Alinea {n}: wij hebben alles nog eens zorgvuldig nagelopen en besproken." * 4
        for n in range(1, 30)
    )
    content = letters.make_pdf(
        scenario.informal, LetterKind.INFORMAL_CLOSING, {"besproken": long_text}
    )
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) >= 2
    total = len(reader.pages)
    assert f"Pagina 1 van {total}" in reader.pages[0].extract_text()
    assert f"Pagina {total} van {total}" in reader.pages[-1].extract_text()
    short = PdfReader(io.BytesIO(letters.make_pdf(scenario.formal, LetterKind.ACKNOWLEDGEMENT)))
    assert len(short.pages) == 1
    assert "Pagina" not in short.pages[0].extract_text()


def test_the_improvement_letter_names_the_realised_proposal(
    db: Database, scenario: Scenario
) -> None:
    from app.models import ImprovementProposal, ProposalComplaint
    from app.models.enums import Decision, ProposalStatus

    admin = scenario.admin
    with db.session_scope(Actor(login=admin.login, employee_id=admin.employee_id)) as session:
        proposal = ImprovementProposal(
            title="Een terugbelafspraak wordt binnen één werkdag nagekomen",
            decision=Decision.ACCEPTED,
            decision_on=date(2026, 5, 12),
            owner_id=admin.employee_id,
            deadline=date(2026, 9, 1),
            status=ProposalStatus.REALISED,
            realised_on=date(2026, 5, 19),
        )
        session.add(proposal)
        session.flush()
        session.add(ProposalComplaint(proposal_id=proposal.id, complaint_id=scenario.formal))
    letters = LetterService(db, admin, today=LETTER_DAY)
    choices = {c.kind: c for c in letters.choices(scenario.formal)}
    assert choices[LetterKind.IMPROVEMENT_LETTER].suggested
    assert choices[LetterKind.IMPROVEMENT_LETTER].missing == ()
    body = letters.preview(scenario.formal, LetterKind.IMPROVEMENT_LETTER).body
    assert "Een terugbelafspraak wordt binnen één werkdag nagekomen" in body


def test_the_letterhead_settings_are_checked(db: Database, admin: CurrentUser) -> None:
    settings = SettingsService(db, admin)
    with pytest.raises(ValidationError) as refused:
        settings.set_letterhead(Letterhead(name="Org", postcode="12345", sender_email="geen"))
    assert set(refused.value.errors) == {"postcode", "sender_email"}
    stored = settings.set_letterhead(
        Letterhead(name="Org", postcode="2509ac", city="Den Haag", phone="0703563563")
    )
    assert (stored.postcode, stored.phone) == ("2509 AC", "+31703563563")
    assert settings.letterhead() == stored
    assert settings.organisation_name() == "Org"
