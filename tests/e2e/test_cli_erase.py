"""`roster erase`: a person erased on a legal request is gone from every list, export and
report, from the data file and from archive/ (issue 17, section 3)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import open_installation
from oco_desktop.store.models import Base, Staff

NUMBER = "TO-3596"  # Vika Hopoate in the demo of seed 1: a mentor and a successor
# Free text of every table that refers to a person, written about them.
FREE_TEXT = {
    "tna_assessment": ("comment", "override_reason"),
    "nomination": ("reason", "certificate_ref"),
    "elearning_completion": ("certificate_ref",),
    "mentoring_pair": ("goals", "outcome"),
    "internship": ("purpose", "outcome"),
    "expert": ("note", "organisation"),
    "successor": ("development",),
}
REFERENCES = (
    ("tna_assessment", "staff_id"),
    ("nomination", "staff_id"),
    ("elearning_completion", "staff_id"),
    ("mentoring_pair", "mentee_staff_id"),
    ("mentoring_pair", "mentor_staff_id"),
    ("internship", "staff_id"),
    ("expert", "staff_id"),
    ("successor", "staff_id"),
)


def _give_the_person_a_row_in_every_table(paths: DataPaths) -> tuple[str, str]:
    """Copy one row of each table that refers to staff onto the person, its free text about
    them; plus a skill for their expert record. Returns (name, id)."""
    store = open_installation(paths)
    try:
        with store.write() as session:
            person = session.scalars(select(Staff).where(Staff.staff_number == NUMBER)).one()
            name = person.full_name
            conn = session.connection()
            expert_id = None
            for table_name, column in REFERENCES:
                table = Base.metadata.tables[table_name]
                template = (
                    conn.execute(select(table).where(table.c[column].is_not(None)).limit(1))
                    .mappings()
                    .first()
                )
                assert template is not None, f"the demo has no {table_name} row to copy"
                values = dict(template)
                values.update(id=str(uuid.uuid4()), deleted=False, **{column: person.id})
                for text_column in FREE_TEXT[table_name]:
                    values[text_column] = f"About {name}"
                conn.execute(table.insert().values(**values))
                if table_name == "expert":
                    expert_id = values["id"]
            skills = Base.metadata.tables["expert_skill"]
            skill = dict(conn.execute(select(skills).limit(1)).mappings().one())
            skill.update(id=str(uuid.uuid4()), expert_id=expert_id, deleted=False)
            conn.execute(skills.insert().values(**skill))
        return name, person.id
    finally:
        store.close()


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _xlsx_text(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    return "\n".join(
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
        for cell in row if cell is not None
    )  # fmt: skip


def _everything_shown(cli, out: Path) -> dict[str, str]:
    """The text of every list, export and report the person could appear in."""
    out.mkdir(parents=True, exist_ok=True)
    year = str(dt.date.today().year)
    shown: dict[str, str] = {}
    for command in (
        ("mentoring", "list"),
        ("experts", "list"),
        ("succession", "list"),
        ("succession", "risks"),
        ("programme", "nominations"),
    ):
        run = cli(*command)
        assert run.returncode == 0, run.stderr
        shown[" ".join(command)] = run.stdout
    for suffix in ("csv", "xlsx"):
        target = out / f"roster.{suffix}"
        run = cli("roster", "export", str(target))
        assert run.returncode == 0, run.stderr
        shown[f"roster export {suffix}"] = (
            target.read_text(encoding="utf-8-sig") if suffix == "csv" else _xlsx_text(target)
        )
    for report, extra in (
        ("tna", ("--names", "--annex")),
        ("programme", ()),
        ("gender", ()),
        ("participation-xlsx", ()),
        ("needs-xlsx", ()),
    ):
        target = out / f"{report}.{'xlsx' if report.endswith('xlsx') else 'pdf'}"
        run = cli("report", report, "--year", year, "--out", str(target), *extra)
        assert run.returncode == 0, run.stderr
        shown[f"report {report}"] = (
            _xlsx_text(target) if target.suffix == ".xlsx" else _pdf_text(target)
        )
    return shown


@pytest.mark.slow
def test_an_erased_person_is_gone_from_every_list_export_report_and_archive(cli, tmp_path):
    assert cli("demo", "--staff", "40").returncode == 0
    paths = DataPaths(cli.data_dir)
    name, _person_id = _give_the_person_a_row_in_every_table(paths)
    paths.archive.mkdir(exist_ok=True)
    received = paths.archive / "0123456789abcdef.ocob"
    received.write_bytes(f"a received bundle naming {name}".encode())

    before = _everything_shown(cli, tmp_path / "before")
    for where in ("mentoring list", "succession list", "roster export csv", "roster export xlsx"):
        assert name in before[where], where  # the check below can see the person

    erased = cli("roster", "erase", NUMBER, "--reason", "Legal request 2026-7", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "Erased staff number TO-3596" in erased.stdout

    after = _everything_shown(cli, tmp_path / "after")
    for where, text in after.items():
        assert name not in text, f"{name} still shown in {where}"
        assert NUMBER not in text, f"{NUMBER} still shown in {where}"
    assert list(paths.archive.iterdir()) == []
    for file in paths.root.glob("oco-desktop.db*"):
        assert name.encode() not in file.read_bytes(), f"{name} still in {file.name}"


def test_erase_refuses_an_unknown_staff_number_with_a_sentence(cli):
    assert cli("demo", "--staff", "5").returncode == 0
    run = cli("roster", "erase", "TO-0000-NOPE", "--reason", "Legal request 8", "--yes")
    assert run.returncode == 3
    assert "No person with staff number TO-0000-NOPE" in run.stderr
    assert "nothing was erased" in run.stderr


def test_erase_without_yes_off_a_terminal_asks_for_one_and_erases_nothing(cli):
    assert cli("demo", "--staff", "5").returncode == 0
    exported = cli("roster", "export", str(cli.data_dir / "before.csv"))
    assert exported.returncode == 0
    number = (cli.data_dir / "before.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    number = number.split(",")[0]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = ["roster", "erase", number, "--reason", "Legal request 9"]
    run = subprocess.run(
        [sys.executable, "-m", "oco_desktop", "--data-dir", str(cli.data_dir), *command],
        stdin=subprocess.DEVNULL,  # a script: no terminal to confirm on
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 3
    assert "--yes" in run.stderr and "Nothing was erased" in run.stderr
    assert cli("roster", "erase", number, "--reason", "Legal request 9", "--yes").returncode == 0
