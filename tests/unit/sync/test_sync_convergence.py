"""Hypothesis stateful test: the Secretariat and three members edit, delete, erase, export and
deliver bundles with drops, duplicates and reordering, crash mid-import and restore backups.
After full delivery every replica holds the same data, and it matches an oracle of
`max((hlc, site))` per field group (for runs without a restore, which loses undelivered work)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select, text, update

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services import backups
from oco_desktop.services.setup import SetupRequest, initialise, open_installation
from oco_desktop.services.sync import export as sync_export
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.state import me
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Office, Position, Staff
from tests.unit.sync.conftest import shared_rows

MEMBERS = ("TO", "FJ", "WS")
SITES = ("SEC", *MEMBERS)
FIELDS = {"name": "full_name", "sex": "sex", "birth_year": "birth_year"}
VALUES = {
    "full_name": st.sampled_from(["Sālote", "Tēvita", "ʻAna", "Mele", "Sione"]),
    "sex": st.sampled_from(["F", "M", "X"]),
    "birth_year": st.integers(1960, 2000),
}
EXAMPLES = int(os.environ.get("OCO_SYNC_EXAMPLES", "12"))


class SyncWorld(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory(prefix="oco-sync-")  # removed by teardown
        self.tmp = Path(self.folder.name)
        self.stores: dict[str, Store] = {}

    @initialize()
    def set_up(self) -> None:
        self.stores["SEC"] = initialise(DataPaths(self.tmp / "SEC"), SetupRequest(Role.SECRETARIAT))
        card = self.tmp / "sec.card"
        sync_trust.export_card(self.stores["SEC"], card)
        self.staff: dict[str, list[str]] = {}
        self.in_flight: list[tuple[str, list[Path]]] = []
        self.oracle: dict[tuple[str, str], tuple[int, str, object]] = {}
        self.erased: set[str] = set()
        self.saved_backups: dict[str, Path] = {}
        self.restored = False
        self.n = 0
        for code in MEMBERS:
            store = initialise(
                DataPaths(self.tmp / code),
                SetupRequest(Role.MEMBER, code, f"{code} HQ", None, secretariat_card=card),
            )
            self.stores[code] = store
            self.staff[code] = []
            enrol = sync_export.export_bundle(store, self._folder())
            [q] = sync_import.import_bundle(self.stores["SEC"], enrol.files)
            assert q.status == "quarantined"
            sync_trust.trust(self.stores["SEC"], code, me(store).keys.card().fingerprint)
            sync_import.release_quarantine(self.stores["SEC"], code)
            for _ in range(2):
                self._add(code)

    def _folder(self) -> Path:
        self.n += 1
        return self.tmp / f"t{self.n}"

    def _stamp(self, store, row_id: str, group: str) -> tuple[int, str]:
        with store.read() as session:
            return session.execute(
                text(
                    "SELECT hlc, site FROM sync_field_clock WHERE tbl='staff' AND row_id=:r "
                    "AND grp=:g"
                ),
                {"r": row_id, "g": group},
            ).one()

    def _add(self, code: str) -> None:
        store = self.stores[code]
        with store.write() as session:
            office = session.scalars(select(Office).where(Office.member_code == code)).first()
            position = Position(member_code=code, title="Officer", tier="T1")
            session.add(position)
            session.flush()
            person = Staff(
                member_code=code,
                staff_number=f"{code}-{len(self.staff[code])}",
                full_name="Sālote",
                sex="F",
                birth_year=1980,
                position_id=position.id,
                office_id=office.id,
            )
            session.add(person)
            session.flush()
            staff_id = person.id
        self.staff[code].append(staff_id)
        for group, column in FIELDS.items():
            hlc, site = self._stamp(store, staff_id, group)
            self.oracle[(staff_id, column)] = (hlc, site, getattr_default(column))

    @rule(
        data=st.data(),
        site=st.sampled_from(SITES),
        member=st.sampled_from(MEMBERS),
        group=st.sampled_from(sorted(FIELDS)),
    )
    def edit(self, data, site, member, group) -> None:
        store = self.stores[site]
        candidates = [s for s in self.staff[member] if self._has(store, s)]
        if not candidates or (site != "SEC" and site != member):
            return
        staff_id = data.draw(st.sampled_from(candidates))
        column = FIELDS[group]
        value = data.draw(VALUES[column])
        with store.write() as session:
            current = session.get(Staff, staff_id)
            if current.erased or getattr(current, column) == value:
                return
            session.execute(update(Staff).where(Staff.id == staff_id).values({column: value}))
        hlc, stamp_site = self._stamp(store, staff_id, group)
        known = self.oracle.get((staff_id, column))
        if known is None or (hlc, stamp_site) > known[:2]:
            self.oracle[(staff_id, column)] = (hlc, stamp_site, value)

    def _has(self, store, staff_id: str) -> bool:
        with store.read() as session:
            return session.get(Staff, staff_id) is not None

    @rule(member=st.sampled_from(MEMBERS))
    def add_staff(self, member) -> None:
        self._add(member)

    @rule(data=st.data(), member=st.sampled_from(MEMBERS))
    def erase(self, data, member) -> None:
        live = [s for s in self.staff[member] if s not in self.erased]
        if not live:
            return
        staff_id = data.draw(st.sampled_from(live))
        with self.stores[member].write() as session:
            session.execute(
                update(Staff)
                .where(Staff.id == staff_id)
                .values(
                    full_name=None,
                    staff_number=None,
                    sex=None,
                    birth_year=None,
                    start_year=None,
                    left_on=None,
                    office_id=None,
                    position_id=None,
                    status="left",
                    deleted=True,
                    erased=True,
                )
            )
        self.erased.add(staff_id)

    @rule(member=st.sampled_from(MEMBERS), to_secretariat=st.booleans())
    def export(self, member, to_secretariat) -> None:
        if to_secretariat:
            result = sync_export.export_bundle(self.stores[member], self._folder())
            self.in_flight.append(("SEC", result.files))
        else:
            result = sync_export.export_bundle(self.stores["SEC"], self._folder(), recipient=member)
            self.in_flight.append((member, result.files))

    @precondition(lambda self: self.in_flight)
    @rule(data=st.data(), mode=st.sampled_from(["deliver", "duplicate", "drop", "crash"]))
    def deliver(self, data, mode) -> None:
        index = data.draw(st.integers(0, len(self.in_flight) - 1))
        receiver, files = self.in_flight[index]
        if mode == "drop":
            del self.in_flight[index]
            return
        if mode == "crash":
            self._crash_import(receiver, files)
            return
        sync_import.import_bundle(self.stores[receiver], files)
        if mode == "deliver":
            del self.in_flight[index]

    def _crash_import(self, receiver: str, files: list[Path]) -> None:
        from oco_desktop.services.sync import import_ as module

        real = module.merge

        def dies(conn, records, bundle_id, now, **scope):
            real(conn, records, bundle_id, now, **scope)
            raise RuntimeError("power cut")

        module.merge = dies
        try:
            sync_import.import_bundle(self.stores[receiver], files)
        except RuntimeError:
            pass
        finally:
            module.merge = real

    @rule(member=st.sampled_from(MEMBERS))
    def take_backup(self, member) -> None:
        self.saved_backups[member] = backups.create(self.stores[member].paths).path

    @precondition(lambda self: self.saved_backups)
    @rule(data=st.data())
    def restore_backup(self, data) -> None:
        member = data.draw(st.sampled_from(sorted(self.saved_backups)))
        store = self.stores[member]
        store.close()
        backups.restore(store.paths, self.saved_backups.pop(member))
        self.stores[member] = open_installation(store.paths)
        self.restored = True

    @invariant()
    def replicas_never_hold_an_erased_name(self) -> None:
        for store in self.stores.values():
            with store.read() as session:
                assert not session.execute(
                    text("SELECT count(*) FROM staff WHERE erased = 1 AND full_name IS NOT NULL")
                ).scalar()

    def teardown(self) -> None:
        try:
            self._deliver_everything()
            for member in MEMBERS:
                expected = shared_rows(self.stores["SEC"], member)
                assert shared_rows(self.stores[member], member) == expected, member
            if not self.restored:
                self._check_oracle()
        finally:
            for store in self.stores.values():
                store.close()
            self.folder.cleanup()

    def _deliver_everything(self) -> None:
        for receiver, files in self.in_flight:
            with contextlib.suppress(BundleRejected):
                sync_import.import_bundle(self.stores[receiver], files)
        for _ in range(2):
            for member in MEMBERS:
                out = sync_export.export_bundle(self.stores[member], self._folder())
                sync_import.import_bundle(self.stores["SEC"], out.files)
            for member in MEMBERS:
                back = sync_export.export_bundle(
                    self.stores["SEC"], self._folder(), recipient=member
                )
                sync_import.import_bundle(self.stores[member], back.files)

    def _check_oracle(self) -> None:
        with self.stores["SEC"].read() as session:
            for (staff_id, column), (_, _, value) in self.oracle.items():
                person = session.get(Staff, staff_id)
                if staff_id in self.erased:
                    assert person.erased and getattr(person, column) is None
                else:
                    assert getattr(person, column) == value, (column, staff_id)


def getattr_default(column: str) -> object:
    return {"full_name": "Sālote", "sex": "F", "birth_year": 1980}[column]


SyncWorld.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestConvergence = SyncWorld.TestCase
