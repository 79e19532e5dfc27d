"""The pinned Qt binding must not leak references: PySide6 6.12.0 on Python 3.11 aborted the
process ("none_dealloc") after a few thousand calls of methods returning nothing."""

from __future__ import annotations

import os
import subprocess
import sys


def test_many_calls_returning_none_do_not_abort_the_process():
    code = (
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "app = QCoreApplication([])\n"
        "timer = QTimer()\n"
        "for _ in range(200_000):\n"
        "    timer.setSingleShot(True)\n"
        "print('survived')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"
