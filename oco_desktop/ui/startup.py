"""Opening the data folder before the first window: set-up, damaged files and plain errors.

The decisions live in `open_for_gui`; what the person is asked goes through a `StartupUi`, so
tests drive the whole logic with a fake and without an event loop."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor, QGuiApplication

from oco_desktop.domain.errors import NotInitialised, OcoError, StoreDamaged, StoreError
from oco_desktop.paths import DataPaths
from oco_desktop.services import backups
from oco_desktop.services.setup import open_installation
from oco_desktop.store import crypt
from oco_desktop.store.backup import BackupInfo, move_aside
from oco_desktop.store.engine import Store
from oco_desktop.ui.dialogs.damaged import DamagedChoice
from oco_desktop.ui.i18n import Translators

EXIT_OK = 0
EXIT_REFUSED = 3
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class FirstRunOutcome:
    store: Store
    language: str


@dataclass(frozen=True)
class Opened:
    """The open store, or None with the exit code to leave with. `language` is set when the
    first-run assistant just chose it."""

    store: Store | None
    exit_code: int = EXIT_OK
    language: str | None = None


class StartupUi(Protocol):
    def first_run(self, paths: DataPaths) -> FirstRunOutcome | None: ...

    def damaged(
        self, message: str, backup: BackupInfo | None, paths: DataPaths
    ) -> DamagedChoice: ...

    def error(self, message: str) -> None: ...

    def new_passphrase(self, paths: DataPaths) -> crypt.NewSecret | None: ...

    def busy(self) -> AbstractContextManager[None]: ...


def open_for_gui(paths: DataPaths, ui: StartupUi) -> Opened:
    for _ in range(MAX_ATTEMPTS):
        if not paths.database.exists():
            outcome = ui.first_run(paths)
            if outcome is None:
                return Opened(None, EXIT_OK)
            return Opened(outcome.store, EXIT_OK, outcome.language)
        try:
            with ui.busy():
                return Opened(open_installation(paths))
        except crypt.NeedsPassphrase:
            secret = ui.new_passphrase(paths)
            if secret is None:
                return Opened(None, EXIT_OK)
            crypt.offer_new_secret(paths, secret)
        except StoreDamaged as exc:
            latest = backups.latest(paths)
            choice = ui.damaged(exc.message, latest, paths)
            if choice is DamagedChoice.QUIT:
                return Opened(None, EXIT_REFUSED)
            try:
                with ui.busy():
                    if choice is DamagedChoice.RESTORE and latest is not None:
                        backups.restore(paths, latest.path)
                    else:
                        move_aside(paths)
            except OcoError as err:
                ui.error(err.message)
                return Opened(None, EXIT_REFUSED)
        except (StoreError, NotInitialised) as exc:
            ui.error(exc.message)
            return Opened(None, EXIT_REFUSED)
    ui.error(
        QCoreApplication.translate(
            "Startup",
            "The data file still cannot be opened after restoring. Quit, and ask the OCO "
            "Secretariat for help; nothing more was changed.",
        )
    )
    return Opened(None, EXIT_REFUSED)


@contextmanager
def busy_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class DialogStartupUi:
    """The real dialogs, before any main window exists. With `translators`, the set-up
    assistant switches the interface language as soon as a language is chosen."""

    def __init__(self, language: str, translators: Translators | None = None) -> None:
        self.language = language
        self.translators = translators

    def first_run(self, paths: DataPaths) -> FirstRunOutcome | None:
        from oco_desktop.ui.dialogs.first_run import FirstRunWizard

        wizard = FirstRunWizard(paths, self.language, translators=self.translators)
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted or wizard.store is None:
            return None
        return FirstRunOutcome(wizard.store, wizard.chosen_language)

    def damaged(self, message: str, backup: BackupInfo | None, paths: DataPaths) -> DamagedChoice:
        from oco_desktop.ui.dialogs.damaged import ask_damaged

        return ask_damaged(message, backup, paths)

    def error(self, message: str) -> None:
        from oco_desktop.ui.dialogs import messages

        messages.warn(None, message)

    def new_passphrase(self, paths: DataPaths) -> crypt.NewSecret | None:
        from oco_desktop.ui.dialogs.passphrase import NewPassphraseDialog

        dialog = NewPassphraseDialog(paths)
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return None
        dialog.remember_if_wanted()
        return dialog.secret

    def busy(self) -> AbstractContextManager[None]:
        return busy_cursor()
