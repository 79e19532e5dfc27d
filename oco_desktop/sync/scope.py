"""Who may write what: a member's bundle carries only that member's rows, never the rows the
Secretariat publishes to everyone (courses, sessions, reference documents); a bundle from the
Secretariat to a member carries only that member's rows and the published ones.

A row's member is the one its record sets (the "member" group) or, for an edit that does not
send it, the one the row already has here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection

from oco_desktop.sync import schema
from oco_desktop.sync.merge import _chunks, _placeholders
from oco_desktop.sync.records import Record

SECRETARIAT = "SEC"


def out_of_scope(
    conn: Connection, records: Sequence[Record], sender: str, receiver: str
) -> str | None:
    """Why these records may not come from `sender` to `receiver` (a sentence naming the
    first offending row), or None when every record is within the sender's scope."""
    if sender == SECRETARIAT and receiver == SECRETARIAT:
        return None
    member = receiver if sender == SECRETARIAT else sender
    specs = schema.tables()
    unknown: dict[str, list[str]] = defaultdict(list)
    for record in records:
        spec = specs[record.table]
        if spec.member_column is None:
            if sender != SECRETARIAT:
                return (
                    f"it changes {record.table} {record.row_id}, which only the Secretariat "
                    "publishes"
                )
            continue
        group = next(g for g, cols in spec.groups.items() if spec.member_column in cols)
        change = record.groups.get(group)
        if change is None:
            unknown[record.table].append(record.row_id)
            continue
        code = change.values[spec.groups[group].index(spec.member_column)]
        if code != member:
            return _foreign(record.table, record.row_id, code, member)
    for table, ids in unknown.items():
        for chunk in _chunks(ids):
            for row_id, code in conn.exec_driver_sql(
                f"SELECT id, member_code FROM {table} WHERE id IN ({_placeholders(len(chunk))})",
                tuple(chunk),
            ):
                if code != member:
                    return _foreign(table, row_id, code, member)
    return None


def _foreign(table: str, row_id: str, code: object, member: str) -> str:
    return f"it changes {table} {row_id} of {code}, but the bundle may only carry {member}'s rows"
