"""Text arriving by sync is stored in the one stored form (NFC, trimmed, spaces collapsed)."""

from __future__ import annotations

import unicodedata


def test_text_arriving_by_sync_is_stored_composed(world):
    """A bundle from an installation that stored a decomposed, padded name (an older version,
    or a write that bypassed the services) lands in the stored form."""
    from sqlalchemy import update

    from oco_desktop.store.models import Staff
    from tests.unit.sync.conftest import add_staff

    to = world.members["TO"]
    ids = add_staff(to, "TO", 2)
    decomposed = unicodedata.normalize("NFD", "Sēini  Tuʻipulotu ")
    with to.write() as session:
        session.execute(update(Staff).where(Staff.id == ids[0]).values(full_name=decomposed))
    world.send(to, world.sec)
    with world.sec.read() as session:
        stored = session.get(Staff, ids[0]).full_name
    assert stored == "Sēini Tuʻipulotu"
