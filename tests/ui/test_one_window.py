"""One window per data folder: a second start says so, brings the first forward, exits 3."""

from __future__ import annotations

import os
import subprocess
import sys

from oco_desktop import app
from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store import locks
from oco_desktop.ui import one_window
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.one_window import ask_first_window_forward


def test_a_second_window_on_the_same_data_is_refused_and_brings_the_first_forward(
    qtbot, tmp_path, monkeypatch
):
    paths = DataPaths(tmp_path / "data")
    initialise(paths, SetupRequest(Role.MEMBER, "TO", "Nukuʻalofa HQ", "Tongatapu")).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("OCO_DESKTOP_DATA_DIR", None)
    first = subprocess.Popen(
        [sys.executable, "-m", "oco_desktop", "--data-dir", str(paths.root)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # The first window answers once its event loop runs.
        qtbot.waitUntil(lambda: (paths.root / "oco-desktop.raise").exists(), timeout=60_000)
        assert ask_first_window_forward(paths, wait=60)
        told: list[str] = []
        monkeypatch.setattr(messages, "inform", lambda _parent, text, *_a: told.append(text))
        # Were a second window opened anyway, it would quit at once and say 0.
        monkeypatch.setenv(app.QUIT_WHEN_SHOWN_ENV, "1")
        monkeypatch.setattr(one_window, "ANSWER_WAIT_SECONDS", 60)  # a machine under load

        assert app.run_gui(paths, "en") == 3

        assert len(told) == 1
        assert "OCO Desktop is already open on this data" in told[0]
        assert "brought to the front" in told[0]
        assert first.poll() is None  # the first window is untouched
    finally:
        first.terminate()
        first.wait(timeout=60)
    # Once the first window is gone (even killed), the data opens again: the OS dropped its lock.
    assert not locks.window_open_elsewhere(paths)
