"""Reports and workbooks made in French carry no English left from their catalogue: every
heading, label and sentence comes through the gettext catalogue (issue 21: "Days" in the
regional workbook, the sex codes H/F of the participation list)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from report_world import demo_member, region

from oco_desktop.paths import DataPaths
from oco_desktop.reports.strings import CATALOGUE
from oco_desktop.reports.strings import text as report_text
from oco_desktop.services.people.demo import TEXT
from oco_desktop.services.reports import build as reports
from oco_desktop.services.reports.build import ReportOptions
from oco_desktop.services.setup import open_installation

YEAR = dt.date.today().year
WHEN = dt.datetime(2026, 11, 28, 9, 30)
FRENCH = ReportOptions(lang="fr", annex=True, names=True, exact=True)


def _demo_data_texts() -> list[str]:
    """What the officer typed (here the English demo's plan, indicators and actions): data,
    shown as written in any language."""
    demo = TEXT["en"]
    rows = [*demo["indicators"], *demo["actions"]]
    return [demo["plan"], *(row[1] for row in rows)]


def _english_left(found: str, phrases: bool) -> list[str]:
    """The catalogue's English (phrases of two words or more, or any entry) found in `found`
    where the French differs, data typed by the officer aside."""
    for data in _demo_data_texts():
        found = found.replace(data, " ")
    left = []
    for key in CATALOGUE:
        english, french = report_text("en", key), report_text("fr", key)
        if english == french or "{" in english or (phrases and " " not in english):
            continue
        if re.search(rf"(?<!\w){re.escape(english)}(?!\w)", found):
            left.append(english)
    return left


@pytest.fixture(scope="module")
def member(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("member-fr") / "data"
    demo_member(folder, "TO", 40, seed=3).close()
    opened = open_installation(DataPaths(folder))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def secretariat(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("region-fr")
    sec_dir, _ = region(folder, {"TO": 40, "FJ": 30}, dt.datetime(2026, 11, 20, 10))
    opened = open_installation(DataPaths(sec_dir))
    yield opened
    opened.close()


def _pdf_words(path) -> str:  # type: ignore[no-untyped-def]
    pages = PdfReader(path).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


@pytest.mark.parametrize("kind", ["tna", "gender", "programme", "progress"])
def test_a_french_member_report_has_french_headings_and_no_english_left(member, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    reports.build_report(member, kind, YEAR, out, FRENCH, today=WHEN)
    words = _pdf_words(out)
    assert "Page 1 sur" in words and "Produit le 28 novembre 2026" in words
    assert _english_left(words, phrases=True) == []


def test_the_french_tna_report_has_its_french_headings(member, tmp_path):
    out = tmp_path / "tna.pdf"
    reports.build_report(member, "tna", YEAR, out, FRENCH, today=WHEN)
    words = _pdf_words(out)
    for heading in ("Résumé", "Principaux besoins de formation", "Besoins par priorité"):
        assert heading in words
    for english in ("Summary", "Top training needs", "Needs by priority", "Generated"):
        assert english not in words


def test_the_french_regional_report_and_workbook_have_no_english_header(secretariat, tmp_path):
    out = tmp_path / "region.pdf"
    reports.build_report(secretariat, "regional", YEAR, out, FRENCH, today=WHEN)
    assert _english_left(_pdf_words(out), phrases=True) == []

    book_file = tmp_path / "region.xlsx"
    reports.export_sheet(secretariat, "regional", YEAR, book_file, FRENCH)
    book = load_workbook(book_file, read_only=True)
    headers = [
        cell for sheet in book.worksheets for cell in next(sheet.iter_rows(values_only=True))
    ]
    assert "Jours" in headers and "Days" not in headers
    assert _english_left(" | ".join(str(h) for h in headers), phrases=False) == []


def test_the_french_participation_list_uses_the_french_sex_codes(member, tmp_path):
    out = tmp_path / "participation.xlsx"
    reports.export_sheet(member, "participation", YEAR, out, FRENCH)
    book = load_workbook(out, read_only=True)
    codes: set[str] = set()
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        column = rows[0].index("Sexe")
        codes |= {row[column] for row in rows[1:] if row[column]}
    assert "H" in codes and codes <= {"F", "H", "X", "NC"}, codes

    english = tmp_path / "participation-en.xlsx"
    reports.export_sheet(member, "participation", YEAR, english)
    rows = list(load_workbook(english, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert "M" in {row[rows[0].index("Sex")] for row in rows[1:]}
