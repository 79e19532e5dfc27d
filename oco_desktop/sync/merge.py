"""Apply change records: per field group last-writer-wins by `(hlc, site)`, losers kept.

For each incoming group `(v, h, p)` from site `s` against the local clock `cur`:
  - `(h, s) > cur`: incoming wins; if the author had not seen our value (`p < cur.hlc`) and
    the values differ, the local value is kept in the conflict report;
  - `(h, s) == cur`: a duplicate, nothing to do;
  - otherwise incoming loses; if we had not seen it (`h > cur.prev`) and it differs, it is kept
    in the conflict report.
This is cr-sqlite's per-column LWW with CouchDB's retained losers; the max-join is
commutative, associative and idempotent, so replicas converge however bundles arrive.
Merged values keep their origin stamp (capture is off while `sync_clock.applying` is set) and
get a new local sequence number. Rows whose parent has not arrived are parked.

With a `Scope` (sync/scope.py) every row is checked against the owner it has HERE, and every
parent it points to against its owner, where the merge loads them anyway: a row out of the
sender's scope refuses the bundle; a parked row (which keeps its sender) that has fallen out
of scope by the time it is retried is discarded, never applied.

The local clock is not moved forward by the stamps merged: a stamp a member's fast clock made
would otherwise carry on in every stamp this installation makes, and be refused at a member
whose clock is a little slow, naming this installation (docs/SYNC.md, "Clocks"). The capture
triggers stamp an edit after the group's current stamp, so a local edit of a merged value still
wins over it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Connection

from oco_desktop.language import _
from oco_desktop.sync import parked as parked_reasons
from oco_desktop.sync import schema
from oco_desktop.sync.records import GroupChange, Record
from oco_desktop.sync.scope import Scope, refuse

CHUNK = 500


@dataclass
class TableCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "deleted": self.deleted,
        }


@dataclass
class MergeResult:
    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: int = 0
    parked: int = 0
    unparked: int = 0
    possible_duplicates: list[str] = field(default_factory=list)
    discarded: list[str] = field(default_factory=list)  # parked rows now out of their scope
    newly_erased: list[tuple[str, str]] = field(default_factory=list)  # (table, row id)

    def table(self, name: str) -> TableCounts:
        return self.counts.setdefault(name, TableCounts())

    @property
    def changed(self) -> int:
        return sum(c.created + c.updated + c.deleted for c in self.counts.values())


_Item = TypeVar("_Item")
# Clocks of a row's field groups (group -> (hlc, site, prev_hlc)), and a sync_conflict row.
GroupClocks = dict[str, tuple[int, str, int]]
ConflictRow = tuple[str, str, str, str, str, str, str, str, str, dt.datetime]


def _chunks(items: Sequence[_Item], size: int = CHUNK) -> Iterator[Sequence[_Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


@cache
def _date_columns(table: str) -> tuple[str, ...]:
    spec = schema.tables()[table]
    return tuple(c for c, rule in spec.columns.items() if rule.describe.startswith("a date"))


class Merger:
    """One merge inside the caller's transaction (BEGIN IMMEDIATE already taken)."""

    def __init__(
        self,
        conn: Connection,
        bundle_id: str,
        now: dt.datetime,
        scope: Scope | None = None,
        receiver: str | None = None,
    ) -> None:
        self.conn = conn
        self.bundle_id = bundle_id
        self.now = now
        self.scope = scope
        self.receiver = receiver
        self.result = MergeResult()
        self.seq = 0
        self.owners: dict[str, dict[str, object]] = defaultdict(dict)  # table -> id -> member

    def _sql(self, sql: str, params: Any = ()) -> Any:
        return self.conn.exec_driver_sql(sql, params)

    def run(self, records: Sequence[Record]) -> MergeResult:
        self._sql("UPDATE sync_clock SET applying = 1, seq = seq + 1")
        self.seq = self._sql("SELECT seq FROM sync_clock").scalar()
        try:
            by_table: dict[str, list[Record]] = defaultdict(list)
            for record in records:
                by_table[record.table].append(record)
            for spec in sorted(schema.tables().values(), key=lambda s: s.order):
                self._merge_table(spec, by_table.get(spec.name, []), self.scope, parked=False)
            self._retry_parked()
            self._find_duplicates()
        finally:
            self._sql("UPDATE sync_clock SET applying = 0")
        return self.result

    def _load(
        self, spec: schema.TableSpec, ids: list[str]
    ) -> tuple[dict[str, GroupClocks], dict[str, dict[str, Any]]]:
        clocks: dict[str, GroupClocks] = defaultdict(dict)
        rows: dict[str, dict[str, Any]] = {}
        columns = list(spec.columns)
        for chunk in _chunks(ids):
            marks = _placeholders(len(chunk))
            for row_id, grp, hlc, site, prev in self._sql(
                "SELECT row_id, grp, hlc, site, prev_hlc FROM sync_field_clock "
                f"WHERE tbl = ? AND row_id IN ({marks})",
                (spec.name, *chunk),
            ):
                clocks[row_id][grp] = (hlc, site, prev)
            for row in self._sql(
                f"SELECT id, {', '.join(columns)} FROM {spec.name} WHERE id IN ({marks})",
                tuple(chunk),
            ):
                rows[row[0]] = schema.row_to_wire(spec.name, row[1:])
        return clocks, rows

    def _parent_owner(self, table: str, row_id: str) -> object:
        """The member of a parent row held here (None for a published table), or _MISSING."""
        known = self.owners[table]
        if row_id in known:
            return known[row_id]
        member = "member_code" if schema.tables()[table].member_column else "NULL"
        found = self._sql(f"SELECT {member} FROM {table} WHERE id = ?", (row_id,)).first()
        if found is None:
            return _MISSING
        known[row_id] = found[0]
        return found[0]

    def _merge_table(
        self, spec: schema.TableSpec, records: list[Record], scope: Scope | None, *, parked: bool
    ) -> None:
        if not records:
            return
        # In id order whatever order they came in: rows of a table are applied, and their
        # parents looked for, in the same order as schema 1 bundles (sorted by id) had them.
        records = sorted(records, key=lambda r: r.row_id)
        clocks, rows = self._load(spec, [r.row_id for r in records])
        counts = self.result.table(spec.name)
        inserts: list[tuple[Any, ...]] = []
        clock_rows: list[tuple[Any, ...]] = []
        conflicts: list[ConflictRow] = []
        insert_columns = list(spec.columns)
        table = spec.name
        dates = _date_columns(spec.name)
        no_clocks: dict[str, tuple[int, str, int]] = {}
        check = scope is not None and scope.member is not None
        for record in records:
            local = rows.get(record.row_id)
            if check:
                assert scope is not None
                held_by = local.get("member_code") if local is not None else None
                refused = scope.violation(spec, record, held_by, local is not None)
                if refused is not None:
                    self._out_of_scope(scope, record, refused, parked)
                    continue
            row_clocks = clocks.get(record.row_id, no_clocks)
            winners: dict[str, GroupChange] = {}
            for grp, change in record.groups.items():
                if local is None and not row_clocks:  # a new row: every group wins
                    winners[grp] = change
                    continue
                current = row_clocks.get(grp)
                local_values = (
                    tuple(local[c] for c in spec.groups[grp]) if local is not None else None
                )
                if current is None or (change.hlc, change.site) > current[:2]:
                    if (
                        current is not None
                        and change.prev < current[0]
                        and (local_values != change.values)
                    ):
                        conflicts.append(
                            self._conflict(
                                spec,
                                record,
                                grp,
                                "concurrent_edit",
                                change.values,
                                local_values,
                                change.site,
                                current[1],
                            )
                        )
                    winners[grp] = change
                elif (change.hlc, change.site) == current[:2]:
                    continue
                elif change.hlc > current[2] and local_values != change.values:
                    conflicts.append(
                        self._conflict(
                            spec,
                            record,
                            grp,
                            "concurrent_edit",
                            local_values,
                            change.values,
                            current[1],
                            change.site,
                        )
                    )
            if not winners:
                counts.unchanged += 1
                continue
            merged = dict(local) if local is not None else {}
            for grp, change in winners.items():
                merged.update(zip(spec.groups[grp], change.values, strict=True))
            erasure = schema.ERASURE.get(spec.name)
            if erasure and merged.get("erased") and not (local or {}).get("erased"):
                self.result.newly_erased.append((spec.name, record.row_id))
            if erasure and (merged.get("erased") or (local or {}).get("erased")):
                # An erasure always wins and its values never go to the conflict report.
                merged.update({c: schema.to_wire(v) for c, v in erasure.items()})
                conflicts = [c for c in conflicts if c[1] != record.row_id]
                if local is not None and all(local.get(c) == merged.get(c) for c in erasure):
                    winners = {
                        g: c for g, c in winners.items() if not set(spec.groups[g]) & set(erasure)
                    }
                    if not winners:
                        counts.unchanged += 1
                        continue
            missing = [c for c in spec.required if c not in merged]
            orphan: str | None = None
            foreign = None
            for column, parent in spec.parents.items():
                parent_id = merged.get(column)
                if parent_id is None:
                    continue
                owner = self._parent_owner(parent, parent_id)
                if owner is _MISSING:
                    orphan = orphan or parked_reasons.orphan_reason(column, parent)
                elif check and foreign is None:
                    assert scope is not None
                    foreign = scope.parent_violation(spec.name, column, parent, parent_id, owner)
            if foreign is not None:
                assert scope is not None
                self._out_of_scope(scope, record, foreign, parked)
                continue
            if (local is None and missing) or orphan:
                reason = orphan or parked_reasons.incomplete_reason(missing)
                self._park(record, reason, scope)
                continue
            # Every value was checked when the bundle was decoded (or read from this store):
            # only dates change form, from wire text to the stored date.
            values = dict(zip(insert_columns, map(merged.get, insert_columns), strict=True))
            for column in dates:
                if values[column] is not None:
                    values[column] = schema.from_wire(spec, column, values[column])
            if local is None:
                inserts.append((record.row_id, *values.values()))
                self.owners[spec.name][record.row_id] = values.get("member_code")
                counts.created += 1
            else:
                changed = [c for grp in winners for c in spec.groups[grp]]
                if erasure and merged.get("erased"):
                    changed = list(dict.fromkeys([*changed, *erasure]))
                self._sql(
                    f"UPDATE {spec.name} SET {', '.join(f'{c} = ?' for c in changed)} WHERE id = ?",
                    (*(values[c] for c in changed), record.row_id),
                )
                if "_deleted" in winners and merged.get("deleted") and not local.get("deleted"):
                    counts.deleted += 1
                else:
                    counts.updated += 1
            row_id, seq = record.row_id, self.seq
            clock_rows += [
                (table, row_id, grp, c.hlc, c.site, c.prev, seq) for grp, c in winners.items()
            ]
        if inserts:
            self.conn.exec_driver_sql(
                f"INSERT INTO {spec.name} (id, {', '.join(insert_columns)}) "
                f"VALUES ({_placeholders(len(insert_columns) + 1)})",
                inserts,
            )
        if clock_rows:
            self.conn.exec_driver_sql(
                "INSERT INTO sync_field_clock (tbl, row_id, grp, hlc, site, prev_hlc, seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_id, grp) DO UPDATE SET "
                "hlc = excluded.hlc, site = excluded.site, prev_hlc = excluded.prev_hlc, "
                "seq = excluded.seq",
                clock_rows,
            )
        if conflicts:
            self.conn.exec_driver_sql(
                "INSERT INTO sync_conflict (tbl, row_id, grp, kind, winner, loser, winner_site, "
                "loser_site, bundle_id, detected_at, resolved) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                conflicts,
            )
            self.result.conflicts += len(conflicts)

    def _conflict(
        self,
        spec: schema.TableSpec,
        record: Record,
        grp: str,
        kind: str,
        winner: tuple[Any, ...] | None,
        loser: tuple[Any, ...] | None,
        winner_site: str,
        loser_site: str,
    ) -> ConflictRow:
        columns = spec.groups[grp]

        def as_json(values: tuple[Any, ...] | None) -> str:
            return json.dumps(
                dict(zip(columns, values, strict=True)) if values is not None else None,
                ensure_ascii=False,
            )

        return (
            spec.name,
            record.row_id,
            grp,
            kind,
            as_json(winner),
            as_json(loser),
            winner_site,
            loser_site,
            self.bundle_id,
            self.now,
        )

    def _out_of_scope(self, scope: Scope, record: Record, reason: str, parked: bool) -> None:
        """A row the sender may not write: the bundle is refused, or a parked row that has
        fallen out of its sender's scope meanwhile is dropped (and said so)."""
        if not parked:
            raise refuse(scope.sender, reason)
        self.result.discarded.append(
            _("a row {sender} sent earlier was dropped: {reason}").format(
                sender=scope.sender, reason=reason
            )
        )

    def _park(self, record: Record, reason: str, scope: Scope | None) -> None:
        """`reason` is a code with its values (sync/parked.py), said in words when shown."""
        payload = json.dumps(
            {
                "t": record.table,
                "id": record.row_id,
                "c": {g: [c.hlc, c.site, c.prev, list(c.values)] for g, c in record.groups.items()},
            },
            ensure_ascii=False,
        )
        self._sql(
            "INSERT INTO sync_pending (tbl, row_id, record, reason, bundle_id, parked_at, "
            "sender_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.table,
                record.row_id,
                payload,
                reason,
                self.bundle_id,
                self.now,
                scope.sender if scope is not None else None,
            ),
        )
        self.result.parked += 1

    def _retry_parked(self) -> None:
        """Parked rows whose parents are now here are applied; the rest stay parked."""
        while True:
            parked = self._sql("SELECT record, sender_code FROM sync_pending ORDER BY id").all()
            if not parked:
                break
            self._sql("DELETE FROM sync_pending")
            still_parked_before = self.result.parked
            discarded_before = len(self.result.discarded)
            by_table: dict[tuple[str, str | None], list[Record]] = defaultdict(list)
            for payload, sender in parked:
                obj = json.loads(payload)
                if self.scope is not None and sender is None:
                    self.result.discarded.append(
                        _("a parked {table} row of unknown sender was dropped").format(
                            table=obj["t"]
                        )
                    )
                    continue
                by_table[(obj["t"], sender)].append(
                    Record(
                        obj["t"],
                        obj["id"],
                        {
                            g: GroupChange(v[0], v[1], v[2], tuple(v[3]))
                            for g, v in obj["c"].items()
                        },
                    )
                )
            for (table, sender), found in sorted(
                by_table.items(), key=lambda item: schema.tables()[item[0][0]].order
            ):
                scope = self._scope_of(sender)
                self._merge_table(schema.tables()[table], found, scope, parked=True)
            parked_again = self.result.parked - still_parked_before
            discarded = len(self.result.discarded) - discarded_before
            self.result.unparked += len(parked) - parked_again - discarded
            if parked_again == len(parked):
                break
        self.result.parked = self._sql("SELECT count(*) FROM sync_pending").scalar()

    def _scope_of(self, sender: str | None) -> Scope | None:
        if self.scope is None or sender is None or self.receiver is None:
            return self.scope
        return Scope.of(sender, self.receiver)

    def _find_duplicates(self) -> None:
        rows = self._sql(
            "SELECT member_code, staff_number FROM staff WHERE deleted = 0 "
            "AND staff_number IS NOT NULL GROUP BY member_code, staff_number HAVING count(*) > 1"
        ).all()
        self.result.possible_duplicates = [f"{member}:{number}" for member, number in rows]


_MISSING = object()


def merge(
    conn: Connection,
    records: Sequence[Record],
    bundle_id: str,
    now: dt.datetime | None = None,
    *,
    sender: str | None = None,
    receiver: str | None = None,
) -> MergeResult:
    """Merge inside the caller's transaction. With `sender` and `receiver`, every row is held
    to the sender's scope (sync/scope.py); without, nothing is (tests of the merge alone)."""
    scope = Scope.of(sender, receiver) if sender and receiver else None
    when = now or dt.datetime.now().replace(microsecond=0)
    return Merger(conn, bundle_id, when, scope, receiver).run(records)
