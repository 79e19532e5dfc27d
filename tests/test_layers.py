"""The import rules of docs/ARCHITECTURE.md: Qt stays in oco_desktop/ui/ (and the composition
root app.py); imports only point down the layers; the window talks to services, not to the
store or the sync format; no two modules import each other, even through others; and what
the window needs before its first paint stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "oco_desktop"
QT_ALLOWED = {"app.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_import_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or str(relative) in QT_ALLOWED:
            continue
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_lower_layers_do_not_import_upper_ones():
    rules = {
        "domain": {"store", "sync", "reports", "services", "ui", "cli", "app"},
        "store": {"sync", "reports", "services", "ui", "cli", "app"},
        "sync": {"reports", "services", "ui", "cli", "app"},
        "reports": {"store", "sync", "services", "ui", "cli", "app"},
        "services": {"ui", "cli", "app"},
    }
    offenders = []
    for layer, forbidden in rules.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                parts = name.split(".")
                if parts[0] == "oco_desktop" and len(parts) > 1 and parts[1] in forbidden:
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _run_time_imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import that runs: at module level and inside functions and classes, but not in
    an `if TYPE_CHECKING:` block (annotations only; its `else:` does run)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield from _run_time_imports(ast.Module(body=[child], type_ignores=[]))
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        yield from _run_time_imports(node)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _import_graph() -> dict[str, set[str]]:
    """Module -> the oco_desktop modules it imports at run time. `from package import name`
    counts as importing the submodule `package.name` when there is one, else the package
    itself (its __init__); importing a submodule is not counted as importing its parents."""
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _run_time_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, base] if base else parent)
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in paths else base
                    for alias in node.names
                ]
            for target in targets:
                while target and target not in paths:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each given as one
    cycle through all of it, so the message shows how the modules reach each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(_a_cycle_through(sorted(component), graph))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _a_cycle_through(component: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A path from the component's first module back to itself, inside the component."""
    inside, start = set(component), component[0]
    came_from: dict[str, str] = {}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(graph[node] & inside):
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if target not in came_from:
                came_from[target] = node
                queue.append(target)
    return component


def test_the_import_graph_finds_a_cycle_and_a_type_only_import():
    """The checks below can fail: a made-up cycle is found, a TYPE_CHECKING import is not
    counted, an import inside a function is."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c", "a"]]
    code = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import hidden_for_types\n"
        "def later():\n    import inside_a_function\n"
    )
    names = {alias.name for n in _run_time_imports(ast.parse(code)) for alias in n.names}
    assert names == {"TYPE_CHECKING", "inside_a_function"}


def test_no_import_cycles():
    """No module imports itself through others, at module level or inside a function: the
    shared piece goes down a layer or into its own module instead."""
    cycles = _cycles(_import_graph())
    assert cycles == [], "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_window_talks_to_services_not_to_the_store_or_the_sync_format():
    """ui/ reaches the data through services (types aside, under TYPE_CHECKING); only the
    composition root app.py opens the store itself."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in _run_time_imports(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            for name in names:
                parts = name.split(".")
                if parts[0] == "oco_desktop" and len(parts) > 1 and parts[1] in {"store", "sync"}:
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} imports {name}")
    assert offenders == []


def test_importing_the_cli_and_services_loads_no_qt():
    code = (
        "import sys, oco_desktop.cli, oco_desktop.services.setup, oco_desktop.services.backups;"
        "import oco_desktop.services.dashboard, oco_desktop.services.health;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_window_first_paint_needs_no_sqlalchemy():
    """What the window imports before the store opens must not pull in SQLAlchemy (nor the
    other large libraries): that is what lets it paint in a fraction of the old time."""
    code = (
        "import sys, oco_desktop.cli, oco_desktop.app;"
        "heavy = ('sqlalchemy', 'alembic', 'openpyxl', 'reportlab', 'cryptography');"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_unlocking_before_the_first_paint_needs_no_sqlalchemy(tmp_path):
    """The passphrase comes before the window, and must not bring the store's modules with it
    (demo data and OCO_DESKTOP_PASSPHRASE open without the dialog)."""
    from oco_desktop.paths import DataPaths
    from oco_desktop.store import crypt

    paths = DataPaths(tmp_path / "data")
    crypt.install_secret(paths, crypt.new_secret(crypt.DEMO_PASSPHRASE, demo=True))
    paths.database.write_bytes(b"")
    code = (
        "import sys, pathlib, oco_desktop.cli, oco_desktop.app as app;"
        "from oco_desktop.paths import DataPaths;"
        f"assert app.unlock_before_window(DataPaths(pathlib.Path({str(paths.root)!r})));"
        "heavy = ('sqlalchemy', 'alembic', 'openpyxl', 'reportlab', 'keyring');"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_language_module_is_below_every_layer():
    """domain, store, sync, reports, services and the command line all translate through
    oco_desktop/language.py, so it may import nothing of theirs (only paths, for resources/)."""
    app_modules = {
        name.split(".")[1]
        for name in _imports(PACKAGE / "language.py")
        if name.startswith("oco_desktop.")
    }
    assert app_modules <= {"paths"}
    code = (
        "import sys, oco_desktop.language;"
        "print(sorted(m for m in sys.modules if 'oco_desktop.' in m))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['oco_desktop.language']"


def test_every_page_of_the_window_loads_without_the_file_libraries():
    """openpyxl and ReportLab (about 260 modules, 15 MiB) are loaded when a workbook or a PDF
    is written or read, not because a page that can do so was built at start-up."""
    code = (
        "import sys, importlib, pkgutil, oco_desktop.ui.main_window, oco_desktop.ui.pages as pages;"
        "[importlib.import_module(m.name) for m in pkgutil.walk_packages(pages.__path__, "
        "'oco_desktop.ui.pages.')];"
        "heavy = ('openpyxl', 'reportlab', 'PIL');"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
