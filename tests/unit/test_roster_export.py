"""The import template and the roster export: readable by people, read back by the importer."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services import audit
from oco_desktop.services.roster import export as roster_export
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.import_ import RowStatus, apply_import, preview_import
from oco_desktop.services.roster.staff import StaffDraft

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def actor():
    return audit.make_actor("Mele Tupou", os_user="tester")


@pytest.fixture
def three_people(store, actor):
    roster.create_staff(store, StaffDraft("TO-1", "Sēini Tuʻipulotu", "F", 1985, 2009), actor)
    roster.create_staff(store, StaffDraft("TO-2", '=HYPERLINK("x")', "M", 1980, 2000), actor)
    left = roster.create_staff(store, StaffDraft("TO-3", "Hélène Moulin", None, 1970), actor)
    roster.mark_left(store, left.id, dt.date(2024, 1, 31), actor, today=TODAY)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_template_has_a_staff_sheet_and_an_explanation_sheet(tmp_path, language):
    path = tmp_path / f"template-{language}.xlsx"
    roster_export.write_template(path, language)
    book = openpyxl.load_workbook(path)
    staff, notes = book.worksheets
    headers = [c.value for c in staff[1]]
    assert headers == roster_export.headers_for(language)
    assert staff.max_row == 1 or all(c.value is None for c in staff[2])
    explained = {row[0] for row in notes.iter_rows(values_only=True)}
    assert set(headers) <= explained
    lists = {dv.formula1 for dv in staff.data_validations.dataValidation}
    assert '"T1,T2,T3,T4"' in lists
    assert ('"F,H,X,U"' if language == "fr" else '"F,M,X,U"') in lists


def test_a_filled_in_french_template_imports(store, tmp_path, actor):
    path = tmp_path / "modele.xlsx"
    roster_export.write_template(path, "fr")
    book = openpyxl.load_workbook(path)
    book.worksheets[0].append(["TO-9", "Éloïse Maréchal", "F", 1988, 2010, None, None, None,
                               "Parti", dt.datetime(2025, 3, 1)])  # fmt: skip
    book.save(path)
    preview = preview_import(store, path, today=TODAY)
    assert preview.sheet == "Personnel"
    assert [r.status for r in preview.rows] == [RowStatus.NEW]
    apply_import(store, preview, actor, today=TODAY)
    row = roster.search_staff(store).rows[0]
    assert (row.full_name, row.status, row.left_on) == (
        "Éloïse Maréchal",
        "left",
        dt.date(2025, 3, 1),
    )


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("roster.xlsx", "en"),
        ("roster.csv", "en"),
        ("personnel.xlsx", "fr"),
        ("personnel.csv", "fr"),
    ],
)
def test_an_export_imports_back_unchanged(store, tmp_path, three_people, name, language):
    result = roster_export.export_roster(store, tmp_path / name, language=language)
    assert result.rows == 3
    preview = preview_import(store, tmp_path / name, today=TODAY)
    assert preview.counts == {"new": 0, "updated": 0, "unchanged": 3, "error": 0}, preview.rows


def test_csv_export_is_utf8_with_bom_and_guards_formula_text(store, tmp_path, three_people):
    path = tmp_path / "roster.csv"
    roster_export.export_roster(store, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Staff number", "Full name", "Sex"]
    names = [r[1] for r in rows[1:]]
    assert "Sēini Tuʻipulotu" in names
    assert '\'=HYPERLINK("x")' in names
    assert ["TO-3", "Hélène Moulin", "", "1970", "", "", "", "", "Left", "2024-01-31"] in rows


def test_xlsx_export_stores_text_as_text_and_dates_as_dates(store, tmp_path, three_people):
    path = tmp_path / "roster.xlsx"
    roster_export.export_roster(store, path)
    sheet = openpyxl.load_workbook(path).active
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert cells["TO-2"][1].data_type == "s"
    assert cells["TO-3"][9].value == dt.datetime(2024, 1, 31)
    assert cells["TO-3"][9].number_format == "DD/MM/YYYY"


def test_export_needs_a_known_extension(store, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInput, match=r"\.xlsx or \.csv"):
        roster_export.export_roster(store, out / "roster.ods")
    assert not list(out.iterdir())


def test_the_exported_workbook_has_labels_typed_cells_and_its_author(store, tmp_path):
    actor = audit.make_actor("Mele Tupou", os_user="tester")
    person = roster.create_staff(
        store, StaffDraft("TO-1", "Sēini Tuʻipulotu", "F", 1985, 2009), actor
    )
    roster.mark_left(store, person.id, dt.date(2024, 1, 31), actor, today=dt.date(2026, 11, 28))
    out = tmp_path / "registre.xlsx"
    roster_export.export_roster(store, out, language="fr")
    book = openpyxl.load_workbook(out)
    assert book.properties.creator == "Tonga"
    assert book.properties.title == "Registre du personnel"
    row = next(book.active.iter_rows(min_row=2))
    assert row[8].value == "Parti"  # the status label in the language asked, not "left"
    assert row[3].data_type == "n" and row[3].value == 1985
    assert row[9].is_date and row[9].value.date() == dt.date(2024, 1, 31)
