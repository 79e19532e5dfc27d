"""The dialogs and choosers of the Sync page, as functions so tests can replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.sync.keys import normalise_fingerprint
from oco_desktop.ui.models.sync_tables import monospace

FINGERPRINT_LENGTH = 20  # base32 characters, shown in five groups of four


def choose_folder(parent: QWidget, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("FileDialogs", "Choose the folder to save the bundle in"),
        str(start),
    )
    return Path(chosen) if chosen else None


def choose_bundle_files(parent: QWidget, start: Path) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("FileDialogs", "Choose bundle files to import"),
        str(start),
        QCoreApplication.translate(
            "FileDialogs", "OCO Desktop bundles (*.ocob *.ocop);;All files (*)"
        ),
    )
    return [Path(name) for name in chosen]


def choose_card_file(parent: QWidget, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Choose the Secretariat's key card"),
        str(start),
        QCoreApplication.translate("FileDialogs", "Key cards (*.card);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def choose_card_target(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Save this computer's key card"),
        str(suggested),
        QCoreApplication.translate("FileDialogs", "Key cards (*.card)"),
    )
    return Path(chosen) if chosen else None


def open_folder(folder: Path) -> bool:
    """Show the folder in the file manager (Explorer on Windows); False if that failed."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class FingerprintDialog(QDialog):
    """The officer types the fingerprint the other office read out by phone. The dialog does
    not show the expected value: typing it is what makes the comparison real."""

    def __init__(self, code: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm the fingerprint of {0}").format(name or code))
        intro = QLabel(
            self.tr(
                "Call the HR focal point of {0} ({1}) on a number you already know, and ask "
                "them to read the fingerprint shown on their Sync page, Trust tab, under "
                "“This computer's key”. Type it here; dashes and spaces do not matter."
            ).format(name or code, code)
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setFont(monospace(1.4, bold=True))
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.field.setAccessibleName(self.tr("Fingerprint read by phone"))
        label = QLabel(self.tr("&Fingerprint:"))
        label.setBuddy(self.field)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(
            self.tr("&Confirm"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._check()

    def fingerprint(self) -> str:
        return normalise_fingerprint(self.field.text())

    def _check(self) -> None:
        typed = len(self.fingerprint().replace("-", ""))
        self.confirm_button.setEnabled(typed == FINGERPRINT_LENGTH)
        if typed == 0 or typed == FINGERPRINT_LENGTH:
            self.hint.setText("")
        else:
            self.hint.setText(
                self.tr("{0} of {1} letters and digits typed.").format(typed, FINGERPRINT_LENGTH)
            )


def ask_fingerprint(parent: QWidget, code: str, name: str) -> str | None:
    dialog = FingerprintDialog(code, name, parent)
    try:
        return dialog.fingerprint() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
