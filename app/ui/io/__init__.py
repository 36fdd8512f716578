"""Moving data in and out: the register import wizard."""

from app.ui.io.import_wizard import ImportWizard

__all__ = ["ImportWizard"]
