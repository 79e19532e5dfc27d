"""Leadership programme: the programme tree with all links on a 1,000-staff store.

A copy of the demo store of the first size gets the demo programme, then "all links": the
current needs of its analysis saved (each mapped to an activity), a course for every activity
with four sessions each (past, under way and coming), two nominations for every person in post
(some beyond the seats, so waitlisted; those to past sessions with attendance and a result) and
five e-learning completions for every person. Then:
- tree: `programme.programme_tree`, the objective, outcomes and activities with every count and
  the status (median of runs); baseline = raw sqlite3 counting the same rows with the simplest
  grouped queries;
- activity: `programme.activity_detail` of the busiest activity (its sessions, nominations with
  names and waiting-list positions, needs), as shown when an activity is selected; baseline =
  raw fetch of that activity's nomination rows.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from pathlib import Path

from benchmarks.harness import (
    Figure,
    copy_store,
    demo_store,
    figure,
    growth,
    median,
    open_data_file,
    staff_sizes,
)

TREE_BUDGET_S = 0.200
DETAIL_BUDGET_S = 0.200
RUNS = 15
SESSIONS_PER_COURSE = 4
NOMINATIONS_PER_PERSON = 2
COMPLETIONS_PER_PERSON = 5
DB_FILE_NAME = "oco-desktop.db"
RAW_COUNTS = (
    "SELECT c.activity_code, COUNT(*) FROM course c JOIN course_session s "
    "ON s.course_id = c.id WHERE c.deleted = 0 AND s.deleted = 0 GROUP BY c.activity_code",
    "SELECT c.activity_code, COUNT(*) FROM nomination n JOIN course_session s "
    "ON s.id = n.session_id JOIN course c ON c.id = s.course_id WHERE n.deleted = 0 "
    "GROUP BY c.activity_code",
    "SELECT activity_code, COUNT(*) FROM tna_need WHERE deleted = 0 GROUP BY activity_code",
    "SELECT COUNT(*) FROM elearning_completion WHERE deleted = 0",
)


def _fill_links(store, member: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Every kind of link, in bulk, through the store (capture triggers on), on top of what
    the demo filled."""
    from sqlalchemy import insert, select

    from oco_desktop.domain.ids import new_id
    from oco_desktop.services.programme.elearning import _catalogue, completion_id_for
    from oco_desktop.services.tna.cycle import in_post
    from oco_desktop.store.models import Staff
    from oco_desktop.store.programme_models import (
        Course,
        CourseSession,
        ElearningCompletion,
        Nomination,
    )
    from oco_desktop.store.tna_reference import programme_activities

    today = dt.date.today()
    rng = random.Random(11)
    with store.write() as session:
        staff = list(
            session.scalars(select(Staff.id).where(in_post(), Staff.member_code == member))
        )
        modules = [m.code for m in _catalogue(session)]
        existing = set(session.scalars(select(ElearningCompletion.id)))
        courses, sessions = [], []
        for n, activity in enumerate(programme_activities(session)):
            course_id = new_id()
            courses.append(
                {"id": course_id, "deleted": False, "code": f"BEN-{n:02d}",
                 "title": f"Benchmark course {n}", "activity_code": activity.code,
                 "mode": "in_person", "language": "en"}
            )  # fmt: skip
            for k in range(SESSIONS_PER_COURSE):
                starts = today + dt.timedelta(days=(k - 1) * 45 - 2)
                sessions.append(
                    {"id": new_id(), "deleted": False, "course_id": course_id,
                     "starts_on": starts, "ends_on": starts + dt.timedelta(days=4),
                     "apply_by": None, "venue": "Suva", "online": False,
                     "seats": min(1000, max(1, len(staff) // 40)), "language": "en",
                     "status": "held" if k == 0 else "open"}
                )  # fmt: skip
        session.execute(insert(Course).execution_options(render_nulls=True), courses)
        session.execute(insert(CourseSession).execution_options(render_nulls=True), sessions)
        nominations, completions = [], []
        for person in staff:
            for target in rng.sample(sessions, NOMINATIONS_PER_PERSON):
                past = target["starts_on"] < today
                nominations.append(
                    {"id": new_id(), "deleted": False, "member_code": member,
                     "session_id": target["id"], "staff_id": person, "reason": "benchmark",
                     "need_id": None, "nominated_on": today - dt.timedelta(days=60),
                     "status": rng.choice(("nominated", "waitlisted", "confirmed")),
                     "decided_on": None, "attendance": "attended" if past else None,
                     "result": "passed" if past else None, "certificate_ref": None}
                )  # fmt: skip
            for module in rng.sample(modules, min(COMPLETIONS_PER_PERSON, len(modules))):
                if completion_id_for(person, module) in existing:
                    continue
                completions.append(
                    {"id": completion_id_for(person, module), "deleted": False,
                     "member_code": member, "staff_id": person, "module_code": module,
                     "completed_on": today - dt.timedelta(days=rng.randint(1, 700)),
                     "certificate_ref": None, "hours": None}
                )  # fmt: skip
        session.execute(insert(Nomination).execution_options(render_nulls=True), nominations)
        session.execute(
            insert(ElearningCompletion).execution_options(render_nulls=True), completions
        )
    return {
        "staff": len(staff),
        "courses": len(courses),
        "sessions": len(sessions),
        "nominations": len(nominations),
        "completions": len(completions),
    }


def _raw_counts_s(database: Path) -> float:
    conn = open_data_file(database, read_only=True)
    try:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            for sql in RAW_COUNTS:
                conn.execute(sql).fetchall()
            times.append(time.perf_counter() - start)
        return median(times)
    finally:
        conn.close()


def _raw_detail_s(database: Path, activity: str) -> float:
    conn = open_data_file(database, read_only=True)
    try:
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            conn.execute(
                "SELECT n.*, s.starts_on, st.full_name FROM nomination n "
                "JOIN course_session s ON s.id = n.session_id "
                "JOIN course c ON c.id = s.course_id JOIN staff st ON st.id = n.staff_id "
                "WHERE n.deleted = 0 AND c.activity_code = ?",
                (activity,),
            ).fetchall()
            times.append(time.perf_counter() - start)
        return median(times)
    finally:
        conn.close()


def _measure(staff: int):  # type: ignore[no-untyped-def]
    """On a copy of the demo store of `staff`, filled with links: the tree's and the busiest
    activity's median times, and what they held."""
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.programme import tree as programme
    from oco_desktop.services.setup import open_installation

    data_dir = copy_store(demo_store(staff), f"programme-{staff}")
    store = open_installation(DataPaths(data_dir))
    try:
        made = _fill_links(store, "TO")
        programme.programme_tree(store)  # warm-up: the reference file parsed once per process
        trees = []
        for _ in range(RUNS):
            start = time.perf_counter()
            tree = programme.programme_tree(store)
            trees.append(time.perf_counter() - start)
        busiest = max(tree.activities, key=lambda a: a.counts.nominations)
        details = []
        for _ in range(RUNS):
            start = time.perf_counter()
            detail = programme.activity_detail(store, busiest.code)
            details.append(time.perf_counter() - start)
    finally:
        store.close()
    return median(trees), median(details), made, tree, busiest, detail, data_dir / DB_FILE_NAME


def run(quick: bool) -> list[Figure]:
    sizes = staff_sizes(quick)
    measured = [_measure(staff) for staff in sizes]
    tree_s, detail_s, made, tree, busiest, detail, database = measured[0]
    totals = tree.counts
    links = (
        f"{made['courses'] + 7} courses, {totals.sessions} sessions, {totals.nominations:,} "
        f"nominations, {totals.completions:,} completions, {totals.needs} needs"
    )
    figures = [
        figure(
            f"programme tree, {made['staff']:,} staff, all links",
            tree_s,
            "s",
            budget=TREE_BUDGET_S,
            baseline=_raw_counts_s(database),
            note=f"median of {RUNS}; {links}; baseline = raw sqlite3 grouped counts",
        ),
        figure(
            f"activity detail ({busiest.code})",
            detail_s,
            "s",
            budget=DETAIL_BUDGET_S,
            baseline=_raw_detail_s(database, busiest.code),
            note=f"median of {RUNS}; {len(detail.sessions)} sessions, "
            f"{len(detail.nominations):,} nominations; baseline = raw fetch of its nominations",
        ),
    ]
    for staff, (size_tree_s, size_detail_s, size_made, size_tree, _, _, size_db) in zip(
        sizes[1:], measured[1:], strict=True
    ):
        figures.append(
            figure(
                f"programme tree, {size_made['staff']:,} staff, all links",
                size_tree_s,
                "s",
                baseline=_raw_counts_s(size_db),
                note=f"{size_tree.counts.nominations:,} nominations; demo of {staff:,} staff",
            )
        )
        figures.append(figure(f"activity detail, {staff:,} staff", size_detail_s, "s"))
    figures.append(growth("programme tree growth", sizes, [m[0] for m in measured], "s"))
    figures.append(growth("activity detail growth", sizes, [m[1] for m in measured], "s"))
    return figures
