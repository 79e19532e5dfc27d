"""Environment failures become plain sentences; bugs stay bugs."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from oco_desktop.domain.errors import StoreDamaged, StoreError
from oco_desktop.store.errors import classify, plain_store_errors
from oco_desktop.store.models import Office


def test_a_full_disk_rolls_back_and_says_so(store, paths):
    with (
        pytest.raises(StoreError) as caught,
        plain_store_errors(paths.root),
        store.write() as session,
    ):
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        for n in range(2000):
            session.add(
                Office(
                    member_code="TO",
                    name=f"Office {n} " + "x" * 150,
                    island="Tongatapu",
                    office_type="seaport",
                )
            )
        session.flush()
    assert caught.value.kind == "disk_full"
    assert "Free some space" in caught.value.message
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM office")).scalar() == 1


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("attempt to write a readonly database"), "read_only"),
        (sqlite3.OperationalError("database or disk is full"), "disk_full"),
        (sqlite3.OperationalError("database is locked"), "locked"),
        (sqlite3.OperationalError("unable to open database file"), "cannot_open"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EROFS, "Read-only file system"), "read_only"),
        (OSError(errno.ENOENT, "No such file or directory"), "cannot_write"),
    ],
)
def test_known_environment_failures_are_classified(error, kind):
    plain = classify(error, Path("/data"))
    assert plain is not None and plain.kind == kind
    assert "Traceback" not in plain.message


def test_malformed_database_is_damage():
    plain = classify(sqlite3.DatabaseError("database disk image is malformed"), Path("/d"))
    assert isinstance(plain, StoreDamaged)


def test_other_errors_stay_bugs():
    assert classify(sqlite3.OperationalError("no such column: nmae"), Path("/d")) is None
    assert classify(ValueError("x"), Path("/d")) is None
    with pytest.raises(sqlite3.OperationalError), plain_store_errors(Path("/d")):
        raise sqlite3.OperationalError("no such column: nmae")
