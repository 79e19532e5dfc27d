"""News items published by the Secretariat (synced to every member), and the local record of
which ones this office has read (never synced).

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from oco_desktop.store import capture

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SPEC = capture.SyncSpec(
    "news_item",
    {
        "date": ("published_on",),
        "title": ("title", "title_fr"),
        "body": ("body", "body_fr"),
        "event": ("place", "starts_on", "ends_on"),
        "links": ("activity_code", "session_id"),
    },
)


def upgrade() -> None:
    op.create_table(
        "news_item",
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("title_fr", sa.String(200), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("body_fr", sa.Text(), nullable=True),
        sa.Column("place", sa.String(200), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("activity_code", sa.String(16), nullable=True),
        sa.Column("session_id", sa.String(36), sa.ForeignKey("course_session.id"), nullable=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint(
            "ends_on IS NULL OR (starts_on IS NOT NULL AND ends_on >= starts_on)",
            name="news_event_dates",
        ),
        sa.CheckConstraint(
            "length(body) <= 20000 AND (body_fr IS NULL OR length(body_fr) <= 20000)",
            name="news_body_length",
        ),
    )
    op.create_index("ix_news_item_published", "news_item", ["published_on"])
    op.create_table(
        "news_read",
        sa.Column("news_id", sa.String(36), sa.ForeignKey("news_item.id"), primary_key=True),
        sa.Column("read_at", sa.DateTime(), nullable=False),
    )
    capture.install_triggers(op.get_bind(), SPEC)


def downgrade() -> None:
    capture.drop_triggers(op.get_bind(), "news_item")
    op.drop_table("news_read")
    op.drop_index("ix_news_item_published", table_name="news_item")
    op.drop_table("news_item")
