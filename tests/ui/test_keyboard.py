"""Keyboard-only use and small screens, in English and in French: on every page and tab,
Tab reaches every control and comes back round (no trap), controls have accelerators that do
not clash, symbol-only buttons, tables and unlabelled inputs have accessible names, and the
window fits a 1024x600 netbook screen."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from oco_desktop.paths import DataPaths
from oco_desktop.services.demo import create_demo
from oco_desktop.store.engine import Store
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.i18n import Translators
from oco_desktop.ui.main_window import MainWindow
from oco_desktop.ui.tasks import executor

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "oco_desktop_fr.ts"
SMALL_SCREEN = (1024, 600)
TITLE_AND_TASKBAR = 60  # what a small screen's window frame and task bar take
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("translations")
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    program = str(tool) if tool.exists() else "pyside6-lrelease"
    subprocess.run(
        [program, "-silent", str(TS_FILE), "-qm", str(folder / "oco_desktop_fr.qm")],
        check=True,
    )
    return folder


@pytest.fixture(params=["en", "fr"])
def language(request, qapp, compiled) -> Iterator[str]:
    translators = Translators(QApplication.instance(), compiled)
    translators.install(request.param)
    yield request.param
    translators.install("en")


@pytest.fixture
def window(qtbot, tmp_path, language) -> Iterator[MainWindow]:
    store: Store = create_demo(
        DataPaths(tmp_path / "demo"), member_code="NC", staff=30, language=language
    )
    made = MainWindow(AppContext.open(store, language))
    qtbot.addWidget(made)
    made.resize(*SMALL_SCREEN)
    made.show()
    yield made
    made.close()
    store.close()


def _settle(qtbot) -> None:
    """Until the page or tab just shown has loaded: no work left and every result delivered."""
    qtbot.waitUntil(lambda: executor().pending == 0, timeout=10_000)


def _places(qtbot, window: MainWindow) -> Iterator[str]:
    """Show each page and each tab in turn; yields where we are."""
    for row, spec in enumerate(window.specs):
        window.sidebar.setCurrentRow(row)
        _settle(qtbot)
        page = window.stack.currentWidget()
        tab_sets = page.findChildren(QTabWidget)
        if not tab_sets:
            yield spec.key
            continue
        tabs = tab_sets[0]
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(qtbot)
            yield f"{spec.key} / {tabs.tabText(index).replace('&', '')}"


def _controls(window: MainWindow) -> list[QWidget]:
    page = window.stack.currentWidget()
    return [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not isinstance(widget, QHeaderView)
        and not widget.objectName().startswith("qt_")  # Qt's own parts (table corner button)
        and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)  # their text field
        and widget.isVisible()
        and widget.isEnabled()
    ]


def _label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    return f"{type(widget).__name__} {text or widget.accessibleName()!r}"


def test_tab_reaches_every_control_and_comes_back(qtbot, window):
    problems = []
    for where in _places(qtbot, window):
        window.activateWindow()  # building a page may leave the offscreen window inactive
        if not _activate(qtbot, window):
            problems.append(f"{where}: the window could not be made active")
            continue
        controls = _controls(window)
        refused = [c for c in controls if not c.focusPolicy() & Qt.FocusPolicy.TabFocus]
        problems += [f"{where}: {_label(c)} cannot take focus with Tab" for c in refused]
        window.sidebar.setFocus()
        reached: list[QWidget] = []
        for _ in range(4 * len(controls) + 10):
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            if focused is None:
                problems.append(f"{where}: Tab leaves the window without focus")
                break
            if focused is window.sidebar:
                break
            reached.append(focused)
        else:
            problems.append(f"{where}: Tab never comes back to the page list (a keyboard trap)")
        missed = [c for c in controls if c not in reached and c not in refused]
        problems += [f"{where}: Tab never reaches {_label(c)}" for c in missed]
    assert not problems, "\n".join(problems)


def _activate(qtbot, window) -> bool:
    def active() -> bool:
        window.activateWindow()
        return window.isActiveWindow()

    try:
        qtbot.waitUntil(active, timeout=2000)
    except WaitTimedOut:
        return False
    return True


def _mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_accelerators_are_there_and_do_not_clash(qtbot, window):
    problems = []
    menus = {a.text(): a for a in window.menuBar().actions()}
    for title, menu_action in menus.items():
        inside = [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
        keys = [_mnemonic(t) for t in inside]
        problems += [
            f"menu {title}: {t!r} has no accelerator"
            for t, k in zip(inside, keys, strict=True)
            if not k
        ]
        clashing = {k for k in keys if k and keys.count(k) > 1}
        problems += [f"menu {title}: accelerator {k!r} used twice" for k in sorted(clashing)]
    for where in _places(qtbot, window):
        page = window.stack.currentWidget()
        owners: dict[str, list[str]] = {}
        for text in menus:
            owners.setdefault(_mnemonic(text) or "", []).append(f"menu {text!r}")
        for widget in page.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QAbstractButton) and widget.text():
                text = widget.text()
                symbol_only = not re.search(r"\w", text)
                if not symbol_only and not _mnemonic(text) and not widget.objectName():
                    problems.append(f"{where}: button {text!r} has no accelerator (&)")
                if symbol_only and not widget.accessibleName():
                    problems.append(f"{where}: button {text!r} has no accessible name")
                owners.setdefault(_mnemonic(text) or "", []).append(repr(text))
            elif isinstance(widget, QLabel) and widget.buddy() is not None:
                owners.setdefault(_mnemonic(widget.text()) or "", []).append(repr(widget.text()))
            elif isinstance(widget, QGroupBox) and widget.isCheckable():
                owners.setdefault(_mnemonic(widget.title()) or "", []).append(repr(widget.title()))
            elif isinstance(widget, QTabWidget):
                for index in range(widget.count()):
                    text = widget.tabText(index)
                    owners.setdefault(_mnemonic(text) or "", []).append(f"tab {text!r}")
        problems += [
            f"{where}: accelerator {key!r} clashes: {', '.join(texts)}"
            for key, texts in owners.items()
            if key and len(texts) > 1
        ]
    assert not problems, "\n".join(problems)


def test_tables_and_unlabelled_inputs_have_accessible_names(qtbot, window):
    problems = []
    for where in _places(qtbot, window):
        page = window.stack.currentWidget()
        buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
        for widget in _controls(window):
            if not isinstance(widget, QAbstractItemView | QLineEdit | QComboBox | QPlainTextEdit):
                continue
            if widget not in buddies and not widget.accessibleName():
                problems.append(f"{where}: {type(widget).__name__} has no label and no name")
    assert not problems, "\n".join(problems)


def test_every_page_fits_a_small_screen(qtbot, window):
    for _ in _places(qtbot, window):
        pass  # every page built, so the window's minimum is the largest page's
    needed = window.minimumSizeHint()
    width, height = SMALL_SCREEN
    assert needed.width() <= width and needed.height() <= height - TITLE_AND_TASKBAR, needed
