"""Roster text in one form: names, numbers and titles already stored are made Unicode NFC,
trimmed, with inner runs of spaces collapsed, as every entry point now stores them (a name
typed on a Mac or pasted from a PDF arrived decomposed and did not equal the same name typed
on Windows). Changed rows go through the usual change capture, so they sync as any edit.

Two offices or positions that become the same name keep their rows: the officer merges them.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from oco_desktop.domain.text import normalise_text

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TEXT_COLUMNS = {
    "staff": ("staff_number", "full_name"),
    "office": ("name", "island"),
    "position": ("title", "local_grade"),
}


def upgrade() -> None:
    conn = op.get_bind()
    for table, columns in TEXT_COLUMNS.items():
        listed = ", ".join(columns)
        changed = []
        for row in conn.execute(sa.text(f"SELECT id, {listed} FROM {table}")):
            values = dict(zip(columns, row[1:], strict=True))
            fixed = {c: normalise_text(v) if isinstance(v, str) else v for c, v in values.items()}
            if fixed != values:
                changed.append({"row_id": row[0], **fixed})
        if changed:
            assignments = ", ".join(f"{c} = :{c}" for c in columns)
            conn.execute(sa.text(f"UPDATE {table} SET {assignments} WHERE id = :row_id"), changed)


def downgrade() -> None:
    """Nothing to undo: the composed form is the same text."""
