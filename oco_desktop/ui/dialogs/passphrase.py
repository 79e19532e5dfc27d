"""The office passphrase: typed at start (or the recovery key), chosen at set-up or when data
from an older version is encrypted, changed from the File menu; and the recovery key, shown
once, to print or save.

The key derivation (scrypt) takes a fraction of a second, so it runs on the GUI thread under a
busy cursor: the person has just pressed Enter and waits for exactly that."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import InvalidInput, OcoError, WrongSecret
from oco_desktop.paths import DataPaths
from oco_desktop.services import keystore
from oco_desktop.services import passphrase as office_passphrase
from oco_desktop.services.passphrase import NewSecret
from oco_desktop.ui import icons
from oco_desktop.ui.busy import busy_cursor
from oco_desktop.ui.i18n import Retranslated

ERROR_STYLE = "color: #b00020;"


def _password_edit(accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def _show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def translated_error(exc: OcoError) -> str:
    """The service's sentence in the interface language, for the errors these dialogs expect."""
    field = getattr(exc, "field", None)
    if isinstance(exc, WrongSecret) and field == "passphrase":
        return QCoreApplication.translate(
            "Passphrase",
            "That passphrase does not open this data. Check the keyboard language and Caps "
            "Lock and try again; if it is forgotten, use the recovery key.",
        )
    if isinstance(exc, WrongSecret) and "40 letters" in exc.message:
        return QCoreApplication.translate(
            "Passphrase",
            "A recovery key has 40 letters and digits in 8 groups of 5; check what you typed.",
        )
    if isinstance(exc, WrongSecret):
        return QCoreApplication.translate(
            "Passphrase",
            "That recovery key does not open this data: it belongs to another installation "
            "or was mistyped.",
        )
    if field == "repeat":
        return QCoreApplication.translate(
            "Passphrase", "The two passphrases are not the same; type it again twice."
        )
    if field == "passphrase":
        return QCoreApplication.translate(
            "Passphrase",
            "Choose a passphrase of at least {0} characters (a few words are easier to "
            "remember than a short password).",
        ).format(office_passphrase.MIN_PASSPHRASE_LENGTH)
    return exc.message


class RememberBox(Retranslated, QWidget):
    """ "Remember on this account", or why it cannot be offered on this computer."""

    def __init__(self) -> None:
        super().__init__()
        self.check = QCheckBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        self.reason = _note("")
        self.reason.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.reason)
        self.unavailable = keystore.unavailable_reason()
        self.check.setEnabled(self.unavailable is None)
        self.reason.setVisible(self.unavailable is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.check.setText(
            QCoreApplication.translate("Passphrase", "&Remember on this Windows account")
        )
        self.check.setToolTip(
            QCoreApplication.translate(
                "Passphrase",
                "The system keystore keeps a key that opens this data, so OCO Desktop starts "
                "without asking. Anyone who can sign in to this account can then open it.",
            )
        )
        if self.unavailable is not None:
            self.reason.setText(
                QCoreApplication.translate(
                    "Passphrase",
                    "Not available: this computer has no system keystore to keep it in.",
                )
            )

    def wanted(self) -> bool:
        return self.check.isEnabled() and self.check.isChecked()


class NewPassphraseFields(Retranslated, QWidget):
    """The new passphrase typed twice; `secret()` raises InvalidInput with the field."""

    def __init__(self) -> None:
        super().__init__()
        self.first = _password_edit("")
        self.second = _password_edit("")
        self.first_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel()
        self.second_label.setBuddy(self.second)
        self.error = _error_label()
        self._last_error: OcoError | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        form.addRow(self.error)
        self.first.textEdited.connect(lambda _t: self._show(None))
        self.second.textEdited.connect(lambda _t: self._show(None))
        self.retranslate()

    def retranslate(self) -> None:
        self.first.setAccessibleName(
            QCoreApplication.translate("Passphrase", "New office passphrase")
        )
        self.second.setAccessibleName(
            QCoreApplication.translate("Passphrase", "The same passphrase again")
        )
        self.first_label.setText(QCoreApplication.translate("Passphrase", "Office &passphrase:"))
        self.second_label.setText(QCoreApplication.translate("Passphrase", "&Again:"))
        self._show(self._last_error)

    def _show(self, exc: OcoError | None) -> None:
        self._last_error = exc
        _show_error(self.error, translated_error(exc) if exc is not None else None)

    def passphrase(self) -> str | None:
        """The passphrase, or None with the reason shown under the fields."""
        try:
            return office_passphrase.check_new(self.first.text(), self.second.text())
        except InvalidInput as exc:
            self._show(exc)
            (self.second if exc.field == "repeat" else self.first).setFocus()
            return None


class RecoveryKeyView(Retranslated, QWidget):
    """The recovery key in large letters, Print and Save, and the box that says it is kept."""

    kept_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.recovery_key = ""
        self.explanation = _note("")
        self.key_label = QLabel()
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 12) + 2)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("padding: 10px; border: 1px solid palette(mid);")
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.kept = QCheckBox()
        buttons = QDialogButtonBox()
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.key_label)
        layout.addWidget(buttons)
        layout.addWidget(self.kept)
        layout.addStretch(1)
        self.print_button.clicked.connect(self.print_key)
        self.save_button.clicked.connect(self.save_key)
        self.kept.toggled.connect(self.kept_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.explanation.setText(
            QCoreApplication.translate(
                "Passphrase",
                "If the passphrase is ever forgotten, this recovery key opens the data. Print "
                "it or write it down now and keep it locked away from this computer (for "
                "example in the office safe). It is shown only once.",
            )
        )
        self.key_label.setAccessibleName(QCoreApplication.translate("Passphrase", "Recovery key"))
        self.print_button.setText(QCoreApplication.translate("Passphrase", "&Print…"))
        self.save_button.setText(QCoreApplication.translate("Passphrase", "&Save to a file…"))
        self.kept.setText(
            QCoreApplication.translate(
                "Passphrase", "I have &printed, saved or written down the recovery key"
            )
        )

    def show_key(self, recovery_key: str) -> None:
        self.recovery_key = recovery_key
        self.key_label.setText(recovery_key)
        self.kept.setChecked(False)

    def _sheet(self) -> str:
        return "\n".join(
            [
                QCoreApplication.translate("Passphrase", "OCO Desktop recovery key"),
                "",
                self.recovery_key,
                "",
                QCoreApplication.translate(
                    "Passphrase",
                    "It opens the office's OCO Desktop data if the passphrase is forgotten. "
                    "Keep it locked away from the computer.",
                ),
            ]
        )

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self._sheet())
        document.print_(printer)

    def save_key(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Passphrase", "Save the recovery key"),
            str(Path.home() / "OCO Desktop recovery key.txt"),
            QCoreApplication.translate("Passphrase", "Text files (*.txt)"),
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> None:
        path.write_text(self._sheet() + "\n", encoding="utf-8")


class UnlockDialog(QDialog):
    """Asks for the office passphrase before anything is shown; or, after "Forgotten?", the
    recovery key and a new passphrase. Accepted means the data is open in this process."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(QCoreApplication.translate("Passphrase", "Open OCO Desktop"))
        self.setWindowIcon(icons.app_icon())
        self.pages = QStackedWidget()

        ask = QWidget()
        self.passphrase = _password_edit(
            QCoreApplication.translate("Passphrase", "Office passphrase")
        )
        self.remember = RememberBox()
        self.error = _error_label()
        self.forgotten = QPushButton(
            QCoreApplication.translate(
                "Passphrase", "&Forgotten the passphrase? Use the recovery key"
            )
        )
        self.forgotten.setFlat(True)
        self.forgotten.setStyleSheet("text-align: left; text-decoration: underline;")
        ask_layout = QFormLayout(ask)
        ask_layout.addRow(
            _note(
                QCoreApplication.translate(
                    "Passphrase",
                    "The data on this computer is encrypted. Type the office "
                    "passphrase to open it.",
                )
            )
        )
        ask_layout.addRow(
            QCoreApplication.translate("Passphrase", "Office &passphrase:"), self.passphrase
        )
        ask_layout.addRow(self.remember)
        ask_layout.addRow(self.error)
        ask_layout.addRow(self.forgotten)

        recover = QWidget()
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(QCoreApplication.translate("Passphrase", "Recovery key"))
        self.recovery.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.new = NewPassphraseFields()
        self.recovery_error = _error_label()
        recover_layout = QFormLayout(recover)
        recover_layout.addRow(
            _note(
                QCoreApplication.translate(
                    "Passphrase",
                    "Type the recovery key printed at set-up, then choose a new office passphrase.",
                )
            )
        )
        recover_layout.addRow(
            QCoreApplication.translate("Passphrase", "&Recovery key:"), self.recovery
        )
        recover_layout.addRow(self.recovery_error)
        recover_layout.addRow(self.new)

        self.pages.addWidget(ask)
        self.pages.addWidget(recover)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Passphrase", "&Open")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Passphrase", "&Quit")
        )
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        self.forgotten.clicked.connect(self.use_recovery_key)
        self.passphrase.textEdited.connect(lambda _t: _show_error(self.error, None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()
        self.resize(520, self.sizeHint().height())

    def use_recovery_key(self) -> None:
        self.pages.setCurrentIndex(1)
        self.recovery.setFocus()

    def try_open(self) -> None:
        if self.pages.currentIndex() == 1:
            self._recover()
            return
        try:
            with busy_cursor():
                office_passphrase.unlock(
                    self.paths, self.passphrase.text(), remember=self.remember.wanted()
                )
        except OcoError as exc:
            _show_error(self.error, translated_error(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.accept()

    def _recover(self) -> None:
        _show_error(self.recovery_error, None)
        try:
            office_passphrase.recover(self.paths, self.recovery.text())
        except OcoError as exc:
            _show_error(self.recovery_error, translated_error(exc))
            self.recovery.setFocus()
            return
        new = self.new.passphrase()
        if new is None:
            return
        with busy_cursor():
            office_passphrase.change(self.paths, new)
        self.accept()


def ask_to_unlock(paths: DataPaths, parent: QWidget | None = None) -> bool:
    """Open the folder's data: from the environment or the keystore without asking, else
    with the dialog. False when the person quit."""
    if office_passphrase.unlock_without_asking(paths):
        return True
    return UnlockDialog(paths, parent).exec() == QDialog.DialogCode.Accepted


class NewPassphraseDialog(QDialog):
    """Choose the passphrase that will protect data from an older version, then see the
    recovery key. `secret` is set when accepted."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.secret: NewSecret | None = None
        self.setWindowTitle(
            QCoreApplication.translate("Passphrase", "Protect the data with a passphrase")
        )
        self.setWindowIcon(icons.app_icon())
        self.pages = QStackedWidget()
        choose = QWidget()
        self.fields = NewPassphraseFields()
        self.remember = RememberBox()
        choose_layout = QVBoxLayout(choose)
        choose_layout.addWidget(
            _note(
                QCoreApplication.translate(
                    "Passphrase",
                    "OCO Desktop now encrypts its data, so that a copy of the data folder "
                    "is unreadable without the office passphrase. Choose the passphrase; a "
                    "backup is made first, and nothing is lost.",
                )
            )
        )
        choose_layout.addWidget(self.fields)
        choose_layout.addWidget(self.remember)
        choose_layout.addStretch(1)
        self.recovery = RecoveryKeyView()
        self.pages.addWidget(choose)
        self.pages.addWidget(self.recovery)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(QCoreApplication.translate("Passphrase", "&Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Passphrase", "&Quit")
        )
        self.buttons.accepted.connect(self.next_step)
        self.buttons.rejected.connect(self.reject)
        self.recovery.kept_changed.connect(self._kept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def next_step(self) -> None:
        if self.pages.currentIndex() == 1:
            self.accept()
            return
        passphrase = self.fields.passphrase()
        if passphrase is None:
            return
        with busy_cursor():
            self.secret = office_passphrase.new_secret(passphrase)
        self.recovery.show_key(self.secret.recovery_key)
        self.pages.setCurrentIndex(1)
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)

    def _kept(self, kept: bool) -> None:
        self.ok.setEnabled(kept)

    def remember_if_wanted(self) -> None:
        if self.secret is not None and self.remember.wanted():
            office_passphrase.remember_new(self.paths, self.secret)

    def reject(self) -> None:
        if self.pages.currentIndex() == 0:
            super().reject()


class ChangePassphraseDialog(QDialog):
    """File > Change passphrase: the current one, then the new one twice. The data is not
    re-encrypted and the recovery key stays the same."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(
            QCoreApplication.translate("Passphrase", "Change the office passphrase")
        )
        self.current = _password_edit(
            QCoreApplication.translate("Passphrase", "Current office passphrase")
        )
        self.current_error = _error_label()
        self.fields = NewPassphraseFields()
        self.remember = RememberBox()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Passphrase", "&Current passphrase:"), self.current)
        form.addRow(self.current_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Passphrase", "C&hange")
        )
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                QCoreApplication.translate(
                    "Passphrase",
                    "The recovery key stays the same. Everyone who opens OCO Desktop on "
                    "this computer will need the new passphrase.",
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
        self.current.setFocus()

    def try_change(self) -> None:
        _show_error(self.current_error, None)
        try:
            with busy_cursor():
                office_passphrase.unlock(self.paths, self.current.text())
        except OcoError as exc:
            _show_error(self.current_error, translated_error(exc))
            self.current.setFocus()
            return
        new = self.fields.passphrase()
        if new is None:
            return
        with busy_cursor():
            office_passphrase.change(self.paths, new, remember=self.remember.wanted())
        self.accept()
