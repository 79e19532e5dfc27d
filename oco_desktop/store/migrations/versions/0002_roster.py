"""Offices, positions and staff, with their change-capture triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from oco_desktop.store import capture

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SPECS = (
    capture.SyncSpec(
        "office",
        {
            "name": ("name",),
            "island": ("island",),
            "office_type": ("office_type",),
            "member": ("member_code",),
        },
    ),
    capture.SyncSpec(
        "position",
        {"title": ("title",), "grade": ("local_grade", "tier"), "member": ("member_code",)},
    ),
    capture.SyncSpec(
        "staff",
        {
            "staff_number": ("staff_number",),
            "name": ("full_name",),
            "sex": ("sex",),
            "birth_year": ("birth_year",),
            "start_year": ("start_year",),
            "placement": ("position_id", "office_id"),
            "status": ("status", "left_on"),
            "member": ("member_code",),
        },
    ),
)


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
    ]


def upgrade() -> None:
    op.create_table(
        "office",
        *_synced_columns(),
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("island", sa.String(200), nullable=True),
        sa.Column("office_type", sa.String(16), nullable=False),
        sa.CheckConstraint(
            "office_type IN ('hq', 'seaport', 'airport', 'mail', 'outer_island')",
            name="office_type_known",
        ),
    )
    op.create_index("ix_office_member", "office", ["member_code"])
    op.create_table(
        "position",
        *_synced_columns(),
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("local_grade", sa.String(50), nullable=True),
        sa.Column("tier", sa.String(2), nullable=False),
        sa.CheckConstraint("tier IN ('T1', 'T2', 'T3', 'T4')", name="tier_known"),
    )
    op.create_index("ix_position_member", "position", ["member_code"])
    op.create_table(
        "staff",
        *_synced_columns(),
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("staff_number", sa.String(50), nullable=True),
        sa.Column("full_name", sa.String(200), nullable=True),
        sa.Column("sex", sa.String(1), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("position_id", sa.String(36), sa.ForeignKey("position.id"), nullable=True),
        sa.Column("office_id", sa.String(36), sa.ForeignKey("office.id"), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.CheckConstraint("sex IS NULL OR sex IN ('F', 'M', 'X', 'U')", name="sex_known"),
        sa.CheckConstraint(
            "status IN ('active', 'on_leave', 'seconded', 'left')", name="status_known"
        ),
    )
    op.create_index("ix_staff_member_number", "staff", ["member_code", "staff_number"])
    op.create_index("ix_staff_office", "staff", ["office_id"])
    op.create_index("ix_staff_position", "staff", ["position_id"])
    for spec in SPECS:
        capture.install_triggers(op.get_bind(), spec)


def downgrade() -> None:
    for spec in SPECS:
        capture.drop_triggers(op.get_bind(), spec.table)
    op.drop_table("staff")
    op.drop_table("position")
    op.drop_table("office")
