"""Column choices: any column to any field or ignored, remembered for the next file with the
same headers, given on the command line with --map, saved with --save-mapping NAME."""

from __future__ import annotations

import argparse
import io

import pytest

from oco_desktop.cli import roster as cli_roster
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services import audit
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.columns import IGNORE, MissingColumns, parse_map_options
from oco_desktop.services.roster.import_ import apply_import, preview_import

HEADERS = "Emp#,Officer,Role,DOB,Remarks\n"
LINE = "TO-1,Ana Fifita,Customs Officer,14/03/1985,good\n"


@pytest.fixture
def actor():
    return audit.make_actor("Mele Tupou", os_user="tester")


def _file(tmp_path, name="hr.csv", headers=HEADERS, line=LINE):
    path = tmp_path / name
    path.write_text(headers + line, encoding="utf-8")
    return path


def test_a_missing_staff_number_column_lists_the_headers_found(store, tmp_path):
    with pytest.raises(MissingColumns) as caught:
        preview_import(store, _file(tmp_path))
    error = caught.value
    assert error.missing == ["Staff number", "Full name"]
    assert [(c.letter, c.header) for c in error.columns] == [
        ("A", "Emp#"), ("B", "Officer"), ("C", "Role"), ("D", "DOB"), ("E", "Remarks")
    ]  # fmt: skip
    assert error.columns[0].samples == ("TO-1",)
    assert "No column was found for: staff number and full name" in error.message
    assert "A 'Emp#', B 'Officer'" in error.message


def test_the_officer_maps_any_column_and_the_choice_is_remembered(store, tmp_path, actor):
    mapping = {"Emp#": "staff_number", "Officer": "full_name", "Role": IGNORE,
               "DOB": "birth_year", "Remarks": IGNORE}  # fmt: skip
    preview = preview_import(store, _file(tmp_path), mapping=mapping)
    assert preview.columns == {
        "staff_number": "Emp#", "full_name": "Officer", "birth_year": "DOB"
    }  # fmt: skip
    assert preview.file_warnings == ["Column 'DOB' holds dates (1 row): only the year is kept, "
                                     "as the birth year."]  # fmt: skip
    assert apply_import(store, preview, actor).written is True
    assert roster.search_staff(store).rows[0].birth_year == 1985
    again = preview_import(store, _file(tmp_path, "next.csv"))
    assert again.chosen_source == "remembered"
    assert again.columns["birth_year"] == "DOB"
    fills = {c.header: (c.field, c.chosen) for c in again.found_columns}
    assert fills["Remarks"] == (None, True)  # ignored as chosen: no "not a roster column" note


def test_an_officer_choice_overrides_the_automatic_match(store, tmp_path):
    path = _file(tmp_path, headers="Staff number,Name,Designation,Position\n",
                 line="TO-1,Ana,Customs Officer,Team leader\n")  # fmt: skip
    preview = preview_import(store, path, mapping={"Position": IGNORE, "Designation": "position"})
    assert preview.columns["position"] == "Designation"
    auto = preview_import(store, path)
    assert auto.columns["position"] == "Designation"  # the first of the two matches
    swapped = preview_import(store, path, mapping={"Position": "position"})
    assert swapped.columns["position"] == "Position"


def test_map_options_name_fields_in_english_or_french_or_by_code():
    assert parse_map_options(
        ["Designation=position", "Date of Birth=birth year", "X=Année d'entrée", "Y=ignore",
         "A=B=staff_number"]
    ) == {"Designation": "position", "Date of Birth": "birth_year", "X": "start_year",
          "Y": IGNORE, "A=B": "staff_number"}  # fmt: skip
    with pytest.raises(InvalidInput, match="'shoe size' is not a roster field"):
        parse_map_options(["Size=shoe size"])
    with pytest.raises(InvalidInput, match=r'e\.g\. --map "Designation=position"'):
        parse_map_options(["Designation"])


def _run(store, *argv):
    top = argparse.ArgumentParser(prog="oco-desktop")
    cli_roster.register(top.add_subparsers(dest="command", required=True))
    out = io.StringIO()
    code = cli_roster.run(top.parse_args(["roster", *argv]), store, out)
    return code, out.getvalue()


def test_the_command_line_maps_saves_and_reuses_choices(store, tmp_path):
    path = _file(tmp_path)
    maps = ["--map", "Emp#=staff number", "--map", "Officer=full name", "--map", "DOB=birth year",
            "--map", "Role=ignore", "--map", "Remarks=ignore"]  # fmt: skip
    code, out = _run(store, "import", str(path), *maps, "--save-mapping", "hr-2026", "--dry-run")
    assert code == 0, out
    assert "Column choices (given): A 'Emp#' -> staff number; B 'Officer' -> full name" in out
    other = _file(tmp_path, "other.csv", headers="Emp#,Officer,DOB\n", line="TO-2,Sione,1990\n")
    code, out = _run(store, "import", str(other), "--mapping", "hr-2026")
    assert code == 0, out
    assert {r.staff_number: r.birth_year for r in roster.search_staff(store).rows} == {"TO-2": 1990}
    with pytest.raises(InvalidInput, match="No saved column choices are named 'nope'"):
        _run(store, "import", str(other), "--mapping", "nope")


def test_choices_that_cannot_be_kept_do_not_undo_a_written_import(
    store, tmp_path, actor, monkeypatch
):
    import oco_desktop.services.roster.import_ as importing

    def refuse(*_args, **_kwargs):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(importing, "remember", refuse)
    mapping = {"Emp#": "staff_number", "Officer": "full_name", "Role": IGNORE,
               "DOB": "birth_year", "Remarks": IGNORE}  # fmt: skip
    preview = preview_import(store, _file(tmp_path), mapping=mapping)
    assert apply_import(store, preview, actor).written
    assert roster.search_staff(store).total == 1
