"""A small register with known counts for the report, dashboard and CLI tests.

2025: five complaints (three informal, one formal upheld, one withdrawn) and two signals.
2026: seven complaints — two informal (January), formal partly upheld (February), formal
not upheld (1 April), declined (2 April), two open (November, handled by Hanna) — and one
signal (June). "Today" is Friday 20 November 2026. See the tests for the figures that follow.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.db import Actor, Database
from app.models import (
    Attachment,
    Complainant,
    Complaint,
    ComplaintEmployee,
    ComplaintPart,
    ConductNorm,
    ContactNote,
    Employee,
    FeedbackCard,
    HandlingReport,
    ImprovementProposal,
    OrgUnit,
    ProgressNote,
    Promise,
    SubjectCategory,
)
from app.models.enums import (
    CardChannel,
    CardColour,
    CauseKind,
    ComplaintKind,
    Decision,
    Judgment,
    NoteChannel,
    ProposalStatus,
    Route,
    Status,
    UnitKind,
)
from app.services.deadlines import next_deadline_of
from app.services.search import refresh_search_text

TODAY = date(2026, 11, 20)
FOREIGN_NAME = "Çelik-Łukasiewicz, Øystein"
EMPLOYEE_NAME = "Ştefan Öztürk-Ødegård"
SUBJECT_A = "Bejegening"
SUBJECT_B = "Termijnen en wachttijd"


@dataclass(frozen=True)
class Known:
    handler_id: int
    balie_id: int  # Team Balie (employee Ştefan)
    post_id: int  # Team Post (employee Bert)
    subject_a_id: int
    subject_b_id: int
    dossier_number: str  # the formal complaint of 1 April 2026 (complainant FOREIGN_NAME)
    overdue_number: str  # open, contact term passed
    urgent_number: str  # open, on time, urgent


def build(db: Database) -> Known:
    with db.session_scope(Actor(login="test")) as s:
        balie = OrgUnit(name="Team Balie", kind=UnitKind.TEAM)
        post = OrgUnit(name="Team Post", kind=UnitKind.TEAM)
        s.add_all([balie, post])
        s.flush()
        hanna = Employee(
            name="Hanna Behandelaar", email="hanna@example.org", job_title="Teamleider", unit=post
        )
        stefan = Employee(name=EMPLOYEE_NAME, job_title="Medewerker", unit=balie)
        bert = Employee(name="Bert de Vries", job_title="Medewerker", unit=post)
        olga = Employee(name="Olga Eigenaar", job_title="Teamleider", unit=balie)
        s.add_all([hanna, stefan, bert, olga])
        subject_a = s.scalar(select(SubjectCategory).where(SubjectCategory.name == SUBJECT_A))
        subject_b = s.scalar(select(SubjectCategory).where(SubjectCategory.name == SUBJECT_B))
        norm = s.scalar(select(ConductNorm).where(ConductNorm.name == "Voortvarendheid"))
        numbers: dict[tuple[str, int], int] = {}

        def add(
            received: date,
            *,
            kind: ComplaintKind = ComplaintKind.COMPLAINT,
            route: Route | None = None,
            judgment: Judgment | None = None,
            closed: date | None = None,
            contact_days: int | None = None,
            person: str = "Proef Klager",
            handler: Employee | None = None,
            concerned: tuple[Employee, ...] = (),
            subjects: tuple[SubjectCategory, ...] = (),
            urgent: bool = False,
        ) -> Complaint:
            prefix = "SG" if kind == ComplaintKind.SIGNAL else "IK"
            numbers[(prefix, received.year)] = numbers.get((prefix, received.year), 0) + 1
            status = Status.REGISTERED if kind == ComplaintKind.SIGNAL else Status.IN_PROGRESS
            if closed is not None:
                status = {Route.DECLINED: Status.DECLINED, Route.WITHDRAWN: Status.WITHDRAWN}.get(
                    route, Status.CLOSED
                )
            complaint = Complaint(
                number=f"{prefix}-{received.year}-{numbers[(prefix, received.year)]:04d}",
                kind=kind,
                received_on=received,
                channel="email",
                description="Ik klaag erover dat niemand mij terugbelde.",
                complainant=Complainant(name=person, email="klager@example.com"),
                status=status,
                route=route,
                judgment=judgment,
                closed_on=closed,
                contact_due=received + timedelta(days=7),
                decision_due=received + timedelta(weeks=6),
                handler=handler,
                urgent=urgent,
                first_contact_on=received + timedelta(days=contact_days) if contact_days else None,
                employees_concerned=[ComplaintEmployee(employee=e) for e in concerned],
                subjects=list(subjects),
            )
            s.add(complaint)
            return complaint

        # 2025
        for day in (1, 2, 3):
            add(
                date(2025, 3, day),
                route=Route.INFORMAL,
                judgment=Judgment.NONE,
                closed=date(2025, 3, 20),
                contact_days=2,
            )
        add(
            date(2025, 5, 1),
            route=Route.FORMAL,
            judgment=Judgment.UPHELD,
            closed=date(2025, 6, 1),
            contact_days=3,
        )
        add(date(2025, 9, 1), route=Route.WITHDRAWN, closed=date(2025, 9, 10))
        add(date(2025, 5, 2), kind=ComplaintKind.SIGNAL)
        add(date(2025, 10, 1), kind=ComplaintKind.SIGNAL)
        # 2026
        jan5 = add(
            date(2026, 1, 5),
            route=Route.INFORMAL,
            judgment=Judgment.NONE,
            closed=date(2026, 1, 30),
            contact_days=4,
            concerned=(stefan,),
            subjects=(subject_a,),
            handler=hanna,
        )
        add(
            date(2026, 1, 6),
            route=Route.INFORMAL,
            judgment=Judgment.NONE,
            closed=date(2026, 1, 30),
            contact_days=4,
            subjects=(subject_a,),
        )
        feb2 = add(
            date(2026, 2, 2),
            route=Route.FORMAL,
            judgment=Judgment.PARTLY_UPHELD,
            closed=date(2026, 3, 2),
            contact_days=10,
            subjects=(subject_b,),
            handler=hanna,
        )
        apr1 = add(
            date(2026, 4, 1),
            route=Route.FORMAL,
            judgment=Judgment.NOT_UPHELD,
            closed=date(2026, 6, 30),
            contact_days=1,
            person=FOREIGN_NAME,
            concerned=(bert,),
            subjects=(subject_a, subject_b),
            handler=hanna,
        )
        apr1.norms = [norm]
        declined = add(
            date(2026, 4, 2),
            route=Route.DECLINED,
            judgment=Judgment.NONE,
            closed=date(2026, 4, 20),
            concerned=(stefan, bert),
        )
        add(date(2026, 6, 10), kind=ComplaintKind.SIGNAL)
        overdue = add(date(2026, 11, 2), handler=hanna, concerned=(bert,), subjects=(subject_b,))
        urgent = add(
            date(2026, 11, 16),
            handler=hanna,
            contact_days=2,
            concerned=(stefan,),
            subjects=(subject_a,),
            urgent=True,
        )
        s.flush()

        # The dossier of 1 April: a contact note, a promise, parts, an attachment.
        apr1.contact_notes.append(
            ContactNote(
                contact_at=datetime(2026, 4, 2, 9, 30, tzinfo=UTC),
                channel=NoteChannel.PHONE,
                with_whom=FOREIGN_NAME,
                author_id=hanna.id,
                summary="Klager gebeld; hoor en wederhoor afgesproken op 20 april.",
            )
        )
        apr1.promises.append(
            Promise(
                text="Wij sturen het verslag van de hoorzitting binnen een week.",
                made_on=date(2026, 4, 2),
                due_on=date(2026, 4, 27),
                kept_on=date(2026, 4, 24),
            )
        )
        part = ComplaintPart(
            position=1,
            text="De brief kwam te laat.",
            findings="De brief is binnen de termijn verstuurd.",
            judgment=Judgment.NOT_UPHELD,
        )
        part.norms = [norm]
        apr1.parts.append(part)
        content = b"%PDF-1.4 proef"
        apr1.attachments.append(
            Attachment(
                file_name="brief-van-klager.pdf",
                media_type="application/pdf",
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
            )
        )
        # Handling forms (annex 1): causes and measures.
        s.add(
            HandlingReport(
                complaint_id=jan5.id,
                handler_id=hanna.id,
                cause_kind=CauseKind.WORK_PROCESS,
                remedial_action="Excuses gemaakt en dossier aangevuld.",
            )
        )
        s.add(
            HandlingReport(complaint_id=feb2.id, handler_id=hanna.id, cause_kind=CauseKind.EMPLOYEE)
        )
        # Feedback cards: two complaints got cards in 2026; one green and one red returned.
        for complaint, colour, code, sent, returned in (
            (declined, CardColour.RED, "RRRRR2", date(2026, 4, 21), date(2026, 5, 1)),
            (declined, CardColour.GREEN, "GGGGG2", date(2026, 4, 21), None),
            (jan5, CardColour.GREEN, "GGGGG1", date(2026, 2, 1), date(2026, 2, 10)),
            (jan5, CardColour.RED, "RRRRR1", date(2026, 2, 1), None),
        ):
            s.add(
                FeedbackCard(
                    complaint_id=complaint.id,
                    colour=colour,
                    code=code,
                    sent_on=sent,
                    channel=CardChannel.POST,
                    returned_on=returned,
                )
            )
        # Improvement proposals: one realised in September, one in progress.
        s.add(
            ImprovementProposal(
                title="Terugbelnotitie verplicht in het zaaksysteem",
                # Made when the scene says, not when the test runs (reports list proposals
                # from the quarter they were made in).
                created_at=datetime(2026, 2, 20, 9, tzinfo=UTC),
                decision=Decision.ACCEPTED,
                decision_on=date(2026, 3, 10),
                owner_id=olga.id,
                deadline=date(2026, 9, 30),
                status=ProposalStatus.REALISED,
                realised_on=date(2026, 9, 1),
            )
        )
        s.add(
            ImprovementProposal(
                title="Wachttijd aan de telefoon verkorten",
                created_at=datetime(2026, 5, 4, 9, tzinfo=UTC),
                decision=Decision.ACCEPTED,
                decision_on=date(2026, 5, 15),
                owner_id=olga.id,
                deadline=date(2026, 12, 31),
                status=ProposalStatus.IN_PROGRESS,
                progress_notes=[
                    ProgressNote(noted_on=date(2026, 6, 1), text="Nieuw keuzemenu getest.")
                ],
            )
        )
        s.flush()
        everything = list(s.scalars(select(Complaint)))
        for complaint in everything:
            complaint.next_deadline = next_deadline_of(complaint)
        refresh_search_text(s, [c.id for c in everything])
        return Known(
            handler_id=hanna.id,
            balie_id=balie.id,
            post_id=post.id,
            subject_a_id=subject_a.id,
            subject_b_id=subject_b.id,
            dossier_number=apr1.number,
            overdue_number=overdue.number,
            urgent_number=urgent.number,
        )
