"""The editor for one person: checked as it is typed, with what to fix beside each field.

The staff rules (domain/staff_rules) run on every keystroke; a moment later the service checks
what needs the roster (a staff number already used, an office removed meanwhile). Save stays
disabled while anything is wrong. The dialog saves through the worker itself, so a refusal
arriving from the service is shown beside its field and the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.errors import InvalidInput, OcoError
from oco_desktop.domain.roster import Sex, StaffStatus
from oco_desktop.domain.staff_rules import Problem, RuleViolation, StaffRecord
from oco_desktop.services.audit import make_actor
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.org import OfficeRow, PositionRow
from oco_desktop.services.roster.staff import StaffDetail, StaffDraft
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.models.roster.staff_words import SEX_CODES, STATUS_CODES, sex_word, status_word
from oco_desktop.ui.tasks import Op, report_failure

CHECK_DELAY_MS = 250  # after the last keystroke, the checks that read the roster
MESSAGE_STYLE = "QLabel { color: #b00020; }"
OFFICER = "officer"
GENERAL = "general"
_REQUIRED = (rules.STAFF_NUMBER, rules.FULL_NAME, OFFICER)


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(MESSAGE_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class StaffEditor(QDialog):
    """A new person when `detail` is None, else that person. `saved` carries the StaffDetail."""

    saved = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        offices: Sequence[OfficeRow],
        positions: Sequence[PositionRow],
        detail: StaffDetail | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.today = today or dt.date.today()
        self.touched: set[str] = set()
        self.show_all = detail is not None
        self.local: dict[str, str] = {}
        self.remote: dict[str, str] = {}
        self.saving = False
        self._generation = 0
        name = detail.full_name if detail else None
        self.setWindowTitle(
            self.tr("Edit {0}").format(name) if name else self.tr("New staff member")
        )

        self.number_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.sex_combo = QComboBox()
        # One "Not stated" (first, so a new record does not default to a sex): a record
        # with no sex at all shows it too, and keeps no sex unless another is chosen.
        for code in (Sex.UNDISCLOSED.value, *(c for c in SEX_CODES if c != Sex.UNDISCLOSED)):
            self.sex_combo.addItem(sex_word(code), code)
        self.birth_edit = QLineEdit()
        self.start_edit = QLineEdit()
        for edit in (self.birth_edit, self.start_edit):
            edit.setPlaceholderText(self.tr("e.g. 1985"))
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000000000") + 16)
        self.office_combo = QComboBox()
        self.office_combo.addItem(self.tr("(no office)"), None)
        for office in offices:
            self.office_combo.addItem(office.name, office.id)
        self.position_combo = QComboBox()
        self.position_combo.addItem(self.tr("(no position)"), None)
        for position in positions:
            self.position_combo.addItem(f"{position.title} ({position.tier})", position.id)
        self.status_combo = QComboBox()
        for code in STATUS_CODES:
            self.status_combo.addItem(status_word(code), code)
        self.left_date = QDateEdit()
        self.left_date.setCalendarPopup(True)
        self.left_date.setDisplayFormat("dd/MM/yyyy")
        self.left_date.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.left_date.setDate(self.left_date.maximumDate())
        self.number_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.officer_edit = QLineEdit(context.officer_name())
        self.officer_edit.setToolTip(
            self.tr("Every change is recorded with this name, for this session.")
        )
        for combo in (self.office_combo, self.position_combo):
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )

        self.fields: dict[str, QWidget] = {
            rules.STAFF_NUMBER: self.number_edit,
            rules.FULL_NAME: self.name_edit,
            rules.SEX: self.sex_combo,
            rules.BIRTH_YEAR: self.birth_edit,
            rules.START_YEAR: self.start_edit,
            rules.OFFICE: self.office_combo,
            rules.POSITION: self.position_combo,
            rules.STATUS: self.status_combo,
            rules.LEFT_ON: self.left_date,
            OFFICER: self.officer_edit,
        }
        self.messages: dict[str, QLabel] = {f: _message_label() for f in self.fields}
        self.messages[GENERAL] = _message_label()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label in (
            (rules.STAFF_NUMBER, self.tr("Staff &number:")),
            (rules.FULL_NAME, self.tr("Full &name:")),
            (rules.SEX, self.tr("Se&x:")),
            (rules.BIRTH_YEAR, self.tr("&Birth year:")),
            (rules.START_YEAR, self.tr("Start &year:")),
            (rules.OFFICE, self.tr("&Office:")),
            (rules.POSITION, self.tr("&Position:")),
            (rules.STATUS, self.tr("S&tatus:")),
            (rules.LEFT_ON, self.tr("Date &left:")),
            (OFFICER, self.tr("Recorded &as:")),
        ):
            self._add_row(field, label)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.messages[GENERAL])
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        # As tall as its messages need: a wrapped message is never cut off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

        self._fill(detail)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check_with_roster)
        for field, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, f=field: self._changed(f))
            elif isinstance(widget, QComboBox):
                widget.activated.connect(lambda _i, f=field: self._changed(f))
        self.status_combo.currentIndexChanged.connect(lambda _i: self._changed(rules.STATUS))
        self.left_date.dateChanged.connect(lambda _d: self._changed(rules.LEFT_ON))
        self._changed(None)
        self.number_edit.setFocus()

    def _add_row(self, field: str, text: str) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        widget = self.fields[field]
        column.addWidget(widget)
        column.addWidget(self.messages[field])
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.form.addRow(label, box)

    def _label_text(self, field: str) -> str:
        """The words of the field's label, as `_add_row` set them, without the accelerator."""
        box = self.fields[field].parentWidget()
        assert box is not None
        label = self.form.labelForField(box)
        assert isinstance(label, QLabel)
        return label.text().replace("&", "")

    def _fill(self, detail: StaffDetail | None) -> None:
        if detail is None:
            return
        self.number_edit.setText(detail.staff_number or "")
        self.name_edit.setText(detail.full_name or "")
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(detail.sex or "U")))
        self.birth_edit.setText(str(detail.birth_year or ""))
        self.start_edit.setText(str(detail.start_year or ""))
        for combo, wanted, name in (
            (self.office_combo, detail.office_id, detail.office_name),
            (self.position_combo, detail.position_id, detail.position_title),
        ):
            if wanted and combo.findData(wanted) < 0:  # kept as it was, though removed since
                combo.addItem(self.tr("{0} (removed)").format(name or "?"), wanted)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(detail.status)))
        if detail.left_on:
            left = detail.left_on
            self.left_date.setDate(QDate(left.year, left.month, left.day))

    # -- reading the fields ------------------------------------------------------------------

    def _status(self) -> str:
        return str(self.status_combo.currentData())

    def _left_on(self) -> dt.date | None:
        if self._status() != StaffStatus.LEFT:
            return None
        date = self.left_date.date()
        return dt.date(date.year(), date.month(), date.day())

    def _years(self, problems: dict[str, str]) -> dict[str, int | None]:
        years: dict[str, int | None] = {}
        for field, edit in (
            (rules.BIRTH_YEAR, self.birth_edit),
            (rules.START_YEAR, self.start_edit),
        ):
            try:
                years[field] = rules.parse_year(edit.text(), field)
            except RuleViolation as exc:
                problems[field] = exc.message
                years[field] = None
        return years

    def _local_problems(self) -> dict[str, str]:
        """What the staff rules say of the fields as they are now (no database)."""
        problems: dict[str, str] = {}
        years = self._years(problems)
        record = StaffRecord(
            staff_number=rules.clean_text(self.number_edit.text()),
            full_name=rules.clean_text(self.name_edit.text()),
            birth_year=years[rules.BIRTH_YEAR],
            start_year=years[rules.START_YEAR],
            status=StaffStatus(self._status()),
            left_on=self._left_on(),
        )
        for problem in rules.check_staff(record, self.today):
            problems.setdefault(problem.field, problem.message)
        if not " ".join(self.officer_edit.text().split()):
            problems[OFFICER] = self.tr(
                "Give your name: every change is recorded with the officer who made it."
            )
        return problems

    def _sex(self) -> str | None:
        chosen = self.sex_combo.currentData()
        if chosen == Sex.UNDISCLOSED and self.detail is not None and self.detail.sex is None:
            return None  # "Not stated" on a record that never had a sex: left as it was
        return chosen

    def draft(self) -> StaffDraft:
        years = self._years({})
        return StaffDraft(
            staff_number=self.number_edit.text(),
            full_name=self.name_edit.text(),
            sex=self._sex(),
            birth_year=years[rules.BIRTH_YEAR],
            start_year=years[rules.START_YEAR],
            office_id=self.office_combo.currentData(),
            position_id=self.position_combo.currentData(),
            status=self._status(),
            left_on=self._left_on(),
        )

    # -- checking as it is typed -------------------------------------------------------------

    def _changed(self, field: str | None) -> None:
        if field is not None:
            self.touched.add(field)
        self._generation += 1
        self.remote = {}
        self.messages[GENERAL].hide()
        self.local = self._local_problems()
        left_row = self.left_date.parentWidget()
        assert left_row is not None  # the date box sits in its row's widget
        self.form.setRowVisible(left_row, self._status() == StaffStatus.LEFT)
        if not self.local:
            self._check_timer.start()
        self._show()

    def _check_with_roster(self) -> None:
        generation, store, draft = self._generation, self.context.store, self.draft()
        staff_id = self.detail.id if self.detail else None
        member, today = self.context.member_code, self.today

        def work() -> list[Problem]:
            return roster.validate_draft(
                store, draft, staff_id=staff_id, member_code=member, today=today
            )

        Op(self, work).success(lambda found: self._roster_checked(generation, found)).failure(
            self._check_failed
        ).run()

    def _roster_checked(self, generation: int, problems: list[Problem]) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self.remote = {}
        for problem in problems:
            self.remote.setdefault(problem.field, problem.message)
        self.show_all = self.show_all or bool(self.remote)
        self._show()

    def _check_failed(self, error: BaseException) -> None:
        if isinstance(error, OcoError):
            self._show_general(error.message)
        else:
            report_failure(self, error)

    def _show(self) -> None:
        problems = {**self.remote, **self.local}
        for field, label in self.messages.items():
            if field == GENERAL:
                continue
            message = problems.get(field, "")
            visible = bool(message) and (self.show_all or field in self.touched)
            label.setText(message if visible else "")
            label.setVisible(visible)
            self.fields[field].setAccessibleDescription(message if visible else "")
        for field in set(problems) - set(self.fields):  # a field the editor has no box for
            self._show_general(problems[field])
        waiting = [
            self._label_text(f)
            for f in _REQUIRED
            if f in problems and not (self.show_all or f in self.touched)
        ]
        self.hint.setText(
            self.tr("Still to fill in: {0}").format(", ".join(w.rstrip(":") for w in waiting))
            if waiting
            else ""
        )
        self.hint.setVisible(bool(waiting))
        self.save_button.setEnabled(not problems and not self.saving)

    def _show_general(self, message: str) -> None:
        self.messages[GENERAL].setText(message)
        self.messages[GENERAL].show()

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        self.show_all = True
        self.local = self._local_problems()
        if self.local or self.remote or self.saving:
            self._show()
            return
        store, draft, detail = self.context.store, self.draft(), self.detail
        officer = " ".join(self.officer_edit.text().split())
        actor = make_actor(officer)
        member, today = self.context.member_code, self.today

        def work() -> StaffDetail:
            if detail is None:
                return roster.create_staff(store, draft, actor, member_code=member, today=today)
            return roster.update_staff(store, detail.id, draft, actor, today=today)

        self.saving = True
        self._show()
        label = self.tr("Saving…")
        Op(self, work).success(self._saved).failure(self._save_failed).with_progress(label).run()

    def _saved(self, detail: StaffDetail) -> None:
        self.saving = False
        officer = " ".join(self.officer_edit.text().split())
        if officer != self.context.officer_name():
            self.context.officer = officer  # remembered for the rest of the session
        self.detail = detail
        self.saved.emit(detail)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.saving = False
        if not isinstance(error, InvalidInput):
            self._show()
            report_failure(self, error)
            return
        field = {"office_id": rules.OFFICE, "position_id": rules.POSITION}.get(
            error.field or "", error.field or GENERAL
        )
        self.remote = {field: error.message}
        self._show()
