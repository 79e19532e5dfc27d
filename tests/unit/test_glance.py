"""The glance at the data file that lets the window paint before the store opens."""

from __future__ import annotations

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store.glance import glance
from oco_desktop.store.models import Installation
from tests import dbfile


def test_a_member_store_is_read_as_the_title_bar_needs_it(store, paths):
    seen = glance(paths.database)

    assert seen is not None
    assert (seen.member_code, seen.member_name("en"), seen.office_name) == (
        "TO",
        "Tonga",
        "Nukuʻalofa HQ",
    )
    assert (seen.is_demo, seen.language) == (False, "en")


def test_the_demo_flag_and_language_come_from_the_installation(store, paths):
    with store.write() as session:
        installation = session.get(Installation, 1)
        installation.is_demo, installation.language = True, "fr"

    seen = glance(paths.database)

    assert seen is not None and seen.is_demo and seen.language == "fr"


def test_the_secretariat_is_named_as_such(tmp_path):
    paths = DataPaths(tmp_path / "sec")
    initialise(paths, SetupRequest(Role.SECRETARIAT)).close()

    seen = glance(paths.database)

    assert seen is not None and seen.member_code is None
    assert (seen.member_name("en"), seen.member_name("fr")) == (
        "OCO Secretariat",
        "Secrétariat de l'OCO",
    )


def test_no_file_means_the_full_opening_first(paths):
    assert glance(paths.database) is None


def test_a_file_that_is_not_sqlite_is_left_to_the_full_opening(paths):
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"this is a spreadsheet, not a database" * 100)

    assert glance(paths.database) is None
    assert paths.database.read_bytes().startswith(b"this is a spreadsheet")  # untouched


def test_another_schema_revision_is_left_to_the_migration(store, paths):
    store.close()
    with dbfile.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006'")
    conn.close()

    assert glance(paths.database) is None


def test_a_store_without_its_installation_is_left_to_the_full_opening(store, paths):
    store.close()
    with dbfile.connect(paths.database) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM installation")
    conn.close()

    assert glance(paths.database) is None
