"""What could meet a training need: a programme activity, a course, an e-learning module, a
target year and a status. `ask_need` is a function so tests can replace the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain import tna as rules
from oco_desktop.domain.tna import NeedStatus
from oco_desktop.services.tna.needs import NeedChoices, NeedLine, NeedMapping
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.tna.needs import status_word
from oco_desktop.ui.widgets.tna_bands import band_word


class NeedDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        line: NeedLine,
        choices: NeedChoices,
        language: str,
        year: int,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What could meet this need"))
        heading = QLabel(
            self.tr("{0}: {1} priority, {2} staff").format(
                line.competency_name(language),
                band_word(line.band).lower(),
                format_number(line.staff) if isinstance(line.staff, int) else line.staff,
            )
        )
        heading.setWordWrap(True)
        mapping = line.mapping

        self.activity = QComboBox()
        self.activity.addItem(self.tr("(none)"), None)
        for activity in choices.activities:
            self.activity.addItem(f"{activity.code} {activity.name(language)}", activity.code)
        self.activity.setCurrentIndex(max(0, self.activity.findData(mapping.activity_code)))
        self.activity.setMinimumContentsLength(40)
        self.activity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.course = QComboBox()
        self.course.setEditable(True)
        self.course.addItem("")
        course_names = {course.code: course.name(language) for course in choices.courses}
        for code, name in course_names.items():
            self.course.addItem(code)
            self.course.setItemData(self.course.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        # The course by name under its code, as the officer types or picks it.
        self.course_name = QLabel()
        self.course_name.setWordWrap(True)
        self.course.currentTextChanged.connect(
            lambda text: self.course_name.setText(course_names.get(text.strip(), ""))
        )
        self.course.setCurrentText(mapping.course_code or "")
        self.course_name.setText(course_names.get(self.course.currentText().strip(), ""))
        self.course.setToolTip(self.tr("A known course code, or your own (32 characters)"))
        self.module = QComboBox()
        self.module.setEditable(True)
        self.module.addItem("")
        for module in choices.modules:
            self.module.addItem(module.title)
        self.module.setCurrentText(mapping.module or "")
        self.target = QSpinBox()
        self.target.setRange(year - 1, rules.MAX_YEAR)  # the minimum reads "(not set)"
        self.target.setSpecialValueText(self.tr("(not set)"))
        self.target.setValue(mapping.target_year or year - 1)
        self.status = QComboBox()
        for status in NeedStatus:
            self.status.addItem(status_word(status), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(mapping.status.value)))
        self.note = QPlainTextEdit(mapping.note or "")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 3 + 10)
        self.remember = QCheckBox(self.tr("Suggest this for the same competency in later years"))

        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("Programme &activity:"), self.activity)
        form.addRow(self.tr("&Course:"), self.course)
        form.addRow("", self.course_name)
        form.addRow(self.tr("&E-learning module:"), self.module)
        form.addRow(self.tr("&Target year:"), self.target)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._year = year

    def mapping(self) -> NeedMapping:
        target = self.target.value()
        return NeedMapping(
            activity_code=self.activity.currentData(),
            course_code=self.course.currentText().strip() or None,
            module=self.module.currentText().strip() or None,
            target_year=None if target < self._year else target,
            status=NeedStatus(self.status.currentData()),
            note=self.note.toPlainText().strip() or None,
        )


def ask_need(
    parent: QWidget, line: NeedLine, choices: NeedChoices, language: str, year: int
) -> tuple[NeedMapping, bool] | None:
    """(mapping, remember as the suggestion) or None if cancelled."""
    dialog = NeedDialog(parent, line, choices, language, year)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.mapping(), dialog.remember.isChecked()
