"""A first look at the data file with SQLCipher alone, so the window can paint before the store
(SQLAlchemy, the models, the reference data) is opened. The data must be unlocked first.

The glance never writes and never decides anything: it answers None whenever the full opening
must come first (no file, another schema, no installation, anything it cannot read), and the
full opening still runs right after the first paint, with all its checks."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from oco_desktop.domain.roster import SECRETARIAT_NAME_EN, SECRETARIAT_NAME_FR, Role
from oco_desktop.paths import DataPaths
from oco_desktop.store import crypt
from oco_desktop.store.schema_version import HEAD_REVISION


@dataclass(frozen=True)
class StoreGlance:
    """What the title bar, the demo banner and the language need."""

    member_code: str | None  # None for the Secretariat
    member_name_en: str
    member_name_fr: str
    office_name: str | None
    is_demo: bool
    language: str

    def member_name(self, language: str) -> str:
        return self.member_name_fr if language == "fr" else self.member_name_en


def glance(database: Path) -> StoreGlance | None:
    if not database.is_file():
        return None
    key = crypt.cached_key(DataPaths(database.parent))
    if key is None:
        return None  # locked, or a plain file from an older version that must be encrypted
    unreadable: tuple[type[Exception], ...] = (*crypt.all_errors(), ValueError)
    try:
        conn = crypt.connect(database, key, read_only=True)
    except unreadable:
        return None
    try:
        return _read(conn)
    except crypt.all_errors():
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection) -> StoreGlance | None:
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != HEAD_REVISION:
        return None
    installation = conn.execute(
        "SELECT role, member_code, language, is_demo FROM installation WHERE id = 1"
    ).fetchone()
    if installation is None:
        return None
    role, member_code, language, is_demo = installation
    if role != Role.MEMBER:
        return StoreGlance(
            None, SECRETARIAT_NAME_EN, SECRETARIAT_NAME_FR, None, bool(is_demo), language
        )
    member = conn.execute(
        "SELECT name_en, name_fr FROM member WHERE code = ?", (member_code,)
    ).fetchone()
    if member is None:
        return None
    office = conn.execute(
        "SELECT name FROM office WHERE member_code = ? AND deleted = 0 ORDER BY id LIMIT 1",
        (member_code,),
    ).fetchone()
    return StoreGlance(
        member_code, member[0], member[1], office[0] if office else None, bool(is_demo), language
    )
