"""Sync trust: a parked record remembers who sent it, so it passes the sender's scope check
when it is retried; an edit is stamped after the stamp it overwrites, so the local clock no
longer has to follow a member's fast clock (docs/SYNC.md, "Clocks").

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Literal copies (store/capture.py may change later; a migration does what it did then).
OLD_STAMP = "hlc = excluded.hlc,"
NEW_STAMP = "hlc = max(excluded.hlc, sync_field_clock.hlc + 1),"


def _rewrite_triggers(old: str, new: str) -> None:
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE ?",
        (f"%{old}%",),
    ).all()
    for name, sql in rows:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        conn.exec_driver_sql(sql.replace(old, new))


def upgrade() -> None:
    with op.batch_alter_table("sync_pending") as batch:
        batch.add_column(sa.Column("sender_code", sa.String(3), nullable=True))
    # Parked rows came from applied bundles, whose ledger row names the sender.
    op.execute(
        "UPDATE sync_pending SET sender_code = (SELECT sender_code FROM sync_ledger "
        "WHERE sync_ledger.bundle_id = sync_pending.bundle_id)"
    )
    _rewrite_triggers(OLD_STAMP, NEW_STAMP)


def downgrade() -> None:
    _rewrite_triggers(NEW_STAMP, OLD_STAMP)
    with op.batch_alter_table("sync_pending") as batch:
        batch.drop_column("sender_code")
