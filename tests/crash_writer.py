"""A writer process for the kill -9 harness (tests/test_crash_recovery.py).

Run as ``python -m tests.crash_writer URL --received YYYY-MM-DD``. It works through the
real services as the first user of the database (``WRITER_LOGIN``, set up by the test):
register a complaint, add a contact note, assign the handler (``HANDLER_LOGIN``), edit the
complaint — again and again, until it is killed, ``--limit`` complaints are done, or
``--seconds`` have passed (so a forgotten writer ends by itself).

Protocol on stdout, one line per *committed* write, written and flushed only after the
service call returned (so after the commit): the parent may only rely on lines that end in
a newline, because a kill can land between a commit and its line.

    ready <pid>                           set-up done; every later moment is a write
    complaint <number> <complaint_id>     a registration
    note <note_id> <complaint_id>         a contact note
    assigned <complaint_id> <version> <handler_id>
    updated <complaint_id> <version>      an edit (description ends in EDIT_MARK)

Only services are imported (no Qt). Still, Python's imports take about a second, which
would dominate a run of many short trials; so with ``--serve`` the process imports once,
says ``serving <folder of the app package>``, and then forks a fresh writer for every
``run [LIMIT]`` line on stdin; on the next line, ``wait``, it reaps that writer and reports
``exit <code>`` (``-9`` after a SIGKILL). Each forked writer is a process of its own that
opens its own connections after the fork (none exist before it), so killing it is a real
crash of a writer. Its lines go to the same stdout: the server writes nothing while a writer
runs, and every line is a single write of less than PIPE_BUF bytes, so lines never mix.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
import traceback
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import configure_mappers

import app
from app.db import Database
from app.models.base import utcnow
from app.models.enums import Channel, NoteChannel
from app.services.calendar import add_working_days
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintEdit, ComplaintService, NoteInput
from app.services.identity import load_current_user
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.workflow import WorkflowService

WRITER_LOGIN = "crash-schrijver"
HANDLER_LOGIN = "crash-behandelaar"
EDIT_MARK = "(bijgewerkt)"
NOTE_SUMMARY = "Klager gebeld, verhaal aangehoord en afgesproken dat we vrijdag terugbellen."


def _emit(line: str) -> None:
    # One write of a whole line, then flush: the parent reads it the moment it is sent.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _person(index: int) -> ComplainantData:
    return ComplainantData(
        name=f"Proefklager Crash {index}",
        street="Testlaan",
        house_number=str(index % 500 + 1),
        city="Proefstad",
        email=f"proef{index}@example.com",
    )


def write_until_stopped(
    db: Database, received_on: date, *, limit: int | None, seconds: float
) -> None:
    user = load_current_user(db, WRITER_LOGIN)
    handler = load_current_user(db, HANDLER_LOGIN)
    if user is None or handler is None or handler.employee_id is None:
        raise SystemExit("crash writer: the test did not set up its users")
    intake = IntakeService(db, user)
    complaints = ComplaintService(db, user)
    workflow = WorkflowService(db, user)
    stop_at = time.monotonic() + seconds
    _emit(f"ready {os.getpid()}")
    index = 0
    while time.monotonic() < stop_at and (limit is None or index < limit):
        index += 1
        # A unique complainant and dossier per complaint: related-case look-ups stay small.
        registered = intake.register(
            IntakeData(
                description=f"de toegezegde terugbelafspraak {index} niet is nagekomen.",
                channel=Channel.EMAIL,
                received_on=received_on,
                complainant=_person(index),
                employees_concerned=(ConcernedEmployee(free_text_name="Proef Medewerker"),),
                related_dossiers=(f"2026.{index:05d}",),
            ),
            today=date.today(),
        )
        complaint_id = registered.complaint_id
        _emit(f"complaint {registered.number} {complaint_id}")

        note_id = complaints.add_note(
            complaint_id,
            NoteInput(
                contact_at=utcnow() - timedelta(minutes=5),
                channel=NoteChannel.PHONE,
                with_whom="klager",
                summary=NOTE_SUMMARY,
            ),
        )
        _emit(f"note {note_id} {complaint_id}")

        # The employee concerned is a typed name: the coordinator confirms (Awb 9:7).
        version = workflow.assign(complaint_id, handler.employee_id, confirm_not_concerned=True)
        _emit(f"assigned {complaint_id} {version} {handler.employee_id}")

        copy = complaints.detail(complaint_id)  # as the complaint window reads it
        assert copy.version == version
        version = complaints.update(
            complaint_id,
            ComplaintEdit(
                description=f"de toegezegde terugbelafspraak {index} niet is nagekomen. "
                + EDIT_MARK,
                channel=Channel.PHONE,
                received_on=received_on,
                complainant=_person(index),
                employees_concerned=(ConcernedEmployee(free_text_name="Proef Medewerker"),),
                related_dossiers=(f"2026.{index:05d}", f"2025.{index:05d}"),
                urgent=True,
            ),
            copy.version,
            complainant_version=copy.complainant_version,
        )
        _emit(f"updated {complaint_id} {version}")


def run_writer(url: str, received_on: date, *, limit: int | None, seconds: float) -> None:
    db = Database(url)
    try:
        write_until_stopped(db, received_on, limit=limit, seconds=seconds)
    finally:
        db.dispose()


def _forked_writer(url: str, received_on: date, limit: int | None, seconds: float) -> None:
    """The child's whole life: it must never return into the server's loop."""
    code = 0
    try:
        run_writer(url, received_on, limit=limit, seconds=seconds)
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve(url: str, received_on: date, *, seconds: float) -> None:
    # Pure Python work every process repeats on its first write (mapper set-up, the lazily
    # imported holiday tables: 0.7 s) is done once here, so a forked writer starts writing
    # at once and kills land in writes. No connection exists before a fork.
    configure_mappers()
    add_working_days(received_on, 60)
    _emit(f"serving {Path(app.__file__).parent}")
    while command := sys.stdin.readline():
        words = command.split()
        if not words:
            continue
        if words[0] != "run" or len(words) > 2:
            raise SystemExit(f"crash writer: unknown command {command!r}")
        limit = int(words[1]) if len(words) == 2 else None
        pid = os.fork()
        if pid == 0:
            _forked_writer(url, received_on, limit, seconds)
        # Reap only when told: until then an ended writer stays a zombie whose pid cannot
        # be reused, so the parent's SIGKILL by pid can never hit another process.
        if sys.stdin.readline().strip() != "wait":
            os.kill(pid, signal.SIGKILL)  # the parent has gone: take the writer along
        _pid, status = os.waitpid(pid, 0)
        _emit(f"exit {os.waitstatus_to_exitcode(status)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.crash_writer")
    parser.add_argument("url")
    parser.add_argument("--received", type=date.fromisoformat, required=True)
    parser.add_argument("--limit", type=int, default=None, help="stop after N complaints")
    parser.add_argument("--seconds", type=float, default=30.0, help="stop after N seconds")
    parser.add_argument("--serve", action="store_true", help="fork a writer per 'run' line")
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.url, args.received, seconds=args.seconds)
    else:
        run_writer(args.url, args.received, limit=args.limit, seconds=args.seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
