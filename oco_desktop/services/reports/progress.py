"""The figures of the programme progress report: every activity of Priority 1 (Customs
Leadership), under its outcome, with its status today and what the year brought to it: course
sessions starting in the year, nominations to them, completed courses and e-learning modules.
Activities with nothing in the year are listed with zeros: the report shows the whole programme,
not only what moved.

Counts are those of the participation report (services.reports.programme) for the same year and
scope, so the two reports agree; counts that leave the office are suppressed below 5 unless the
officer asks for exact figures."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from oco_desktop.reports.document import Written
from oco_desktop.reports.progress_report import (
    ActivityProgress,
    OutcomeProgress,
    ProgressReportData,
)
from oco_desktop.reports.progress_report import build_progress_report as _layout
from oco_desktop.reports.strings import text
from oco_desktop.services.programme.tree import ELEARNING_KIND, programme_tree
from oco_desktop.services.reports.data import (
    as_of,
    is_demo,
    last_bundle_day,
    member_name,
    shown,
)
from oco_desktop.services.reports.programme import TABLES, _scope, is_completed, participation
from oco_desktop.store.engine import Store


def progress_report_data(
    store: Store,
    year: int,
    *,
    lang: str = "en",
    member_code: str | None = None,
    shareable: bool = True,
    today: dt.datetime | None = None,
) -> ProgressReportData:
    now = today or dt.datetime.now()
    with store.read() as session:
        member = _scope(session, member_code)
        scope = member_name(session, member, lang) if member else text(lang, "region")
        day = as_of(session, member, TABLES) if member else last_bundle_day(session)
        demo = is_demo(session)
        nominations, completions, sessions = participation(session, year, member, lang)
    tree = programme_tree(store, member, today=now.date())
    held = Counter(
        course.activity_code or ""
        for course_session, course in sessions.values()
        if course_session.status != "cancelled"
    )
    nominated = Counter(p.activity for p in nominations)
    completed = Counter(p.activity for p in nominations if is_completed(p))
    outcomes = []
    for outcome in tree.outcomes:
        lines = [
            ActivityProgress(
                code=activity.code,
                title=activity.name(lang),
                status=activity.status.value,
                sessions=held.get(activity.code, 0),
                nominations=shown(nominated.get(activity.code, 0), shareable),
                completed=shown(completed.get(activity.code, 0), shareable),
                elearning=shown(len(completions), shareable)
                if activity.kind == ELEARNING_KIND
                else 0,
            )
            for activity in outcome.activities
        ]
        outcomes.append(OutcomeProgress(outcome.code, outcome.name(lang), lines))
    return ProgressReportData(
        lang=lang,
        scope=scope,
        year=year,
        generated=now,
        as_of=day,
        demo=demo,
        shareable=shareable,
        programme=tree.name(lang),
        outcomes=outcomes,
    )


def build_progress_report(
    store: Store,
    year: int,
    out: Path,
    *,
    lang: str = "en",
    member_code: str | None = None,
    shareable: bool = True,
    today: dt.datetime | None = None,
) -> Written:
    data = progress_report_data(
        store, year, lang=lang, member_code=member_code, shareable=shareable, today=today
    )
    return _layout(data, out)
