"""The PySide6 user interface: windows, dialogs and table models. Thin: it calls services,
never builds SQL and never holds a database session."""
