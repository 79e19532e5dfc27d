"""Qt stays in oco_desktop/ui/ (and the composition root app.py): the core never imports it."""

from __future__ import annotations

import ast
import subprocess
import sys
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
        "store": {"sync", "reports", "ui", "cli", "app"},
        "sync": {"reports", "ui", "cli", "app"},
        "reports": {"sync", "ui", "cli", "app"},
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
        f"assert app._unlock(DataPaths(pathlib.Path({str(paths.root)!r})));"
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
