"""The Customs Leadership programme as plain values: course sessions and nominations,
e-learning, mentoring and internships, experts, the Gender Equality Plan and succession.

The enumerations here are the ones the database's CHECK constraints and the sync schema enforce.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

MAX_TITLE = 200
MAX_TEXT = 2000
MIN_LEVEL, MAX_LEVEL = 1, 4
MAX_SEATS = 1000
MAX_DAYS_A_YEAR = 366
MAX_MEETINGS = 1000
MAX_MODULE_CODE = 64


def module_code(platform: str, title: str) -> str:
    """The stable code of an e-learning module, the same on every installation: lower-case
    ASCII words of platform and title joined by hyphens, at most 64 characters
    ("CLiKC", "HS Foundation" -> "clikc-hs-foundation")."""
    ascii_text = unicodedata.normalize("NFKD", f"{platform} {title}").encode("ascii", "ignore")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.decode().lower()).strip("-")
    return slug[:MAX_MODULE_CODE].rstrip("-")


class CourseMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    BLENDED = "blended"


class CourseLanguage(StrEnum):
    EN = "en"
    FR = "fr"
    BOTH = "en_fr"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"  # taking nominations
    CLOSED = "closed"  # nominations closed, places being confirmed
    HELD = "held"
    CANCELLED = "cancelled"


class NominationStatus(StrEnum):
    NOMINATED = "nominated"
    WAITLISTED = "waitlisted"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class Attendance(StrEnum):
    ATTENDED = "attended"
    PARTIAL = "partial"
    ABSENT = "absent"


class CourseResult(StrEnum):
    COMPLETED = "completed"
    PASSED = "passed"
    FAILED = "failed"


class PairStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


class TrainerStatus(StrEnum):
    NONE = "none"
    OCO_REGIONAL = "oco_regional"
    WCO_ACCREDITED = "wco_accredited"
    BOTH = "both"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"
    CLOSED = "closed"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Readiness(StrEnum):
    NOW = "now"
    ONE_TWO_YEARS = "1_2_years"
    THREE_PLUS_YEARS = "3_plus_years"


ACTIVE_NOMINATIONS = (
    NominationStatus.NOMINATED,
    NominationStatus.WAITLISTED,
    NominationStatus.CONFIRMED,
)
