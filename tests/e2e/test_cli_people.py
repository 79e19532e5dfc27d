"""People development through the command line, in subprocesses: the demo's data, adding to
each part, the expert search, the risk view, workforce statistics, and refused input (exit 3)."""

from __future__ import annotations

import json

from tests import dbfile


def _json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _numbers(data_dir, tier: str) -> list[str]:
    conn = dbfile.connect(data_dir / "oco-desktop.db", read_only=True)
    try:
        rows = conn.execute(
            "SELECT s.staff_number FROM staff s JOIN position p ON p.id = s.position_id "
            "WHERE s.status = 'active' AND s.deleted = 0 AND p.tier = ? ORDER BY s.staff_number",
            (tier,),
        ).fetchall()
    finally:
        conn.close()
    return [n for (n,) in rows]


def test_people_development_from_the_command_line(cli) -> None:
    assert cli("demo", "--staff", "60").returncode == 0
    before = _json(cli("mentoring", "list", "--json"))
    t1, t3 = _numbers(cli.data_dir, "T1"), _numbers(cli.data_dir, "T3")

    pair = _json(cli("mentoring", "add", "--mentee", t1[0], "--mentor", t3[0], "--start",
                     "2026-09-01", "--goals", "Lead a shift", "--json"))  # fmt: skip
    assert pair["mentee"].endswith(f"({t1[0]})") and pair["status"] == "active"
    same = cli("mentoring", "add", "--mentee", t1[0], "--mentor", t1[0], "--start", "2026-09-01")
    assert same.returncode == 3 and "same person" in same.stderr
    late = cli("mentoring", "internship", "--staff", t1[1], "--host", "SEC", "--start",
               "2027-02-01", "--end", "2027-01-01")  # fmt: skip
    assert late.returncode == 3 and "before the start" in late.stderr
    unknown = cli(
        "mentoring", "internship", "--staff", t1[1], "--host", "ZZ", "--start", "2027-02-01"
    )
    assert unknown.returncode == 3 and "not a host" in unknown.stderr
    assert cli("mentoring", "internship", "--staff", t1[1], "--host", "ws", "--start",
               "2027-02-01").returncode == 0  # fmt: skip
    after = _json(cli("mentoring", "list", "--json"))
    assert len(after["pairs"]) == len(before["pairs"]) + 1
    assert len(after["internships"]) == len(before["internships"]) + 1
    assert any(i["host_code"] == "WS" for i in after["internships"])

    added = _json(cli("experts", "add", "--name", "Marie Tane", "--organisation", "Douanes NC",
                      "--skill", "TECH-VAL=4", "--languages", "fr", "--from", "2027-01-01",
                      "--trainer", "wco_accredited", "--consent", "--json"))  # fmt: skip
    assert added["consent_share"] and added["skills"] == {"TECH-VAL": 4}
    bad = cli("experts", "add", "--name", "X", "--skill", "TECH-VAL=7")
    assert bad.returncode == 3 and "not a level" in bad.stderr
    found = _json(cli("experts", "search", "--competency", "valuation", "--language", "fr",
                      "--month", "2027-03", "--json"))  # fmt: skip
    names = [e["name"] for e in found]
    assert "Marie Tane" in names and all("fr" in e["languages"] for e in found)
    assert all(e["skills"].get("TECH-VAL", 0) >= 1 for e in found)
    text = cli("experts", "search", "--competency", "TECH-VAL", "--trainer", "any")
    assert text.returncode == 0 and "Marie Tane" in text.stdout
    month = cli("experts", "search", "--month", "March")
    assert month.returncode == 3 and "YYYY-MM" in month.stderr

    risks = _json(cli("succession", "risks", "--json"))
    assert all(r["risk"] in ("no_successor", "none_ready_now") for r in risks)
    key = _json(cli("succession", "key", "--position", "Customs Officer", "--reason", "x",
                    "--json"))  # fmt: skip
    assert key["risk"] == "no_successor"
    assert _json(cli("succession", "risks", "--json"))[0]["position"] == "Customs Officer"
    named = cli("succession", "successor", "--position", "Customs Officer", "--staff", t3[1],
                "--readiness", "now")  # fmt: skip
    assert named.returncode == 0, named.stderr
    assert all(
        r["position"] != "Customs Officer" for r in _json(cli("succession", "risks", "--json"))
    )

    stats = _json(cli("gender", "stats", "--json"))
    assert not stats["shareable"] and isinstance(stats["women_leaders"], int)
    shared = _json(cli("gender", "stats", "--shareable", "--json"))
    assert shared["shareable"]
    assert all(v == "<5" or not 0 < v < 5 for line in shared["by_tier"]
               for v in (line["women"], line["men"], line["other"]))  # fmt: skip
    adopted = cli("gender", "plan-set", "--title", "GEP", "--start", "2030", "--end", "2032",
                  "--status", "adopted")  # fmt: skip
    assert adopted.returncode == 3 and "Approved by" in adopted.stderr
    assert cli("gender", "plan-set", "--title", "GEP", "--start", "2030", "--end",
               "2032").returncode == 0  # fmt: skip
    assert _json(cli("gender", "action", "--action", "Mixed panels", "--owner", "HR",
                     "--due", "2030-06-30", "--json"))["status"] == "planned"  # fmt: skip
    assert _json(cli("gender", "indicator", "--principle", "P2", "--text", "Childcare",
                     "--baseline", "0", "--json"))["principle_code"] == "P2"  # fmt: skip
    plan = _json(cli("gender", "plan", "--json"))
    assert plan["title"] == "GEP" and [i["text"] for i in plan["indicators"]] == ["Childcare"]
    assert [a["action"] for a in plan["actions"]] == ["Mixed panels"]
    wrong = cli("gender", "indicator", "--principle", "P9", "--text", "x")
    assert wrong.returncode == 3 and "not a principle" in wrong.stderr
