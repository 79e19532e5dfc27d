"""The dialog shown when OCO Desktop hits a bug: what happened and where the log file is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from oco_desktop import __version__


class CrashDialog(QDialog):
    """Says something went wrong, shows the message and the log file; `Copy details` puts the
    message, the traceback and the versions on the clipboard for an email to the Secretariat."""

    def __init__(
        self,
        message: str,
        details: str,
        log_file: Path,
        parent: QWidget | None = None,
        *,
        about_data: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("OCO Desktop: something went wrong"))
        self.details = details
        self.message = message
        self.log_file = log_file

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        # Saved changes are safe only when the error did not come from the data file or the
        # disk: a failed write or backup is never reported as safe.
        if about_data:
            said = self.tr(
                "OCO Desktop could not read or write its data file or a backup. What you were "
                "doing was not saved, and the data may need checking: quit OCO Desktop, copy "
                "the data folder (File > Open data folder) to a USB stick, start OCO Desktop "
                "again (it checks the data file), and send the details to the OCO Secretariat."
            )
        else:
            said = self.tr(
                "OCO Desktop met an error it did not expect. Changes you saved before it are "
                "in the data file; the work you were doing may not have been finished: check "
                "it, and if this happens again send the details to the OCO Secretariat."
            )
        intro = QLabel(said)
        intro.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(intro, 1)

        self.message_label = QLabel(message or self.tr("(no message)"))
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)

        self.log_label = QLabel(
            self.tr("The details were written to the log file:\n{0}").format(log_file)
        )
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setAccessibleName(self.tr("Technical details"))
        self.details_view.setVisible(False)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.show_button = QPushButton(self.tr("&Show details"))
        self.show_button.setCheckable(True)
        self.quit_button = QPushButton(self.tr("&Quit OCO Desktop"))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.toggled.connect(self._toggle_details)
        self.quit_button.clicked.connect(self.reject)
        self.continue_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message_label)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def report_text(self) -> str:
        return "\n".join(
            [
                f"OCO Desktop {__version__}",
                f"Log file: {self.log_file}",
                "",
                self.message,
                "",
                self.details,
            ]
        )

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy_button.setText(self.tr("Copied"))

    def _toggle_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.show_button.setText(self.tr("&Hide details") if shown else self.tr("&Show details"))
        self.adjustSize()
