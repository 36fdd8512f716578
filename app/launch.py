"""The program's front door: ``interne-klachten [--db URL] [gui]`` paints the window before
the data layer is imported; every other command goes to ``app.cli``.

Kept light on purpose: ``app.cli`` (and the argument parser of all commands) imports
SQLAlchemy and the services, which cost several times a bare window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

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


def run_gui(db_argument: str | None, *, exit_when_shown: bool, timings: bool) -> int:
    """The window's shell first, then the database (``app.cli.open_for_gui``)."""
    from app.ui.startup import run_gui_shell_first

    def open_database():  # type: ignore[no-untyped-def]
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
    from app.logfile import configure_logging

    configure_logging(args.verbose)
    return run_gui(args.db, exit_when_shown=args.exit_when_shown, timings=args.timings)
