"""Starting the GUI: the application object, translations, the crash dialog, and the start-up
sequence (first use → known user → main window)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStatusBar, QWidget

from app.db import Database
from app.paths import user_log_dir
from app.services.identity import current_login, is_first_use, load_current_user
from app.services.permissions import CurrentUser
from app.storage_errors import classify, damaged
from app.temp_copies import remove_left_behind
from app.ui import messages
from app.ui.lock_wait import LockWaitIndicator
from app.ui.main_window import MainWindow
from app.ui.startup import (  # noqa: F401 (re-exported: their home was here)
    READY_TIMEOUT_MS,
    SOURCE_LANGUAGE,
    TRANSLATION_PREFIX,
    QtDutchSupplement,
    StartupProbe,
    _give_up,
    create_application,
    install_translators,
    peak_memory_mb,
    timings_line,
)
from app.ui.widgets import arg

if TYPE_CHECKING:
    from app.services.start_checks import BackgroundIntegrityCheck
    from app.ui.first_use import FirstUseDialog

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


# ----- unexpected errors ----------------------------------------------------------------


class CrashReporter:
    """A ``sys.excepthook``: logs the traceback and shows one calm dialog at a time.

    Only the exception type and the stack are logged, not the exception's message: messages
    of database errors can quote the data (names, addresses) that was being written.
    """

    def __init__(self, parent: Callable[[], QWidget | None] = QApplication.activeWindow) -> None:
        self._parent = parent
        self._box: QMessageBox | None = None
        self._previous: ExceptHook | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
        self._previous = None

    def __call__(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        exc_traceback: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_traceback)
            return
        stack = "".join(traceback.format_tb(exc_traceback))
        log.critical("unexpected error %s\n%s", exc_type.__qualname__, stack.rstrip())
        if QApplication.instance() is None or self._box is not None:
            return
        self._box = messages.error(
            self._parent(),
            QCoreApplication.translate("application", "Er ging iets mis"),
            QCoreApplication.translate(
                "application",
                "Er ging iets mis in het programma. Uw laatste handeling is misschien niet "
                "uitgevoerd; controleer dat en probeer het zo nodig opnieuw. Blijft het "
                "misgaan, sluit het programma dan af en start het opnieuw.",
            ),
            details=arg(
                QCoreApplication.translate(
                    "application", "De technische details staan in het logbestand in %1"
                ),
                user_log_dir(),
            ),
            on_close=self._closed,
        )

    def _closed(self) -> None:
        self._box = None


# ----- the start-up sequence ------------------------------------------------------------


def unknown_user_text(login: str) -> str:
    return arg(
        QCoreApplication.translate(
            "application",
            "Uw inlognaam '%1' is niet bekend in deze database of uw account is niet actief. "
            "Vraag een beheerder u toe te voegen.",
        ),
        login,
    )


class Launcher(QObject):
    """Decides what to show at start: the first-use dialog, a refusal, or the main window.

    Everything is non-blocking. ``ended`` carries the exit code when start-up stops without
    a main window (cancelled first use: 0; unknown user or unusable database: 1);
    ``main_window_shown`` fires once the main window is up.
    """

    ended = Signal(int)
    main_window_shown = Signal()
    asking = Signal()  # a dialog (first use, a refusal) comes up instead of the main window

    def __init__(
        self,
        db: Database,
        login: str | None = None,
        parent: QObject | None = None,
        *,
        window: MainWindow | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self._login = login
        # The window's shell, painted already, that the main window fills in.
        self._shell = window
        self.first_use_dialog: FirstUseDialog | None = None
        self.main_window: MainWindow | None = None
        self.refusal: QMessageBox | None = None
        # SQLite's integrity check after the first paint (when the start left it for later).
        self.integrity_watch: IntegrityWatch | None = None
        # A save waiting for a colleague's write shows it in the window in front, or else
        # in the main window's status bar.
        self.lock_wait = LockWaitIndicator(self._status_bar, self)
        self.lock_wait.install(db)

    def _status_bar(self) -> QStatusBar | None:
        active = QApplication.activeWindow()
        try:
            if isinstance(active, QMainWindow):
                return active.statusBar()
            return self.main_window.statusBar() if self.main_window is not None else None
        except RuntimeError:  # the window is being closed
            return None

    def login(self) -> str:
        if self._login is None:
            self._login = current_login(self.db)
        return self._login

    def start(self) -> None:
        # Copies of attachments and drafts a crashed earlier run left behind.
        remove_left_behind()
        try:
            first_use = is_first_use(self.db)
            login = self.login()
        except Exception as error:  # the database cannot be read at all
            self._database_unusable(error)
            return
        if first_use:
            log.info("empty database: asking for the first user")
            # Here, not at the top: only an empty register needs the dialog.
            from app.ui.first_use import FirstUseDialog

            self.first_use_dialog = FirstUseDialog.ask(self.db, login, self._first_use_done)
            self.asking.emit()
        else:
            self._open_main_window()

    def _first_use_done(self, user: CurrentUser | None) -> None:
        self.first_use_dialog = None
        if user is None:
            log.info("first use cancelled")
            self.ended.emit(0)
            return
        self._open_main_window()

    def _open_main_window(self) -> None:
        try:
            user = load_current_user(self.db, self.login())
        except Exception as error:
            self._database_unusable(error)
            return
        if user is None:
            log.warning("start refused: the login is not an active employee")
            self.refusal = messages.error(
                None,
                QCoreApplication.translate("application", "Geen toegang"),
                unknown_user_text(self.login()),
                on_close=lambda: self.ended.emit(1),
            )
            self.asking.emit()
            return
        if self._shell is not None:
            self.main_window = self._shell
            self.main_window.attach(self.db, user)
        else:
            self.main_window = MainWindow(self.db, user)
        self.main_window.show()
        self.main_window_shown.emit()

    def show_start_warning(self, text: str) -> QMessageBox:
        """A problem the start-up check found: the work goes on, the user is told."""
        return messages.warning(
            self.main_window,
            QCoreApplication.translate("application", "Controle van de audittrail"),
            QCoreApplication.translate("services", text[:1].upper() + text[1:]),
        )

    def _database_unusable(self, error: Exception) -> None:
        log.error(
            "database unusable at start: %s\n%s",
            type(error).__qualname__,
            "".join(traceback.format_tb(error.__traceback__)).rstrip(),
        )
        problem = classify(error, self.db.url)
        text = (
            QCoreApplication.translate("services", problem.message)
            if problem is not None
            else arg(
                QCoreApplication.translate(
                    "application",
                    "De database kon niet worden geopend: %1\n\nControleer of het bestand of "
                    "de server bereikbaar is en probeer het opnieuw.",
                ),
                self.db.describe(),
            )
        )
        self.refusal = messages.error(
            None,
            QCoreApplication.translate("application", "Database niet bereikbaar"),
            text,
            on_close=lambda: self.ended.emit(1),
        )
        self.asking.emit()


class IntegrityWatch(QObject):
    """SQLite's integrity check of the register file, started once the first screen has
    painted (``app.services.start_checks``). When the file is damaged, every write is
    stopped at once and the user is told to restore a backup; closing that message ends the
    program (exit code 2, as a refused start)."""

    _found = Signal(object)  # from the worker thread: SQLite's complaint or None
    checked = Signal(bool)  # the file is sound
    # The audit-trail check that follows a sound file found a problem (Dutch text).
    trail_warning = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.message_box: QMessageBox | None = None
        self.window: QWidget | None = None
        self._check: BackgroundIntegrityCheck | None = None
        self._found.connect(self._result)

    def start(self, window: QWidget | None = None) -> None:
        from app.services.start_checks import BackgroundIntegrityCheck

        path = self.db.sqlite_file
        if self._check is not None or path is None:
            return
        self.window = window
        self._check = BackgroundIntegrityCheck(path, self._found.emit, then=self._after_sound)
        self._check.start()

    def _after_sound(self) -> None:
        """On the worker thread, after a sound result: what the command line does before
        its work (the one-off repairs, the cheap audit-trail check)."""
        from app.services.start_checks import quick_trail_warning, run_start_repairs

        run_start_repairs(self.db)
        warning = quick_trail_warning(self.db)
        if warning is not None:
            self.trail_warning.emit(warning)

    def running(self) -> bool:
        return self._check is not None and self._check.running()

    def stop(self) -> None:
        if self._check is not None:
            self._check.cancel()

    def _result(self, problem: str | None) -> None:
        self.db.integrity_check_pending = False
        if problem is None:
            self.checked.emit(True)
            return
        message = damaged(self.db.url).message
        self.db.stop_writes(message)
        self.checked.emit(False)
        application = QApplication.instance()
        self.message_box = messages.error(
            self.window,
            QCoreApplication.translate("application", "Database beschadigd"),
            QCoreApplication.translate("services", message),
            details=QCoreApplication.translate(
                "application",
                "Om verdere schade te voorkomen wordt er niets meer opgeslagen. Het programma "
                "sluit als u op OK klikt.",
            ),
            on_close=lambda: application.exit(2) if application is not None else None,
        )


def start_gui(
    application: QApplication,
    db: Database,
    *,
    shell: MainWindow | None = None,
    probe: StartupProbe | None = None,
    start_warning: str | None = None,
    exit_when_shown: bool = False,
    timings: bool = False,
) -> Callable[[], None]:
    """Start the start-up sequence on ``db`` in the running ``application``; the
    ``shell`` (the window's shell, painted already) becomes the main window, or is hidden
    while a dialog (first use, a refusal) stands in its place.
    Returns what undoes it when the event loop has ended."""
    crash_reporter = CrashReporter()
    crash_reporter.install()
    launcher = Launcher(db, parent=application, window=shell)
    if shell is not None:
        # A dialog instead of the main window (first use, a refusal) stands alone; the
        # window comes back with its screens when there is a user.
        launcher.asking.connect(shell.hide)
    application.setQuitOnLastWindowClosed(False)
    launcher.ended.connect(application.exit)
    launcher.main_window_shown.connect(lambda: application.setQuitOnLastWindowClosed(True))
    if start_warning:
        launcher.main_window_shown.connect(lambda: launcher.show_start_warning(start_warning))
    if exit_when_shown or timings:
        if probe is None:
            probe = StartupProbe(application)
            if exit_when_shown:
                # A start that never gets there (a dialog waiting for an answer) must not
                # hang whoever is timing it.
                QTimer.singleShot(READY_TIMEOUT_MS, lambda: _give_up(application))
        watching = probe
        launcher.main_window_shown.connect(
            lambda: watching.watch(launcher.main_window) if launcher.main_window else None
        )

        def report() -> None:
            if timings:
                first_paint_ms, ready_ms = watching.milliseconds()
                print(timings_line(first_paint_ms, ready_ms, peak_memory_mb()), file=sys.stderr)
            if exit_when_shown:
                application.exit(0)

        watching.ready.connect(report)
    if exit_when_shown:
        # Whoever times the start cannot answer a dialog: say why and stop.
        launcher.asking.connect(lambda: _asked_instead(application))
    if db.integrity_check_pending:
        # After the first screen has painted: the start does not wait for the check.
        watch = IntegrityWatch(db, application)
        launcher.integrity_watch = watch
        watch.trail_warning.connect(launcher.show_start_warning)

        def check_when_painted() -> None:
            window = launcher.main_window
            if window is not None:
                window.first_screen_painted.connect(lambda: watch.start(window))

        launcher.main_window_shown.connect(check_when_painted)
    QTimer.singleShot(0, launcher.start)

    def stop() -> None:
        if launcher.integrity_watch is not None:
            launcher.integrity_watch.stop()
            launcher.integrity_watch.deleteLater()
        crash_reporter.uninstall()
        # The launcher lives on the application: a dialog closed later must not end an
        # event loop that is no longer this start's.
        launcher.ended.disconnect()
        launcher.deleteLater()

    return stop


def _asked_instead(application: QApplication) -> None:
    print(
        "Fout: het programma vraagt eerst iets (eerste gebruik, geen toegang of een "
        "onbruikbare database); het hoofdvenster verscheen niet.",
        file=sys.stderr,
    )
    application.exit(1)


def run_gui(
    db: Database,
    argv: list[str] | None = None,
    *,
    start_warning: str | None = None,
    exit_when_shown: bool = False,
    timings: bool = False,
) -> int:
    """Open the GUI on ``db`` (already migrated) and run until the user quits;
    ``start_warning`` (Dutch, from the start-up check) is shown over the main window.

    ``exit_when_shown``: end (exit code 0) as soon as the main window has painted its first
    screen with data, so start-up can be timed from outside; ``timings`` prints the
    times (see ``timings_line``) on stderr. The program itself starts with
    ``app.ui.startup.run_gui_shell_first``, which paints a shell before opening ``db``.
    """
    application = create_application(argv)
    install_translators(application)
    stop = start_gui(
        application,
        db,
        start_warning=start_warning,
        exit_when_shown=exit_when_shown,
        timings=timings,
    )
    try:
        return application.exec()
    finally:
        stop()


def show_fatal_error(message: str, argv: list[str] | None = None) -> None:
    """Show why the program cannot start (e.g. a database from a newer version), then stop."""
    application = create_application(argv)
    install_translators(application)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("application", "Interne Klachten kan niet starten"),
        QCoreApplication.translate("services", message),
    )
    box.finished.connect(application.quit)
    box.open()
    application.exec()
