from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from oco_desktop.ui.dialogs.roster import files as roster_files
from oco_desktop.ui.dialogs.roster.import_ import ImportDialog
from oco_desktop.ui.dialogs.roster.staff_actions import MarkLeftDialog
from oco_desktop.ui.models.roster.rows import (
    COL_P_DETAILS,
    COL_P_NUMBER,
    COL_P_ROW,
    COL_P_STATUS,
)
from oco_desktop.ui.models.roster.staff_table import COL_NAME
from tests.ui.staff_world import HQ_NAME, PEOPLE, add_people, names, open_page, settle

HEADER = "Staff number,Full name,Sex,Birth year,Start year,Office,Position,Tier\n"


def _csv(folder: Path, lines: list[str]) -> Path:
    path = folder / "staff.csv"
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _import(qtbot, page, monkeypatch, path: Path) -> ImportDialog:
    monkeypatch.setattr(roster_files, "choose_import_file", lambda _parent, _start: path)
    page.import_action.trigger()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ImportDialog), timeout=10000)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def _rows(dialog: ImportDialog) -> dict[str, dict[int, str]]:
    model = dialog.model
    return {
        model.index(r, COL_P_ROW).data(): {
            c: model.index(r, c).data() for c in range(model.columnCount())
        }
        for r in range(model.rowCount())
    }


def test_a_bad_row_is_shown_with_its_row_and_column_and_the_valid_rows_imported(
    qtbot, store, roster, tmp_path, monkeypatch
):
    add_people(roster)
    path = _csv(
        tmp_path,
        [
            f"TO-0101,Ana Taufa,F,1988,2012,{HQ_NAME},Officer T1,T1",
            f"TO-0102,Tevita Vea,M,19x5,2015,{HQ_NAME},,",
            "TO-0002,Sione Fifita,M,1986,2010,,,",  # already there: an update (birth year)
        ],
    )
    page = open_page(qtbot, store)
    dialog = _import(qtbot, page, monkeypatch, path)

    rows = _rows(dialog)
    assert rows["3"][COL_P_STATUS] == "Error"
    assert rows["3"][COL_P_NUMBER] == "TO-0102"
    assert 'Column "Birth year" (D)' in rows["3"][COL_P_DETAILS]
    assert "19x5" in rows["3"][COL_P_DETAILS]
    assert rows["2"][COL_P_STATUS] == "New"
    assert rows["4"][COL_P_STATUS] == "Updated"
    assert "Changes: Birth year" in rows["4"][COL_P_DETAILS]
    assert "1 with errors" in dialog.counts_label.text()
    details = dialog.details_label.text()  # the first row with a problem, in full
    assert details.startswith("Row 3 (Error):") and "write four digits" in details
    assert dialog.valid_button.text() == "&Import the 2 valid rows"
    assert not dialog.all_button.isEnabled()  # a row has errors: all-or-nothing writes nothing

    dialog.only_problems.setChecked(True)
    assert list(_rows(dialog)) == ["3"]

    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.valid_button.click()
    assert "Imported: 1 new and 1 updated" in dialog.result_label.text()
    assert "1 row with errors was not imported" in dialog.result_label.text()
    assert dialog.cancel_button.text() == "&Close"
    settle(qtbot, page.model)
    assert "Ana Taufa" in names(page.model) and "Tevita Vea" not in names(page.model)
    assert page.count_label.text() == f"{len(PEOPLE) + 1} staff"


def test_unknown_offices_are_offered_for_creation_not_invented(
    qtbot, store, roster, tmp_path, monkeypatch
):
    path = _csv(tmp_path, ["TO-0201,Ana Taufa,F,1988,2012,Neiafu,Port Officer,T2"])
    page = open_page(qtbot, store)
    dialog = _import(qtbot, page, monkeypatch, path)

    assert dialog.missing_box.isVisible()
    assert "Neiafu (row 2)" in dialog.missing_label.text()
    assert "Port Officer (row 2)" in dialog.missing_label.text()
    assert _rows(dialog)["2"][COL_P_STATUS] == "Error"
    assert not dialog.valid_button.isEnabled()

    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.create_check.setChecked(True)
    assert _rows(dialog)["2"][COL_P_STATUS] == "New"
    assert dialog.all_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.all_button.click()
    assert "Offices created: Neiafu." in dialog.result_label.text()
    assert "Positions created: Port Officer." in dialog.result_label.text()
    qtbot.waitUntil(lambda: page.filter_bar.office_combo.findText("Neiafu") > 0, timeout=10000)


def test_a_file_without_a_header_row_is_refused_in_words(qtbot, store, tmp_path, monkeypatch):
    path = tmp_path / "notes.csv"
    path.write_text("hello,world\n1,2\n", encoding="utf-8")
    page = open_page(qtbot, store)
    monkeypatch.setattr(roster_files, "choose_import_file", lambda _parent, _start: path)
    page.import_file()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ImportDialog), timeout=10000)
    dialog = page.dialog
    qtbot.waitUntil(lambda: "No column was found" in dialog.counts_label.text(), timeout=10000)

    assert dialog.preview is None
    assert not dialog.valid_button.isEnabled() and not dialog.all_button.isEnabled()
    assert "staff number and full name" in dialog.counts_label.text()
    assert "A “hello”, B “world”" in dialog.counts_label.text()
    assert dialog.template_button.isVisible() and dialog.tabs.currentIndex() == 1

    saved = []
    monkeypatch.setattr(page, "save_template", lambda: saved.append(True))
    dialog.template_wanted.disconnect()
    dialog.template_wanted.connect(page.save_template)
    dialog.template_button.click()
    assert saved == [True]


def test_the_officer_maps_columns_and_the_next_file_with_those_headers_is_read_alike(
    qtbot, store, tmp_path, monkeypatch
):
    path = tmp_path / "hr.csv"
    path.write_text("Emp#,Officer,Born\nTO-0201,Lupe Helu,1990\n", encoding="utf-8")
    page = open_page(qtbot, store)
    monkeypatch.setattr(roster_files, "choose_import_file", lambda _parent, _start: path)
    page.import_file()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ImportDialog), timeout=10000)
    dialog = page.dialog
    qtbot.waitUntil(lambda: "No column was found" in dialog.counts_label.text(), timeout=10000)
    table = dialog.columns_table
    assert table.item(0, 0).text() == "A  Emp#" and table.item(0, 1).text() == "TO-0201"
    assert table.combos[2].currentData() == "birth_year"  # "Born" is matched by itself

    table.choose("Emp#", "staff_number")
    qtbot.waitUntil(lambda: "No column was found for: full name" in dialog.counts_label.text(),
                    timeout=10000)  # fmt: skip
    table.choose("Officer", "full_name")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.preview.counts["new"] == 1
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.all_button.click()
    dialog.close()

    second = tmp_path / "hr-next.csv"
    second.write_text("Emp#,Officer,Born\nTO-0202,Pita Naufahu,1991\n", encoding="utf-8")
    monkeypatch.setattr(roster_files, "choose_import_file", lambda _parent, _start: second)
    page.import_file()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ImportDialog) and page.dialog is not dialog,
                    timeout=10000)  # fmt: skip
    again = page.dialog
    qtbot.waitUntil(lambda: again.preview is not None, timeout=10000)
    assert again.preview.counts["new"] == 1
    assert "last file with these headers" in again.columns_label.text()


def test_export_writes_the_roster_to_the_chosen_file(
    qtbot, store, roster, tmp_path, monkeypatch, said
):
    add_people(roster)
    page = open_page(qtbot, store)
    target = tmp_path / "out" / "roster"  # no extension typed: .xlsx is added
    target.parent.mkdir()
    asked: list[Path] = []

    def save_as(_parent, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        asked.append(Path(suggested))
        return str(target), "Excel workbook (*.xlsx)"  # what the person typed and chose

    monkeypatch.setattr(roster_files.QFileDialog, "getSaveFileName", save_as)
    page.export_action.trigger()
    qtbot.waitUntil(lambda: bool(said.infos), timeout=10000)

    written = target.with_suffix(".xlsx")
    sheet = load_workbook(written).active
    numbers = sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert numbers == sorted(p.number for p in PEOPLE)
    assert asked[0].name.startswith("staff-TO-") and asked[0].suffix == ".xlsx"
    assert f"Exported {len(PEOPLE)} staff to {written}" in said.infos[0]


def test_export_to_csv_and_the_template(qtbot, store, roster, tmp_path, monkeypatch, said):
    add_people(roster)
    page = open_page(qtbot, store)
    monkeypatch.setattr(roster_files, "choose_export_target", lambda _p, _s: tmp_path / "r.csv")
    monkeypatch.setattr(
        roster_files, "choose_template_target", lambda _p, _s: tmp_path / "template.xlsx"
    )

    page.export_file()
    qtbot.waitUntil(lambda: len(said.infos) == 1, timeout=10000)
    page.save_template()
    qtbot.waitUntil(lambda: len(said.infos) == 2, timeout=10000)

    lines = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Staff number,Full name")
    assert len(lines) == len(PEOPLE) + 1
    book = load_workbook(tmp_path / "template.xlsx")
    assert book.active["A1"].value.startswith("Staff number")
    assert "template was saved" in said.infos[1]


def test_choosing_no_file_does_nothing(qtbot, store, monkeypatch):
    page = open_page(qtbot, store)
    monkeypatch.setattr(roster_files, "choose_import_file", lambda _p, _s: None)
    page.import_file()
    assert page.dialog is None


def test_an_update_keeps_the_officer_in_the_history(qtbot, store, roster, tmp_path, monkeypatch):
    from oco_desktop.services import audit

    ids = add_people(roster)
    page = open_page(qtbot, store)
    page.context.officer = "Tevita Vea"
    dialog = _import(qtbot, page, monkeypatch, _csv(tmp_path, ["TO-0001,,,1984,,,,"]))
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.all_button.click()

    entry = audit.history_of_staff(store, ids["TO-0001"])[0]
    assert (entry.officer, entry.field, entry.old_value, entry.new_value) == (
        "Tevita Vea", "birth_year", "1985", "1984",
    )  # fmt: skip
    assert entry.source == "import: staff.csv"


def test_the_window_offers_to_undo_the_import(qtbot, store, roster, tmp_path, monkeypatch):
    from oco_desktop.services.roster.staff import search_staff

    def stored() -> list[str]:
        return sorted(r.full_name for r in search_staff(store).rows)

    add_people(roster)
    before = stored()
    page = open_page(qtbot, store)
    dialog = _import(
        qtbot, page, monkeypatch, _csv(tmp_path, [f"TO-0301,Pita Helu,M,1990,2012,{HQ_NAME},,"])
    )
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.all_button.click()
    assert dialog.undo_button.isVisible()
    assert "Pita Helu" in stored()

    with qtbot.waitSignal(dialog.undone, timeout=10000):
        dialog.undo_button.click()
    assert stored() == before
    assert "undone" in dialog.result_label.text() and not dialog.undo_button.isVisible()


def test_the_staff_page_offers_the_undo_until_the_next_change(
    qtbot, store, roster, tmp_path, monkeypatch
):
    from oco_desktop.services.roster.staff import search_staff

    add_people(roster)
    page = open_page(qtbot, store)
    first = _import(qtbot, page, monkeypatch, _csv(tmp_path, ["TO-0401,Pita Helu,M,1990,,,,"]))
    with qtbot.waitSignal(first.imported, timeout=10000):
        first.all_button.click()
    first.close()
    assert page.undo_button.isVisible()
    page.undo_button.click()
    qtbot.waitUntil(lambda: "The import was undone" in page.note_label.text(), timeout=10000)
    assert "Pita Helu" not in {r.full_name for r in search_staff(store).rows}
    assert not page.undo_button.isVisible()

    second = tmp_path / "second"
    second.mkdir()
    again = _import(qtbot, page, monkeypatch, _csv(second, ["TO-0402,Lupe Naufahu,F,1991,,,,"]))
    with qtbot.waitSignal(again.imported, timeout=10000):
        again.all_button.click()
    again.close()
    assert page.undo_button.isVisible()
    # any change made on the page ends the offer: here, Sione Fifita is marked as left
    page.table.setCurrentIndex(page.model.index(names(page.model).index("Sione Fifita"), COL_NAME))
    page.left_action.trigger()
    qtbot.waitUntil(lambda: isinstance(page.dialog, MarkLeftDialog), timeout=10000)
    page.dialog.ok_button.click()
    qtbot.waitUntil(lambda: "is marked as left" in page.note_label.text(), timeout=10000)
    assert not page.undo_button.isVisible()
