"""Moving data in and out: the register import wizard (app.ui.io.import_wizard); its work
runs off the GUI thread as an ``app.ui.ops.Op``."""
