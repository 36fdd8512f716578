"""What the reports print: the frozen dataclasses the services fill and the reports read.

The reports never import the services (tests/test_layers.py); a service builds these and
passes them in. Where the dossier prints a service's own view of a complaint, the report
states what it reads as a Protocol, and the service's dataclasses satisfy it as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from app.models.enums import (
    CardChannel,
    CardColour,
    Channel,
    ComplaintKind,
    NoteChannel,
    Route,
    Status,
)

# Stock and lead times (app/services/stock.py computes them).


@dataclass(frozen=True)
class DaySpread:
    """Days from receipt to an event, over ``count`` complaints (count 0: none known)."""

    count: int
    median: float | None
    average: float | None


NO_SPREAD = DaySpread(0, None, None)


@dataclass(frozen=True)
class UnitStock:
    unit_id: int | None  # None: the total line (every complaint once)
    name: str
    open: int
    unassigned: int  # open without a handler
    to_assignment: DaySpread  # of the complaints received in the period
    to_first_contact: DaySpread
    assignment_known: bool = True  # False: this login cannot read when complaints were assigned


def days_text(value: float | None) -> str:
    """Days with a decimal comma (Dutch), one decimal; a dash when unknown."""
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def spread_text(found: DaySpread) -> str:
    """ "median / average" in days, as the dashboard and the annual report show it."""
    if found.count == 0:
        return "–"
    return f"{days_text(found.median)} / {days_text(found.average)}"


# The annual, quarterly and weekly reports (app/services/report_data.py).


@dataclass(frozen=True)
class Change:
    """A figure with the previous period's and the change."""

    current: int
    previous: int

    @property
    def difference(self) -> int:
        return self.current - self.previous

    @property
    def percentage(self) -> float | None:
        if self.previous == 0:
            return None
        return 100.0 * (self.current - self.previous) / self.previous


@dataclass(frozen=True)
class PeriodCounts:
    received_complaints: int
    received_signals: int
    handled: int  # closed in the period (any route)
    informal: int
    formal: int
    upheld: int
    partly_upheld: int
    not_upheld: int
    review: int
    declined: int
    withdrawn: int


@dataclass(frozen=True)
class YearThemes:
    """The 2021 overview's other themes, counted over the year."""

    persistent_notices: int  # notices to persistent complainants (no further response)
    follow_ups: int  # volgstukken received
    merges: int  # duplicate name-and-address records merged
    awb_9_7_breaches: int  # complaints handled by an employee they concern: must be 0


@dataclass(frozen=True)
class AnnualFigures:
    year: int
    organisation: str
    counts: PeriodCounts
    previous: PeriodCounts
    per_month: tuple[int, ...]  # received complaints per month
    subjects: tuple[tuple[str, int], ...]
    causes: tuple[tuple[str, int], ...]
    norms: tuple[tuple[str, int], ...]
    contacted_in_time: tuple[int, int]  # (within term, with a first contact measured)
    decided_in_time: tuple[int, int]  # formal: (within term, decided)
    median_days_to_contact: float | None
    median_days_to_close: float | None
    cards_sent: int
    cards_green: int
    cards_red: int
    improvements_realised: tuple[str, ...]
    texts: dict[str, str] = field(default_factory=dict)
    # Stock per team at the year's end, lead times of the year's complaints; total last.
    stock: tuple[UnitStock, ...] = ()
    # Complaints received in the year whose complainant asked for another handler.
    other_handler_requested: int = 0
    # The year's complaints by route (herzieningsverzoek beside informal and formal, and
    # those still open): the rows add up to the complaints received.
    received_by_route: tuple[tuple[str, int], ...] = ()
    # (number, the coordinator's anonymised summary) of the year's notable cases.
    notable: tuple[tuple[str, str], ...] = ()
    # The other themes of the 2021 overview; None where this login may not read the tables
    # they come from (management on PostgreSQL reads only the figures views).
    themes: YearThemes | None = None

    def change(self, name: str) -> Change:
        return Change(getattr(self.counts, name), getattr(self.previous, name))


@dataclass(frozen=True)
class QuarterRow:
    number: str
    received_on: date
    subjects: str
    units: str  # of the employees concerned; no personal names
    employees: str  # names, shown only when asked for
    cause: str
    outcome: str
    measures: str
    # As the handler wrote them on the annex-1 form ("Ik heb een klacht behandeld"); read
    # only for who sees every complaint, as the names are.
    cause_text: str = ""
    improvement_points: str = ""


@dataclass(frozen=True)
class ProposalRow:
    title: str
    decision: str
    owner: str  # by unit (and role), not by name
    deadline: date | None
    status: str
    progress: str


@dataclass(frozen=True)
class QuarterlyFigures:
    year: int
    quarter: int
    organisation: str
    period: tuple[date, date]
    counts: PeriodCounts
    previous: PeriodCounts
    rows: tuple[QuarterRow, ...]
    proposals: tuple[ProposalRow, ...]
    cards_green: int
    cards_red: int
    texts: dict[str, str] = field(default_factory=dict)

    def change(self, name: str) -> Change:
        return Change(getattr(self.counts, name), getattr(self.previous, name))


@dataclass(frozen=True)
class ListedComplaint:
    """One complaint in a report's list (no personal names)."""

    number: str
    received_on: date
    subjects: str
    units: str  # of the employees concerned
    outcome: str


@dataclass(frozen=True)
class WeeklyRow:
    number: str
    received_on: date
    status: str
    next_deadline: date | None
    overdue: bool
    urgent: bool


@dataclass(frozen=True)
class WeeklyOverview:
    handler_id: int
    handler_name: str
    handler_email: str | None
    week_of: date
    rows: tuple[WeeklyRow, ...]

    @property
    def overdue(self) -> int:
        return sum(r.overdue for r in self.rows)


# The dossier (app/services/dossier.py fills it from the complaint's detail view).


class DossierPerson(Protocol):
    @property
    def name(self) -> str | None: ...
    @property
    def salutation(self) -> str | None: ...
    @property
    def phone_day(self) -> str | None: ...
    @property
    def phone_evening(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    # The name parts and address: the Woo export blanks them wherever they occur.
    @property
    def first_name(self) -> str | None: ...
    @property
    def surname(self) -> str | None: ...
    @property
    def street(self) -> str | None: ...
    @property
    def house_number(self) -> str | None: ...
    @property
    def postcode(self) -> str | None: ...


class DossierConcerned(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def unit_name(self) -> str | None: ...
    @property
    def resolved(self) -> bool: ...


class DossierRelated(Protocol):
    @property
    def number(self) -> str: ...
    @property
    def status(self) -> Status: ...
    @property
    def reason(self) -> str: ...


class DossierNote(Protocol):
    @property
    def contact_at(self) -> datetime: ...
    @property
    def channel(self) -> NoteChannel: ...
    @property
    def with_whom(self) -> str: ...
    @property
    def author_name(self) -> str: ...
    @property
    def summary(self) -> str: ...


class DossierAttachment(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def file_name(self) -> str: ...
    @property
    def media_type(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def added_at(self) -> datetime: ...
    @property
    def added_by_name(self) -> str | None: ...
    @property
    def is_follow_up(self) -> bool: ...


class DossierDetail(Protocol):
    """The complaint as the dossier reads it (app.services.complaints.ComplaintDetail)."""

    @property
    def id(self) -> int: ...
    @property
    def number(self) -> str: ...
    @property
    def kind(self) -> ComplaintKind: ...
    @property
    def channel(self) -> Channel: ...
    @property
    def received_on(self) -> date: ...
    @property
    def description(self) -> str: ...
    @property
    def status(self) -> Status: ...
    @property
    def route(self) -> Route | None: ...
    @property
    def urgent(self) -> bool: ...
    @property
    def fast_lane(self) -> bool: ...
    @property
    def complainant(self) -> DossierPerson: ...
    @property
    def complainant_address(self) -> str: ...
    @property
    def handler_name(self) -> str | None: ...
    @property
    def employees_concerned(self) -> Sequence[DossierConcerned]: ...
    @property
    def related_dossiers(self) -> Sequence[str]: ...
    @property
    def related(self) -> Sequence[DossierRelated]: ...
    @property
    def contact_due(self) -> date | None: ...
    @property
    def decision_due(self) -> date | None: ...
    @property
    def extended_to(self) -> date | None: ...
    @property
    def first_contact_on(self) -> date | None: ...
    @property
    def closed_on(self) -> date | None: ...
    @property
    def next_deadline(self) -> date | None: ...
    @property
    def notes(self) -> Sequence[DossierNote]: ...
    @property
    def attachments(self) -> Sequence[DossierAttachment]: ...
    @property
    def no_response_subjects(self) -> str | None: ...
    @property
    def no_response_notice_on(self) -> date | None: ...


class DossierDocument(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def file_name(self) -> str: ...
    @property
    def kind_label(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def created_by_name(self) -> str | None: ...
    @property
    def sent_on(self) -> date | None: ...


class DossierCard(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def colour(self) -> CardColour: ...
    @property
    def sent_on(self) -> date: ...
    @property
    def channel(self) -> CardChannel: ...
    @property
    def returned_on(self) -> date | None: ...
    @property
    def text(self) -> str | None: ...
    @property
    def wants_callback(self) -> bool | None: ...


class DossierHistoryEntry(Protocol):
    @property
    def at(self) -> datetime: ...
    @property
    def who(self) -> str: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class PromiseLine:
    text: str
    made_on: date
    due_on: date
    kept_on: date | None


@dataclass(frozen=True)
class PartLine:
    position: int
    text: str
    judgment: str | None  # Dutch label
    findings: str | None
    norms: tuple[str, ...]


@dataclass(frozen=True)
class HandlingLine:
    """The handled-complaint form (annex 1) as the dossier prints it."""

    status: str
    description: str | None
    cause: str | None  # "Werkproces: …"
    prevention: str | None
    remedial_action: str | None
    improvement_points: str | None


@dataclass(frozen=True)
class DossierData:
    organisation: str
    detail: DossierDetail
    judgment: str | None  # overall, Dutch label
    subjects: tuple[str, ...]
    norms: tuple[str, ...]
    milestones: tuple[tuple[str, date], ...]  # Dutch label and date, only those recorded
    remarks: tuple[tuple[str, str], ...]  # decline ground, hearing skipped, satisfaction
    promises: tuple[PromiseLine, ...]
    parts: tuple[PartLine, ...]
    handling: HandlingLine | None
    documents: tuple[DossierDocument, ...]
    cards: tuple[DossierCard, ...] | None  # None: this user may not see the cards
    history: tuple[DossierHistoryEntry, ...]
