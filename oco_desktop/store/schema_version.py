"""Which schema revisions this app knows, and the check that refuses a data file written by a
newer app. Below both the migrations and the backups (a restored file is checked first), and
light: listing the migration folder and reading one row, without SQLAlchemy or Alembic."""

from __future__ import annotations

from pathlib import Path

from oco_desktop import __version__
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.language import _
from oco_desktop.store import crypt

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Revisions are named "NNNN_what.py" and chained in order; a unit test checks the chain
# against Alembic's own view. Listing the folder is cheap, so a normal start stays fast.
KNOWN_REVISIONS = tuple(
    sorted(
        path.name[:4] for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def too_new_message(revision: str, written_by: str | None) -> str:
    writer = f"OCO Desktop {written_by}" if written_by else _("a newer OCO Desktop")
    return _(
        "This data was saved by {writer} (schema {revision}); this is OCO Desktop "
        "{version}, which knows schemas up to {head}. Install the newer version "
        "to open it. The data file was left untouched."
    ).format(writer=writer, revision=revision, version=__version__, head=HEAD_REVISION)


def check_file_revision(path: Path, key: bytes | None) -> str | None:
    """Refuse (InvalidInput) a database file from a newer app; return its revision."""
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
        raise InvalidInput(too_new_message(rev, writer[0] if writer else None), field="file")
    return rev
