"""Training needs analysis: cycles, assessments and needs (synced), suggestions and submissions.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from oco_desktop.store import capture

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SPECS = (
    capture.SyncSpec(
        "tna_cycle",
        {
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
        },
    ),
    capture.SyncSpec(
        "tna_assessment",
        {
            "link": ("cycle_id", "staff_id", "competency_code"),
            "start": ("required_level", "previous_level"),
            "levels": ("self_level", "supervisor_level", "agreed_level", "importance"),
            "notes": ("comment", "band_override", "override_reason"),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "tna_need",
        {
            "link": ("cycle_id", "competency_code", "band"),
            "mapping": ("activity_code", "course_code", "module"),
            "target": ("target_year",),
            "status": ("status",),
            "note": ("note",),
            "member": ("member_code",),
        },
    ),
)


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
    ]


def _level(name: str, *, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "tna_cycle",
        *_synced_columns(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("priorities", sa.Text(), nullable=True),
        sa.Column("vacancies", sa.Text(), nullable=True),
        sa.Column("budget_amount", sa.Integer(), nullable=True),
        sa.Column("budget_currency", sa.String(3), nullable=True),
        sa.Column("national_trainers", sa.Integer(), nullable=True),
        sa.Column("constraints_note", sa.Text(), nullable=True),
        sa.Column("top_needs", sa.Text(), nullable=True),
        sa.Column("carried_from_year", sa.Integer(), nullable=True),
        sa.Column("approved_by", sa.String(200), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("reopened_on", sa.Date(), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=True),
        sa.Column("headcount", sa.Text(), nullable=True),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name="tna_year_range"),
        sa.CheckConstraint(
            "status IN ('draft', 'in_review', 'approved', 'submitted', 'acknowledged')",
            name="tna_status_known",
        ),
        sa.CheckConstraint("budget_amount IS NULL OR budget_amount >= 0", name="tna_budget_range"),
        sa.CheckConstraint(
            "national_trainers IS NULL OR national_trainers BETWEEN 0 AND 100000",
            name="tna_trainers_range",
        ),
        sa.CheckConstraint(
            "carried_from_year IS NULL OR carried_from_year BETWEEN 2000 AND 2100",
            name="tna_carried_range",
        ),
    )
    op.create_index("ix_tna_cycle_member_year", "tna_cycle", ["member_code", "year"])
    op.create_table(
        "tna_assessment",
        *_synced_columns(),
        sa.Column("cycle_id", sa.String(36), sa.ForeignKey("tna_cycle.id"), nullable=False),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("competency_code", sa.String(32), nullable=False),
        _level("required_level", nullable=False),
        _level("previous_level"),
        _level("self_level"),
        _level("supervisor_level"),
        _level("agreed_level"),
        sa.Column("importance", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("band_override", sa.String(6), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("required_level BETWEEN 0 AND 4", name="tna_required_range"),
        sa.CheckConstraint(
            "self_level IS NULL OR self_level BETWEEN 0 AND 4", name="tna_self_range"
        ),
        sa.CheckConstraint(
            "supervisor_level IS NULL OR supervisor_level BETWEEN 0 AND 4",
            name="tna_supervisor_range",
        ),
        sa.CheckConstraint(
            "agreed_level IS NULL OR agreed_level BETWEEN 0 AND 4", name="tna_agreed_range"
        ),
        sa.CheckConstraint(
            "previous_level IS NULL OR previous_level BETWEEN 0 AND 4", name="tna_previous_range"
        ),
        sa.CheckConstraint("importance BETWEEN 1 AND 3", name="tna_importance_range"),
        sa.CheckConstraint(
            "band_override IS NULL OR band_override IN ('none', 'low', 'medium', 'high')",
            name="tna_override_known",
        ),
    )
    op.create_index("ix_tna_assessment_cycle_staff", "tna_assessment", ["cycle_id", "staff_id"])
    op.create_table(
        "tna_need",
        *_synced_columns(),
        sa.Column("cycle_id", sa.String(36), sa.ForeignKey("tna_cycle.id"), nullable=False),
        sa.Column("competency_code", sa.String(32), nullable=False),
        sa.Column("band", sa.String(6), nullable=False),
        sa.Column("activity_code", sa.String(16), nullable=True),
        sa.Column("course_code", sa.String(32), nullable=True),
        sa.Column("module", sa.String(200), nullable=True),
        sa.Column("target_year", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("band IN ('high', 'medium', 'low')", name="tna_need_band_known"),
        sa.CheckConstraint(
            "status IN ('open', 'planned', 'met', 'deferred')", name="tna_need_status_known"
        ),
        sa.CheckConstraint(
            "target_year IS NULL OR target_year BETWEEN 2000 AND 2100",
            name="tna_need_target_range",
        ),
    )
    op.create_index("ix_tna_need_cycle", "tna_need", ["cycle_id"])
    op.create_table(
        "tna_suggestion",
        sa.Column("competency_code", sa.String(32), primary_key=True),
        sa.Column("activity_code", sa.String(16), nullable=True),
        sa.Column("course_code", sa.String(32), nullable=True),
        sa.Column("module", sa.String(200), nullable=True),
        sa.Column("edited_locally", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "tna_submission",
        sa.Column("cycle_id", sa.String(36), sa.ForeignKey("tna_cycle.id"), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
    )
    for spec in SPECS:
        capture.install_triggers(op.get_bind(), spec)


def downgrade() -> None:
    for spec in reversed(SPECS):
        capture.drop_triggers(op.get_bind(), spec.table)
    op.drop_table("tna_submission")
    op.drop_table("tna_suggestion")
    op.drop_table("tna_need")
    op.drop_table("tna_assessment")
    op.drop_table("tna_cycle")
