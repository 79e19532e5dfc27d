"""Roster detail: audit trail, competency catalogue, position profiles, erasure, staff search.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Connection, text

from oco_desktop.store import capture

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

STAFF_SPEC = capture.SyncSpec(
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
        "erased": ("erased",),
    },
)
STAFF_SPEC_0002 = capture.SyncSpec(
    "staff", {k: v for k, v in STAFF_SPEC.groups.items() if k != "erased"}
)
POSITION_COMPETENCY_SPEC = capture.SyncSpec(
    "position_competency",
    {
        "link": ("position_id", "competency_code"),
        "level": ("required_level",),
        "member": ("member_code",),
    },
)

# A literal copy of domain.staff_rules.SEARCH_FOLD as it was for this revision: each group of
# characters becomes the ASCII text beside it; SQLite's lower() then folds A-Z.
SEARCH_FOLD = (
    ("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"),
    ("æÆ", "ae"),
    ("çćčÇĆČ", "c"),
    ("èéêëēėęěÈÉÊËĒĖĘĚ", "e"),
    ("ìíîïīįıÌÍÎÏĪĮİ", "i"),
    ("ñńňÑŃŇ", "n"),
    ("òóôõöøōőÒÓÔÕÖØŌŐ", "o"),
    ("œŒ", "oe"),
    ("ùúûüūůűÙÚÛÜŪŮŰ", "u"),
    ("ýÿÝŸ", "y"),
    ("ß", "ss"),
    ("ʻʼ'‘’`", ""),
    ("\u0300\u0301\u0302\u0303\u0304\u0308\u030a\u0327", ""),
)
# SQLite's parser allows about 30 nested calls; each statement nests at most this many.
# Note for later migrations: rebuilding `staff` (batch_alter_table with recreate) or
# capture.drop_triggers(conn, "staff") also drops the search triggers; call
# install_search_triggers again (tests/unit/test_roster_search.py checks they exist).
_REPLACES_PER_STATEMENT = 20
SEARCH_TRIGGERS = ("staff_search_ai", "staff_search_au")


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def search_key_statements(where: str) -> list[str]:
    """Statements that set staff_search.search_key for the staff rows matching `where` (on
    `staff`): the folded full name and staff number joined by char(31). An erased person's key
    is just that separator."""
    pairs = [(char, to) for chars, to in SEARCH_FOLD for char in chars]
    chunks = [
        pairs[i : i + _REPLACES_PER_STATEMENT]
        for i in range(0, len(pairs), _REPLACES_PER_STATEMENT)
    ]
    statements = [
        "INSERT INTO staff_search (staff_id, search_key) "
        "SELECT id, coalesce(full_name, '') || char(31) || coalesce(staff_number, '') "
        f"FROM staff WHERE {where} "
        "ON CONFLICT (staff_id) DO UPDATE SET search_key = excluded.search_key;"
    ]
    for index, chunk in enumerate(chunks):
        expr = "search_key"
        for char, to in chunk:
            expr = f"replace({expr}, {_sql_literal(char)}, {_sql_literal(to)})"
        if index == len(chunks) - 1:
            expr = f"lower({expr})"
        statements.append(
            f"UPDATE staff_search SET search_key = {expr} "
            f"WHERE staff_id IN (SELECT id FROM staff WHERE {where});"
        )
    return statements


def install_search_triggers(conn: Connection) -> None:
    """Keep staff_search in step with every write to staff, local or merged."""
    body = "\n".join(search_key_statements("id = NEW.id"))
    conn.execute(text(f"CREATE TRIGGER staff_search_ai AFTER INSERT ON staff BEGIN\n{body}\nEND"))
    conn.execute(
        text(
            "CREATE TRIGGER staff_search_au AFTER UPDATE OF full_name, staff_number ON staff "
            f"BEGIN\n{body}\nEND"
        )
    )


def _reference_tables() -> None:
    op.create_table(
        "competency_framework",
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("about", sa.Text(), nullable=True),
    )
    op.create_table(
        "proficiency_level",
        sa.Column("level", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("name_en", sa.String(100), nullable=False),
        sa.Column("name_fr", sa.String(100), nullable=False),
        sa.Column("meaning", sa.Text(), nullable=True),
    )
    op.create_table(
        "competency_area",
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column(
            "framework_code",
            sa.String(32),
            sa.ForeignKey("competency_framework.code"),
            nullable=False,
        ),
        sa.Column("name_en", sa.String(200), nullable=False),
        sa.Column("name_fr", sa.String(200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
    )
    op.create_table(
        "competency",
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column(
            "area_code", sa.String(32), sa.ForeignKey("competency_area.code"), nullable=False
        ),
        sa.Column("name_en", sa.String(200), nullable=False),
        sa.Column("name_fr", sa.String(200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "competency_default",
        sa.Column(
            "competency_code", sa.String(32), sa.ForeignKey("competency.code"), primary_key=True
        ),
        sa.Column("tier", sa.String(2), primary_key=True),
        sa.Column("required_level", sa.Integer(), nullable=False),
        sa.CheckConstraint("required_level BETWEEN 0 AND 4", name="default_level_range"),
        sa.CheckConstraint("tier IN ('T1', 'T2', 'T3', 'T4')", name="default_tier_known"),
    )


def upgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.String(200), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("tbl", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("source", sa.String(300), nullable=True),
    )
    op.create_index("ix_audit_log_row", "audit_log", ["tbl", "row_id"])
    _reference_tables()
    op.create_table(
        "position_competency",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("member_code", sa.String(3), sa.ForeignKey("member.code"), nullable=False),
        sa.Column("position_id", sa.String(36), sa.ForeignKey("position.id"), nullable=False),
        sa.Column("competency_code", sa.String(32), nullable=False),
        sa.Column("required_level", sa.Integer(), nullable=False),
        sa.CheckConstraint("required_level BETWEEN 0 AND 4", name="required_level_range"),
    )
    op.create_index("ix_position_competency_position", "position_competency", ["position_id"])
    capture.install_triggers(conn, POSITION_COMPETENCY_SPEC)

    with op.batch_alter_table("staff") as batch:
        batch.add_column(
            sa.Column("erased", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    capture.drop_triggers(conn, "staff")
    capture.install_triggers(conn, STAFF_SPEC)
    op.create_table(
        "staff_search",
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id"), primary_key=True),
        sa.Column("search_key", sa.Text(), nullable=False),
    )
    op.create_index("ix_staff_search_key", "staff_search", ["search_key", "staff_id"])
    install_search_triggers(conn)
    for statement in search_key_statements("1 = 1"):
        conn.execute(text(statement))


def downgrade() -> None:
    conn = op.get_bind()
    capture.drop_triggers(conn, "staff")
    op.drop_table("staff_search")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("erased")
    capture.install_triggers(conn, STAFF_SPEC_0002)
    capture.drop_triggers(conn, "position_competency")
    op.drop_table("position_competency")
    for table in (
        "competency_default",
        "competency",
        "competency_area",
        "proficiency_level",
        "competency_framework",
        "audit_log",
    ):
        op.drop_table(table)
