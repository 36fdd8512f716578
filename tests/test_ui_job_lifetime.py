"""A background op's signals object lives until its last signal has been handled on the GUI
thread, and dies there: the thread pool deletes finished runnables on its worker thread, and
a signals object that died with one left a dangling sender behind (a segfault in CI). Its
handlers run only while the object that asked is alive, and a superseded read is dropped."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QApplication

from app.cancelled import Cancelled
from app.ui import ops


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_a_dropped_ops_signals_die_on_the_gui_thread_after_its_result_arrived(qtbot):
    events: list[tuple[str, object]] = []
    gate = threading.Event()
    op = ops.Op(None, lambda _progress: "klaar" if gate.wait(5) else "te laat")
    op.success(lambda result: events.append((f"{result} on the GUI thread", _on_gui_thread())))
    op.signals.destroyed.connect(
        lambda: events.append(("destroyed on the GUI thread", _on_gui_thread())),
        Qt.ConnectionType.DirectConnection,
    )
    op.start()
    del op  # nobody keeps the op: the pool deletes it when it has run
    gate.set()
    qtbot.waitUntil(lambda: len(events) == 2, timeout=5_000)
    assert events == [
        ("klaar on the GUI thread", True),
        ("destroyed on the GUI thread", True),
    ]


def test_every_op_of_many_gets_its_own_result_on_the_gui_thread(qtbot):
    # Many ops finishing while the test's wait loop also deletes what is marked for
    # deletion: a signals object deleted before its receivers ran would show here.
    results: list[tuple[int, bool]] = []
    parents = [QObject() for _ in range(40)]
    for number, parent in enumerate(parents):
        ops.Op(parent, lambda _progress, number=number: number).success(
            lambda result, number=number: results.append((result - number, _on_gui_thread()))
        ).start()
    qtbot.waitUntil(lambda: len(results) == 40, timeout=10_000)
    assert results == [(0, True)] * 40


def test_nothing_is_called_once_the_parent_is_gone(qtbot):
    parent = QObject()
    called: list[object] = []
    gate = threading.Event()
    op = ops.Op(parent, lambda _progress: gate.wait(5) and "klaar")
    op.success(called.append).failure(called.append).done(lambda: called.append("done"))
    op.start()
    with qtbot.waitSignal(op.signals.destroyed, timeout=5_000):
        parent.deleteLater()
        qtbot.waitUntil(lambda: not _alive(parent))
        gate.set()
    assert called == []


def _alive(item: QObject) -> bool:
    try:
        item.objectName()
    except RuntimeError:
        return False
    return True


def test_progress_raises_cancelled_once_a_cancellable_op_is_cancelled(qtbot, monkeypatch):
    outcome: list[object] = []
    reported: list[int] = []
    op = ops.Op(None, lambda progress: [progress(n, 3) for n in range(3)])
    op.progress(lambda done, _total: (reported.append(done), op.cancel()))
    op.cancellable().success(outcome.append).cancelled(lambda: outcome.append(Cancelled))
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    op.start()
    held[0].run()  # here, so the handlers run at once
    assert reported == [0]  # the stop asked while the first report was shown
    assert outcome == [Cancelled]


def test_a_failure_goes_to_the_failure_handler_and_no_success_is_called(qtbot):
    outcome: list[object] = []

    def work(_progress: ops.Progress) -> None:
        raise ValueError("kapot")

    op = ops.Op(None, work).success(outcome.append)
    op.failure(lambda error: outcome.append(type(error).__name__)).start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert outcome == ["ValueError"]


def test_a_superseded_read_is_dropped_and_the_newest_applies(qtbot):
    reader = ops.Reader()
    applied: list[object] = []
    first_gate, second_gate = threading.Event(), threading.Event()
    reader.read(lambda: first_gate.wait(5) and "oud", applied.append, applied.append)
    reader.read(lambda: second_gate.wait(5) and "nieuw", applied.append, applied.append)
    first_gate.set()
    second_gate.set()
    qtbot.waitUntil(lambda: not reader.busy, timeout=5_000)
    qtbot.wait(50)  # the superseded read's result, if it came later, has been handled too
    assert applied == ["nieuw"]


def test_without_a_failure_handler_a_services_refusal_is_shown_in_its_own_words(qtbot, monkeypatch):
    from app.services.errors import ServiceError
    from app.ui import messages

    shown: list[str] = []
    monkeypatch.setattr(
        messages, "show_service_error", lambda _parent, error, **_k: shown.append(error.message)
    )
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)

    def refuse(_progress: ops.Progress) -> None:
        raise ServiceError("Deze klacht is al afgesloten.")

    ops.Op(None, refuse).start()
    held[0].run()
    assert shown == ["Deze klacht is al afgesloten."]


def test_without_a_failure_handler_an_unexpected_error_gets_a_general_message_and_a_log_line(
    qtbot, monkeypatch, caplog
):
    from app.ui import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, _title, text, **_k: shown.append(text))
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)

    def crash(_progress: ops.Progress) -> None:
        raise KeyError("Jansen")

    ops.Op(None, crash).start()
    held[0].run()
    assert len(shown) == 1
    assert "Jansen" not in shown[0]
    assert "Details staan in het logboek" in shown[0]
    assert [r.exc_info[0] for r in caplog.records if r.exc_info] == [KeyError]
