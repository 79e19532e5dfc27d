"""Installing a newer build over the previous release keeps the data: the store written by that
release (tests/fixtures/store-0006.db, made by its own `demo` command, see make_store_0006.py)
is backed up, migrated to the head schema, and every row it held is still there."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from oco_desktop.paths import DataPaths
from oco_desktop.services.dashboard import staff_summary
from oco_desktop.services.health import check
from oco_desktop.services.installation import installation_info
from oco_desktop.services.setup import open_installation
from oco_desktop.store import backup, crypt, migrate
from tests import dbfile

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "store-0006.db"
RELEASE_REVISION = "0006"
# Rows the upgrade itself may rewrite: the app version stamp and reference-data digests, and
# the reference data refreshed from the newer shipped files (e.g. French names added).
REWRITTEN_TABLES = {
    "app_meta",
    "alembic_version",
    "member",
    "competency_framework",
    "competency_area",
    "competency",
    "competency_default",
    "proficiency_level",
}


def _tables(path: Path) -> dict[str, str]:
    """Each table's rows, digested, read straight from the file."""
    conn = dbfile.connect(path, read_only=True)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'staff_search%'"
            )
        ]
        digests = {}
        for name in names:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
            rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
            text = "\n".join(sorted(repr(dict(zip(columns, row, strict=True))) for row in rows))
            digests[name] = f"{len(rows)}:{hashlib.sha256(text.encode()).hexdigest()}"
        return digests
    finally:
        conn.close()


def _revision(path: Path) -> str:
    conn = dbfile.connect(path, read_only=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def old_installation(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    shutil.copyfile(FIXTURE, paths.database)
    return paths


def test_the_fixture_was_written_by_the_previous_release() -> None:
    assert _revision(FIXTURE) == RELEASE_REVISION
    assert RELEASE_REVISION in migrate.KNOWN_REVISIONS
    assert migrate.HEAD_REVISION >= RELEASE_REVISION


def test_opening_the_previous_release_store_backs_up_then_migrates_keeping_every_row(
    old_installation: DataPaths,
) -> None:
    paths = old_installation
    before = _tables(paths.database)
    counts = {name: int(digest.split(":")[0]) for name, digest in before.items()}
    assert counts["staff"] == 12 and counts["office"] == 6 and counts["tna_assessment"] > 0

    store = open_installation(paths)
    try:
        info = installation_info(store)
        total = staff_summary(store, info.member_code).total
    finally:
        store.close()

    assert _revision(paths.database) == migrate.HEAD_REVISION
    after = _tables(paths.database)
    kept = {name: digest for name, digest in before.items() if name not in REWRITTEN_TABLES}
    assert {name: after.get(name) for name in kept} == kept
    assert info.member_code == "TO" and info.is_demo
    assert total == 12

    made = {b.reason: b for b in backup.list_backups(paths.backups)}
    # The plain file is encrypted first, after a backup that is itself encrypted afterwards.
    assert _tables(made["pre-encryption"].path) == before
    if migrate.HEAD_REVISION == RELEASE_REVISION:
        assert set(made) == {"pre-encryption"}
    else:
        assert set(made) == {"pre-encryption", "pre-migration"}
        assert _revision(made["pre-migration"].path) == RELEASE_REVISION
        assert _tables(made["pre-migration"].path) == before
    assert check(paths).healthy


def test_the_previous_release_store_is_encrypted_and_no_plain_copy_is_left(
    old_installation: DataPaths,
) -> None:
    open_installation(old_installation).close()
    assert crypt.is_encrypted(old_installation)
    left = [
        path
        for path in old_installation.root.rglob("*")
        if path.is_file() and path.read_bytes().startswith(crypt.SQLITE_MAGIC)
    ]
    assert left == []
    assert FIXTURE.read_bytes().count(b"Paula Hopoate") > 0
    names = b"Paula Hopoate"  # a staff member of the fixture (plainly in its file)
    assert [
        p for p in old_installation.root.rglob("*") if p.is_file() and names in p.read_bytes()
    ] == []


def test_a_second_start_after_the_upgrade_migrates_nothing_more(
    old_installation: DataPaths,
) -> None:
    open_installation(old_installation).close()
    upgraded = _tables(old_installation.database)
    open_installation(old_installation).close()
    expected = 1 if migrate.HEAD_REVISION == RELEASE_REVISION else 2
    assert len(backup.list_backups(old_installation.backups)) == expected
    assert _tables(old_installation.database) == upgraded
