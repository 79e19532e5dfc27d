"""The Secretariat's editor of a news item: English and French text on two tabs, the details
(date, place, event dates, links) on a third. Texts are plain: what is typed is what members
read, web addresses included, never formatted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain import news as rules
from oco_desktop.services.news.feed import NewsDraft
from oco_desktop.services.programme.courses import SessionInfo
from oco_desktop.ui.dialogs.programme import _buttons, from_qdate, to_qdate
from oco_desktop.ui.i18n import format_short_day


def _form(rows: list[tuple[str | None, QWidget]]) -> QFormLayout:
    form = QFormLayout()
    for text, widget in rows:
        if text is None:
            form.addRow("", widget)
            continue
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return form


def _body_edit(text: str | None, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text or "")
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    return edit


class NewsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        language: str,
        sessions: list[SessionInfo],
        activities: Sequence[tuple[str, str]],
        draft: NewsDraft | None = None,
        *,
        editing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("News item") if editing else self.tr("New news item"))
        draft = draft or NewsDraft(title="", body="")
        today = dt.date.today()

        self.title_en = QLineEdit(draft.title)
        self.title_en.setMaxLength(rules.MAX_TITLE)
        self.body_en = _body_edit(draft.body, self.tr("Text in English"))
        self.title_fr = QLineEdit(draft.title_fr or "")
        self.title_fr.setMaxLength(rules.MAX_TITLE)
        self.body_fr = _body_edit(draft.body_fr, self.tr("Text in French"))

        english = QWidget()
        layout = QVBoxLayout(english)
        layout.addLayout(_form([(self.tr("&Title:"), self.title_en)]))
        text_label = QLabel(
            self.tr("Te&xt (paragraphs separated by a blank line; web addresses as they are):")
        )
        text_label.setWordWrap(True)
        text_label.setBuddy(self.body_en)
        layout.addWidget(text_label)
        layout.addWidget(self.body_en, 1)

        french = QWidget()
        layout = QVBoxLayout(french)
        layout.addLayout(_form([(self.tr("T&itle:"), self.title_fr)]))
        note = QLabel(self.tr("Optional: where there is no French, members read the English."))
        note.setWordWrap(True)
        layout.addWidget(note)
        fr_label = QLabel(self.tr("Te&xt:"))
        fr_label.setBuddy(self.body_fr)
        layout.addWidget(fr_label)
        layout.addWidget(self.body_fr, 1)

        self.published = QDateEdit(to_qdate(draft.published_on or today))
        self.place = QLineEdit(draft.place or "")
        self.place.setMaxLength(rules.MAX_PLACE)
        self.has_event = QCheckBox(self.tr("An &event with dates"))
        self.has_event.setChecked(draft.starts_on is not None)
        self.starts = QDateEdit(to_qdate(draft.starts_on or today))
        self.ends = QDateEdit(to_qdate(draft.ends_on or draft.starts_on or today))
        self.starts.setAccessibleName(self.tr("First day of the event"))
        self.ends.setAccessibleName(self.tr("Last day of the event"))
        for edit in (self.published, self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        for edit in (self.starts, self.ends):
            edit.setEnabled(self.has_event.isChecked())
            self.has_event.toggled.connect(edit.setEnabled)
        self.activity = QComboBox()
        self.activity.addItem(self.tr("(none)"), None)
        for code, title in activities:
            self.activity.addItem(f"{code} {title}", code)
        self.activity.setCurrentIndex(max(0, self.activity.findData(draft.activity_code)))
        self.activity.setMinimumContentsLength(30)
        self.activity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session = QComboBox()
        self.session.addItem(self.tr("(none)"), None)
        for item in sessions:
            self.session.addItem(
                f"{item.course_name(language)}, {format_short_day(item.starts_on)}",
                item.id,
            )
        self.session.setCurrentIndex(max(0, self.session.findData(draft.session_id)))
        self.session.setMinimumContentsLength(30)
        self.session.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        details = QWidget()
        details.setLayout(
            _form(
                [
                    (self.tr("&Date of the item:"), self.published),
                    (self.tr("&Place:"), self.place),
                    (None, self.has_event),
                    (self.tr("F&irst day:"), self.starts),
                    (self.tr("&Last day:"), self.ends),
                    (self.tr("&Activity:"), self.activity),
                    (self.tr("&Course session:"), self.session),
                ]
            )
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(english, self.tr("English"))
        self.tabs.addTab(french, self.tr("French"))
        self.tabs.addTab(details, self.tr("Details"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(_buttons(self, self.tr("Pu&blish") if not editing else self.tr("&Save")))
        self.resize(620, 440)

    def draft(self) -> NewsDraft:
        event = self.has_event.isChecked()
        return NewsDraft(
            title=self.title_en.text(),
            body=self.body_en.toPlainText(),
            published_on=from_qdate(self.published.date()),
            title_fr=self.title_fr.text() or None,
            body_fr=self.body_fr.toPlainText() or None,
            place=self.place.text() or None,
            starts_on=from_qdate(self.starts.date()) if event else None,
            ends_on=from_qdate(self.ends.date()) if event else None,
            activity_code=self.activity.currentData(),
            session_id=self.session.currentData(),
        )


def ask_news(
    parent: QWidget | None,
    language: str,
    sessions: list[SessionInfo],
    activities: Sequence[tuple[str, str]],
    draft: NewsDraft | None = None,
    *,
    editing: bool = False,
) -> NewsDraft | None:
    """`activities`: (code, title) of the programme's activities, in the interface language."""
    dialog = NewsDialog(parent, language, sessions, activities, draft, editing=editing)
    return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
