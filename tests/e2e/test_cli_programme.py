"""The programme through the command line, in subprocesses: the Secretariat publishes, a member
nominates, records completions in bulk, and refused input exits 3 with the reason."""

from __future__ import annotations

import datetime as dt
import json

from tests import dbfile

TODAY = dt.date.today()


def _json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _rows(data_dir, sql: str) -> list[tuple]:
    conn = dbfile.connect(data_dir / "oco-desktop.db", read_only=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _in_post(data_dir) -> list[str]:
    rows = _rows(
        data_dir,
        "SELECT staff_number FROM staff WHERE status != 'left' AND deleted = 0 "
        "ORDER BY staff_number",
    )
    return [number for (number,) in rows]


def test_the_secretariat_publishes_courses_and_sessions(cli, tmp_path) -> None:
    sec = tmp_path / "sec"
    assert cli("init", "--role", "secretariat", data_dir=sec).returncode == 0
    added = cli(
        "programme", "course", "add", "--code", "FLS", "--title", "Front-line Supervision",
        "--activity", "P1.1.4", "--mode", "blended", data_dir=sec,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    start = TODAY + dt.timedelta(days=30)
    session = _json(
        cli(
            "programme",
            "session",
            "add",
            "--course",
            "FLS",
            "--start",
            start.isoformat(),
            "--end",
            (start + dt.timedelta(days=2)).isoformat(),
            "--seats",
            "12",
            "--venue",
            "Suva",
            "--json",
            data_dir=sec,
        )
    )
    assert (session["course"], session["seats"], session["left"]) == ("FLS", 12, 12)
    listed = _json(cli("programme", "courses", "--json", data_dir=sec))
    assert [(c["code"], c["activity_code"], c["sessions"]) for c in listed] == [
        ("FLS", "P1.1.4", 1)
    ]
    tree = _json(cli("programme", "tree", "--json", data_dir=sec))
    activity = tree["outcomes"][0]["activities"][3]
    assert (activity["code"], activity["courses"], activity["status"]) == ("P1.1.4", 1, "planned")

    bad = cli(
        "programme", "session", "add", "--course", "FLS", "--start", start.isoformat(),
        "--end", (start - dt.timedelta(days=1)).isoformat(), "--seats", "5", "--venue", "Suva",
        data_dir=sec,
    )  # fmt: skip
    assert bad.returncode == 3 and "cannot end before it starts" in bad.stderr
    cancelled = cli("programme", "session", "cancel", "--session", session["id"][-8:], data_dir=sec)
    assert cancelled.returncode == 0, cancelled.stderr
    assert "cancelled" in _json(cli("programme", "sessions", "--json", data_dir=sec))[0]["status"]


def test_a_member_nominates_and_records_e_learning(cli) -> None:
    assert cli("demo", "--staff", "40").returncode == 0
    refused = cli("programme", "course", "add", "--code", "X", "--title", "X")
    assert refused.returncode == 3 and "Only the OCO Secretariat" in refused.stderr
    assert _rows(cli.data_dir, "SELECT id FROM course")  # the demo fills the programme

    upcoming = _json(cli("programme", "sessions", "--upcoming", "--json"))
    open_one = next(s for s in upcoming if s["left"] > 0)
    nominated = {
        number for (number,) in _rows(cli.data_dir, "SELECT s.staff_number FROM nomination n "
                                      "JOIN staff s ON s.id = n.staff_id")
    }  # fmt: skip
    free = [n for n in _in_post(cli.data_dir) if n not in nominated]
    made = _json(
        cli(
            "programme",
            "nominate",
            "--session",
            open_one["id"][-8:],
            "--staff",
            free[0],
            "--reason",
            "Acting supervisor",
            "--json",
        )
    )
    assert (made["staff_number"], made["status"]) == (free[0], "nominated")
    twice = cli(
        "programme", "nominate", "--session", open_one["id"], "--staff", free[0], "--reason", "r"
    )
    assert twice.returncode == 3 and "already nominated" in twice.stderr
    full = next(s for s in upcoming if s["left"] == 0)
    waiting = cli(
        "programme", "nominate", "--session", full["id"], "--staff", free[1], "--reason", "r"
    )
    assert waiting.returncode == 0 and "waiting list, position" in waiting.stdout
    early = cli("programme", "outcome", "--nomination", made["id"], "--attendance", "attended")
    assert early.returncode == 3 and "once it has started" in early.stderr

    [(gone_number,)] = _rows(
        cli.data_dir, "SELECT staff_number FROM staff WHERE status = 'left' LIMIT 1"
    )  # the demo roster always has leavers
    gone = cli(
        "programme", "nominate", "--session", open_one["id"], "--staff", gone_number,
        "--reason", "r",
    )  # fmt: skip
    assert gone.returncode == 3 and "left the administration" in gone.stderr

    modules = _json(cli("programme", "elearning", "modules", "--json"))
    code = next(m["code"] for m in modules if m["title"] == "Time Release Study")
    staff = ",".join(free[2:14])
    day = (TODAY - dt.timedelta(days=3)).isoformat()
    first = _json(
        cli("programme", "elearning", "record", "--module", code, "--date", day,
            "--staff", staff, "--json")
    )  # fmt: skip
    assert first["added"] + first["unchanged"] == 12
    again = _json(
        cli("programme", "elearning", "record", "--module", code, "--date", day,
            "--staff", staff, "--json")
    )  # fmt: skip
    assert (again["added"], again["unchanged"]) == (0, 12)
    future = cli(
        "programme", "elearning", "record", "--module", code, "--date",
        (TODAY + dt.timedelta(days=1)).isoformat(), "--staff", free[2],
    )  # fmt: skip
    assert future.returncode == 3 and "in the future" in future.stderr
    unknown = cli(
        "programme", "elearning", "record", "--module", "nope", "--date", day, "--staff", free[2]
    )
    assert unknown.returncode == 3 and "not a module" in unknown.stderr
    tree = cli("programme", "tree")
    assert tree.returncode == 0 and "P1.2.2" in tree.stdout and "Delivered" in tree.stdout
