"""Fuzzing every service entry point that takes text people type: whatever is typed (NUL
bytes, control characters, lone surrogates, line separators, very long strings, quotes and
braces), the only exceptions are the services' own ``ServiceError`` (a Dutch message for the
user) — never a database error, an encoding error or an assertion — on SQLite and on
PostgreSQL.

Each entry point names its text fields (``slots``); an example puts one generated text in
one of them and fills the others with valid values, so the check of every field and the write
behind it are both reached. Objects an entry point needs (a complaint in hearing, a returned
card…) are made once per test and made again when a successful call used them up.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db import Database
from app.models.enums import (
    CardChannel,
    CardColour,
    CauseKind,
    Decision,
    Judgment,
    NoteChannel,
    UnitKind,
)
from app.services.clusters import ClusterService
from app.services.complainants import (
    ComplainantData,
    ComplainantService,
    PersistentComplainantService,
)
from app.services.complaints import ComplaintEdit, ComplaintService, NoteInput
from app.services.dossier import DossierService
from app.services.errors import ServiceError
from app.services.feedback import FeedbackService, ReturnedCard
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService, NewAttachment
from app.services.learning import (
    HandlingReportService,
    ImprovementService,
    ProposalInput,
    ReportAnswers,
)
from app.services.letter_templates import LetterKind, LetterTemplateService
from app.services.letters import LetterService
from app.services.organisation import EmployeeInput, OrganisationService, UnitInput
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter, RegisterService
from app.services.regulation import ProfileData, RegulationService
from app.services.report_data import ReportDataService
from app.services.settings import CardSettings, CardSettingsService, Letterhead, SettingsService
from app.services.subjects import SubjectService
from app.services.workflow import PartJudgment, WorkflowService

TODAY = date(2026, 4, 24)
DAY = date(2026, 5, 6)

_ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates and controls included
_NASTY = [
    "\x00",
    "\x01",
    "\x08",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9f",
    "\ud800",
    "\udfff",
    "\u2028",
    "\ufeff",
    "\ufffe",
    "\U0010ffff",
    "\r\n",
    "\r",
    "\t",
    "\n",
    " ",
    "'",
    '"',
    "%",
    "_",
    "\\",
    "{",
    "}",
    "{klachtnummer}",
    "IK-2026-0001",
    "é",
    "👍🏽",
    "a",
]
_PIECES = st.lists(st.sampled_from(_NASTY) | _ANY_CHARACTER, min_size=1, max_size=12).map("".join)
TEXT = st.one_of(
    st.text(_ANY_CHARACTER, max_size=40),
    _PIECES,
    # Very long: a pasted page, or a name far over its column's length.
    st.builds(lambda piece, times: piece * times, _PIECES, st.integers(30, 6_000)),
)

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

VALID: dict[str, str] = {
    "description": "de beloofde terugbelafspraak niet is nagekomen.",
    "salutation": "Mevrouw",
    "name": "Proefklager Fuzz",
    "street": "Proeflaan",
    "house_number": "12a",
    "postcode": "1234 AB",
    "city": "Proefstad",
    "phone": "020 123 4567",
    "email": "fuzz@example.com",
    "employee_name": "Henk van Proef",
    "dossier": "2026.00042",
    "file_name": "brief.pdf",
    "media_type": "application/pdf",
    "summary": "Klager gebeld; excuses aangeboden en terugbellen vrijdag afgesproken.",
    "with_whom": "klager",
    "reason": "Opgelost na een telefoongesprek met de klager.",
    "text": "Dit is een gewone tekst van een paar woorden.",
    "title": "Terugbelafspraken vastleggen",
    "subject": "Uw klacht {klachtnummer}",
    "body": "Beste {klager_naam},\n\nWij hebben uw klacht ontvangen.\n",
}


class Slots:
    """The value of each text field in one example: the generated text in ``slot``."""

    def __init__(self, slot: str, text: str) -> None:
        self.slot = slot
        self.text = text

    def __call__(self, name: str, valid: str | None = None) -> str:
        if name == self.slot:
            return self.text
        return VALID.get(name, "") if valid is None else valid


class World:
    """What the entry points act on, made when first needed (per test, not per example)."""

    def __init__(self, db: Database, admin: CurrentUser) -> None:
        self.db = db
        self.admin = admin
        self.made: dict[str, Any] = {}
        self.counter = 0

    def service(self, kind: type) -> Any:
        return kind(self.db, self.admin)

    def unique(self) -> int:
        self.counter += 1
        return self.counter

    def forget(self, *names: str) -> None:
        for name in names:
            self.made.pop(name, None)

    def _once(self, name: str, make: Callable[[], Any]) -> Any:
        if name not in self.made:
            self.made[name] = make()
        return self.made[name]

    def new_complaint(self) -> int:
        n = self.unique()
        return (
            IntakeService(self.db, self.admin)
            .register(
                IntakeData(
                    description=f"de beloofde terugbelafspraak {n} niet is nagekomen.",
                    received_on=TODAY,
                    complainant=ComplainantData(name=f"Proefklager {n}", email=f"p{n}@example.com"),
                ),
                today=TODAY,
            )
            .complaint_id
        )

    def complaint(self) -> int:
        return self._once("complaint", self.new_complaint)

    def _in_progress(self) -> int:
        complaint_id = self.new_complaint()
        workflow = WorkflowService(self.db, self.admin)
        workflow.assign(complaint_id, self.admin.employee_id or 0)
        workflow.record_first_contact(
            complaint_id, datetime(2026, 4, 27, 10, tzinfo=UTC), NoteChannel.PHONE, VALID["summary"]
        )
        return complaint_id

    def in_progress(self) -> int:
        return self._once("in_progress", self._in_progress)

    def _in_hearing(self) -> int:
        complaint_id = self._in_progress()
        workflow = WorkflowService(self.db, self.admin)
        workflow.start_formal(complaint_id, ["Er is niet teruggebeld."])
        workflow.record_hearing(complaint_id, complainant_on=DAY)
        return complaint_id

    def in_hearing(self) -> int:
        return self._once("in_hearing", self._in_hearing)

    def _resolved(self) -> int:
        complaint_id = self._in_progress()
        WorkflowService(self.db, self.admin).resolve_informally(complaint_id, confirmed_on=DAY)
        return complaint_id

    def resolved(self) -> int:
        return self._once("resolved", self._resolved)

    def _red_card(self) -> int:
        complaint_id = self._resolved()
        workflow = WorkflowService(self.db, self.admin)
        workflow.record_manager_copy(complaint_id, at_start=False, on=DAY)
        workflow.close(complaint_id, on=DAY)
        feedback = FeedbackService(self.db, self.admin)
        feedback.record_sent([complaint_id], CardChannel.POST, DAY)
        card = next(c for c in feedback.cards_of(complaint_id) if c.colour == CardColour.RED)
        feedback.register_return(card.id, ReturnedCard(returned_on=DAY, text="Niet tevreden."))
        return card.id

    def red_card(self) -> int:
        return self._once("red_card", self._red_card)

    def proposal(self) -> int:
        return self._once(
            "proposal",
            lambda: ImprovementService(self.db, self.admin).create(
                ProposalInput(title=VALID["title"])
            ),
        )

    def subject(self) -> int:
        return self._once(
            "subject",
            lambda: SubjectService(self.db, self.admin).create_subject("Bejegening proef").id,
        )


# ----- the entry points ---------------------------------------------------------------------


def register_intake(world: World, v: Slots) -> None:
    IntakeService(world.db, world.admin).register(
        IntakeData(
            description=v("description"),
            received_on=TODAY,
            complainant=ComplainantData(
                salutation=v("salutation"),
                name=v("name"),
                street=v("street"),
                house_number=v("house_number"),
                postcode=v("postcode"),
                city=v("city"),
                phone_day=v("phone_day", VALID["phone"]),
                phone_evening=v("phone_evening", ""),
                email=v("email"),
            ),
            employees_concerned=(ConcernedEmployee(free_text_name=v("employee_name")),),
            related_dossiers=(v("dossier"),),
            attachments=(NewAttachment(v("file_name"), b"%PDF-1.4 proef", v("media_type")),),
        ),
        today=TODAY,
    )


def update_complaint(world: World, v: Slots) -> None:
    complaints = ComplaintService(world.db, world.admin)
    complaint_id = world.complaint()
    detail = complaints.detail(complaint_id)
    edit = ComplaintEdit(
        description=v("description"),
        channel=detail.channel,
        received_on=TODAY,
        complainant=ComplainantData(
            name=v("name"), street=v("street"), city=v("city"), email=v("email")
        ),
        employees_concerned=(ConcernedEmployee(free_text_name=v("employee_name")),),
        related_dossiers=(v("dossier"),),
    )
    complaints.update(
        complaint_id, edit, detail.version, complainant_version=detail.complainant_version
    )


def add_note(world: World, v: Slots) -> None:
    note = NoteInput(
        contact_at=datetime(2026, 4, 28, 9, tzinfo=UTC),
        channel=NoteChannel.EMAIL,
        with_whom=v("with_whom"),
        summary=v("summary"),
    )
    ComplaintService(world.db, world.admin).add_note(world.complaint(), note)


def first_contact(world: World, v: Slots) -> None:
    WorkflowService(world.db, world.admin).record_first_contact(
        world.in_progress(),
        datetime(2026, 4, 28, 9, tzinfo=UTC),
        NoteChannel.PHONE,
        v("summary"),
        with_whom=v("with_whom"),
    )


def promise_and_assignment(world: World, v: Slots) -> None:
    workflow = WorkflowService(world.db, world.admin)
    complaint_id = world.in_progress()
    if v.slot == "promise":
        workflow.add_promise(complaint_id, v("promise", VALID["text"]), DAY, made_on=TODAY)
    else:
        workflow.assign(complaint_id, world.admin.employee_id or 0, reason=v("reason"))


def side_exits(world: World, v: Slots) -> None:
    workflow = WorkflowService(world.db, world.admin)
    complaint_id = world.in_progress()
    if v.slot == "reopen":
        with suppress(ServiceError):
            workflow.withdraw(complaint_id, reason=VALID["reason"])
        workflow.reopen(complaint_id, reason=v("reopen"))
        return
    exit_to = workflow.withdraw if v.slot == "withdraw" else workflow.forward_for_review
    exit_to(complaint_id, reason=v(v.slot))
    workflow.reopen(complaint_id, reason=VALID["reason"])


def resolve_and_close(world: World, v: Slots) -> None:
    workflow = WorkflowService(world.db, world.admin)
    if v.slot == "note":
        workflow.resolve_informally(world.in_progress(), confirmed_on=DAY, note=v("note"))
        world.forget("in_progress")
    else:
        workflow.close(world.resolved(), missing_copy_reason=v("missing_copy_reason"), on=DAY)
        world.forget("resolved")


def formal_route(world: World, v: Slots) -> None:
    workflow = WorkflowService(world.db, world.admin)
    if v.slot == "start_formal":
        workflow.start_formal(world.in_progress(), [v("start_formal"), "Tweede onderdeel."])
        world.forget("in_progress")
    elif v.slot == "add_parts":
        workflow.add_parts(world.in_hearing(), [v("add_parts")])
    else:
        complaint_id = world.in_hearing()
        parts = workflow.state(complaint_id).parts
        workflow.judge(
            complaint_id,
            [PartJudgment(p.id, Judgment.UPHELD, v("findings", VALID["text"])) for p in parts],
        )
        world.forget("in_hearing")


ANSWER_SLOTS = ("cause_text", "prevention", "remedial_action", "improvement_points")


def handling_report(world: World, v: Slots) -> None:
    reports = HandlingReportService(world.db, world.admin)
    complaint_id = world.resolved()
    answers = ReportAnswers(
        cause_kind=CauseKind.EMPLOYEE,
        **{key: v(key, VALID["text"]) for key in ANSWER_SLOTS},
    )
    version = reports.form(complaint_id).version  # the stored form this window stands on
    if v.slot != "remark":
        reports.save_draft(complaint_id, answers, version=version)
        return
    with suppress(ServiceError):
        reports.submit(complaint_id, answers, version=version)
    try:
        reports.send_back(complaint_id, v("remark"))
    except ServiceError:
        # Back to the handler anyway, so the next example can save a draft again.
        reports.send_back(complaint_id, VALID["text"])
        raise


def improvement_proposals(world: World, v: Slots) -> None:
    improvements = ImprovementService(world.db, world.admin, today=TODAY)
    if v.slot == "decision_note":
        improvements.decide(world.proposal(), Decision.PROPOSED, on=DAY, note=v("decision_note"))
    elif v.slot == "progress":
        improvements.add_progress(world.proposal(), v("progress"), on=DAY)
    else:
        smart = ("specific", "measurable", "acceptable", "realistic")
        improvements.create(
            ProposalInput(title=v("title"), **{key: v(key, VALID["text"]) for key in smart})
        )


def feedback_cards(world: World, v: Slots) -> None:
    feedback = FeedbackService(world.db, world.admin)
    card_id = world.red_card()
    if v.slot == "find":
        feedback.find(v("find"))
    elif v.slot == "reopen_reason":
        feedback.reopen_after_red_card(card_id, v("reopen_reason"))
        world.forget("red_card")
    else:
        feedback.register_return(
            card_id,
            ReturnedCard(
                returned_on=DAY,
                text=v("card_text", VALID["text"]),
                wants_callback=True,
                callback_phone=v("callback_phone", VALID["phone"]),
                callback_email=v("callback_email", VALID["email"]),
                name_as_written=v("name"),
            ),
        )


def employees_and_units(world: World, v: Slots) -> None:
    organisation = OrganisationService(world.db, world.admin)
    n = world.unique()
    if v.slot == "unit":
        organisation.create_unit(UnitInput(name=v("unit", f"Team proef {n}"), kind=UnitKind.TEAM))
        return
    organisation.create_employee(
        EmployeeInput(
            name=v("name"),
            email=v("email", f"m{n}@example.com"),
            phone=v("phone"),
            job_title=v("job_title", "Medewerker"),
            login=v("login", f"proef{n}"),
        )
    )


def subjects_and_clusters(world: World, v: Slots) -> None:
    n = world.unique()
    if v.slot == "subject":
        SubjectService(world.db, world.admin).create_subject(v("subject", f"Onderwerp {n}"))
    elif v.slot == "rename":
        SubjectService(world.db, world.admin).rename_subject(world.subject(), v("rename"))
    else:
        ClusterService(world.db, world.admin).create(
            v("cluster_name", f"Cluster {n}"), v("cluster_description", VALID["text"]), []
        )


def letters_and_templates(world: World, v: Slots) -> None:
    if v.slot == "extra":
        LetterService(world.db, world.admin, today=DAY).preview(
            world.resolved(), LetterKind.ACKNOWLEDGEMENT, {"besproken": v("extra")}
        )
        return
    LetterTemplateService(world.db, world.admin).save(
        LetterKind.ACKNOWLEDGEMENT, v("subject"), v("body")
    )


def settings_and_regulation(world: World, v: Slots) -> None:
    if v.slot == "organisation_name":
        SettingsService(world.db, world.admin).set_organisation_name(v(v.slot, "Proeforganisatie"))
    elif v.slot.startswith("letterhead_"):
        fields = ("name", "street", "postcode", "city", "phone", "email", "website")
        values = {f: v(f"letterhead_{f}", VALID.get(f, "www.example.com")) for f in fields}
        SettingsService(world.db, world.admin).set_letterhead(
            Letterhead(**values, sender_email=VALID["email"])
        )
    elif v.slot.startswith("cards_"):
        CardSettingsService(world.db, world.admin).save(
            CardSettings(
                reply_number=v("cards_number", "12345"),
                reply_postcode=VALID["postcode"],
                reply_city=v("cards_city", VALID["city"]),
                attention_of=v("cards_attention", "de klachtcoördinator"),
                feedback_email=VALID["email"],
            )
        )
    elif v.slot == "closing_day":
        RegulationService(world.db, world.admin).add_closing_day(DAY, v("closing_day"))
    elif v.slot == "persistent":
        PersistentComplainantService(world.db, world.admin).flag(
            _complainant_of(world), v("persistent"), DAY
        )
    elif v.slot.startswith("report_"):
        ReportDataService(world.db, world.admin).save_texts(
            "annual", "2026", {"stood_out": v("report_stood_out"), "learned": v("report_learned")}
        )
    else:
        RegulationService(world.db, world.admin).change_profile(
            ProfileData(name=v("profile", "Awb"), ombudsman_name=v("ombudsman", "de ombudsman"))
        )


def _complainant_of(world: World) -> int:
    detail = ComplaintService(world.db, world.admin).detail(world.complaint())
    assert detail.complainant_id is not None
    return detail.complainant_id


def searches(world: World, v: Slots) -> None:
    world.complaint()
    typed = v.text
    if v.slot == "register":
        register = RegisterService(world.db, world.admin, today=TODAY)
        register.count(RegisterFilter(search=typed))
        register.page(RegisterFilter(search=typed))
    elif v.slot == "complainants":
        ComplainantService(world.db, world.admin).search(typed)
    elif v.slot == "duplicates":
        ComplainantService(world.db, world.admin).find_matches(
            ComplainantData(name=typed, email=typed, phone_day=typed, postcode=typed)
        )
    else:
        DossierService(world.db, world.admin).find(typed)


@dataclass(frozen=True)
class Entry:
    name: str
    run: Callable[[World, Slots], None]
    slots: tuple[str, ...]


ENTRIES = (
    Entry(
        "intake registration",
        register_intake,
        (
            "description",
            "salutation",
            "name",
            "street",
            "house_number",
            "postcode",
            "city",
            "phone_day",
            "phone_evening",
            "email",
            "employee_name",
            "dossier",
            "file_name",
            "media_type",
        ),
    ),
    Entry(
        "complaint update",
        update_complaint,
        ("description", "name", "street", "city", "email", "employee_name", "dossier"),
    ),
    Entry("contact note", add_note, ("with_whom", "summary")),
    Entry("first contact", first_contact, ("summary", "with_whom")),
    Entry("promise and assignment reason", promise_and_assignment, ("promise", "reason")),
    Entry("side exit and reopen reasons", side_exits, ("withdraw", "forward", "reopen")),
    Entry("informal resolution and closing", resolve_and_close, ("note", "missing_copy_reason")),
    Entry("parts and judgment", formal_route, ("start_formal", "add_parts", "findings")),
    Entry("annex 1 handling report", handling_report, (*ANSWER_SLOTS, "remark")),
    Entry(
        "improvement proposals",
        improvement_proposals,
        (
            "title",
            "specific",
            "measurable",
            "acceptable",
            "realistic",
            "decision_note",
            "progress",
        ),
    ),
    Entry(
        "feedback cards",
        feedback_cards,
        ("card_text", "name", "callback_phone", "callback_email", "find", "reopen_reason"),
    ),
    Entry(
        "employees and units",
        employees_and_units,
        ("name", "email", "phone", "job_title", "login", "unit"),
    ),
    Entry(
        "subjects and clusters",
        subjects_and_clusters,
        ("subject", "rename", "cluster_name", "cluster_description"),
    ),
    Entry(
        "letter templates and letter values", letters_and_templates, ("subject", "body", "extra")
    ),
    Entry(
        "settings and regulation",
        settings_and_regulation,
        (
            "organisation_name",
            "letterhead_name",
            "letterhead_street",
            "letterhead_postcode",
            "letterhead_city",
            "letterhead_phone",
            "letterhead_email",
            "letterhead_website",
            "cards_number",
            "cards_city",
            "cards_attention",
            "closing_day",
            "persistent",
            "profile",
            "ombudsman",
            "report_stood_out",
            "report_learned",
        ),
    ),
    Entry("searches", searches, ("register", "complainants", "duplicates", "dossier")),
)


@pytest.fixture
def world(db: Database, admin: CurrentUser) -> World:
    return World(db, admin)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name.replace(" ", "_") for e in ENTRIES])
@FUZZ
@given(data=st.data())
def test_any_typed_text_ends_in_a_service_message_or_is_stored(
    world: World, entry: Entry, data: st.DataObject
) -> None:
    slot = data.draw(st.sampled_from(entry.slots), label="field")
    text = data.draw(TEXT, label="text")
    message = None
    try:
        entry.run(world, Slots(slot, text))
    except ServiceError as error:
        message = error.message
    # Refused or stored; when refused, a message for people, never a driver's message.
    assert message is None or (message and "Error" not in message)
