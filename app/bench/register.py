"""A benchmark of the register: fill a database with many invented complaints quickly
(Core bulk inserts), then time the register's queries as the screen runs them.

``interne-klachten bench`` runs it on a temporary SQLite file; ``--db URL`` on an empty
database of your choice (it refuses one that already has complaints, and leaves the
invented complaints there afterwards). The inserted rows bypass the audit trail: this is
a developer's tool, never to be pointed at a real register.
"""

from __future__ import annotations

import itertools
import logging
import random
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    Table,
    exists,
    func,
    insert,
    select,
    text,
    update,
)

from app.db import Database
from app.models import (
    Complainant,
    Complaint,
    ComplaintEmployee,
    ComplaintSearch,
    ContactNote,
    Employee,
    EmployeeRole,
    NumberSeries,
    OrgUnit,
    RelatedDossier,
    SubjectCategory,
)
from app.models.enums import (
    OPEN_STATUSES,
    Channel,
    ComplaintKind,
    NoteChannel,
    Role,
    Route,
    Status,
    UnitKind,
)
from app.models.reference import complaint_subject
from app.services.calendar import statutory_end
from app.services.demo import FIRST_NAMES, SURNAMES
from app.services.errors import ServiceError
from app.services.identity import is_first_use, set_up_first_use
from app.services.numbering import SERIES, format_number
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter, RegisterService, RegisterSort
from app.services.search import fold, fold_for_search, sort_key

log = logging.getLogger(__name__)

PAGE = 200
# About 10,000 complaints (and some 900 signals) a year: the annual report is measured
# at the size issue 14 names (10,000 complaints).
PER_YEAR = 10_900
CHUNK = 10_000


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Common Dutch words first (the most frequent), then invented ones: a Zipf-like vocabulary,
# so that some words are in almost every complaint and others in a handful.
FUNCTION_WORDS = _words(
    "de het een en van ik dat is niet in op te met mijn voor zijn er aan maar ook om als "
    "bij nog geen wel door dan was heb naar uit wordt werd zou kan moet al over tot meer "
    "wij u mij heeft hebben zij deze dit die waren hun omdat toen nu steeds weer alleen"
)
CONTENT_WORDS = _words(
    "dossier brief medewerker telefoon reactie klacht gemeente verzoek beslissing termijn "
    "afspraak weken maanden antwoord informatie behandeling contact email formulier website "
    "onderzoek rapport stukken uitleg excuses toezegging terugbellen gesprek teamleider "
    "afdeling wachttijd vertraging ontvangstbevestiging bezwaar uitkering toeslag zorg "
    "woning vergunning belasting boete parkeren afval subsidie"
)
SYLLABLES = _words(
    "ba be bo da de di ka ke ko la le lo ma me mi na ne no pa pe po ra re ro sa se si ta te "
    "to va ve wa we za ze ster berg dam hout veld kamp"
)
VOCABULARY_SIZE = 6_000
NOTE_TEXT = "Klager gebeld en het verhaal aangehoord; afgesproken dat"

CHANNELS = [c.value for c in Channel]
SEQUENCED_TABLES = (
    "org_unit",
    "employee",
    "employee_role",
    "complainant",
    "complaint",
    "complaint_employee",
    "related_dossier",
    "contact_note",
)
CLOSED_ENDS = (
    (Status.CLOSED, Route.INFORMAL, 70),
    (Status.CLOSED, Route.FORMAL, 14),
    (Status.FORWARDED_FOR_REVIEW, Route.REVIEW, 8),
    (Status.DECLINED, Route.DECLINED, 5),
    (Status.WITHDRAWN, Route.WITHDRAWN, 3),
)


@dataclass(frozen=True)
class Timing:
    """One measured register action: medians of several runs, in milliseconds."""

    name: str
    count_ms: float | None  # RegisterService.count, None when not part of the action
    page_ms: float  # RegisterService.page (200 rows)
    matches: int  # rows the filter or search finds

    @property
    def total_ms(self) -> float:
        return self.page_ms + (self.count_ms or 0.0)


@dataclass(frozen=True)
class BenchResult:
    backend: str
    complaints: int
    generate_seconds: float
    repeats: int
    timings: list[Timing] = field(default_factory=list)

    def timing(self, name: str) -> Timing:
        return next(t for t in self.timings if t.name == name)

    @property
    def slowest(self) -> Timing:
        return max(self.timings, key=lambda t: t.total_ms)


@dataclass(frozen=True)
class _Probes:
    """Values the timed queries look for, chosen from the generated data."""

    year: int
    handler_id: int
    unit_id: int
    common_word: str
    rare_word: str
    name: str
    number: str


# ----- the data ---------------------------------------------------------------------


def _vocabulary(rng: random.Random) -> list[str]:
    """Function and content words mixed at the top (rank 1 the most frequent), then
    invented words ever rarer."""
    top = list(FUNCTION_WORDS)
    for position, word in enumerate(CONTENT_WORDS):
        top.insert(6 + position * 3, word)
    words = list(dict.fromkeys(top))
    seen = set(words)
    while len(words) < VOCABULARY_SIZE:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _document_frequency(rank: int, harmonic: float, length: int) -> float:
    """The share of texts of ``length`` words that hold the word of this Zipf rank."""
    return 1.0 - (1.0 - 1.0 / ((rank + 1) * harmonic)) ** length


def _word_near(words: list[str], share: float, harmonic: float, length: int) -> str:
    """A word (no function word) found in about ``share`` of the descriptions."""
    candidates = [r for r, w in enumerate(words) if w not in FUNCTION_WORDS]
    best = min(candidates, key=lambda r: abs(_document_frequency(r, harmonic, length) - share))
    return words[best]


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Core executemany (SQLite); COPY on PostgreSQL, ten times faster than executemany."""
    started = time.perf_counter()
    if rows and connection.dialect.name == "postgresql":
        _copy(connection, table, rows)
    else:
        for chunk in _chunks(rows):
            connection.execute(insert(table), chunk)
    log.debug(
        "inserted %d rows into %s in %.2f s", len(rows), table.name, time.perf_counter() - started
    )


def _copy(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    raw = connection.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([_plain(row[c]) for c in columns])


def _plain(value: object) -> object:
    """Moments as naive UTC, as UTCDateTime stores them."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _next_id(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def has_complaints(db: Database) -> bool:
    with db.engine.connect() as connection:
        return bool(connection.execute(select(exists().where(Complaint.id.is_not(None)))).scalar())


def generate(
    db: Database, complaints: int, *, seed: int = 42, today: date | None = None
) -> _Probes:
    """Insert ``complaints`` invented complaints with everything the register shows."""
    if has_complaints(db):
        raise ServiceError(
            "Deze database bevat al klachten. De benchmark vult alleen een lege database."
        )
    if is_first_use(db):
        # Whoever runs the benchmark opens the program on it (start-up is measured with
        # ``gui --exit-when-shown``): they become its administrator and coordinator.
        set_up_first_use(db, organisation_name="Benchmarkorganisatie", user_name="Bench Gebruiker")
    today = today or date.today()
    rng = random.Random(seed)
    now = datetime.now(UTC)
    stamps = {"version": 1, "created_at": now, "updated_at": now}
    with db.engine.connect() as connection, connection.begin():
        if db.backend == "sqlite":  # one big transaction: keep it in memory
            connection.exec_driver_sql("PRAGMA cache_size = -400000")
        else:  # collect the new full-text entries, merge them into the index once (VACUUM)
            connection.exec_driver_sql("SET LOCAL gin_pending_list_limit = '1GB'")
        units, employees, handlers = _organisation(connection, rng, stamps)
        subjects = [
            (i, name)
            for i, name in connection.execute(select(SubjectCategory.id, SubjectCategory.name))
        ]
        people = _complainants(connection, rng, int(complaints * 0.85) + 1, stamps)
        probes = _complaints(
            connection, rng, complaints, today, stamps, employees, handlers, subjects, people
        )
        if db.backend == "postgresql":  # the ids were given: move the sequences on
            for table in SEQUENCED_TABLES:
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
    if db.backend == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
    return _Probes(probes[0], handlers[0][0], units[1], *probes[1:])


def _organisation(
    connection: Connection, rng: random.Random, stamps: dict[str, Any]
) -> tuple[list[int], list[tuple[int, str, int]], list[tuple[int, str]]]:
    """Thirty units in three levels, 400 employees, of whom 40 handle complaints."""
    first_unit = _next_id(connection, OrgUnit.__table__)
    units: list[dict[str, Any]] = []

    def unit(name: str, kind: UnitKind, parent: int | None) -> int:
        row: dict[str, Any] = {"id": first_unit + len(units), "name": name, "kind": kind.value}
        units.append({**row, "parent_id": parent, "active": True, **stamps})
        return int(row["id"])

    top = unit("Bench directie", UnitKind.DIRECTORATE, None)
    for sector in range(1, 6):
        sector_id = unit(f"Bench sector {sector}", UnitKind.SECTOR, top)
        for team in range(1, 6):
            unit(f"Bench team {sector}.{team}", UnitKind.TEAM, sector_id)
    _insert(connection, OrgUnit.__table__, units)
    first_employee = _next_id(connection, Employee.__table__)
    first_role = _next_id(connection, EmployeeRole.__table__)
    roles: list[dict[str, Any]] = []
    rows, employees, handlers = [], [], []
    for index in range(400):
        employee_id = first_employee + index
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        unit_id = units[1 + index % (len(units) - 1)]["id"]
        rows.append(
            {
                "id": employee_id,
                "name": name,
                "unit_id": unit_id,
                **stamps,
                "login": f"bench-{index}",
                "active": True,
            }
        )
        employees.append((employee_id, name, unit_id))
        if index % 10 == 0:
            handlers.append((employee_id, name))
            role = {"employee_id": employee_id, "role": Role.HANDLER.value}
            roles.append({"id": first_role + len(roles), **role})
    _insert(connection, Employee.__table__, rows)
    _insert(connection, EmployeeRole.__table__, roles)
    return [u["id"] for u in units], employees, handlers


def _complainants(
    connection: Connection, rng: random.Random, count: int, stamps: dict[str, Any]
) -> list[tuple[int, str]]:
    invented = ["".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(600)]
    surnames = list(SURNAMES) + invented
    first_id = _next_id(connection, Complainant.__table__)
    people = []
    rows = []
    for index in range(count):
        first_name, surname = rng.choice(FIRST_NAMES), rng.choice(surnames)
        name = f"{first_name} {surname}"
        people.append((first_id + index, name))
        rows.append(
            {
                "id": first_id + index,
                "name": name,
                # The parts as the intake stores them, so no start splits 100,000 names.
                "first_name": first_name,
                "surname": surname,
                "salutation": "Beste",
                "city": "Den Haag",
                **stamps,
            }
        )
    _insert(connection, Complainant.__table__, rows)
    return people


def _complaints(
    connection: Connection,
    rng: random.Random,
    count: int,
    today: date,
    stamps: dict[str, Any],
    employees: list[tuple[int, str, int]],
    handlers: list[tuple[int, str]],
    subjects: list[tuple[int, str]],
    people: list[tuple[int, str]],
) -> tuple[int, str, str, str, str]:
    words = _vocabulary(rng)
    harmonic = sum(1.0 / r for r in range(1, len(words) + 1))
    cumulative = list(itertools.accumulate(1.0 / r for r in range(1, len(words) + 1)))
    length = 60
    years = max(1, -(-count // PER_YEAR))
    start = date(today.year - years + 1, 1, 1)
    span = (today - start).days
    days = sorted(start + timedelta(days=rng.randrange(span + 1)) for _ in range(count))
    first_id = _next_id(connection, Complaint.__table__)
    first_concerned = _next_id(connection, ComplaintEmployee.__table__)
    first_dossier = _next_id(connection, RelatedDossier.__table__)
    first_note = _next_id(connection, ContactNote.__table__)
    sequences: dict[tuple[str, int], int] = {}
    complaints: list[dict[str, Any]] = []
    concerned: list[dict[str, Any]] = []
    subject_rows: list[dict[str, Any]] = []
    dossiers: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    searches: list[dict[str, Any]] = []
    ends = [(s, r) for s, r, _ in CLOSED_ENDS]
    end_weights = [w for _, _, w in CLOSED_ENDS]
    for index, received in enumerate(days):
        complaint_id = first_id + index
        signal = rng.random() < 0.08
        kind = ComplaintKind.SIGNAL if signal else ComplaintKind.COMPLAINT
        key = (SERIES[kind], received.year)
        sequences[key] = sequences.get(key, 0) + 1
        number = format_number(key[0], key[1], sequences[key])
        text_words = rng.choices(words, cum_weights=cumulative, k=length)
        description = "Ik klaag erover dat " + " ".join(text_words) + "."
        person = None if signal and rng.random() < 0.5 else rng.choice(people)
        age = (today - received).days
        row: dict[str, Any] = {
            "id": complaint_id,
            "number": number,
            "kind": kind.value,
            "received_on": received,
            "channel": rng.choice(CHANNELS),
            "description": description,
            "complainant_id": person[0] if person else None,
            "handler_id": None,
            "status": Status.REGISTERED.value,
            "route": None,
            "urgent": rng.random() < 0.04,
            "fast_lane": rng.random() < 0.1,
            "historic": False,
            "contact_due": received + timedelta(days=7),
            "decision_due": statutory_end(received + timedelta(weeks=6)),
            "first_contact_on": None,
            "closed_on": None,
            "next_deadline": None,
            **stamps,
        }
        handler = rng.choice(handlers)
        stuck = rng.random() < 0.004  # an old complaint nobody closed: overdue
        if not signal:
            if age > 60 + rng.randrange(30) and not stuck:
                status, route = rng.choices(ends, end_weights)[0]
                closed = min(today, received + timedelta(days=rng.randint(10, 50)))
                row.update(status=status.value, route=route.value, closed_on=closed)
            elif age > 10 or stuck:
                row["status"] = rng.choice(
                    (Status.IN_PROGRESS, Status.IN_PROGRESS, Status.HEARING, Status.JUDGED)
                ).value
            elif age > 1:
                row["status"] = Status.ASSIGNED.value
            if row["status"] != Status.REGISTERED:
                row["handler_id"] = handler[0]
            if row["status"] not in (Status.REGISTERED, Status.ASSIGNED):
                row["first_contact_on"] = min(today, received + timedelta(days=rng.randint(1, 9)))
            if row["status"] in OPEN_STATUSES:
                candidates = [] if row["first_contact_on"] else [row["contact_due"]]
                # No decision letter is made here, so the decision term still runs.
                candidates.append(row["decision_due"])
                row["next_deadline"] = min(candidates) if candidates else None
        complaints.append(row)
        names = [number, description]
        if person:
            names.append(person[1])
        concerned_names: list[str] = []
        picked = rng.sample(employees, k=1 if rng.random() < 0.85 else 2)
        for employee_id, name, _unit in picked:
            if employee_id == row["handler_id"]:
                continue
            concerned.append(
                {
                    "id": first_concerned + len(concerned),
                    "complaint_id": complaint_id,
                    "employee_id": employee_id,
                    "free_text_name": None,
                }
            )
            concerned_names.append(name)
        if rng.random() < 0.06 or not any(
            c["complaint_id"] == complaint_id for c in concerned[-2:]
        ):
            free = rng.choice(("Henk", "een mevrouw van intake", "de baliemedewerker"))
            concerned.append(
                {
                    "id": first_concerned + len(concerned),
                    "complaint_id": complaint_id,
                    "employee_id": None,
                    "free_text_name": free,
                }
            )
            concerned_names.append(free)
        names.extend(concerned_names)
        subject_names: list[str | None] = []
        for subject_id, subject_name in rng.sample(subjects, k=rng.choice((1, 1, 2))):
            subject_rows.append({"complaint_id": complaint_id, "subject_id": subject_id})
            subject_names.append(subject_name)
        if rng.random() < 0.5:
            dossiers.append(
                {
                    "id": first_dossier + len(dossiers),
                    "complaint_id": complaint_id,
                    "dossier_number": f"{received.year}.{rng.randint(10000, 99999)}",
                }
            )
        if row["handler_id"]:
            names.append(handler[1])
        if row["first_contact_on"]:
            summary = f"{NOTE_TEXT} " + " ".join(rng.choices(words, cum_weights=cumulative, k=15))
            notes.append(
                {
                    "id": first_note + len(notes),
                    "complaint_id": complaint_id,
                    "contact_at": datetime.combine(
                        row["first_contact_on"], datetime.min.time(), tzinfo=UTC
                    ),
                    "channel": NoteChannel.PHONE.value,
                    "with_whom": "klager",
                    "author_id": row["handler_id"],
                    "summary": summary,
                    **stamps,
                }
            )
            names.extend(("klager", summary))
        searches.append(
            {
                "complaint_id": complaint_id,
                "text": "\n".join(fold_for_search(n) for n in names),
                "complainant_key": sort_key([person[1] if person else None]),
                "handler_key": sort_key([handler[1] if row["handler_id"] else None]),
                "employees_key": sort_key(concerned_names),
                "subjects_key": sort_key(sorted(subject_names, key=lambda n: fold(n or ""))),
            }
        )
    _insert(connection, Complaint.__table__, complaints)
    _insert(connection, ComplaintEmployee.__table__, concerned)
    _insert(connection, complaint_subject, subject_rows)
    _insert(connection, RelatedDossier.__table__, dossiers)
    _insert(connection, ContactNote.__table__, notes)
    _insert_search_texts(connection, searches)
    _number_series(connection, sequences)
    probe = rng.choice([c for c in complaints if c["kind"] == ComplaintKind.COMPLAINT.value])
    common = _word_near(words, 0.40, harmonic, length)
    rare = _word_near(words, 0.005, harmonic, length)
    name = next((p[1] for p in people if "Çelik" in p[1] and "Ö" in p[1]), people[0][1])
    middle_year = days[len(days) // 2].year
    return middle_year, fold_for_search(common), rare, _unaccented(name), probe["number"]


def _unaccented(name: str) -> str:
    """'Çelik Öztürk' as somebody without those letters on the keyboard types it."""
    return fold_for_search(name).title()


def _insert_search_texts(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """On SQLite, one INSERT … SELECT: FTS5 flushes its pending terms at every statement
    its trigger runs in, so row by row is four times slower."""
    if connection.dialect.name != "sqlite":
        _insert(connection, ComplaintSearch.__table__, rows)
        return
    connection.exec_driver_sql(
        "CREATE TEMP TABLE bench_search AS SELECT * FROM complaint_search WHERE 0"
    )
    columns = [Column(c.name, c.type) for c in ComplaintSearch.__table__.columns]
    staging = Table("bench_search", MetaData(), *columns, prefixes=["TEMP"])
    _insert(connection, staging, rows)
    started = time.perf_counter()
    connection.exec_driver_sql(
        "INSERT INTO complaint_search SELECT * FROM temp.bench_search ORDER BY complaint_id"
    )
    connection.exec_driver_sql("DROP TABLE temp.bench_search")
    log.debug("indexed the search texts in %.2f s", time.perf_counter() - started)


def _number_series(connection: Connection, sequences: dict[tuple[str, int], int]) -> None:
    table = NumberSeries.__table__
    existing = {(s, y) for s, y in connection.execute(select(table.c.series, table.c.year))}
    for (series, year), last in sequences.items():
        if (series, year) in existing:
            connection.execute(
                update(table)
                .where(table.c.series == series, table.c.year == year)
                .values(last_number=last)
            )
        else:
            connection.execute(insert(table).values(series=series, year=year, last_number=last))


# ----- the measurements -------------------------------------------------------------


def _median_ms(action: Callable[[], object], repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def _measure(
    service: RegisterService,
    name: str,
    repeats: int,
    register_filter: RegisterFilter,
    sort: RegisterSort = RegisterSort.RECEIVED,
    descending: bool = True,
    *,
    last_page: bool = False,
    with_count: bool = True,
) -> Timing:
    count_ms, matches = _median_ms(
        lambda: service.count(register_filter), repeats if with_count else 1
    )
    assert isinstance(matches, int)
    offset = max(0, (matches - 1) // PAGE * PAGE) if last_page else 0
    page_ms, rows = _median_ms(
        lambda: service.page(register_filter, sort, descending, offset=offset, limit=PAGE),
        repeats,
    )
    assert isinstance(rows, list)
    if matches and not rows:
        raise RuntimeError(f"{name}: the register found {matches} rows but showed none")
    return Timing(name, count_ms if with_count else None, page_ms, matches)


def measure(
    db: Database, probes: _Probes, *, repeats: int = 5, today: date | None = None
) -> list[Timing]:
    coordinator = CurrentUser(
        login="bench", employee_id=None, name="Benchmark", roles=frozenset({Role.COORDINATOR})
    )
    service = RegisterService(db, coordinator, today=today)
    handler_only = RegisterService(
        db,
        CurrentUser(
            login="bench-0",
            employee_id=probes.handler_id,
            name="Behandelaar",
            roles=frozenset({Role.HANDLER}),
        ),
        today=today,
    )
    everything = RegisterFilter()
    service.count(everything)  # warm up: connection pool, caches, the holiday calendar
    service.page(everything, RegisterSort.RECEIVED, True)
    timings = [
        _measure(service, "first page (newest first)", repeats, everything),
        _measure(service, "last page", repeats, everything, last_page=True),
    ]
    for sort in (RegisterSort.COMPLAINANT, RegisterSort.STATUS, RegisterSort.NEXT_DEADLINE):
        timings.append(
            _measure(
                service,
                f"last page, sort {sort.value}",
                repeats,
                everything,
                sort,
                last_page=True,
                with_count=False,
            )
        )
    for sort in RegisterSort:
        for descending in (False, True):
            arrow = "desc" if descending else "asc"
            timings.append(
                _measure(
                    service,
                    f"sort {sort.value} {arrow}",
                    repeats,
                    everything,
                    sort,
                    descending,
                    with_count=False,
                )
            )
    filters = {
        "filter status + year": RegisterFilter(year=probes.year, status=Status.CLOSED),
        "filter open (in progress)": RegisterFilter(status=Status.IN_PROGRESS),
        "filter handler": RegisterFilter(handler_id=probes.handler_id),
        "filter unit": RegisterFilter(unit_id=probes.unit_id),
        "filter overdue": RegisterFilter(overdue=True),
        "search common word": RegisterFilter(search=probes.common_word),
        "search rare word": RegisterFilter(search=probes.rare_word),
        "search name": RegisterFilter(search=probes.name),
        "search number": RegisterFilter(search=probes.number),
        "search common word + status": RegisterFilter(
            search=probes.common_word, status=Status.CLOSED
        ),
    }
    for name, register_filter in filters.items():
        timings.append(_measure(service, name, repeats, register_filter))
    timings.append(
        _measure(
            service,
            "search common word, sort complainant",
            repeats,
            filters["search common word"],
            RegisterSort.COMPLAINANT,
            False,
        )
    )
    timings.append(_measure(handler_only, "handler's own complaints", repeats, everything))
    return timings


def run_benchmark(
    db: Database, complaints: int, *, repeats: int = 5, seed: int = 42, today: date | None = None
) -> BenchResult:
    """Fill the (empty, migrated) database and time the register on it."""
    started = time.perf_counter()
    probes = generate(db, complaints, seed=seed, today=today)
    generated = time.perf_counter() - started
    log.info("benchmark data generated: %d complaints in %.1f s", complaints, generated)
    timings = measure(db, probes, repeats=repeats, today=today)
    return BenchResult(db.backend, complaints, generated, repeats, timings)


def format_result(result: BenchResult) -> str:
    lines = [
        f"Register benchmark — {result.backend}, {result.complaints:,} complaints "
        f"(generated in {result.generate_seconds:.1f} s); medians of {result.repeats} runs, ms",
        "",
        f"{'action':<40} {'count':>8} {'page':>8} {'total':>8} {'rows':>9}",
        "-" * 77,
    ]
    for t in result.timings:
        count = f"{t.count_ms:8.1f}" if t.count_ms is not None else f"{'':>8}"
        lines.append(f"{t.name:<40} {count} {t.page_ms:8.1f} {t.total_ms:8.1f} {t.matches:>9,}")
    slowest = result.slowest
    lines += ["", f"slowest: {slowest.name} ({slowest.total_ms:.1f} ms)"]
    return "\n".join(lines)


def probes_of(db: Database) -> _Probes:
    """Probes for a database ``generate`` filled earlier (``bench --reuse``): the same
    kinds of values, looked up instead of remembered."""
    with db.engine.connect() as connection:
        c = Complaint.__table__.c
        total = int(connection.execute(select(func.count()).select_from(Complaint)).scalar_one())
        received = connection.execute(
            select(c.received_on).order_by(c.received_on).offset(total // 2).limit(1)
        ).scalar_one()
        handler_id = connection.execute(
            select(func.min(EmployeeRole.employee_id)).where(
                EmployeeRole.role == Role.HANDLER.value
            )
        ).scalar_one()
        unit_id = connection.execute(
            select(OrgUnit.id).where(OrgUnit.parent_id.is_not(None)).order_by(OrgUnit.id).limit(1)
        ).scalar_one()
        row = connection.execute(
            select(c.number, c.description, Complainant.name)
            .join(Complainant, Complainant.id == c.complainant_id)
            .where(c.kind == ComplaintKind.COMPLAINT.value)
            .order_by(c.id.desc())
            .limit(1)
        ).one()
    service = RegisterService(
        db,
        CurrentUser(
            login="bench", employee_id=None, name="Benchmark", roles=frozenset({Role.COORDINATOR})
        ),
    )

    def share(word: str) -> float:
        return service.count(RegisterFilter(search=word)) / max(1, total)

    candidates = [w.strip(".") for w in row.description.split()[4:]]
    candidates = [w for w in dict.fromkeys(candidates) if w and w not in FUNCTION_WORDS]
    common = min(CONTENT_WORDS, key=lambda w: abs(share(w) - 0.40))
    rare = min(candidates[:20], key=lambda w: abs(share(w) - 0.005))
    return _Probes(
        received.year,
        handler_id,
        unit_id,
        fold_for_search(common),
        rare,
        _unaccented(row.name),
        row.number,
    )


def count_complaints(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(Complaint)).scalar_one())
