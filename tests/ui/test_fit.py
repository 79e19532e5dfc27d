"""Every screen fits a 1024x600 laptop, in English and in French: each page and each tab of
the main window, walked in one window; every text that does not fit its widget (and has no
tooltip to read it whole), every column without a header and every table whose columns run
off the right edge is reported at once, with the page and tab where it is."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyleOptionComboBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.demo import create_demo
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store.engine import Store
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.i18n import Translators
from oco_desktop.ui.main_window import MainWindow
from oco_desktop.ui.tasks import executor
from oco_desktop.ui.widgets import fit
from oco_desktop.ui.widgets.fit import (
    RoomForAccents,
    WholeRowsTree,
    fit_columns,
    fit_combo,
    give_room_for_accents,
    share_width,
)
from tests.ui.fit_walk import Misfit, misfits
from tests.ui.test_french import TS_FILE, _lrelease

SMALL = QSize(1024, 600)
COMMON = QSize(1366, 768)  # the most common laptop screen


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("translations")
    subprocess.run(
        [_lrelease(), "-silent", str(TS_FILE), "-qm", str(folder / "oco_desktop_fr.qm")],
        check=True,
    )
    return folder


def _base_style_name(qapp) -> str:
    style = qapp.style()
    return style.baseStyle().name() if isinstance(style, RoomForAccents) else style.name()


def _restore_style(qapp, was_roomy: bool, name: str) -> None:
    qapp.setStyle(name)
    if was_roomy:
        give_room_for_accents(qapp)


@pytest.fixture
def app_style(qapp) -> Iterator[None]:
    """The application's style as the app sets it up (room for accents on tab titles), whatever
    an earlier test in this process left installed; that state is put back afterwards."""
    was_roomy, name = isinstance(qapp.style(), RoomForAccents), _base_style_name(qapp)
    give_room_for_accents(qapp)
    yield
    _restore_style(qapp, was_roomy, name)


@pytest.fixture
def qt_own_style(qapp) -> Iterator[None]:
    """Qt's own style, without the app's room for accents, even when an earlier test in this
    process (one that built the app) installed it."""
    was_roomy, name = isinstance(qapp.style(), RoomForAccents), _base_style_name(qapp)
    qapp.setStyle(name)
    assert not isinstance(qapp.style(), RoomForAccents)
    yield
    _restore_style(qapp, was_roomy, name)


@pytest.fixture(params=["en", "fr"])
def language(request, qapp, compiled, app_style) -> Iterator[str]:
    translators = Translators(QApplication.instance(), compiled)
    translators.install(request.param)
    yield request.param
    translators.install("en")


@pytest.fixture
def demo_store(tmp_path, language) -> Iterator[Store]:
    # New Caledonia for French: the French names of offices, positions and people
    member = "NC" if language == "fr" else "TO"
    store = create_demo(DataPaths(tmp_path / "demo"), member_code=member, language=language)
    yield store
    store.close()


def _settle(qtbot) -> None:
    executor().wait_for_done()
    qtbot.waitUntil(lambda: executor().pending == 0)
    qtbot.wait(10)


def _outer_tabs(container: QWidget) -> list[QTabWidget]:
    """The tab widgets of `container` that are not inside another of its tab widgets."""
    found = []
    for tabs in container.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not container and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is container:
            found.append(tabs)
    return found


def _walk(qtbot, window: QWidget, container: QWidget, where: str) -> Iterator[Misfit]:
    tab_widgets = _outer_tabs(container)
    if not tab_widgets:
        yield from misfits(window, where)
    for tabs in tab_widgets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(qtbot)
            tab = tabs.tabText(index).replace("&", "")
            yield from _walk(qtbot, window, tabs.widget(index), f"{where} > {tab}")


def walk_small_window(qtbot, window: MainWindow, size: QSize = SMALL) -> list[Misfit]:
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    found: set[Misfit] = set()
    if window.width() > size.width() or window.height() > size.height():
        found.add(
            Misfit(
                "window",
                "MainWindow",
                window.windowTitle(),
                f"cannot shrink to {size.width()}x{size.height()} "
                f"(it is {window.width()}x{window.height()})",
            )
        )
    for row, spec in enumerate(window.specs):
        window.sidebar.setCurrentRow(row)
        _settle(qtbot)
        page = window.stack.currentWidget()
        found.update(_walk(qtbot, window, page, spec.translated_title()))
        if window.width() > size.width() or window.height() > size.height():
            found.add(
                Misfit(
                    spec.translated_title(),
                    "MainWindow",
                    "",
                    f"this page makes the window {window.width()}x{window.height()}",
                )
            )
    return sorted(found)


def test_every_page_and_tab_fits_1024x600_and_1366x768(qtbot, language, demo_store):
    window = MainWindow(AppContext.open(demo_store, language))
    qtbot.addWidget(window)

    for size in (SMALL, COMMON):
        found = walk_small_window(qtbot, window, size)

        assert window.size() == size
        assert not found, (
            f"{len(found)} things do not fit at {size.width()}x{size.height()} ({language}):\n"
            + "\n".join(map(str, found))
        )


def test_the_secretariat_window_fits_1024x600_in_french(qtbot, compiled, app_style, tmp_path):
    """The Secretariat's own tabs (regional overview, quarantine, conflicts), in the longer
    language."""
    translators = Translators(QApplication.instance(), compiled)
    translators.install("fr")
    store = initialise(DataPaths(tmp_path / "sec"), SetupRequest(Role.SECRETARIAT, language="fr"))
    try:
        window = MainWindow(AppContext.open(store, "fr"))
        qtbot.addWidget(window)
        found = walk_small_window(qtbot, window)
        assert not found, "Does not fit at 1024x600 (Secretariat):\n" + "\n".join(map(str, found))
    finally:
        store.close()
        translators.install("en")


def test_the_walk_finds_what_does_not_fit(qtbot):
    """A clipped label, a clipped combo, a header wider than its column, a column without a
    header and a table wider than its view: each is reported; with tooltips the texts pass."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("probe")
    layout = QVBoxLayout(window)
    row = QHBoxLayout()
    label = QLabel("A label far too long for the forty pixels it is given")
    label.setFixedWidth(40)
    combo = QComboBox()
    combo.addItem("All offices (544/972 assessed) and more")
    combo.setFixedWidth(90)
    row.addWidget(label)
    row.addWidget(combo)
    layout.addLayout(row)
    model = QStandardItemModel(2, 6)
    # titles too long for all to fit: a cut one with a tooltip is then allowed
    model.setHorizontalHeaderLabels(
        ["Formation en ligne", "", "Candidatures jusqu'au", "Places prises", "Places libres", "F"]
    )
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 30)
    for column in range(2, 6):
        table.horizontalHeader().resizeSection(column, 120)
    layout.addWidget(table)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)

    found = misfits(window, "probe")
    why = {(m.text, m.why.split(" ")[0]) for m in found}

    assert (label.text(), "needs") in why
    assert (combo.currentText(), "needs") in why
    assert ("Formation en ligne", "header") in why
    assert ("column 1", "a") in why
    assert any(m.why.startswith("the columns need") for m in found)

    label.setToolTip(label.text())
    combo.setToolTip(combo.currentText())
    model.setHeaderData(0, Qt.Orientation.Horizontal, "Formation en ligne", Qt.ToolTipRole)
    texts = {m.text for m in misfits(window, "probe")}
    assert not texts & {label.text(), combo.currentText(), "Formation en ligne"}


def test_share_width_narrows_the_widest_columns_first():
    assert share_width([100, 50], [40, 40], 200) == [100, 50]
    assert share_width([300, 60, 50], [80, 60, 50], 250) == [140, 60, 50]
    assert share_width([300, 200], [150, 150], 200) == [150, 150]  # the floors win


class ShownTips:
    """Stands in for QToolTip in the fit helpers: the texts they show."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def showText(self, _pos, text, _widget=None) -> None:
        self.texts.append(text)

    def hover(self, widget: QWidget, at: QPoint) -> str:
        self.texts.clear()
        QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at)))
        return self.texts[-1] if self.texts else ""


@pytest.fixture
def tips(monkeypatch) -> ShownTips:
    shown = ShownTips()
    monkeypatch.setattr(fit, "QToolTip", shown)
    return shown


def test_a_cut_cell_and_a_cut_header_show_their_whole_text(qtbot, tips):
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Candidatures jusqu'au", "Objet"])
    model.setItem(0, 0, QStandardItem("Direction régionale des douanes de Nouméa"))
    model.setItem(0, 1, QStandardItem("Court"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view, stretch=1)
    view.resize(160, 120)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) < 100)

    header = view.horizontalHeader()
    first = view.visualRect(model.index(0, 0)).center()
    second = view.visualRect(model.index(0, 1)).center()
    assert tips.hover(view.viewport(), first) == ("Direction régionale des douanes de Nouméa")
    assert tips.hover(view.viewport(), second) == ""  # shown whole: no tooltip
    at = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    assert tips.hover(header.viewport(), at) == "Candidatures jusqu'au"
    assert header.length() <= view.viewport().width()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip shown
def test_a_fitted_combo_tells_its_choice_after_a_silent_fill(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    tip = fit_combo(combo, 10)
    combo.blockSignals(True)
    combo.addItems(["Tous les bureaux (34/59 évalués)", "Aéroport de Nouméa-La Tontouta"])
    combo.setCurrentIndex(1)
    combo.blockSignals(False)
    QApplication.sendEvent(combo, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), QPoint(2, 2)))

    assert combo.toolTip() == "Aéroport de Nouméa-La Tontouta"
    assert combo.minimumSizeHint().width() < combo.fontMetrics().horizontalAdvance(combo.toolTip())
    combo.resize(combo.minimumSizeHint())
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    assert option.currentText == "Aéroport de Nouméa-La Tontouta"  # Qt's combo would clip it
    assert tip.shown_text(option).endswith("…")


def test_an_accent_cut_off_an_unselected_tab_is_found(qtbot, qapp, qt_own_style):
    """Qt's own style clips the accent of "Évaluations" on an unselected tab; the app's style
    gives it room."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for title in ("Organisation", "Évaluations"):
        tabs.addTab(QWidget(), title)
    tabs.show()
    qtbot.waitExposed(tabs)

    cut = [m for m in misfits(tabs, "probe") if m.text == "Évaluations"]
    assert cut and "unselected" in cut[0].why

    give_room_for_accents(qapp)
    assert not [m for m in misfits(tabs, "probe") if m.text == "Évaluations"]


def test_the_programme_tree_shows_no_half_row_at_its_bottom(qtbot):
    model = QStandardItemModel()
    for number in range(40):
        model.appendRow(QStandardItem(f"P1.{number} an activity of the programme"))
    tree = WholeRowsTree()
    qtbot.addWidget(tree)
    tree.setModel(model)
    tree.setUniformRowHeights(True)
    tree.show()
    row = tree.sizeHintForRow(0)
    chrome = tree.height() - tree.viewport().height()
    tree.resize(300, chrome + 6 * row + row // 2)  # room for six rows and a half
    qtbot.waitUntil(lambda: tree.viewport().height() == 6 * row + row // 2)

    image = tree.viewport().grab().toImage()
    below = 6 * row + 2  # inside the half row's place: nothing drawn there
    base = tree.palette().color(tree.viewport().backgroundRole()).rgb()
    assert {image.pixel(x, below) for x in range(0, image.width(), 3)} == {base}
    texts_drawn = {image.pixel(x, y) for x in range(0, 120) for y in range(row * 5, row * 6)}
    assert len(texts_drawn) > 1  # the sixth row, whole, is drawn
