"""A whole training needs analysis through the command line, in subprocesses."""

from __future__ import annotations

import datetime as dt
import json

from tests import dbfile

YEAR = dt.date.today().year
NEXT = YEAR + 1


def _in_post(data_dir) -> list[str]:
    """Staff numbers of people in post who hold a T1 position (read straight from the file)."""
    conn = dbfile.connect(data_dir / "oco-desktop.db", read_only=True)
    try:
        rows = conn.execute(
            "SELECT s.staff_number FROM staff s JOIN position p ON p.id = s.position_id "
            "WHERE s.status != 'left' AND s.deleted = 0 AND p.tier = 'T1' "
            "ORDER BY s.staff_number"
        ).fetchall()
    finally:
        conn.close()
    return [number for (number,) in rows]


def _json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_whole_cycle_from_the_command_line(cli) -> None:
    assert cli("demo", "--staff", "40").returncode == 0
    demo = _json(cli("tna", "summary", "--year", str(YEAR), "--json"))
    assert demo["status"] == "draft" and demo["needs"]
    assert demo["progress"]["assessed"] > 0 and demo["progress"]["not_started"] > 0
    first = demo["needs"][0]
    assert set(first) >= {"competency", "band", "staff", "activity"}
    bands = [need["band"] for need in demo["needs"]]
    assert bands == sorted(bands, key=["high", "medium", "low"].index)

    started = _json(cli("tna", "start", "--year", str(NEXT), "--json", "--officer", "Mele"))
    assert started["carried_from_year"] == YEAR and started["carried_rows"] > 0
    assert started["organisation"]["priorities"].startswith("PACER Plus")

    one, two = _in_post(cli.data_dir)[:2]
    year = ("--year", str(NEXT))
    for number in (one, two):
        saved = _json(
            cli("tna", "assess", *year, "--staff", number, "--competency", "TECH-CLS",
                "--agreed", "0", "--importance", "3", "--json")
        )  # fmt: skip
        assert saved["band"] == "high" and saved["score"] == 6

    refused = cli(
        "tna", "assess", *year, "--staff", one, "--competency", "TECH-CLS", "--agreed", "9"
    )
    assert refused.returncode == 3
    assert "'9' is not a level of the scale" in refused.stderr
    unknown = cli(
        "tna", "assess", *year, "--staff", one, "--competency", "TECH-ZZZ", "--agreed", "1"
    )
    assert unknown.returncode == 3 and "not a competency of the catalogue" in unknown.stderr
    no_reason = cli(
        "tna", "assess", *year, "--staff", one, "--competency", "TECH-CLS", "--band", "low"
    )
    assert no_reason.returncode == 3 and "needs a reason" in no_reason.stderr

    org = cli("tna", "org", *year, "--budget", "25000", "--currency", "TOP", "--trainers", "4")
    assert org.returncode == 0, org.stderr
    mapping = ("--activity", "P1.2.2", "--module", "HS Foundation", "--status", "planned")
    need = cli("tna", "need", *year, "--competency", "TECH-CLS", "--band", "high", *mapping)
    assert need.returncode == 0, need.stderr

    summary = _json(cli("tna", "summary", *year, "--json"))
    cls = next(n for n in summary["needs"] if (n["competency"], n["band"]) == ("TECH-CLS", "high"))
    assert cls["staff"] >= 2 and cls["status"] == "planned" and cls["module"] == "HS Foundation"
    text = cli("tna", "summary", *year)
    assert text.returncode == 0 and "TECH-CLS   high" in text.stdout and "P1.2.2" in text.stdout
    shared = _json(cli("tna", "summary", *year, "--by", "sex", "--shareable", "--json"))
    assert all(n["staff"] == "<5" or n["staff"] >= 5 for n in shared["needs"])

    assert cli("tna", "submit", *year).returncode == 3  # a draft is reviewed first
    assert cli("tna", "review", *year).returncode == 0
    assert cli("tna", "approve", *year).returncode == 2  # --approver is required
    blank = cli("tna", "approve", *year, "--approver", "  ")
    assert blank.returncode == 3 and "name of the person who approves" in blank.stderr
    assert cli("tna", "approve", *year, "--approver", "Siosaia Fifita").returncode == 0
    submitted = cli("tna", "submit", *year)
    assert submitted.returncode == 0 and "now submitted" in submitted.stdout

    locked = cli(
        "tna", "assess", *year, "--staff", one, "--competency", "TECH-VAL", "--agreed", "1"
    )
    assert locked.returncode == 3 and "locked" in locked.stderr
    assert "No submitted analysis is acknowledged yet" in cli("tna", "receipt").stdout

    reopened = _json(
        cli("tna", "reopen", *year, "--reason", "Airport staff were missing", "--json")
    )
    assert reopened["status"] == "draft" and reopened["approved_by"] is None
    assert reopened["reopen_reason"] == "Airport staff were missing"
    status = _json(cli("tna", "status", *year, "--json"))
    assert status["progress"]["partly"] >= 2 and status["by_office"]
    listing = cli("tna", "list")
    assert f"{NEXT}  TO  Draft" in listing.stdout and f"{YEAR}  TO  Draft" in listing.stdout


def test_a_year_without_an_analysis_says_how_to_start_one(cli) -> None:
    assert cli("demo", "--staff", "5").returncode == 0
    missing = cli("tna", "summary", "--year", "2031")
    assert missing.returncode == 3
    assert "no training needs analysis for 2031" in missing.stderr
    assert "tna start --year 2031" in missing.stderr
