"""Sync bookkeeping: peers and keys, replicas, the ledger, outbox, conflicts and parked rows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("code", sa.String(3), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("signing_key", sa.String(64), nullable=False),
        sa.Column("encryption_key", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(32), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("status IN ('trusted', 'pending', 'revoked')", name="peer_status"),
    )
    op.create_table(
        "sync_replica",
        sa.Column("replica_id", sa.String(36), primary_key=True),
        sa.Column("site_code", sa.String(3), sa.ForeignKey("sync_peer.code"), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("received_seq", sa.Integer(), nullable=False),
        sa.Column("last_bundle_seq", sa.Integer(), nullable=False),
        sa.Column("last_received_at", sa.DateTime(), nullable=True),
        sa.Column("last_acked_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "sync_ledger",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("sender_code", sa.String(3), nullable=False),
        sa.Column("sender_replica", sa.String(36), nullable=False),
        sa.Column("bundle_seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("archived_as", sa.Text(), nullable=True),
        sa.CheckConstraint("status IN ('applied', 'quarantined')", name="ledger_status"),
    )
    op.create_index("ix_sync_ledger_replica_seq", "sync_ledger", ["sender_replica", "bundle_seq"])
    op.create_table(
        "sync_outbox",
        sa.Column("bundle_seq", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.String(36), nullable=False, unique=True),
        sa.Column("recipient", sa.String(3), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("since_seq", sa.Integer(), nullable=False),
        sa.Column("upto_seq", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("written_to", sa.Text(), nullable=True),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.CheckConstraint("status IN ('writing', 'written')", name="outbox_status"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tbl", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("grp", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("winner", sa.Text(), nullable=False),
        sa.Column("loser", sa.Text(), nullable=False),
        sa.Column("winner_site", sa.String(36), nullable=False),
        sa.Column("loser_site", sa.String(36), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "sync_pending",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tbl", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("parked_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "sync_pending",
        "sync_conflict",
        "sync_outbox",
        "sync_ledger",
        "sync_replica",
        "sync_peer",
    ):
        op.drop_table(table)
