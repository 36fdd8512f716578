"""Screenshots of the main screens in English (issue 17), offscreen at 1366×768.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_en.py sqlite:////tmp/x.db OUT_DIR

The database needs a user for this login (``init``) and some complaints (``demo``); the
English translation is loaded as if chosen under "Taal / Language"."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


def _settle(application: QApplication, rounds: int = 40) -> None:
    import time

    for _ in range(rounds):
        application.processEvents()
        time.sleep(0.05)


def main(url: str, out: Path) -> int:
    from app.db import Database
    from app.services.identity import load_current_user
    from app.ui.startup import create_application, install_translators

    out.mkdir(parents=True, exist_ok=True)
    application = create_application([sys.argv[0]])
    install_translators(
        application, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    from app.ui.main_window import MainWindow

    db = Database(url)
    user = load_current_user(db)
    assert user is not None, "run `init` for this login first"
    window = MainWindow(db, user)
    window.resize(1366, 768)
    window.show()
    _settle(application)
    for key in ("tasks", "complaints", "dashboard", "admin"):
        if window.show_screen(key):
            _settle(application)
            window.grab().save(str(out / f"en-{key}.png"))
    page = window.register_page
    if page is not None and page.model.rowCount() > 0:
        page.table.selectRow(0)
        detail = page.open_selected()
        if detail is not None:
            detail.resize(1366, 768)
            _settle(application)
            detail.grab().save(str(out / "en-complaint.png"))
            detail.close()
        page.new_complaint()
        _settle(application)
        dialog = page.intake_dialog
        dialog.grab().save(str(out / "en-intake.png"))
        dialog.close()
    window.close()
    db.dispose()
    print("\n".join(sorted(str(path) for path in out.glob("en-*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], Path(sys.argv[2])))
