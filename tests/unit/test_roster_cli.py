"""`roster import` / `roster export` / `roster template`: options, output and exit codes."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from oco_desktop.cli import roster as cli_roster
from oco_desktop.services import audit
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster import staff as roster

ROWS = "Staff number,Full name,Sex,Birth year,Office\r\n"


@pytest.fixture
def parser():
    top = argparse.ArgumentParser(prog="oco-desktop")
    cli_roster.register(top.add_subparsers(dest="command", required=True))
    return top


def _run(parser, store, *argv):
    out = io.StringIO()
    code = cli_roster.run(parser.parse_args(["roster", *argv]), store, out)
    return code, out.getvalue()


def _csv(tmp_path, *lines, name="staff.csv"):
    path = tmp_path / name
    path.write_text(ROWS + "".join(f"{line}\r\n" for line in lines), encoding="utf-8")
    return path


def test_a_clean_import_exits_0_and_says_what_was_written(parser, store, tmp_path):
    path = _csv(tmp_path, "TO-1,Sēini Tuʻipulotu,F,1985,Nukuʻalofa HQ")
    code, out = _run(parser, store, "import", str(path), "--officer", "Mele Tupou")
    assert code == 0
    assert "1 new, 0 updated, 0 unchanged, 0 refused" in out
    assert "Imported: 1 row written." in out
    person = roster.search_staff(store).rows[0]
    assert {h.officer for h in audit.history_of_staff(store, person.id)} == {"Mele Tupou"}
    code, out = _run(parser, store, "import", str(path))
    assert code == 0 and "0 new, 0 updated, 1 unchanged" in out


def test_a_refused_row_exits_3_and_writes_nothing(parser, store, tmp_path):
    path = _csv(tmp_path, "TO-1,Ana Fifita,F,1985,", "TO-2,Sione Taufa,Q,1985,")
    code, out = _run(parser, store, "import", str(path))
    assert code == 3
    assert "Row 3, column \"Sex\" (C): 'Q' is not a sex code" in out
    assert "Nothing was written" in out
    assert roster.search_staff(store).total == 0


def test_partial_writes_the_valid_rows_and_still_exits_3(parser, store, tmp_path):
    path = _csv(tmp_path, "TO-1,Ana Fifita,F,1985,", "TO-2,Sione Taufa,Q,1985,")
    code, out = _run(parser, store, "import", str(path), "--partial")
    assert code == 3 and "Imported: 1 row written." in out
    assert [r.staff_number for r in roster.search_staff(store).rows] == ["TO-1"]


def test_dry_run_with_json_prints_per_row_statuses_and_writes_nothing(parser, store, tmp_path):
    path = _csv(tmp_path, "TO-1,Ana Fifita,F,1985,Vavaʻu", "TO-2,Sione Taufa,M,1930,")
    code, out = _run(parser, store, "import", str(path), "--dry-run", "--json")
    summary = json.loads(out)
    assert code == 3
    assert summary["dry_run"] is True and summary["written"] is False
    assert summary["counts"] == {"new": 0, "updated": 0, "unchanged": 0, "error": 2}
    assert summary["missing_offices"] == [{"name": "Vavaʻu", "rows": [2]}]
    row3 = summary["rows"][1]
    assert row3["row"] == 3 and row3["status"] == "error"
    assert row3["errors"][0]["column"] == "Birth year"
    assert "Ana Fifita" not in out  # the summary names rows by staff number only
    assert roster.search_staff(store).total == 0


def test_create_missing_creates_offices_named_in_the_file(parser, store, tmp_path):
    path = _csv(tmp_path, "TO-1,Ana Fifita,F,1985,Vavaʻu")
    code, out = _run(parser, store, "import", str(path))
    assert code == 3 and "Offices not in OCO Desktop: Vavaʻu (row 2). Use --create-missing" in out
    code, out = _run(parser, store, "import", str(path), "--create-missing")
    assert code == 0 and "Created offices: Vavaʻu." in out
    assert {o.name for o in roster_org.list_offices(store)} == {"Nukuʻalofa HQ", "Vavaʻu"}


@pytest.mark.parametrize("name", ["roster.xlsx", "roster.csv"])
def test_export_by_extension_then_template(parser, store, tmp_path, name):
    _run(parser, store, "import", str(_csv(tmp_path, "TO-1,Ana Fifita,F,1985,")))
    code, out = _run(parser, store, "export", str(tmp_path / name), "--json")
    assert code == 0
    assert json.loads(out) == {"file": str(tmp_path / name), "format": name[-4:].lstrip("."),
                               "rows": 1}  # fmt: skip
    code, out = _run(parser, store, "template", str(tmp_path / "template.xlsx"), "--language", "fr")
    assert code == 0 and (tmp_path / "template.xlsx").exists()


def test_the_sub_command_is_required(parser):
    with pytest.raises(SystemExit):
        parser.parse_args(["roster"])
