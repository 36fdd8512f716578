"""The layers rule: models, services, reports and database code never import Qt."""

from __future__ import annotations

import subprocess
import sys


def test_models_services_and_reports_do_not_import_qt() -> None:
    code = (
        "import pkgutil, importlib, sys\n"
        "import app.db, app.migrate, app.models, app.services, app.reports\n"
        "import app.storage_errors, app.atomic_files\n"
        "for package in (app.models, app.services, app.reports):\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "", f"Qt imported below the UI: {result.stdout}"
