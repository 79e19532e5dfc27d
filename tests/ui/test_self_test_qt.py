"""The Qt checks of `--self-test` say what is missing from a build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from oco_desktop.services.self_test import SelfTestFailure, SelfTestRun
from oco_desktop.ui import self_test


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "resources"
    (folder / "icons").mkdir(parents=True)
    (folder / "translations").mkdir()
    monkeypatch.setattr(self_test, "resources_dir", lambda: folder)
    return folder


@pytest.mark.qt_log_ignore("Cannot read file .*broken.svg")
def test_icons_that_do_not_render_are_named(qtbot, resources: Path, tmp_path: Path) -> None:
    good = Path(self_test.__file__).resolve().parents[2] / "resources" / "icons" / "staff.svg"
    (resources / "icons" / "staff.svg").write_bytes(good.read_bytes())
    assert self_test.check_icons(SelfTestRun(tmp_path)) == "1 SVG icon renders"
    (resources / "icons" / "broken.svg").write_text("not an svg", encoding="utf-8")
    with pytest.raises(SelfTestFailure, match=r"these icons do not render: broken\.svg"):
        self_test.check_icons(SelfTestRun(tmp_path))


def test_a_frozen_build_without_the_french_translation_fails(
    qtbot, resources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "the app's is not built" in self_test.check_translations(SelfTestRun(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(SelfTestFailure, match="this build has no French translation"):
        self_test.check_translations(SelfTestRun(tmp_path))
    (resources / "translations" / "oco_desktop_fr.qm").write_bytes(b"garbage")
    with pytest.raises(SelfTestFailure, match="cannot be loaded"):
        self_test.check_translations(SelfTestRun(tmp_path))
