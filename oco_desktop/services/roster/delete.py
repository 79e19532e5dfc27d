"""Deleting a staff record entered by mistake, and undoing that, while the record has never
left the office.

A record has left the office once a sync bundle may have carried it. The sync state knows: every
synced row has its field groups stamped in `sync_field_clock` with the local change sequence
(`seq`) of their last change, and each bundle written (`sync_outbox`, status "written") carried
every change up to its `upto_seq`. The `_deleted` group is stamped when the row is made and
changes only when it is deleted or restored, so the row's smallest `seq` is no later than its
creation as far as any bundle could have seen it: if that is above every bundle's `upto_seq`, no
bundle carried it. A bundle whose writing was interrupted ("writing") records no `upto_seq`; its
files may still exist, so a row stamped (by the clock's time) before that bundle was begun, or
within a day after (a clock may run up to a day ahead after a merge), counts as carried.

Such a record is removed for good, clocks and all, so nothing of it ever reaches the Secretariat:
the sync tombstone is for records the other side already has. Undo writes the same row back
(same id) as a new change. Once a record has left, "left" or "erase" remain, as before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.language import _, format_date, format_number
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Base, Staff
from oco_desktop.store.sync_models import SyncOutbox

CLOCK_AHEAD_LIMIT = dt.timedelta(hours=25)  # the merge refuses stamps over 24 h ahead


class NotDeletable(InvalidInput):
    """Why a record cannot be deleted: `reason` is "gone", "foreign", "sent" (with the bundle's
    number and day) or "linked" (with the tables and counts), for the window to say in its
    language."""

    def __init__(
        self,
        message: str,
        reason: str,
        *,
        bundle: tuple[int, dt.date] | None = None,
        linked: dict[str, int] | None = None,
    ) -> None:
        super().__init__(message, field="staff")
        self.reason = reason
        self.bundle = bundle
        self.linked = linked or {}


@dataclass(frozen=True)
class DeletedStaff:
    """What undo needs: the row exactly as it was (kept by the caller, here in memory)."""

    staff_id: str
    values: dict[str, Any]

    @property
    def label(self) -> str:
        name = self.values.get("full_name") or ""
        number = self.values.get("staff_number")
        return f"{name} ({number})" if number else name


def _stamps(session: Session, staff_id: str) -> tuple[int | None, int | None, int]:
    """Smallest seq, smallest hlc, and the number of groups stamped by another site."""
    row = session.execute(
        text(
            "SELECT MIN(f.seq), MIN(f.hlc), COALESCE(SUM(f.site != c.site), 0) "
            "FROM sync_field_clock AS f, sync_clock AS c "
            "WHERE c.id = 1 AND f.tbl = 'staff' AND f.row_id = :id"
        ),
        {"id": staff_id},
    ).one()
    return row[0], row[1], int(row[2])


def _carried_by(session: Session, staff_id: str) -> SyncOutbox | None:
    """The first bundle that carried (or may have carried) the row, None if none did."""
    first_seq, first_hlc, foreign = _stamps(session, staff_id)
    if foreign:
        raise NotDeletable(
            _(
                "This record was made on another installation, or before this data was restored "
                "from a backup, so it may already be at the Secretariat: mark the person as left "
                "instead or, on a legal request, erase them."
            ),
            "foreign",
        )
    for bundle in session.scalars(select(SyncOutbox).order_by(SyncOutbox.bundle_seq)):
        if first_seq is None:
            return bundle  # never stamped: it cannot be told apart from what was sent
        if bundle.status == "written" and first_seq <= bundle.upto_seq:
            return bundle
        if bundle.status == "writing" and first_hlc is not None:
            stamped_at = dt.datetime.fromtimestamp((first_hlc >> 16) / 1000)
            if stamped_at <= bundle.created_at + CLOCK_AHEAD_LIMIT:
                return bundle
    return None


def _linked(session: Session, staff_id: str) -> dict[str, int]:
    """Rows of other tables that point at the person (assessments, nominations...)."""
    found: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in ("staff", "staff_search"):
            continue
        for key in table.foreign_keys:
            if key.column.table.name != "staff":
                continue
            count = session.execute(
                text(f"SELECT COUNT(*) FROM {table.name} WHERE {key.parent.name} = :id"),
                {"id": staff_id},
            ).scalar_one()
            if count:
                found[table.name] = found.get(table.name, 0) + int(count)
    return found


def deletable(store: Store, staff_id: str) -> None:
    """Raise InvalidInput saying why the record cannot be deleted (and what to do instead)."""
    with store.read() as session:
        _check(session, staff_id)


def _check(session: Session, staff_id: str) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None or staff.deleted:
        raise NotDeletable(_("This record is no longer in the roster."), "gone")
    bundle = _carried_by(session, staff_id)
    if bundle is not None:
        raise NotDeletable(
            _(
                "This record already left the office in sync bundle {number} ({date}), so "
                "deleting it here would not delete it at the Secretariat. Mark the person as "
                "left, or, on a legal request, erase them."
            ).format(number=bundle.bundle_seq, date=format_date(bundle.created_at.date())),
            "sent",
            bundle=(bundle.bundle_seq, bundle.created_at.date()),
        )
    linked = _linked(session, staff_id)
    if linked:
        what = ", ".join(
            _("{count} in {table}").format(count=format_number(n), table=table.replace("_", " "))
            for table, n in sorted(linked.items())
        )
        raise NotDeletable(
            _(
                "This record is already used elsewhere ({what}). Remove those first, or mark the "
                "person as left."
            ).format(what=what),
            "linked",
            linked=linked,
        )
    return staff


def delete_unsent_staff(store: Store, staff_id: str, actor: Actor) -> DeletedStaff:
    """Remove a record that never left the office, for good; returns what undo needs."""
    with store.write() as session:
        staff = _check(session, staff_id)
        columns = [c.key for c in inspect(Staff).mapper.column_attrs]
        values = {name: getattr(staff, name) for name in columns}
        session.expunge(staff)
        # Capture off for this transaction only: the row goes without a tombstone, as if it
        # had never been made (the triggers refuse a delete otherwise).
        session.execute(text("UPDATE sync_clock SET applying = 1 WHERE id = 1"))
        session.execute(text("DELETE FROM staff_search WHERE staff_id = :id"), {"id": staff_id})
        session.execute(text("DELETE FROM staff WHERE id = :id"), {"id": staff_id})
        session.execute(
            text("DELETE FROM sync_field_clock WHERE tbl = 'staff' AND row_id = :id"),
            {"id": staff_id},
        )
        session.execute(text("UPDATE sync_clock SET applying = 0 WHERE id = 1"))
        audit.record(
            session,
            actor,
            Action.DELETE,
            "staff",
            staff_id,
            [audit.Change("deleted", False, True)],
            source="entered by mistake",
        )
    return DeletedStaff(staff_id, values)


def undo_delete(store: Store, deleted: DeletedStaff, actor: Actor) -> str:
    """Write the deleted record back, as it was (same id); returns its id."""
    with store.write() as session:
        if session.get(Staff, deleted.staff_id) is not None:
            raise InvalidInput(_("This record is already back in the roster."), field="staff")
        values = dict(deleted.values)
        for column, model in (("office_id", "office"), ("position_id", "position")):
            if (
                values.get(column)
                and not session.execute(
                    text(f"SELECT 1 FROM {model} WHERE id = :id AND deleted = 0"),
                    {"id": values[column]},
                ).first()
            ):
                values[column] = None  # removed meanwhile: the person comes back without it
        session.add(Staff(**values))
        session.flush()
        audit.record(
            session,
            actor,
            Action.CREATE,
            "staff",
            deleted.staff_id,
            [audit.Change("deleted", True, False)],
            source="undo",
        )
    return deleted.staff_id
