"""What goes into an outgoing bundle: every change after the peer's acknowledged sequence that
did not come from that peer (cr-sqlite's "db_version > x AND site_id != peer"), and, when the
Secretariat writes to a member, only that member's rows: one member's personal data is never
relayed to another.

The selection is kept per table as plain lists (ids, row values, stamps), the shape the
columnar encoder reads; `Selection.records` gives the same changes as `Record`s on demand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Connection

from oco_desktop.sync import schema
from oco_desktop.sync.columns import TableChanges
from oco_desktop.sync.merge import GroupClocks, _chunks, _placeholders
from oco_desktop.sync.records import Record


@dataclass(frozen=True)
class Selection:
    tables: list[TableChanges]
    sites: list[str]
    since_seq: int
    upto_seq: int

    @cached_property
    def records(self) -> list[Record]:
        return [record for table in self.tables for record in table.records()]

    def counts(self) -> dict[str, int]:
        return {table.spec.name: len(table.ids) for table in self.tables if table.ids}


def select_changes(
    conn: Connection, since_seq: int, exclude_sites: set[str], member_code: str | None = None
) -> Selection:
    upto = conn.exec_driver_sql("SELECT seq FROM sync_clock").scalar() or 0
    specs = schema.tables()
    stamps: dict[str, dict[str, GroupClocks]] = {name: {} for name in specs}
    driver = conn.connection.driver_connection
    assert driver is not None  # an open Connection holds its DB-API connection
    cursor = driver.cursor()
    for tbl, row_id, grp, hlc, site, prev in cursor.execute(
        "SELECT tbl, row_id, grp, hlc, site, prev_hlc FROM sync_field_clock "
        "WHERE seq > ? AND seq <= ?",
        (since_seq, upto),
    ):
        if site in exclude_sites:
            continue
        of_table = stamps.get(tbl)
        if of_table is None:
            continue
        row = of_table.get(row_id)
        if row is None:
            of_table[row_id] = row = {}
        row[grp] = (hlc, site, prev)
    _withhold_unconsented_experts(cursor, stamps, exclude_sites)
    tables: list[TableChanges] = []
    sites: set[str] = set()
    for spec in sorted(specs.values(), key=lambda s: s.order):
        of_table = stamps[spec.name]
        if not of_table or (member_code is None and spec.member_column is None):
            # A member never sends what the Secretariat publishes to all (courses, sessions,
            # reference documents): the receiver would refuse the bundle (sync/scope.py).
            continue
        booleans = [n for n, (_, is_bool) in enumerate(schema.stored_to_wire(spec.name)) if is_bool]
        member_at = list(spec.columns).index(spec.member_column) if spec.member_column else None
        changes = TableChanges(spec, [], [], [])
        for fetched in _rows(cursor, spec, sorted(of_table)):
            values = list(fetched[1:])
            for n in booleans:
                if values[n] is not None:
                    values[n] = bool(values[n])
            if member_at is not None and member_code not in (None, values[member_at]):
                continue
            row_stamps = of_table[fetched[0]]
            changes.ids.append(fetched[0])
            changes.values.append(values)
            changes.stamps.append(row_stamps)
            for stamp in row_stamps.values():
                sites.add(stamp[1])
        if changes.ids:
            tables.append(changes)
    return Selection(tables, sorted(sites), since_seq, upto)


def _rows(cursor: Any, spec: schema.TableSpec, ids: list[str]) -> Iterator[tuple[Any, ...]]:
    """The rows with these ids (sorted): by chunks of ids, or for a large share of the table
    (a full bundle) in one scan in storage order (the encoder sorts rows itself)."""
    columns = ", ".join(spec.columns)
    total = cursor.execute(f"SELECT count(*) FROM {spec.name}").fetchone()[0]
    if len(ids) * 4 >= total:
        wanted = set(ids)
        for row in cursor.execute(f"SELECT id, {columns} FROM {spec.name}"):
            if row[0] in wanted:
                yield row
        return
    for chunk in _chunks(ids):
        yield from cursor.execute(
            f"SELECT id, {columns} FROM {spec.name} "
            f"WHERE id IN ({_placeholders(len(chunk))}) ORDER BY id",
            tuple(chunk),
        ).fetchall()


def _withhold_unconsented_experts(
    cursor: Any, stamps: dict[str, dict[str, GroupClocks]], exclude: set[str]
) -> None:
    """An expert without consent to share never leaves its administration: the row and its
    skills stay out of every bundle. A withdrawal of consent travels alone (the consent group,
    no other value), so a receiver that holds the row stops showing it. When consent is given
    after the row was made, the whole row and its skills travel again, as they were held back."""
    experts, skills = stamps.get("expert", {}), stamps.get("expert_skill", {})
    if not experts and not skills:
        return
    consent = dict(cursor.execute("SELECT id, consent_share FROM expert").fetchall())
    given_late = []
    for row_id in list(experts):
        groups = experts[row_id]
        changed = groups.get("consent")
        if consent.get(row_id):
            if changed is not None and changed[2]:
                given_late.append(row_id)
        elif changed is not None and changed[2]:  # consent withdrawn
            experts[row_id] = {"consent": changed}
        else:
            del experts[row_id]
    if skills:
        owner = dict(cursor.execute("SELECT id, expert_id FROM expert_skill").fetchall())
        for row_id in list(skills):
            if not consent.get(owner.get(row_id)):
                del skills[row_id]
    for row_id in given_late:
        rows = [("expert", row_id)] + [
            ("expert_skill", skill_id)
            for (skill_id,) in cursor.execute(
                "SELECT id FROM expert_skill WHERE expert_id = ?", (row_id,)
            ).fetchall()
        ]
        for tbl, wanted in rows:
            for grp, hlc, site, prev in cursor.execute(
                "SELECT grp, hlc, site, prev_hlc FROM sync_field_clock WHERE tbl = ? AND "
                "row_id = ?",
                (tbl, wanted),
            ).fetchall():
                if site not in exclude:
                    stamps[tbl].setdefault(wanted, {})[grp] = (hlc, site, prev)
