"""The figures of the programme participation report and of the participation list
(spreadsheet): nominations to the year's course sessions and e-learning completed in the year,
for this member (or, on the Secretariat, for one member or the whole region).

A nomination counts as completed when the person attended (fully or in part) and the result is
"completed" or "passed". Counts that leave the office are suppressed below 5 unless the officer
asks for exact figures."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.domain.roster import Sex
from oco_desktop.domain.text import fold
from oco_desktop.reports.document import Written
from oco_desktop.reports.programme_report import (
    ActivityLine,
    ModuleLine,
    ProgrammeReportData,
    SessionLine,
)
from oco_desktop.reports.programme_report import (
    build_programme_report as _layout,
)
from oco_desktop.reports.strings import date_text, label, percent, text
from oco_desktop.services.reports.data import (
    activity_titles,
    as_of,
    is_demo,
    is_secretariat,
    last_bundle_day,
    member_name,
    shown,
)
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Staff
from oco_desktop.store.programme_models import (
    Course,
    CourseSession,
    ElearningCompletion,
    Nomination,
)
from oco_desktop.store.tna_reference import elearning_modules

COMPLETED_RESULTS = ("completed", "passed")
ATTENDED = ("attended", "partial")
TABLES = ("nomination", "elearning_completion", "course_session")


@dataclass(frozen=True)
class Participation:
    """One nomination as the participation list shows it."""

    member_code: str
    staff_number: str | None
    full_name: str | None
    sex: str | None
    course: str
    activity: str
    starts_on: dt.date
    ends_on: dt.date
    status: str
    attendance: str | None
    result: str | None
    certificate_ref: str | None


@dataclass(frozen=True)
class Completion:
    member_code: str
    staff_number: str | None
    full_name: str | None
    sex: str | None
    module: str
    completed_on: dt.date
    certificate_ref: str | None


def module_titles(session: Session) -> dict[str, str]:
    """E-learning module code -> title (with its platform), from the catalogue in use."""
    return {m.code: m.label() for m in elearning_modules(session)}


def _scope(session: Session, member_code: str | None) -> str | None:
    if member_code:
        return member_code_for(session, member_code)
    return None if is_secretariat(session) else member_code_for(session, None)


def _year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def participation(
    session: Session, year: int, member: str | None, lang: str = "en"
) -> tuple[list[Participation], list[Completion], dict[str, tuple[CourseSession, Course]]]:
    first, last = _year_range(year)
    query = (
        select(Nomination, CourseSession, Course, Staff)
        .join(CourseSession, CourseSession.id == Nomination.session_id)
        .join(Course, Course.id == CourseSession.course_id)
        .join(Staff, Staff.id == Nomination.staff_id)
        .where(
            Nomination.deleted.is_(False),
            CourseSession.deleted.is_(False),
            CourseSession.starts_on.between(first, last),
        )
    )
    if member:
        query = query.where(Nomination.member_code == member)
    nominations = []
    for nomination, course_session, course, staff in session.execute(query):
        nominations.append(
            Participation(
                nomination.member_code,
                staff.staff_number,
                staff.full_name,
                staff.sex,
                course.title_fr if lang == "fr" and course.title_fr else course.title,
                course.activity_code or "",
                course_session.starts_on,
                course_session.ends_on,
                nomination.status,
                nomination.attendance,
                nomination.result,
                nomination.certificate_ref,
            )
        )
    sessions_query = (
        select(CourseSession, Course)
        .join(Course, Course.id == CourseSession.course_id)
        .where(CourseSession.deleted.is_(False), CourseSession.starts_on.between(first, last))
    )
    sessions = {s.id: (s, c) for s, c in session.execute(sessions_query)}
    done_query = (
        select(ElearningCompletion, Staff)
        .join(Staff, Staff.id == ElearningCompletion.staff_id)
        .where(
            ElearningCompletion.deleted.is_(False),
            ElearningCompletion.completed_on.between(first, last),
        )
    )
    if member:
        done_query = done_query.where(ElearningCompletion.member_code == member)
    completions = [
        Completion(
            done.member_code,
            staff.staff_number,
            staff.full_name,
            staff.sex,
            done.module_code,
            done.completed_on,
            done.certificate_ref,
        )
        for done, staff in session.execute(done_query)
    ]
    return nominations, completions, sessions


def is_completed(p: Participation) -> bool:
    return p.attendance in ATTENDED and p.result in COMPLETED_RESULTS


def programme_report_data(
    store: Store,
    year: int,
    *,
    lang: str = "en",
    member_code: str | None = None,
    shareable: bool = True,
    today: dt.datetime | None = None,
) -> ProgrammeReportData:
    now = today or dt.datetime.now()
    with store.read() as session:
        member = _scope(session, member_code)
        scope = member_name(session, member, lang) if member else text(lang, "region")
        day = as_of(session, member, TABLES) if member else last_bundle_day(session)
        demo = is_demo(session)
        nominations, completions, sessions = participation(session, year, member, lang)
        titles, names = activity_titles(session, lang), module_titles(session)
        nominated_in: dict[str, Counter[str]] = defaultdict(Counter)
        rows = session.execute(
            select(
                Nomination.session_id,
                Nomination.status,
                Nomination.attendance,
                Nomination.result,
                Nomination.member_code,
            ).where(Nomination.deleted.is_(False), Nomination.session_id.in_(list(sessions)))
        ).all()
    for session_id, status, attendance, result, code in rows:
        if member and code != member:
            continue
        counts = nominated_in[session_id]
        counts["active"] += status not in ("withdrawn", "declined")
        counts[status] += 1
        counts["completed"] += attendance in ATTENDED and result in COMPLETED_RESULTS

    def count(n: int) -> int | str:
        return shown(n, shareable)

    by_activity: dict[str, Counter[str]] = defaultdict(Counter)
    for p in nominations:
        line = by_activity[p.activity]
        line["nominations"] += 1
        line["confirmed"] += p.status == "confirmed"
        line["completed"] += is_completed(p)
        line["women"] += p.sex == Sex.FEMALE.value
        line["men"] += p.sex == Sex.MALE.value
    sessions_by_activity = Counter(c.activity_code or "" for _, c in sessions.values())
    activity_lines = [
        ActivityLine(
            titles.get(code, text(lang, "no_activity")) if code else text(lang, "no_activity"),
            sessions_by_activity.get(code, 0),
            count(c["nominations"]),
            count(c["confirmed"]),
            count(c["completed"]),
            count(c["women"]),
            count(c["men"]),
        )
        for code, c in sorted(by_activity.items(), key=lambda i: (i[0] == "", i[0]))
    ]
    sexes = (
        (text(lang, "women"), lambda s: s == Sex.FEMALE.value),
        (text(lang, "men"), lambda s: s == Sex.MALE.value),
        (text(lang, "other_sex"), lambda s: s not in (Sex.FEMALE.value, Sex.MALE.value)),
    )
    by_sex = [
        (
            label,
            count(sum(1 for p in nominations if test(p.sex))),
            count(sum(1 for p in nominations if test(p.sex) and is_completed(p))),
            count(sum(1 for c in completions if test(c.sex))),
        )
        for label, test in sexes
    ]
    session_lines = []
    for session_id, (s, course) in sorted(
        sessions.items(), key=lambda i: (i[1][0].starts_on, fold(i[1][1].title))
    ):
        counts = nominated_in.get(session_id, Counter())
        if member and not counts:
            continue
        session_lines.append(
            SessionLine(
                course.title_fr if lang == "fr" and course.title_fr else course.title,
                f"{date_text(lang, s.starts_on)} – {date_text(lang, s.ends_on)}",
                text(lang, "online") if s.online else (s.venue or "–"),
                s.seats,
                count(counts["active"]),
                count(counts["confirmed"]),
                count(counts["waitlisted"]),
                count(counts["completed"]),
            )
        )
    modules: dict[str, Counter[str]] = defaultdict(Counter)
    for c in completions:
        modules[c.module]["all"] += 1
        modules[c.module]["women"] += c.sex == Sex.FEMALE.value
        modules[c.module]["men"] += c.sex == Sex.MALE.value
    module_lines = [
        ModuleLine(names.get(code, code), count(c["all"]), count(c["women"]), count(c["men"]))
        for code, c in sorted(modules.items(), key=lambda i: fold(names.get(i[0], i[0])))
    ]
    women = sum(1 for p in nominations if p.sex == Sex.FEMALE.value)
    hidden = shareable and (0 < women < 5 or 0 < len(nominations) < 5)
    return ProgrammeReportData(
        lang=lang,
        scope=scope,
        year=year,
        generated=now,
        as_of=day,
        demo=demo,
        shareable=shareable,
        nominations=count(len(nominations)),
        completed=count(sum(1 for p in nominations if is_completed(p))),
        elearning=count(len(completions)),
        women_share=None if hidden or not nominations else percent(lang, women, len(nominations)),
        women_share_hidden=hidden,
        by_activity=activity_lines,
        by_sex=by_sex,
        sessions=session_lines,
        modules=module_lines,
    )


def build_programme_report(
    store: Store,
    year: int,
    out: Path,
    *,
    lang: str = "en",
    member_code: str | None = None,
    shareable: bool = True,
    today: dt.datetime | None = None,
) -> Written:
    data = programme_report_data(
        store, year, lang=lang, member_code=member_code, shareable=shareable, today=today
    )
    return _layout(data, out)


def participation_sheets(
    store: Store, year: int, lang: str, member_code: str | None = None
) -> tuple[list[tuple[str, list[str], list[list[object]]]], str]:
    """The participation list: one row per nomination, and one per e-learning completion;
    and the workbook's title."""
    with store.read() as session:
        member = _scope(session, member_code)
        scope = member_name(session, member, lang) if member else text(lang, "region")
        nominations, completions, _ = participation(session, year, member, lang)
        titles, names = activity_titles(session, lang), module_titles(session)
    heads = [text(lang, k) for k in ("member", "staff_number", "name", "sex")]
    courses: list[list[object]] = [
        [
            p.member_code,
            p.staff_number,
            p.full_name,
            label(lang, "sex", p.sex),
            p.course,
            titles.get(p.activity, p.activity),
            p.starts_on,
            p.ends_on,
            label(lang, "nomination", p.status),
            label(lang, "attendance", p.attendance),
            label(lang, "result", p.result),
            p.certificate_ref,
        ]
        for p in sorted(nominations, key=lambda p: (p.starts_on, p.course, p.staff_number or ""))
    ]
    modules: list[list[object]] = [
        [
            c.member_code,
            c.staff_number,
            c.full_name,
            label(lang, "sex", c.sex),
            names.get(c.module, c.module),
            c.completed_on,
            c.certificate_ref,
        ]
        for c in sorted(completions, key=lambda c: (c.completed_on, c.staff_number or ""))
    ]
    sheets: list[tuple[str, list[str], list[list[object]]]] = [
        (
            text(lang, "nominations"),
            [
                *heads,
                text(lang, "course"),
                text(lang, "activity"),
                text(lang, "starts"),
                text(lang, "ends"),
                text(lang, "status"),
                text(lang, "attendance"),
                text(lang, "result"),
                text(lang, "certificate"),
            ],
            courses,
        ),
        (
            text(lang, "elearning"),
            [*heads, text(lang, "module"), text(lang, "completed_on"), text(lang, "certificate")],
            modules,
        ),
    ]
    return sheets, text(lang, "programme_title", year=year, member=scope)
