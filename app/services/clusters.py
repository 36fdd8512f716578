"""Clusters: similar complaints handled together (one handler, one decision, a letter to
each complainant)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Cluster, Complaint
from app.models.enums import Status
from app.services.access import requires
from app.services.base import Service
from app.services.errors import NotFound, ServiceError, ValidationError
from app.services.permissions import Permission
from app.services.validation import REASON_TEXT, Checker, TextField, column_limit
from app.services.workflow import WorkflowService


@dataclass(frozen=True)
class ClusterInfo:
    id: int
    name: str
    description: str | None
    members: tuple[tuple[int, str, Status], ...]  # complaint id, number, status


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
                raise ServiceError(f"Klacht {complaint.number} hoort al bij een ander cluster.")
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
            return self._info(session, session.get(Cluster, complaint.cluster_id))

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
            tuple((i, n, Status(s)) for i, n, s in members),
        )

    @requires(Permission.ASSIGN_HANDLER)
    def assign_all(self, cluster_id: int, handler_id: int) -> int:
        """Give every open complaint of the cluster the same handler; returns how many."""
        members = next((c for c in self.clusters() if c.id == cluster_id), None)
        if members is None:
            raise NotFound("Dit cluster bestaat niet (meer).")
        workflow = WorkflowService(self.db, self.user)
        open_members = [
            (complaint_id, number)
            for complaint_id, number, status in members.members
            if status in (Status.REGISTERED, Status.ASSIGNED, Status.IN_PROGRESS, Status.HEARING)
        ]
        # Check Awb 9:7 for every member first, so the cluster is never half reassigned.
        for complaint_id, number in open_members:
            if handler_id not in {h.id for h in workflow.eligible_handlers(complaint_id)}:
                raise ValidationError(
                    {
                        "handler_id": (
                            f"Deze medewerker kan klacht {number} niet behandelen: "
                            "betrokken bij de klacht (Awb 9:7) of geen klachtbehandelaar."
                        )
                    }
                )
        for complaint_id, _number in open_members:
            workflow.assign(complaint_id, handler_id, reason="behandeld in cluster")
        return len(open_members)
