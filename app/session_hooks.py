"""Listeners the layers above install on every session factory of app.db.Database.

The service layer installs its audit trail and complaint versions here
(app/services/__init__.py), so app/db.py needs nothing from the services. Plain Python
without SQLAlchemy: the start-up shell imports light service modules before its first paint.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

Hook = Callable[[Any], None]  # given a sqlalchemy.orm.sessionmaker

_hooks: list[Hook] = []
# Factories already made; a hook added later is installed on these too, so no Database
# misses the audit trail because it was opened before the services were imported.
_factories: weakref.WeakSet[Any] = weakref.WeakSet()


def add(hook: Hook) -> None:
    """Install ``hook`` on every session factory, made or still to come (once)."""
    if hook in _hooks:
        return
    _hooks.append(hook)
    for factory in list(_factories):
        hook(factory)


def attach(factory: Any) -> None:
    """Called by Database for its session factory."""
    for hook in _hooks:
        hook(factory)
    _factories.add(factory)
