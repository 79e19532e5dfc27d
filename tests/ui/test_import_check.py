"""The faster PySide6 import check answers as PySide6's own does."""

from __future__ import annotations

import json
import sys

import oco_desktop.domain.errors
import oco_desktop.ui.icons
from oco_desktop.ui.import_check import speed_up_pyside_import_check


def test_the_faster_check_is_installed_and_gives_the_same_answers():
    assert speed_up_pyside_import_check()  # installed by importing oco_desktop.ui; idempotent
    feature = sys.modules["shibokensupport.feature"]
    faster = feature._mod_uses_pyside
    original = next(
        cell.cell_contents for cell in faster.__closure__ if callable(cell.cell_contents)
    )
    modules = [oco_desktop.ui.icons, oco_desktop.domain.errors, json, sys]

    assert [faster(m) for m in modules] == [original(m) for m in modules]
    assert [faster(m) for m in modules] == [True, False, False, False]
