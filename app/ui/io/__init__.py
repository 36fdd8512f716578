"""Moving data in and out: the register import wizard (app.ui.io.import_wizard) and the
background jobs every screen uses (app.ui.io.jobs, app.ui.io.loading)."""
