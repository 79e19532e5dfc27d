"""Change capture for sync, generated as SQLite triggers so that no write path can forget it.

Every synced table has `id` (UUIDv7) and `deleted` (the tombstone, itself a field under
last-writer-wins). Its other columns are split into field groups that win or lose together.
A local insert or update stamps each changed group in `sync_field_clock` with the next hybrid
logical clock value, the site and a new local change sequence (the idea of cr-sqlite's
per-column clocks and Anki's per-object counter). While the sync merge applies remote changes it
sets `sync_clock.applying` inside its own transaction, so merged values keep their origin stamp.
Hard deletes are refused: a row leaves by tombstone, or by erasure (personal fields scrubbed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

DELETED_GROUP = "_deleted"
NOW_HLC_SQL = "(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) << 16)"
CAPTURE_ON_SQL = "(SELECT applying FROM sync_clock WHERE id = 1) IS NOT 1"

CLOCK_TABLES_SQL = (
    """CREATE TABLE sync_clock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        site TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        applying INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE sync_field_clock (
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        grp TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        site TEXT NOT NULL,
        prev_hlc INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (tbl, row_id, grp)
    ) WITHOUT ROWID""",
    "CREATE INDEX ix_sync_field_clock_seq ON sync_field_clock (seq)",
)


@dataclass(frozen=True)
class SyncSpec:
    """A synced table and its field groups (group name -> columns)."""

    table: str
    groups: Mapping[str, Sequence[str]]

    def all_groups(self) -> dict[str, tuple[str, ...]]:
        groups = {name: tuple(cols) for name, cols in self.groups.items()}
        groups[DELETED_GROUP] = ("deleted",)
        return groups


# An edit is stamped after the stamp it overwrites even when that stamp is ahead of this
# installation's clock (a merged value from a member whose clock runs fast): the local clock is
# not dragged forward by merged stamps (sync/merge.py), yet an edit made after seeing a value
# always wins over it. Migration 0008 rewrites older triggers to this form.
STAMP_AFTER_CURRENT = "hlc = max(excluded.hlc, sync_field_clock.hlc + 1)"
STAMP_BEFORE_0008 = "hlc = excluded.hlc"


def _bump_clock() -> str:
    return f"UPDATE sync_clock SET seq = seq + 1, hlc = max(hlc + 1, {NOW_HLC_SQL}) WHERE id = 1;"


def _stamp(table: str, group_select: str) -> str:
    return (
        "INSERT INTO sync_field_clock (tbl, row_id, grp, hlc, site, prev_hlc, seq) "
        f"SELECT '{table}', NEW.id, g.grp, c.hlc, c.site, 0, c.seq "
        f"FROM sync_clock AS c, ({group_select}) AS g WHERE c.id = 1 "
        "ON CONFLICT (tbl, row_id, grp) DO UPDATE SET prev_hlc = sync_field_clock.hlc, "
        f"{STAMP_AFTER_CURRENT}, site = excluded.site, seq = excluded.seq;"
    )


def trigger_statements(spec: SyncSpec) -> list[str]:
    """The CREATE TRIGGER statements for one synced table."""
    t = spec.table
    groups = spec.all_groups()
    all_groups = " UNION ALL ".join(f"SELECT '{name}' AS grp" for name in groups)
    statements = [
        f"""CREATE TRIGGER sync_{t}_ai AFTER INSERT ON {t} WHEN {CAPTURE_ON_SQL}
        BEGIN
          SELECT RAISE(ABORT, 'sync clock missing: the store is not initialised')
            WHERE NOT EXISTS (SELECT 1 FROM sync_clock WHERE id = 1);
          {_bump_clock()}
          {_stamp(t, all_groups)}
        END""",
        f"""CREATE TRIGGER sync_{t}_bd BEFORE DELETE ON {t} WHEN {CAPTURE_ON_SQL}
        BEGIN
          SELECT RAISE(ABORT, 'rows of {t} are never deleted: set deleted = 1 (tombstone)');
        END""",
        f"""CREATE TRIGGER sync_{t}_bu_id BEFORE UPDATE OF id ON {t}
        WHEN OLD.id IS NOT NEW.id
        BEGIN
          SELECT RAISE(ABORT, 'the id of a synced row never changes');
        END""",
    ]
    for name, cols in groups.items():
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in cols)
        statements.append(
            f"""CREATE TRIGGER sync_{t}_au_{name.lstrip("_")} AFTER UPDATE OF {", ".join(cols)}
            ON {t} WHEN {CAPTURE_ON_SQL} AND ({changed})
            BEGIN
              {_bump_clock()}
              {_stamp(t, f"SELECT '{name}' AS grp")}
            END"""
        )
    return statements


def install_clock_tables(conn: Connection) -> None:
    for statement in CLOCK_TABLES_SQL:
        conn.execute(text(statement))


def install_triggers(conn: Connection, spec: SyncSpec) -> None:
    for statement in trigger_statements(spec):
        conn.execute(text(statement))


def drop_triggers(conn: Connection, table: str) -> None:
    rows = conn.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
        {"t": table},
    ).scalars()
    for name in list(rows):
        conn.execute(text(f'DROP TRIGGER "{name}"'))


def start_clock(conn: Connection, site: str) -> None:
    """Create the clock row at set-up; the site id names this installation in every stamp."""
    conn.execute(
        text(
            "INSERT INTO sync_clock (id, site, hlc, seq, applying) "
            f"VALUES (1, :site, {NOW_HLC_SQL}, 0, 0)"
        ),
        {"site": site},
    )
