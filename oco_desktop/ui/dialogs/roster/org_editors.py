"""Small editors for an office (name, island, type) and a position (title, tier, local grade).

Each saves through the worker itself, so a refusal from the service (a name already used, say)
is shown beside its field and the dialog stays open. `saved` carries the saved row.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster.org import OfficeDraft, OfficeRow, PositionDraft, PositionRow
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.models.roster.staff_words import (
    OFFICE_TYPE_CODES,
    TIER_CODES,
    office_type_word,
    tier_word,
)
from oco_desktop.ui.tasks import Op, report_failure

MESSAGE_STYLE = "QLabel { color: #b00020; }"


class _PlaceDialog(QDialog):
    """A form of named fields, each with a message line under it, and Save / Cancel."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.setStyleSheet(MESSAGE_STYLE)
        self.general.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        # As tall as its messages need: a wrapped message is never cut off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def add_field(self, field: str, label_text: str, widget: QWidget) -> None:
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(MESSAGE_STYLE)
        message.hide()
        box = QWidget()
        box.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(message)
        label = QLabel(label_text)
        label.setBuddy(widget)
        widget.setAccessibleName(label_text.replace("&", "").rstrip(":"))
        self.form.addRow(label, box)
        self.fields[field] = widget
        self.messages[field] = message
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self._clear())

    def _clear(self) -> None:
        for message in (*self.messages.values(), self.general):
            message.hide()
        self.save_button.setEnabled(True)

    def run_save(self, work: Callable[[], Any]) -> None:
        self.save_button.setEnabled(False)
        Op(self, work).success(self._saved).failure(self._failed).run()

    def _saved(self, row: Any) -> None:
        self.saved.emit(row)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, InvalidInput):
            report_failure(self, error)
            return
        label = self.messages.get(error.field or "", self.general)
        label.setText(error.message)
        label.show()
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setAccessibleDescription(error.message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    @abstractmethod  # Qt's metaclass cannot enforce it; mypy refuses an editor without save
    def save(self) -> None:
        raise NotImplementedError


class OfficeDialog(_PlaceDialog):
    def __init__(
        self, parent: QWidget | None, context: AppContext, office: OfficeRow | None = None
    ) -> None:
        super().__init__(parent, context)
        self.office = office
        self.setWindowTitle(self.tr("Edit office") if office else self.tr("New office"))
        self.name_edit = QLineEdit(office.name if office else "")
        self.island_edit = QLineEdit(office.island or "" if office else "")
        self.type_combo = QComboBox()
        for code in OFFICE_TYPE_CODES:
            self.type_combo.addItem(office_type_word(code), code)
        if office is not None:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(office.office_type)))
        self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.add_field("island", self.tr("&Island:"), self.island_edit)
        self.add_field("office_type", self.tr("&Type:"), self.type_combo)
        self.name_edit.setFocus()

    def save(self) -> None:
        store, actor, member = self.context.store, self.context.actor(), self.context.member_code
        draft = OfficeDraft(
            self.name_edit.text(), self.island_edit.text(), str(self.type_combo.currentData())
        )
        office = self.office
        if office is None:
            self.run_save(lambda: roster_org.create_office(store, draft, actor, member_code=member))
        else:
            self.run_save(lambda: roster_org.update_office(store, office.id, draft, actor))


class PositionDialog(_PlaceDialog):
    def __init__(
        self, parent: QWidget | None, context: AppContext, position: PositionRow | None = None
    ) -> None:
        super().__init__(parent, context)
        self.position = position
        self.setWindowTitle(self.tr("Edit position") if position else self.tr("New position"))
        self.title_edit = QLineEdit(position.title if position else "")
        self.tier_combo = QComboBox()
        for code in TIER_CODES:
            self.tier_combo.addItem(tier_word(code), code)
        if position is not None:
            self.tier_combo.setCurrentIndex(max(0, self.tier_combo.findData(position.tier)))
        self.grade_edit = QLineEdit(position.local_grade or "" if position else "")
        self.grade_edit.setPlaceholderText(self.tr("As in your administration, e.g. Level 11"))
        self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.add_field("tier", self.tr("T&ier:"), self.tier_combo)
        self.add_field("local_grade", self.tr("&Local grade:"), self.grade_edit)
        note = QLabel(
            self.tr(
                "The tier sets the default required levels of the competency profile; levels "
                "you set for this position stay as they are when the tier changes."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.title_edit.setFocus()

    def save(self) -> None:
        store, actor, member = self.context.store, self.context.actor(), self.context.member_code
        draft = PositionDraft(
            self.title_edit.text(), str(self.tier_combo.currentData()), self.grade_edit.text()
        )
        position = self.position
        if position is None:
            self.run_save(
                lambda: roster_org.create_position(store, draft, actor, member_code=member)
            )
        else:
            self.run_save(lambda: roster_org.update_position(store, position.id, draft, actor))
