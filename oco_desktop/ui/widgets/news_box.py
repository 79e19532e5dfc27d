"""The dashboard's view of the Secretariat's news: the latest items, the unread ones marked, each
one click from the News page. It loads itself through the worker (`refresh()`), and imports the
news service there too: the dashboard is the first page painted, so its imports are start-up
time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.ui.context import AppContext
from oco_desktop.ui.i18n import format_short_day
from oco_desktop.ui.tasks import Op

if TYPE_CHECKING:
    from oco_desktop.services.news.feed import NewsEntry

ID_ROLE = Qt.ItemDataRole.UserRole


class NewsBox(QGroupBox):
    """`shown` after each load is on screen; `open_item(id or "")` when a line or "All news"
    is clicked ("" for the whole list)."""

    shown = Signal()
    open_item = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entries: list[NewsEntry] = []
        self.unread = 0
        self.setTitle(self.tr("News from the Secretariat"))
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        self.all_button = QPushButton(self.tr("All &news"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Latest news"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        self.all_button.clicked.connect(lambda: self.open_item.emit(""))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.list.hide()

    def refresh(self) -> None:
        store = self.context.store

        def load() -> tuple[list[NewsEntry], int]:
            from oco_desktop.domain.news import LATEST_ON_DASHBOARD
            from oco_desktop.services.news import feed as news

            return news.list_news(store, limit=LATEST_ON_DASHBOARD), news.unread_count(store)

        Op(self, load).success(self.show_news).run()

    def show_news(self, loaded: tuple[list[NewsEntry], int]) -> None:
        self.entries, self.unread = loaded
        language = self.context.language
        self.list.clear()
        for entry in self.entries:
            mark = self.tr("New") + " · " if not entry.read else ""
            text = f"{mark}{format_short_day(entry.published_on)} · {entry.title_in(language)}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(entry.title_in(language))
            if not entry.read:
                font = QFont(self.list.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        if not self.entries and self.context.member_code is None:
            self.summary.setText(self.tr("No news yet: write the first item on the News page."))
        elif not self.entries:
            self.summary.setText(
                self.tr("No news yet: the Secretariat's items arrive with its sync bundles.")
            )
        elif self.unread == 1:
            self.summary.setText(self.tr("1 unread item. Click a line to read it."))
        elif self.unread:
            self.summary.setText(
                self.tr("{0} unread items. Click a line to read it.").format(self.unread)
            )
        else:
            self.summary.setText(self.tr("Everything is read. The latest items:"))
        self.list.setVisible(bool(self.entries))
        self.all_button.setVisible(bool(self.entries))
        rows = len(self.entries)
        if rows:
            height = sum(self.list.sizeHintForRow(n) for n in range(rows))
            self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)
        self.shown.emit()

    def _open(self, item: QListWidgetItem) -> None:
        self.open_item.emit(item.data(ID_ROLE))
