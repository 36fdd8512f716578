"""The complaint register: filters, sort orders, paging, full-text search, the "#" flag,
deadline states, who may see what; and the register benchmark."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest
from alembic import command
from sqlalchemy import func, select, text

from app.bench.register import BenchResult, run_benchmark
from app.cli import main
from app.db import Actor, Database
from app.migrate import alembic_config
from app.models import (
    Complainant,
    ComplainantReference,
    Complaint,
    ComplaintEmployee,
    ComplaintSearch,
    ContactNote,
    Employee,
    EmployeeRole,
    OrgUnit,
    RelatedDossier,
    SubjectCategory,
)
from app.models.enums import (
    Channel,
    ComplaintKind,
    NoteChannel,
    Role,
    Route,
    Status,
    UnitKind,
)
from app.services.complaints import ComplaintEdit, ComplaintService
from app.services.deadlines import next_deadline_of
from app.services.demo import fill_demo
from app.services.errors import PermissionDenied, ServiceError
from app.services.intake import ConcernedEmployee
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter, RegisterRow, RegisterService, RegisterSort
from app.services.search import (
    complaints_showing,
    fold,
    fts5_query,
    refresh_search_text,
    search_terms,
    sort_key,
)

TODAY = date(2026, 6, 15)  # a Monday


@dataclass(frozen=True)
class Register:
    """A small register whose every sort order and filter result is known by heart.

    c1  IK-2025-0001  Anna Çelik    closed, informal   handler Hanna  about Sam
    c2  IK-2026-0001  Anna Çelik    in progress        handler Bert   about Ümit (overdue)
    c3  IK-2026-0002  Bob de Vries  registered         —              about "Henk van de balie"
    c4  IK-2026-0003  Zoë Zwart     assigned, urgent   handler Hanna  about Ümit and Sam
    s1  SG-2026-0001  —             signal             —              about Sam
    """

    ids: dict[str, int]
    hanna: int
    bert: int
    sector_a: int
    team_a1: int
    sector_b: int

    def labels(self, rows: list[RegisterRow]) -> list[str]:
        names = {complaint_id: label for label, complaint_id in self.ids.items()}
        return [names[row.id] for row in rows]


def _build(db: Database) -> Register:
    with db.session_scope(Actor(login="test")) as session:
        subjects = {s.name: s for s in session.scalars(select(SubjectCategory))}
        sector_a = OrgUnit(name="Sector A", kind=UnitKind.SECTOR)
        team_a1 = OrgUnit(name="Team A1", kind=UnitKind.TEAM, parent=sector_a)
        sector_b = OrgUnit(name="Sector B", kind=UnitKind.SECTOR)
        hanna = Employee(
            name="Hanna Handelaar",
            unit=team_a1,
            login="hanna",
            roles=[EmployeeRole(role=Role.HANDLER)],
        )
        bert = Employee(
            name="Bert Beks", unit=sector_b, login="bert", roles=[EmployeeRole(role=Role.HANDLER)]
        )
        sam = Employee(
            name="Sam Staf", unit=team_a1, login="sam", roles=[EmployeeRole(role=Role.STAFF)]
        )
        umit = Employee(name="Ümit Özdemir", unit=sector_b, login="umit")
        anna = Complainant(name="Anna Çelik", email="anna@example.com")
        bob = Complainant(name="Bob de Vries", email="bob@example.com")
        zoe = Complainant(name="Zoë Zwart", email="zoe@example.com")
        session.add_all([sector_a, team_a1, sector_b, hanna, bert, sam, umit, anna, bob, zoe])
        session.flush()

        def complaint(
            number: str, received: date, person: Complainant | None, **values: object
        ) -> Complaint:
            kind = ComplaintKind.SIGNAL if number.startswith("SG") else ComplaintKind.COMPLAINT
            item = Complaint(
                number=number,
                kind=kind,
                received_on=received,
                channel=Channel.EMAIL,
                complainant=person,
                **values,
            )
            session.add(item)
            return item

        c1 = complaint(
            "IK-2025-0001",
            date(2025, 3, 10),
            anna,
            status=Status.CLOSED,
            route=Route.INFORMAL,
            handler=hanna,
            closed_on=date(2025, 4, 1),
            first_contact_on=date(2025, 3, 12),
            description="Ik klaag erover dat de medewerker aan de telefoon kortaf was.",
        )
        c1.employees_concerned = [ComplaintEmployee(employee=sam)]
        c1.subjects = [subjects["Bejegening"]]
        c2 = complaint(
            "IK-2026-0001",
            date(2026, 1, 5),
            anna,
            status=Status.IN_PROGRESS,
            handler=bert,
            first_contact_on=date(2026, 1, 8),
            contact_due=date(2026, 1, 12),
            decision_due=date(2026, 2, 16),
            description="Ik klaag erover dat mijn e-mail over de uitkering nooit is beantwoord.",
        )
        c2.employees_concerned = [ComplaintEmployee(employee=umit)]
        c2.subjects = [subjects["Termijnen en wachttijd"], subjects["Bejegening"]]
        c3 = complaint(
            "IK-2026-0002",
            date(2026, 6, 10),
            bob,
            status=Status.REGISTERED,
            contact_due=date(2026, 6, 17),
            decision_due=date(2026, 7, 22),
            description="Ik klaag erover dat mijn dossier is kwijtgeraakt.",
        )
        c3.employees_concerned = [ComplaintEmployee(free_text_name="Henk van de balie")]
        c3.subjects = [subjects["Privacy"]]
        c3.related_dossiers = [RelatedDossier(dossier_number="2026.1234")]
        c4 = complaint(
            "IK-2026-0003",
            date(2026, 6, 11),
            zoe,
            status=Status.ASSIGNED,
            handler=hanna,
            urgent=True,
            first_contact_on=date(2026, 6, 12),
            contact_due=date(2026, 6, 18),
            decision_due=date(2026, 7, 23),
            description="Ik klaag erover dat de terugbelafspraak niet is nagekomen.",
        )
        c4.employees_concerned = [ComplaintEmployee(employee=umit), ComplaintEmployee(employee=sam)]
        c4.subjects = [subjects["Nakomen van afspraken"]]
        c4.related_dossiers = [RelatedDossier(dossier_number="2026.1234")]
        c4.contact_notes = [
            ContactNote(
                contact_at=datetime(2026, 6, 12, 10, tzinfo=UTC),
                channel=NoteChannel.PHONE,
                with_whom="klager",
                author=hanna,
                summary="Klager gebeld over de parkeervergunning; excuses aangeboden.",
            )
        ]
        s1 = complaint(
            "SG-2026-0001",
            date(2026, 5, 20),
            None,
            status=Status.REGISTERED,
            description="Een burger meldt dat de website traag was.",
        )
        s1.employees_concerned = [ComplaintEmployee(employee=sam)]
        s1.subjects = [subjects["Overig"]]
        session.flush()
        items = {"c1": c1, "c2": c2, "c3": c3, "c4": c4, "s1": s1}
        for item in items.values():
            item.next_deadline = next_deadline_of(item)
        refresh_search_text(session, [item.id for item in items.values()])
        return Register(
            ids={label: item.id for label, item in items.items()},
            hanna=hanna.id,
            bert=bert.id,
            sector_a=sector_a.id,
            team_a1=team_a1.id,
            sector_b=sector_b.id,
        )


@pytest.fixture
def register(db: Database) -> Register:
    return _build(db)


@pytest.fixture
def service(db: Database, admin: CurrentUser) -> RegisterService:
    return RegisterService(db, admin, today=TODAY)


def _shown(
    service: RegisterService,
    register: Register,
    view: RegisterFilter | None = None,
    sort: RegisterSort = RegisterSort.NUMBER,
    descending: bool = False,
) -> list[str]:
    return register.labels(service.page(view or RegisterFilter(), sort, descending))


# ----- filters ------------------------------------------------------------------------


FILTERS = {
    "none": (RegisterFilter(), ["c1", "c2", "c3", "c4", "s1"]),
    "year 2025": (RegisterFilter(year=2025), ["c1"]),
    "year 2026": (RegisterFilter(year=2026), ["c2", "c3", "c4", "s1"]),
    "status": (RegisterFilter(status=Status.REGISTERED), ["c3", "s1"]),
    "status and year": (RegisterFilter(year=2026, status=Status.REGISTERED), ["c3", "s1"]),
    "route": (RegisterFilter(route=Route.INFORMAL), ["c1"]),
    "signals": (RegisterFilter(kind=ComplaintKind.SIGNAL), ["s1"]),
    "complaints": (RegisterFilter(kind=ComplaintKind.COMPLAINT), ["c1", "c2", "c3", "c4"]),
    "overdue": (RegisterFilter(overdue=True), ["c2"]),
    "received between": (
        RegisterFilter(received_from=date(2026, 5, 1), received_to=date(2026, 6, 10)),
        ["c3", "s1"],
    ),
    "year and received before": (
        RegisterFilter(year=2026, received_to=date(2026, 3, 1)),
        ["c2"],
    ),
}


def test_each_filter_shows_exactly_the_matching_complaints_and_counts_them(
    service: RegisterService, register: Register
) -> None:
    shown = {name: _shown(service, register, view) for name, (view, _) in FILTERS.items()}
    counted = {name: service.count(view) for name, (view, _) in FILTERS.items()}
    assert shown == {name: expected for name, (_, expected) in FILTERS.items()}
    assert counted == {name: len(expected) for name, (_, expected) in FILTERS.items()}


def test_the_handler_filter_shows_the_complaints_assigned_to_that_handler(
    service: RegisterService, register: Register
) -> None:
    view = RegisterFilter(handler_id=register.hanna)
    assert _shown(service, register, view) == ["c1", "c4"]
    assert service.count(view) == 2


def test_the_unit_filter_shows_complaints_about_its_employees_and_those_of_units_below(
    service: RegisterService, register: Register
) -> None:
    # Sam (Team A1, part of Sector A) is concerned in c1, c4 and s1; Ümit (Sector B) in c2, c4.
    for unit, expected in (
        (register.team_a1, ["c1", "c4", "s1"]),
        (register.sector_a, ["c1", "c4", "s1"]),
        (register.sector_b, ["c2", "c4"]),
    ):
        view = RegisterFilter(unit_id=unit)
        assert _shown(service, register, view) == expected
        assert service.count(view) == len(expected)
    combined = RegisterFilter(unit_id=register.sector_b, status=Status.ASSIGNED)
    assert _shown(service, register, combined) == ["c4"]
    assert service.count(combined) == 1


def test_the_subject_and_open_filters_combine_with_the_others(
    db: Database, service: RegisterService, register: Register
) -> None:
    with db.session_scope() as session:
        subject = dict(session.execute(select(SubjectCategory.name, SubjectCategory.id)).all())
    manners, privacy = subject["Bejegening"], subject["Privacy"]
    views = {
        "subject": (RegisterFilter(subject_id=manners), ["c1", "c2"]),
        "other subject": (RegisterFilter(subject_id=privacy), ["c3"]),
        "open": (RegisterFilter(open_only=True), ["c2", "c3", "c4", "s1"]),
        "open with subject": (RegisterFilter(open_only=True, subject_id=manners), ["c2"]),
        "unit and subject": (RegisterFilter(unit_id=register.sector_b, subject_id=manners), ["c2"]),
        "search and subject": (RegisterFilter(search="celik", subject_id=manners), ["c1", "c2"]),
        "search, subject, unit": (
            RegisterFilter(search="celik", subject_id=manners, unit_id=register.sector_a),
            ["c1"],
        ),
    }
    shown = {name: _shown(service, register, view) for name, (view, _) in views.items()}
    assert shown == {name: expected for name, (_, expected) in views.items()}
    counted = {name: service.count(view) for name, (view, _) in views.items()}
    assert counted == {name: len(expected) for name, (_, expected) in views.items()}
    by_status = {
        name: _shown(service, register, view, RegisterSort.STATUS)
        for name, (view, _) in views.items()
    }
    assert {name: sorted(labels) for name, labels in by_status.items()} == shown


def test_the_spoed_fast_lane_and_cluster_filters_show_and_count_their_complaints(
    db: Database, admin: CurrentUser, service: RegisterService, register: Register
) -> None:
    from app.services.clusters import ClusterService
    from app.services.register import ANY_CLUSTER
    from app.services.workflow import WorkflowService

    WorkflowService(db, admin).set_flags(register.ids["c3"], urgent=False, fast_lane=True)
    WorkflowService(db, admin).set_flags(register.ids["c2"], urgent=True, fast_lane=True)
    clusters = ClusterService(db, admin)
    backlog = clusters.create("Terugbellen", None, [register.ids["c2"], register.ids["c3"]])
    clusters.create("Balie", None, [register.ids["c1"]])
    views = {
        "spoed": (RegisterFilter(urgent=True), ["c2", "c4"]),
        "fast lane": (RegisterFilter(fast_lane=True), ["c2", "c3"]),
        "both": (RegisterFilter(urgent=True, fast_lane=True), ["c2"]),
        "one cluster": (RegisterFilter(cluster_id=backlog), ["c2", "c3"]),
        "any cluster": (RegisterFilter(cluster_id=ANY_CLUSTER), ["c1", "c2", "c3"]),
        "open in a cluster": (RegisterFilter(cluster_id=ANY_CLUSTER, open_only=True), ["c2", "c3"]),
        "fast lane, year, status": (
            RegisterFilter(fast_lane=True, year=2026, status=Status.REGISTERED),
            ["c3"],
        ),
    }
    shown = {name: _shown(service, register, view) for name, (view, _) in views.items()}
    assert shown == {name: expected for name, (_, expected) in views.items()}
    counted = {name: service.count(view) for name, (view, _) in views.items()}
    assert counted == {name: len(expected) for name, (_, expected) in views.items()}


# ----- sort orders --------------------------------------------------------------------


# (ascending, descending)
SORTED = {
    RegisterSort.NUMBER: (["c1", "c2", "c3", "c4", "s1"], ["s1", "c4", "c3", "c2", "c1"]),
    RegisterSort.RECEIVED: (["c1", "c2", "s1", "c3", "c4"], ["c4", "c3", "s1", "c2", "c1"]),
    RegisterSort.KIND: (["c1", "c2", "c3", "c4", "s1"], ["s1", "c4", "c3", "c2", "c1"]),
    # folded: 'anna celik', 'bob de vries', 'zoe zwart'; a signal without one comes last
    RegisterSort.COMPLAINANT: (["c1", "c2", "c3", "c4", "s1"], ["c4", "c3", "c2", "c1", "s1"]),
    # 'bejegening' < 'bejegening, termijnen…' < 'nakomen…' < 'overig' < 'privacy'
    RegisterSort.SUBJECT: (["c1", "c2", "c4", "s1", "c3"], ["c3", "s1", "c4", "c2", "c1"]),
    # 'henk…' < 'sam staf' (c1, s1) < 'umit ozdemir' < 'umit ozdemir, sam staf'
    RegisterSort.EMPLOYEE: (["c3", "c1", "s1", "c2", "c4"], ["c4", "c2", "s1", "c1", "c3"]),
    # Bert, Hanna (c1, c4), then the complaints without a handler
    RegisterSort.HANDLER: (["c2", "c1", "c4", "c3", "s1"], ["c4", "c1", "c2", "s1", "c3"]),
    # the order of the work, then date received
    RegisterSort.STATUS: (["s1", "c3", "c4", "c2", "c1"], ["c1", "c2", "c4", "c3", "s1"]),
    # no next deadline (closed, signals): last in both directions
    RegisterSort.NEXT_DEADLINE: (["c2", "c3", "c4", "c1", "s1"], ["c4", "c3", "c2", "s1", "c1"]),
}


def test_each_column_sorts_both_ways_with_empty_values_last(
    service: RegisterService, register: Register
) -> None:
    shown = {
        sort: (
            _shown(service, register, sort=sort),
            _shown(service, register, sort=sort, descending=True),
        )
        for sort in RegisterSort
    }
    assert shown == SORTED


def test_sorting_keeps_the_filter(service: RegisterService, register: Register) -> None:
    view = RegisterFilter(year=2026)
    assert _shown(service, register, view, RegisterSort.HANDLER) == ["c2", "c4", "c3", "s1"]
    assert _shown(service, register, view, RegisterSort.STATUS, True) == ["c2", "c4", "c3", "s1"]
    searched = RegisterFilter(search="Çelik")
    assert _shown(service, register, searched, RegisterSort.SUBJECT) == ["c1", "c2"]


# ----- what a row shows ---------------------------------------------------------------


def test_a_row_shows_names_subjects_and_employees_as_plain_data(
    service: RegisterService, register: Register
) -> None:
    rows = {r.id: r for r in service.page(RegisterFilter(), RegisterSort.NUMBER)}
    c4 = rows[register.ids["c4"]]
    assert c4.number == "IK-2026-0003"
    assert c4.received_on == date(2026, 6, 11)
    assert c4.kind is ComplaintKind.COMPLAINT
    assert c4.complainant_name == "Zoë Zwart"
    assert c4.subjects == "Nakomen van afspraken"
    assert c4.employees_concerned == "Ümit Özdemir, Sam Staf"  # in the order entered
    assert c4.handler_name == "Hanna Handelaar"
    assert c4.status is Status.ASSIGNED
    assert c4.route is None
    assert c4.urgent
    c2 = rows[register.ids["c2"]]
    assert c2.subjects == "Bejegening, Termijnen en wachttijd"  # alphabetical
    c3 = rows[register.ids["c3"]]
    assert c3.employees_concerned == "Henk van de balie"
    assert c3.handler_name is None
    s1 = rows[register.ids["s1"]]
    assert s1.complainant_name is None
    assert s1.kind is ComplaintKind.SIGNAL
    assert rows[register.ids["c1"]].route is Route.INFORMAL


def test_the_deadline_state_is_overdue_soon_or_ok_and_none_without_a_deadline(
    service: RegisterService, register: Register
) -> None:
    rows = {r.id: r for r in service.page(RegisterFilter(), RegisterSort.NUMBER)}
    states = {label: rows[i].deadline_state for label, i in register.ids.items()}
    # c2's decision was due 16 February; c3's contact is due Wednesday 17 June (two working
    # days from Monday 15 June); c4's decision on 23 July.
    assert states == {"c1": None, "c2": "overdue", "c3": "soon", "c4": "ok", "s1": None}
    assert rows[register.ids["c3"]].next_deadline == date(2026, 6, 17)


def test_the_hash_flag_marks_who_complained_before_closed_included_or_an_open_dossier(
    service: RegisterService, register: Register
) -> None:
    rows = {r.id: r for r in service.page(RegisterFilter(), RegisterSort.NUMBER)}
    related = {label for label, i in register.ids.items() if rows[i].related}
    # c1 (closed) and c2: Anna complained twice; that c1 is closed does not hide it.
    # c3 and c4 share dossier 2026.1234 and are both open. The signal has no complainant.
    assert related == {"c1", "c2", "c3", "c4"}


def test_the_hash_flag_stays_off_for_a_first_complaint_and_a_dossier_only_on_closed_cases(
    service: RegisterService, register: Register, db: Database
) -> None:
    with db.session_scope(Actor(login="test")) as session:
        # Bob's only complaint; the other holder of its dossier number is now closed.
        session.get(Complaint, register.ids["c4"]).status = Status.CLOSED
        session.get(Complaint, register.ids["c4"]).closed_on = date(2026, 7, 1)
    rows = {r.id: r for r in service.page(RegisterFilter(), RegisterSort.NUMBER)}
    assert not rows[register.ids["c3"]].related
    # Zoë's c4 shares the dossier with Bob's still open c3.
    assert rows[register.ids["c4"]].related


# ----- paging -------------------------------------------------------------------------


def test_pages_neither_repeat_nor_skip_a_row_in_any_order(db: Database, admin: CurrentUser) -> None:
    fill_demo(db, user=admin, years=1, per_year=40, today=TODAY)
    service = RegisterService(db, admin, today=TODAY)
    total = service.count()
    assert total == 40
    for sort in RegisterSort:
        for descending in (False, True):
            whole = [r.id for r in service.page(RegisterFilter(), sort, descending, limit=1000)]
            paged: list[int] = []
            for offset in range(0, total + 7, 7):
                page = service.page(RegisterFilter(), sort, descending, offset, 7)
                paged += [r.id for r in page]
            assert paged == whole, (sort, descending)
            assert len(set(whole)) == len(whole) == total, (sort, descending)


def test_rows_come_in_the_order_of_their_sort_key(db: Database, admin: CurrentUser) -> None:
    fill_demo(db, user=admin, years=1, per_year=40, today=TODAY)
    service = RegisterService(db, admin, today=TODAY)
    rows = service.page(RegisterFilter(), RegisterSort.RECEIVED, limit=1000)
    assert [(r.received_on, r.id) for r in rows] == sorted((r.received_on, r.id) for r in rows)
    rows = service.page(RegisterFilter(), RegisterSort.NEXT_DEADLINE, True, limit=1000)
    dated = [r for r in rows if r.next_deadline is not None]
    assert rows[: len(dated)] == dated  # the ones without a deadline come last
    assert [r.next_deadline for r in dated] == sorted(
        (r.next_deadline for r in dated), reverse=True
    )
    rows = service.page(RegisterFilter(), RegisterSort.STATUS, limit=1000)
    order = list(Status)
    assert [order.index(r.status) for r in rows] == sorted(order.index(r.status) for r in rows)


def test_a_page_past_the_end_is_empty_and_a_zero_limit_reads_nothing(
    service: RegisterService, register: Register
) -> None:
    assert service.page(RegisterFilter(), RegisterSort.HANDLER, offset=5) == []
    assert service.page(RegisterFilter(), RegisterSort.NEXT_DEADLINE, offset=50) == []
    assert service.page(RegisterFilter(), RegisterSort.NUMBER, limit=0) == []
    assert _shown(service, register, sort=RegisterSort.HANDLER)[3:] == ["c3", "s1"]
    tail = service.page(RegisterFilter(), RegisterSort.HANDLER, offset=3, limit=5)
    assert register.labels(tail) == ["c3", "s1"]


# ----- search -------------------------------------------------------------------------


# words typed → complaints found
SEARCHES = {
    "uitkering": ["c2"],  # description
    "UITKER": ["c2"],  # every word is a prefix, case does not matter
    "parkeervergunning": ["c4"],  # contact note
    "Celik": ["c1", "c2"],  # complainant, without the cedilla
    "çelik": ["c1", "c2"],
    "Zoe": ["c4"],
    "ozdemir": ["c2", "c4"],  # employee concerned
    "Özdemir": ["c2", "c4"],
    "Henk": ["c3"],  # a name as the complainant gave it
    "Handelaar": ["c1", "c4"],  # handler
    "celik uitkering": ["c2"],  # all words must match
    "celik parkeervergunning": [],
    "IK-2026-0002": ["c3"],  # the number
    "2026-0002": ["c3"],
    "ik-2026-000": ["c2", "c3", "c4"],
    "SG-2026-0001": ["s1"],
    "e-mail": ["c2"],
    "": ["c1", "c2", "c3", "c4", "s1"],  # no words: no search
    "  -  ": ["c1", "c2", "c3", "c4", "s1"],
    "u": ["c1", "c2", "c3", "c4", "s1"],  # a single character is no search yet
    "u celik": ["c1", "c2"],
}


def test_search_finds_words_in_text_notes_names_and_numbers(
    service: RegisterService, register: Register
) -> None:
    found = {w: _shown(service, register, RegisterFilter(search=w)) for w in SEARCHES}
    assert found == SEARCHES
    counted = {w: service.count(RegisterFilter(search=w)) for w in SEARCHES}
    assert counted == {w: len(expected) for w, expected in SEARCHES.items()}
    by_name = {
        w: _shown(service, register, RegisterFilter(search=w), RegisterSort.COMPLAINANT)
        for w in SEARCHES
    }
    assert by_name == {  # s1 has no complainant: last
        w: sorted(expected, key=lambda label: (label == "s1", label))
        for w, expected in SEARCHES.items()
    }


MALFORMED = [
    '"',
    "*",
    "(",
    ")",
    "AND",
    "OR NOT",
    "celik AND",
    '"celik',
    "celik*",
    "NEAR(a b)",
    "a:b",
    "'",
    "-",
    "^",
    "!&|",
    "col:celik",
    '""""',
    "%_",
    "\\",
    "\x00",
    "ünï çødé ßtraße",
    "a " * 40,
    "ab " * 40,
    "x" * 500,
]


def test_malformed_search_input_never_raises(service: RegisterService, register: Register) -> None:
    for words in MALFORMED:
        view = RegisterFilter(search=words)
        assert service.count(view) == len(service.page(view)), words
        for sort in (RegisterSort.NUMBER, RegisterSort.COMPLAINANT, RegisterSort.STATUS):
            service.page(view, sort, True)


def test_search_terms_are_folded_words_and_the_queries_are_safe() -> None:
    assert search_terms('IK-2026-0042 "Çelik" (e-mail*') == [
        ["ik", "2026", "0042"],
        ["celik"],
        ["e", "mail"],
    ]
    assert search_terms("  ") == []
    assert fts5_query([["ik", "2026", "0042"], ["celik"]]) == '"ik 2026 0042"* AND "celik"*'
    assert fold("Łucja Søren Yıldız Straße") == "lucja soren yildiz strasse"
    assert sort_key(["  de Haan-Oterdoom ", None, "Çelik"]) == "de haan oterdoom, celik"
    assert sort_key([None, ""]) is None


def _give_contact_details(db: Database) -> None:
    """Contact details as the intake stores them (phone numbers in E.164)."""
    with db.session_scope(Actor(login="test")) as session:
        people = {p.name: p for p in session.scalars(select(Complainant))}
        anna, bob, zoe = people["Anna Çelik"], people["Bob de Vries"], people["Zoë Zwart"]
        anna.phone_day, anna.postcode, anna.city = "+31612345678", "1234 AB", "'s-Hertogenbosch"
        anna.references = [ComplainantReference(reference="NAW 778899")]
        bob.phone_evening, bob.postcode, bob.city = "+31201234567", "3511 CX", "Utrecht"
        zoe.phone_day, zoe.postcode, zoe.city = "+447911123456", "9711 LM", "Groningen"
        session.flush()
        refresh_search_text(session, list(session.scalars(select(Complaint.id))))


# what a caller quotes → complaints found (c3 and c4 share dossier 2026.1234)
CONTACT_SEARCHES = {
    "06-12345678": ["c1", "c2"],  # phone, any notation
    "+31 6 1234 5678": ["c1", "c2"],
    "0031 6 12345678": ["c1", "c2"],
    "06 1234 5678": ["c1", "c2"],
    "0612345678": ["c1", "c2"],
    "(020) 123 4567": ["c3"],  # the evening number
    "020-1234567": ["c3"],
    "+44 7911 123456": ["c4"],  # abroad
    "anna@example.com": ["c1", "c2"],  # e-mail
    "ZOE@EXAMPLE": ["c4"],
    "example.com": ["c1", "c2", "c3", "c4"],
    "2026.1234": ["c3", "c4"],  # dossier number, with or without its dot
    "20261234": ["c3", "c4"],
    "1234 AB": ["c1", "c2"],  # postcode, with or without the space
    "1234ab": ["c1", "c2"],
    "3511CX": ["c3"],
    "Utrecht": ["c3"],  # town
    "groningen": ["c4"],
    "'s-Hertogenbosch": ["c1", "c2"],
    "NAW778899": ["c1", "c2"],  # external reference
    "bob 020-1234567": ["c3"],  # with other words
    "celik 020-1234567": [],
}


def test_search_finds_what_callers_quote_phone_email_dossier_postcode_and_town(
    db: Database, service: RegisterService, register: Register
) -> None:
    _give_contact_details(db)
    found = {w: _shown(service, register, RegisterFilter(search=w)) for w in CONTACT_SEARCHES}
    assert found == CONTACT_SEARCHES
    counted = {w: service.count(RegisterFilter(search=w)) for w in CONTACT_SEARCHES}
    assert counted == {w: len(expected) for w, expected in CONTACT_SEARCHES.items()}


def test_a_phone_number_in_a_search_becomes_its_digits_and_a_dossier_number_does_not() -> None:
    assert search_terms("bel +31 6 1234 5678") == [["bel"], ["0612345678"]]
    assert search_terms("(020) 123 4567") == [["0201234567"]]
    assert search_terms("2026.1234 12-03-2026") == [["2026", "1234"], ["12", "03", "2026"]]
    assert search_terms("IK-2026-0042") == [["ik", "2026", "0042"]]


def test_contact_details_changed_in_the_complaint_are_found_after_saving(
    db: Database, admin: CurrentUser, service: RegisterService, register: Register
) -> None:
    complaints = ComplaintService(db, admin)
    detail = complaints.detail(register.ids["c3"])
    complaints.update(
        detail.id,
        ComplaintEdit(
            description=detail.description,
            channel=detail.channel,
            received_on=detail.received_on,
            complainant=replace(
                detail.complainant, phone_day="06-23456789", city="Zwolle", postcode="8011 AB"
            ),
            employees_concerned=(ConcernedEmployee(free_text_name="Henk van de balie"),),
            related_dossiers=("D-2026/555",),
        ),
        detail.version,
        complainant_version=detail.complainant_version,
    )
    for words in ("+31 6 23456789", "zwolle", "8011AB", "D-2026/555", "d2026555"):
        assert _shown(service, register, RegisterFilter(search=words)) == ["c3"], words
    assert _shown(service, register, RegisterFilter(search="2026.1234")) == ["c4"]


def test_the_migration_makes_complaints_already_there_findable_by_contact_details(
    db: Database, service: RegisterService, register: Register
) -> None:
    _give_contact_details(db)
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        # The search text as the previous version wrote it: without contact details.
        connection.execute(text("UPDATE complaint_search SET text = 'ik'"))
    assert service.count(RegisterFilter(search="06-12345678")) == 0
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert _shown(service, register, RegisterFilter(search="06-12345678")) == ["c1", "c2"]
    assert _shown(service, register, RegisterFilter(search="2026.1234")) == ["c3", "c4"]
    assert _shown(service, register, RegisterFilter(search="3511 cx")) == ["c3"]
    assert _shown(service, register, RegisterFilter(search="naw778899")) == ["c1", "c2"]


def test_a_search_stays_within_what_a_filter_and_the_user_may_see(
    db: Database, service: RegisterService, register: Register
) -> None:
    view = RegisterFilter(search="Celik", status=Status.CLOSED)
    assert _shown(service, register, view) == ["c1"]
    assert service.count(view) == 1
    hanna = CurrentUser("hanna", register.hanna, "Hanna Handelaar", frozenset({Role.HANDLER}))
    mine = RegisterService(db, hanna, today=TODAY)
    assert register.labels(mine.page(RegisterFilter(search="celik"))) == ["c1"]
    assert mine.count(RegisterFilter(search="celik")) == 1
    assert mine.count(RegisterFilter(unit_id=register.sector_b)) == 1  # c4, not Bert's c2


def test_after_a_rename_refreshing_the_complaints_showing_the_name_updates_search_and_sort(
    db: Database, service: RegisterService, register: Register
) -> None:
    with db.session_scope(Actor(login="test")) as session:
        bob = session.scalars(select(Complainant).where(Complainant.name == "Bob de Vries")).one()
        bob.name = "Aad Achterberg"
        umit = session.scalars(select(Employee).where(Employee.login == "umit")).one()
        umit.name = "Aziz Aksoy"
        privacy = session.scalars(
            select(SubjectCategory).where(SubjectCategory.name == "Privacy")
        ).one()
        privacy.name = "Aaa privacy"
        assert complaints_showing(session, complainant_id=bob.id) == [register.ids["c3"]]
        assert complaints_showing(session, subject_id=privacy.id) == [register.ids["c3"]]
        shown = complaints_showing(session, employee_id=umit.id)
        assert shown == [register.ids["c2"], register.ids["c4"]]
        assert complaints_showing(session, employee_id=register.hanna) == [
            register.ids["c1"],
            register.ids["c4"],
        ]
        refresh_search_text(session, [*shown, register.ids["c3"]])
    assert _shown(service, register, RegisterFilter(search="achterberg")) == ["c3"]
    assert _shown(service, register, RegisterFilter(search="vries")) == []
    assert _shown(service, register, RegisterFilter(search="aksoy")) == ["c2", "c4"]
    assert _shown(service, register, sort=RegisterSort.COMPLAINANT)[0] == "c3"
    assert _shown(service, register, sort=RegisterSort.EMPLOYEE)[:2] == ["c2", "c4"]
    assert _shown(service, register, sort=RegisterSort.SUBJECT)[0] == "c3"


def test_every_complaint_has_its_search_row(db: Database, admin: CurrentUser) -> None:
    fill_demo(db, user=admin, years=1, per_year=30, today=TODAY)
    with db.session_scope() as session:
        complaints = session.scalar(select(func.count()).select_from(Complaint))
        searchable = session.scalar(select(func.count()).select_from(ComplaintSearch))
        keyed = session.scalar(
            select(func.count()).where(ComplaintSearch.subjects_key.is_not(None))
        )
    assert complaints == searchable == keyed == 30


# ----- who may see what ---------------------------------------------------------------


def test_a_handler_sees_only_the_complaints_assigned_to_them(
    db: Database, register: Register
) -> None:
    hanna = CurrentUser("hanna", register.hanna, "Hanna Handelaar", frozenset({Role.HANDLER}))
    service = RegisterService(db, hanna, today=TODAY)
    assert register.labels(service.page()) == ["c1", "c4"]
    assert service.count() == 2
    assert service.page(RegisterFilter(handler_id=register.bert)) == []
    assert service.count(RegisterFilter(handler_id=register.bert)) == 0
    assert register.labels(service.page(RegisterFilter(), RegisterSort.COMPLAINANT)) == ["c1", "c4"]


def test_a_handler_without_an_employee_record_sees_nothing(
    db: Database, register: Register
) -> None:
    nobody = CurrentUser("x", None, "X", frozenset({Role.HANDLER}))
    service = RegisterService(db, nobody, today=TODAY)
    assert service.count() == 0
    assert service.page() == []


@pytest.mark.parametrize("role", [Role.STAFF, Role.MANAGEMENT, Role.ADMINISTRATOR])
def test_users_who_may_not_see_complaints_are_refused(
    db: Database, register: Register, role: Role
) -> None:
    service = RegisterService(db, CurrentUser("sam", None, "Sam", frozenset({role})))
    with pytest.raises(PermissionDenied):
        service.count()
    with pytest.raises(PermissionDenied):
        service.page()


def test_the_secretariat_sees_every_complaint(db: Database, register: Register) -> None:
    secretariat = CurrentUser("ilse", None, "Ilse", frozenset({Role.SECRETARIAT}))
    assert RegisterService(db, secretariat, today=TODAY).count() == 5


# ----- the benchmark ------------------------------------------------------------------


def test_the_benchmark_fills_the_database_and_measures_every_register_action(
    db: Database, admin: CurrentUser
) -> None:
    result = run_benchmark(db, 600, repeats=1, today=TODAY)
    assert isinstance(result, BenchResult)
    assert result.complaints == 600
    names = {t.name for t in result.timings}
    expected = {
        "first page (newest first)",
        "last page",
        "filter status + year",
        "filter handler",
        "filter unit",
        "filter overdue",
        "search common word",
        "search rare word",
        "search name",
        "search number",
    }
    expected |= {f"sort {s.value} {d}" for s in RegisterSort for d in ("asc", "desc")}
    assert expected <= names
    assert all(t.page_ms > 0 for t in result.timings)
    assert result.timing("first page (newest first)").matches == 600
    assert result.timing("search number").matches >= 1
    assert (
        0 < result.timing("search rare word").matches < result.timing("search common word").matches
    )
    service = RegisterService(db, admin, today=TODAY)
    assert service.count() == 600
    assert len(service.page(RegisterFilter(), RegisterSort.EMPLOYEE, limit=1000)) == 600
    with pytest.raises(ServiceError):
        run_benchmark(db, 10, repeats=1)  # never into a register that has complaints


def test_the_bench_command_runs_on_a_temporary_database_and_refuses_a_filled_one(
    db: Database, admin: CurrentUser, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bench", "--complaints", "150", "--repeats", "1", "--only", "register"]) == 0
    output = capsys.readouterr().out
    assert "Register benchmark — sqlite, 150 complaints" in output
    assert "search number" in output
    fill_demo(db, user=admin, years=1, per_year=5, today=TODAY)
    url = db.url.render_as_string(hide_password=False)
    assert main(["bench", "--complaints", "10", "--db", url]) == 1
    assert "bevat al klachten" in capsys.readouterr().err


def test_renaming_an_employee_updates_search_and_sorting(db, admin) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from app.services.complainants import ComplainantData
    from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
    from app.services.organisation import EmployeeInput, OrganisationService
    from app.services.register import RegisterFilter, RegisterService

    org = OrganisationService(db, admin)
    employee = org.create_employee(EmployeeInput(name="Oudenaam Proef"))
    IntakeService(db, admin).register(
        IntakeData(
            description="te laat.",
            received_on=date(2026, 3, 2),
            complainant=ComplainantData(name="Proef Omega", email="w@example.com"),
            employees_concerned=(ConcernedEmployee(employee.id),),
        ),
        today=date(2026, 3, 2),
    )
    register = RegisterService(db, admin)
    assert register.count(RegisterFilter(search="Oudenaam")) == 1
    org.update_employee(employee.id, EmployeeInput(name="Nieuwenaam Proef"), employee.version)
    assert register.count(RegisterFilter(search="Oudenaam")) == 0
    assert register.count(RegisterFilter(search="Nieuwenaam")) == 1


def test_closed_complaints_are_counted_exactly_with_a_search_unit_or_subject(
    db: Database, service: RegisterService, register: Register
) -> None:
    # c1 is the one closed complaint; "celik" also finds c2 and Sector A also has c4 and s1,
    # which are open: the count leaves them out, as the page does.
    with db.session_scope() as session:
        manners = session.scalar(
            select(SubjectCategory.id).where(SubjectCategory.name == "Bejegening")
        )
    closed = Status.CLOSED
    views = {
        "search": (RegisterFilter(search="celik", status=closed), ["c1"]),
        "unit": (RegisterFilter(unit_id=register.sector_a, status=closed), ["c1"]),
        "subject": (RegisterFilter(subject_id=manners, status=closed), ["c1"]),
        "unit without closed": (RegisterFilter(unit_id=register.sector_b, status=closed), []),
        "search, year": (RegisterFilter(search="celik", status=closed, year=2026), []),
    }
    shown = {name: _shown(service, register, view) for name, (view, _) in views.items()}
    counted = {name: service.count(view) for name, (view, _) in views.items()}
    assert shown == {name: expected for name, (_, expected) in views.items()}
    assert counted == {name: len(expected) for name, (_, expected) in views.items()}
    bert = CurrentUser("bert", register.bert, "Bert Behandelaar", frozenset({Role.HANDLER}))
    his = RegisterService(db, bert, today=TODAY)
    assert his.count(RegisterFilter(search="celik", status=closed)) == 0  # c1 is Hanna's
    assert his.count(RegisterFilter(search="celik")) == 1  # c2


def test_the_first_received_date_is_that_of_the_oldest_complaint_the_user_sees(
    db: Database, service: RegisterService, register: Register
) -> None:
    oldest = service.page(RegisterFilter(), RegisterSort.RECEIVED, False, 0, 1)[0]
    assert register.labels([oldest]) == ["c1"]
    assert service.first_received() == oldest.received_on
    bert = CurrentUser("bert", register.bert, "Bert Behandelaar", frozenset({Role.HANDLER}))
    his = RegisterService(db, bert, today=TODAY)
    (only,) = his.page()
    assert register.labels([only]) == ["c2"]
    assert his.first_received() == only.received_on != oldest.received_on
    nobody = CurrentUser("x", None, "Zonder Dossier", frozenset({Role.HANDLER}))
    assert RegisterService(db, nobody, today=TODAY).first_received() is None
