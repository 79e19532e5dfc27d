"""Named crash points for fault-injection tests: with OCO_DESKTOP_CRASH_AT=<name> the process
dies on the spot (as kill -9 or a power cut would), so tests can prove that every interrupted
import or export leaves the data exactly before or exactly after."""

from __future__ import annotations

import os

CRASH_ENV = "OCO_DESKTOP_CRASH_AT"


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os._exit(137)
