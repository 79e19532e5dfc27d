"""A small world for sync tests: the Secretariat and members, keys exchanged and trusted."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.services.sync import export as sync_export
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Office, Position, Staff
from tests import dbfile

SYNC_BOOKKEEPING = ("sync_", "app_meta", "alembic_version")


def data_digest(store: Store, *, bookkeeping: bool = True) -> str:
    """A digest of every table's rows: equal digests mean the data is provably unchanged.
    Without `bookkeeping`, the sync tables (peers, ledger...) are left out."""
    conn = dbfile.connect(store.paths.database, read_only=True)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if bookkeeping or not row[0].startswith("sync_")
        ]
        lines = [
            f"{table}:{row!r}"
            for table in tables
            for row in conn.execute(f'SELECT * FROM "{table}"')
        ]
    finally:
        conn.close()
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()


def shared_rows(store: Store, member: str) -> list[tuple]:
    """The synced data of one member as every replica must end up holding it."""
    with store.read() as session:
        conn = session.connection()
        rows = []
        for table in ("office", "position", "staff"):
            for row in conn.exec_driver_sql(
                f"SELECT * FROM {table} WHERE member_code = ? ORDER BY id", (member,)
            ):
                rows.append((table, *row))
        return rows


def own_fingerprint(store: Store) -> str:
    """What a site's officer reads aloud by phone: its own key's fingerprint."""
    from oco_desktop.services.sync.state import me

    return me(store).keys.card().fingerprint


@dataclass
class World:
    root: Path
    sec: Store
    members: dict[str, Store]
    counter: int = 0

    def folder(self) -> Path:
        self.counter += 1
        return self.root / f"transfer-{self.counter}"

    def send(self, sender: Store, receiver: Store, recipient: str | None = None, **options):
        result = sync_export.export_bundle(sender, self.folder(), recipient=recipient, **options)
        return result, sync_import.import_bundle(receiver, result.files)

    def export(self, sender: Store, recipient: str | None = None, **options):
        return sync_export.export_bundle(sender, self.folder(), recipient=recipient, **options)

    def add_member(self, code: str) -> Store:
        card = self.root / "sec.card"
        store = initialise(
            DataPaths(self.root / code),
            SetupRequest(Role.MEMBER, code, f"{code} HQ", None, secretariat_card=card),
        )
        self.members[code] = store
        enrol = sync_export.export_bundle(store, self.folder())
        [quarantined] = sync_import.import_bundle(self.sec, enrol.files)
        assert quarantined.status == "quarantined"
        sync_trust.trust(self.sec, code, own_fingerprint(store))
        sync_import.release_quarantine(self.sec, code)
        ack = sync_export.export_bundle(self.sec, self.folder(), recipient=code)
        sync_import.import_bundle(store, ack.files)
        return store


@pytest.fixture
def world(tmp_path):
    sec = initialise(DataPaths(tmp_path / "SEC"), SetupRequest(Role.SECRETARIAT))
    sync_trust.export_card(sec, tmp_path / "sec.card")
    w = World(tmp_path, sec, {})
    w.add_member("TO")
    yield w
    sec.close()
    for store in w.members.values():
        store.close()


def add_staff(store: Store, member: str, count: int = 3, prefix: str = "S") -> list[str]:
    with store.write() as session:
        office = session.scalars(select(Office).where(Office.member_code == member)).first()
        position = Position(member_code=member, title="Customs Officer", tier="T1")
        session.add(position)
        session.flush()
        people = [
            Staff(
                member_code=member,
                staff_number=f"{prefix}-{n}",
                full_name=f"Sālote {n}",
                sex="F",
                birth_year=1980 + n,
                position_id=position.id,
                office_id=office.id,
            )
            for n in range(count)
        ]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def craft(
    sender: Store,
    receiver: Store,
    *,
    records_raw: bytes = b"",
    manifest_changes=None,
    payload: bytes | None = None,
    raw_len: int | None = None,
    sign_with=None,
    bundle_id: str | None = None,
    sites: list[str] | None = None,
    sender_site: str | None = None,
) -> bytes:
    """A bundle made by hand, to feed the importer what a broken or hostile sender would."""
    from oco_desktop.domain import hlc
    from oco_desktop.domain.ids import new_id
    from oco_desktop.services.sync.state import me
    from oco_desktop.sync import container

    site = me(sender)
    target = me(receiver)
    card = site.keys.card().body()
    body = container.compress(records_raw) if payload is None else payload
    bundle = bundle_id or new_id()
    manifest = {
        "fmt": 1,
        "schema": 1,
        "min_reader_schema": 1,
        "app": "0.1.0",
        "kind": "incremental",
        "bundle_id": bundle,
        "bundle_seq": 999,
        "created_hlc": hlc.pack(hlc.now_ms()),
        "sender": {
            "site": sender_site or site.site,
            "replica": site.replica,
            "kid": site.keys.card().kid,
            "card": {"name": site.keys.name, "ed25519": card["ed25519"], "x25519": card["x25519"]},
        },
        "recipient": {"site": target.site, "kid": target.keys.card().kid},
        "since_seq": 0,
        "upto_seq": 0,
        "acks": {},
        "sites": sites or [site.replica],
        "payload": {
            "codec": "zstd",
            "len": len(body),
            "sha256": container.sha256(body),
            "raw_len": len(records_raw) if raw_len is None else raw_len,
            "raw_sha256": container.sha256(records_raw),
            "counts": {},
        },
    }
    for key, value in (manifest_changes or {}).items():
        manifest[key] = value
    outer = container.Outer(sender_site or site.site, target.site, target.keys.card().kid, bundle)
    return container.seal(
        outer, manifest, body, sign_with or site.keys.signing, target.keys.card().encryption_key()
    )
