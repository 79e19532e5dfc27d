"""Walk a window the way a reader and a keyboard user meet it: every text a widget shows
(labels, buttons, titles, tabs, headers, menus, placeholders, tooltips, accessible names), and
the English words that must not be left in the French interface."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QWidget,
    QWizard,
)

# English words that are not also French words (no "on", "an", "a", "import", "total"...).
_ENGLISH = """
    the and of to for with from by your you this that these those is are was were be been
    has have had will can cannot not yet all any what which who when where there their its it
    at in into out up than then only each every new edit save saved cancel close find search
    show hide choose name status staff office offices position positions training needs need
    bundle bundles key keys fingerprint women men year years level levels member members
    secretariat backup backups restore file files folder help view quit yes none draft review
    approved submitted assessment assessments assessed competency competencies priority tier
    tiers changes changed never loading refresh dashboard required agreed supervisor sent
    received waiting inbox outbox trust conflicts history overview data offline last
    other stated left added removed unchanged updated rows row column nobody
"""
ENGLISH_WORDS = frozenset(_ENGLISH.split())
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[A-Za-zÀ-ÿ']+")


@dataclass(frozen=True)
class Shown:
    where: str  # widget class, object and the kind of text ("QPushButton text")
    text: str


def _clean(text: str) -> str:
    text = TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    # paths, file names and addresses are data, not wording
    return " ".join(t for t in text.split() if not re.search(r"[/\\@]|\.\w{2,4}$", t))


def english_words(text: str) -> list[str]:
    words = WORD.findall(_clean(text))
    # all-capital short words are codes (TO for Tonga, H for High), not English
    return [w for w in words if w.lower() in ENGLISH_WORDS and not (w.isupper() and len(w) <= 4)]


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator():
        return
    yield Shown(f"{where} action", action.text())
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield Shown(f"{where} action tooltip", action.toolTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        for sub in menu.actions():
            yield from _action_texts(sub, f"{where} > {action.text()}")


def _view_texts(view: QAbstractItemView, where: str, rows: int) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield Shown(f"{where} header", value)
        for row in range(min(rows, model.rowCount())):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield Shown(f"{where} cell", value)


def widget_texts(widget: QWidget, *, rows: int = 3) -> Iterator[Shown]:
    """The texts of `widget` itself (not of its children)."""
    where = _name(widget)
    if isinstance(widget, QLabel):
        yield Shown(f"{where} text", widget.text())
    if isinstance(widget, QAbstractButton):
        yield Shown(f"{where} text", widget.text())
    if isinstance(widget, QGroupBox):
        yield Shown(f"{where} title", widget.title())
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield Shown(f"{where} tab", widget.tabText(index))
            yield Shown(f"{where} tab tooltip", widget.tabToolTip(index))
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield Shown(f"{where} placeholder", widget.placeholderText())
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield Shown(f"{where} item", widget.itemText(index))
    if isinstance(widget, QProgressBar) and widget.isTextVisible():
        yield Shown(f"{where} text", widget.text())
    if isinstance(widget, QListWidget):
        for index in range(widget.count()):
            yield Shown(f"{where} item", widget.item(index).text())
    elif isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget, where, rows)
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            yield from _action_texts(action, f"{where} menu")
    if isinstance(widget, QWizard):
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            yield Shown(f"{where} button", widget.buttonText(button))
    if widget.isWindow():
        yield Shown(f"{where} window title", widget.windowTitle())
    for action in widget.actions():
        yield from _action_texts(action, where)
    yield Shown(f"{where} tooltip", widget.toolTip())
    yield Shown(f"{where} accessible name", widget.accessibleName())
    yield Shown(f"{where} accessible description", widget.accessibleDescription())


def all_texts(root: QWidget, *, rows: int = 3) -> Iterator[Shown]:
    for widget in [root, *root.findChildren(QWidget)]:
        for shown in widget_texts(widget, rows=rows):
            if shown.text.strip():
                yield shown


def english_left(root: QWidget, allowed: Callable[[str], bool] = lambda _t: False) -> list[str]:
    """Each text of `root` that still reads as English, with where it is."""
    found = []
    for shown in all_texts(root):
        words = english_words(shown.text)
        if words and not allowed(shown.text):
            found.append(f"{shown.where}: {shown.text!r} (English: {', '.join(words)})")
    return sorted(set(found))
