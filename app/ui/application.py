"""Starting the GUI: the application object, translations, the crash dialog, and the start-up
sequence (first use → known user → main window)."""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStatusBar, QWidget

from app import APP_NAME, APP_TITLE, PROCESS_START, __version__
from app.db import Database
from app.paths import resource_path, user_log_dir
from app.services.identity import current_login, is_first_use, load_current_user
from app.services.permissions import CurrentUser
from app.storage_errors import classify
from app.temp_copies import remove_left_behind
from app.ui import messages
from app.ui.first_use import FirstUseDialog
from app.ui.lock_wait import LockWaitIndicator
from app.ui.main_window import MainWindow
from app.ui.widgets import arg

log = logging.getLogger(__name__)

TRANSLATION_PREFIX = "interne_klachten"  # resources/translations/interne_klachten_<lang>.qm
SOURCE_LANGUAGE = QLocale.Language.Dutch

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


# ----- application object and translations ----------------------------------------------


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    application = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    application.setOrganizationName(APP_NAME)
    application.setApplicationName(APP_TITLE)
    application.setApplicationVersion(__version__)
    return application


class QtDutchSupplement(QTranslator):
    """Dutch for the few Qt texts that Qt's own Dutch catalogue lacks.

    Qt 6 gave the file dialog's labels a keyboard accelerator ("&Look in:", "Files of
    &type:"), and ``qtbase_nl`` still translates only the old texts, so the dialog came out
    half English. ``None`` means "not translated here": the other translators are asked.
    """

    TEXTS: ClassVar[dict[tuple[str, str], str]] = {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
        ("QPlatformTheme", "Reset"): "Opnieuw instellen",
    }

    def translate(  # type: ignore[override]
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return self.TEXTS.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


def install_translators(application: QCoreApplication, locale: QLocale | None = None) -> QLocale:
    """Load our translation for ``locale`` if one exists, and Qt's own for the language used.

    Dutch is the source language, so without a ``.qm`` the interface is Dutch; Qt's standard
    texts (context menus of text fields and the like) then follow in Dutch as well.
    Returns the locale of the interface.
    """
    locale = locale or QLocale()
    ours = QTranslator(application)
    if ours.load(locale, TRANSLATION_PREFIX, "_", str(resource_path("translations"))):
        application.installTranslator(ours)
        ui_locale = QLocale(ours.language()) if ours.language() else locale
    else:
        ui_locale = QLocale(SOURCE_LANGUAGE, QLocale.Country.Netherlands)
    QLocale.setDefault(ui_locale)
    qt_own = QTranslator(application)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(ui_locale, "qtbase", "_", qt_folder):
        application.installTranslator(qt_own)
    else:
        log.warning("Qt's own translation for %s not found", ui_locale.name())
    if ui_locale.language() == QLocale.Language.Dutch:
        application.installTranslator(QtDutchSupplement(application))
    return ui_locale


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

    def __init__(self, db: Database, login: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self._login = login
        self.first_use_dialog: FirstUseDialog | None = None
        self.main_window: MainWindow | None = None
        self.refusal: QMessageBox | None = None
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
            self.first_use_dialog = FirstUseDialog.ask(self.db, login, self._first_use_done)
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
            return
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


# ----- timing the start ----------------------------------------------------------------

READY_TIMEOUT_MS = 120_000


def peak_memory_mb() -> float | None:
    """The process's peak resident memory in MB; None where the platform does not say.

    Linux: VmHWM, this process's own high-water mark (getrusage can report the forking
    parent's, kept across exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def timings_line(first_paint_ms: float, ready_ms: float, peak_rss_mb: float | None) -> str:
    """The one machine-readable line of ``gui --timings`` (parsed by the benchmark)."""
    line = f"startup first_paint_ms={first_paint_ms:.0f} ready_ms={ready_ms:.0f}"
    return line if peak_rss_mb is None else f"{line} peak_rss_mb={peak_rss_mb:.0f}"


class StartupProbe(QObject):
    """Notes when the main window first paints and when its first screen has painted
    with its data (built, and not ``is_loading()`` if the page offers that).

    ``ready`` then fires once. The times count from ``app.PROCESS_START``.
    """

    ready = Signal()

    def __init__(self, application: QApplication, start: float = PROCESS_START) -> None:
        super().__init__(application)
        self._application = application
        self._start = start
        self._window: MainWindow | None = None
        self._screen_built = False
        self.first_paint: float | None = None
        self.ready_at: float | None = None

    def watch(self, window: MainWindow) -> None:
        self._window = window
        window.first_screen_ready.connect(self._first_screen_built)
        self._application.installEventFilter(self)

    def _first_screen_built(self) -> None:
        self._screen_built = True
        if self._window is not None:
            self._window.stack.currentWidget().update()  # a paint to see it by

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self._window
        if (
            event.type() == QEvent.Type.Paint
            and window is not None
            and isinstance(watched, QWidget)
            and (watched is window or window.isAncestorOf(watched))
        ):
            now = time.perf_counter()
            if self.first_paint is None:
                self.first_paint = now
            page = window.stack.currentWidget()
            if (
                self._screen_built
                and self.ready_at is None
                and (watched is page or page.isAncestorOf(watched))
                and not self._loading(page)
            ):
                self.ready_at = now
                self._application.removeEventFilter(self)
                QTimer.singleShot(0, self.ready.emit)
        return False

    @staticmethod
    def _loading(page: QWidget) -> bool:
        is_loading = getattr(page, "is_loading", None)
        return bool(is_loading()) if callable(is_loading) else False

    def milliseconds(self) -> tuple[float, float]:
        assert self.first_paint is not None
        assert self.ready_at is not None
        return (self.first_paint - self._start) * 1000, (self.ready_at - self._start) * 1000


def _give_up(application: QApplication) -> None:
    print("Fout: het hoofdvenster verscheen niet met zijn gegevens.", file=sys.stderr)
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
    times (see ``timings_line``) on stderr.
    """
    application = create_application(argv)
    install_translators(application)
    crash_reporter = CrashReporter()
    crash_reporter.install()
    launcher = Launcher(db)
    # Until the main window is up, closing the first-use dialog must not end the program.
    application.setQuitOnLastWindowClosed(False)
    launcher.ended.connect(application.exit)
    launcher.main_window_shown.connect(lambda: application.setQuitOnLastWindowClosed(True))
    if start_warning:
        launcher.main_window_shown.connect(lambda: launcher.show_start_warning(start_warning))
    if exit_when_shown or timings:
        probe = StartupProbe(application)
        launcher.main_window_shown.connect(
            lambda: probe.watch(launcher.main_window) if launcher.main_window else None
        )

        def report() -> None:
            if timings:
                first_paint_ms, ready_ms = probe.milliseconds()
                print(timings_line(first_paint_ms, ready_ms, peak_memory_mb()), file=sys.stderr)
            if exit_when_shown:
                application.exit(0)

        probe.ready.connect(report)
        if exit_when_shown:
            # A start that never gets there (a dialog waiting for an answer) must not
            # hang whoever is timing it.
            QTimer.singleShot(READY_TIMEOUT_MS, lambda: _give_up(application))
    QTimer.singleShot(0, launcher.start)
    try:
        return application.exec()
    finally:
        crash_reporter.uninstall()


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
