"""Demo data: an invented organisation with three years of complaints.

Every name, address, phone number and e-mail address here is invented. The data is
realistic in shape (about 120 complaints a year, three in four handled informally, a few
judged upheld, recent ones still open) so that every screen and report has something
true-looking to show.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.db import Actor, Database
from app.models import (
    Attachment,
    Complainant,
    ComplainantReference,
    Complaint,
    ComplaintEmployee,
    ComplaintPart,
    ConductNorm,
    ContactNote,
    Employee,
    EmployeeRole,
    FeedbackCard,
    HandlingReport,
    ImprovementProposal,
    OrgUnit,
    ProgressNote,
    Promise,
    ProposalComplaint,
    RegulationProfile,
    RelatedDossier,
    StatusChange,
    SubjectCategory,
)
from app.models.enums import (
    CardChannel,
    CardColour,
    CauseKind,
    Channel,
    ComplaintKind,
    Decision,
    DeclineGround,
    Judgment,
    NoteChannel,
    ProposalStatus,
    ReportStatus,
    Role,
    Route,
    Status,
    UnitKind,
)
from app.services.calendar import add_working_days, statutory_end
from app.services.deadlines import next_deadline_of
from app.services.errors import ServiceError
from app.services.feedback import new_code
from app.services.identity import current_login, is_first_use, load_current_user, set_up_first_use
from app.services.names import clean_initials, full_name, split_name
from app.services.numbering import next_number
from app.services.permissions import CurrentUser
from app.services.search import refresh_search_text
from app.services.workflow import overall_judgment

DEMO_ORGANISATION = "Bureau Voorbeeldombudsman (demo)"

# (name, kind, parent)
UNITS = (
    ("Directie", UnitKind.DIRECTORATE, None),
    ("Sector Intake en Informatie", UnitKind.SECTOR, "Directie"),
    ("Sector Onderzoek", UnitKind.SECTOR, "Directie"),
    ("Sector Bedrijfsvoering", UnitKind.SECTOR, "Directie"),
    ("Team Intake Noord", UnitKind.TEAM, "Sector Intake en Informatie"),
    ("Team Intake Zuid", UnitKind.TEAM, "Sector Intake en Informatie"),
    ("Team Onderzoek Zorg en Welzijn", UnitKind.TEAM, "Sector Onderzoek"),
    ("Team Onderzoek Werk en Inkomen", UnitKind.TEAM, "Sector Onderzoek"),
    ("Team Post en Archief", UnitKind.TEAM, "Sector Bedrijfsvoering"),
    ("Team Informatievoorziening", UnitKind.TEAM, "Sector Bedrijfsvoering"),
)

# (name, unit, job title, login, roles); all invented.
EMPLOYEES = (
    ("Marloes Verbeek-Dijkstra", "Directie", "Directeur", "mverbeek", (Role.MANAGEMENT,)),
    (
        "Joris van Aalderen",
        "Sector Intake en Informatie",
        "Sectorhoofd",
        "jvaalderen",
        (Role.MANAGEMENT, Role.HANDLER),
    ),
    ("Priya Ramdin", "Sector Onderzoek", "Sectorhoofd", "pramdin", (Role.MANAGEMENT, Role.HANDLER)),
    ("Karin Smeenk", "Sector Bedrijfsvoering", "Sectorhoofd", "ksmeenk", (Role.MANAGEMENT,)),
    ("Sanne Wolterink", "Directie", "Klachtcoördinator", "swolterink", (Role.COORDINATOR,)),
    ("Ilse Brandsma", "Directie", "Directiesecretaresse", "ibrandsma", (Role.SECRETARIAT,)),
    ("Koen Terpstra", "Directie", "Secretaresse", "kterpstra", (Role.SECRETARIAT,)),
    ("Hanneke Oosterhuis", "Team Intake Noord", "Teamleider", "hoosterhuis", (Role.HANDLER,)),
    ("Bram Kuipers", "Team Intake Zuid", "Teamleider", "bkuipers", (Role.HANDLER,)),
    (
        "Yara El Idrissi",
        "Team Onderzoek Zorg en Welzijn",
        "Teamleider",
        "yelidrissi",
        (Role.HANDLER,),
    ),
    ("Daan Hofstede", "Team Onderzoek Werk en Inkomen", "Teamleider", "dhofstede", (Role.HANDLER,)),
    ("Wietske Bosma", "Team Post en Archief", "Teamleider", "wbosma", (Role.HANDLER,)),
    ("Ruben Lagerwey", "Team Informatievoorziening", "Teamleider", "rlagerwey", (Role.HANDLER,)),
    ("Femke Zandbergen", "Team Intake Noord", "Intaker", "fzandbergen", (Role.STAFF,)),
    ("Tarik Benali", "Team Intake Noord", "Intaker", "tbenali", (Role.STAFF,)),
    ("Lotte Schuurman", "Team Intake Zuid", "Intaker", "lschuurman", (Role.STAFF,)),
    ("Gerrit Nijhof", "Team Intake Zuid", "Intaker", "gnijhof", (Role.STAFF,)),
    ("Anouk Veldkamp", "Team Onderzoek Zorg en Welzijn", "Onderzoeker", "aveldkamp", (Role.STAFF,)),
    ("Mehmet Yıldız", "Team Onderzoek Zorg en Welzijn", "Onderzoeker", "myildiz", (Role.STAFF,)),
    (
        "Esther Wijnands",
        "Team Onderzoek Werk en Inkomen",
        "Onderzoeker",
        "ewijnands",
        (Role.STAFF,),
    ),
    ("Niels Baarsma", "Team Onderzoek Werk en Inkomen", "Onderzoeker", "nbaarsma", (Role.STAFF,)),
    ("Chantal Groenewoud", "Team Post en Archief", "Medewerker post", "cgroenewoud", (Role.STAFF,)),
    ("Pieter-Jan Mulder", "Team Post en Archief", "Medewerker archief", "pjmulder", (Role.STAFF,)),
    (
        "Olga Kowalczyk",
        "Team Informatievoorziening",
        "Functioneel beheerder",
        "okowalczyk",
        (Role.STAFF,),
    ),
    (
        "Sem Vrieling",
        "Team Informatievoorziening",
        "Medewerker servicedesk",
        "svrieling",
        (Role.STAFF,),
    ),
)
MANAGERS = {
    "Directie": "Marloes Verbeek-Dijkstra",
    "Sector Intake en Informatie": "Joris van Aalderen",
    "Sector Onderzoek": "Priya Ramdin",
    "Sector Bedrijfsvoering": "Karin Smeenk",
    "Team Intake Noord": "Hanneke Oosterhuis",
    "Team Intake Zuid": "Bram Kuipers",
    "Team Onderzoek Zorg en Welzijn": "Yara El Idrissi",
    "Team Onderzoek Werk en Inkomen": "Daan Hofstede",
    "Team Post en Archief": "Wietske Bosma",
    "Team Informatievoorziening": "Ruben Lagerwey",
}

FIRST_NAMES = (
    "Aart",
    "Bep",
    "Cor",
    "Dini",
    "Evert",
    "Fleur",
    "Gijs",
    "Hetty",
    "Ivo",
    "Jannie",
    "Kees",
    "Lien",
    "Maarten",
    "Noor",
    "Otto",
    "Petra",
    "Roel",
    "Sietske",
    "Teun",
    "Ulla",
    "Vincent",
    "Willemijn",
    "Xander",
    "Yvonne",
    "Zeger",
    "Aylin",
    "Bilal",
    "Çelik",
    "Dragan",
    "Łucja",
    "Søren",
    "Zoë",
)
SURNAMES = (
    "Achterberg",
    "Blom",
    "Coolen",
    "Dekkers",
    "Eilander",
    "Fokkema",
    "Gortzak",
    "Hulst",
    "IJpelaar",
    "Jonkman",
    "Kroeze",
    "Leferink",
    "Meuleman",
    "Noordam",
    "Oldenkamp",
    "Posthumus",
    "Roodbeen",
    "Stegeman",
    "Tuinstra",
    "Uitdehaag",
    "Vermeulen-Ros",
    "Wessels",
    "Zwiers",
    "de Haan-Oterdoom",
    "van Keulen",
    "ter Borg",
    "Öztürk",
    "Nowak-Lindqvist",
)
STREETS = (
    "Kastanjelaan",
    "Molenweg",
    "Prinsengracht",
    "Dorpsstraat",
    "Stationsplein",
    "Beukenhof",
    "Kerkpad",
    "Zeeweg",
    "Lindenlaan",
    "Havenkade",
)
CITIES = (
    ("2511", "Den Haag"),
    ("3511", "Utrecht"),
    ("9711", "Groningen"),
    ("6211", "Maastricht"),
    ("1012", "Amsterdam"),
    ("8011", "Zwolle"),
    ("5611", "Eindhoven"),
    ("4811", "Breda"),
)
COMPLAINT_TEXTS = (
    "mijn e-mail van drie weken geleden nog steeds niet is beantwoord, terwijl mij een reactie "
    "binnen vijf werkdagen was beloofd.",
    "de medewerker aan de telefoon kortaf was en mij niet liet uitpraten.",
    "mijn dossier is kwijtgeraakt en ik alle stukken opnieuw moest opsturen.",
    "ik een brief kreeg met de naam van een andere burger erin.",
    "de terugbelafspraak niet is nagekomen; ik heb de hele middag gewacht.",
    "mij niet is uitgelegd waarom mijn verzoek niet in behandeling werd genomen.",
    "de behandeling van mijn klacht over de gemeente al maanden stilligt zonder bericht.",
    "de onderzoeker mijn zienswijze niet heeft meegenomen in het rapport.",
    "ik telkens met een andere medewerker spreek en mijn verhaal steeds opnieuw moet doen.",
    "het contactformulier op de website mijn bijlage niet accepteerde en niemand mij hielp.",
)
PROMISES = (
    "U ontvangt binnen twee weken een inhoudelijke reactie op uw verzoek.",
    "De teamleider belt u voor het einde van de week terug.",
    "Wij sturen u de ontbrekende stukken per aangetekende post toe.",
    "Uw dossier krijgt voorrang; u hoort uiterlijk op de genoemde datum van ons.",
)


@dataclass(frozen=True)
class DemoSummary:
    units: int
    employees: int
    complainants: int
    complaints: int
    signals: int


def _demo_user(db: Database, user: CurrentUser | None) -> CurrentUser:
    if user is not None:
        if not user.has_role(Role.ADMINISTRATOR):
            raise ServiceError("Alleen een beheerder van deze database kan demogegevens laden.")
        return user
    login = current_login(db)
    if is_first_use(db):
        return set_up_first_use(
            db, organisation_name=DEMO_ORGANISATION, user_name="Demobeheerder", login=login
        )
    user = load_current_user(db, login)
    if user is None or not user.has_role(Role.ADMINISTRATOR):
        raise ServiceError("Alleen een beheerder van deze database kan demogegevens laden.")
    return user


def fill_demo(
    db: Database,
    *,
    user: CurrentUser | None = None,
    years: int = 3,
    per_year: int = 120,
    seed: int = 2012,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty register with invented data; refuses a database that has complaints.

    Without ``user`` the current login acts; on an empty database it becomes the first
    administrator and coordinator, so the GUI opens on the demo data straight away.
    """
    today = today or date.today()
    user = _demo_user(db, user)
    rng = random.Random(seed)
    with db.session_scope(Actor(login=user.login, employee_id=user.employee_id)) as session:
        if session.scalar(select(exists().where(Complaint.id.is_not(None)))):
            raise ServiceError(
                "Deze database bevat al klachten. Demogegevens worden alleen in een leeg "
                "register geladen."
            )
        units = _add_units(session)
        employees = _add_employees(session, units)
        complainants = _add_complainants(session, rng, count=int(years * per_year * 0.85))
        complaints, signals = _add_complaints(
            session, rng, today, years, per_year, employees, complainants
        )
        _add_learning_and_cards(session, rng, today, employees)
        return DemoSummary(len(units), len(employees), len(complainants), complaints, signals)


def _add_units(session: Session) -> dict[str, OrgUnit]:
    units: dict[str, OrgUnit] = {}
    for name, kind, parent in UNITS:
        existing = session.scalar(select(OrgUnit).where(OrgUnit.name == name))
        units[name] = existing or OrgUnit(name=name, kind=kind, parent=units.get(parent or ""))
        session.add(units[name])
    session.flush()
    return units


def _add_employees(session: Session, units: dict[str, OrgUnit]) -> dict[str, Employee]:
    employees: dict[str, Employee] = {}
    for index, (name, unit, title, login, roles) in enumerate(EMPLOYEES):
        if session.scalar(select(Employee).where(Employee.login == login)) is not None:
            continue
        employee = Employee(
            name=name,
            unit=units[unit],
            job_title=title,
            login=login,
            email=f"{login}@voorbeeldombudsman.example",
            phone=f"+3170{3000000 + index * 1311:07d}",
            roles=[EmployeeRole(role=r) for r in roles],
        )
        session.add(employee)
        employees[name] = employee
    session.flush()
    for unit_name, manager in MANAGERS.items():
        if manager in employees:
            units[unit_name].manager_id = employees[manager].id
    return employees


def _add_complainants(session: Session, rng: random.Random, count: int) -> list[Complainant]:
    people: list[Complainant] = []
    for index in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        digits, city = rng.choice(CITIES)
        # Invented names in the parts a letter needs; every third one known by initials
        # only, as many complaints arrive (no extra random draws: the demo stays the same).
        parts = split_name(f"{first} {last}")
        initials = clean_initials(first[:2] if first.startswith("IJ") else first[:1])
        parts = replace(
            parts, initials=initials, first_name=None if index % 3 == 0 else parts.first_name
        )
        person = Complainant(
            salutation=rng.choice(("De heer", "Mevrouw", "Beste")),
            name=full_name(parts),
            initials=parts.initials,
            first_name=parts.first_name,
            infix=parts.infix,
            surname=parts.surname,
            street=rng.choice(STREETS),
            house_number=str(rng.randint(1, 180)),
            postcode=f"{digits[:3]}{rng.randint(0, 9)} {rng.choice('ABCDEGHJKLMNPRST')}"
            f"{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}",
            city=city,
            phone_day=f"+316{rng.randint(10000000, 69999999)}" if rng.random() < 0.7 else None,
            email=(
                f"{_ascii(first)}.{_ascii(last.split()[-1])}{index}@example.com"
                if rng.random() < 0.8
                else None
            ),
        )
        if rng.random() < 0.3:
            reference = f"NAW-{rng.randint(100000, 999999)}"
            person.references = [ComplainantReference(reference=reference)]
        if person.phone_day is None and person.email is None:
            person.email = f"klager{index}@example.com"
        people.append(person)
    # A few likely duplicates: the same person registered twice with small differences.
    for original in rng.sample(people, k=max(1, count // 40)):
        twin = Complainant(
            salutation=original.salutation,
            name=(original.name or "").replace(" ", "  ", 1).upper(),
            initials=original.initials,
            first_name=(original.first_name or "").upper() or None,
            infix=original.infix,
            surname=(original.surname or "").upper() or None,
            postcode=original.postcode,
            city=original.city,
            email=original.email,
        )
        people.append(twin)
    session.add_all(people)
    session.flush()
    return people


def _add_complaints(
    session: Session,
    rng: random.Random,
    today: date,
    years: int,
    per_year: int,
    employees: dict[str, Employee],
    complainants: list[Complainant],
) -> tuple[int, int]:
    profile = session.scalar(select(RegulationProfile).where(RegulationProfile.active))
    subjects = list(session.scalars(select(SubjectCategory)))
    norms = list(session.scalars(select(ConductNorm)))
    handlers = [e for e in employees.values() if Role.HANDLER in e.role_set]
    staff = list(employees.values())
    coordinator = next(e for e in employees.values() if Role.COORDINATOR in e.role_set)
    start = date(today.year - years + 1, 1, 1)
    received_days = sorted(
        start + timedelta(days=rng.randint(0, (today - start).days))
        for _ in range(per_year * years)
    )
    complaints = signals = 0
    created: list[Complaint] = []
    for received in received_days:
        is_signal = rng.random() < 0.08
        kind = ComplaintKind.SIGNAL if is_signal else ComplaintKind.COMPLAINT
        complaint = Complaint(
            number=next_number(session, kind, received.year),
            kind=kind,
            received_on=received,
            channel=rng.choice(list(Channel)),
            description="Ik klaag erover dat " + rng.choice(COMPLAINT_TEXTS),
            complainant=None if is_signal and rng.random() < 0.5 else rng.choice(complainants),
            regulation_profile_id=profile.id if profile else None,
            status=Status.REGISTERED,
            urgent=rng.random() < 0.04,
            fast_lane=rng.random() < 0.1,
        )
        concerned = rng.sample(staff, k=1 if rng.random() < 0.85 else 2)
        complaint.employees_concerned = [ComplaintEmployee(employee=e) for e in concerned]
        if rng.random() < 0.06:
            complaint.employees_concerned.append(
                ComplaintEmployee(free_text_name=rng.choice(("Henk", "een mevrouw van intake")))
            )
        if rng.random() < 0.5:
            complaint.related_dossiers = [
                RelatedDossier(dossier_number=f"{received.year}.{rng.randint(10000, 99999)}")
            ]
        complaint.subjects = rng.sample(subjects, k=rng.choice((1, 1, 2)))
        if rng.random() < 0.25:
            complaint.attachments = [_demo_attachment(rng, received)]
        session.add(complaint)
        created.append(complaint)
        if is_signal:
            signals += 1
            continue
        complaints += 1
        _walk_through(complaint, rng, today, handlers, concerned, coordinator, norms)
    for complaint in created:
        complaint.next_deadline = next_deadline_of(complaint)
    session.flush()
    refresh_search_text(session, [c.id for c in created])
    return complaints, signals


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def _walk_through(
    complaint: Complaint,
    rng: random.Random,
    today: date,
    handlers: list[Employee],
    concerned: list[Employee],
    coordinator: Employee,
    norms: list[ConductNorm],
) -> None:
    received = complaint.received_on
    # An act is never recorded ahead of the day the demo is loaded.
    complaint.acknowledged_on = min(received + timedelta(days=rng.randint(0, 3)), today)
    complaint.manager_copy_start_on = min(received + timedelta(days=rng.randint(0, 2)), today)
    complaint.contact_due = add_working_days(received, 5)
    complaint.decision_due = statutory_end(received + timedelta(weeks=6))
    age = (today - received).days
    history = [StatusChange(to_status=Status.REGISTERED, at=_at(received, 9))]

    def move(to: Status, day: date, reason: str | None = None) -> None:
        history.append(
            StatusChange(
                from_status=complaint.status,
                to_status=to,
                at=_at(day, 11),
                by_id=coordinator.id,
                reason=reason,
            )
        )
        complaint.status = to

    if age < 2:
        complaint.status_changes = history
        return
    eligible = [h for h in handlers if h not in concerned]  # Awb 9:7
    complaint.handler = rng.choice(eligible)
    move(Status.ASSIGNED, received + timedelta(days=1))
    if age < 4 and rng.random() < 0.5:
        complaint.status_changes = history
        return
    if 8 <= age <= 45 and rng.random() < 0.3:
        complaint.status_changes = history
        return  # the handler has not made contact yet: overdue, for Mijn taken
    late = rng.random() < 0.12
    contact = add_working_days(received, rng.randint(6, 9) if late else rng.randint(1, 5))
    if contact > today:
        complaint.status_changes = history
        return  # overdue or about to be: no contact yet
    complaint.first_contact_on = contact
    move(Status.IN_PROGRESS, contact)
    complaint.contact_notes = [
        ContactNote(
            contact_at=_at(contact, 10),
            channel=NoteChannel.PHONE,
            with_whom="klager",
            author_id=complaint.handler.id,
            summary="Klager gebeld en het verhaal aangehoord; uitgelegd hoe de klacht verder "
            "wordt behandeld en wanneer klager weer van ons hoort.",
        )
    ]
    roll = rng.random()
    route = (
        Route.INFORMAL
        if roll < 0.75
        else Route.FORMAL
        if roll < 0.90
        else Route.REVIEW
        if roll < 0.95
        else Route.DECLINED
        if roll < 0.98
        else Route.WITHDRAWN
    )
    done = contact + timedelta(days=rng.randint(3, 40))
    still_open = done > today
    if route is Route.INFORMAL:
        due = contact + timedelta(days=14)
        complaint.promises = [
            Promise(
                text=rng.choice(PROMISES),
                made_on=contact,
                due_on=due,
                kept_on=due - timedelta(days=rng.randint(0, 5)) if due <= today else None,
                made_by_id=complaint.handler.id,
            )
        ]
        if not still_open:
            complaint.route = Route.INFORMAL
            complaint.judgment = Judgment.NONE
            complaint.satisfied = True
            complaint.satisfaction_confirmed_on = done
            move(Status.INFORMALLY_RESOLVED, done)
            _close(complaint, done, move)
    elif route is Route.FORMAL:
        complaint.route = Route.FORMAL
        hearing = contact + timedelta(days=rng.randint(7, 20))
        if hearing <= today:
            move(Status.HEARING, hearing)
            complaint.parts = [
                ComplaintPart(position=1, text="Late reactie"),
                ComplaintPart(position=2, text="Toon van het gesprek"),
            ]
            complaint.hearing_complainant_on = hearing
            complaint.hearing_employee_on = min(hearing + timedelta(days=rng.randint(0, 5)), today)
        decided = received + timedelta(days=rng.randint(30, 45))
        if decided <= today and complaint.status == Status.HEARING:
            judgments = rng.choices(
                (Judgment.UPHELD, Judgment.PARTLY_UPHELD, Judgment.NOT_UPHELD), (3, 3, 4), k=2
            )
            for part, judgment in zip(complaint.parts, judgments, strict=True):
                part.judgment = judgment
                part.findings = "Uit het dossier en het horen blijkt dat dit onderdeel " + (
                    "klopt." if judgment != Judgment.NOT_UPHELD else "niet klopt."
                )
                part.norms = rng.sample(norms, k=1)
            complaint.judgment = overall_judgment(judgments)
            complaint.norms = sorted(
                {n for p in complaint.parts for n in p.norms}, key=lambda n: n.position
            )
            move(Status.JUDGED, decided)
            _close(complaint, min(decided + timedelta(days=2), today), move)
    elif not still_open:
        complaint.route = route
        complaint.judgment = Judgment.NONE
        if route is Route.REVIEW:
            move(Status.FORWARDED_FOR_REVIEW, done, "Gaat over de inhoud van de beslissing")
        elif route is Route.DECLINED:
            complaint.decline_ground = rng.choice(list(DeclineGround))
            complaint.decline_notice_on = done
            move(Status.DECLINED, done)
        else:
            move(Status.WITHDRAWN, done, "Klager trekt de klacht in")
        complaint.closed_on = done
    complaint.status_changes = history


def _close(complaint: Complaint, day: date, move: Callable[[Status, date], None]) -> None:
    complaint.manager_copy_end_on = day
    complaint.closed_on = day
    move(Status.CLOSED, day)


CAUSES = (
    (
        CauseKind.WORK_PROCESS,
        "Terugbelverzoeken kwamen in een gedeelde mailbox die niemand dagelijks bijhield.",
        "Eén eigenaar per mailbox en een dagelijkse controle.",
        "Klager dezelfde dag teruggebeld en excuses aangeboden.",
        "Terugbelverzoeken registreren in het zaaksysteem.",
    ),
    (
        CauseKind.EMPLOYEE,
        "De medewerker was kortaf door tijdsdruk aan het eind van de dag.",
        "Gesprekken met een lastige toon laten overnemen door een collega.",
        "Teamleider heeft excuses gemaakt en het gesprek nabesproken.",
        "Training de-escalatie voor de intakers.",
    ),
    (
        CauseKind.SYSTEM,
        "Het contactformulier accepteerde geen bijlagen groter dan 2 MB.",
        "De grens vooraf tonen op het formulier.",
        "Bijlage per e-mail ontvangen en aan het dossier toegevoegd.",
        "Grens voor bijlagen verhogen naar 25 MB.",
    ),
    (
        CauseKind.ORGANISATION,
        "Door de achterstand bleef het dossier weken liggen.",
        "Eerder een uitstelbericht sturen met een nieuwe verwachte datum.",
        "Dossier met voorrang opgepakt.",
        "Uitstelbericht in de tweede week standaard maken.",
    ),
)
PROPOSALS = (
    (
        "Terugbelverzoeken in het zaaksysteem",
        "95% van de terugbelverzoeken binnen twee werkdagen afgehandeld",
        Decision.ACCEPTED,
        ProposalStatus.REALISED,
    ),
    (
        "Training de-escalatie voor intakers",
        "Alle intakers getraind voor 1 juli",
        Decision.ACCEPTED,
        ProposalStatus.IN_PROGRESS,
    ),
    (
        "Uitstelbericht in de tweede week",
        "Elk dossier ouder dan tien werkdagen heeft een uitstelbericht",
        Decision.ACCEPTED,
        ProposalStatus.OPEN,
    ),
    (
        "Wachttijden op de website tonen",
        "Wachttijd per maand op de website",
        Decision.PROPOSED,
        ProposalStatus.OPEN,
    ),
    (
        "Eigen telefoonnummer per behandelaar",
        "Minder doorverbonden gesprekken",
        Decision.REJECTED,
        ProposalStatus.LAPSED,
    ),
    (
        "Grens voor bijlagen verhogen",
        "Geen klachten meer over geweigerde bijlagen",
        Decision.ACCEPTED,
        ProposalStatus.LAPSED,
    ),
)


def _add_learning_and_cards(
    session: Session, rng: random.Random, today: date, employees: dict[str, Employee]
) -> None:
    """Annex-1 forms (sent, reviewed, returned, drafts), proposals in every state and
    feedback cards, some of them returned."""
    handled = list(
        session.scalars(
            select(Complaint)
            .where(
                Complaint.kind == ComplaintKind.COMPLAINT,
                Complaint.status == Status.CLOSED,
                Complaint.handler_id.is_not(None),
            )
            .order_by(Complaint.closed_on)
        )
    )
    coordinator = next(e for e in employees.values() if Role.COORDINATOR in e.role_set)
    for index, complaint in enumerate(handled):
        cause, text, prevention, remedy, improvement = CAUSES[index % len(CAUSES)]
        roll = rng.random()
        if roll < 0.15:
            continue  # no form yet
        status = (
            ReportStatus.DRAFT
            if roll < 0.25
            else ReportStatus.RETURNED
            if roll < 0.3
            else ReportStatus.SUBMITTED
            if roll < 0.45
            else ReportStatus.REVIEWED
        )
        moment = _at(complaint.closed_on or today, 15)
        session.add(
            HandlingReport(
                complaint_id=complaint.id,
                handler_id=complaint.handler_id,
                status=status,
                description=complaint.description,
                judgment=complaint.judgment,
                cause_kind=cause,
                cause_text=text,
                prevention=prevention if status != ReportStatus.DRAFT else None,
                remedial_action=remedy if status != ReportStatus.DRAFT else None,
                improvement_points=improvement if status != ReportStatus.DRAFT else None,
                submitted_at=None if status == ReportStatus.DRAFT else moment,
                reviewed_at=moment if status == ReportStatus.REVIEWED else None,
                reviewed_by_id=coordinator.id if status == ReportStatus.REVIEWED else None,
                review_remark="Beschrijf de herstelactie concreter: wat is er met de klager "
                "afgesproken?"
                if status == ReportStatus.RETURNED
                else None,
                cause_kind_confirmed=status == ReportStatus.REVIEWED,
            )
        )
    owners = [e for e in employees.values() if Role.HANDLER in e.role_set]
    for index, (title, indicator, decision, proposal_status) in enumerate(PROPOSALS):
        deadline = today + timedelta(days=rng.choice((-40, -10, 30, 90)))
        decided = decision != Decision.PROPOSED
        proposal = ImprovementProposal(
            # Made before it was decided on, so the reports of past quarters list it.
            created_at=_at(today - timedelta(days=90), 9),
            title=title,
            specific=title + ".",
            measurable=indicator,
            acceptable="Besproken met de teamleiders.",
            realistic="Past binnen het budget.",
            deadline=deadline,
            owner_id=owners[index % len(owners)].id,
            decision=decision,
            decision_on=today - timedelta(days=60) if decided else None,
            decision_note="Besluit MT" if decided else None,
            status=proposal_status,
            realised_on=today - timedelta(days=5)
            if proposal_status == ProposalStatus.REALISED
            else None,
        )
        sources = handled[index * 3 : index * 3 + 2]
        proposal.source_complaints = [
            ProposalComplaint(
                complaint_id=c.id,
                complainant_informed_on=today - timedelta(days=2)
                if proposal_status == ProposalStatus.REALISED and n == 0
                else None,
            )
            for n, c in enumerate(sources)
        ]
        if proposal_status in (ProposalStatus.IN_PROGRESS, ProposalStatus.REALISED):
            proposal.progress_notes = [
                ProgressNote(
                    noted_on=today - timedelta(days=30),
                    text="Plan van aanpak klaar.",
                    author_id=coordinator.id,
                ),
            ]
        session.add(proposal)
    # Cards for most complaints closed more than a week ago; a fifth of them came back.
    for complaint in handled:
        if complaint.closed_on is None or (today - complaint.closed_on).days < 7:
            continue
        if rng.random() < 0.1:
            continue  # still waiting for the secretariat's batch
        sent_on = complaint.closed_on + timedelta(days=rng.randint(1, 5))
        channel = CardChannel.DIGITAL if rng.random() < 0.4 else CardChannel.POST
        for colour in (CardColour.GREEN, CardColour.RED):
            card = FeedbackCard(
                complaint_id=complaint.id,
                colour=colour,
                code=new_code(session),
                sent_on=sent_on,
                channel=channel,
            )
            returned = rng.random() < (0.15 if colour == CardColour.GREEN else 0.06)
            if returned:
                card.returned_on = min(sent_on + timedelta(days=rng.randint(3, 20)), today)
                card.text = (
                    "omdat ik snel en vriendelijk ben geholpen"
                    if colour == CardColour.GREEN
                    else "omdat mijn vraag nog steeds niet is beantwoord"
                )
                card.wants_callback = rng.random() < 0.5 if colour == CardColour.RED else None
                card.forwarded_to_handler_on = card.returned_on
            session.add(card)
            session.flush()


def _demo_attachment(rng: random.Random, received: date) -> Attachment:
    """A small invented document that came with the complaint."""
    name, media_type = rng.choice(
        (
            ("e-mail van klager.txt", "text/plain"),
            ("brief van klager.txt", "text/plain"),
            ("telefoonnotitie intake.txt", "text/plain"),
        )
    )
    content = (
        f"Ontvangen op {received:%d-%m-%Y}.\n\n"
        "Geachte heer/mevrouw,\n\nIk wil een klacht indienen over de manier waarop mijn zaak "
        "is behandeld. Graag hoor ik binnen een week van u.\n\nMet vriendelijke groet,\n"
        "(naam verzonnen voor de demo)\n"
    ).encode()
    return Attachment(
        file_name=name,
        media_type=media_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        added_at=_at(received, 12),
    )


def _ascii(word: str) -> str:
    """'Łucja' -> 'lucja': e-mail addresses in the demo stay plain ASCII."""
    folded = unicodedata.normalize("NFKD", word.replace("Ł", "L").replace("ł", "l"))
    return "".join(c for c in folded if c.isascii() and c.isalnum()).lower()
