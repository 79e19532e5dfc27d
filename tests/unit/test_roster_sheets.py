"""The sheets island offices really keep: .ods and .xls saved by LibreOffice, island headers,
dates typed as text, Windows-1252 CSV in which Excel replaced letters by '?', decomposed names.
Each test checks what lands in the store."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from oco_desktop.services import audit
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.import_ import RowStatus, apply_import, preview_import
from oco_desktop.services.roster.staff import StaffDraft
from tests.fixtures import make_island_sheets as island

FIXTURES = Path(__file__).parents[1] / "fixtures"
TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def actor():
    return audit.make_actor("Mele Tupou", os_user="tester")


def _stored(store) -> dict[str, tuple]:
    return {
        r.staff_number: (r.full_name, r.sex, r.birth_year, r.start_year)
        for r in roster.search_staff(store, limit=500).rows
    }


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_libreoffice_ods_and_xls_with_island_headers_and_text_dates(store, actor, suffix):
    path = FIXTURES / f"island_staff.{suffix}"
    preview = preview_import(store, path, create_missing=True, today=TODAY)

    assert preview.header_row == 2  # under the title row
    assert preview.columns == {
        "staff_number": "Staff No.", "full_name": "Name", "sex": "Sex",
        "birth_year": "Date of Birth", "start_year": "Date of Appointment",
        "office": "Station", "position": "Designation", "tier": "Grade",
    }  # fmt: skip
    rows = {r.staff_number: r for r in preview.rows}
    for number, (column, words) in island.REFUSED.items():
        assert rows[number].status is RowStatus.ERROR
        (error,) = rows[number].errors
        assert (error.column, error.letter) == (column, "D")
        assert words in error.message
    assert "'31/02/1990' is an impossible date" in rows["TO-105"].errors[0].message
    assert "'03/04/85' is ambiguous" in rows["TO-106"].errors[0].message
    assert any("'Date of Birth' holds dates" in w for w in preview.file_warnings)

    result = apply_import(store, preview, actor, partial=True, today=TODAY)
    assert result.written and result.created_positions == [
        "Customs Officer", "Senior Customs Officer"
    ]  # fmt: skip
    assert _stored(store) == island.EXPECTED
    names = [r.full_name for r in roster.search_staff(store, limit=500).rows]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)  # TO-102 arrived as NFD

    again = preview_import(store, path, today=TODAY)
    assert again.counts["unchanged"] == len(island.EXPECTED)
    assert again.counts["updated"] == 0


def test_the_ods_xls_and_xlsx_files_give_the_same_rows(store, tmp_path):
    files = [FIXTURES / "island_staff.ods", FIXTURES / "island_staff.xls",
             island.write_xlsx(tmp_path / "island_staff.xlsx")]  # fmt: skip
    plans = [
        [(r.row, r.status, r.staff_number, r.full_name, r.errors) for r in preview.rows]
        for preview in (preview_import(store, path, today=TODAY) for path in files)
    ]
    assert len(plans[0]) == len(island.ROWS)
    assert plans[1] == plans[0] and plans[2] == plans[0]


def _legacy_csv(path: Path, rows: list[list[str]]) -> Path:
    """As Excel's "CSV (Comma delimited)" writes it: Windows-1252, '?' for what it cannot hold."""
    text = "\r\n".join(",".join(row) for row in rows) + "\r\n"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    return path


HEADERS = ["Staff number", "Full name", "Sex", "Birth year", "Office"]


def test_letters_lost_in_a_windows_1252_csv_are_refused_never_written(store, tmp_path, actor):
    path = _legacy_csv(
        tmp_path / "ansi.csv",
        [HEADERS,
         ["TO-1", "ʻAisake ʻAhokava", "M", "1980", "Nukuʻalofa HQ"],
         ["TO-2", "Hélène Côté", "F", "1981", "Nukuʻalofa HQ"],
         ["TO-3", "Lātū Fonua", "F", "1982", ""]],
    )  # fmt: skip
    assert b"?Aisake ?Ahokava" in path.read_bytes()
    preview = preview_import(store, path, today=TODAY)
    rows = {r.staff_number: r for r in preview.rows}
    (error,) = rows["TO-1"].errors
    assert error.column == "Full name"
    assert "'?Aisake ?Ahokava' has '?' in place of letters" in error.message
    assert "CSV UTF-8" in error.message and ".xlsx" in error.message
    assert rows["TO-2"].status is RowStatus.NEW  # é and ô are in Windows-1252: kept
    assert rows["TO-2"].full_name == "Hélène Côté"
    assert "'L?t? Fonua' has '?'" in rows["TO-3"].errors[0].message

    apply_import(store, preview, actor, partial=True, today=TODAY)
    assert "TO-1" not in _stored(store)


def test_an_office_with_lost_letters_is_matched_never_duplicated(store, tmp_path, actor):
    roster_org.create_office(store, roster_org.OfficeDraft("Queen Sālote Wharf"), actor)
    path = _legacy_csv(
        tmp_path / "offices.csv",
        [HEADERS,
         ["TO-1", "Mele Havili", "F", "1980", "Queen Sālote Wharf"],
         ["TO-2", "Sione Taufa", "M", "1981", "Nukuʻalofa HQ"],
         ["TO-3", "Ana Fifita", "F", "1982", "Haʻapai"]],
    )  # fmt: skip
    before = {o.name for o in roster_org.list_offices(store)}
    preview = preview_import(store, path, create_missing=True, today=TODAY)
    rows = {r.staff_number: r for r in preview.rows}
    assert rows["TO-1"].status is RowStatus.NEW
    assert rows["TO-2"].status is RowStatus.NEW
    assert rows["TO-3"].status is RowStatus.ERROR  # no office to match: not created either
    assert "'Ha?apai' has '?' in place of letters" in rows["TO-3"].errors[0].message
    assert preview.missing_offices == []

    apply_import(store, preview, actor, partial=True, today=TODAY)
    assert {o.name for o in roster_org.list_offices(store)} == before
    placed = {r.staff_number: r.office_name for r in roster.search_staff(store).rows}
    assert placed == {"TO-1": "Queen Sālote Wharf", "TO-2": "Nukuʻalofa HQ"}


def test_a_question_mark_in_a_utf8_file_is_left_to_the_officer(store, tmp_path):
    path = tmp_path / "utf8.csv"
    path.write_text("Staff number,Full name\nTO-1,Sēini ?Ana\n", encoding="utf-8")
    assert preview_import(store, path, today=TODAY).rows[0].status is RowStatus.NEW


def test_decomposed_names_are_stored_composed_and_reimport_is_unchanged(store, tmp_path, actor):
    decomposed = unicodedata.normalize("NFD", "Sēini  Tuʻipulotu ")
    roster.create_staff(store, StaffDraft("TO-1", "Sēini Tuʻipulotu", "F", 1985, 2009), actor)
    path = tmp_path / "nfd.csv"
    path.write_text(f"Staff number,Full name\nTO-1,{decomposed}\n", encoding="utf-8")
    preview = preview_import(store, path, today=TODAY)
    assert preview.rows[0].status is RowStatus.UNCHANGED, preview.rows[0].changes


def test_french_island_headers_and_dates(store, tmp_path, actor):
    path = tmp_path / "fr.csv"
    path.write_text(
        "Matricule;Nom et prénom;Sexe;Date de naissance;Date de nomination;Désignation;Grade\n"
        "NC-1;Éloïse Maréchal;F;14 mars 1985;01/09/2010;Agent des douanes;T1\n",
        encoding="utf-8",
    )
    preview = preview_import(store, path, create_missing=True, today=TODAY)
    assert set(preview.columns) == {
        "staff_number", "full_name", "sex", "birth_year", "start_year", "position", "tier"
    }  # fmt: skip
    apply_import(store, preview, actor, today=TODAY)
    assert _stored(store) == {"NC-1": ("Éloïse Maréchal", "F", 1985, 2010)}


def test_the_migration_normalises_names_already_stored(tmp_path):
    import shutil
    import sqlite3

    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import open_installation

    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    shutil.copyfile(FIXTURES / "store-0006.db", paths.database)
    decomposed = unicodedata.normalize("NFD", " Sēini   Tuʻipulotu ")
    conn = sqlite3.connect(paths.database)
    with conn:
        staff_id, _old = conn.execute("SELECT id, full_name FROM staff LIMIT 1").fetchone()
        conn.execute("UPDATE staff SET full_name = ? WHERE id = ?", (decomposed, staff_id))
        office_id = conn.execute("SELECT id FROM office LIMIT 1").fetchone()[0]
        conn.execute("UPDATE office SET name = ? WHERE id = ?", ("Queen  Sa\u0304lote ", office_id))
    conn.close()

    store = open_installation(paths)
    try:
        assert roster.get_staff(store, staff_id).full_name == "Sēini Tuʻipulotu"
        assert roster.search_staff(store, "seini tuipulotu").total >= 1  # the search key too
        names = {o.id: o.name for o in roster_org.list_offices(store)}
        assert names[office_id] == "Queen Sālote"
    finally:
        store.close()


def test_the_window_and_command_line_store_composed_text(store, actor):
    decomposed = unicodedata.normalize("NFD", "  ʻAna   Lātū ")
    person = roster.create_staff(store, StaffDraft("  TO-9 ", decomposed, "F", 1990, 2012), actor)
    office = roster_org.create_office(
        store, roster_org.OfficeDraft(unicodedata.normalize("NFD", "Vavaʻu  Wharf  ")), actor
    )
    assert roster.get_staff(store, person.id).full_name == "ʻAna Lātū"
    assert roster.get_staff(store, person.id).staff_number == "TO-9"
    assert office.name == "Vavaʻu Wharf" and unicodedata.is_normalized("NFC", office.name)


def test_a_sheet_that_starts_lower_and_further_right_keeps_its_row_numbers_and_letters(
    store, tmp_path
):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C4"], sheet["D4"], sheet["E4"] = "Staff number", "Full name", "Sex"
    sheet["C5"], sheet["D5"], sheet["E5"] = "TO-1", "Ana Fifita", "Q"
    book.save(tmp_path / "offset.xlsx")
    preview = preview_import(store, tmp_path / "offset.xlsx", today=TODAY)
    assert preview.header_row == 4
    (row,) = preview.rows
    assert row.row == 5
    assert (row.errors[0].column, row.errors[0].letter) == ("Sex", "E")


def test_a_local_grade_that_is_no_tier_says_how_to_leave_the_column_out(store, tmp_path):
    path = tmp_path / "grades.csv"
    path.write_text("Staff No.,Name,Grade\nTO-1,Ana Fifita,CO2\n", encoding="utf-8")
    (error,) = preview_import(store, path, today=TODAY).rows[0].errors
    assert error.column == "Grade" and "'CO2' is not a tier" in error.message
    assert '--map "Grade=ignore"' in error.message
    ignored = preview_import(store, path, today=TODAY, mapping={"Grade": "ignore"})
    assert ignored.rows[0].status is RowStatus.NEW
