"""Schema-2 payload: change records in columnar blocks (docs/SYNC.md, "Payload, schema 2").

One block is one line of canonical JSON holding up to `BLOCK_ROWS` rows of one table:

    {"t": "tna_assessment", "n": 1000,
     "id": [null, "<uuid>", ...],          # null: derived by the receiver from "d"
     "h":  [117695346850136064, 1, 1, ...], # each row's newest stamp, delta-coded
     "d":  {"ns": "<uuid>", "cols": ["cycle_id", "staff_id", "competency_code"], "prefix": ""},
     "g":  {"levels": [[off...], [site...], [prev...], [[self...], [supervisor...], ...]], ...}}

Per field group and row: `off` = row stamp - group stamp (null: the row does not carry the
group), `site` an index into the manifest's `sites`, `prev` = group stamp - overwritten stamp
(0 for a new row). Values go column by column. Rows are sorted by their parent ids, so equal
values sit together and compress to almost nothing; an id that the receiver can derive
(`uuid5(ns, prefix + "/".join(cols))`, the rule travels in the block) is not shipped.
The decoder validates as strictly as the line decoder of schema 1: every value against its
column's rule, every stamp, no row twice; the first fault rejects the bundle, naming the block
and the row.
"""

from __future__ import annotations

import hashlib
import itertools
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.domain.ids import is_uuid
from oco_desktop.language import _
from oco_desktop.sync import schema, wire
from oco_desktop.sync.records import MAX_RECORDS, GroupChange, Record

SCHEMA = 2  # the first schema whose payload is made of blocks
BLOCK_ROWS = 1000
TARGET_BLOCK = 1024 * 1024  # a block over this is split in two (unless it holds one row)
MAX_BLOCK_ROWS = 5000
MAX_BLOCK = 4 * 1024 * 1024
MAX_DERIVE_COLUMNS = 8
MAX_PREFIX = 100
_STAMP_LIMIT = 2**63


@dataclass(frozen=True)
class DeriveRule:
    """How a table's ids are made from its own values: uuid5(namespace, prefix + "a/b/c")."""

    namespace: uuid.UUID
    columns: tuple[str, ...]
    prefix: str = ""

    def derive(self, values: Sequence[Any]) -> str:
        """str(uuid.uuid5(namespace, name)), without building UUID objects (one per row)."""
        name = self.prefix + "/".join(map(str, values))
        digest = bytearray(hashlib.sha1(self.namespace.bytes + name.encode("utf-8")).digest())
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        h = digest[:16].hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def to_json(self) -> dict[str, Any]:
        return {"ns": str(self.namespace), "cols": list(self.columns), "prefix": self.prefix}


def _derivable(value: Any) -> bool:
    return isinstance(value, (str, int)) and not isinstance(value, bool)


def _locator(spec: schema.TableSpec, columns: Sequence[str]) -> list[tuple[str, int]] | None:
    """(group, position) of each column in the table's field groups, or None if one is not
    in any group."""
    found = []
    for column in columns:
        place = next(
            ((grp, cols.index(column)) for grp, cols in spec.groups.items() if column in cols),
            None,
        )
        if place is None:
            return None
        found.append(place)
    return found


def _values_at(
    groups: Mapping[str, GroupChange], where: Sequence[tuple[str, int]]
) -> list[Any] | None:
    values = []
    for grp, position in where:
        change = groups.get(grp)
        if change is None:
            return None
        values.append(change.values[position])
    return values


# ---------------------------------------------------------------------------------- encoding


@dataclass
class TableChanges:
    """The changed rows of one table, as the encoder reads them: per row its id, its current
    values in the table's column order (wire form) and the stamps of the groups that travel."""

    spec: schema.TableSpec
    ids: list[str]
    values: list[list[Any]]
    stamps: list[dict[str, tuple[int, str, int]]]  # group -> (hlc, site, prev)

    def records(self) -> list[Record]:
        position = {column: n for n, column in enumerate(self.spec.columns)}
        places = {grp: [position[c] for c in cols] for grp, cols in self.spec.groups.items()}
        return [
            Record(
                self.spec.name,
                row_id,
                {
                    grp: GroupChange(hlc, site, prev, tuple(values[n] for n in places[grp]))
                    for grp, (hlc, site, prev) in stamps.items()
                },
            )
            for row_id, values, stamps in zip(self.ids, self.values, self.stamps, strict=True)
        ]


def tables_of(records: Sequence[Record]) -> list[TableChanges]:
    """`Record`s in the encoder's shape (columns of groups a record lacks are None)."""
    specs = schema.tables()
    by_table: dict[str, TableChanges] = {}
    for record in records:
        spec = specs.get(record.table)
        if spec is None:
            raise ValueError(f"not a synced table: {record.table}")
        changes = by_table.setdefault(spec.name, TableChanges(spec, [], [], []))
        row = dict.fromkeys(spec.columns)
        for grp, change in record.groups.items():
            row.update(zip(spec.groups[grp], change.values, strict=True))
        changes.ids.append(record.row_id)
        changes.values.append(list(row.values()))
        changes.stamps.append({g: (c.hlc, c.site, c.prev) for g, c in record.groups.items()})
    return list(by_table.values())


def encode(
    tables: Sequence[TableChanges], sites: list[str], derive: Mapping[str, DeriveRule] | None = None
) -> bytes:
    """The payload of a schema-2 bundle: every changed row, parents' tables first."""
    index = {site: n for n, site in enumerate(sites)}
    blocks: list[bytes] = []
    for changes in sorted(tables, key=lambda t: t.spec.order):
        if not changes.ids:
            continue
        spec = changes.spec
        position = {column: n for n, column in enumerate(spec.columns)}
        parents = [position[c] for c in spec.parents]
        order = sorted(
            range(len(changes.ids)),
            key=lambda n: (
                *("" if (v := changes.values[n][p]) is None else str(v) for p in parents),
                changes.ids[n],
            ),
        )
        rule = (derive or {}).get(spec.name)
        if rule is not None and not set(rule.columns) <= set(spec.columns):
            rule = None
        for start in range(0, len(order), BLOCK_ROWS):
            blocks.extend(_blocks(changes, order[start : start + BLOCK_ROWS], index, rule))
    return b"".join(blocks)


def _blocks(
    changes: TableChanges, rows: Sequence[int], index: Mapping[str, int], rule: DeriveRule | None
) -> list[bytes]:
    data = _block(changes, rows, index, rule)
    if len(data) <= TARGET_BLOCK or len(rows) == 1:
        return [data]
    half = len(rows) // 2
    return _blocks(changes, rows[:half], index, rule) + _blocks(changes, rows[half:], index, rule)


def _shipped_ids(
    changes: TableChanges, rows: Sequence[int], rule: DeriveRule | None
) -> list[str | None]:
    """Each row's id, or None where the receiver can derive it from values that travel."""
    ids: list[str | None] = [changes.ids[n] for n in rows]
    if rule is None:
        return ids
    spec = changes.spec
    position = {column: n for n, column in enumerate(spec.columns)}
    places = [position[c] for c in rule.columns]
    needed = {grp for grp, cols in spec.groups.items() if set(cols) & set(rule.columns)}
    shipped: list[str | None] = []
    for row_id, n in zip(ids, rows, strict=True):
        values = [changes.values[n][p] for p in places]
        if (
            needed <= changes.stamps[n].keys()
            and all(_derivable(v) for v in values)
            and rule.derive(values) == row_id
        ):
            shipped.append(None)
        else:
            shipped.append(row_id)
    return shipped


def _block(
    changes: TableChanges, rows: Sequence[int], index: Mapping[str, int], rule: DeriveRule | None
) -> bytes:
    spec = changes.spec
    values = [changes.values[n] for n in rows]
    stamps = [changes.stamps[n] for n in rows]
    bases = [max(stamp[0] for stamp in row.values()) for row in stamps]
    deltas = [bases[0]] + [b - a for a, b in itertools.pairwise(bases)]
    ids = _shipped_ids(changes, rows, rule)
    position = {column: n for n, column in enumerate(spec.columns)}
    groups: dict[str, list[Any]] = {}
    for grp in sorted({g for row in stamps for g in row}):
        cells = [row.get(grp) for row in stamps]
        groups[grp] = [
            [None if c is None else base - c[0] for c, base in zip(cells, bases, strict=True)],
            [None if c is None else index[c[1]] for c in cells],
            [None if c is None else (c[0] - c[2] if c[2] else 0) for c in cells],
            [
                [None if c is None else v[p] for c, v in zip(cells, values, strict=True)]
                for p in (position[column] for column in spec.groups[grp])
            ],
        ]
    block = {
        "t": spec.name,
        "n": len(rows),
        "id": ids,
        "h": deltas,
        "d": rule.to_json() if rule is not None and None in ids else None,
        "g": groups,
    }
    return wire.canonical(block) + b"\n"


# ---------------------------------------------------------------------------------- decoding


def decode(
    raw: bytes, sites: list[str], id_rules: Mapping[str, DeriveRule] | None = None
) -> list[Record]:
    """Validate every block; the first fault rejects the whole bundle. With `id_rules` (the
    receiver's own), a block of such a table must derive its ids by that very rule, and a
    shipped id that carries its link values must be the id they make: the rule travelling in
    the block is never trusted to make another member's id."""
    if raw and not raw.endswith(b"\n"):
        raise BundleRejected("malformed", _("the change list is cut short"))
    specs = schema.tables()
    seen: dict[tuple[str, str], tuple[int, int]] = {}
    result: list[Record] = []
    for number, line in enumerate(raw.split(b"\n")[:-1] if raw else [], start=1):
        if len(line) > MAX_BLOCK:
            raise BundleRejected(
                "malformed",
                _("block {number} is longer than {count} bytes").format(
                    number=number, count=MAX_BLOCK
                ),
            )
        try:
            block = _decode_block(line, sites, specs, id_rules or {})
        except BundleRejected as exc:
            raise BundleRejected(
                exc.code,
                _("change block {number}: {reason}").format(number=number, reason=exc.message),
            ) from exc
        except schema.RecordInvalid as exc:
            raise BundleRejected(
                "invalid_record",
                _("change block {number}: {reason}").format(number=number, reason=exc),
            ) from exc
        for row, record in enumerate(block, start=1):
            key = (record.table, record.row_id)
            first = seen.get(key)
            if first is not None:
                raise BundleRejected(
                    "duplicate_record",
                    _(
                        "change block {number}, row {row} repeats the row of block {block}, "
                        "row {first} ({table})"
                    ).format(
                        number=number, row=row, block=first[0], first=first[1], table=record.table
                    ),
                )
            seen[key] = (number, row)
        result.extend(block)
        if len(result) > MAX_RECORDS:
            raise BundleRejected(
                "too_large", _("more than {count} records").format(count=MAX_RECORDS)
            )
    return result


def _int(value: Any, low: int = 0, high: int = _STAMP_LIMIT) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value < high


def _rule_of(value: Any, spec: schema.TableSpec) -> DeriveRule | None:
    if value is None:
        return None
    obj = wire.require_keys(value, {"ns": str, "cols": list, "prefix": str}, "id rule")
    columns = obj["cols"]
    if (
        not is_uuid(obj["ns"])
        or not 0 < len(columns) <= MAX_DERIVE_COLUMNS
        or not all(isinstance(c, str) and c in spec.columns for c in columns)
        or len(set(columns)) != len(columns)
        or len(obj["prefix"]) > MAX_PREFIX
    ):
        raise BundleRejected("invalid_record", _("the id rule is malformed"))
    return DeriveRule(uuid.UUID(obj["ns"]), tuple(columns), obj["prefix"])


def _decode_block(
    line: bytes,
    sites: list[str],
    specs: Mapping[str, schema.TableSpec],
    id_rules: Mapping[str, DeriveRule],
) -> list[Record]:
    obj = wire.require_keys(
        wire.strict_loads(line, "change block", max_string=MAX_BLOCK, shape=False),
        {"t": str, "n": int, "id": list, "h": list, "d": (dict, type(None)), "g": dict},
        "change block",
    )
    spec = specs.get(obj["t"])
    if spec is None:
        raise BundleRejected(
            "invalid_record", _("unknown table '{table}'").format(table=obj["t"][:40])
        )
    n = obj["n"]
    if not 0 < n <= MAX_BLOCK_ROWS:
        raise BundleRejected("invalid_record", _("a block of {count} rows").format(count=n))
    ids, deltas = obj["id"], obj["h"]
    if len(ids) != n or len(deltas) != n:
        raise BundleRejected("invalid_record", _("the ids or stamps do not match the row count"))
    if not all(i is None or is_uuid(i) for i in ids):
        raise BundleRejected("invalid_record", _("a row id is not a UUID"))
    rule = _rule_of(obj["d"], spec)
    ours = id_rules.get(spec.name)
    if rule is not None and ours is not None and rule != ours:
        raise BundleRejected(
            "invalid_record",
            _("the block derives {table} ids by a rule that is not ours").format(table=spec.name),
        )
    bases = []
    base = 0
    for delta in deltas:
        if not _int(delta, -_STAMP_LIMIT):
            raise BundleRejected("invalid_record", _("a row stamp is malformed"))
        base += delta
        if not 0 < base < _STAMP_LIMIT:
            raise BundleRejected("invalid_record", _("a row stamp is out of range"))
        bases.append(base)
    if not obj["g"]:
        raise BundleRejected("invalid_record", _("a block with no field groups"))
    changes = {
        grp: _decode_group(spec, grp, value, bases, sites) for grp, value in obj["g"].items()
    }
    where = _locator(spec, rule.columns) if rule is not None else None
    records = []
    for row in range(n):
        groups = {
            grp: change for grp, column in changes.items() if (change := column[row]) is not None
        }
        if not groups:
            raise BundleRejected(
                "invalid_record", _("row {row}: a change with no fields").format(row=row + 1)
            )
        row_id = ids[row]
        if row_id is None:
            values = _values_at(groups, where) if where is not None else None
            if rule is None or values is None or not all(_derivable(v) for v in values):
                raise BundleRejected(
                    "invalid_record",
                    _("row {row} has no id and none can be derived").format(row=row + 1),
                )
            row_id = rule.derive(values)
        elif ours is not None:
            _check_shipped_id(spec, ours, row + 1, row_id, groups)
        records.append(Record(spec.name, row_id, groups))
    return records


def _check_shipped_id(
    spec: schema.TableSpec, rule: DeriveRule, row: int, row_id: str, groups: Mapping[str, Any]
) -> None:
    where = _locator(spec, rule.columns) or []
    carried = [grp in groups for grp, _ in where]
    if not any(carried):
        return  # an edit of other fields: the row's owner is checked at the merge
    values = _values_at(groups, where) if all(carried) else None
    if values is None:
        raise BundleRejected(
            "invalid_record",
            _("row {row}: {table} {id} changes only part of the values its id is made from").format(
                row=row, table=spec.name, id=row_id
            ),
        )
    if not all(_derivable(v) for v in values) or rule.derive(values) != row_id:
        raise BundleRejected(
            "invalid_record",
            _("row {row}: {table} {id} is not the id its values make ({values})").format(
                row=row,
                table=spec.name,
                id=row_id,
                values=", ".join(f"{c}={v}" for c, v in zip(rule.columns, values, strict=True)),
            ),
        )


def _decode_group(
    spec: schema.TableSpec, grp: str, value: Any, bases: list[int], sites: list[str]
) -> list[GroupChange | None]:
    columns = spec.groups.get(grp)
    if columns is None:
        raise BundleRejected(
            "invalid_record", _("unknown field group '{group}'").format(group=grp[:40])
        )
    n = len(bases)
    if not (isinstance(value, list) and len(value) == 4):
        raise BundleRejected(
            "invalid_record", _("field group '{group}' is malformed").format(group=grp)
        )
    offsets, site_of, prevs, values = value
    if not (
        all(isinstance(v, list) and len(v) == n for v in (offsets, site_of, prevs))
        and isinstance(values, list)
        and len(values) == len(columns)
        and all(isinstance(v, list) and len(v) == n for v in values)
    ):
        raise BundleRejected(
            "invalid_record", _("field group '{group}' has the wrong shape").format(group=grp)
        )
    all_present = None not in offsets
    for column, cells in zip(columns, values, strict=True):
        if not _column_fits(spec.columns[column], cells, all_present):
            _check_column(spec, column, cells, offsets)  # raises, naming the row
    fast = _stamps_fast(bases, offsets, site_of, prevs, values, sites)
    if fast is not None:
        return fast
    result: list[GroupChange | None] = []
    row_values = zip(*values, strict=True)
    for row, (base, off, site, delta, cells) in enumerate(
        zip(bases, offsets, site_of, prevs, row_values, strict=True), start=1
    ):
        if off is None:
            if site is not None or delta is not None:
                raise BundleRejected(
                    "invalid_record",
                    _("row {row}: field group '{group}' is half present").format(
                        row=row, group=grp
                    ),
                )
            result.append(None)
            continue
        if not (_int(off) and _int(site) and site < len(sites) and _int(delta)):
            raise BundleRejected(
                "invalid_record",
                _("row {row}: field group '{group}' has a bad stamp").format(row=row, group=grp),
            )
        stamp = base - off
        if stamp <= 0 or delta >= stamp:
            raise BundleRejected(
                "invalid_record",
                _("row {row}: field group '{group}' has a stamp out of order").format(
                    row=row, group=grp
                ),
            )
        result.append(GroupChange(stamp, sites[site], stamp - delta if delta else 0, cells))
    return result


_new_tuple = tuple.__new__


def _stamps_fast(
    bases: list[int],
    offsets: list[Any],
    site_of: list[Any],
    prevs: list[Any],
    values: list[list[Any]],
    sites: list[str],
) -> list[GroupChange | None] | None:
    """The group's changes when every stamp is well formed, else None (the caller's careful
    loop then names the faulty row). `type(x) is int` leaves out booleans; the bounds of
    `off`, `site` and `delta` follow from 0 < stamp = base - off < 2**63 and delta < stamp."""
    n_sites = len(sites)
    n = len(bases)
    if (
        offsets.count(0) == n
        and prevs.count(0) == n
        and set(map(type, offsets)) == set(map(type, prevs)) == set(map(type, site_of)) == {int}
        and len(set(site_of)) == 1
        and type(site_of[0]) is int
        and 0 <= site_of[0] < n_sites
    ):  # new rows stamped together (a full bundle): one site, the row's stamp, no prev
        site = sites[site_of[0]]
        return [
            _new_tuple(GroupChange, (base, site, 0, cells))
            for base, cells in zip(bases, zip(*values, strict=True), strict=True)
        ]
    result: list[GroupChange | None] = []
    append = result.append
    rows = zip(bases, offsets, site_of, prevs, zip(*values, strict=True), strict=True)
    for base, off, site, delta, cells in rows:
        if off is None:
            if site is not None or delta is not None:
                return None
            append(None)
            continue
        if type(off) is not int or type(site) is not int or type(delta) is not int:
            return None
        stamp = base - off
        if off < 0 or stamp <= 0 or not 0 <= delta < stamp or not 0 <= site < n_sites:
            return None
        append(_new_tuple(GroupChange, (stamp, sites[site], stamp - delta if delta else 0, cells)))
    return result


_NONE = type(None)


def _column_fits(rule: schema.ColumnRule, cells: list[Any], all_present: bool) -> bool:
    """True when every cell of a column fits its rule, checking each distinct value once
    (a column of 1,000 rows often holds a handful). False means: look cell by cell."""
    kinds = set(map(type, cells))
    kinds.discard(_NONE)
    if len(kinds) > 1 or not kinds <= {str, int, bool}:
        return False  # mixed or not scalar: equal values of two types (1, 1.0, True) differ
    distinct = set(cells)
    if None in distinct:
        if not all_present or not rule.nullable:
            return False  # a null where the group is absent is fine, but see row by row
        distinct.discard(None)
    elif not all_present:
        return False
    check = rule.check
    return all(check(value) for value in distinct)


def _check_column(
    spec: schema.TableSpec, column: str, cells: list[Any], present: list[Any]
) -> None:
    rule = spec.columns[column]
    check = rule.check
    for row, (cell, off) in enumerate(zip(cells, present, strict=True), start=1):
        if cell is None:
            if off is not None and not rule.nullable:
                raise schema.RecordInvalid(
                    _("row {row}: {table}.{column} may not be empty").format(
                        row=row, table=spec.name, column=column
                    )
                )
        elif off is None:
            raise BundleRejected(
                "invalid_record", f"row {row}: a value for an absent field group ({column})"
            )
        elif not check(cell):
            raise schema.RecordInvalid(
                _("row {row}: {table}.{column} must be {expected}").format(
                    row=row, table=spec.name, column=column, expected=rule.expected()
                )
            )
