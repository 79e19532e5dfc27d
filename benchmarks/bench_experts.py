"""Customs Expert database: the Secretariat's regional search over every member's experts.

A Secretariat store holds, for each of the 24 members, 40 experts (half staff members, half
external people) with 5 competencies each, as the members' bundles leave them; about one in
seven has no consent to share and must not be found. The budget is for that size; the same
searches at 200 and 1,000 experts a member show how the cost grows. Median of several runs:
- "who can deliver valuation training in French in March" (competency words, language, month,
  any trainer): `experts.search`, everything the table shows (names, skills, levels);
- a broad search (the TECH area, level 2 and up): the largest result the page shows;
baseline = the same filter and the same columns read with raw sqlite3 on the same file.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure, figure, growth, open_data_file

BUDGET_S = 0.200
SIZES = (40, 200, 1_000)  # experts a member; the budget is for the first
QUICK_SIZES = (2, 4, 8)
SKILLS_PER_EXPERT = 5
RUNS = 15
CONSENT_SHARE = 0.85
COMPETENCIES = (
    "TECH-VAL", "TECH-CLS", "TECH-ORG", "TECH-PRC", "TECH-RSK", "TECH-ENF", "TECH-PCA",
    "TECH-LAW", "LEAD-TRN", "LEAD-STR", "LEAD-PPL", "CORE-ETH", "CORE-GOV",
)  # fmt: skip
TRAINERS = ("none", "none", "oco_regional", "wco_accredited", "both")


def _fill(store, per_member: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Experts and skills for every member, with capture on as for merged rows."""
    import datetime as dt

    from sqlalchemy import insert

    from oco_desktop.domain.ids import new_id
    from oco_desktop.services.people.experts import skill_id_for
    from oco_desktop.store.models import Staff
    from oco_desktop.store.programme_models import Expert, ExpertSkill
    from oco_desktop.store.reference import member_codes

    rng = random.Random(11)
    staff, rows, skills = [], [], []
    with store.write() as session:
        members = member_codes(session)
        for member in members:
            for n in range(per_member):
                staff_id = None
                if n % 2 == 0:
                    staff_id = new_id()
                    staff.append(
                        {"id": staff_id, "deleted": False, "member_code": member,
                         "staff_number": f"{member}-{n:04d}", "full_name": f"Expert {member} {n}",
                         "sex": rng.choice("FM"), "birth_year": None, "start_year": None,
                         "position_id": None, "office_id": None, "status": "active",
                         "left_on": None, "erased": False}
                    )  # fmt: skip
                start = dt.date(2026, rng.randint(1, 12), 1)
                expert_id = new_id()
                rows.append(
                    {"id": expert_id, "deleted": False, "member_code": member,
                     "staff_id": staff_id,
                     "external_name": None if staff_id else f"External {member} {n}",
                     "organisation": None if staff_id else "University of the South Pacific",
                     "languages": rng.choice(("en", "en", "fr", "en,fr", "fr,en")),
                     "trainer_status": rng.choice(TRAINERS),
                     "available_from": start,
                     "available_to": start + dt.timedelta(days=rng.randint(60, 700)),
                     "days_per_year": rng.randint(0, 40),
                     "consent_share": rng.random() < CONSENT_SHARE, "note": None}
                )  # fmt: skip
                for code in rng.sample(COMPETENCIES, SKILLS_PER_EXPERT):
                    skills.append(
                        {"id": skill_id_for(expert_id, code), "deleted": False,
                         "member_code": member, "expert_id": expert_id,
                         "competency_code": code, "level": rng.randint(1, 4)}
                    )  # fmt: skip
        session.execute(insert(Staff), staff)
        session.execute(insert(Expert), rows)
        session.execute(insert(ExpertSkill), skills)
    return len(rows), len(members)


RAW_SQL = """
SELECT e.id, e.member_code, coalesce(s.full_name, e.external_name), e.organisation, e.languages,
       e.trainer_status, e.available_from, e.available_to, e.days_per_year, k.best,
       (SELECT group_concat(x.competency_code || ' ' || x.level) FROM expert_skill x
        WHERE x.expert_id = e.id AND x.deleted = 0)
FROM expert e
JOIN (SELECT expert_id, max(level) AS best FROM expert_skill
      WHERE deleted = 0 AND competency_code IN ({codes}) AND level >= ? GROUP BY expert_id) k
  ON k.expert_id = e.id
LEFT JOIN staff s ON s.id = e.staff_id
WHERE e.deleted = 0 AND e.consent_share = 1 {extra}
"""


def _raw(database: Path, codes: list[str], level: int, extra: str, params: tuple) -> float:
    sql = RAW_SQL.format(codes=", ".join("?" * len(codes)), extra=extra)
    conn = open_data_file(database, read_only=True)
    try:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            conn.execute(sql, (*codes, level, *params)).fetchall()
            times.append(time.perf_counter() - start)
        return statistics.median(times)
    finally:
        conn.close()


def _timed(store, query) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    from oco_desktop.services.people import experts

    found = experts.search(store, query)  # warm: first use loads the catalogue
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        experts.search(store, query)
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(found)


def _measure(per_member: int) -> dict[str, float | int]:
    """Both searches, and their raw-sqlite3 baselines, on a fresh store of this size."""
    from oco_desktop.domain.roster import Role
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.people.experts import ExpertQuery
    from oco_desktop.services.setup import SetupRequest, initialise

    with tempfile.TemporaryDirectory(prefix="bench-experts-") as folder:
        store = initialise(DataPaths(Path(folder) / "SEC"), SetupRequest(Role.SECRETARIAT))
        try:
            count, members = _fill(store, per_member)
            database = store.paths.database
            narrow = ExpertQuery(competency="valuation", language="fr", month="2027-03",
                                 trainer="any")  # fmt: skip
            narrow_s, narrow_n = _timed(store, narrow)
            narrow_raw = _raw(
                database, ["TECH-VAL"], 1,
                "AND (',' || e.languages || ',') LIKE '%,fr,%' "
                "AND (e.available_from IS NULL OR e.available_from <= '2027-03-31') "
                "AND (e.available_to IS NULL OR e.available_to >= '2027-03-01') "
                "AND (e.days_per_year IS NULL OR e.days_per_year > 0) "
                "AND e.trainer_status IN ('oco_regional', 'wco_accredited', 'both')",
                (),
            )  # fmt: skip
            tech = [c for c in COMPETENCIES if c.startswith("TECH")]
            broad_s, broad_n = _timed(store, ExpertQuery(competency="TECH", min_level=2))
            broad_raw = _raw(database, tech, 2, "", ())
        finally:
            store.close()
    return {"count": count, "members": members, "narrow_s": narrow_s, "narrow_n": narrow_n,
            "narrow_raw": narrow_raw, "broad_s": broad_s, "broad_n": broad_n,
            "broad_raw": broad_raw}  # fmt: skip


def run(quick: bool) -> list[Figure]:
    sizes = QUICK_SIZES if quick else SIZES
    results = [_measure(per_member) for per_member in sizes]
    figures = []
    for per_member, found in zip(sizes, results, strict=True):
        first = per_member == sizes[0]
        size = (
            f"{found['members']} members x {per_member:,} experts x {SKILLS_PER_EXPERT} skills "
            f"({found['count']:,})"
        )
        figures += [
            figure(
                f"regional search, valuation in French in March, {size}",
                float(found["narrow_s"]),
                "s",
                budget=BUDGET_S if first else None,
                baseline=float(found["narrow_raw"]),
                note=f"{found['narrow_n']:,} found; median of {RUNS}; "
                "baseline = the same filter, raw sqlite3",
            ),
            figure(
                f"regional search, TECH area level 2+, {size}",
                float(found["broad_s"]),
                "s",
                budget=BUDGET_S if first else None,
                baseline=float(found["broad_raw"]),
                note=f"{found['broad_n']:,} found (names, skills); median of {RUNS}; "
                "baseline = raw sqlite3",
            ),
        ]
    experts = [int(found["count"]) for found in results]
    figures.append(
        growth("narrow search growth (by experts)", experts,
               [float(f["narrow_s"]) for f in results], "s")
    )  # fmt: skip
    figures.append(
        growth("broad search growth (by experts)", experts,
               [float(f["broad_s"]) for f in results], "s")
    )  # fmt: skip
    return figures
