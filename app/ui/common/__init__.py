"""Helpers every screen shares: how values are shown (``display``), callbacks that do not
keep their dialog alive (``weak``), the read-only list table (``tables``) and a dialog's
accept/cancel buttons (``buttons``)."""
