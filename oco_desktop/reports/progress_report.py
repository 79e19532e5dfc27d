"""The programme progress report: all activities of Priority 1 under their outcomes, each with
its status today and the year's sessions, nominations, completed courses and e-learning, zeros
included. Built from `ProgressReportData` (services.reports.progress)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from oco_desktop.reports.document import (
    WIDTH,
    DocInfo,
    Styles,
    Written,
    gap,
    para,
    section,
    table,
    write_pdf,
)
from oco_desktop.reports.strings import number, text

Count = int | str
STATUSES = ("delivered", "in_progress", "planned", "not_started")


@dataclass(frozen=True)
class ActivityProgress:
    code: str
    title: str
    status: str  # one of STATUSES
    sessions: int
    nominations: Count
    completed: Count
    elearning: Count


@dataclass(frozen=True)
class OutcomeProgress:
    code: str
    title: str
    activities: list[ActivityProgress]


@dataclass(frozen=True)
class ProgressReportData:
    lang: str
    scope: str
    year: int
    generated: dt.datetime
    as_of: dt.date | None
    demo: bool
    shareable: bool
    programme: str
    outcomes: list[OutcomeProgress]


def build_progress_report(data: ProgressReportData, path: Path) -> Written:
    styles = Styles()
    lang = data.lang
    title = text(lang, "progress_title", year=data.year, member=data.scope)
    info = DocInfo(
        title=title,
        subject=text(lang, "progress_subject", programme=data.programme, member=data.scope),
        language=lang,
        generated=data.generated,
        as_of=data.as_of,
        running_head=title,
        demo=data.demo,
    )
    activities = [a for o in data.outcomes for a in o.activities]
    statuses = Counter(a.status for a in activities)
    story: list[Flowable] = [gap(6), para(title, styles.title)]
    story.append(
        para(
            text(
                lang,
                "progress_intro",
                programme=data.programme,
                activities=len(activities),
                outcomes=len(data.outcomes),
                delivered=statuses["delivered"],
                in_progress=statuses["in_progress"],
                planned=statuses["planned"],
                not_started=statuses["not_started"],
            ),
            styles.body,
        )
    )
    story.append(para(text(lang, "progress_columns", year=data.year), styles.body))
    if data.demo:
        story.append(para(text(lang, "demo"), styles.warning))
    story.append(
        para(text(lang, "suppressed_note" if data.shareable else "exact_note"), styles.muted)
    )
    header = [
        text(lang, "activity"),
        text(lang, "status"),
        text(lang, "sessions"),
        text(lang, "nominations"),
        text(lang, "completed"),
        text(lang, "elearning"),
    ]
    widths = [WIDTH - 113 * mm, 25 * mm, 19 * mm, 25 * mm, 22 * mm, 22 * mm]
    for outcome in data.outcomes:
        rows = [
            [
                f"{a.code} {a.title}",
                text(lang, f"activity_{a.status}"),
                number(lang, a.sessions),
                number(lang, a.nominations),
                number(lang, a.completed),
                number(lang, a.elearning),
            ]
            for a in outcome.activities
        ]
        story += section(
            styles,
            f"{outcome.code} {outcome.title}",
            table(styles, header, rows, widths, numeric=(2, 3, 4, 5)),
        )
    story.append(gap(3))
    story.append(para(text(lang, "progress_status_note"), styles.muted))
    return write_pdf(path, info, story, styles)
