"""Callbacks that do not keep their dialog alive.

A message box keeps its callbacks until it is deleted. If a callback held the dialog that
owns the box, the dialog could end up being deleted from inside the box's own deletion (when
Python holds the dialog's last reference), which crashes. A weak callback avoids that cycle.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any


def weak_callback(method: Callable[..., Any], *args: object) -> Callable[[], None]:
    """Call the bound ``method`` with ``args`` if its object still exists."""
    reference = weakref.WeakMethod(method)  # type: ignore[arg-type]

    def call() -> None:
        bound = reference()
        if bound is not None:
            bound(*args)

    return call
