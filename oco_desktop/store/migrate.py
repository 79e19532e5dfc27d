"""Bring the data file to the app's schema: back up first, refuse newer files, restore on failure.

Alembic is imported only when a migration is due, so a normal start stays fast. The known
revisions and the check of a file's revision are in schema_version (the backups use them too).
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, text

from oco_desktop import __version__
from oco_desktop.domain.errors import StoreError, StoreTooNew
from oco_desktop.paths import DataPaths
from oco_desktop.store import backup as backups
from oco_desktop.store import locks
from oco_desktop.store.schema_version import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    MIGRATIONS_DIR,
    too_new_message,
)

log = logging.getLogger(__name__)


def revision_of(conn: Connection) -> str | None:
    exists = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if not exists:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_upgrade(conn: Connection, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    command.upgrade(config, target)


def upgrade(engine: Engine, paths: DataPaths, target: str = HEAD_REVISION) -> bool:
    """Migrate the store to `target`. Returns True if a migration ran.

    An existing data file is backed up first; if a step fails the backup is put back."""
    current = _revision(engine)[0]
    if current == target:
        return False
    if current is None:  # a new data file being set up: no one else uses it yet
        return _upgrade_locked(engine, paths, target)
    with locks.writing(paths):  # re-read under the lock: another process may have migrated
        return _upgrade_locked(engine, paths, target)


def _revision(engine: Engine) -> tuple[str | None, str | None]:
    with engine.connect() as conn:
        current = revision_of(conn)
        writer = None
        if current is not None:
            writer = conn.execute(
                text("SELECT value FROM app_meta WHERE key = 'written_by_app'")
            ).scalar()
    return current, writer


def _upgrade_locked(engine: Engine, paths: DataPaths, target: str) -> bool:
    current, writer = _revision(engine)
    if current == target:
        return False
    if current is not None and current not in KNOWN_REVISIONS:
        raise StoreTooNew(too_new_message(current, writer))
    safety = None
    if current is not None:
        safety = backups.create_backup(paths, "pre-migration")
        log.info(
            "backed up %s to %s before migrating from %s", paths.database, safety.path, current
        )
    try:
        with engine.begin() as conn:
            _alembic_upgrade(conn, target)
            conn.execute(
                text(
                    "INSERT INTO app_meta (key, value) VALUES ('written_by_app', :v) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                ),
                {"v": __version__},
            )
    except Exception as exc:
        log.exception("migration from %s to %s failed", current, target)
        engine.dispose()
        if safety is not None:
            backups.restore_file(paths, safety.path)
            raise StoreError(
                f"Upgrading the data file failed ({exc}). It was put back as it was from the "
                f"backup {safety.path.name}; nothing was lost. Please send the log file to "
                "the OCO Secretariat.",
                kind="migration_failed",
            ) from exc
        raise
    return True
