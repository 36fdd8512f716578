"""A background job's signals object lives until its last signal has been handled on the GUI
thread, and dies there: the thread pool deletes finished jobs on its worker thread, and a
signals object that died with the job left a dangling sender behind (a segfault in CI)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QApplication

from app.ui.io import jobs
from app.ui.io.loading import Loader


class _Receiver(QObject):
    def __init__(self, events: list[tuple[str, object]]) -> None:
        super().__init__()
        self.events = events

    def on_finished(self, result: object) -> None:
        self.events.append(("finished", result))
        # The sender must still be a live object here (it was a dangling pointer before).
        self.events.append(("sender alive", self.sender() is not None))


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_a_dropped_jobs_signals_die_on_the_gui_thread_after_its_result_arrived(qtbot):
    events: list[tuple[str, object]] = []
    receiver = _Receiver(events)
    gate = threading.Event()
    job = jobs.BackgroundJob(lambda _progress: "klaar" if gate.wait(5) else "te laat")
    job.signals.finished.connect(receiver.on_finished, Qt.ConnectionType.QueuedConnection)
    job.signals.destroyed.connect(
        lambda: events.append(("destroyed on the GUI thread", _on_gui_thread())),
        Qt.ConnectionType.DirectConnection,
    )
    jobs.start_job(job)
    del job  # nobody keeps the job: the pool deletes it when it has run
    gate.set()
    qtbot.waitUntil(lambda: len(events) == 3, timeout=5_000)
    assert events == [
        ("finished", "klaar"),
        ("sender alive", True),
        ("destroyed on the GUI thread", True),
    ]


def test_every_receiver_of_many_jobs_gets_its_result_from_a_live_sender(qtbot):
    # Many jobs finishing while the test's wait loop also deletes what is marked for
    # deletion: a signals object deleted before its receivers ran would show here.
    events: list[tuple[str, object]] = []
    receivers = [_Receiver(events) for _ in range(40)]
    for number, receiver in enumerate(receivers):
        job = jobs.BackgroundJob(lambda _progress, number=number: number)
        job.signals.finished.connect(receiver.on_finished, Qt.ConnectionType.QueuedConnection)
        jobs.start_job(job)
    qtbot.waitUntil(lambda: len(events) == 80, timeout=10_000)
    assert sorted(result for kind, result in events if kind == "finished") == list(range(40))
    assert all(alive for kind, alive in events if kind == "sender alive")


def test_a_superseded_read_is_dropped_and_the_newest_applies(qtbot):
    loader = Loader()
    applied: list[object] = []
    first_gate, second_gate = threading.Event(), threading.Event()
    loader.load(lambda: first_gate.wait(5) and "oud", applied.append, applied.append)
    loader.load(lambda: second_gate.wait(5) and "nieuw", applied.append, applied.append)
    first_gate.set()
    second_gate.set()
    qtbot.waitUntil(lambda: not loader.busy, timeout=5_000)
    qtbot.wait(50)  # the superseded job's result, if it came later, has been handled too
    assert applied == ["nieuw"]
