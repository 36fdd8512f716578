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


# ----- services compose public rules, never another module's private helpers -----------------

SERVICES = APP / "services"


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _owner(module: str) -> str:
    """The unit whose private names a module may use: the module itself, or for a module
    of a package inside app/services (register_io, woo) that whole package."""
    parts = module.split(".")
    return ".".join(parts[:3])


def private_reaches(root: Path = APP) -> list[str]:
    """Every place a module of app/services uses a private name (``_name``) of another
    service module: imports it, calls ``OtherService._name`` or ``OtherService(…)._name``,
    ``instance._name`` on an instance of another module's class, or ``module._name``."""
    found = []
    for path in sorted((root / "services").rglob("*.py")):
        name = _module_name(path, root)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        imported: set[str] = set()  # names bound to another service module's objects
        modules: set[str] = set()  # names bound to another service module
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                if not _within(base, "app.services") or _owner(base) == _owner(name):
                    continue
                for alias in node.names:
                    if _private(alias.name):
                        found.append(f"{name} imports {base}.{alias.name}")
                    inside = root.parent.joinpath(*base.split("."), alias.name)
                    is_module = inside.with_suffix(".py").exists() or inside.is_dir()
                    (modules if is_module else imported).add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if _within(alias.name, "app.services") and _owner(alias.name) != _owner(name):
                        modules.add(alias.asname or alias.name)
        instances = {
            target.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id in imported
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and _private(node.attr)):
                continue
            value = node.value
            if isinstance(value, ast.Name) and value.id in modules | imported | instances:
                found.append(f"{name}:{node.lineno} uses {value.id}.{node.attr}")
            elif isinstance(value, ast.Attribute) and ast.unparse(value) in modules:
                found.append(f"{name}:{node.lineno} uses {ast.unparse(value)}.{node.attr}")
            elif (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id in imported
            ):
                found.append(f"{name}:{node.lineno} uses {value.func.id}(…).{node.attr}")
    return found


def test_no_service_reaches_into_another_service_modules_private_names() -> None:
    assert private_reaches() == []


def test_the_private_check_finds_each_way_of_reaching_in(tmp_path: Path) -> None:
    services = tmp_path / "app" / "services"
    (services / "woo").mkdir(parents=True)
    for init in (tmp_path / "app", services, services / "woo"):
        (init / "__init__.py").write_text("")
    (services / "workflow.py").write_text("class WorkflowService: ...\ndef _move(): ...\n")
    (services / "woo" / "grounds.py").write_text("def _ground(): ...\n")
    (services / "woo" / "check.py").write_text(
        "from app.services.woo.grounds import _ground\n"  # inside one package: allowed
    )
    (services / "clusters.py").write_text(
        "from app.services import workflow\n"
        "from app.services.workflow import WorkflowService, _move\n"
        "import app.services.letters\n"
        "def decide(db, user, session):\n"
        "    flow = WorkflowService(db, user)\n"
        "    flow._done(session)\n"
        "    WorkflowService(db, user)._move(session)\n"
        "    WorkflowService._profile(session)\n"
        "    workflow._move()\n"
        "    app.services.letters._layout()\n"
        "    self._own()\n"
    )
    assert private_reaches(tmp_path / "app") == [
        "app.services.clusters imports app.services.workflow._move",
        "app.services.clusters:6 uses flow._done",
        "app.services.clusters:7 uses WorkflowService(…)._move",
        "app.services.clusters:8 uses WorkflowService._profile",
        "app.services.clusters:9 uses workflow._move",
        "app.services.clusters:10 uses app.services.letters._layout",
    ]
