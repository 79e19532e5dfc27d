"""Asked at start-up when the data file is damaged: restore the latest backup, or start over."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from oco_desktop.paths import DataPaths
from oco_desktop.store.backup import BackupInfo
from oco_desktop.ui.widgets.status_bar import format_moment


class DamagedChoice(Enum):
    RESTORE = "restore"
    START_OVER = "start_over"
    QUIT = "quit"


def damaged_text(message: str, backup: BackupInfo | None, paths: DataPaths) -> str:
    kept = QCoreApplication.translate(
        "DamagedDialog",
        "The damaged file will be kept aside in {0}. It is never overwritten, so IT or the "
        "OCO Secretariat can look at it later.",
    ).format(paths.damaged)
    if backup is None:
        what_now = QCoreApplication.translate(
            "DamagedDialog",
            "There is no backup to restore. You can start over with the set-up assistant, or "
            "quit and ask the OCO Secretariat for help.",
        )
    else:
        what_now = QCoreApplication.translate(
            "DamagedDialog",
            "The latest backup was made on {0}. Restoring it brings your data back as it was "
            "then; changes made after that are lost.",
        ).format(format_moment(backup.created))
    return "\n\n".join([message, kept, what_now])


def ask_damaged(
    message: str, backup: BackupInfo | None, paths: DataPaths, parent: QWidget | None = None
) -> DamagedChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(
        QCoreApplication.translate("DamagedDialog", "OCO Desktop: the data file is damaged")
    )
    box.setText(
        QCoreApplication.translate(
            "DamagedDialog", "The data file of OCO Desktop is damaged and cannot be opened."
        )
    )
    box.setInformativeText(damaged_text(message, backup, paths))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if backup is None:
        go = box.addButton(
            QCoreApplication.translate("DamagedDialog", "&Start over"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choice = DamagedChoice.START_OVER
    else:
        go = box.addButton(
            QCoreApplication.translate("DamagedDialog", "&Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choice = DamagedChoice.RESTORE
    quit_button = box.addButton(
        QCoreApplication.translate("DamagedDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(go)
    box.setEscapeButton(quit_button)
    box.exec()
    return choice if box.clickedButton() is go else DamagedChoice.QUIT
