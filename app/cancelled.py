"""The one exception that stops long work the user asked to stop.

It lives outside the layers (models, services, reports and the UI all raise or catch it), so
that a report, an import or an export is stopped the same way: the progress callback that a
background operation hands to its work raises it once the user pressed "Stoppen"."""

from __future__ import annotations


class Cancelled(Exception):
    """The user stopped the work; whatever it wrote was rolled back or removed."""
