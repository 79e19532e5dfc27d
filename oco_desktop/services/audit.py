"""The local audit trail: when, which OS account and which named officer changed which field of
which row, with the old and the new value. Local only, never synced; an erasure removes a
person's entries (they hold personal values) and leaves one entry saying that it happened."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import CursorResult, Table, delete, insert, select
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.staff_rules import FIELD_LABELS
from oco_desktop.language import _
from oco_desktop.store.engine import Store
from oco_desktop.store.models import AuditEntry, Office, Position

MAX_OFFICER = 200
STAFF_FIELD_LABELS = {
    **FIELD_LABELS,
    "office_id": "Office",
    "position_id": "Position",
    "deleted": "Removed from the roster",
    "erased": "Erased",
}


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    LEFT = "left"
    DELETE = "delete"
    ERASE = "erase"


@dataclass(frozen=True)
class Actor:
    """Who makes a change: the officer's name as they gave it, and the OS account in use."""

    officer: str
    os_user: str


@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    os_user: str
    officer: str
    action: Action
    field: str | None
    field_label: str | None
    old_value: str | None
    new_value: str | None
    source: str | None


def current_os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no USERNAME/LOGNAME and no password entry
        return "unknown"


def make_actor(officer: str, os_user: str | None = None) -> Actor:
    """An Actor for `officer`; the OS account is read from the system unless given."""
    name = " ".join((officer or "").split())
    if not name:
        raise InvalidInput(
            _("Give your name: every change is recorded with the officer who made it."),
            field="officer",
        )
    if len(name) > MAX_OFFICER:
        raise InvalidInput(
            _("The officer name is longer than {most} characters.").format(most=MAX_OFFICER),
            field="officer",
        )
    return Actor(officer=name, os_user=os_user or current_os_user())


def as_text(value: object) -> str | None:
    """How a value is kept in the trail: dates as YYYY-MM-DD, booleans as yes/no."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def diff(old: Mapping[str, Any], new: Mapping[str, Any], fields: Iterable[str]) -> list[Change]:
    """The fields whose value differs between two snapshots of a row."""
    return [Change(f, old.get(f), new.get(f)) for f in fields if old.get(f) != new.get(f)]


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def entry_rows(
    actor: Actor,
    action: Action,
    table: str,
    row_id: str,
    changes: Sequence[Change] = (),
    *,
    source: str | None = None,
    at: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """The audit rows for one action on one row: one per changed field, or one with no field."""
    base = {
        "at": at or now(),
        "os_user": actor.os_user,
        "officer": actor.officer,
        "action": action.value,
        "tbl": table,
        "row_id": row_id,
        "source": source,
    }
    if not changes:
        return [{**base, "field": None, "old_value": None, "new_value": None}]
    return [
        {**base, "field": c.field, "old_value": as_text(c.old), "new_value": as_text(c.new)}
        for c in changes
    ]


def write_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert entry rows in one executemany (a Core insert: imports write tens of thousands)."""
    if rows:
        table = AuditEntry.__table__
        assert isinstance(table, Table)
        session.execute(insert(table), rows)


def record(
    session: Session,
    actor: Actor,
    action: Action,
    table: str,
    row_id: str,
    changes: Sequence[Change] = (),
    *,
    source: str | None = None,
) -> None:
    """Add the entries for one action, in the caller's transaction."""
    write_rows(session, entry_rows(actor, action, table, row_id, changes, source=source))


def forget_row(session: Session, table: str, row_id: str) -> int:
    """Remove every entry about one row (for an erasure); returns how many were removed."""
    result = session.execute(
        delete(AuditEntry).where(AuditEntry.tbl == table, AuditEntry.row_id == row_id)
    )
    assert isinstance(result, CursorResult)  # a DELETE's result counts the rows it removed
    return int(result.rowcount or 0)


def _entries(session: Session, table: str, row_id: str) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.tbl == table, AuditEntry.row_id == row_id)
            .order_by(AuditEntry.id.desc())
        )
    )


def _view(entry: AuditEntry, labels: Mapping[str, str], names: Mapping[str, str]) -> HistoryEntry:
    def shown(value: str | None) -> str | None:
        if value is None or entry.field not in ("office_id", "position_id"):
            return value
        return names.get(value, value)

    return HistoryEntry(
        at=entry.at,
        os_user=entry.os_user,
        officer=entry.officer,
        action=Action(entry.action),
        field=entry.field,
        field_label=labels.get(entry.field, entry.field) if entry.field else None,
        old_value=shown(entry.old_value),
        new_value=shown(entry.new_value),
        source=entry.source,
    )


def history_of(store: Store, table: str, row_id: str) -> list[HistoryEntry]:
    """Every entry about one row, newest first."""
    with store.read() as session:
        return [_view(e, {}, {}) for e in _entries(session, table, row_id)]


def history_of_staff(store: Store, staff_id: str) -> list[HistoryEntry]:
    """One person's trail, newest first, with offices and positions shown by name."""
    with store.read() as session:
        entries = _entries(session, "staff", staff_id)
        ids = {
            value
            for e in entries
            if e.field in ("office_id", "position_id")
            for value in (e.old_value, e.new_value)
            if value
        }
        names: dict[str, str] = {}
        if ids:
            for query in (
                select(Office.id, Office.name).where(Office.id.in_(ids)),
                select(Position.id, Position.title).where(Position.id.in_(ids)),
            ):
                names.update(session.execute(query).all())
        return [_view(e, STAFF_FIELD_LABELS, names) for e in entries]
