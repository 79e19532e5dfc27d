"""The Customs Leadership programme as this administration lives it: the tree of the objective,
its outcomes and activities with what is linked to each, and one activity's detail.

Nominations (making, withdrawing, the outcome, the Secretariat's decision) are in
services.programme.nominations; courses and sessions in services.programme.courses; e-learning in
services.programme.elearning.

What is linked to an activity:
- courses whose `activity_code` is the activity, and their sessions (cancelled ones not counted);
- this administration's nominations to those sessions (withdrawn and declined not counted; on
  the Secretariat's installation, every member's);
- e-learning completions, linked to the activity of kind "elearning" (P1.2.2: "promote the use
  of WCO and OCO e-learning modules"), as modules carry no activity of their own;
- training needs of each administration's latest analysis whose mapping names the activity.

The status of an activity, from those links (first that applies):
- "delivered": someone of the administration attended a linked session (attendance "attended"
  or "partial", or a result recorded) or, for the e-learning activity, completed a module;
- "in progress": a nomination is waiting for, or confirmed to, a linked session not yet ended;
- "planned": a linked session is coming, or an open or planned training need names it;
- "not started": none of these.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme_words import word
from oco_desktop.domain.roster import Role
from oco_desktop.domain.tna import Band
from oco_desktop.language import NP_, _
from oco_desktop.services.programme.courses import (
    CourseInfo,
    SessionInfo,
    list_sessions,
    role_of,
    to_course,
)
from oco_desktop.services.programme.nominations import list_nominations
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Installation
from oco_desktop.store.programme_models import Course
from oco_desktop.store.reference_files import PROGRAMME_FILE, localized, reference_for
from oco_desktop.store.tna_reference import ActivityRef, programme_activities

ELEARNING_KIND = "elearning"


class ActivityStatus(StrEnum):
    NOT_STARTED = "not_started"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DELIVERED = "delivered"


STATUS_WORDS = {
    ActivityStatus.NOT_STARTED: NP_("activity status", "Not started"),
    ActivityStatus.PLANNED: NP_("activity status", "Planned"),
    ActivityStatus.IN_PROGRESS: NP_("activity status", "In progress"),
    ActivityStatus.DELIVERED: NP_("activity status", "Delivered"),
}


@dataclass(frozen=True)
class Counts:
    courses: int = 0
    sessions: int = 0
    upcoming: int = 0
    nominations: int = 0
    pending: int = 0  # nominations waiting for or confirmed to a session not yet ended
    attended: int = 0
    completions: int = 0
    needs: int = 0
    open_needs: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (
            self.courses,
            self.sessions,
            self.upcoming,
            self.nominations,
            self.pending,
            self.attended,
            self.completions,
            self.needs,
            self.open_needs,
        )

    def as_dict(self) -> dict[str, int]:
        return {
            "courses": self.courses,
            "sessions": self.sessions,
            "upcoming_sessions": self.upcoming,
            "nominations": self.nominations,
            "attended": self.attended,
            "completions": self.completions,
            "needs": self.needs,
        }


def status_of(counts: Counts, kind: str) -> ActivityStatus:
    if counts.attended or (kind == ELEARNING_KIND and counts.completions):
        return ActivityStatus.DELIVERED
    if counts.pending:
        return ActivityStatus.IN_PROGRESS
    if counts.upcoming or counts.open_needs:
        return ActivityStatus.PLANNED
    return ActivityStatus.NOT_STARTED


@dataclass(frozen=True)
class ActivityNode:
    code: str
    title: str
    title_fr: str
    kind: str
    outcome_code: str
    counts: Counts
    status: ActivityStatus

    def name(self, language: str) -> str:
        return self.title_fr if language == "fr" and self.title_fr else self.title


@dataclass(frozen=True)
class OutcomeNode:
    code: str
    title: str
    title_fr: str
    activities: list[ActivityNode]

    def name(self, language: str) -> str:
        return self.title_fr if language == "fr" and self.title_fr else self.title

    @property
    def counts(self) -> Counts:
        total = Counts()
        for activity in self.activities:
            total = total + activity.counts
        return total

    @property
    def delivered(self) -> int:
        return sum(a.status is ActivityStatus.DELIVERED for a in self.activities)


@dataclass(frozen=True)
class ProgrammeTree:
    code: str
    title: str
    title_fr: str
    objective: str
    objective_fr: str
    outcomes: list[OutcomeNode]
    member_code: str | None  # None: every member (the Secretariat's view)

    def name(self, language: str) -> str:
        return self.title_fr if language == "fr" and self.title_fr else self.title

    def objective_text(self, language: str) -> str:
        return self.objective_fr if language == "fr" and self.objective_fr else self.objective

    @property
    def activities(self) -> list[ActivityNode]:
        return [a for o in self.outcomes for a in o.activities]

    @property
    def counts(self) -> Counts:
        total = Counts()
        for outcome in self.outcomes:
            total = total + outcome.counts
        return total

    def find(self, code: str) -> ActivityNode | None:
        return next((a for a in self.activities if a.code == code), None)

    def as_dict(self) -> dict[str, Any]:
        def node(a: ActivityNode) -> dict[str, Any]:
            return {
                "code": a.code,
                "title": a.title,
                "kind": a.kind,
                "status": a.status.value,
                **a.counts.as_dict(),
            }

        return {
            "code": self.code,
            "title": self.title,
            "objective": self.objective,
            "member": self.member_code,
            "totals": self.counts.as_dict(),
            "outcomes": [
                {
                    "code": o.code,
                    "title": o.title,
                    **o.counts.as_dict(),
                    "activities": [node(a) for a in o.activities],
                }
                for o in self.outcomes
            ],
        }


def scope_member(session: Session, member_code: str | None) -> str | None:
    """Whose nominations, completions and needs count: the member given, else this
    installation's member; None (all members) on the Secretariat's installation."""
    if member_code:
        return member_code.strip().upper()
    installation = session.get(Installation, 1)
    if installation is None or installation.role == Role.SECRETARIAT.value:
        return None
    return installation.member_code


COURSE_COUNTS = """
SELECT c.activity_code, COUNT(DISTINCT c.id),
       COUNT(s.id),
       COALESCE(SUM(s.starts_on > :today), 0)
FROM course c
LEFT JOIN course_session s
       ON s.course_id = c.id AND s.deleted = 0 AND s.status != 'cancelled'
WHERE c.deleted = 0 AND c.activity_code IS NOT NULL
GROUP BY c.activity_code
"""
NOMINATION_COUNTS = """
SELECT c.activity_code, COUNT(*),
       COALESCE(SUM(n.status IN ('nominated', 'waitlisted', 'confirmed')
                    AND s.ends_on >= :today AND s.status != 'cancelled'), 0),
       COALESCE(SUM(n.attendance IN ('attended', 'partial')
                    OR n.result IN ('completed', 'passed')), 0)
FROM nomination n
JOIN course_session s ON s.id = n.session_id
JOIN course c ON c.id = s.course_id
WHERE n.deleted = 0 AND n.status NOT IN ('withdrawn', 'declined')
  AND c.deleted = 0 AND c.activity_code IS NOT NULL {member}
GROUP BY c.activity_code
"""
NEED_COUNTS = """
SELECT n.activity_code, COUNT(*), COALESCE(SUM(n.status IN ('open', 'planned')), 0)
FROM tna_need n
JOIN tna_cycle y ON y.id = n.cycle_id
WHERE n.deleted = 0 AND y.deleted = 0 AND n.activity_code IS NOT NULL {member}
  AND y.year = (SELECT MAX(z.year) FROM tna_cycle z
                WHERE z.member_code = y.member_code AND z.deleted = 0)
GROUP BY n.activity_code
"""
COMPLETION_COUNT = "SELECT COUNT(*) FROM elearning_completion e WHERE e.deleted = 0 {member}"


def _member_clause(alias: str, member: str | None) -> str:
    return f"AND {alias}.member_code = :member" if member else ""


def programme_tree(
    store: Store, member_code: str | None = None, *, today: dt.date | None = None
) -> ProgrammeTree:
    """The whole tree with its counts, in four grouped queries (see the module docstring)."""
    day = (today or dt.date.today()).isoformat()
    with store.read() as session:
        member = scope_member(session, member_code)
        _version, data = reference_for(session, PROGRAMME_FILE)
        params = {"today": day, "member": member}
        courses = {code: row for code, *row in session.execute(text(COURSE_COUNTS), params)}
        nominations = {
            code: row
            for code, *row in session.execute(
                text(NOMINATION_COUNTS.format(member=_member_clause("n", member))), params
            )
        }
        needs = {
            code: row
            for code, *row in session.execute(
                text(NEED_COUNTS.format(member=_member_clause("n", member))), params
            )
        }
        completions = int(
            session.execute(
                text(COMPLETION_COUNT.format(member=_member_clause("e", member))), params
            ).scalar()
            or 0
        )
    priority = data["priority"]
    outcomes = []
    for outcome in priority["outcomes"]:
        nodes = []
        for activity in outcome["activities"]:
            code, kind = activity["code"], activity.get("kind", "")
            c = courses.get(code, (0, 0, 0))
            n = nominations.get(code, (0, 0, 0))
            d = needs.get(code, (0, 0))
            counts = Counts(
                courses=c[0],
                sessions=c[1],
                upcoming=c[2],
                nominations=n[0],
                pending=n[1],
                attended=n[2],
                completions=completions if kind == ELEARNING_KIND else 0,
                needs=d[0],
                open_needs=d[1],
            )
            nodes.append(
                ActivityNode(
                    code,
                    activity["title"],
                    localized(activity, "title", "fr"),
                    kind,
                    outcome["code"],
                    counts,
                    status_of(counts, kind),
                )
            )
        outcomes.append(
            OutcomeNode(outcome["code"], outcome["title"], localized(outcome, "title", "fr"), nodes)
        )
    return ProgrammeTree(
        priority["code"],
        priority["title"],
        localized(priority, "title", "fr"),
        priority.get("objective", ""),
        localized(priority, "objective", "fr"),
        outcomes,
        member,
    )


# One activity ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NeedRef:
    id: str
    member_code: str
    year: int
    competency_code: str
    competency_name_en: str
    competency_name_fr: str
    band: str
    status: str
    activity_code: str | None

    def label(self, language: str) -> str:
        name = self.competency_name_fr if language == "fr" else self.competency_name_en
        return f"{name} ({word(self.band, Band)}, {self.year})"


@dataclass(frozen=True)
class ActivityDetail:
    activity: ActivityNode
    courses: list[CourseInfo]
    sessions: list[SessionInfo]
    nominations: list[Any] = field(default_factory=list)  # nominations.NominationInfo
    needs: list[NeedRef] = field(default_factory=list)


def activity_detail(
    store: Store,
    code: str,
    member_code: str | None = None,
    *,
    today: dt.date | None = None,
    tree: ProgrammeTree | None = None,
) -> ActivityDetail:
    """What is linked to one activity: its courses, their sessions, the nominations to them and
    the training needs mapped to it (refused for a code the programme does not have)."""
    tree = tree or programme_tree(store, member_code, today=today)
    node = tree.find(code)
    if node is None:
        raise InvalidInput(
            _("'{code}' is not an activity of the programme.").format(code=code), field="activity"
        )
    with store.read() as session:
        courses = [
            to_course(row)
            for row in session.scalars(
                select(Course)
                .where(Course.deleted.is_(False), Course.activity_code == code)
                .order_by(Course.code)
            )
        ]
    sessions = list_sessions(store, today=today, activity_code=code)
    per_course = Counter(s.course_id for s in sessions)
    courses = [replace(c, sessions=per_course[c.id]) for c in courses]
    nominations = list_nominations(store, member_code=tree.member_code, activity_code=code)
    needs = list_needs(store, tree.member_code, activity_code=code)
    return ActivityDetail(node, courses, sessions, nominations, needs)


NEEDS_SQL = """
SELECT n.id, n.member_code, y.year, n.competency_code, COALESCE(c.name_en, n.competency_code),
       COALESCE(c.name_fr, c.name_en, n.competency_code), n.band, n.status, n.activity_code
FROM tna_need n
JOIN tna_cycle y ON y.id = n.cycle_id
LEFT JOIN competency c ON c.code = n.competency_code
WHERE n.deleted = 0 AND y.deleted = 0 {where}
  AND y.year = (SELECT MAX(z.year) FROM tna_cycle z
                WHERE z.member_code = y.member_code AND z.deleted = 0)
ORDER BY y.member_code, CASE n.band WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
         n.competency_code
"""


def list_needs(
    store: Store, member_code: str | None, *, activity_code: str | None = None
) -> list[NeedRef]:
    """The saved training needs of each administration's latest analysis (a nomination can
    name the one it meets)."""
    where, params = "", {}
    if member_code:
        where += " AND n.member_code = :member"
        params["member"] = member_code
    if activity_code:
        where += " AND n.activity_code = :activity"
        params["activity"] = activity_code
    with store.read() as session:
        rows = session.execute(text(NEEDS_SQL.format(where=where)), params).all()
    return [NeedRef(*row) for row in rows]


def installation_role(store: Store) -> Role:
    with store.read() as session:
        return role_of(session)


def activities(store: Store) -> list[ActivityRef]:
    """The programme's activities as this installation uses them (published or shipped)."""
    with store.read() as session:
        return programme_activities(session)
