"""Importing staff lists: messy files written by the tests, the preview, all-or-nothing apply."""

from __future__ import annotations

import codecs
import datetime as dt

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from sqlalchemy import text

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services import audit
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.import_ import RowStatus, apply_import, preview_import
from oco_desktop.services.roster.staff import StaffDraft

TODAY = dt.date(2026, 11, 28)
HEADERS = ["Staff number", "Full name", "Sex", "Birth year", "Start year", "Office", "Status"]


@pytest.fixture
def actor():
    return audit.make_actor("Mele Tupou", os_user="tester")


def write_csv(path, rows, *, encoding="utf-8", delimiter=",", bom=False):
    body = "\r\n".join(delimiter.join("" if c is None else str(c) for c in row) for row in rows)
    body += "\r\n"
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + body.encode(encoding))
    return path


def write_xlsx(path, rows, *, epoch_1904=False, prepare=None):
    book = openpyxl.Workbook()
    if epoch_1904:
        book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "Staff"
    for row in rows:
        sheet.append(row)
    if prepare:
        prepare(sheet)
    book.save(path)
    return path


def _by_row(preview):
    return {r.row: r for r in preview.rows}


def _audit_count(store) -> int:
    with store.read() as session:
        return session.execute(text("SELECT count(*) FROM audit_log")).scalar()


def test_csv_with_bom_keeps_macrons_and_okina_exactly(store, tmp_path, actor):
    path = write_csv(
        tmp_path / "bom.csv",
        [HEADERS, ["TO-1", "Sēini Tuʻipulotu", "F", 1985, 2009, "Nukuʻalofa HQ", "Active"],
         ["TO-2", "ʻAna Lātū", "M", 1990, 2012, "", ""]],
        bom=True,
    )  # fmt: skip
    preview = preview_import(store, path, today=TODAY)
    assert preview.counts == {"new": 2, "updated": 0, "unchanged": 0, "error": 0}
    assert preview.columns["staff_number"] == "Staff number"
    result = apply_import(store, preview, actor, today=TODAY)
    assert result.written
    names = {r.full_name for r in roster.search_staff(store).rows}
    assert names == {"Sēini Tuʻipulotu", "ʻAna Lātū"}


def test_windows_1252_with_semicolons_and_french_headers(store, tmp_path, actor):
    rows = [
        ["Matricule", "Nom", "Sexe", "Année de naissance", "Année d'entrée", "Bureau", "Statut"],
        ["TO-3", "Hélène Côté", "H", "1979", "2001", "Nukuʻalofa HQ".replace("ʻ", "'"), "Actif"],
        ["TO-4", "Éloïse Maréchal", "F", "1988", "2010", "", "En congé"],
    ]
    path = write_csv(tmp_path / "fr.csv", rows, encoding="cp1252", delimiter=";")
    preview = preview_import(store, path, today=TODAY)
    assert preview.counts["new"] == 2, preview.rows
    assert preview.columns["birth_year"] == "Année de naissance"
    apply_import(store, preview, actor, today=TODAY)
    people = {r.full_name: r for r in roster.search_staff(store).rows}
    assert set(people) == {"Hélène Côté", "Éloïse Maréchal"}
    assert people["Hélène Côté"].sex == "M"
    assert people["Hélène Côté"].office_name == "Nukuʻalofa HQ"
    assert people["Éloïse Maréchal"].status == "on_leave"


def test_tab_separated_utf8_without_bom(store, tmp_path):
    path = write_csv(
        tmp_path / "tabs.txt",
        [HEADERS, ["TO-5", "Tevita Kaufana", "M", 1975, 1995, "", "Seconded"]],
        delimiter="\t",
    )
    preview = preview_import(store, path, today=TODAY)
    assert preview.counts["new"] == 1
    assert preview.rows[0].full_name == "Tevita Kaufana"


def test_excel_serial_dates_and_date_cells(store, tmp_path, actor):
    rows = [
        [*HEADERS, "Date left"],
        ["TO-6", "Mele Havili", "F", 1970, 1990, "", "Left", 45322],
        ["TO-7", "Sione Vaea", "M", 1971, 1991, "", "", dt.datetime(2023, 6, 30)],
        ["TO-8", "Losa Fonua", "F", 1972, 1992, "", "", "15/03/2022"],
    ]
    preview = preview_import(store, write_xlsx(tmp_path / "dates.xlsx", rows), today=TODAY)
    assert preview.counts["new"] == 3, preview.rows
    apply_import(store, preview, actor, today=TODAY)
    left = {r.staff_number: (r.status, r.left_on) for r in roster.search_staff(store).rows}
    assert left == {
        "TO-6": ("left", dt.date(2024, 1, 31)),
        "TO-7": ("left", dt.date(2023, 6, 30)),
        "TO-8": ("left", dt.date(2022, 3, 15)),
    }


def test_serial_dates_of_a_1904_workbook(store, tmp_path):
    rows = [[*HEADERS, "Date left"], ["TO-6", "Mele Havili", "F", 1970, 1990, "", "", 43860]]
    path = write_xlsx(tmp_path / "mac.xlsx", rows, epoch_1904=True)
    preview = preview_import(store, path, today=TODAY)
    assert preview.rows[0].status is RowStatus.NEW
    assert preview.planned[0]["left_on"] == dt.date(2024, 1, 31)


def test_merged_title_and_header_cells(store, tmp_path):
    def merge(sheet):
        sheet.merge_cells("A1:F1")
        sheet.merge_cells("A2:A3")
        sheet.merge_cells("B2:B3")
        sheet.merge_cells("C2:D2")

    rows = [
        ["Tonga Customs - staff list 2026"],
        ["Staff number", "Full name", "Years", None, "Office"],
        [None, None, "Birth year", "Start year", None],
        ["TO-9", "Viliami Pouono", 1983, 2004, "Nukuʻalofa HQ"],
    ]
    preview = preview_import(store, write_xlsx(tmp_path / "merged.xlsx", rows, prepare=merge))
    assert preview.header_row == 3
    assert set(preview.columns) >= {"staff_number", "full_name", "birth_year", "start_year"}
    assert preview.columns["office"] == "Office"
    assert [(r.row, r.status) for r in preview.rows] == [(4, RowStatus.NEW)]
    assert preview.planned[0]["birth_year"] == 1983


def test_empty_rows_are_skipped_and_row_numbers_stay_as_in_excel(store, tmp_path):
    rows = [
        HEADERS,
        ["TO-1", "Ana Fifita", "F", 1980, 2000, "", ""],
        [],
        [None, None, None],
        ["TO-2", "Sione Taufa", "Q", 1980, 2000, "", ""],
    ]
    for path in (write_xlsx(tmp_path / "gaps.xlsx", rows), write_csv(tmp_path / "gaps.csv", rows)):
        preview = preview_import(store, path, today=TODAY)
        assert [r.row for r in preview.rows] == [2, 5]
        error = _by_row(preview)[5].errors[0]
        assert (error.column, error.letter) == ("Sex", "C")
        assert "'Q' is not a sex code" in error.message


def test_a_20000_character_cell_is_refused_with_a_short_message(store, tmp_path):
    rows = [
        HEADERS,
        ["TO-1", "x" * 20_000, "F", 1980, 2000, "", ""],
        ["TO-2", "Ana", "F", "", "", "", ""],
    ]
    for path in (write_xlsx(tmp_path / "long.xlsx", rows), write_csv(tmp_path / "long.csv", rows)):
        preview = preview_import(store, path, today=TODAY)
        row = _by_row(preview)[2]
        assert row.status is RowStatus.ERROR
        assert row.errors[0].column == "Full name"
        assert "20,000 characters long; use at most 200" in row.errors[0].message
        assert len(row.errors[0].message) < 200
        assert _by_row(preview)[3].status is RowStatus.NEW


def test_a_formula_without_a_saved_result_is_an_error_on_its_cell(store, tmp_path):
    rows = [
        ["Staff number", "Given name", "Family name", "Full name", "Birth year"],
        ["TO-1", "Ana", "Fifita", '=B2&" "&C2', 1980],
        ["TO-2", "Sione", "Taufa", "", "=1970+10"],
    ]
    preview = preview_import(store, write_xlsx(tmp_path / "formula.xlsx", rows), today=TODAY)
    second = _by_row(preview)[3]
    assert second.status is RowStatus.ERROR
    assert second.errors[0].column == "Birth year"
    assert "formula (=1970+10)" in second.errors[0].message
    first = _by_row(preview)[2]
    assert first.full_name == "Ana Fifita"  # given + family name columns are used first


def test_text_that_only_looks_like_a_formula_is_kept(store, tmp_path):
    def as_text(sheet):
        sheet["B2"].data_type = "s"

    rows = [HEADERS, ["TO-1", "=Ana", "F", 1980, 2000, "", ""]]
    path = write_xlsx(tmp_path / "literal.xlsx", rows, prepare=as_text)
    preview = preview_import(store, path, today=TODAY)
    assert preview.rows[0].full_name == "=Ana"
    assert preview.rows[0].status is RowStatus.NEW


def test_duplicate_staff_numbers_inside_the_file_refuse_both_rows(store, tmp_path, actor):
    rows = [HEADERS, ["TO-1", "Ana Fifita", "F", 1980, 2000, "", ""],
            ["TO-2", "Sione Taufa", "M", 1981, 2001, "", ""],
            ["to-1", "Ana Fīfita", "F", 1980, 2000, "", ""]]  # fmt: skip
    preview = preview_import(store, write_csv(tmp_path / "dups.csv", rows), today=TODAY)
    assert {r.row: r.status for r in preview.rows} == {
        2: RowStatus.ERROR, 3: RowStatus.NEW, 4: RowStatus.ERROR
    }  # fmt: skip
    assert "appears on rows 2, 4: keep one row per person" in _by_row(preview)[2].errors[0].message

    nothing = apply_import(store, preview, actor, today=TODAY)
    assert not nothing.written
    assert roster.search_staff(store).total == 0 and _audit_count(store) == 0

    partial = apply_import(store, preview, actor, partial=True, today=TODAY)
    assert partial.written
    assert [r.staff_number for r in roster.search_staff(store).rows] == ["TO-2"]


def test_reimporting_the_same_file_changes_nothing(store, tmp_path, actor):
    rows = [HEADERS, ["TO-1", "Sēini Tuʻipulotu", "F", 1985, 2009, "Nukuʻalofa HQ", "Active"]]
    path = write_xlsx(tmp_path / "same.xlsx", rows)
    apply_import(store, preview_import(store, path, today=TODAY), actor, today=TODAY)
    entries = _audit_count(store)
    with store.read() as session:
        seq = session.execute(text("SELECT seq FROM sync_clock")).scalar()
    again = preview_import(store, path, today=TODAY)
    assert again.counts == {"new": 0, "updated": 0, "unchanged": 1, "error": 0}
    apply_import(store, again, actor, today=TODAY)
    with store.read() as session:
        assert session.execute(text("SELECT seq FROM sync_clock")).scalar() == seq
    assert _audit_count(store) == entries


def test_updates_are_matched_on_staff_number_and_empty_cells_keep_values(store, tmp_path, actor):
    person = roster.create_staff(store, StaffDraft("TO-1", "Ana Fifita", "F", 1980, 2000), actor)
    rows = [HEADERS, ["to-1", "", "", 1981, "", "", "Seconded"]]
    preview = preview_import(store, write_csv(tmp_path / "update.csv", rows), today=TODAY)
    row = preview.rows[0]
    assert row.status is RowStatus.UPDATED and row.staff_id == person.id
    assert {c.field: (c.old, c.new) for c in row.changes} == {
        "birth_year": (1980, 1981),
        "status": ("active", "seconded"),
        "staff_number": ("TO-1", "to-1"),
    }
    apply_import(store, preview, actor, today=TODAY)
    after = roster.get_staff(store, person.id)
    assert (after.full_name, after.sex, after.start_year) == ("Ana Fifita", "F", 2000)
    sources = {h.source for h in audit.history_of_staff(store, person.id) if h.action == "update"}
    assert sources == {"import: update.csv"}


def test_unknown_offices_and_positions_are_offered_not_invented(store, tmp_path, actor):
    rows = [
        ["Staff number", "Full name", "Office", "Position", "Tier"],
        ["TO-1", "Ana Fifita", "Vavaʻu", "Customs Officer", "T1"],
        ["TO-2", "Sione Taufa", "VAVAU", "Border Manager", ""],
        ["TO-3", "Mele Havili", "Haʻapai", "Customs Officer", ""],
    ]
    path = write_csv(tmp_path / "places.csv", rows, bom=True)
    refused = preview_import(store, path, today=TODAY)
    assert refused.refused == 3
    assert [(m.name, m.rows) for m in refused.missing_offices] == [
        ("Vavaʻu", (2, 3)), ("Haʻapai", (4,))
    ]  # fmt: skip
    assert [(m.name, m.tier) for m in refused.missing_positions] == [
        ("Customs Officer", "T1"), ("Border Manager", None)
    ]  # fmt: skip
    assert "create it first, or let the import create it" in refused.rows[0].errors[0].message
    assert len(roster_org.list_offices(store)) == 1

    offered = preview_import(store, path, create_missing=True, today=TODAY)
    assert {r.row: r.status for r in offered.rows} == {
        2: RowStatus.NEW, 3: RowStatus.ERROR, 4: RowStatus.NEW
    }  # fmt: skip
    assert "fill in its Tier" in _by_row(offered)[3].errors[0].message
    result = apply_import(store, offered, actor, partial=True, today=TODAY)
    assert sorted(result.created_offices) == ["Haʻapai", "Vavaʻu"]
    assert result.created_positions == ["Customs Officer"]
    assert {p.title: p.tier for p in roster_org.list_positions(store)} == {"Customs Officer": "T1"}
    placed = {
        r.staff_number: (r.office_name, r.position_title) for r in roster.search_staff(store).rows
    }
    assert placed == {"TO-1": ("Vavaʻu", "Customs Officer"), "TO-3": ("Haʻapai", "Customs Officer")}


def test_likely_duplicates_are_warned_not_refused(store, tmp_path, actor):
    roster.create_staff(store, StaffDraft("TO-1", "Sēini Tuʻipulotu", "F", 1985, 2009), actor)
    rows = [HEADERS, ["TO-77", "SEINI TUIPULOTU", "F", 1985, 2009, "", ""],
            ["TO-78", "Sione Taufa", "M", 1990, 2010, "", ""],
            ["TO-79", "Sione  Taufa", "M", 1990, 2011, "", ""]]  # fmt: skip
    preview = preview_import(store, write_csv(tmp_path / "twins.csv", rows), today=TODAY)
    assert [r.status for r in preview.rows] == [RowStatus.NEW] * 3
    warning = preview.rows[0].warnings[0]
    assert warning.column == "Full name"
    assert "Likely duplicate" in warning.message and "TO-1" in warning.message
    assert "TO-79" in preview.rows[1].warnings[0].message


def test_the_plan_is_made_again_when_writing(store, tmp_path, actor):
    rows = [HEADERS, ["TO-1", "Ana Fifita", "F", 1980, 2000, "", ""]]
    preview = preview_import(store, write_csv(tmp_path / "late.csv", rows), today=TODAY)
    assert preview.rows[0].status is RowStatus.NEW
    roster.create_staff(store, StaffDraft("TO-1", "Ana Fifita", "F", 1980, 2000), actor)
    result = apply_import(store, preview, actor, today=TODAY)
    assert result.preview.rows[0].status is RowStatus.UNCHANGED
    assert roster.search_staff(store).total == 1


def test_cross_field_rules_point_at_the_column_to_fix(store, tmp_path):
    rows = [[*HEADERS, "Date left"], ["TO-1", "Ana", "F", 1990, 2001, "", "Left", ""],
            ["TO-2", "Sione", "M", 1990, 2010, "", "Active", "01/01/2020"]]  # fmt: skip
    preview = preview_import(store, write_csv(tmp_path / "rules.csv", rows), today=TODAY)
    first, second = preview.rows
    assert {(e.column, e.message.split(" ")[0]) for e in first.errors} == {
        ("Start year", "Start"), ("Date left", "The")
    }  # fmt: skip
    assert second.errors[0].column == "Date left"
    assert "status is not 'Left'" in second.errors[0].message


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0", "not a readable Excel 97-2003 workbook"),
        ("broken.ods", b"not a zip", "not a readable LibreOffice spreadsheet"),
        ("broken.xlsx", b"not a zip", "not a readable Excel workbook"),
        ("notes.pdf", b"%PDF", "choose a spreadsheet"),
        ("nohead.csv", b"a,b,c\r\n1,2,3\r\n", "No column was found for: staff number and full"),
        ("binary.csv", b"\x81\x8d\x8f\x90\x9d", "not UTF-8 or Windows-1252"),
    ],
)
def test_unreadable_files_are_refused_with_what_to_do(store, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message) as caught:
        preview_import(store, path)
    assert caught.value.field == "file"


def test_french_given_and_family_name_columns_make_the_full_name(store, tmp_path, actor):
    rows = [
        ["Matricule", "Prénom", "Nom", "Sexe", "Poste", "Niveau", "Statut", "Date de départ"],
        ["TO-1", "Sione", "Taufa", "H", "Agent des douanes", "T1", "Parti", "31/01/2024"],
        ["TO-2", "Mele", "Havili", "F", "Agent des douanes", "", "Actif", None],
    ]
    path = write_xlsx(tmp_path / "prenoms.xlsx", rows)
    preview = preview_import(store, path, create_missing=True, today=TODAY)
    assert preview.columns["given_name"] == "Prénom" and preview.columns["full_name"] == "Nom"
    assert [r.full_name for r in preview.rows] == ["Sione Taufa", "Mele Havili"]
    apply_import(store, preview, actor, today=TODAY)
    people = {r.full_name: r for r in roster.search_staff(store).rows}
    assert people["Sione Taufa"].left_on == dt.date(2024, 1, 31)
    assert people["Mele Havili"].position_title == "Agent des douanes"
    assert people["Mele Havili"].tier == "T1"


def test_a_tier_that_differs_from_the_position_is_a_warning(store, tmp_path, actor):
    roster_org.create_position(store, roster_org.PositionDraft("Customs Officer", "T1"), actor)
    rows = [
        ["Staff number", "Full name", "Position", "Tier"],
        ["TO-1", "Ana", "customs officer", "T2"],
    ]
    preview = preview_import(store, write_csv(tmp_path / "tier.csv", rows), today=TODAY)
    row = preview.rows[0]
    assert row.status is RowStatus.NEW
    assert row.warnings[0].column == "Tier"
    assert (
        "is T1 in OCO Desktop; the tier T2 in the file was not applied" in row.warnings[0].message
    )
