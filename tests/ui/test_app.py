from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oco_desktop import app
from oco_desktop.domain.errors import StoreTooNew
from oco_desktop.ui import crash_handler, startup
from oco_desktop.ui.i18n import choose_language, fold_words

ROOT = Path(__file__).resolve().parents[2]

HQ_NAME = "Nukuʻalofa HQ"  # the office the `store` fixture sets up


def test_self_test_window_checks_pages_and_total(qtbot, store, roster):
    from oco_desktop.domain.roster import Sex, Tier

    roster.add(HQ_NAME, Tier.T2, Sex.MALE, 3)
    lines = app.self_test_window(store)

    assert "dashboard shows 3 staff in post" in lines
    assert any(line.startswith("pages: dashboard") for line in lines)


def test_self_test_window_says_what_is_wrong(qtbot, store, monkeypatch):
    from oco_desktop.services import dashboard

    monkeypatch.setattr(dashboard, "staff_summary", lambda *_a: type("S", (), {"total": 99})())
    with pytest.raises(AssertionError, match="shows '0' staff in post; the store holds 99"):
        app.self_test_window(store)


def test_run_gui_refuses_a_newer_data_file_with_exit_code_3(qtbot, store, paths, monkeypatch):
    told = []
    monkeypatch.setattr(startup, "open_installation", _raise_too_new)
    monkeypatch.setattr(startup.DialogStartupUi, "error", lambda _self, text: told.append(text))
    hooks = sys.excepthook

    assert app.run_gui(paths, "en") == 3

    assert told == ["Written by OCO Desktop 9."]
    assert sys.excepthook is hooks  # the crash handler is taken off again


def test_run_gui_shows_a_bug_in_the_crash_dialog(qtbot, store, paths, monkeypatch):
    """The window is up (the data file looked healthy) when building the first page fails."""
    shown = []
    monkeypatch.setattr(
        crash_handler, "show_crash_dialog", lambda m, d, f, _data: shown.append((m, f)) or False
    )

    def broken_attach(_window, _context):
        raise KeyError("dashboard")

    monkeypatch.setattr(app.MainWindow, "attach", broken_attach)

    assert app.run_gui(paths, "en") == 1
    assert shown == [("KeyError: 'dashboard'", paths.log_file)]


def test_run_gui_shows_a_bug_before_any_window_in_the_crash_dialog(
    qtbot, store, paths, monkeypatch
):
    """The data file needs the full opening first (here: the glance declines it)."""
    shown = []
    monkeypatch.setattr(
        crash_handler, "show_crash_dialog", lambda m, d, f, _data: shown.append((m, f)) or False
    )
    monkeypatch.setattr(app, "glance", lambda _database: None)

    def broken_window(_context):
        raise KeyError("dashboard")

    monkeypatch.setattr(app, "MainWindow", broken_window)

    assert app.run_gui(paths, "en") == 1
    assert shown == [("KeyError: 'dashboard'", paths.log_file)]


def test_run_gui_opens_the_store_after_painting_the_window(qtbot, store, paths, monkeypatch):
    """A healthy data file: the window paints first, with the first page still to come, and
    only then is the store opened and the dashboard built."""
    seen_at_opening = []
    real_open = startup.open_installation
    monkeypatch.setattr(
        crash_handler, "show_crash_dialog", lambda m, *_: seen_at_opening.append(m) or False
    )

    def open_installation(p):
        windows = app.QApplication.topLevelWidgets()
        shown = [w for w in windows if isinstance(w, app.MainWindow) and w.isVisible()]
        seen_at_opening.extend((w.attached, w.sidebar.isEnabled()) for w in shown)
        return real_open(p)

    monkeypatch.setattr(startup, "open_installation", open_installation)
    monkeypatch.setenv(app.QUIT_WHEN_READY_ENV, "1")
    gc.unfreeze()

    try:
        assert app.run_gui(paths, "en") == 0
        # settled: what start-up loaded is out of the garbage collector's full collections
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()

    assert seen_at_opening == [(False, False)]


def _raise_too_new(_paths):
    raise StoreTooNew("Written by OCO Desktop 9.")


@pytest.mark.slow
def test_run_gui_cold_start_prints_shown_then_ready_and_exits_0(tmp_path):
    data = tmp_path / "data"
    init = (
        "from pathlib import Path\n"
        "from oco_desktop.paths import DataPaths\n"
        "from oco_desktop.domain.roster import Role\n"
        "from oco_desktop.services.setup import SetupRequest, initialise\n"
        f"initialise(DataPaths(Path({str(data)!r})), SetupRequest(Role.MEMBER, 'WS', 'Apia'))"
        ".close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-c", init], check=True, env=env, cwd=ROOT, timeout=120)
    run = (
        "import sys; from pathlib import Path\n"
        "from oco_desktop.paths import DataPaths\n"
        "from oco_desktop.app import run_gui\n"
        f"sys.exit(run_gui(DataPaths(Path({str(data)!r})), None))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", run],
        env=dict(env, OCO_DESKTOP_QUIT_WHEN_SHOWN="1"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["shown"]
    ready = subprocess.run(
        [sys.executable, "-c", run],
        env=dict(env, OCO_DESKTOP_QUIT_WHEN_READY="1"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ready.returncode == 0, ready.stderr
    assert ready.stdout.split() == ["shown", "ready"]


@pytest.mark.parametrize(
    ("requested", "installation", "expected"),
    [("fr", "en", "fr"), (None, "fr", "fr"), ("en", "fr", "en"), ("fr_FR", None, "fr")],
)
def test_language_argument_then_installation(requested, installation, expected):
    assert choose_language(requested, installation) == expected


def test_language_falls_back_to_the_system_locale(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_NC")))
    assert choose_language(None, None) == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_FJ")))
    assert choose_language(None, None) == "en"


def test_fold_removes_accents_and_case():
    assert fold_words("Îles  Cook") == "iles cook"
    assert fold_words("Wallis-et-Futuna") == "wallis et futuna"
