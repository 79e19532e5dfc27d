"""The News page: what the Secretariat published, newest first, searchable as you type. The
chosen item is shown in full (plain text that scrolls) with its activity and course session one
click away, and marked read at this office. The Secretariat writes, edits and withdraws items
here; members receive them with the Secretariat's sync bundles.

Everything an item holds is shown as plain text (QLabel in Qt.PlainText, QTextBrowser's
setPlainText): a bundle's text is never interpreted as HTML.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.news import feed as news
from oco_desktop.services.news.feed import NewsDraft, NewsEntry
from oco_desktop.services.programme import courses
from oco_desktop.services.programme import tree as programme
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages, news_editor
from oco_desktop.ui.i18n import format_short_day
from oco_desktop.ui.tasks import Op, report_failure

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150
UNREAD_MARK = "● "


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def day_range(first: dt.date, last: dt.date) -> str:
    return QCoreApplication.translate("NewsPage", "{0} to {1}").format(
        format_short_day(first), format_short_day(last)
    )


def event_text(entry: NewsEntry) -> str:
    """ "Suva, Fiji · 1 Mar 2027 to 5 Mar 2027" (the parts the item has)."""
    parts = [entry.place] if entry.place else []
    if entry.starts_on is not None:
        if entry.ends_on is None or entry.ends_on == entry.starts_on:
            parts.append(format_short_day(entry.starts_on))
        else:
            parts.append(day_range(entry.starts_on, entry.ends_on))
    return " · ".join(parts)


class NewsPage(QWidget):
    """`loaded` after each list is on screen; `open_page(key, request)` asks the window for
    another page (the Programme page, at an activity or to nominate staff to a session)."""

    loaded = Signal()
    open_page = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.language
        self.secretariat = context.member_code is None
        self.entries: list[NewsEntry] = []
        self.current: NewsEntry | None = None
        self.wanted_id: str | None = None
        self.loads = 0  # refreshes asked for; only the latest one's list is shown

        heading = QLabel(self.tr("News from the Secretariat"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the news…"))
        self.search.setAccessibleName(self.tr("Search the news"))
        self.search.setClearButtonEnabled(True)
        self.unread_only = QCheckBox(self.tr("&Unread only"))
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&New item…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.unread_only)
        for button in (self.new_button, self.edit_button, self.withdraw_button):
            button.setVisible(self.secretariat)
            tools.addWidget(button)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("News items, newest first"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(3)
        self.list.setMinimumWidth(220)

        self.title = plain_label()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.meta = plain_label()
        self.untranslated = plain_label(
            self.tr("No French version of this text was written: it is shown in English.")
        )
        self.activity_label = plain_label()
        self.activity_button = QPushButton(self.tr("Open the &activity"))
        self.session_label = plain_label()
        self.session_button = QPushButton()
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.setAccessibleName(self.tr("Text of the news item"))
        links = QHBoxLayout()
        links.addWidget(self.activity_button)
        links.addWidget(self.session_button)
        links.addStretch(1)
        self.empty = plain_label()
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(6, 0, 0, 0)
        detail.addWidget(self.title)
        detail.addWidget(self.meta)
        detail.addWidget(self.untranslated)
        detail.addWidget(self.activity_label)
        detail.addWidget(self.session_label)
        detail.addLayout(links)
        detail.addWidget(self.body, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.detail, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([320, 480])  # the text gets the larger share

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(tools)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)
        self.unread_only.toggled.connect(self.refresh)
        self.list.currentItemChanged.connect(self._chosen)
        self.activity_button.clicked.connect(self._open_activity)
        self.session_button.clicked.connect(self._open_session)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.withdraw_button.clicked.connect(self.withdraw_item)
        self._show_entry(None)

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        store, text, unread = self.context.store, self.search.text(), self.unread_only.isChecked()
        self.loads += 1
        load = self.loads

        def shown(entries: list[NewsEntry]) -> None:
            if load == self.loads:  # an older search's answer, overtaken by typing: dropped
                self.show_entries(entries)

        Op(self, lambda: news.list_news(store, unread_only=unread, search=text)).success(
            shown
        ).run()

    def open_request(self, request: object) -> None:
        """Show one item (the dashboard's click): `request` is its id."""
        if isinstance(request, str):
            self.wanted_id = request
            if self.search.text() or self.unread_only.isChecked():
                self.search.blockSignals(True)
                self.search.clear()
                self.search.blockSignals(False)
                self.unread_only.blockSignals(True)
                self.unread_only.setChecked(False)
                self.unread_only.blockSignals(False)
            self.refresh()

    def show_entries(self, entries: list[NewsEntry]) -> None:
        keep = self.wanted_id or (self.current.id if self.current else None)
        self.wanted_id = None
        self.entries = entries
        self.list.blockSignals(True)
        self.list.clear()
        for entry in entries:
            self.list.addItem(self._item(entry))
        self.list.blockSignals(False)
        unread = sum(not e.read for e in entries)
        self.count.setText(self._count_text(len(entries), unread))
        row = next((n for n, e in enumerate(entries) if e.id == keep), 0 if entries else -1)
        if row >= 0:
            self.list.setCurrentRow(row)  # shows it and marks it read
        else:
            self._show_entry(None)
        self.loaded.emit()

    def _count_text(self, total: int, unread: int) -> str:
        if total == 0:
            if self.search.text().strip():
                return self.tr("No item has these words.")
            if self.unread_only.isChecked():
                return self.tr("No unread news.")
            if self.secretariat:
                return self.tr("No news yet: write the first item with New item.")
            return self.tr(
                "No news yet: items arrive with the Secretariat's sync bundles (Sync page)."
            )
        if total == 1:
            return self.tr("1 item, {0} unread").format(unread)
        return self.tr("{0} items, {1} unread").format(total, unread)

    def _item(self, entry: NewsEntry) -> QListWidgetItem:
        title = entry.title_in(self.language)
        when = format_short_day(entry.published_on)
        where = f" · {entry.place}" if entry.place else ""
        mark = UNREAD_MARK if not entry.read else ""
        item = QListWidgetItem(f"{mark}{title}\n{when}{where}")
        item.setData(ID_ROLE, entry.id)
        if not entry.read:
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(self.tr("Not read yet"))
        return item

    # -- the chosen item -------------------------------------------------------------------

    def _entry_at(self, item: QListWidgetItem | None) -> NewsEntry | None:
        if item is None:
            return None
        news_id = item.data(ID_ROLE)
        return next((e for e in self.entries if e.id == news_id), None)

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        entry = self._entry_at(item)
        self._show_entry(entry)
        if entry is not None and not entry.read and item is not None:
            self._mark_read(entry, item)

    def _mark_read(self, entry: NewsEntry, item: QListWidgetItem) -> None:
        store = self.context.store
        index = self.entries.index(entry)
        read = NewsEntry(**{**entry.__dict__, "read": True})
        self.entries[index] = read
        if self.current is entry:
            self.current = read
        item.setText(item.text().removeprefix(UNREAD_MARK))
        item.setFont(self.list.font())
        item.setToolTip("")
        unread = sum(not e.read for e in self.entries)
        self.count.setText(self._count_text(len(self.entries), unread))
        Op(self, lambda: news.mark_read(store, [entry.id])).run()

    def _show_entry(self, entry: NewsEntry | None) -> None:
        self.current = entry
        self.detail.setVisible(entry is not None)
        self.empty.setVisible(entry is None)
        self.edit_button.setEnabled(entry is not None)
        self.withdraw_button.setEnabled(entry is not None)
        if entry is None:
            self.empty.setText(
                self.tr("Choose an item in the list to read it.") if self.entries else ""
            )
            return
        language = self.language
        self.title.setText(entry.title_in(language))
        meta = [self.tr("Published {0}").format(format_short_day(entry.published_on))]
        event = event_text(entry)
        if event:
            meta.append(event)
        self.meta.setText(" · ".join(meta))
        self.untranslated.setVisible(not entry.translated(language))
        self.body.setPlainText(entry.body_in(language))
        activity = entry.activity_name(language)
        self.activity_label.setVisible(activity is not None)
        self.activity_button.setVisible(activity is not None)
        if activity is not None:
            self.activity_label.setText(self.tr("Programme activity: {0}").format(activity))
        session = entry.session
        self.session_label.setVisible(session is not None)
        self.session_button.setVisible(session is not None)
        if session is not None:
            when = day_range(session.starts_on, session.ends_on)
            state = (
                self.tr("nominations open")
                if session.open_for_nominations
                else self.tr("not open for nominations")
            )
            self.session_label.setText(
                self.tr("Course session: {0} {1}, {2} ({3})").format(
                    session.course_code, session.course_name(language), when, state
                )
            )
            nominate = session.open_for_nominations and not self.secretariat
            self.session_button.setText(
                self.tr("&Nominate staff…") if nominate else self.tr("Open the &session")
            )

    def _open_activity(self) -> None:
        entry = self.current
        if entry is not None and entry.activity_code:
            self.open_page.emit("programme", {"activity": entry.activity_code})

    def _open_session(self) -> None:
        entry = self.current
        if entry is None or entry.session is None:
            return
        session = entry.session
        request: dict[str, str | None] = {
            "activity": session.activity_code or entry.activity_code,
            "session": session.id,
        }
        if session.open_for_nominations and not self.secretariat:
            request["nominate"] = session.id
        self.open_page.emit("programme", request)

    # -- the Secretariat writes ------------------------------------------------------------

    def new_item(self) -> None:
        self._ask(None, None)

    def edit_item(self) -> None:
        if self.current is not None:
            self._ask(self.current.draft(), self.current.id)

    def _ask(self, draft: NewsDraft | None, news_id: str | None) -> None:
        store = self.context.store

        def choices() -> tuple[list[Any], list[tuple[str, str]]]:
            sessions = courses.list_sessions(store, upcoming_only=True)
            found = programme.activities(store)
            return sessions, [(a.code, a.name(self.language)) for a in found]

        Op(self, choices).success(
            lambda found: self._edit(found[0], found[1], draft, news_id)
        ).run()

    def _edit(
        self,
        sessions: list[Any],
        activities: list[tuple[str, str]],
        draft: NewsDraft | None,
        news_id: str | None,
    ) -> None:
        sessions = [s for s in sessions if s.status != "cancelled"]
        changed = news_editor.ask_news(
            self, self.language, sessions, activities, draft, editing=news_id is not None
        )
        if changed is None:
            return
        store, actor = self.context.store, self.context.actor()

        def save() -> NewsEntry:
            if news_id is None:
                return news.add_news(store, changed, actor)
            return news.edit_news(store, news_id, changed, actor)

        def refused(exc: BaseException) -> None:
            report_failure(self, exc)
            if isinstance(exc, InvalidInput):
                self._edit(sessions, activities, changed, news_id)  # what was typed is kept

        Op(self, save).success(self._saved).failure(refused).run()

    def _saved(self, entry: NewsEntry) -> None:
        self.wanted_id = entry.id
        self.refresh()

    def withdraw_item(self) -> None:
        entry = self.current
        if entry is None:
            return
        question = self.tr(
            "Withdraw “{0}”? It leaves every member's news at their next import."
        ).format(entry.title)
        # A message box guesses rich text from the text: given as escaped HTML, a title is
        # shown exactly as written.
        if not messages.confirm(self, f"<p>{html.escape(question)}</p>", self.tr("&Withdraw")):
            return
        store, actor = self.context.store, self.context.actor()
        self.current = None
        Op(self, lambda: news.withdraw_news(store, entry.id, actor)).success(
            lambda _title: self.refresh()
        ).run()
