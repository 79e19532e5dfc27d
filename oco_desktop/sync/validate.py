"""Rules a decoded bundle must meet beyond each value's own shape, checked before the merge:

- every derived id (a TNA cycle is uuid5 of "FJ/2026", an assessment of its cycle, staff and
  competency...) is made again from the values it is derived from; a row whose id does not
  match its values refuses the bundle, so a predictable id cannot be claimed by another member;
- every CHECK constraint of the schema (read from the models, so a new rule is not forgotten)
  holds for the values a record carries: a plan ending before it starts, a mentoring pair
  without a mentor, dates out of order refuse the bundle with the row named, never an
  IntegrityError in the middle of the merge;
- acknowledgements name at most what this installation has sent.

Each CHECK is evaluated by SQLite itself (on an in-memory connection), once per distinct tuple
of the values it reads, so the rule means exactly what the database enforces.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import CheckConstraint, Connection

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.language import _
from oco_desktop.store import models
from oco_desktop.sync import schema
from oco_desktop.sync.columns import DeriveRule, _derivable, _locator, _values_at
from oco_desktop.sync.records import Record


@dataclass(frozen=True)
class IdRule:
    """How a table's ids are derived. `free` names a link column that may change after the
    row was made (a gender plan's start year): the id is then checked against every value of
    that column's range (schema.RANGES), with the other columns as sent."""

    table: str
    rule: DeriveRule
    free: str | None = None

    def matches(self, row_id: str, values: list[Any]) -> bool:
        if self.free is None:
            return self.rule.derive(values) == row_id
        at = self.rule.columns.index(self.free)
        low, high = schema.RANGES[(self.table, self.free)]
        return any(
            self.rule.derive([*values[:at], value, *values[at + 1 :]]) == row_id
            for value in range(low, high + 1)
        )


def check_ids(records: Sequence[Record], rules: Mapping[str, IdRule]) -> None:
    """Every record that carries the values its id is derived from has the id they make."""
    specs = schema.tables()
    places = {t: _locator(specs[t], r.rule.columns) for t, r in rules.items() if t in specs}
    for number, record in enumerate(records, start=1):
        rule = rules.get(record.table)
        where = places.get(record.table)
        if rule is None or where is None:
            continue
        carried = [grp in record.groups for grp, _ in where]
        if not any(carried):
            continue  # an edit of other fields: the row's owner is checked at the merge
        if not all(carried):
            if rule.free is not None:
                continue  # the free column alone: the row's owner is checked at the merge
            raise BundleRejected(
                "invalid_record",
                _(
                    "record {number}: {table} {row} changes only part of the values its id is "
                    "made from ({columns})"
                ).format(
                    number=number,
                    table=record.table,
                    row=record.row_id,
                    columns=", ".join(rule.rule.columns),
                ),
            )
        values = _values_at(record.groups, where) or []
        if not all(_derivable(v) for v in values) or not rule.matches(record.row_id, values):
            made_of = ", ".join(f"{c}={v}" for c, v in zip(rule.rule.columns, values, strict=True))
            raise BundleRejected(
                "invalid_record",
                _(
                    "record {number}: {table} {row} is not the id its values make ({values}); "
                    "a derived id that does not match is refused"
                ).format(number=number, table=record.table, row=record.row_id, values=made_of),
            )


# ------------------------------------------------------------------------- CHECK constraints


@dataclass(frozen=True)
class Check:
    name: str
    sql: str
    columns: tuple[str, ...]
    groups: tuple[str, ...]


@cache
def checks() -> dict[str, tuple[Check, ...]]:
    """Each synced table's CHECK constraints, read from the models."""
    found: dict[str, tuple[Check, ...]] = {}
    for name, spec in schema.tables().items():
        table = models.Base.metadata.tables[name]
        rules = []
        for constraint in table.constraints:
            if not isinstance(constraint, CheckConstraint):
                continue
            text = str(constraint.sqltext)
            columns = tuple(c for c in spec.columns if re.search(rf"\b{c}\b", text))
            groups = tuple(g for g, cols in spec.groups.items() if set(cols) & set(columns))
            rules.append(Check(str(constraint.name), text, columns, groups))
        found[name] = tuple(rules)
    return found


def check_constraints(records: Sequence[Record]) -> None:
    """Every CHECK whose columns a record carries holds for the record's values. (A CHECK
    reading columns of several field groups, of which a record carries only some, is left to
    the database; its failure is still a refusal, see `integrity_refusal`.) Each distinct
    tuple of values is evaluated once: a table of 25,000 assessments holds a handful."""
    by_table: dict[str, list[Record]] = {}
    for record in records:
        by_table.setdefault(record.table, []).append(record)
    conn = sqlite3.connect(":memory:")
    try:
        for table, found in by_table.items():
            spec = schema.tables()[table]
            for check in checks().get(table, ()):
                where = _locator(spec, check.columns) or []
                if len(check.groups) == 1:  # every rule today: one pass over one group
                    [group] = check.groups
                    carrying = [r for r in found if group in r.groups]
                    at = [i for _, i in where]
                    changes = [r.groups[group].values for r in carrying]
                    if len(at) == 1:
                        distinct = {(value,) for value in {c[at[0]] for c in changes}}
                    else:
                        distinct = {tuple(c[i] for i in at) for c in changes}
                else:
                    carrying = [r for r in found if all(g in r.groups for g in check.groups)]
                    distinct = {tuple(r.groups[g].values[i] for g, i in where) for r in carrying}
                failing = {v for v in distinct if not _holds(conn, check, v)}
                if failing:
                    _refuse_first(records, carrying, where, check, failing)
    finally:
        conn.close()


def _refuse_first(
    records: Sequence[Record],
    carrying: list[Record],
    where: list[tuple[str, int]],
    check: Check,
    failing: set[tuple[Any, ...]],
) -> None:
    for record in carrying:
        values = tuple(record.groups[g].values[i] for g, i in where)
        if values in failing:
            number = next(n for n, r in enumerate(records, start=1) if r is record)
            shown = ", ".join(f"{c}={v!r}" for c, v in zip(check.columns, values, strict=True))
            raise BundleRejected(
                "invalid_record",
                _("record {number}: {table} {row} breaks the rule {rule} ({sql}): {values}").format(
                    number=number,
                    table=record.table,
                    row=record.row_id,
                    rule=check.name,
                    sql=check.sql,
                    values=shown,
                ),
            )


def _holds(conn: sqlite3.Connection, check: Check, values: tuple[Any, ...]) -> bool:
    """SQLite's own verdict: a CHECK fails only when it is false (NULL passes)."""
    names = ", ".join(f"? AS {c}" for c in check.columns)
    source = f"(SELECT {names})" if names else "(SELECT 1)"
    failed: object = conn.execute(f"SELECT NOT ({check.sql}) FROM {source}", values).fetchone()[0]
    return failed != 1


# ---------------------------------------------------------------------- acknowledgements


def check_acks(conn: Connection, acked: int | None, peer: str) -> None:
    """A peer cannot have received more of our changes than we have sent it: an inflated
    acknowledgement would make every later bundle to it silently empty."""
    if acked is None:
        return
    sent = conn.exec_driver_sql(
        "SELECT max(upto_seq) FROM sync_outbox WHERE recipient = ?", (peer,)
    ).scalar()
    ours = conn.exec_driver_sql("SELECT seq FROM sync_clock").scalar() or 0
    bound = min(sent or 0, ours)
    if acked > bound:
        raise BundleRejected(
            "bad_ack",
            _(
                "{peer} says it received our changes up to number {acked}, but we have sent it "
                "only up to {bound}; the bundle is refused (a damaged or forged acknowledgement)"
            ).format(peer=peer, acked=acked, bound=bound),
        )


def integrity_refusal(exc: BaseException, sender: str) -> BundleRejected | None:
    """A database integrity or text-encoding error met while merging, as a refusal."""
    import sqlcipher3  # the data file's driver; sqlite3 for a plain file in older tests

    original = getattr(exc, "orig", exc)
    if isinstance(original, (sqlite3.IntegrityError, sqlcipher3.IntegrityError)):
        return BundleRejected(
            "invalid_record",
            _(
                "{sender}'s bundle breaks a rule of the database ({error}); nothing was changed"
            ).format(sender=sender, error=original),
        )
    if isinstance(original, UnicodeEncodeError):
        return BundleRejected(
            "invalid_record",
            _("{sender}'s bundle holds text that is not valid Unicode; nothing was changed").format(
                sender=sender
            ),
        )
    return None
