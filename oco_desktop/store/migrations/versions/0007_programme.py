"""Customs Leadership programme: courses and sessions (published by the Secretariat),
nominations, e-learning completions, mentoring and internships, the Customs Expert database,
Gender Equality Plans and succession planning. Every table is synced.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from oco_desktop.store import capture

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SPECS = (
    capture.SyncSpec(
        "course",
        {
            "code": ("code",),
            "title": ("title", "title_fr"),
            "activity": ("activity_code",),
            "details": ("provider", "mode", "language", "audience", "description"),
        },
    ),
    capture.SyncSpec(
        "course_session",
        {
            "course": ("course_id",),
            "dates": ("starts_on", "ends_on", "apply_by"),
            "place": ("venue", "online"),
            "seats": ("seats",),
            "language": ("language",),
            "status": ("status",),
        },
    ),
    capture.SyncSpec(
        "nomination",
        {
            "request": ("session_id", "staff_id", "reason", "need_id", "nominated_on"),
            "decision": ("status", "decided_on"),
            "outcome": ("attendance", "result", "certificate_ref"),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "elearning_completion",
        {
            "link": ("staff_id", "module_code"),
            "completion": ("completed_on", "certificate_ref", "hours"),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "mentoring_pair",
        {
            "mentor": ("mentor_staff_id", "mentor_name"),
            "mentee": ("mentee_staff_id",),
            "plan": ("goals", "starts_on", "ends_on"),
            "progress": ("meetings", "status", "outcome"),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "internship",
        {
            "who": ("staff_id",),
            "placement": ("host_code", "starts_on", "ends_on"),
            "purpose": ("purpose", "outcome"),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "expert",
        {
            "who": ("staff_id", "external_name", "organisation"),
            "languages": ("languages",),
            "trainer": ("trainer_status",),
            "availability": ("available_from", "available_to", "days_per_year"),
            "consent": ("consent_share",),
            "note": ("note",),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "expert_skill",
        {"link": ("expert_id", "competency_code"), "level": ("level",), "member": ("member_code",)},
    ),
    capture.SyncSpec(
        "gender_plan",
        {
            "period": ("start_year", "end_year"),
            "title": ("title",),
            "status": ("status", "approved_by", "approved_on"),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "gender_indicator",
        {
            "link": ("plan_id", "principle_code", "indicator_code"),
            "text": ("text",),
            "values": ("baseline", "target", "current"),
            "evidence": ("evidence",),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "gender_action",
        {
            "link": ("plan_id", "principle_code"),
            "action": ("action",),
            "owner": ("owner", "due_on"),
            "status": ("status",),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "key_position",
        {"position": ("position_id",), "why": ("reason",), "member": ("member_code",)},
    ),
    capture.SyncSpec(
        "successor",
        {
            "link": ("key_position_id", "staff_id"),
            "readiness": ("readiness",),
            "development": ("development",),
            "member": ("member_code",),
        },
    ),
)


def upgrade() -> None:
    op.create_table(
        "course",
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("title_fr", sa.String(200), nullable=True),
        sa.Column("activity_code", sa.String(16), nullable=True),
        sa.Column("provider", sa.String(200), nullable=True),
        sa.Column("mode", sa.String(10), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("audience", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint("language IN ('en', 'fr', 'en_fr')", name="course_language_known"),
        sa.CheckConstraint("mode IN ('in_person', 'online', 'blended')", name="course_mode_known"),
    )
    op.create_table(
        "course_session",
        sa.Column("course_id", sa.String(36), sa.ForeignKey("course.id"), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("apply_by", sa.Date(), nullable=True),
        sa.Column("venue", sa.String(200), nullable=True),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint("language IN ('en', 'fr', 'en_fr')", name="session_language_known"),
        sa.CheckConstraint("ends_on >= starts_on", name="session_dates_ordered"),
        sa.CheckConstraint("seats BETWEEN 1 AND 1000", name="session_seats_range"),
        sa.CheckConstraint(
            "status IN ('planned', 'open', 'closed', 'held', 'cancelled')",
            name="session_status_known",
        ),
    )
    op.create_index("ix_course_session_course", "course_session", ["course_id"])
    op.create_table(
        "nomination",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("session_id", sa.String(36), sa.ForeignKey("course_session.id"), nullable=False),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("need_id", sa.String(36), sa.ForeignKey("tna_need.id"), nullable=True),
        sa.Column("nominated_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("attendance", sa.String(10), nullable=True),
        sa.Column("result", sa.String(10), nullable=True),
        sa.Column("certificate_ref", sa.String(100), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint(
            "status IN ('nominated', 'waitlisted', 'confirmed', 'declined', 'withdrawn')",
            name="nomination_status_known",
        ),
        sa.CheckConstraint(
            "attendance IS NULL OR attendance IN ('attended', 'partial', 'absent')",
            name="nomination_attendance_known",
        ),
        sa.CheckConstraint(
            "result IS NULL OR result IN ('completed', 'passed', 'failed')",
            name="nomination_result_known",
        ),
    )
    op.create_index("ix_nomination_session", "nomination", ["session_id"])
    op.create_index("ix_nomination_staff", "nomination", ["staff_id"])
    op.create_table(
        "elearning_completion",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("module_code", sa.String(64), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("certificate_ref", sa.String(100), nullable=True),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_elearning_completion_staff", "elearning_completion", ["staff_id"])
    op.create_table(
        "mentoring_pair",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("mentor_staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("mentor_name", sa.String(200), nullable=True),
        sa.Column("mentee_staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("goals", sa.Text(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("meetings", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint(
            "status IN ('active', 'completed', 'ended_early')", name="pair_status_known"
        ),
        sa.CheckConstraint("meetings BETWEEN 0 AND 1000", name="pair_meetings_range"),
        sa.CheckConstraint(
            "mentor_staff_id IS NOT NULL OR mentor_name IS NOT NULL", name="pair_has_mentor"
        ),
    )
    op.create_index("ix_mentoring_pair_mentee", "mentoring_pair", ["mentee_staff_id"])
    op.create_table(
        "internship",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("host_code", sa.String(3), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="internship_dates"),
    )
    op.create_index("ix_internship_staff", "internship", ["staff_id"])
    op.create_table(
        "expert",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("external_name", sa.String(200), nullable=True),
        sa.Column("organisation", sa.String(200), nullable=True),
        sa.Column("languages", sa.String(50), nullable=False),
        sa.Column("trainer_status", sa.String(16), nullable=False),
        sa.Column("available_from", sa.Date(), nullable=True),
        sa.Column("available_to", sa.Date(), nullable=True),
        sa.Column("days_per_year", sa.Integer(), nullable=True),
        sa.Column("consent_share", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint(
            "days_per_year IS NULL OR days_per_year BETWEEN 0 AND 366", name="expert_days_range"
        ),
        sa.CheckConstraint("staff_id IS NOT NULL OR external_name IS NOT NULL", name="expert_who"),
        sa.CheckConstraint(
            "trainer_status IN ('none', 'oco_regional', 'wco_accredited', 'both')",
            name="expert_trainer_known",
        ),
    )
    op.create_index("ix_expert_member", "expert", ["member_code"])
    op.create_table(
        "expert_skill",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("expert_id", sa.String(36), sa.ForeignKey("expert.id"), nullable=False),
        sa.Column("competency_code", sa.String(32), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint("level BETWEEN 1 AND 4", name="expert_level_range"),
    )
    op.create_index("ix_expert_skill_expert", "expert_skill", ["expert_id"])
    op.create_table(
        "gender_plan",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("approved_by", sa.String(200), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint("end_year >= start_year AND end_year <= 2100", name="gender_plan_end"),
        sa.CheckConstraint("start_year BETWEEN 2000 AND 2100", name="gender_plan_start_range"),
        sa.CheckConstraint(
            "status IN ('draft', 'adopted', 'closed')", name="gender_plan_status_known"
        ),
    )
    op.create_index("ix_gender_plan_member", "gender_plan", ["member_code"])
    op.create_table(
        "gender_indicator",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("plan_id", sa.String(36), sa.ForeignKey("gender_plan.id"), nullable=False),
        sa.Column("principle_code", sa.String(16), nullable=False),
        sa.Column("indicator_code", sa.String(32), nullable=True),
        sa.Column("text", sa.String(500), nullable=False),
        sa.Column("baseline", sa.String(100), nullable=True),
        sa.Column("target", sa.String(100), nullable=True),
        sa.Column("current", sa.String(100), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_gender_indicator_plan", "gender_indicator", ["plan_id"])
    op.create_table(
        "gender_action",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("plan_id", sa.String(36), sa.ForeignKey("gender_plan.id"), nullable=False),
        sa.Column("principle_code", sa.String(16), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(200), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint(
            "status IN ('planned', 'in_progress', 'done', 'dropped')",
            name="gender_action_status_known",
        ),
    )
    op.create_index("ix_gender_action_plan", "gender_action", ["plan_id"])
    op.create_table(
        "key_position",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("position_id", sa.String(36), sa.ForeignKey("position.id"), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_key_position_position", "key_position", ["position_id"])
    op.create_table(
        "successor",
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column(
            "key_position_id", sa.String(36), sa.ForeignKey("key_position.id"), nullable=False
        ),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("readiness", sa.String(12), nullable=False),
        sa.Column("development", sa.Text(), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint(
            "readiness IN ('now', '1_2_years', '3_plus_years')", name="successor_readiness_known"
        ),
    )
    op.create_index("ix_successor_key_position", "successor", ["key_position_id"])
    op.create_index("ix_successor_staff", "successor", ["staff_id"])
    for spec in SPECS:
        capture.install_triggers(op.get_bind(), spec)


def downgrade() -> None:
    for spec in reversed(SPECS):
        capture.drop_triggers(op.get_bind(), spec.table)
    op.drop_table("successor")
    op.drop_table("key_position")
    op.drop_table("gender_action")
    op.drop_table("gender_indicator")
    op.drop_table("gender_plan")
    op.drop_table("expert_skill")
    op.drop_table("expert")
    op.drop_table("internship")
    op.drop_table("mentoring_pair")
    op.drop_table("elearning_completion")
    op.drop_table("nomination")
    op.drop_table("course_session")
    op.drop_table("course")
