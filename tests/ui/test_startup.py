from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field

import pytest

from oco_desktop.domain.errors import StoreTooNew
from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services import backups
from oco_desktop.services.backups import BackupInfo
from oco_desktop.services.installation import installation_info
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.ui import startup
from oco_desktop.ui.dialogs.damaged import DamagedChoice, damaged_text
from oco_desktop.ui.startup import EXIT_REFUSED, FirstRunOutcome, open_for_gui

GARBAGE = b"this is not a database, it was damaged on the USB stick" * 50


@dataclass
class FakeUi:
    """Answers the start-up questions as a person would, and remembers what was asked."""

    choice: DamagedChoice = DamagedChoice.RESTORE
    set_up: bool = True
    errors: list[str] = field(default_factory=list)
    damaged_asks: list[tuple[str, BackupInfo | None]] = field(default_factory=list)
    first_runs: int = 0

    def first_run(self, paths: DataPaths) -> FirstRunOutcome | None:
        self.first_runs += 1
        if not self.set_up:
            return None
        store = initialise(paths, SetupRequest(Role.MEMBER, "FJ", "Suva HQ", language="fr"))
        return FirstRunOutcome(store, "fr")

    def damaged(self, message, backup, paths) -> DamagedChoice:
        self.damaged_asks.append((message, backup))
        return self.choice

    def error(self, message: str) -> None:
        self.errors.append(message)

    def busy(self):
        return nullcontext()


@pytest.fixture
def installed(paths) -> DataPaths:
    store = initialise(paths, SetupRequest(Role.MEMBER, "TO", "Nukuʻalofa HQ"))
    store.close()
    return paths


def _damage(paths: DataPaths) -> None:
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    paths.database.write_bytes(GARBAGE)


def _close(opened: startup.Opened) -> None:
    if opened.store is not None:
        opened.store.close()


def test_an_empty_folder_runs_the_first_run_assistant(paths):
    ui = FakeUi()
    opened = open_for_gui(paths, ui)
    try:
        assert ui.first_runs == 1
        assert opened.store is not None and opened.language == "fr"
        assert installation_info(opened.store).member_code == "FJ"
    finally:
        _close(opened)


def test_cancelling_the_first_run_exits_quietly(paths):
    opened = open_for_gui(paths, FakeUi(set_up=False))
    assert (opened.store, opened.exit_code) == (None, 0)
    assert not paths.database.exists()


def test_an_installation_opens_without_questions(installed):
    ui = FakeUi()
    opened = open_for_gui(installed, ui)
    try:
        assert opened.store is not None and opened.language is None
        assert ui.first_runs == 0 and ui.damaged_asks == [] and ui.errors == []
    finally:
        _close(opened)


def test_damaged_file_is_kept_aside_and_the_latest_backup_restored(installed):
    made = backups.create(installed)
    _damage(installed)
    ui = FakeUi(choice=DamagedChoice.RESTORE)

    opened = open_for_gui(installed, ui)
    try:
        assert opened.store is not None
        assert installation_info(opened.store).member_code == "TO"
        [(message, offered)] = ui.damaged_asks
        assert offered is not None and offered.path == made.path
        assert "damaged" in message
        kept = list(installed.damaged.glob("*.db"))
        assert len(kept) == 1 and kept[0].read_bytes() == GARBAGE
    finally:
        _close(opened)


def test_damaged_file_without_backup_starts_over_after_moving_it_aside(installed):
    _damage(installed)
    ui = FakeUi(choice=DamagedChoice.START_OVER)

    opened = open_for_gui(installed, ui)
    try:
        assert ui.damaged_asks[0][1] is None
        assert ui.first_runs == 1
        assert installation_info(opened.store).member_code == "FJ"
        assert [p.read_bytes() for p in installed.damaged.glob("*.db")] == [GARBAGE]
    finally:
        _close(opened)


def test_quitting_at_the_damaged_question_changes_nothing(installed):
    backups.create(installed)
    _damage(installed)

    opened = open_for_gui(installed, FakeUi(choice=DamagedChoice.QUIT))

    assert (opened.store, opened.exit_code) == (None, EXIT_REFUSED)
    assert installed.database.read_bytes() == GARBAGE
    assert not installed.damaged.exists()


def test_a_newer_data_file_is_refused_with_a_sentence(installed, monkeypatch):
    def too_new(_paths):
        raise StoreTooNew("This data file was written by a newer OCO Desktop (schema 0099).")

    monkeypatch.setattr(startup, "open_installation", too_new)
    ui = FakeUi()

    opened = open_for_gui(installed, ui)

    assert (opened.store, opened.exit_code) == (None, EXIT_REFUSED)
    assert ui.errors == ["This data file was written by a newer OCO Desktop (schema 0099)."]


def test_the_damaged_question_explains_what_happens(installed, qapp):
    info = backups.create(installed)
    with_backup = damaged_text("The file is damaged.", info, installed)
    without = damaged_text("The file is damaged.", None, installed)

    assert str(installed.damaged) in with_backup and "never overwritten" in with_backup
    assert "latest backup was made on" in with_backup
    assert "There is no backup to restore" in without
