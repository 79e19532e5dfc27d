"""What erasing a person (a legal request) does to every row that refers to them, derived from
the schema: the tables that refer to `staff` are found from the foreign keys of the models, and
each must be declared here. A new table that refers to a staff row and is not declared stops
the erasure (and fails tests/unit/test_erasure.py) instead of being forgotten silently.

Synced rows are never deleted (the capture triggers refuse it, and a delete would not travel):
a row that belongs to the person loses its free text and becomes a tombstone, which travels
to the other side with the next bundle. Local side tables (the audit trail, the sync review
copies of conflicts and parked rows) lose every entry about each row forgotten.

Received bundles kept in `archive/` are deleted (see services.sync.archive), as they may hold the
person; what remains elsewhere (backups) and for how long is in docs/ERASURE.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, CursorResult, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.errors import InvalidInput, StoreError
from oco_desktop.domain.roster import StaffStatus
from oco_desktop.language import _, format_number
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.roster.staff import PERSONAL, checkpoint_truncate, member_code_for
from oco_desktop.services.sync import archive
from oco_desktop.store import (  # noqa: F401  (every model registered in the metadata)
    crypt,
    locks,
    models,
    programme_models,
    sync_models,
)
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Base, Staff

PERSON_TABLE = "staff"
# Local tables keyed by (tbl, row_id) that may copy a row's values: emptied for each row forgotten.
# (sync_field_clock holds stamps only, and must keep them so the erasure travels.)
SIDE_TABLES = ("audit_log", "sync_conflict", "sync_pending")


@dataclass(frozen=True)
class Forget:
    """The rows that refer to the person through one column: `clear` empties free text that
    may be about them; `tombstone` marks the row deleted (it belongs to the person), and then
    the tables referring to that row are forgotten in turn."""

    clear: tuple[str, ...] = ()
    tombstone: bool = True


@dataclass(frozen=True)
class KeptByTriggers:
    """A local derived table that SQL triggers keep in step with the staff row (emptied with
    it): nothing to do here, and nothing else may write it."""


Handling = Forget | KeptByTriggers

# One entry per (table, column) that refers to the person's staff row, or to a row that the
# erasure tombstones. The unit test compares these keys with the foreign keys of the models.
ERASURE_PLAN: dict[tuple[str, str], Handling] = {
    ("staff_search", "staff_id"): KeptByTriggers(),
    ("tna_assessment", "staff_id"): Forget(clear=("comment", "override_reason", "band_override")),
    ("nomination", "staff_id"): Forget(clear=("reason", "certificate_ref", "need_id")),
    ("elearning_completion", "staff_id"): Forget(clear=("certificate_ref",)),
    ("mentoring_pair", "mentee_staff_id"): Forget(clear=("goals", "outcome")),
    # The pair stays in the mentee's record, its mentor now an erased row that shows no name;
    # what was written about their work together may name the mentor, so it goes.
    ("mentoring_pair", "mentor_staff_id"): Forget(clear=("goals", "outcome"), tombstone=False),
    ("internship", "staff_id"): Forget(clear=("purpose", "outcome")),
    ("expert", "staff_id"): Forget(clear=("note", "organisation", "external_name")),
    ("expert_skill", "expert_id"): Forget(),
    ("successor", "staff_id"): Forget(clear=("development",)),
}


class UndeclaredReference(AssertionError):
    """A table refers to a person's row and ERASURE_PLAN does not say what erasure does to it
    (a bug: declare it before shipping)."""


def referring_columns(table: str) -> Iterator[tuple[str, str]]:
    """(table, column) of every foreign key of the models that points at `table`."""
    for candidate in Base.metadata.sorted_tables:
        for fk in candidate.foreign_keys:
            if fk.column.table.name == table:
                yield candidate.name, fk.parent.name


def derived_plan_keys() -> set[tuple[str, str]]:
    """Every (table, column) erasure must handle, found from the foreign keys alone: those
    that point at `staff`, then at each table whose rows it tombstones."""
    found: set[tuple[str, str]] = set()
    waiting = [PERSON_TABLE]
    seen = {PERSON_TABLE}
    while waiting:
        for key in referring_columns(waiting.pop()):
            found.add(key)
            handling = ERASURE_PLAN.get(key)
            if isinstance(handling, Forget) and handling.tombstone and key[0] not in seen:
                seen.add(key[0])
                waiting.append(key[0])
    return found


def _handling(key: tuple[str, str]) -> Handling:
    try:
        return ERASURE_PLAN[key]
    except KeyError:
        raise UndeclaredReference(
            f"{key[0]}.{key[1]} refers to a person's row and services/roster/erasure.py does "
            "not say what an erasure does to it"
        ) from None


def forget_everywhere(session: Session | Connection, staff_id: str) -> int:
    """In the caller's transaction, after the staff row itself was emptied: forget every row
    that refers to the person, as ERASURE_PLAN says, and the side-table entries of each.
    Returns the number of side-table entries removed."""
    removed = purge_side_tables(session, PERSON_TABLE, [staff_id])
    waiting: list[tuple[str, list[str]]] = [(PERSON_TABLE, [staff_id])]
    while waiting:
        parent, ids = waiting.pop()
        for key in referring_columns(parent):
            handling = _handling(key)
            if not isinstance(handling, Forget):
                continue
            rows = _forget(session, key, handling, ids)
            removed += purge_side_tables(session, key[0], rows)
            if handling.tombstone and rows:
                waiting.append((key[0], rows))
    return removed


def _forget(
    session: Session | Connection, key: tuple[str, str], how: Forget, ids: list[str]
) -> list[str]:
    table, column = key
    marks = ", ".join(f":p{n}" for n in range(len(ids)))
    params = {f"p{n}": value for n, value in enumerate(ids)}
    rows = list(
        session.execute(
            text(f"SELECT id FROM {table} WHERE {column} IN ({marks})"), params
        ).scalars()
    )
    if not rows:
        return []
    sets = [f"{name} = NULL" for name in how.clear]
    if how.tombstone:
        sets.append("deleted = 1")
    if sets:
        session.execute(
            text(f"UPDATE {table} SET {', '.join(sets)} WHERE {column} IN ({marks})"), params
        )
    return rows


def purge_side_tables(session: Session | Connection, table: str, row_ids: list[str]) -> int:
    """Delete what the local side tables hold about these rows, in the caller's transaction;
    returns how many entries went. For the sync merge too, when an erasure arrives."""
    if not row_ids:
        return 0
    present = set(
        session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
    )
    removed = 0
    for side in (name for name in SIDE_TABLES if name in present):
        for start in range(0, len(row_ids), 500):
            chunk = row_ids[start : start + 500]
            marks = ", ".join(f":r{n}" for n in range(len(chunk)))
            params: dict[str, str] = {f"r{n}": value for n, value in enumerate(chunk)}
            result = session.execute(
                text(f"DELETE FROM {side} WHERE tbl = :tbl AND row_id IN ({marks})"),
                {"tbl": table, **params},
            )
            assert isinstance(result, CursorResult)  # a DELETE's result counts its rows
            removed += int(result.rowcount or 0)
    return removed


@dataclass(frozen=True)
class ErasureResult:
    staff_id: str
    entries_removed: int
    file_scrubbed: bool


def erase_staff(
    store: Store,
    staff_id: str,
    actor: Actor,
    *,
    confirmation: str,
    reason: str = "legal request",
) -> ErasureResult:
    """Erase a person on a legal request: every personal field becomes empty, the row stays as
    an erased tombstone (so the erasure travels by sync and wins there), every row that refers
    to them is forgotten as services/roster/erasure.py declares (derived from the foreign keys),
    their audit entries and sync review copies are removed, the received bundles in `archive/` are
    deleted, and the write-ahead log is emptied. With secure_delete on, SQLite zeroes the freed
    space, so the values leave the data file.

    `confirmation` must repeat the person's staff number (their full name if they have none):
    the UI asks the officer to type it. `reason` is kept in the history: never the person's
    name or number."""
    why = " ".join((reason or "").split())
    if not why:
        raise InvalidInput(_("Say why the person is erased (the legal request)."), field="reason")
    with locks.writing(store.paths):
        with store.write() as session:
            staff = session.get(Staff, staff_id)
            if staff is None or staff.erased:
                raise InvalidInput(
                    _("This person was already erased (or never existed)."), field="staff"
                )
            expected = staff.staff_number or staff.full_name or ""
            typed = rules.fold_for_search(" ".join((confirmation or "").split()))
            if not expected or typed != rules.fold_for_search(" ".join(expected.split())):
                ask = (
                    _(
                        "To confirm the erasure, type the person's staff number exactly: {value}. "
                        "Nothing was erased."
                    )
                    if staff.staff_number
                    else _(
                        "To confirm the erasure, type the person's full name exactly: {value}. "
                        "Nothing was erased."
                    )
                )
                raise InvalidInput(
                    ask.format(value=rules.shown(expected)),
                    field="confirmation",
                )
            if _names_the_person(why, staff):
                raise InvalidInput(
                    _(
                        "Leave the person's name and staff number out of the reason: it stays in "
                        "the history after the erasure. Nothing was erased."
                    ),
                    field="reason",
                )
            session.execute(
                update(Staff)
                .where(Staff.id == staff_id)
                .values(
                    **dict.fromkeys(PERSONAL),
                    office_id=None,
                    position_id=None,
                    status=StaffStatus.LEFT.value,
                    deleted=True,
                    erased=True,
                )
            )
            removed = forget_everywhere(session, staff_id)
            audit.record(session, actor, Action.ERASE, "staff", staff_id, source=why)
        archive.forget_all(store.paths)
        store_errors: tuple[type[Exception], ...] = (*crypt.all_errors(), DBAPIError)
        try:
            scrubbed = checkpoint_truncate(store)
        except store_errors as exc:  # the erasure is committed; the log is not
            raise StoreError(
                _(
                    "The person was erased, but the data file's log could not be emptied now "
                    "({reason}). Close and reopen OCO Desktop to finish."
                ).format(reason=exc),
                kind="checkpoint",
            ) from exc
    return ErasureResult(staff_id=staff_id, entries_removed=removed, file_scrubbed=scrubbed)


def _names_the_person(reason: str, staff: Staff) -> bool:
    """Whether the reason holds the staff number, or any word of the name (3 letters or more)."""
    said = set(rules.search_terms(reason))
    folded = rules.fold_for_search(reason)
    name_words = {w for w in rules.search_terms(staff.full_name or "") if len(w) >= 3}
    number = rules.fold_for_search(staff.staff_number or "").strip()
    return bool(name_words & said) or bool(number and number in folded)


def find_by_staff_number(store: Store, staff_number: str, member_code: str | None = None) -> str:
    """The id of the one live person with this staff number; InvalidInput (with what to do)
    when there is none, or several."""
    number = " ".join((staff_number or "").split())
    with store.read() as session:
        member = member_code_for(session, member_code)
        found = list(
            session.execute(
                select(Staff.id, Staff.full_name).where(
                    Staff.member_code == member,
                    Staff.staff_number == number,
                    Staff.deleted.is_(False),
                )
            )
        )
    if not found:
        raise InvalidInput(
            _(
                "No person with staff number {number} in the roster of {member}. Check the "
                "number (`oco-desktop roster export` lists them); nothing was erased."
            ).format(number=rules.shown(number), member=member),
            field="staff_number",
        )
    if len(found) > 1:
        raise InvalidInput(
            _(
                "{count} people have staff number {number}; give each their own number in the "
                "window (Staff page) first. Nothing was erased."
            ).format(count=format_number(len(found)), number=rules.shown(number)),
            field="staff_number",
        )
    return str(found[0][0])
