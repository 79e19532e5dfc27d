"""The words a person reads for stored codes ("in_person", "waitlisted", "3_plus_years", a
need's band and status), in the app's language: the command line prints these, never the code
(the codes stay what --status and friends accept, and what --json gives).

    word(SessionStatus.OPEN)  ->  "open" / "ouverte"
    word("held", SessionStatus)  ->  "held" / "tenue"

A code this version does not know (from a newer installation) is shown as it is.
"""

from __future__ import annotations

from enum import StrEnum

from oco_desktop.domain.programme import (
    ActionStatus,
    Attendance,
    CourseLanguage,
    CourseMode,
    CourseResult,
    NominationStatus,
    PairStatus,
    PlanStatus,
    Readiness,
    SessionStatus,
    TrainerStatus,
)
from oco_desktop.domain.tna import Band, NeedStatus
from oco_desktop.language import NP_, pgettext

WORDS: dict[type[StrEnum], dict[str, tuple[str, str]]] = {
    CourseMode: {
        CourseMode.IN_PERSON: NP_("course mode", "in person"),
        CourseMode.ONLINE: NP_("course mode", "online"),
        CourseMode.BLENDED: NP_("course mode", "blended"),
    },
    CourseLanguage: {
        CourseLanguage.EN: NP_("course language", "English"),
        CourseLanguage.FR: NP_("course language", "French"),
        CourseLanguage.BOTH: NP_("course language", "English and French"),
    },
    SessionStatus: {
        SessionStatus.PLANNED: NP_("session status", "planned"),
        SessionStatus.OPEN: NP_("session status", "open"),
        SessionStatus.CLOSED: NP_("session status", "closed"),
        SessionStatus.HELD: NP_("session status", "held"),
        SessionStatus.CANCELLED: NP_("session status", "cancelled"),
    },
    NominationStatus: {
        NominationStatus.NOMINATED: NP_("nomination status", "nominated"),
        NominationStatus.WAITLISTED: NP_("nomination status", "waiting list"),
        NominationStatus.CONFIRMED: NP_("nomination status", "confirmed"),
        NominationStatus.DECLINED: NP_("nomination status", "declined"),
        NominationStatus.WITHDRAWN: NP_("nomination status", "withdrawn"),
    },
    Attendance: {
        Attendance.ATTENDED: NP_("attendance", "attended"),
        Attendance.PARTIAL: NP_("attendance", "partly attended"),
        Attendance.ABSENT: NP_("attendance", "absent"),
    },
    CourseResult: {
        CourseResult.COMPLETED: NP_("course result", "completed"),
        CourseResult.PASSED: NP_("course result", "passed"),
        CourseResult.FAILED: NP_("course result", "not passed"),
    },
    PairStatus: {
        PairStatus.ACTIVE: NP_("mentoring pair", "active"),
        PairStatus.COMPLETED: NP_("mentoring pair", "completed"),
        PairStatus.ENDED_EARLY: NP_("mentoring pair", "ended early"),
    },
    TrainerStatus: {
        TrainerStatus.NONE: NP_("trainer status", "none"),
        TrainerStatus.OCO_REGIONAL: NP_("trainer status", "OCO regional"),
        TrainerStatus.WCO_ACCREDITED: NP_("trainer status", "WCO accredited"),
        TrainerStatus.BOTH: NP_("trainer status", "OCO regional and WCO accredited"),
    },
    PlanStatus: {
        PlanStatus.DRAFT: NP_("gender plan status", "draft"),
        PlanStatus.ADOPTED: NP_("gender plan status", "adopted"),
        PlanStatus.CLOSED: NP_("gender plan status", "closed"),
    },
    ActionStatus: {
        ActionStatus.PLANNED: NP_("gender action status", "planned"),
        ActionStatus.IN_PROGRESS: NP_("gender action status", "in progress"),
        ActionStatus.DONE: NP_("gender action status", "done"),
        ActionStatus.DROPPED: NP_("gender action status", "dropped"),
    },
    Band: {
        Band.NONE: NP_("priority band", "none"),
        Band.LOW: NP_("priority band", "low"),
        Band.MEDIUM: NP_("priority band", "medium"),
        Band.HIGH: NP_("priority band", "high"),
    },
    NeedStatus: {
        NeedStatus.OPEN: NP_("need status", "open"),
        NeedStatus.PLANNED: NP_("need status", "planned"),
        NeedStatus.MET: NP_("need status", "met"),
        NeedStatus.DEFERRED: NP_("need status", "deferred"),
    },
    Readiness: {
        Readiness.NOW: NP_("successor readiness", "ready now"),
        Readiness.ONE_TWO_YEARS: NP_("successor readiness", "ready in 1-2 years"),
        Readiness.THREE_PLUS_YEARS: NP_("successor readiness", "ready in 3 years or more"),
    },
}


def word(code: StrEnum | str | None, kind: type[StrEnum] | None = None) -> str:
    """The word for a stored code; `kind` names its enumeration when the code is a plain
    string. None reads as an empty text."""
    if code is None:
        return ""
    kind = kind or (type(code) if isinstance(code, StrEnum) else None)
    marked = WORDS.get(kind, {}).get(str(code)) if kind else None
    return pgettext(*marked) if marked else str(code)
