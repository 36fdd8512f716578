"""SQLAlchemy models, one module per aggregate. No Qt here."""

from app.models.audit import AuditChainHead, AuditEvent
from app.models.base import Base
from app.models.complainant import Complainant, ComplainantReference
from app.models.complaint import (
    Attachment,
    Complaint,
    ComplaintEmployee,
    ComplaintPart,
    ComplaintSearch,
    ContactNote,
    Promise,
    RelatedDossier,
    StatusChange,
)
from app.models.document import Document, LetterTemplate
from app.models.feedback import FeedbackCard
from app.models.learning import (
    HandlingReport,
    ImprovementProposal,
    ProgressNote,
    ProposalComplaint,
)
from app.models.organisation import Employee, EmployeeRole, OrgUnit
from app.models.personal_key import PersonalKey
from app.models.reference import Cluster, ConductNorm, SubjectCategory
from app.models.retention import DestructionList, destruction_item
from app.models.settings import ClosingDay, NumberSeries, RegulationProfile, Setting
from app.models.task import Task
from app.models.view_log import ViewEvent

__all__ = [
    "Attachment",
    "AuditChainHead",
    "AuditEvent",
    "Base",
    "ClosingDay",
    "Cluster",
    "Complainant",
    "ComplainantReference",
    "Complaint",
    "ComplaintEmployee",
    "ComplaintPart",
    "ComplaintSearch",
    "ConductNorm",
    "ContactNote",
    "DestructionList",
    "Document",
    "Employee",
    "EmployeeRole",
    "FeedbackCard",
    "HandlingReport",
    "ImprovementProposal",
    "LetterTemplate",
    "NumberSeries",
    "OrgUnit",
    "PersonalKey",
    "ProgressNote",
    "Promise",
    "ProposalComplaint",
    "RegulationProfile",
    "RelatedDossier",
    "Setting",
    "StatusChange",
    "SubjectCategory",
    "Task",
    "ViewEvent",
    "destruction_item",
]
