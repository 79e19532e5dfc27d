"""Sync clock tables, installation, member administrations and app facts.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from oco_desktop.store import capture

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    capture.install_clock_tables(op.get_bind())
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "member",
        sa.Column("code", sa.String(3), primary_key=True),
        sa.Column("iso3", sa.String(3), nullable=False),
        sa.Column("name_en", sa.String(200), nullable=False),
        sa.Column("name_fr", sa.String(200), nullable=False),
        sa.Column("languages", sa.String(100), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_table(
        "installation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=True),
        sa.Column("focal_point", sa.String(200), nullable=True),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_app", sa.String(32), nullable=False),
        sa.CheckConstraint("id = 1", name="one_installation"),
        sa.CheckConstraint("role IN ('member', 'secretariat')", name="role_known"),
    )


def downgrade() -> None:
    op.drop_table("installation")
    op.drop_table("member")
    op.drop_table("app_meta")
    op.drop_table("sync_field_clock")
    op.drop_table("sync_clock")
