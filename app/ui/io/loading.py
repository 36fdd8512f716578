"""Reading a screen's data off the GUI thread, the newest request winning: the screens'
``Loader`` is ``app.ui.ops.Reader`` (``load(work, apply, failed)``)."""

from __future__ import annotations

from app.ui.ops import Reader as Loader

__all__ = ["Loader"]
