"""Models of the Customs Leadership programme (migration 0007).

Courses and their sessions are published by the Secretariat and travel to every member (no
member_code). Everything else belongs to one member administration and travels only between
that member and the Secretariat.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oco_desktop.store.model_base import Base, Synced


def _one_of(
    column: str, values: tuple[str, ...], name: str, *, nullable: bool = False
) -> CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values)
    test = f"{column} IN ({allowed})"
    if nullable:
        test = f"{column} IS NULL OR {test}"
    return CheckConstraint(test, name=name)


MODES = ("in_person", "online", "blended")
LANGUAGES = ("en", "fr", "en_fr")
SESSION_STATUSES = ("planned", "open", "closed", "held", "cancelled")
NOMINATION_STATUSES = ("nominated", "waitlisted", "confirmed", "declined", "withdrawn")
ATTENDANCES = ("attended", "partial", "absent")
RESULTS = ("completed", "passed", "failed")
PAIR_STATUSES = ("active", "completed", "ended_early")
TRAINER_STATUSES = ("none", "oco_regional", "wco_accredited", "both")
PLAN_STATUSES = ("draft", "adopted", "closed")
ACTION_STATUSES = ("planned", "in_progress", "done", "dropped")
READINESS = ("now", "1_2_years", "3_plus_years")


class Course(Synced, Base):
    """A course of the regional programme, published by the Secretariat."""

    __tablename__ = "course"
    __table_args__ = (
        _one_of("mode", MODES, "course_mode_known"),
        _one_of("language", LANGUAGES, "course_language_known"),
    )
    __sync_groups__ = {
        "code": ("code",),
        "title": ("title", "title_fr"),
        "activity": ("activity_code",),
        "details": ("provider", "mode", "language", "audience", "description"),
    }
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    title_fr: Mapped[str | None] = mapped_column(String(200))
    activity_code: Mapped[str | None] = mapped_column(String(16))
    provider: Mapped[str | None] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(10), default="in_person")
    language: Mapped[str] = mapped_column(String(5), default="en")
    audience: Mapped[str | None] = mapped_column(Text)  # who may apply
    description: Mapped[str | None] = mapped_column(Text)


class CourseSession(Synced, Base):
    """One offering of a course: dates, venue or online, seats, the nomination deadline."""

    __tablename__ = "course_session"
    __table_args__ = (
        _one_of("status", SESSION_STATUSES, "session_status_known"),
        _one_of("language", LANGUAGES, "session_language_known"),
        CheckConstraint("seats BETWEEN 1 AND 1000", name="session_seats_range"),
        CheckConstraint("ends_on >= starts_on", name="session_dates_ordered"),
        Index("ix_course_session_course", "course_id"),
    )
    __sync_groups__ = {
        "course": ("course_id",),
        "dates": ("starts_on", "ends_on", "apply_by"),
        "place": ("venue", "online"),
        "seats": ("seats",),
        "language": ("language",),
        "status": ("status",),
    }
    course_id: Mapped[str] = mapped_column(ForeignKey("course.id"))
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    apply_by: Mapped[dt.date | None]
    venue: Mapped[str | None] = mapped_column(String(200))
    online: Mapped[bool] = mapped_column(default=False)
    seats: Mapped[int]
    language: Mapped[str] = mapped_column(String(5), default="en")
    status: Mapped[str] = mapped_column(String(10), default="open")


class Nomination(Synced, Base):
    """A member's nomination of one staff member to a session. The member writes the request
    and the outcome; the Secretariat writes the decision (confirmed, waitlisted, declined)."""

    __tablename__ = "nomination"
    __table_args__ = (
        _one_of("status", NOMINATION_STATUSES, "nomination_status_known"),
        _one_of("attendance", ATTENDANCES, "nomination_attendance_known", nullable=True),
        _one_of("result", RESULTS, "nomination_result_known", nullable=True),
        Index("ix_nomination_session", "session_id"),
        Index("ix_nomination_staff", "staff_id"),
    )
    __sync_groups__ = {
        "request": ("session_id", "staff_id", "reason", "need_id", "nominated_on"),
        "decision": ("status", "decided_on"),
        "outcome": ("attendance", "result", "certificate_ref"),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    session_id: Mapped[str] = mapped_column(ForeignKey("course_session.id"))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    need_id: Mapped[str | None] = mapped_column(ForeignKey("tna_need.id"))
    nominated_on: Mapped[dt.date]
    status: Mapped[str] = mapped_column(String(10), default="nominated")
    decided_on: Mapped[dt.date | None]
    attendance: Mapped[str | None] = mapped_column(String(10))
    result: Mapped[str | None] = mapped_column(String(10))
    certificate_ref: Mapped[str | None] = mapped_column(String(100))


class ElearningCompletion(Synced, Base):
    """One staff member's completion of an e-learning module (modules are reference data,
    keyed by code). The id is derived from (staff, module), so entering it twice is harmless."""

    __tablename__ = "elearning_completion"
    __table_args__ = (Index("ix_elearning_completion_staff", "staff_id"),)
    __sync_groups__ = {
        "link": ("staff_id", "module_code"),
        "completion": ("completed_on", "certificate_ref", "hours"),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    module_code: Mapped[str] = mapped_column(String(64))
    completed_on: Mapped[dt.date]
    certificate_ref: Mapped[str | None] = mapped_column(String(100))
    hours: Mapped[int | None]


class MentoringPair(Synced, Base):
    """A mentor (a staff member, or someone from outside named in mentor_name) and a mentee."""

    __tablename__ = "mentoring_pair"
    __table_args__ = (
        _one_of("status", PAIR_STATUSES, "pair_status_known"),
        CheckConstraint("meetings BETWEEN 0 AND 1000", name="pair_meetings_range"),
        CheckConstraint(
            "mentor_staff_id IS NOT NULL OR mentor_name IS NOT NULL", name="pair_has_mentor"
        ),
        Index("ix_mentoring_pair_mentee", "mentee_staff_id"),
    )
    __sync_groups__ = {
        "mentor": ("mentor_staff_id", "mentor_name"),
        "mentee": ("mentee_staff_id",),
        "plan": ("goals", "starts_on", "ends_on"),
        "progress": ("meetings", "status", "outcome"),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    mentor_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    mentor_name: Mapped[str | None] = mapped_column(String(200))
    mentee_staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    goals: Mapped[str | None] = mapped_column(Text)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None]
    meetings: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(12), default="active")
    outcome: Mapped[str | None] = mapped_column(Text)


class Internship(Synced, Base):
    """A placement of a staff member with a host: another member administration (its code)
    or the Secretariat ("SEC")."""

    __tablename__ = "internship"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="internship_dates"),
        Index("ix_internship_staff", "staff_id"),
    )
    __sync_groups__ = {
        "who": ("staff_id",),
        "placement": ("host_code", "starts_on", "ends_on"),
        "purpose": ("purpose", "outcome"),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    host_code: Mapped[str] = mapped_column(String(3))
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None]
    purpose: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)


class Expert(Synced, Base):
    """An entry of the Customs Expert database: a staff member or an external person. Without
    consent_share the entry never leaves its administration (export and regional views)."""

    __tablename__ = "expert"
    __table_args__ = (
        _one_of("trainer_status", TRAINER_STATUSES, "expert_trainer_known"),
        CheckConstraint(
            "days_per_year IS NULL OR days_per_year BETWEEN 0 AND 366", name="expert_days_range"
        ),
        CheckConstraint("staff_id IS NOT NULL OR external_name IS NOT NULL", name="expert_who"),
        Index("ix_expert_member", "member_code"),
    )
    __sync_groups__ = {
        "who": ("staff_id", "external_name", "organisation"),
        "languages": ("languages",),
        "trainer": ("trainer_status",),
        "availability": ("available_from", "available_to", "days_per_year"),
        "consent": ("consent_share",),
        "note": ("note",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    external_name: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[str] = mapped_column(String(50), default="en")  # "en,fr"
    trainer_status: Mapped[str] = mapped_column(String(16), default="none")
    available_from: Mapped[dt.date | None]
    available_to: Mapped[dt.date | None]
    days_per_year: Mapped[int | None]
    consent_share: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)


class ExpertSkill(Synced, Base):
    """An expert's level (1-4) in one competency. The id is derived from (expert, competency)."""

    __tablename__ = "expert_skill"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 4", name="expert_level_range"),
        Index("ix_expert_skill_expert", "expert_id"),
    )
    __sync_groups__ = {
        "link": ("expert_id", "competency_code"),
        "level": ("level",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    expert_id: Mapped[str] = mapped_column(ForeignKey("expert.id"))
    competency_code: Mapped[str] = mapped_column(String(32))
    level: Mapped[int]


class GenderPlan(Synced, Base):
    """A member's Gender Equality Plan for a period, after the WCO GEOAT."""

    __tablename__ = "gender_plan"
    __table_args__ = (
        _one_of("status", PLAN_STATUSES, "gender_plan_status_known"),
        CheckConstraint("start_year BETWEEN 2000 AND 2100", name="gender_plan_start_range"),
        CheckConstraint("end_year >= start_year AND end_year <= 2100", name="gender_plan_end"),
        Index("ix_gender_plan_member", "member_code"),
    )
    __sync_groups__ = {
        "period": ("start_year", "end_year"),
        "title": ("title",),
        "status": ("status", "approved_by", "approved_on"),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    title: Mapped[str] = mapped_column(String(200))
    start_year: Mapped[int]
    end_year: Mapped[int]
    status: Mapped[str] = mapped_column(String(8), default="draft")
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_on: Mapped[dt.date | None]


class GenderIndicator(Synced, Base):
    """An indicator of a plan: from the published GEOAT list (indicator_code) or the member's
    own (text only). Baseline, target and current values are short texts ("32 %", "yes")."""

    __tablename__ = "gender_indicator"
    __table_args__ = (Index("ix_gender_indicator_plan", "plan_id"),)
    __sync_groups__ = {
        "link": ("plan_id", "principle_code", "indicator_code"),
        "text": ("text",),
        "values": ("baseline", "target", "current"),
        "evidence": ("evidence",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    plan_id: Mapped[str] = mapped_column(ForeignKey("gender_plan.id"))
    principle_code: Mapped[str] = mapped_column(String(16))
    indicator_code: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(String(500))
    baseline: Mapped[str | None] = mapped_column(String(100))
    target: Mapped[str | None] = mapped_column(String(100))
    current: Mapped[str | None] = mapped_column(String(100))
    evidence: Mapped[str | None] = mapped_column(Text)


class GenderAction(Synced, Base):
    """An action of a plan, with its owner, due date and status."""

    __tablename__ = "gender_action"
    __table_args__ = (
        _one_of("status", ACTION_STATUSES, "gender_action_status_known"),
        Index("ix_gender_action_plan", "plan_id"),
    )
    __sync_groups__ = {
        "link": ("plan_id", "principle_code"),
        "action": ("action",),
        "owner": ("owner", "due_on"),
        "status": ("status",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    plan_id: Mapped[str] = mapped_column(ForeignKey("gender_plan.id"))
    principle_code: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(12), default="planned")


class KeyPosition(Synced, Base):
    """A position whose loss would hurt: succession planning starts from these. The id is
    derived from the position."""

    __tablename__ = "key_position"
    __table_args__ = (Index("ix_key_position_position", "position_id"),)
    __sync_groups__ = {
        "position": ("position_id",),
        "why": ("reason",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    position_id: Mapped[str] = mapped_column(ForeignKey("position.id"))
    reason: Mapped[str | None] = mapped_column(Text)


class Successor(Synced, Base):
    """A possible successor for a key position: readiness and development actions. The id is
    derived from (key position, staff)."""

    __tablename__ = "successor"
    __table_args__ = (
        _one_of("readiness", READINESS, "successor_readiness_known"),
        Index("ix_successor_key_position", "key_position_id"),
        Index("ix_successor_staff", "staff_id"),
    )
    __sync_groups__ = {
        "link": ("key_position_id", "staff_id"),
        "readiness": ("readiness",),
        "development": ("development",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    key_position_id: Mapped[str] = mapped_column(ForeignKey("key_position.id"))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    readiness: Mapped[str] = mapped_column(String(12))
    development: Mapped[str | None] = mapped_column(Text)


PROGRAMME_MODELS: tuple[type[Synced], ...] = (
    Course,
    CourseSession,
    Nomination,
    ElearningCompletion,
    MentoringPair,
    Internship,
    Expert,
    ExpertSkill,
    GenderPlan,
    GenderIndicator,
    GenderAction,
    KeyPosition,
    Successor,
)
