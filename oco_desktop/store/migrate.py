"""Bring the data file to the app's schema: back up first, refuse newer files, restore on failure.

Alembic is imported only when a migration is due, so a normal start stays fast.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from oco_desktop import __version__
from oco_desktop.domain.errors import InvalidInput, StoreError, StoreTooNew
from oco_desktop.language import _

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from oco_desktop.paths import DataPaths

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Revisions are named "NNNN_what.py" and chained in order; a unit test checks the chain
# against Alembic's own view. Listing the folder is cheap, so a normal start stays fast.
KNOWN_REVISIONS = tuple(
    sorted(
        path.name[:4] for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def revision_of(conn: Connection) -> str | None:
    from sqlalchemy import text

    exists = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if not exists:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _too_new_message(revision: str, written_by: str | None) -> str:
    writer = f"OCO Desktop {written_by}" if written_by else _("a newer OCO Desktop")
    return _(
        "This data was saved by {writer} (schema {revision}); this is OCO Desktop "
        "{version}, which knows schemas up to {head}. Install the newer version "
        "to open it. The data file was left untouched."
    ).format(writer=writer, revision=revision, version=__version__, head=HEAD_REVISION)


def check_file_revision(path: Path, key: bytes | None) -> str | None:
    """Refuse (InvalidInput) a database file from a newer app; return its revision."""
    from oco_desktop.store import crypt

    conn = crypt.connect(path, key, read_only=True)
    try:
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_version:
            raise InvalidInput(
                _("{file} is not an OCO Desktop data file.").format(file=path), field="file"
            )
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        writer = conn.execute("SELECT value FROM app_meta WHERE key = 'written_by_app'").fetchone()
    except crypt.database_errors() as exc:
        raise InvalidInput(
            _("{file} is not an OCO Desktop data file ({error}).").format(file=path, error=exc)
        ) from exc
    finally:
        conn.close()
    rev = revision[0] if revision else None
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise InvalidInput(_too_new_message(rev, writer[0] if writer else None), field="file")
    return rev


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
    from oco_desktop.store import locks

    current = _revision(engine)[0]
    if current == target:
        return False
    if current is None:  # a new data file being set up: no one else uses it yet
        return _upgrade_locked(engine, paths, target)
    with locks.writing(paths):  # re-read under the lock: another process may have migrated
        return _upgrade_locked(engine, paths, target)


def _revision(engine: Engine) -> tuple[str | None, str | None]:
    from sqlalchemy import text

    with engine.connect() as conn:
        current = revision_of(conn)
        writer = None
        if current is not None:
            writer = conn.execute(
                text("SELECT value FROM app_meta WHERE key = 'written_by_app'")
            ).scalar()
    return current, writer


def _upgrade_locked(engine: Engine, paths: DataPaths, target: str) -> bool:
    from sqlalchemy import text

    from oco_desktop.store import backup as backups

    current, writer = _revision(engine)
    if current == target:
        return False
    if current is not None and current not in KNOWN_REVISIONS:
        raise StoreTooNew(_too_new_message(current, writer))
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
