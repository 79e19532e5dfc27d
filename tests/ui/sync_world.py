"""A small sync world for the Sync page tests: the Secretariat and Tonga, keys exchanged and
trusted (as tests/unit/sync/conftest.py builds it), and helpers to add staff and bundles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.services.sync import export as sync_export
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.state import me
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Office, Position, Staff


@dataclass
class SyncWorld:
    root: Path
    sec: Store
    members: dict[str, Store] = field(default_factory=dict)
    counter: int = 0

    @property
    def card(self) -> Path:
        return self.root / "sec.card"

    def folder(self) -> Path:
        self.counter += 1
        return self.root / f"transfer-{self.counter}"

    def new_member(self, code: str, *, with_card: bool = True) -> Store:
        store = initialise(
            DataPaths(self.root / code),
            SetupRequest(
                Role.MEMBER,
                code,
                f"{code} HQ",
                None,
                "Mele Tupou",
                secretariat_card=self.card if with_card else None,
            ),
        )
        self.members[code] = store
        return store

    def enrol(self, code: str) -> Store:
        """A member whose key the Secretariat confirmed, and which has its first receipt."""
        store = self.new_member(code)
        first = sync_export.export_bundle(store, self.folder())
        [waiting] = sync_import.import_bundle(self.sec, first.files)
        assert waiting.status == "quarantined"
        sync_trust.trust(self.sec, code, me(store).keys.card().fingerprint)  # read by phone
        sync_import.release_quarantine(self.sec, code)
        receipt = sync_export.export_bundle(self.sec, self.folder(), recipient=code)
        sync_import.import_bundle(store, receipt.files)
        return store

    def export(self, sender: Store, recipient: str | None = None) -> list[Path]:
        return sync_export.export_bundle(sender, self.folder(), recipient=recipient).files

    def close(self) -> None:
        self.sec.close()
        for store in self.members.values():
            store.close()


def make_world(root: Path) -> SyncWorld:
    sec = initialise(DataPaths(root / "SEC"), SetupRequest(Role.SECRETARIAT))
    sync_trust.export_card(sec, root / "sec.card")
    return SyncWorld(root, sec)


def add_staff(store: Store, member: str, count: int, prefix: str = "S") -> list[str]:
    with store.write() as session:
        office = session.scalars(select(Office).where(Office.member_code == member)).first()
        position = Position(member_code=member, title="Customs Officer", tier="T1")
        session.add(position)
        session.flush()
        people = [
            Staff(
                member_code=member,
                staff_number=f"{prefix}-{n}",
                full_name=f"Sālote {prefix}{n}",
                sex="F",
                birth_year=1980 + n,
                position_id=position.id,
                office_id=office.id if office else None,
            )
            for n in range(count)
        ]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def staff_count(store: Store, member: str) -> int:
    with store.read() as session:
        return session.scalar(
            select(func.count()).select_from(Staff).where(Staff.member_code == member)
        )


def rename(store: Store, staff_id: str, name: str) -> None:
    with store.write() as session:
        session.get(Staff, staff_id).full_name = name
