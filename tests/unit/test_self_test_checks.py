"""The services half of `--self-test`: each check on real temporary stores, the PDF check, and a
failing check stopping the run with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab

from oco_desktop.language import language
from oco_desktop.services import self_test
from oco_desktop.services.self_test import CheckResult, SelfTestFailure

VERA = Path(reportlab.__file__).resolve().parent / "fonts" / "Vera.ttf"


def test_every_data_check_passes_on_temporary_stores() -> None:
    results: list[CheckResult] = []
    with self_test.temporary_run() as run:
        assert self_test.run_checks(run, results.append)
        folder = run.folder
    assert [r.name for r in results] == [name for name, _ in self_test.CHECKS]
    assert all(r.ok for r in results)
    by_name = {r.name: r.detail for r in results}
    assert "read back by the Secretariat (1 office)" in by_name["sync bundle"]
    assert "24 member administrations" in by_name["reference data"]
    assert by_name["encryption"].startswith("SQLCipher 4.")
    assert not folder.exists()  # nothing left behind


def test_a_failing_check_stops_the_run_and_says_why() -> None:
    def broken(_run: self_test.SelfTestRun) -> str:
        raise SelfTestFailure("the PDF has 0 pages, not 1")

    def never(_run: self_test.SelfTestRun) -> str:
        raise AssertionError("ran after a failure")

    results: list[CheckResult] = []
    with self_test.temporary_run() as run:
        passed = self_test.run_checks(run, results.append, (("pdf", broken), ("after", never)))
    assert not passed
    assert results[-1] == CheckResult("pdf", False, "the PDF has 0 pages, not 1")
    assert results[-1].line() == "FAIL pdf: the PDF has 0 pages, not 1"


def test_an_unexpected_error_keeps_its_kind_for_the_developer() -> None:
    def crashing(_run: self_test.SelfTestRun) -> str:
        raise KeyError("font")

    results: list[CheckResult] = []
    with self_test.temporary_run() as run:
        assert not self_test.run_checks(run, results.append, (("pdf", crashing),))
    assert results[-1].detail == "KeyError: 'font'"


def test_a_failure_reads_in_french(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 21: the check's name, its mark and the failure sentence speak the app's language."""
    monkeypatch.setattr(self_test, "pdf_page_count", lambda _data: 0)
    with self_test.temporary_run() as run:
        english = CheckResult("pdf", False, _failure(self_test.check_pdf, run)).line()
        with language("fr"):
            french = CheckResult("pdf", False, _failure(self_test.check_pdf, run)).line()
            passed = CheckResult("data files", True, "x").line()
    assert english == "FAIL pdf: the PDF has 0 pages, not 1"
    assert french == "ÉCHEC PDF\u00a0: le PDF compte 0 page au lieu d'une"
    assert passed == "ok   fichiers de données\u00a0: x"


def _failure(check: self_test.Check, run: self_test.SelfTestRun) -> str:
    with pytest.raises(SelfTestFailure) as caught:
        check(run)
    return str(caught.value)


def test_the_pdf_embeds_the_shipped_font(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fonts = tmp_path / "resources" / "fonts"
    fonts.mkdir(parents=True)
    (fonts / "Vera-Bold.ttf").write_bytes(VERA.read_bytes())
    (fonts / "Vera.ttf").write_bytes(VERA.read_bytes())
    monkeypatch.setattr(self_test, "resources_dir", lambda: tmp_path / "resources")
    assert self_test.embedded_font() == fonts / "Vera.ttf"
    with self_test.temporary_run() as run:
        detail = self_test.check_pdf(run)
    assert "font Vera.ttf embedded" in detail


def test_pdf_pages_are_counted() -> None:
    data = self_test.render_pdf(None)
    assert data.startswith(b"%PDF-")
    assert self_test.pdf_page_count(data) == 1
    assert self_test.pdf_page_count(b"%PDF-1.4 /Type /Pages /Type /Catalog") == 0
