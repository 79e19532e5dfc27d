"""What goes into an outgoing bundle: every change after the peer's acknowledged sequence that
did not come from that peer (cr-sqlite's "db_version > x AND site_id != peer"), and, when the
Secretariat writes to a member, only that member's rows: one member's personal data is never
relayed to another."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection

from oco_desktop.sync import schema
from oco_desktop.sync.merge import _chunks, _placeholders
from oco_desktop.sync.records import GroupChange, Record


@dataclass(frozen=True)
class Selection:
    records: list[Record]
    sites: list[str]
    since_seq: int
    upto_seq: int

    def counts(self) -> dict[str, int]:
        result: dict[str, int] = defaultdict(int)
        for record in self.records:
            result[record.table] += 1
        return dict(result)


def select_changes(
    conn: Connection, since_seq: int, exclude_sites: set[str], member_code: str | None = None
) -> Selection:
    upto = conn.exec_driver_sql("SELECT seq FROM sync_clock").scalar() or 0
    stamps: dict[tuple[str, str], dict[str, tuple[int, str, int]]] = defaultdict(dict)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    for tbl, row_id, grp, hlc, site, prev in cursor.execute(
        "SELECT tbl, row_id, grp, hlc, site, prev_hlc FROM sync_field_clock "
        "WHERE seq > ? AND seq <= ?",
        (since_seq, upto),
    ):
        if site not in exclude_sites:
            stamps[(tbl, row_id)][grp] = (hlc, site, prev)
    records: list[Record] = []
    sites: set[str] = set()
    specs = schema.tables()
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in stamps:
        if tbl in specs:
            by_table[tbl].append(row_id)
    for spec in sorted(specs.values(), key=lambda s: s.order):
        ids = sorted(by_table.get(spec.name, []))
        columns = list(spec.columns)
        for chunk in _chunks(ids):
            rows = cursor.execute(
                f"SELECT id, {', '.join(columns)} FROM {spec.name} "
                f"WHERE id IN ({_placeholders(len(chunk))}) ORDER BY id",
                tuple(chunk),
            ).fetchall()
            for row in rows:
                values = schema.row_to_wire(spec.name, row[1:])
                if (
                    member_code is not None
                    and spec.member_column
                    and (values.get(spec.member_column) != member_code)
                ):
                    continue
                groups = {}
                for grp, (hlc, site, prev) in stamps[(spec.name, row[0])].items():
                    groups[grp] = GroupChange(
                        hlc, site, prev, tuple(values[c] for c in spec.groups[grp])
                    )
                    sites.add(site)
                records.append(Record(spec.name, row[0], groups))
    return Selection(records, sorted(sites), since_seq, upto)
