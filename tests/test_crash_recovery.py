"""kill -9 harness: a writer killed at random moments loses nothing it reported as saved.

A writer process (tests/crash_writer.py) registers complaints, adds contact notes, assigns a
handler and edits complaints through the real services, and reports every committed write
on stdout. The test kills it with SIGKILL after a random time (seeded; the seed is in every
failure message, set ``CRASH_SEED`` to repeat the timings) and then checks the database as
the next user would find it: SQLite's integrity check, every reported write present, the
complaint numbers without a gap, the audit trail's hash chain intact, and a new writer
continuing with the next number.

20 trials per backend always run; 200 per backend run with ``--stress`` (or ``-m stress``).
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.db import Database
from app.models import Complaint, ContactNote, NumberSeries
from app.models.enums import Role
from app.services.audit import verify_chain
from app.services.identity import set_up_first_use
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.verify import verify_database
from tests.crash_writer import EDIT_MARK, HANDLER_LOGIN, WRITER_LOGIN

pytestmark = pytest.mark.skipif(
    sys.platform == "win32",
    reason="SIGKILL and fork() exist only on POSIX; Windows cannot kill a process this way",
)

ROOT = Path(__file__).resolve().parents[1]
TRIALS = 20
STRESS_TRIALS = 200
# Kills land within this many seconds after the writer said "ready" (imports and set-up
# are done by then, so every moment is a write or the work between two writes).
KILL_WINDOW_S = 1.2
WAIT_S = 60.0  # a writer that does not answer within this time is stuck


@dataclass
class Tally:
    """Figures over all trials of one test, for the report."""

    trials: int = 0
    writes_checked: int = 0
    complaints: int = 0


@dataclass
class Reported:
    """What one killed writer said it had committed."""

    complaints: list[tuple[str, int]] = field(default_factory=list)
    notes: list[tuple[int, int]] = field(default_factory=list)
    assigned: dict[int, tuple[int, int]] = field(default_factory=dict)  # id: (version, handler)
    updated: dict[int, int] = field(default_factory=dict)  # complaint id: version

    def add(self, line: str) -> None:
        kind, *values = line.split()
        if kind == "complaint":
            self.complaints.append((values[0], int(values[1])))
        elif kind == "note":
            self.notes.append((int(values[0]), int(values[1])))
        elif kind == "assigned":
            self.assigned[int(values[0])] = (int(values[1]), int(values[2]))
        elif kind == "updated":
            self.updated[int(values[0])] = int(values[1])
        else:
            raise AssertionError(f"the writer printed an unknown line {line!r}")

    @property
    def count(self) -> int:
        return len(self.complaints) + len(self.notes) + len(self.assigned) + len(self.updated)


class WriterServer:
    """``python -m tests.crash_writer URL --serve``: imports once, forks one writer per trial.

    The writer is a child of the server, which reaps it only when asked (``wait``), after
    the kill; until then its pid cannot be reused, so killing it by pid is safe.
    """

    def __init__(self, url: str, received_on: date, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        self._stderr: IO[bytes] = stderr_path.open("wb")
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.crash_writer",
                url,
                "--received",
                received_on.isoformat(),
                "--serve",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def check_app_folder(self) -> None:
        # The writers must run this checkout's code, not another installed copy of it.
        line = self._next_line("starting the writer server")
        assert line == f"serving {ROOT / 'app'}\n", line

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)  # end of output: the server is gone

    def _next_line(self, context: str) -> str:
        try:
            line = self._lines.get(timeout=WAIT_S)
        except queue.Empty:
            raise AssertionError(f"{context}: no answer within {WAIT_S} s") from None
        if line is None:
            raise AssertionError(f"{context}: the writer server ended\n{self.stderr_tail()}")
        return line

    def stderr_tail(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(errors="replace")[-3000:]

    def start_writer(self, limit: int | None = None, context: str = "") -> int:
        assert self.process.stdin is not None
        self.process.stdin.write("run\n" if limit is None else f"run {limit}\n")
        self.process.stdin.flush()
        line = self._next_line(context)
        assert line.startswith("ready "), f"{context}: expected 'ready', got {line!r}"
        return int(line.split()[1])

    def finish_writer(self, reported: Reported, context: str) -> int:
        """Collect the writer's complete lines until the server says how it ended."""
        assert self.process.stdin is not None
        self.process.stdin.write("wait\n")
        self.process.stdin.flush()
        while True:
            line = self._next_line(context)
            if line.startswith("exit "):
                return int(line.split()[1])
            if line.endswith("\n"):
                reported.add(line)

    def close(self) -> None:
        """End the server and a writer still running; leave no process behind.

        With its input closed the server kills a running writer, reaps it and ends. Should
        it hang, it leads a process group of its own that its writers share, so one signal
        to the group ends exactly the processes this test started."""
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._reader.join(timeout=WAIT_S)
        if self.process.stdout is not None:
            self.process.stdout.close()
        self._stderr.close()

    def group_is_gone(self) -> bool:
        try:
            os.killpg(self.process.pid, 0)  # signal 0: only asks whether any process is left
        except ProcessLookupError:
            return True
        return False


def _seed() -> int:
    given = os.environ.get("CRASH_SEED")
    return int(given) if given else random.SystemRandom().randrange(2**32)


def _set_up_users(url: str) -> None:
    db = Database(url)
    try:
        writer = set_up_first_use(
            db,
            organisation_name="Proeforganisatie",
            user_name="Proef Schrijver",
            login=WRITER_LOGIN,
        )
        OrganisationService(db, writer).create_employee(
            EmployeeInput(
                name="Proef Behandelaar", login=HANDLER_LOGIN, roles=frozenset({Role.HANDLER})
            )
        )
    finally:
        db.dispose()


def _sqlite_integrity(path: Path) -> list[str]:
    """Problems SQLite finds in the file, read with a connection of its own."""
    connection = sqlite3.connect(path)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if problems == ["ok"]:
            problems = []
        problems += [
            f"foreign key: {row}" for row in connection.execute("PRAGMA foreign_key_check")
        ]
        return problems
    finally:
        connection.close()


def _check_after_kill(
    url: str, received_on: date, reported: Reported, expected_first: int, context: str
) -> int:
    """Everything the writer reported is there, numbers have no gap, the trail verifies.

    Returns the number of complaints of the year (the last number handed out)."""
    db = Database(url)
    try:
        with db.session_scope() as session:
            prefix = f"IK-{received_on.year}-"
            rows = session.execute(
                select(Complaint.number, Complaint.id).where(Complaint.number.like(prefix + "%"))
            ).all()
            stored: dict[str, int] = dict(rows)
            lost = [n for n, cid in reported.complaints if stored.get(n) != cid]
            assert not lost, f"{context}: reported complaints missing: {lost}"
            sequence = sorted(int(number.removeprefix(prefix)) for number in stored)
            last = len(sequence)
            assert sequence == list(range(1, last + 1)), f"{context}: numbering has a gap"
            counter = session.scalar(
                select(NumberSeries.last_number).where(
                    NumberSeries.series == "IK", NumberSeries.year == received_on.year
                )
            )
            assert (counter or 0) == last, (
                f"{context}: the counter says {counter}, {last} complaints are stored"
            )
            if reported.complaints:
                first = reported.complaints[0][0]
                assert first == f"{prefix}{expected_first:04d}", (
                    f"{context}: the writer continued with {first}, not number {expected_first}"
                )

            notes = dict(session.execute(select(ContactNote.id, ContactNote.complaint_id)).all())
            lost_notes = [(n, c) for n, c in reported.notes if notes.get(n) != c]
            assert not lost_notes, f"{context}: reported contact notes missing: {lost_notes}"

            changed = set(reported.assigned) | set(reported.updated)
            complaints = {
                c.id: c for c in session.scalars(select(Complaint).where(Complaint.id.in_(changed)))
            }
            for complaint_id, (version, handler_id) in reported.assigned.items():
                complaint = complaints.get(complaint_id)
                assert complaint is not None, f"{context}: assigned complaint {complaint_id} gone"
                assert complaint.handler_id == handler_id, f"{context}: assignment lost"
                assert complaint.version >= version, f"{context}: assignment rolled back"
            for complaint_id, version in reported.updated.items():
                complaint = complaints[complaint_id]
                assert complaint.description.endswith(EDIT_MARK), f"{context}: edit lost"
                assert complaint.version >= version, f"{context}: edit rolled back"

            assert verify_chain(session) is None, f"{context}: the audit trail does not verify"
        return last
    finally:
        # Close every connection: the next writer must recover the file on its own.
        db.dispose()


def _verify_fully(url: str, context: str) -> None:
    """The full check of `interne-klachten verify`: integrity, chain, head, anchor and every
    audited row against the trail (a write half-done by a killed writer would show here)."""
    db = Database(url)
    try:
        report = verify_database(db)
    finally:
        db.dispose()
    assert report.ok, f"{context}: verify found: {report.text()}"


def run_kill_trials(url: str, trials: int, tmp_path: Path) -> Tally:
    _set_up_users(url)
    seed = _seed()
    rng = random.Random(seed)
    received_on = date.today()
    sqlite_file = make_url(url).database if url.startswith("sqlite") else None
    tally = Tally()
    server = WriterServer(url, received_on, tmp_path / "writer-stderr.txt")
    try:
        server.check_app_folder()
        last = 0
        for trial in range(1, trials + 1):
            delay = rng.uniform(0.0, KILL_WINDOW_S)
            context = f"seed={seed} trial={trial} kill after {delay:.3f} s"
            reported = Reported()
            pid = server.start_writer(context=context)
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
            code = server.finish_writer(reported, context)
            assert code == -signal.SIGKILL, (
                f"{context}: the writer ended by itself (exit {code}) before the kill\n"
                + server.stderr_tail()
            )
            if sqlite_file is not None:
                problems = _sqlite_integrity(Path(sqlite_file))
                assert not problems, f"{context}: SQLite integrity check: {problems[:5]}"
            last = _check_after_kill(url, received_on, reported, last + 1, context)
            if trial % 10 == 0:
                _verify_fully(url, context)
            tally.trials += 1
            tally.writes_checked += reported.count
            tally.complaints += len(reported.complaints)

        # After the last kill a writer still carries on where the numbering stopped.
        context = f"seed={seed} writer after the last kill"
        reported = Reported()
        server.start_writer(limit=2, context=context)
        code = server.finish_writer(reported, context)
        assert code == 0, f"{context}: exit {code}\n{server.stderr_tail()}"
        assert len(reported.complaints) == 2, context
        _check_after_kill(url, received_on, reported, last + 1, context)
        _verify_fully(url, context)
    finally:
        server.close()
    assert server.process.returncode == 0, server.stderr_tail()
    assert server.group_is_gone(), "a writer process is still running"
    return tally


def _report(backend: str, tally: Tally, seconds: float) -> None:
    # Shown with `pytest -s` / `-rP`: the figures the issue asks for. Any lost write or
    # integrity failure has failed the test before this point.
    print(
        f"\nkill -9 on {backend}: {tally.trials} trials, {tally.writes_checked} committed "
        f"writes checked ({tally.complaints} complaints), 0 lost, 0 integrity failures, "
        f"{seconds:.1f} s"
    )


def test_a_writer_killed_at_random_moments_loses_no_committed_work(
    backend: str, database_url: str, tmp_path: Path
) -> None:
    started = time.monotonic()
    tally = run_kill_trials(database_url, TRIALS, tmp_path)
    assert tally.trials == TRIALS
    _report(backend, tally, time.monotonic() - started)


@pytest.mark.stress
def test_two_hundred_kills_lose_no_committed_work(
    backend: str, database_url: str, tmp_path: Path
) -> None:
    started = time.monotonic()
    tally = run_kill_trials(database_url, STRESS_TRIALS, tmp_path)
    assert tally.trials == STRESS_TRIALS
    _report(backend, tally, time.monotonic() - started)
