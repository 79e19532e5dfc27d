"""The Reports page: choose a report and its options, build it, see its pages, save the PDF
and the spreadsheet; a year without an analysis is told beside the buttons."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from oco_desktop.domain.roster import Sex, Tier
from oco_desktop.services.audit import make_actor
from oco_desktop.services.reports.build import ReportKind
from oco_desktop.services.tna import cycle as tna
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.pages.registry import PAGES
from oco_desktop.ui.pages.reports import ReportsPage

YEAR = dt.date.today().year
ACTOR = make_actor("Test officer", "tester")


def _page(qtbot, store, language: str = "en") -> ReportsPage:
    page = ReportsPage(AppContext.open(store, language))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.kind.count() > 0, timeout=10_000)
    return page


@pytest.fixture
def started(store, roster):
    roster.add("Nukuʻalofa HQ", Tier.T1, Sex.FEMALE, 6)
    roster.add("Neiafu, Vavaʻu", Tier.T3, Sex.MALE, 2)
    return tna.start_cycle(store, YEAR, ACTOR).cycle


def test_the_page_is_in_the_sidebar() -> None:
    assert "reports" in [spec.key for spec in PAGES]


def test_build_preview_then_save_pdf_and_spreadsheet(
    qtbot, store, started, tmp_path, monkeypatch
) -> None:
    page = _page(qtbot, store)
    assert [page.kind.itemData(i) for i in range(page.kind.count())][:2] == [
        ReportKind.TNA.value,
        ReportKind.GENDER.value,
    ]
    assert page.year.value() == YEAR
    page.language.setCurrentIndex(page.language.findData("fr"))
    assert not page.names.isEnabled()
    page.annex.setChecked(True)
    assert page.names.isEnabled()
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert page.preview is not None and page.preview.pages
    shown = [page.pages_layout.itemAt(i).widget() for i in range(page.pages_layout.count())]
    pixmaps = [w.pixmap() for w in shown if w is not None and not w.pixmap().isNull()]
    assert len(pixmaps) == page.preview.page_count
    # fitted to the width of the pane: no sideways scrolling, no wasted room
    room = page.scroll.viewport().width()
    assert room - 40 < pixmaps[0].width() <= room and pixmaps[0].height() > 700
    assert not page.scroll.horizontalScrollBar().isVisible()
    assert not page.open_button.isVisible()  # nothing saved yet
    assert f"{page.preview.page_count} pages" in page.status.text()

    target = tmp_path / "rapport"
    monkeypatch.setattr(page, "ask_save_path", lambda suffix, _f: target.with_suffix(suffix))
    with qtbot.waitSignal(page.saved, timeout=20_000) as saved:
        qtbot.mouseClick(page.save_pdf_button, Qt.MouseButton.LeftButton)
    assert saved.args == [str(target.with_suffix(".pdf"))]
    text = PdfReader(target.with_suffix(".pdf")).pages[0].extract_text()
    assert f"Analyse des besoins de formation {YEAR}" in text
    assert "Saved" in page.status.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert page.open_button.isVisible() and page.open_button.text() == "&Open the PDF"
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target.with_suffix(".pdf")))]

    with qtbot.waitSignal(page.saved, timeout=20_000):
        qtbot.mouseClick(page.save_sheet_button, Qt.MouseButton.LeftButton)
    assert target.with_suffix(".xlsx").stat().st_size > 0


def test_the_programme_progress_report_is_saved_from_the_page(
    qtbot, store, started, tmp_path, monkeypatch
) -> None:
    page = _page(qtbot, store)
    page.kind.setCurrentIndex(page.kind.findData(ReportKind.PROGRESS.value))
    assert page.kind.currentText() == "Programme progress: all activities of Priority 1"
    target = tmp_path / "progress.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda suffix, _f: target)
    with qtbot.waitSignal(page.saved, timeout=20_000):
        qtbot.mouseClick(page.save_pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert f"Programme progress {YEAR}" in text and "P1.3.2" in text


def test_women_have_the_same_colour_in_the_window_and_the_pdfs() -> None:
    from oco_desktop.reports import charts
    from oco_desktop.ui.widgets import sex_bars

    pairs = [
        (sex_bars.WOMEN_COLOUR, charts.FEMALE),
        (sex_bars.MEN_COLOUR, charts.MALE),
        (sex_bars.OTHER_COLOUR, charts.OTHER),
    ]
    for window, pdf in pairs:
        assert window.name() == "#" + pdf.hexval()[2:].lower()


def test_a_year_without_an_analysis_is_told_and_nothing_is_saved(
    qtbot, store, started, tmp_path, monkeypatch
) -> None:
    page = _page(qtbot, store)
    page.year.setValue(2019)
    target = tmp_path / "none.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda suffix, _f: target)
    qtbot.mouseClick(page.save_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2019" in page.status.text(), timeout=10_000)
    assert "no training needs analysis for 2019" in page.status.text()
    assert page.save_pdf_button.isEnabled() and not target.exists()


def test_the_spreadsheet_is_offered_for_the_tna_report_only(qtbot, store, started) -> None:
    page = _page(qtbot, store)
    assert page.save_sheet_button.isEnabled() and page.annex.isVisibleTo(page)
    page.kind.setCurrentIndex(page.kind.findData(ReportKind.GENDER.value))
    assert not page.save_sheet_button.isEnabled()
    assert not page.annex.isVisibleTo(page)


def test_the_dashboard_bar_shows_the_tna_reports_needs_by_priority(qtbot, tmp_path) -> None:
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.demo import create_demo
    from oco_desktop.services.reports.data import tna_report_data
    from oco_desktop.ui.widgets.tna_progress import TnaProgressBox

    demo = create_demo(DataPaths(tmp_path / "demo"), member_code="TO", staff=30, seed=2)
    try:
        box = TnaProgressBox(AppContext.open(demo, "en"))
        qtbot.addWidget(box)
        box.show()
        with qtbot.waitSignal(box.shown, timeout=10_000):
            box.refresh()
        report = tna_report_data(demo, YEAR, shareable=False)
        assert box.bands.counts == report.band_totals
        assert box.bands.isVisible() and sum(box.bands.counts.values()) > 0
        high = report.band_totals["high"]
        assert f"High: {high:,}" in box.bands.accessibleDescription()
    finally:
        demo.close()


def test_the_preview_follows_the_pane_and_the_zoom(qtbot, store, started) -> None:
    pytest.importorskip("pypdfium2")
    page = _page(qtbot, store)
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.build()
    first = page.pages_layout.itemAt(0).widget()

    def fits_the_pane() -> bool:
        return (
            page.scroll.viewport().width() - 40
            < first.pixmap().width()
            <= (page.scroll.viewport().width())
        )

    page.resize(900, 600)  # a smaller window: the pages follow
    qtbot.waitUntil(fits_the_pane)
    page.zoom.setCurrentIndex(page.zoom.findData(2.0))
    a4_at_200 = round(2 * 595 / 72 * page.logicalDpiX())
    assert abs(first.pixmap().width() - a4_at_200) <= 2
    qtbot.waitUntil(page.scroll.horizontalScrollBar().isVisible)
    page.zoom.setCurrentIndex(page.zoom.findData("page"))
    assert first.pixmap().height() <= page.scroll.viewport().height()
    page.zoom.setCurrentIndex(page.zoom.findData("width"))
    qtbot.waitUntil(fits_the_pane)


def test_a_saved_spreadsheet_is_offered_to_open(qtbot, store, started, tmp_path, monkeypatch):
    page = _page(qtbot, store)
    monkeypatch.setattr(page, "ask_save_path", lambda suffix, _f: tmp_path / f"needs{suffix}")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    with qtbot.waitSignal(page.saved, timeout=20_000):
        page.save_sheet()

    assert page.open_button.text() == "&Open the spreadsheet"
    page.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "needs.xlsx"))]
    assert "No program on this computer opened" in page.status.text()  # openUrl failed
