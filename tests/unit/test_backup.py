"""Backups: round trip, retention, damaged files kept aside, restore refusals."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from sqlalchemy import select, text

from oco_desktop.domain.errors import InvalidInput, StoreDamaged
from oco_desktop.services import backups
from oco_desktop.services.setup import open_installation
from oco_desktop.store import backup, crypt
from oco_desktop.store.backup import BackupInfo, retention_plan
from oco_desktop.store.models import Office
from tests import dbfile


def _office_names(store):
    with store.read() as session:
        return sorted(session.scalars(select(Office.name)))


def test_backup_and_restore_round_trip(store, paths):
    made = backups.create(paths)
    assert made.path.parent == paths.backups and made.reason == "manual"
    with store.write() as session:
        session.add(
            Office(
                member_code="TO", name="Haʻapai office", island="Lifuka", office_type="outer_island"
            )
        )
    assert _office_names(store) == ["Haʻapai office", "Nukuʻalofa HQ"]
    store.close()

    result = backups.restore(paths, made.path)
    assert result.previous_kept_at is not None and not result.previous_was_damaged
    reopened = open_installation(paths)
    assert _office_names(reopened) == ["Nukuʻalofa HQ"]
    reopened.close()
    # the state before the restore was itself kept, so the restore can be undone
    undo = backups.restore(paths, result.previous_kept_at)
    assert undo.restored_from == result.previous_kept_at
    again = open_installation(paths)
    assert _office_names(again) == ["Haʻapai office", "Nukuʻalofa HQ"]
    again.close()


def test_backup_to_a_chosen_file_refuses_to_overwrite(store, paths, tmp_path):
    target = tmp_path / "stick" / "copy.db"
    backups.create(paths, target)
    assert target.exists()
    with pytest.raises(InvalidInput, match="already exists"):
        backups.create(paths, target)


def test_a_damaged_data_file_is_refused_then_kept_aside_by_restore(store, paths):
    good = backups.create(paths)
    store.close()
    data = bytearray(paths.database.read_bytes())
    for suffix in ("-wal", "-shm"):
        Path(str(paths.database) + suffix).unlink(missing_ok=True)
    paths.database.write_bytes(bytes(data[: len(data) // 3]))
    damaged_bytes = paths.database.read_bytes()
    with pytest.raises(StoreDamaged):
        open_installation(paths)
    assert paths.database.read_bytes() == damaged_bytes  # opening never overwrote it

    result = backups.restore(paths, good.path)
    assert result.previous_was_damaged
    assert result.previous_kept_at.parent == paths.damaged
    assert result.previous_kept_at.read_bytes() == damaged_bytes
    reopened = open_installation(paths)
    assert _office_names(reopened) == ["Nukuʻalofa HQ"]
    reopened.close()


def test_a_file_that_is_not_sqlite_is_damaged(paths):
    paths.root.mkdir(parents=True)
    paths.database.write_text("Name,Sex\nMele,F\n", encoding="utf-8")
    with pytest.raises(StoreDamaged, match="not SQLite"):
        open_installation(paths)


def test_restore_refuses_a_damaged_or_foreign_backup(store, paths, tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"not a database at all")
    with pytest.raises(InvalidInput, match="Choose another backup"):
        backups.restore(paths, bogus)
    with pytest.raises(InvalidInput, match="no backup file"):
        backups.restore(paths, tmp_path / "missing.db")


def test_restore_refuses_a_backup_from_a_newer_app(store, paths):
    made = backups.create(paths)

    conn = dbfile.connect(made.path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with store.write() as session:
        session.execute(text("INSERT INTO app_meta (key, value) VALUES ('marker', 'current')"))
    store.close()
    with pytest.raises(InvalidInput, match="Install the newer version"):
        backups.restore(paths, made.path)
    reopened = open_installation(paths)
    with reopened.read() as session:
        assert session.execute(text("SELECT value FROM app_meta WHERE key='marker'")).scalar()
    reopened.close()


def _info(created: dt.datetime, reason: str = "pre-migration") -> BackupInfo:
    return BackupInfo(Path(f"{created:%Y%m%d%H%M%S}-{reason}.db"), created, reason, 1)


def test_retention_keeps_ten_newest_and_one_a_month_and_every_manual_backup():
    start = dt.datetime(2025, 1, 15, 9, 0)
    automatic = [_info(start + dt.timedelta(days=7 * n)) for n in range(60)]
    manual = [_info(start + dt.timedelta(days=3), "manual")]
    removed = retention_plan(automatic + manual)
    kept = [b for b in automatic if b not in removed]
    newest_ten = sorted(automatic, key=lambda b: b.created)[-10:]
    assert all(b in kept for b in newest_ten)
    assert manual[0] not in removed
    months = {(b.created.year, b.created.month) for b in kept}
    assert len(kept) <= 10 + 12
    assert len(months) >= 12


def test_retention_is_applied_after_each_automatic_backup(store, paths):
    old = dt.datetime(2020, 1, 1)
    for n in range(15):
        backup.create_backup(paths, "pre-import", now=old + dt.timedelta(hours=n))
    left = backup.list_backups(paths.backups)
    assert len(left) == 10
    assert all(b.reason == "pre-import" for b in left)


def test_backups_are_written_atomically(store, paths, monkeypatch):
    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    monkeypatch.setattr(os, "link", broken_replace)
    with pytest.raises(Exception, match="full"):
        backups.create(paths)
    assert list(paths.backups.glob("*")) == []  # no backup, no empty name, no partial copy


def test_two_backups_in_the_same_second_never_share_or_delete_a_file(store, paths):
    """Two processes backing up in the same second (issue 16): each copy is written under a
    name of its own, and a name taken by the other meanwhile is skipped, never replaced."""
    moment = dt.datetime(2026, 3, 1, 10, 0, 0)
    first = backup.create_backup(paths, "pre-import", now=moment)
    real_link = os.link
    taken: list[Path] = []

    def other_process_first(src, dst):  # the other process takes the name just before us
        if not taken:
            taken.append(Path(dst))
            Path(dst).write_bytes(b"the other process's backup")
        return real_link(src, dst)

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(os, "link", other_process_first)
    try:
        second = backup.create_backup(paths, "pre-import", now=moment)
    finally:
        monkeypatch.undo()
    assert taken[0].read_bytes() == b"the other process's backup"
    assert second.path not in (first.path, taken[0])
    backup.check_database_file(second.path, crypt.folder_key(paths))
    assert [p.name for p in paths.backups.iterdir() if p.name.endswith(".partial")] == []


def test_many_backups_in_one_second_keep_the_newest(store, paths):
    moment = dt.datetime(2026, 3, 1, 10, 0, 0)
    made = [backup.create_backup(paths, "pre-import", now=moment) for _ in range(12)]
    left = {b.path for b in backup.list_backups(paths.backups)}
    assert made[-1].path in left and made[-1].path.exists()
    assert len(left) == 10
    assert left == {m.path for m in made[-10:]}


def test_copies_cut_off_by_a_power_cut_are_never_listed_and_are_cleared_by_the_next(store, paths):
    """A kill -9 or a power cut during a backup leaves a hidden partial copy (never a backup
    name); the next backup, under the write lock, removes them before it copies."""
    paths.backups.mkdir(parents=True, exist_ok=True)
    cut_off = [paths.backups / f".oco-desktop-cut{n}.partial" for n in range(3)]
    for partial in cut_off:
        partial.write_bytes(b"SQLite format 3\x00 half a copy")
    assert backup.list_backups(paths.backups) == []

    made = backup.create_backup(paths, "pre-import")

    assert not any(p.exists() for p in cut_off)
    assert [b.path for b in backup.list_backups(paths.backups)] == [made.path]
