"""The import service: the preview (a dry run over every row) and the one-transaction write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models.enums import (
    ComplaintKind,
    Judgment,
    Route,
    label,
)
from app.services import cycle_collection
from app.services.access import requires
from app.services.audit import write_pending_audit
from app.services.base import Service
from app.services.bulk_insert import bulk_page_cache
from app.services.errors import ServiceError
from app.services.names import NameParts
from app.services.numbering import SERIES
from app.services.permissions import Permission
from app.services.register_io.applying import (
    _apply,
    _bump_series,
    _changed_columns,
    _complainant_values,
    _prepare_new_rows,
    _write_new_rows,
)
from app.services.register_io.planning import _Context
from app.services.register_io.reading import (
    _BATCH,
    _CELL_READERS,
    _NUMBER,
    _PERSON_COLUMNS,
    DATE_COLUMNS,
    EARLIEST_DATE,
    Action,
    ImportPreview,
    ImportResult,
    Problem,
    RowPlan,
    _cells_of,
    _quote,
    _split,
    _split_name,
    suggest_mapping,
)
from app.services.search import refresh_search_text
from app.services.sheet_reading import SheetData
from app.services.validation import (
    FieldError,
)
from app.wording import counted


class RegisterImportService(Service):
    @requires(Permission.REGISTER_COMPLAINT)
    def preview(
        self,
        sheet: SheetData,
        mapping: dict[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportPreview:
        """Check every row; nothing is written. The rows are streamed from the file and
        checked in batches, so memory holds the compact plans, not the sheet.
        ``progress(done, total)`` raises ``Cancelled`` to stop."""
        self.require(Permission.REGISTER_COMPLAINT)
        mapping = dict(mapping) if mapping is not None else suggest_mapping(sheet.headers)
        used = set(mapping.values())
        unknown = [h for h in sheet.headers if h and h not in mapping]
        missing = [c for c in ("Datum ontvangst", "Omschrijving") if c not in used]
        index = {column: sheet.headers.index(header) for header, column in mapping.items()}
        plans: list[RowPlan] = []
        with cycle_collection.paused(), self.reading() as session:
            context = _Context.load(session)
            seen_numbers: dict[str, int] = {}
            batch: list[tuple[int, dict[str, Any], list[Problem]]] = []

            def plan_batch() -> None:
                context.prefetch(session, [values for _row, values, _problems in batch])
                for row_number, values, problems in batch:
                    plan = self._plan(session, context, row_number, values, problems)
                    if plan.number and plan.action == Action.NEW:
                        if plan.number in seen_numbers:
                            plan.problems = (
                                *plan.problems,
                                Problem(
                                    row_number,
                                    "Nummer",
                                    f"Nummer {plan.number} staat ook in rij "
                                    f"{seen_numbers[plan.number]}.",
                                ),
                            )
                        seen_numbers[plan.number] = row_number
                    plans.append(plan)
                batch.clear()
                if progress is not None:
                    progress(len(plans), sheet.row_count)

            for row_number, cells in sheet.rows():
                cell = {column: cells[i] if i < len(cells) else None for column, i in index.items()}
                batch.append((row_number, *self._parse(row_number, cell)))
                if len(batch) >= _BATCH:
                    plan_batch()
            plan_batch()
        for column in missing:
            plans.insert(
                0,
                RowPlan(
                    1,
                    Action.SKIP,
                    None,
                    problems=(
                        Problem(
                            1, column, f"De kolom '{column}' ontbreekt; koppel een kolom eraan."
                        ),
                    ),
                ),
            )
        uncertain: dict[int, NameParts] = {}
        for plan in plans:
            name = plan.value("Klager") if plan.row > 1 else None
            if name:
                parts = _split_name(name)
                if not parts.certain:
                    uncertain[plan.row] = parts
        return ImportPreview(
            uncertain_names=uncertain,
            mapping=mapping,
            unknown_columns=unknown,
            missing_columns=missing,
            plans=plans,
            new_employees=sorted(context.new_employees.values()),
            new_units=sorted(context.new_units.values()),
            new_subjects=sorted(context.new_subjects.values()),
        )

    @staticmethod
    def _parse(row: int, cell: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
        """The row's cells as values; a problem per cell that cannot be read."""
        problems: list[Problem] = []
        values: dict[str, Any] = {}
        for column, read in _CELL_READERS:
            if column not in cell:
                continue
            try:
                values[column] = read(cell[column])
            except FieldError as error:
                problems.append(Problem(row, column, error.message))
        for column in DATE_COLUMNS:
            moment = values.get(column)
            if moment is not None and moment < EARLIEST_DATE:
                problems.append(
                    Problem(row, column, "Deze datum ligt vóór 1990; controleer het jaar.")
                )
        return values, problems

    def _plan(
        self,
        session: Session,
        context: _Context,
        row: int,
        values: dict[str, Any],
        problems: list[Problem],
    ) -> RowPlan:
        number = values.get("Nummer")
        if number and not _NUMBER.match(number):
            problems.append(
                Problem(
                    row,
                    "Nummer",
                    f"{_quote(number)} is geen klachtnummer zoals IK-2024-0012 of SG-2024-0003.",
                )
            )
        if number:
            existing = context.complaint_by_number(session, number)
        else:
            # A row without a number that was imported before: the same date, description
            # and complainant. Importing a file twice must not register it twice.
            existing = context.complaint_by_fingerprint(
                session,
                values.get("Datum ontvangst"),
                values.get("Omschrijving"),
                values.get("Klager"),
            )
        # A cell that could not be read has its problem already; "fill it in" would only
        # repeat it.
        unreadable = {p.column for p in problems}
        if existing is None:
            if values.get("Datum ontvangst") is None and "Datum ontvangst" not in unreadable:
                problems.append(Problem(row, "Datum ontvangst", "Vul de datum van ontvangst in."))
            if not values.get("Omschrijving") and "Omschrijving" not in unreadable:
                problems.append(
                    Problem(row, "Omschrijving", "Vul de omschrijving van de klacht in.")
                )
        received = values.get("Datum ontvangst") or (existing.received_on if existing else None)
        for column in ("Datum eerste contact", "Datum afgehandeld"):
            moment = values.get(column)
            if moment and received and moment < received:
                problems.append(
                    Problem(row, column, "Deze datum ligt vóór de datum van ontvangst.")
                )
            if moment and moment > date.today():
                problems.append(Problem(row, column, "Deze datum ligt in de toekomst."))
        if received and received > date.today():
            problems.append(Problem(row, "Datum ontvangst", "Deze datum ligt in de toekomst."))
        kind = values.get("Soort") or (existing.kind if existing else ComplaintKind.COMPLAINT)
        if number and _NUMBER.match(number) and SERIES[kind] != number[:2]:
            problems.append(
                Problem(
                    row,
                    "Nummer",
                    (f"Een {label(kind).lower()} heeft een nummer dat begint met {SERIES[kind]}-."),
                )
            )
        has_person = any(_complainant_values(values).values()) or (
            existing is not None and existing.complainant_id is not None
        )
        if (
            kind == ComplaintKind.COMPLAINT
            and not has_person
            and not (unreadable & _PERSON_COLUMNS)
        ):
            problems.append(
                Problem(
                    row,
                    "Klager",
                    (
                        "Een klacht heeft een klager nodig (naam, adres, telefoon of e-mail); een "
                        "anonieme melding is een signaal."
                    ),
                )
            )
        judgment = values.get("Oordeel")
        if judgment in (Judgment.UPHELD, Judgment.PARTLY_UPHELD, Judgment.NOT_UPHELD) and (
            values.get("Afhandeling") not in (None, Route.FORMAL)
        ):
            problems.append(
                Problem(
                    row,
                    "Oordeel",
                    ("Een oordeel gegrond/deels gegrond/ongegrond hoort bij formele afhandeling."),
                )
            )
        for name in values.get("Medewerker") or []:
            context.note_employee(name)
        if values.get("Behandelaar"):
            context.note_employee(values["Behandelaar"])
        for unit in _split(values.get("Afdeling"), ";"):
            context.note_unit(unit)
        for subject in values.get("Onderwerp") or []:
            context.note_subject(subject)

        if existing is None:
            action = Action.NEW
            changes: list[str] = []
        else:
            changes = _changed_columns(existing, values, context)
            action = Action.UPDATE if changes else Action.SKIP
        return RowPlan(row, action, number, _cells_of(values), tuple(problems), tuple(changes))

    @requires(Permission.REGISTER_COMPLAINT)
    def import_rows(
        self,
        preview: ImportPreview,
        *,
        valid_only: bool = False,
        create_people: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportResult:
        """Write the preview's rows: all of them or nothing. With problems present nothing
        is written unless ``valid_only``; new employees and units need ``create_people``.
        ``progress(done, total)`` raises ``Cancelled`` to stop (nothing is written).

        Everything that can be worked out first is, in read transactions (which complainant
        each row is, the deadlines); the write transaction then only writes, in bulk, so the
        write lock that colleagues wait for is held for seconds, not minutes."""
        refused = sum(1 for p in preview.plans if not p.valid)
        if refused and not valid_only:
            raise ServiceError(
                f"{counted(refused, 'rij bevat', 'rijen bevatten')} fouten; er is niets ingelezen. "
                "Verbeter het bestand "
                "of kies ervoor alleen de goede rijen in te lezen."
            )
        if (preview.new_employees or preview.new_units) and not create_people:
            raise ServiceError(
                "Het bestand noemt medewerkers of afdelingen die nog niet bestaan. Bevestig dat "
                "ze worden aangemaakt."
            )
        self.require(Permission.REGISTER_COMPLAINT)
        rows = sorted(
            preview.valid_rows,
            key=lambda p: (
                p.action != Action.UPDATE,
                p.value("Datum ontvangst") or date.min,
                p.row,
            ),
        )
        updates = [p for p in rows if p.action == Action.UPDATE]
        news = [p for p in rows if p.action == Action.NEW]
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None and done % 100 == 0:
                progress(done, len(rows))

        with cycle_collection.paused(), self.reading() as session:
            prepared = _prepare_new_rows(session, news, tick, preview.name_choices)
        try:
            with (
                cycle_collection.paused(),
                self.writing(Permission.REGISTER_COMPLAINT, reason="register ingelezen") as session,
                bulk_page_cache(session.connection()),
            ):
                context = _Context.load(session)
                # Numbers taken from the sheet are used: new numbers continue after them.
                _bump_series(session, [p.number for p in rows if p.number])
                touched: list[int] = []
                with session.no_autoflush:
                    for start in range(0, len(updates), _BATCH):
                        chunk = updates[start : start + _BATCH]
                        context.prefetch(session, [p.values for p in chunk])
                        for plan in chunk:
                            complaint = context.complaint_by_number(session, plan.number)
                            assert complaint is not None  # the preview found it
                            _apply(session, context, complaint, plan.values, new=False)
                            touched.append(complaint.id)
                            tick()
                        session.flush()
                        write_pending_audit(session)
                session.flush()
                refresh_search_text(session, touched)
                _write_new_rows(session, context, prepared)
        except IntegrityError:
            # Between the check and the write someone registered a number from the sheet,
            # or removed a person it refers to.
            raise ServiceError(
                "Het register is gewijzigd terwijl het bestand werd ingelezen; er is niets "
                "opgeslagen. Controleer het bestand opnieuw en lees het dan in."
            ) from None
        skipped = sum(1 for p in preview.plans if p.valid and p.action == Action.SKIP)
        return ImportResult(len(news), len(updates), skipped, refused)
