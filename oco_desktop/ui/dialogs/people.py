"""The editors of the People development page, built from a list of fields: each field gets
a label with an accelerator (its buddy is the input), so the whole form is keyboard-first.

The page decides what the fields are (and translates their labels); the dialog only collects
the values. Nothing here reads the store: choices are passed in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

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

from oco_desktop.ui.widgets.skills_editor import SkillChoice, SkillsEditor

TEXT, LONG, CHOICE, NUMBER, CHECK, NOTE = "text", "long", "choice", "number", "check", "note"
SKILLS = "skills"


@dataclass
class Field:
    """One input. `kind`: text (one line; dates too), long (several lines), choice (a combo of
    (value, label) in `choices`), number (0..`maximum`), check (a box), note (text to read),
    skills (competencies by name with levels from `competencies`; `value` code -> level)."""

    key: str
    label: str
    kind: str = TEXT
    value: Any = None
    choices: list[tuple[Any, str]] = field(default_factory=list)
    placeholder: str = ""
    maximum: int = 1000
    help: str = ""
    competencies: Sequence[SkillChoice] = ()


class FormDialog(QDialog):
    """A form of `fields`; after `exec()`, `values()` holds what was typed and chosen."""

    def __init__(self, parent: QWidget | None, title: str, fields: list[Field]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = fields
        self.inputs: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in fields:
            widget = self._input(spec)
            self.inputs[spec.key] = widget
            if spec.kind == NOTE:
                form.addRow(widget)
                continue
            if spec.kind == CHECK:
                form.addRow(widget)
                if spec.help:
                    note = QLabel(spec.help)
                    note.setWordWrap(True)
                    note.setObjectName(f"{spec.key}_help")
                    note.setStyleSheet("color: palette(dark);")
                    form.addRow(note)
                continue
            label = QLabel(spec.label)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _input(self, spec: Field) -> QWidget:
        if spec.kind == NOTE:
            note = QLabel(spec.label)
            note.setWordWrap(True)
            return note
        if spec.kind == LONG:
            edit = QPlainTextEdit(spec.value or "")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(48)
            edit.setPlaceholderText(spec.placeholder)
            return edit
        if spec.kind == CHOICE:
            combo = QComboBox()
            for value, text in spec.choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(spec.value)))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
            return combo
        if spec.kind == SKILLS:
            return SkillsEditor(spec.competencies, spec.value)
        if spec.kind == NUMBER:
            spin = QSpinBox()
            spin.setRange(0, spec.maximum)
            spin.setValue(int(spec.value or 0))
            return spin
        if spec.kind == CHECK:
            box = QCheckBox(spec.label)
            box.setChecked(bool(spec.value))
            if spec.help:
                box.setToolTip(spec.help)
            return box
        line = QLineEdit("" if spec.value is None else str(spec.value))
        line.setPlaceholderText(spec.placeholder)
        return line

    def widget(self, key: str) -> QWidget:
        return self.inputs[key]

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.inputs[spec.key]
            if isinstance(widget, SkillsEditor):
                found[spec.key] = widget.skills()
            elif isinstance(widget, QPlainTextEdit):
                found[spec.key] = widget.toPlainText().strip() or None
            elif isinstance(widget, QComboBox):
                found[spec.key] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                found[spec.key] = widget.value()
            elif isinstance(widget, QCheckBox):
                found[spec.key] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                found[spec.key] = widget.text().strip() or None
        return found


def ask(parent: QWidget | None, title: str, fields: list[Field]) -> dict[str, Any] | None:
    """Show the form; the values, or None when cancelled."""
    dialog = FormDialog(parent, title, fields)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def with_values(fields: list[Field], values: dict[str, Any] | None) -> list[Field]:
    """The same fields showing `values` (to reopen a refused form as it was typed)."""
    if values:
        for spec in fields:
            if spec.key in values:
                spec.value = values[spec.key]
    return fields


def focus_first(dialog: FormDialog) -> None:
    for widget in dialog.inputs.values():
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocus()
            return
