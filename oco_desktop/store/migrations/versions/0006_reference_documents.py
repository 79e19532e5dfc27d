"""Reference files published by the Secretariat, synced to every member.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from oco_desktop.store import capture

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SPEC = capture.SyncSpec("reference_document", {"document": ("name", "version", "body")})


def upgrade() -> None:
    op.create_table(
        "reference_document",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
    )
    capture.install_triggers(op.get_bind(), SPEC)


def downgrade() -> None:
    capture.drop_triggers(op.get_bind(), "reference_document")
    op.drop_table("reference_document")
