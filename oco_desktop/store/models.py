"""SQLAlchemy 2 typed models. Synced tables declare their field groups in `__sync_groups__`."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oco_desktop.store.capture import SyncSpec

# Base and Synced are imported from here by whoever needs every table in Base.metadata.
from oco_desktop.store.model_base import Base as Base
from oco_desktop.store.model_base import Synced as Synced
from oco_desktop.store.news_models import NEWS_MODELS
from oco_desktop.store.programme_models import PROGRAMME_MODELS


class AppMeta(Base):
    """Small key/value facts about the store (schema writer, reference data version)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Installation(Base):
    """This installation: one row, never synced. Its keys arrive with the sync capability."""

    __tablename__ = "installation"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_installation"),
        CheckConstraint("role IN ('member', 'secretariat')", name="role_known"),
    )
    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    site_id: Mapped[str] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(16))
    member_code: Mapped[str | None] = mapped_column(ForeignKey("member.code"))
    focal_point: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5), default="en")
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime]
    created_by_app: Mapped[str] = mapped_column(String(32))


class Member(Base):
    """A member administration of the OCO (reference data, loaded from resources/reference)."""

    __tablename__ = "member"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    iso3: Mapped[str] = mapped_column(String(3))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    languages: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str | None] = mapped_column(Text)


class Office(Synced, Base):
    __tablename__ = "office"
    __table_args__ = (
        CheckConstraint(
            "office_type IN ('hq', 'seaport', 'airport', 'mail', 'outer_island')",
            name="office_type_known",
        ),
        Index("ix_office_member", "member_code"),
    )
    __sync_groups__ = {
        "name": ("name",),
        "island": ("island",),
        "office_type": ("office_type",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    name: Mapped[str] = mapped_column(String(200))
    island: Mapped[str | None] = mapped_column(String(200))
    office_type: Mapped[str] = mapped_column(String(16), default="hq")


class Position(Synced, Base):
    __tablename__ = "position"
    __table_args__ = (
        CheckConstraint("tier IN ('T1', 'T2', 'T3', 'T4')", name="tier_known"),
        Index("ix_position_member", "member_code"),
    )
    __sync_groups__ = {
        "title": ("title",),
        "grade": ("local_grade", "tier"),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    title: Mapped[str] = mapped_column(String(200))
    local_grade: Mapped[str | None] = mapped_column(String(50))
    tier: Mapped[str] = mapped_column(String(2))


class Staff(Synced, Base):
    """A staff member. No UNIQUE on staff_number: duplicates are reported, never an abort."""

    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("sex IS NULL OR sex IN ('F', 'M', 'X', 'U')", name="sex_known"),
        CheckConstraint(
            "status IN ('active', 'on_leave', 'seconded', 'left')", name="status_known"
        ),
        Index("ix_staff_member_number", "member_code", "staff_number"),
        Index("ix_staff_office", "office_id"),
        Index("ix_staff_position", "position_id"),
    )
    __sync_groups__ = {
        "staff_number": ("staff_number",),
        "name": ("full_name",),
        "sex": ("sex",),
        "birth_year": ("birth_year",),
        "start_year": ("start_year",),
        "placement": ("position_id", "office_id"),
        "status": ("status", "left_on"),
        "member": ("member_code",),
        "erased": ("erased",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    staff_number: Mapped[str | None] = mapped_column(String(50))
    full_name: Mapped[str | None] = mapped_column(String(200))
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_year: Mapped[int | None]
    start_year: Mapped[int | None]
    position_id: Mapped[str | None] = mapped_column(ForeignKey("position.id"))
    office_id: Mapped[str | None] = mapped_column(ForeignKey("office.id"))
    status: Mapped[str] = mapped_column(String(16), default="active")
    left_on: Mapped[dt.date | None]
    # Set with `deleted` by a legal erasure, which also empties every personal field.
    erased: Mapped[bool] = mapped_column(default=False)


class StaffSearch(Base):
    """The folded full name and staff number of each staff row, for search as you type.

    Local and derived, never synced: SQL triggers on `staff` (migration 0003, folding with
    domain.staff_rules.SEARCH_FOLD) keep it in step with every write path, merges included.
    Python never writes it."""

    __tablename__ = "staff_search"
    # With staff_id in the index, a search in name order reads no table row until a key matches.
    __table_args__ = (Index("ix_staff_search_key", "search_key", "staff_id"),)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    search_key: Mapped[str] = mapped_column(Text)


class PositionCompetency(Synced, Base):
    """A position's required proficiency for one competency, where it differs from the tier
    default. The id is derived from (position, competency), so two sites that set the same
    pair meet on one row and last-writer-wins settles the level."""

    __tablename__ = "position_competency"
    __table_args__ = (
        CheckConstraint("required_level BETWEEN 0 AND 4", name="required_level_range"),
        Index("ix_position_competency_position", "position_id"),
    )
    __sync_groups__ = {
        "link": ("position_id", "competency_code"),
        "level": ("required_level",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    position_id: Mapped[str] = mapped_column(ForeignKey("position.id"))
    competency_code: Mapped[str] = mapped_column(String(32))
    required_level: Mapped[int]


class AuditEntry(Base):
    """One changed field (or one action) in the local audit trail. Never synced."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_row", "tbl", "row_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    os_user: Mapped[str] = mapped_column(String(200))
    officer: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    tbl: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))


class CompetencyFramework(Base):
    """The competency catalogue's identity (reference data from resources/reference)."""

    __tablename__ = "competency_framework"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    about: Mapped[str | None] = mapped_column(Text)


class ProficiencyLevel(Base):
    __tablename__ = "proficiency_level"
    level: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name_en: Mapped[str] = mapped_column(String(100))
    name_fr: Mapped[str] = mapped_column(String(100))
    meaning: Mapped[str | None] = mapped_column(Text)


class CompetencyArea(Base):
    __tablename__ = "competency_area"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    framework_code: Mapped[str] = mapped_column(ForeignKey("competency_framework.code"))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int]


class Competency(Base):
    """A competency of the catalogue; `retired` once a newer catalogue no longer lists it."""

    __tablename__ = "competency"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    area_code: Mapped[str] = mapped_column(ForeignKey("competency_area.code"))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int]
    retired: Mapped[bool] = mapped_column(default=False)


class CompetencyDefault(Base):
    """The required level a position of this tier starts from, per competency."""

    __tablename__ = "competency_default"
    __table_args__ = (
        CheckConstraint("required_level BETWEEN 0 AND 4", name="default_level_range"),
        CheckConstraint("tier IN ('T1', 'T2', 'T3', 'T4')", name="default_tier_known"),
    )
    competency_code: Mapped[str] = mapped_column(ForeignKey("competency.code"), primary_key=True)
    tier: Mapped[str] = mapped_column(String(2), primary_key=True)
    required_level: Mapped[int]


class TnaCycle(Synced, Base):
    """One administration's training needs analysis for one year: its organisation section
    and where it is in the workflow. The id is derived from (member, year), so there is one
    cycle per administration per year wherever it was opened."""

    __tablename__ = "tna_cycle"
    __table_args__ = (
        CheckConstraint("year BETWEEN 2000 AND 2100", name="tna_year_range"),
        CheckConstraint(
            "status IN ('draft', 'in_review', 'approved', 'submitted', 'acknowledged')",
            name="tna_status_known",
        ),
        CheckConstraint("budget_amount IS NULL OR budget_amount >= 0", name="tna_budget_range"),
        CheckConstraint(
            "national_trainers IS NULL OR national_trainers BETWEEN 0 AND 100000",
            name="tna_trainers_range",
        ),
        CheckConstraint(
            "carried_from_year IS NULL OR carried_from_year BETWEEN 2000 AND 2100",
            name="tna_carried_range",
        ),
        Index("ix_tna_cycle_member_year", "member_code", "year"),
    )
    __sync_groups__ = {
        "year": ("year",),
        "priorities": ("priorities",),
        "vacancies": ("vacancies",),
        "budget": ("budget_amount", "budget_currency"),
        "trainers": ("national_trainers",),
        "constraints": ("constraints_note",),
        "top_needs": ("top_needs",),
        "carried": ("carried_from_year",),
        "workflow": (
            "status",
            "approved_by",
            "approved_on",
            "submitted_on",
            "acknowledged_on",
            "reopened_on",
            "reopen_reason",
            "headcount",
        ),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    year: Mapped[int]
    status: Mapped[str] = mapped_column(String(16), default="draft")
    priorities: Mapped[str | None] = mapped_column(Text)
    vacancies: Mapped[str | None] = mapped_column(Text)
    budget_amount: Mapped[int | None]
    budget_currency: Mapped[str | None] = mapped_column(String(3))
    national_trainers: Mapped[int | None]
    constraints_note: Mapped[str | None] = mapped_column(Text)
    top_needs: Mapped[str | None] = mapped_column(Text)
    carried_from_year: Mapped[int | None]
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_on: Mapped[dt.date | None]
    submitted_on: Mapped[dt.date | None]
    acknowledged_on: Mapped[dt.date | None]
    reopened_on: Mapped[dt.date | None]
    reopen_reason: Mapped[str | None] = mapped_column(Text)
    # Staff in post by tier and sex when submitted (JSON), as the Secretariat received it.
    headcount: Mapped[str | None] = mapped_column(Text)


class TnaAssessment(Synced, Base):
    """One staff member x competency of a cycle. The id is derived from (cycle, staff,
    competency). `required_level` is the position's profile when the row was made;
    `previous_level` last year's agreed level, the starting point of a carried-over cycle.
    The field groups are coarse on purpose: a member's assessments have one writer (its
    installation; the Secretariat rarely corrects one), and fewer stamps keep a cycle of
    25,000 cells quick to write."""

    __tablename__ = "tna_assessment"
    __table_args__ = (
        CheckConstraint("required_level BETWEEN 0 AND 4", name="tna_required_range"),
        CheckConstraint("self_level IS NULL OR self_level BETWEEN 0 AND 4", name="tna_self_range"),
        CheckConstraint(
            "supervisor_level IS NULL OR supervisor_level BETWEEN 0 AND 4",
            name="tna_supervisor_range",
        ),
        CheckConstraint(
            "agreed_level IS NULL OR agreed_level BETWEEN 0 AND 4", name="tna_agreed_range"
        ),
        CheckConstraint(
            "previous_level IS NULL OR previous_level BETWEEN 0 AND 4", name="tna_previous_range"
        ),
        CheckConstraint("importance BETWEEN 1 AND 3", name="tna_importance_range"),
        CheckConstraint(
            "band_override IS NULL OR band_override IN ('none', 'low', 'medium', 'high')",
            name="tna_override_known",
        ),
        Index("ix_tna_assessment_cycle_staff", "cycle_id", "staff_id"),
    )
    __sync_groups__ = {
        "link": ("cycle_id", "staff_id", "competency_code"),
        "start": ("required_level", "previous_level"),
        "levels": ("self_level", "supervisor_level", "agreed_level", "importance"),
        "notes": ("comment", "band_override", "override_reason"),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    cycle_id: Mapped[str] = mapped_column(ForeignKey("tna_cycle.id"))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    competency_code: Mapped[str] = mapped_column(String(32))
    required_level: Mapped[int]
    previous_level: Mapped[int | None]
    self_level: Mapped[int | None]
    supervisor_level: Mapped[int | None]
    agreed_level: Mapped[int | None]
    importance: Mapped[int] = mapped_column(default=2)
    comment: Mapped[str | None] = mapped_column(Text)
    band_override: Mapped[str | None] = mapped_column(String(6))
    override_reason: Mapped[str | None] = mapped_column(Text)


class TnaNeed(Synced, Base):
    """What could meet one need of a cycle (a competency in one priority band): a programme
    activity, a course or an e-learning module, a target year and a status. The id is derived
    from (cycle, competency, band)."""

    __tablename__ = "tna_need"
    __table_args__ = (
        CheckConstraint("band IN ('high', 'medium', 'low')", name="tna_need_band_known"),
        CheckConstraint(
            "status IN ('open', 'planned', 'met', 'deferred')", name="tna_need_status_known"
        ),
        CheckConstraint(
            "target_year IS NULL OR target_year BETWEEN 2000 AND 2100",
            name="tna_need_target_range",
        ),
        Index("ix_tna_need_cycle", "cycle_id"),
    )
    __sync_groups__ = {
        "link": ("cycle_id", "competency_code", "band"),
        "mapping": ("activity_code", "course_code", "module"),
        "target": ("target_year",),
        "status": ("status",),
        "note": ("note",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    cycle_id: Mapped[str] = mapped_column(ForeignKey("tna_cycle.id"))
    competency_code: Mapped[str] = mapped_column(String(32))
    band: Mapped[str] = mapped_column(String(6))
    activity_code: Mapped[str | None] = mapped_column(String(16))
    course_code: Mapped[str | None] = mapped_column(String(32))
    module: Mapped[str | None] = mapped_column(String(200))
    target_year: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(10), default="open")
    note: Mapped[str | None] = mapped_column(Text)


class TnaSuggestion(Base):
    """What could meet a need for a competency, suggested for every cycle: reference data from
    resources/reference/tna_mapping.json. An officer's edit marks the row `edited_locally`, and
    a newer shipped file then leaves it alone."""

    __tablename__ = "tna_suggestion"
    competency_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    activity_code: Mapped[str | None] = mapped_column(String(16))
    course_code: Mapped[str | None] = mapped_column(String(32))
    module: Mapped[str | None] = mapped_column(String(200))
    edited_locally: Mapped[bool] = mapped_column(default=False)


class TnaSubmission(Base):
    """Local and never synced: this installation's change sequence when a cycle was submitted.
    Once the Secretariat acknowledges that sequence, the cycle is acknowledged."""

    __tablename__ = "tna_submission"
    cycle_id: Mapped[str] = mapped_column(ForeignKey("tna_cycle.id"), primary_key=True)
    seq: Mapped[int]
    submitted_at: Mapped[dt.datetime]


class ReferenceDocument(Synced, Base):
    """A reference file (members, competency catalogue, programme...) as the Secretariat
    published it. It travels to every member (it has no member_code) and, where present, is
    used instead of the file shipped with the app. The id is derived from the name."""

    __tablename__ = "reference_document"
    __sync_groups__ = {"document": ("name", "version", "body")}
    name: Mapped[str] = mapped_column(String(64))
    version: Mapped[int]
    body: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Office,
    Position,
    Staff,
    PositionCompetency,
    TnaCycle,
    TnaAssessment,
    TnaNeed,
    ReferenceDocument,
)


def synced_models() -> tuple[type[Synced], ...]:
    """Every synced model, parents before children (the merge order)."""
    return SYNCED_MODELS + PROGRAMME_MODELS + NEWS_MODELS


def sync_specs() -> list[SyncSpec]:
    """The capture specs as the models declare them now (migrations install literal copies)."""
    return [SyncSpec(model.__tablename__, model.__sync_groups__) for model in synced_models()]
