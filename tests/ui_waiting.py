"""Waiting for a screen's off-thread reads in UI tests."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication


def wait_loaded(qtbot: Any, page: Any, timeout: float = 10.0) -> None:
    """Start the page's first read if showing it has not, and wait until its data is in.

    Events are processed without a nested event loop (unlike ``qtbot.waitUntil``), so a
    widget a test closes later is deleted when the test's own loop runs, as before."""
    page.ensure_loaded()
    deadline = time.monotonic() + timeout
    while page.loading:
        assert time.monotonic() < deadline, "the page's first read did not arrive"
        QCoreApplication.processEvents()
        time.sleep(0.002)
