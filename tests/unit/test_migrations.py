"""Migrations: from empty, from each earlier revision with data, newer refused, failure undone."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text

from oco_desktop.domain.errors import StoreError, StoreTooNew
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import open_installation
from oco_desktop.store import backup, crypt, migrate
from oco_desktop.store.engine import Store
from oco_desktop.store.open import open_store
from tests import dbfile

CAPTURE_TABLES = {"sync_clock", "sync_field_clock"}


def _file_digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_revision_constant_matches_the_migration_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_heads() == [migrate.HEAD_REVISION]
    revisions = [r.revision for r in scripts.walk_revisions()]
    assert sorted(revisions) == sorted(migrate.KNOWN_REVISIONS)


def test_migrate_from_empty_creates_every_model_table(paths):
    store = open_store(paths, create=True)
    with store.read() as session:
        tables = set(
            session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
        )
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    store.close()
    from oco_desktop.store.models import Base

    assert set(Base.metadata.tables) <= tables
    assert revision == migrate.HEAD_REVISION
    assert not backup.list_backups(paths.backups)


def test_schema_made_by_migrations_matches_the_models(paths):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from oco_desktop.store import sync_models  # noqa: F401  (registers the sync tables)
    from oco_desktop.store.models import Base

    def only_model_tables(obj, name, type_, reflected, compare_to):
        table = obj if type_ == "table" else getattr(obj, "table", None)
        return not (table is not None and table.name in CAPTURE_TABLES)

    store = open_store(paths, create=True)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": only_model_tables})
        diff = compare_metadata(context, Base.metadata)
    store.close()
    assert diff == []


@pytest.mark.parametrize("previous", migrate.KNOWN_REVISIONS[:-1])
def test_upgrade_from_a_previous_revision_keeps_data_and_backs_up_first(paths, previous):
    paths.root.mkdir(parents=True)
    crypt.install_secret(paths, crypt.new_secret("tests-office-passphrase"))
    store = Store(paths)
    migrate.upgrade(store.engine, paths, target=previous)
    with store.write() as session:
        session.execute(
            text(
                "INSERT INTO member (code, iso3, name_en, name_fr, languages) "
                "VALUES ('TO', 'TON', 'Tonga', 'Tonga', 'to,en')"
            )
        )
        session.execute(text("INSERT INTO app_meta (key, value) VALUES ('marker', 'kept')"))
    store.close()
    before = _file_digest(paths.database)

    upgraded = open_store(paths)
    with upgraded.read() as session:
        assert (
            session.execute(text("SELECT value FROM app_meta WHERE key = 'marker'")).scalar()
            == "kept"
        )
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            migrate.HEAD_REVISION
        )
    upgraded.close()
    made = backup.list_backups(paths.backups)
    assert [b.reason for b in made] == ["pre-migration"]
    copy = dbfile.connect(made[0].path)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
    copy.close()
    assert before  # the backup holds the pre-migration content, checked through its revision


def test_a_database_from_a_newer_app_is_refused_and_left_untouched(store, paths):
    with store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        session.execute(text("UPDATE app_meta SET value = '7.3.0' WHERE key = 'written_by_app'"))
    store.close()
    before = _file_digest(paths.database)
    with pytest.raises(StoreTooNew, match=r"OCO Desktop 7\.3\.0.*Install the newer version"):
        open_installation(paths)
    assert _file_digest(paths.database) == before
    assert not backup.list_backups(paths.backups)


def test_a_failed_migration_restores_the_backup(paths, monkeypatch):
    paths.root.mkdir(parents=True)
    crypt.install_secret(paths, crypt.new_secret("tests-office-passphrase"))
    store = Store(paths)
    migrate.upgrade(store.engine, paths, target="0001")
    with store.write() as session:
        session.execute(text("INSERT INTO app_meta (key, value) VALUES ('marker', 'kept')"))
    store.close()
    conn = dbfile.connect(paths.database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()

    def half_then_fail(conn, target):
        conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
        conn.execute(text("UPDATE app_meta SET value = 'changed' WHERE key = 'marker'"))
        raise RuntimeError("disk went away")

    monkeypatch.setattr(migrate, "_alembic_upgrade", half_then_fail)
    with pytest.raises(StoreError, match="put back as it was") as caught:
        open_store(paths)
    assert caught.value.kind == "migration_failed"
    conn = dbfile.connect(paths.database)
    try:
        assert conn.execute("SELECT value FROM app_meta WHERE key='marker'").fetchone() == ("kept",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name='half_done'").fetchone()
    finally:
        conn.close()


def test_reference_data_is_loaded_once_and_refreshed_on_change(store, paths, monkeypatch):
    from oco_desktop.store import reference

    with store.write() as session:
        assert reference.load_reference_data(session) is False
        session.execute(text("UPDATE member SET name_en = 'Tonga (old)' WHERE code = 'TO'"))
        session.execute(text("UPDATE app_meta SET value = 'stale' WHERE key LIKE 'reference:%'"))
    store.close()
    reopened = open_installation(DataPaths(paths.root))
    with reopened.read() as session:
        assert (
            session.execute(text("SELECT name_en FROM member WHERE code='TO'")).scalar() == "Tonga"
        )
        assert session.execute(text("SELECT count(*) FROM member")).scalar() == 24
    reopened.close()
