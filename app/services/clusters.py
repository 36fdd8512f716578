"""Clusters: similar complaints handled together (one handler, one decision, a letter to
each complainant).

The cluster decision (``decide_all``) records the same judgment on every open complaint of
the cluster and makes each complainant's decision letter from the same template, filled in
with that complainant's own name and address, in one transaction: either every complaint is
decided with its letter, or none is.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Cluster, Complaint
from app.models.enums import Judgment, Status, label
from app.services.access import requires
from app.services.base import Service
from app.services.errors import NotFound, ServiceError, ValidationError
from app.services.i18n import t
from app.services.permissions import Permission
from app.services.validation import (
    REASON_TEXT,
    Checker,
    FieldError,
    TextField,
    check_text,
    column_limit,
)
from app.services.workflow import FINDINGS, assign, eligible_handlers_of, judge_alike

# The statuses a cluster decision judges: open and not yet judged. A judged or closed
# complaint keeps its own decision and is left out.
UNDECIDED = (Status.REGISTERED, Status.ASSIGNED, Status.IN_PROGRESS, Status.HEARING)
CLUSTER_JUDGMENTS = (Judgment.UPHELD, Judgment.PARTLY_UPHELD, Judgment.NOT_UPHELD)


@dataclass(frozen=True)
class ClusterInfo:
    id: int
    name: str
    description: str | None
    members: tuple[tuple[int, str, Status], ...]  # complaint id, number, status


@dataclass(frozen=True)
class PlannedLetter:
    """One complaint the cluster decision will judge, and where its letter goes."""

    complaint_id: int
    number: str
    complainant_name: str
    address: str  # the postal address on one line, or the e-mail address; "" when none
    problem: str | None  # why this complaint cannot be decided yet (None: ready)


@dataclass(frozen=True)
class DecisionPlan:
    cluster_id: int
    name: str
    letters: tuple[PlannedLetter, ...]
    left_out: tuple[tuple[str, Status], ...]  # number, status: already judged or ended

    @property
    def ready(self) -> bool:
        return bool(self.letters) and all(p.problem is None for p in self.letters)


CLUSTER_NAME = TextField("Naam", column_limit(Cluster.name))
CLUSTER_DESCRIPTION = TextField("Omschrijving", REASON_TEXT, multiline=True)


class ClusterService(Service):
    @requires(Permission.ASSIGN_HANDLER)
    def create(self, name: str, description: str | None, complaint_ids: list[int]) -> int:
        checker = Checker()
        title = checker.text("name", name, CLUSTER_NAME, "Geef het cluster een naam.")
        text = checker.text("description", description, CLUSTER_DESCRIPTION)
        checker.raise_if_any()
        with self.writing(Permission.ASSIGN_HANDLER) as session:
            cluster = Cluster(name=title, description=text)
            session.add(cluster)
            session.flush()
            self._attach(session, cluster.id, complaint_ids)
            return cluster.id

    @requires(Permission.ASSIGN_HANDLER)
    def add(self, cluster_id: int, complaint_ids: list[int]) -> None:
        with self.writing(Permission.ASSIGN_HANDLER) as session:
            if session.get(Cluster, cluster_id) is None:
                raise NotFound("Dit cluster bestaat niet (meer).")
            self._attach(session, cluster_id, complaint_ids)

    @requires(Permission.ASSIGN_HANDLER)
    def remove(self, complaint_id: int) -> None:
        with self.writing(Permission.ASSIGN_HANDLER) as session:
            complaint = session.get(Complaint, complaint_id)
            if complaint is None:
                raise NotFound("Deze klacht bestaat niet (meer).")
            complaint.cluster_id = None

    @staticmethod
    def _attach(session, cluster_id: int, complaint_ids: list[int]) -> None:  # type: ignore[no-untyped-def]
        for complaint_id in complaint_ids:
            complaint = session.get(Complaint, complaint_id)
            if complaint is None:
                raise NotFound("Een gekozen klacht bestaat niet (meer).")
            if complaint.cluster_id not in (None, cluster_id):
                raise ServiceError(t("Klacht %1 hoort al bij een ander cluster.", complaint.number))
            complaint.cluster_id = cluster_id

    @requires(Permission.VIEW_ALL_COMPLAINTS)
    def clusters(self) -> list[ClusterInfo]:
        self.require(Permission.VIEW_ALL_COMPLAINTS)
        with self.reading() as session:
            return [
                self._info(session, cluster)
                for cluster in session.scalars(select(Cluster).order_by(func.lower(Cluster.name)))
            ]

    @requires(Permission.VIEW_ALL_COMPLAINTS)
    def cluster_of(self, complaint_id: int) -> ClusterInfo | None:
        """The cluster the complaint belongs to, if any (read-only)."""
        self.require(Permission.VIEW_ALL_COMPLAINTS)
        with self.reading() as session:
            complaint = session.get(Complaint, complaint_id)
            if complaint is None:
                raise NotFound("Deze klacht bestaat niet (meer).")
            if complaint.cluster_id is None:
                return None
            return self._info(session, session.get_one(Cluster, complaint.cluster_id))

    @staticmethod
    def _info(session, cluster: Cluster) -> ClusterInfo:  # type: ignore[no-untyped-def]
        members = session.execute(
            select(Complaint.id, Complaint.number, Complaint.status)
            .where(Complaint.cluster_id == cluster.id)
            .order_by(Complaint.number)
        ).all()
        return ClusterInfo(
            cluster.id,
            cluster.name,
            cluster.description,
            tuple((i, n, s) for i, n, s in members),
        )

    @requires(Permission.ASSIGN_HANDLER)
    def assign_all(self, cluster_id: int, handler_id: int) -> int:
        """Give every open complaint of the cluster the same handler; returns how many.
        One transaction: a refusal for one complaint leaves every complaint as it was."""
        with self.writing(Permission.ASSIGN_HANDLER) as session:
            if session.get(Cluster, cluster_id) is None:
                raise NotFound("Dit cluster bestaat niet (meer).")
            open_members = session.scalars(
                select(Complaint)
                .where(Complaint.cluster_id == cluster_id, Complaint.status.in_(UNDECIDED))
                .order_by(Complaint.number)
            ).all()
            # Awb 9:7 for every member first: the refusal names the complaint.
            for complaint in open_members:
                if handler_id not in {h.id for h in eligible_handlers_of(session, complaint)}:
                    raise ValidationError(
                        {
                            "handler_id": (
                                f"Deze medewerker kan klacht {complaint.number} niet "
                                "behandelen: betrokken bij de klacht (Awb 9:7) of geen "
                                "klachtbehandelaar."
                            )
                        }
                    )
                # A name the complainant gave that is not linked to an employee must be
                # resolved or confirmed on the complaint itself first, as ``assign`` demands.
                if any(
                    c.employee_id is None and c.cleared_handler_id != handler_id
                    for c in complaint.employees_concerned
                ):
                    raise ValidationError(
                        {
                            "handler_id": t(
                                "Bij klacht %1 staat een betrokken medewerker alleen als losse "
                                "naam. Koppel de naam aan een medewerker of bevestig bij die "
                                "klacht dat deze behandelaar niet die medewerker is (Awb 9:7).",
                                complaint.number,
                            )
                        }
                    )
            for complaint in open_members:
                assign(
                    session,
                    self.user,
                    complaint,
                    handler_id=handler_id,
                    reason="behandeld in cluster",
                )
            return len(open_members)

    # ----- one decision for the whole cluster ----------------------------------------------

    @requires(Permission.ASSIGN_HANDLER)
    def decision_plan(self, cluster_id: int) -> DecisionPlan:
        """The complaints a cluster decision would judge, each with its complainant and
        address, and what still stands in the way; nothing is changed."""
        with self.reading() as session:
            return self._plan(session, cluster_id)

    def _plan(self, session, cluster_id: int) -> DecisionPlan:  # type: ignore[no-untyped-def]
        cluster = session.get(Cluster, cluster_id)
        if cluster is None:
            raise NotFound("Dit cluster bestaat niet (meer).")
        members = session.scalars(
            select(Complaint).where(Complaint.cluster_id == cluster_id).order_by(Complaint.number)
        ).all()
        letters, left_out = [], []
        for complaint in members:
            status = complaint.status
            if status not in UNDECIDED:
                left_out.append((complaint.number, status))
                continue
            person = complaint.complainant
            letters.append(
                PlannedLetter(
                    complaint.id,
                    complaint.number,
                    (person.name or "") if person else "",
                    _address_of(person),
                    _problem_of(complaint),
                )
            )
        return DecisionPlan(cluster.id, cluster.name, tuple(letters), tuple(left_out))

    @requires(Permission.ASSIGN_HANDLER)
    def decide_all(
        self,
        cluster_id: int,
        judgment: Judgment,
        findings: str,
        body: str | None = None,
    ) -> list[int]:
        """Judge every open complaint of the cluster alike (each part of it gets this
        judgment and these findings) and make each complainant's decision letter (PDF, kept
        with the complaint, not yet marked sent). ``body``: the letter text for all, whose
        placeholders are filled in per complainant; None: the decision letter template.
        One transaction: a refusal for one complaint leaves every complaint as it was.
        Returns the ids of the letters made."""
        from app.services.letter_templates import LetterKind
        from app.services.letters import record_letter

        errors: dict[str, str] = {}
        try:
            judgment = Judgment(judgment)
        except ValueError:
            judgment = Judgment.NONE
        if judgment not in CLUSTER_JUDGMENTS:
            errors["judgment"] = "Kies gegrond, deels gegrond of ongegrond."
        try:
            text = check_text(findings, FINDINGS)
        except FieldError as error:
            errors["findings"] = error.message
            text = None
        else:
            if not text:
                errors["findings"] = "Schrijf de bevindingen die voor alle klachten gelden."
        if errors:
            raise ValidationError(errors)
        self.require(Permission.HANDLE_COMPLAINT)  # the letters are the handler's
        kind = LetterKind.DECISION_LETTER
        reason = f"clusterbeslissing: {label(judgment).lower()}"
        with self.writing(Permission.ASSIGN_HANDLER, reason=reason) as session:
            plan = self._plan(session, cluster_id)
            if not plan.letters:
                raise ServiceError("Dit cluster heeft geen open klachten om over te beslissen.")
            blocked = [p for p in plan.letters if p.problem is not None]
            if blocked:
                raise ServiceError(
                    "Er is nog niets beslist: "
                    + " ".join(f"Klacht {p.number}: {p.problem}" for p in blocked)
                )
            made: list[int] = []
            for planned in plan.letters:
                complaint = session.get_one(Complaint, planned.complaint_id)
                judge_alike(
                    session,
                    self.user,
                    complaint,
                    judgment=judgment,
                    findings=text or "",
                    reason=reason,
                )
                session.refresh(complaint)
                made.append(
                    record_letter(
                        session, self.user, complaint, kind, "pdf", body=body, fill_body=True
                    )
                )
            return made


def _address_of(person) -> str:  # type: ignore[no-untyped-def]
    if person is None:
        return ""
    street = " ".join(p for p in (person.street, person.house_number) if p)
    town = " ".join(p for p in (person.postcode, person.city) if p)
    postal = ", ".join(p for p in (street, town) if p)
    return postal or (person.email or "")


def _problem_of(complaint: Complaint) -> str | None:
    """Why the decision cannot be recorded on this complaint yet (Awb 9:10: hear first)."""
    if complaint.status is not Status.HEARING:
        return "de formele behandeling (klachtonderdelen en horen) is nog niet gestart."
    if complaint.hearing_complainant_on is None and complaint.hearing_skipped_reason is None:
        return "het horen is nog niet vastgelegd (of waarom er niet is gehoord)."
    if not complaint.parts:
        return "er zijn nog geen klachtonderdelen benoemd."
    if complaint.complainant is None:
        return "er is geen klager aan wie de beslissing kan worden gestuurd."
    return None
