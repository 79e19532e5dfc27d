"""`check`: schema version, full integrity check and foreign keys."""

from __future__ import annotations

from dataclasses import dataclass, field

from oco_desktop import __version__
from oco_desktop.domain.errors import NotInitialised
from oco_desktop.language import _
from oco_desktop.paths import DataPaths
from oco_desktop.store import crypt, schema_version
from oco_desktop.store.backup import check_database_file


@dataclass(frozen=True)
class HealthReport:
    app_version: str
    schema_revision: str | None
    expected_revision: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, object]:
        return {
            "healthy": self.healthy,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "expected_revision": self.expected_revision,
            "problems": self.problems,
            "notes": self.notes,
        }


def check(paths: DataPaths) -> HealthReport:
    """Read-only: never migrates or repairs, so it is safe on a damaged file."""
    db = paths.database
    if not db.exists():
        raise NotInitialised(
            _(
                "There is no OCO Desktop data in {folder}. Set it up first with "
                "`oco-desktop init` (or `oco-desktop demo` to explore with demo data)."
            ).format(folder=paths.root)
        )
    problems: list[str] = []
    notes: list[str] = []
    revision = None
    # Through SQLite only: a plain file handle closed in this process would drop the SQLite
    # locks of any connection it holds on the file (see store.backup.check_database_file).
    plain = crypt.is_plain_sqlite(db)
    if not plain and not crypt.is_encrypted(paths):
        problems.append(
            _("{file} is not a SQLite database file, and there is no key file.").format(file=db)
        )
        return HealthReport(__version__, None, schema_version.HEAD_REVISION, problems)
    if plain:
        notes.append(_("the data file is not encrypted yet; opening the app encrypts it."))
    try:
        conn = crypt.connect(db, None if plain else crypt.data_key(paths), read_only=True)
        try:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.extend(_("integrity: {line}").format(line=line) for line in integrity[:20])
            for table, rowid, parent, _key in conn.execute("PRAGMA foreign_key_check"):
                problems.append(
                    _("foreign key: {table} row {row} points to a missing {parent}").format(
                        table=table, row=rowid, parent=parent
                    )
                )
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()
            if has_version:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except crypt.database_errors() as exc:
        problems.append(_("the data file cannot be read: {reason}").format(reason=exc))
    if revision is None and not problems:
        problems.append(_("the data file has no schema version (not made by OCO Desktop)."))
    elif revision is not None and revision not in schema_version.KNOWN_REVISIONS:
        problems.append(
            _(
                "schema {revision} is newer than this app knows ({known}); install the newer "
                "OCO Desktop."
            ).format(revision=revision, known=schema_version.HEAD_REVISION)
        )
    elif revision is not None and revision != schema_version.HEAD_REVISION:
        notes.append(
            _(
                "schema {revision} is older than {known}; opening the app upgrades it after a "
                "backup."
            ).format(revision=revision, known=schema_version.HEAD_REVISION)
        )
    return HealthReport(__version__, revision, schema_version.HEAD_REVISION, problems, notes)


def verify_pages(paths: DataPaths) -> None:
    """Read every page of the data file (PRAGMA quick_check); raises StoreDamaged. Slow on a
    large file, so the window runs it in the background after the first paint."""
    check_database_file(paths.database, crypt.folder_key(paths), thorough=True)
