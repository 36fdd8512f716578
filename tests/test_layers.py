"""The layers rule: models, services, reports and database code never import Qt, and each
layer imports only the layers below it (ARCHITECTURE.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path


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


APP = Path(__file__).resolve().parent.parent / "app"

# Which top-level packages of app/ (or modules of it) a layer may not import. The foundation
# modules (app/*.py other than the entry points) sit under every layer and import none of them.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "app.models": ("app.services", "app.reports", "app.ui", "app.db", "PySide6"),
    "app.reports": ("app.services", "app.ui", "app.db", "PySide6", "sqlalchemy"),
    "app.services": ("app.ui", "PySide6"),
    "app.db": ("app.services", "app.reports", "app.ui", "app.models", "PySide6"),
    "app.session_hooks": ("app.services", "app.models", "sqlalchemy"),
    "app.ui": ("sqlalchemy", "app.models.base"),
}
# The entry points (the command line, the window, the measuring tools) may import any layer.
ENTRY_POINTS = ("app.cli", "app.cli_", "app.launch", "app.__main__", "app.bench")


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function (lazy imports count)."""
    name = _module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            for alias in node.names:  # "from app import annex3" imports app.annex3
                inside = root.parent.joinpath(*base.split("."), alias.name)
                if inside.with_suffix(".py").exists() or inside.is_dir():
                    found.add(f"{base}.{alias.name}")
    return found


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def layer_violations(root: Path = APP) -> list[str]:
    violations = []
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        name = _module_name(path, root)
        rules = [banned for layer, banned in FORBIDDEN.items() if _within(name, layer)]
        if name.count(".") == 1 and not rules and not name.startswith(ENTRY_POINTS):
            # A foundation module: imports no layer at all.
            rules = [("app.services", "app.reports", "app.ui", "app.models", "PySide6")]
            if name in ("app.storage_errors", "app.migrate"):
                rules = [("app.services", "app.reports", "app.ui", "PySide6")]
        for banned in rules:
            for imported in sorted(_imports(path, root)):
                if any(_within(imported, b) for b in banned):
                    violations.append(f"{name} imports {imported}")
    return violations


def test_each_layer_imports_only_the_layers_below_it() -> None:
    assert layer_violations() == []


def test_the_layer_check_finds_a_new_wrong_import(tmp_path: Path) -> None:
    reports = tmp_path / "app" / "reports"
    reports.mkdir(parents=True)
    (reports / "__init__.py").write_text("")
    (reports / "late.py").write_text(
        "def build():\n    from app.services.report_data import ReportDataService\n"
    )
    ui = tmp_path / "app" / "ui"
    ui.mkdir()
    (ui / "__init__.py").write_text("")
    (ui / "page.py").write_text("from sqlalchemy import select\n")
    (tmp_path / "app" / "db.py").write_text("from app.services import audit\n")
    assert layer_violations(tmp_path / "app") == [
        "app.db imports app.services",
        "app.reports.late imports app.services.report_data",
        "app.ui.page imports sqlalchemy",
    ]
