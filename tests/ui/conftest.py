from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from oco_desktop.domain.roster import Role, Sex, StaffStatus, Tier
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Office, Position, Staff
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.i18n import Translators
from oco_desktop.ui.main_window import MainWindow
from oco_desktop.ui.tasks import executor

HQ_NAME = "Nukuʻalofa HQ"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile a .ts as it is now (a built .qm may be stale)."""
    folder = Path(sys.executable).parent
    found = [
        p for p in (folder / "pyside6-lrelease", folder / "pyside6-lrelease.exe") if p.exists()
    ]
    tool = str(found[0]) if found else "pyside6-lrelease"
    subprocess.run([tool, "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp, tmp_path_factory) -> Translators:
    """The window in English as the app shows it: with the English plural forms ("1 row",
    "2 rows") that the source texts alone cannot give."""
    folder = tmp_path_factory.mktemp("english")
    lrelease(TRANSLATIONS / "oco_desktop_en.ts", folder / "oco_desktop_en.qm")
    translators = Translators(qapp, folder)
    translators.install("en")
    assert translators.loaded == 1
    return translators


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture(autouse=True)
def _worker_idle(qtbot) -> Iterator[None]:
    """Every test ends with the worker idle and its results delivered, so nothing it started
    reaches the next test."""
    yield
    executor().wait_for_done()
    qtbot.waitUntil(lambda: executor().pending == 0)


@pytest.fixture
def store(paths) -> Iterator[Store]:
    opened = initialise(paths, SetupRequest(Role.MEMBER, "TO", HQ_NAME, "Tongatapu", "Mele Tupou"))
    yield opened
    opened.close()


@dataclass
class Roster:
    """Writes offices, positions and staff straight into a store, for known counts."""

    store: Store
    offices: dict[str, str] = field(default_factory=dict)
    positions: dict[str, str] = field(default_factory=dict)

    def office(self, name: str, island: str | None = None) -> str:
        if name not in self.offices:
            with self.store.read() as session:
                found = session.scalars(select(Office).where(Office.name == name)).one_or_none()
            if found is not None:
                self.offices[name] = found.id
            else:
                with self.store.write() as session:
                    row = Office(member_code="TO", name=name, island=island)
                    session.add(row)
                    session.flush()
                    self.offices[name] = row.id
        return self.offices[name]

    def position(self, tier: Tier) -> str:
        if tier.value not in self.positions:
            with self.store.write() as session:
                row = Position(member_code="TO", title=f"Officer {tier.value}", tier=tier.value)
                session.add(row)
                session.flush()
                self.positions[tier.value] = row.id
        return self.positions[tier.value]

    def add(
        self,
        office: str,
        tier: Tier | None,
        sex: Sex,
        count: int = 1,
        status: StaffStatus = StaffStatus.ACTIVE,
    ) -> None:
        office_id = self.office(office)
        position_id = self.position(tier) if tier is not None else None
        with self.store.write() as session:
            for n in range(count):
                session.add(
                    Staff(
                        member_code="TO",
                        staff_number=f"{office[:3]}-{sex.value}-{n}",
                        full_name=f"Test person {n}",
                        sex=sex.value,
                        office_id=office_id,
                        position_id=position_id,
                        status=status.value,
                    )
                )


@pytest.fixture
def roster(store) -> Roster:
    return Roster(store)


@pytest.fixture
def make_window(qtbot) -> Callable[[Store], MainWindow]:
    def make(store: Store, language: str = "en") -> MainWindow:
        window = MainWindow(AppContext.open(store, language))
        qtbot.addWidget(window)
        return window

    return make


@dataclass
class Said:
    """What the app told the person through the message boxes, which are faked."""

    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    abouts: list[str] = field(default_factory=list)
    answer: bool = True


@pytest.fixture
def said(monkeypatch) -> Said:
    record = Said()
    monkeypatch.setattr(messages, "warn", lambda _p, text, title=None: record.warnings.append(text))
    monkeypatch.setattr(messages, "inform", lambda _p, text, title=None: record.infos.append(text))
    monkeypatch.setattr(messages, "about", lambda _p, _title, text: record.abouts.append(text))

    def confirm(_parent, text, _accept_label, title=None) -> bool:
        record.questions.append(text)
        return record.answer

    monkeypatch.setattr(messages, "confirm", confirm)
    return record
