"""Dialogs of the Programme page: nominate someone, record the outcome, and (Secretariat) a
course or a session. Each `ask_*` function is the one place a page opens the dialog, so tests
can drive the real dialog or replace it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.programme import (
    MAX_SEATS,
    Attendance,
    CourseLanguage,
    CourseMode,
    CourseResult,
)
from oco_desktop.services.programme.courses import (
    CourseDraft,
    CourseInfo,
    SessionDraft,
    SessionInfo,
)
from oco_desktop.services.programme.nominations import NominationInfo, StaffChoice
from oco_desktop.services.programme.tree import NeedRef
from oco_desktop.ui.models.programme import format_optional_day, need_label, word


@dataclass(frozen=True)
class NominationRequest:
    session_id: str
    staff_id: str
    reason: str
    need_id: str | None


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ProgrammeDialogs", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class StaffPicker(QWidget):
    """A filter box over a list of staff: type part of a name or number, pick with the arrows."""

    def __init__(self, staff: list[StaffChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type part of a name or staff number"))
        self.filter.setAccessibleName(self.tr("Find a person"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Staff in post"))
        for person in staff:
            item = QListWidgetItem(person.label())
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._first_shown)

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())
        self._first_shown()

    def _first_shown(self) -> None:
        current = self.list.currentItem()
        if current is not None and not current.isHidden():
            return
        for row in range(self.list.count()):
            if not self.list.item(row).isHidden():
                self.list.setCurrentRow(row)
                return

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)


class NominateDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        sessions: list[SessionInfo],
        staff: list[StaffChoice],
        needs: list[NeedRef],
        language: str,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nominate a staff member"))
        self.session = QComboBox()
        for s in sessions:
            seats = self.tr("{0} of {1} seats left").format(s.left, s.seats)
            starts = format_optional_day(s.starts_on)
            self.session.addItem(
                f"{s.course_code} {s.course_name(language)} — {starts} ({seats})",
                s.id,
            )
        self.session.setCurrentIndex(max(0, self.session.findData(session_id)))
        self.picker = StaffPicker(staff)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why this person, and what they will bring back"))
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        self.need = QComboBox()
        self.need.addItem(self.tr("(none)"), None)
        for need in needs:
            self.need.addItem(need_label(need, language), need.id)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c")
        self.problem.hide()

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Session:"), self.session),
            (self.tr("&Person:"), self.picker),
            (self.tr("&Reason:"), self.reason),
            (self.tr("Training nee&d met:"), self.need),
        ):
            label = QLabel(text)
            label.setBuddy(widget.filter if widget is self.picker else widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, self.tr("&Nominate")))
        self.picker.filter.setFocus()

    def accept(self) -> None:
        if self.session.currentData() is None:
            self._refuse(self.tr("There is no session open for nominations."))
        elif self.picker.chosen() is None:
            self._refuse(self.tr("Choose the person to nominate."))
        elif not self.reason.toPlainText().strip():
            self._refuse(self.tr("Give the reason for this nomination."))
        else:
            super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def request(self) -> NominationRequest:
        return NominationRequest(
            self.session.currentData(),
            self.picker.chosen() or "",
            self.reason.toPlainText().strip(),
            self.need.currentData(),
        )


def ask_nomination(
    parent: QWidget | None,
    sessions: list[SessionInfo],
    staff: list[StaffChoice],
    needs: list[NeedRef],
    language: str,
    session_id: str | None = None,
) -> NominationRequest | None:
    dialog = NominateDialog(parent, sessions, staff, needs, language, session_id)
    return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


class OutcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None, nomination: NominationInfo) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendance and result"))
        heading = QLabel(f"{nomination.full_name or '?'} — {nomination.course_code}")
        self.attendance = QComboBox()
        for value in Attendance:
            self.attendance.addItem(word(value.value), value.value)
        self.attendance.setCurrentIndex(max(0, self.attendance.findData(nomination.attendance)))
        # not `result`: that would hide QDialog.result()
        self.result_choice = QComboBox()
        self.result_choice.addItem(self.tr("(not yet)"), None)
        for outcome in CourseResult:
            self.result_choice.addItem(word(outcome.value), outcome.value)
        self.result_choice.setCurrentIndex(max(0, self.result_choice.findData(nomination.result)))
        self.certificate = QLineEdit(nomination.certificate_ref or "")
        self.certificate.setMaxLength(100)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Attendance:"), self.attendance),
            (self.tr("Res&ult:"), self.result_choice),
            (self.tr("&Certificate reference:"), self.certificate),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("&Save")))

    def values(self) -> tuple[str, str | None, str | None]:
        return (
            self.attendance.currentData(),
            self.result_choice.currentData(),
            self.certificate.text().strip() or None,
        )


def ask_outcome(
    parent: QWidget | None, nomination: NominationInfo
) -> tuple[str, str | None, str | None] | None:
    dialog = OutcomeDialog(parent, nomination)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _choices(combo: QComboBox, values: list[str], current: str) -> None:
    for value in values:
        combo.addItem(word(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class CourseDialog(QDialog):
    """`activities`: (code, title) of the programme's activities, in the interface language."""

    def __init__(
        self, parent: QWidget | None, language: str, activities: Sequence[tuple[str, str]],
        course: CourseInfo | None = None, activity_code: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Course") if course else self.tr("New course"))
        draft = course.draft() if course else CourseDraft(code="", title="")
        self.code = QLineEdit(draft.code)
        self.code.setMaxLength(32)
        self.title_en = QLineEdit(draft.title)
        self.title_fr = QLineEdit(draft.title_fr or "")
        self.activity = QComboBox()
        self.activity.addItem(self.tr("(none)"), None)
        for code, title in activities:
            self.activity.addItem(f"{code} {title}", code)
        self.activity.setCurrentIndex(
            max(0, self.activity.findData(draft.activity_code or activity_code))
        )
        self.activity.setMinimumContentsLength(40)
        self.activity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.provider = QLineEdit(draft.provider or "")
        self.mode = QComboBox()
        _choices(self.mode, [m.value for m in CourseMode], draft.mode)
        self.language = QComboBox()
        _choices(self.language, [lang.value for lang in CourseLanguage], draft.language)
        self.audience = QLineEdit(draft.audience or "")
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Code:"), self.code),
            (self.tr("&Title (English):"), self.title_en),
            (self.tr("Title (&French):"), self.title_fr),
            (self.tr("&Activity:"), self.activity),
            (self.tr("&Provider:"), self.provider),
            (self.tr("&Mode:"), self.mode),
            (self.tr("&Language:"), self.language),
            (self.tr("&Who may apply:"), self.audience),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("&Save")))
        self.description = draft.description

    def draft(self) -> CourseDraft:
        return CourseDraft(
            code=self.code.text(),
            title=self.title_en.text(),
            title_fr=self.title_fr.text() or None,
            activity_code=self.activity.currentData(),
            provider=self.provider.text() or None,
            mode=self.mode.currentData(),
            language=self.language.currentData(),
            audience=self.audience.text() or None,
            description=self.description,
        )


def ask_course(
    parent: QWidget | None, language: str, activities: Sequence[tuple[str, str]],
    course: CourseInfo | None = None, activity_code: str | None = None,
) -> CourseDraft | None:  # fmt: skip
    dialog = CourseDialog(parent, language, activities, course, activity_code)
    return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SessionDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, courses: list[CourseInfo], language: str,
        session: SessionInfo | None = None, course_id: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session") if session else self.tr("New session"))
        start = dt.date.today() + dt.timedelta(days=60)
        self.course = QComboBox()
        for course in courses:
            self.course.addItem(f"{course.code} {course.name(language)}", course.id)
        wanted = session.course_id if session else course_id
        self.course.setCurrentIndex(max(0, self.course.findData(wanted)))
        self.starts = QDateEdit(to_qdate(session.starts_on if session else start))
        self.ends = QDateEdit(to_qdate(session.ends_on if session else start))
        self.has_apply_by = QCheckBox(self.tr("Nominations close on:"))
        apply_by = session.apply_by if session else start - dt.timedelta(days=21)
        self.has_apply_by.setChecked(apply_by is not None)
        self.apply_by = QDateEdit(to_qdate(apply_by or start))
        self.apply_by.setAccessibleName(self.tr("Apply by"))
        self.has_apply_by.toggled.connect(self.apply_by.setEnabled)
        self.apply_by.setEnabled(apply_by is not None)
        for edit in (self.starts, self.ends, self.apply_by):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.venue = QLineEdit(session.venue or "" if session else "")
        self.online = QCheckBox(self.tr("Held &online"))
        self.online.setChecked(bool(session and session.online))
        self.seats = QSpinBox()
        self.seats.setRange(1, MAX_SEATS)
        self.seats.setValue(session.seats if session else 20)
        self.language = QComboBox()
        _choices(
            self.language, [lang.value for lang in CourseLanguage],
            session.language if session else "en",
        )  # fmt: skip
        self.status = session.status if session else "open"
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Course:"), self.course),
            (self.tr("&First day:"), self.starts),
            (self.tr("&Last day:"), self.ends),
            (None, self.has_apply_by),
            (None, self.apply_by),
            (self.tr("&Venue:"), self.venue),
            (None, self.online),
            (self.tr("S&eats:"), self.seats),
            (self.tr("L&anguage:"), self.language),
        ):
            if text is None:
                form.addRow("", widget)
                continue
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("&Save")))

    def draft(self) -> SessionDraft:
        return SessionDraft(
            course_id=self.course.currentData(),
            starts_on=from_qdate(self.starts.date()),
            ends_on=from_qdate(self.ends.date()),
            apply_by=from_qdate(self.apply_by.date()) if self.has_apply_by.isChecked() else None,
            venue=self.venue.text() or None,
            online=self.online.isChecked(),
            seats=self.seats.value(),
            language=self.language.currentData(),
            status=self.status,
        )


def ask_session(
    parent: QWidget | None, courses: list[CourseInfo], language: str,
    session: SessionInfo | None = None, course_id: str | None = None,
) -> SessionDraft | None:  # fmt: skip
    dialog = SessionDialog(parent, courses, language, session, course_id)
    return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
