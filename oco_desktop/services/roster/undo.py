"""Undoing a roster import: what the import did, kept so it can be reversed as long as nothing
else changed since (the store's local change number is still the one the import left).

The reversal is itself an ordinary change, in one transaction, with the history saying so:
rows the import created leave the roster (tombstones, as a removal), updated rows get their
values back, offices and positions it created are removed. It syncs like any edit, so an
import already sent in a bundle is undone at the Secretariat too. The backup taken before the
import stays in the backups folder in any case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.language import _
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Office, Position, Staff

IMPORT_TABLE = "roster_import"  # the history's one entry per import


@dataclass(frozen=True)
class ImportUndo:
    import_id: str
    file_name: str
    seq_after: int
    created_staff: tuple[str, ...] = ()
    updated_staff: tuple[tuple[str, dict[str, Any]], ...] = ()  # (id, {field: old value})
    created_offices: tuple[str, ...] = ()
    created_positions: tuple[str, ...] = ()
    backup: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)


def change_number(session: Session) -> int:
    """The local change sequence: it moves with every captured write."""
    return int(session.execute(text("SELECT seq FROM sync_clock WHERE id = 1")).scalar() or 0)


def can_undo(store: Store, undo: ImportUndo) -> bool:
    with store.read() as session:
        return change_number(session) == undo.seq_after


def summary_entry(
    actor: Actor, undo_id: str, file_name: str, counts: dict[str, int]
) -> list[dict[str, Any]]:
    """The import as one entry in the history, beside the per-field entries of each row."""
    what = f"{file_name}: {counts.get('new', 0)} new, {counts.get('updated', 0)} updated"
    return audit.entry_rows(
        actor,
        Action.CREATE,
        IMPORT_TABLE,
        undo_id,
        [audit.Change("import", None, what)],
        source=f"import: {file_name}",
    )


def undo_import(store: Store, undo: ImportUndo, actor: Actor) -> None:
    """Reverse the import, or refuse (InvalidInput) if anything changed since."""
    source = f"undo import: {undo.file_name}"
    with store.write() as session:
        if change_number(session) != undo.seq_after:
            refusal = _(
                "The import of {file} can no longer be undone: other changes were made since. "
                "Correct the rows on the Staff page instead."
            ).format(file=undo.file_name)
            if undo.backup:
                refusal += " " + _("The backup taken before it is {backup}.").format(
                    backup=undo.backup
                )
            raise InvalidInput(
                refusal,
                field="undo",
            )
        entries: list[dict[str, Any]] = []
        for staff_id in undo.created_staff:
            session.execute(update(Staff).where(Staff.id == staff_id).values(deleted=True))
            entries += audit.entry_rows(
                actor, Action.DELETE, "staff", staff_id,
                [audit.Change("deleted", False, True)], source=source,
            )  # fmt: skip
        for staff_id, old in undo.updated_staff:
            current = session.execute(
                select(*(getattr(Staff, f) for f in old)).where(Staff.id == staff_id)
            ).one()
            session.execute(update(Staff).where(Staff.id == staff_id).values(**old))
            changes = [
                audit.Change(f, now, old[f])
                for f, now in zip(old, current, strict=True)
                if now != old[f]
            ]
            entries += audit.entry_rows(
                actor, Action.UPDATE, "staff", staff_id, changes, source=source
            )
        for model, kind, ids in (
            (Office, "office", undo.created_offices),
            (Position, "position", undo.created_positions),
        ):
            for row_id in ids:
                session.execute(update(model).where(model.id == row_id).values(deleted=True))
                entries += audit.entry_rows(
                    actor, Action.DELETE, kind, row_id,
                    [audit.Change("deleted", False, True)], source=source,
                )  # fmt: skip
        entries += audit.entry_rows(
            actor,
            Action.DELETE,
            IMPORT_TABLE,
            undo.import_id,
            [audit.Change("import", undo.file_name, None)],
            source=source,
        )
        audit.write_rows(session, entries)
