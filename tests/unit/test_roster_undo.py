"""Undoing a roster import: a backup first, the import as one entry in the history, and the
undo offered only while nothing else changed."""

from __future__ import annotations

import datetime as dt

import pytest

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services import audit
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.import_ import import_roster
from oco_desktop.services.roster.staff import StaffDraft
from oco_desktop.services.roster.undo import IMPORT_TABLE, can_undo, undo_import
from oco_desktop.store.backup import list_backups

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def actor():
    return audit.make_actor("Mele Tupou", os_user="tester")


def _file(tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text(
        "Staff number,Full name,Birth year,Office,Position,Tier\n"
        "TO-1,Ana Fifita,1981,Nukuʻalofa HQ,,\n"
        "TO-2,Sione Taufa,1982,Neiafu,Port Officer,T2\n",
        encoding="utf-8",
    )
    return path


def _state(store):
    rows = roster.search_staff(store).rows
    return (
        sorted((r.staff_number, r.full_name, r.birth_year, r.office_name) for r in rows),
        sorted(o.name for o in roster_org.list_offices(store)),
        sorted(p.title for p in roster_org.list_positions(store)),
    )


def test_an_import_is_backed_up_first_and_undone_exactly(store, tmp_path, actor):
    roster.create_staff(store, StaffDraft("TO-1", "Ana Fifita", "F", 1980, 2000), actor)
    before = _state(store)
    backups_before = len(list_backups(store.paths.backups))

    result = import_roster(store, _file(tmp_path), actor, create_missing=True, today=TODAY)
    assert result.written and result.undo is not None
    assert len(list_backups(store.paths.backups)) == backups_before + 1
    assert result.undo.backup is not None and "pre-roster-import" in result.undo.backup.name
    assert _state(store) != before
    with store.read() as session:
        from sqlalchemy import text

        summary = session.execute(
            text("SELECT count(*) FROM audit_log WHERE tbl = :t"), {"t": IMPORT_TABLE}
        ).scalar()
    assert summary == 1  # the import is one entry in the history

    assert can_undo(store, result.undo)
    undo_import(store, result.undo, actor)
    assert _state(store) == before
    person = roster.search_staff(store).rows[0]
    sources = [h.source for h in audit.history_of_staff(store, person.id)]
    assert "undo import: staff.csv" in sources
    assert not can_undo(store, result.undo)  # the undo is itself a change


def test_the_undo_is_refused_after_another_change(store, tmp_path, actor):
    result = import_roster(store, _file(tmp_path), actor, create_missing=True, today=TODAY)
    roster.create_staff(store, StaffDraft("TO-9", "Pita Helu", "M", 1990, 2010), actor)
    assert not can_undo(store, result.undo)
    with pytest.raises(InvalidInput, match="can no longer be undone: other changes were made"):
        undo_import(store, result.undo, actor)
    assert roster.search_staff(store).total == 3
