"""The first second of the GUI, before the data layer exists: the application object, its
translations, the window's shell with "Laden…", and the probe that times the start.

Nothing here may import SQLAlchemy or ``app.services``: importing the data layer costs
several times a bare window, so the shell is painted first and the database is opened just
after that first paint (``run_gui_shell_first``)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

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
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, APP_TITLE, PROCESS_START, __version__
from app.paths import resource_path

if TYPE_CHECKING:
    from app.db import Database

import logging

log = logging.getLogger(__name__)

TRANSLATION_PREFIX = "interne_klachten"  # resources/translations/interne_klachten_<lang>.qm
SOURCE_LANGUAGE = QLocale.Language.Dutch


# ----- application object and translations ----------------------------------------------


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    application = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    application.setOrganizationName(APP_NAME)
    application.setApplicationName(APP_TITLE)
    application.setApplicationVersion(__version__)
    from app.ui.accessibility import install_accessible_names

    install_accessible_names(application)
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
    Returns the locale of the interface. Without ``locale``: the language chosen under
    "Taal / Language" (``app.ui.language``), else Dutch whatever the system's language: the
    users are Dutch civil servants, often on a computer set up in English, and the English
    translation is not complete.
    """
    from app.ui.language import chosen_locale

    locale = locale or chosen_locale()
    ours = QTranslator(application)
    if locale is not None and ours.load(
        locale, TRANSLATION_PREFIX, "_", str(resource_path("translations"))
    ):
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


# ----- PySide6's import hook ----------------------------------------------------------


def _mentions_pyside(module: object) -> bool:
    """Whether a module's source file names PySide6: a byte search in the file."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten_feature_hook() -> bool:
    """PySide6 wraps ``__import__`` to support ``from __feature__ import …`` (which this
    program does not use). For every module imported after PySide6 it asks whether the
    module uses PySide, with ``inspect.getsource``: that tokenises every source file of
    SQLAlchemy and the services into the line cache, about a fifth of the data layer's
    import time. The same answer comes from a byte search in the file. Returns whether
    the hook was found (a later PySide6 may not have it: then nothing changes)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mentions_pyside  # type: ignore[attr-defined]
    return True


# Before anything else of the program is imported: see lighten_feature_hook.
lighten_feature_hook()

from app.ui.main_window import MainWindow  # noqa: E402  (light until ``attach``)

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
    with its data (built, and no longer ``loading`` if the page reads in the background).

    ``ready`` then fires once. The times count from ``app.PROCESS_START``.
    """

    ready = Signal()

    def __init__(self, application: QApplication, start: float = PROCESS_START) -> None:
        super().__init__(application)
        self._application = application
        self._start = start
        self._window: MainWindow | None = None
        self._shell: QWidget | None = None
        self._screen_built = False
        self.first_paint: float | None = None
        self.ready_at: float | None = None
        # What was imported when the first pixels appeared: the shell must not wait for
        # the data layer (checked by a test).
        self.modules_at_first_paint: frozenset[str] = frozenset()

    def watch_shell(self, shell: QWidget) -> None:
        """The first paint may be the shell's, before the main window exists."""
        self._shell = shell
        self._application.installEventFilter(self)

    def watch(self, window: MainWindow) -> None:
        self._window = window
        window.first_screen_ready.connect(self._first_screen_built)
        if self._shell is None:
            self._application.installEventFilter(self)

    def _first_screen_built(self) -> None:
        self._screen_built = True
        if self._window is not None:
            self._window.stack.currentWidget().update()  # a paint to see it by

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        now = time.perf_counter()
        if self.first_paint is None and any(
            shown is not None and (watched is shown or shown.isAncestorOf(watched))
            for shown in (self._shell, self._window)
        ):
            self.first_paint = now
            self.modules_at_first_paint = frozenset(sys.modules)
        window = self._window
        if window is not None and (watched is window or window.isAncestorOf(watched)):
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
        # Screens that read off the GUI thread say so with a ``loading`` property.
        return bool(getattr(page, "loading", False))

    def milliseconds(self) -> tuple[float, float]:
        assert self.first_paint is not None
        assert self.ready_at is not None
        return (self.first_paint - self._start) * 1000, (self.ready_at - self._start) * 1000


# ----- starting ----------------------------------------------------------------------------


class StartRefused(Exception):
    """The database cannot be used; the Dutch reason is the exception's text."""


def _give_up(application: QApplication) -> None:
    print("Fout: het hoofdvenster verscheen niet met zijn gegevens.", file=sys.stderr)
    application.exit(1)


def run_gui_shell_first(
    open_database: Callable[[], tuple[Database, str | None]],
    refused: Callable[[str], int],
    argv: list[str] | None = None,
    *,
    exit_when_shown: bool = False,
    timings: bool = False,
) -> int:
    """Paint the window's shell, then — after that first paint — open the database with
    ``open_database`` (the database and the start-up check's Dutch warning, or
    ``StartRefused``) and hand over to the start-up sequence (``app.ui.application``).

    A refusal ends the event loop first and is then passed to ``refused``, whose result is
    the exit code. ``exit_when_shown`` and ``timings``: see ``app.ui.application.run_gui``.
    """
    application = create_application(argv)
    install_translators(application)
    # Until the main window is up, closing a dialog must not end the program.
    application.setQuitOnLastWindowClosed(False)
    shell = MainWindow()
    shell.closed_while_loading.connect(lambda: application.exit(0))
    probe = StartupProbe(application) if exit_when_shown or timings else None
    if probe is not None:
        probe.watch_shell(shell)
    if exit_when_shown:
        # A start that never gets there (a dialog waiting for an answer) must not hang
        # whoever is timing it.
        QTimer.singleShot(READY_TIMEOUT_MS, lambda: _give_up(application))
    refusal: list[str] = []
    opened: list[Database] = []
    stop_session: list[Callable[[], None]] = []

    def load() -> None:
        if refusal or opened:
            return  # a later paint of the shell
        try:
            db, warning = open_database()
        except StartRefused as error:
            refusal.append(str(error))
            shell.hide()
            application.exit(2)
            return
        opened.append(db)
        from app.ui.application import start_gui

        stop_session.append(
            start_gui(
                application,
                db,
                shell=shell,
                probe=probe,
                start_warning=warning,
                exit_when_shown=exit_when_shown,
                timings=timings,
            )
        )

    shell.shell_painted.connect(load)
    shell.show()
    try:
        code = application.exec()
    finally:
        for stop in stop_session:
            stop()
        for db in opened:
            db.dispose()
    return refused(refusal[0]) if refusal else code
