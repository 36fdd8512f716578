"""The program's front door: ``interne-klachten [--db URL] [gui]`` paints the window before
the data layer is imported; every other command goes to ``app.cli``.

Kept light on purpose: ``app.cli`` (and the argument parser of all commands) imports
SQLAlchemy and the services, which cost several times a bare window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

# Set to 1: the GUI prints its start-up times, as with ``gui --timings``.
ENV_TIMINGS = "INTERNE_KLACHTEN_TIMINGS"


class _NotTheGui(ValueError):
    pass


class _GuiParser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[no-untyped-def]
        raise _NotTheGui(message)


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when ``argv`` asks for the GUI and nothing else; None otherwise (then
    ``app.cli`` parses it, with its help and its error messages)."""
    parser = _GuiParser(add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("command", nargs="?")
    parser.add_argument("--exit-when-shown", action="store_true")
    parser.add_argument("--timings", action="store_true")
    try:
        args, rest = parser.parse_known_args(list(argv))
    except _NotTheGui:
        return None
    if rest or args.command not in (None, "gui"):
        return None
    return args


class _HeldRecords(logging.Handler):
    """Keeps what is logged before the log file is set up (just after the window's first
    paint), to hand it to the log file then."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _log_file_after_first_paint(verbose: bool) -> Callable[[], None]:
    """Hold log records until the returned function sets up the log file: its module,
    ``logging.handlers`` and the platform's folders cost several milliseconds that the
    window's first paint need not wait for. A failure before then still reaches stderr
    (Python prints an uncaught exception there) and, once the file exists, the file."""
    root = logging.getLogger()
    held = _HeldRecords()
    root.addHandler(held)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)

    def set_up() -> None:
        from app.logfile import configure_logging

        root.removeHandler(held)
        configure_logging(verbose)
        for record in held.records:
            if record.levelno >= root.level:
                root.handle(record)
        held.records.clear()

    return set_up


def run_gui(
    db_argument: str | None,
    *,
    exit_when_shown: bool,
    timings: bool,
    set_up_log_file: Callable[[], None] | None = None,
) -> int:
    """The window's shell first, then the log file and the database
    (``app.cli.open_for_gui``)."""
    from app.ui.startup import run_gui_shell_first

    def open_database():  # type: ignore[no-untyped-def]
        if set_up_log_file is not None:
            set_up_log_file()
        from app.cli import open_for_gui

        return open_for_gui(db_argument)

    def refused(message: str) -> int:
        from app.cli import _fail

        return _fail(message, gui=True)

    return run_gui_shell_first(
        open_database,
        refused,
        [sys.argv[0]],
        exit_when_shown=exit_when_shown,
        timings=timings or os.environ.get(ENV_TIMINGS) == "1",
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if list(arguments) == ["--self-test"]:
        from app.cli_self_test import run_self_test

        return run_self_test()
    args = gui_arguments(arguments)
    if args is None:
        from app.cli import main as cli_main

        return cli_main(arguments)
    return run_gui(
        args.db,
        exit_when_shown=args.exit_when_shown,
        timings=args.timings,
        set_up_log_file=_log_file_after_first_paint(args.verbose),
    )
