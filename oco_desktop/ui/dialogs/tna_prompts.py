"""The small questions of the Training needs page, as functions so tests can replace them:
the year to start, the approver's name, the reason to reopen, a manager's band override."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain import tna as rules
from oco_desktop.domain.tna import Band
from oco_desktop.ui.widgets.tna_bands import band_word

ERROR_STYLE = "QLabel { color: #b00020; }"


class _Dialog(QDialog):
    """A form with OK and Cancel; `check()` returns a sentence to refuse OK, or ""."""

    def __init__(self, parent: QWidget | None, title: str, ok_label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_label)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def check(self) -> str:
        return ""

    def _ok(self) -> None:
        problem = self.check()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()


class StartDialog(_Dialog):
    def __init__(self, parent: QWidget | None, year: int, existing: set[int]) -> None:
        super().__init__(parent, "", "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.setWindowTitle(self.tr("Start a training needs analysis"))
        self.existing = existing
        self.year = QSpinBox()
        self.year.setRange(rules.MIN_YEAR, rules.MAX_YEAR)
        self.year.setValue(year)
        self.carry = QCheckBox(self.tr("Start from last year's levels"))
        self.carry.setChecked(bool(existing))
        self.carry.setEnabled(bool(existing))
        self.carry.setToolTip(
            self.tr(
                "Each person's agreed levels of the latest earlier year become this year's "
                "starting point (shown in grey italics until agreed again)."
            )
        )
        self.form.addRow(self.tr("&Year:"), self.year)
        self.form.addRow("", self.carry)

    def check(self) -> str:
        if self.year.value() in self.existing:
            return self.tr("There is already an analysis for {0}; open it instead.").format(
                self.year.value()
            )
        return ""


def ask_start(parent: QWidget, year: int, existing: set[int]) -> tuple[int, bool] | None:
    """(year, carry over) or None if cancelled."""
    dialog = StartDialog(parent, year, existing)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.year.value(), dialog.carry.isChecked()


class TextDialog(_Dialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        ok_label: str,
        empty_message: str,
        *,
        long: bool,
    ) -> None:
        super().__init__(parent, title, ok_label)
        self.empty_message = empty_message
        self.editor: QLineEdit | QPlainTextEdit
        if long:
            self.editor = QPlainTextEdit()
            self.editor.setTabChangesFocus(True)
            self.editor.setMinimumWidth(380)
            self.editor.setFixedHeight(self.fontMetrics().height() * 5)
        else:
            self.editor = QLineEdit()
            self.editor.setMinimumWidth(300)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        prompt.setBuddy(self.editor)
        self.form.addRow(prompt)
        self.form.addRow(self.editor)

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text().strip()
        return self.editor.toPlainText().strip()

    def check(self) -> str:
        return "" if self.text() else self.empty_message


def ask_text(
    parent: QWidget,
    title: str,
    label: str,
    ok_label: str,
    empty_message: str,
    *,
    long: bool = False,
) -> str | None:
    """A name or a reason, never empty; None if cancelled."""
    dialog = TextDialog(parent, title, label, ok_label, empty_message, long=long)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()


class OverrideDialog(_Dialog):
    def __init__(
        self, parent: QWidget | None, computed: Band, current: str | None, reason: str | None
    ) -> None:
        super().__init__(parent, "", "")
        self.setWindowTitle(self.tr("Change the priority band"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.band = QComboBox()
        self.band.addItem(self.tr("As computed ({0})").format(band_word(computed)), None)
        for band in (Band.HIGH, Band.MEDIUM, Band.LOW, Band.NONE):
            self.band.addItem(band_word(band), band.value)
        self.band.setCurrentIndex(max(0, self.band.findData(current)))
        self.reason = QPlainTextEdit(reason or "")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        self.reason.setMinimumWidth(360)
        note = QLabel(self.tr("A manager may change the band; the reason is recorded and sent."))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(note)
        self.form.addRow(self.tr("&Band:"), self.band)
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def check(self) -> str:
        if self.band.currentData() is not None and not self.reason.toPlainText().strip():
            return self.tr("Write why the band is changed: an override needs a reason.")
        return ""


def ask_override(
    parent: QWidget, computed: Band, current: str | None, reason: str | None
) -> tuple[str | None, str | None] | None:
    """(band or None for the computed one, reason) or None if cancelled."""
    dialog = OverrideDialog(parent, computed, current, reason)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    band = dialog.band.currentData()
    reason = dialog.reason.toPlainText().strip() if band else ""
    return band, reason or None
