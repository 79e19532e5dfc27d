"""The dialogs and choosers of the Sync page, as functions so tests can replace them."""

from __future__ import annotations

from collections.abc import Callable
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

from oco_desktop.services.sync.trust import typed_fingerprint
from oco_desktop.ui.models.sync.tables import monospace

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
    """The officer types the fingerprint the other office read out by phone. The dialog never
    shows the expected value: typing it is what makes the comparison real. `check` says
    whether what was typed matches; on a mismatch the dialog stays open, says what was typed,
    and keeps it for correction. For a re-key, `old_fingerprint` is the key registered now
    (already known here), shown so the officer sees that a key is being replaced."""

    def __init__(
        self,
        code: str,
        name: str,
        parent: QWidget | None = None,
        *,
        check: Callable[[str], bool] | None = None,
        old_fingerprint: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._check_typed = check
        who = name or code
        if old_fingerprint is None:
            self.setWindowTitle(self.tr("Confirm the fingerprint of {0}").format(who))
            text = self.tr(
                "Call the HR focal point of {0} ({1}) on a number you already know, and ask "
                "them to read the fingerprint shown on their Sync page, Trust tab, under "
                "“This computer's key”. Type it here; dashes and spaces do not matter."
            ).format(who, code)
        else:
            self.setWindowTitle(self.tr("Replace the key of {0}").format(who))
            text = self.tr(
                "This file holds a new key for {0} ({1}). A new key is believed only when its "
                "owner confirms it: call the HR focal point of {0} on a number you already "
                "know (not one given in the email or file), ask them to read the fingerprint "
                "of their new key, and type it here. If they did not change their key, press "
                "Cancel: someone else made this file."
            ).format(who, code)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if old_fingerprint is not None:
            old_label = QLabel(self.tr("Key registered now (it will be kept in the history):"))
            self.old_value = QLabel(old_fingerprint)
            self.old_value.setFont(monospace(1.2))
            self.old_value.setAccessibleName(self.tr("Fingerprint of the key registered now"))
            layout.addWidget(old_label)
            layout.addWidget(self.old_value)
        self.field = QLineEdit()
        self.field.setFont(monospace(1.4, bold=True))
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.field.setAccessibleName(self.tr("Fingerprint read by phone"))
        label = QLabel(
            self.tr("&Fingerprint:") if old_fingerprint is None else self.tr("&New fingerprint:")
        )
        label.setBuddy(self.field)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.mismatch = QLabel()
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet("QLabel { color: #a4000f; }")
        self.mismatch.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(
            self.tr("&Confirm") if old_fingerprint is None else self.tr("&Replace the key"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self._check)

        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._check()

    def fingerprint(self) -> str:
        return typed_fingerprint(self.field.text())

    def accept(self) -> None:
        if self._check_typed is not None and not self._check_typed(self.fingerprint()):
            self.mismatch.setText(
                self.tr(
                    "You typed {0}, which does not match. Check each letter with them again; "
                    "nothing was confirmed."
                ).format(self.fingerprint())
            )
            self.mismatch.setVisible(True)
            self.field.setFocus()
            return
        super().accept()

    def _check(self) -> None:
        typed = len(self.fingerprint().replace("-", ""))
        self.confirm_button.setEnabled(typed == FINGERPRINT_LENGTH)
        if typed == 0 or typed == FINGERPRINT_LENGTH:
            self.hint.setText("")
        else:
            self.hint.setText(
                self.tr("{0} of {1} letters and digits typed.").format(typed, FINGERPRINT_LENGTH)
            )


def ask_fingerprint(
    parent: QWidget,
    code: str,
    name: str,
    check: Callable[[str], bool] | None = None,
    old_fingerprint: str | None = None,
) -> str | None:
    dialog = FingerprintDialog(code, name, parent, check=check, old_fingerprint=old_fingerprint)
    try:
        return dialog.fingerprint() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def choose_key_file(parent: QWidget, start: Path, *, bundles: bool) -> Path | None:
    """A key card, or (the Secretariat re-enrolling a member) a bundle the member sent."""
    filters = (
        QCoreApplication.translate(
            "FileDialogs", "Key cards and bundles (*.card *.ocob);;All files (*)"
        )
        if bundles
        else QCoreApplication.translate("FileDialogs", "Key cards (*.card);;All files (*)")
    )
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Choose the key card (or a bundle it sent)")
        if bundles
        else QCoreApplication.translate("FileDialogs", "Choose the Secretariat's key card"),
        str(start),
        filters,
    )
    return Path(chosen) if chosen else None
