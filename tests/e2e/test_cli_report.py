"""Reports from the command line, in subprocesses: a PDF in French, a spreadsheet, and the
refusals (exit 3) with a sentence that says what to do."""

from __future__ import annotations

import datetime as dt
import json

from openpyxl import load_workbook
from pypdf import PdfReader

YEAR = dt.date.today().year


def test_reports_from_the_command_line(cli, tmp_path) -> None:
    assert cli("demo", "--staff", "30").returncode == 0

    out = tmp_path / "tna-fr.pdf"
    done = cli(
        "report", "tna", "--year", str(YEAR), "--out", str(out), "--lang", "fr", "--annex", "--json"
    )
    assert done.returncode == 0, done.stderr
    written = json.loads(done.stdout)
    assert written["kind"] == "tna" and written["lang"] == "fr" and written["path"] == str(out)
    reader = PdfReader(out)
    assert len(reader.pages) == written["pages"]
    first = reader.pages[0].extract_text()
    assert f"Analyse des besoins de formation {YEAR} : Tonga" in first
    assert f"Page 1 sur {written['pages']}" in first

    sheet = tmp_path / "needs.xlsx"
    done = cli("report", "needs-xlsx", "--year", str(YEAR), "--out", str(sheet))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote ") and str(sheet) in done.stdout
    assert load_workbook(sheet).active["A1"].value == "Competency (code)"

    gender = tmp_path / "gender.pdf"
    assert cli("report", "gender", "--year", str(YEAR), "--out", str(gender)).returncode == 0
    assert "Gender Equality Plan" in PdfReader(gender).pages[0].extract_text()

    progress = tmp_path / "progress.pdf"
    done = cli("report", "progress", "--year", str(YEAR), "--out", str(progress))
    assert done.returncode == 0, done.stderr
    text = " ".join(p.extract_text() for p in PdfReader(progress).pages)
    assert f"Programme progress {YEAR}: Tonga" in text and "15 activities" in text


def test_refusals_exit_3_and_say_what_to_do(cli, tmp_path) -> None:
    assert cli("demo", "--staff", "10").returncode == 0
    missing = cli("report", "tna", "--year", "2019", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 3
    assert "no training needs analysis for 2019" in missing.stderr
    assert "tna start --year 2019" in missing.stderr
    regional = cli("report", "regional", "--year", str(YEAR), "--out", str(tmp_path / "r.pdf"))
    assert regional.returncode == 3 and "Secretariat" in regional.stderr
    names = cli("report", "tna", "--year", str(YEAR), "--out", str(tmp_path / "n.pdf"), "--names")
    assert names.returncode == 3 and "--names goes with --annex" in names.stderr
    assert not list(tmp_path.glob("*.pdf"))
    usage = cli("report", "tna", "--out", str(tmp_path / "x.pdf"))
    assert usage.returncode == 2 and "--year" in usage.stderr
