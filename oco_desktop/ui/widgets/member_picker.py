"""A searchable list of the OCO member administrations: English or French name, or code,
without caring about capitals or accents ("iles cook", "fidji", "pg")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from oco_desktop.store.reference import MemberRef
from oco_desktop.ui.i18n import Retranslated, fold_words

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def member_text(member: MemberRef, language: str) -> str:
    """ "Fiji — Fidji (FJ)": the name in the UI language first, the other one after."""
    first = member.name(language)
    other = member.name("en" if language == "fr" else "fr")
    names = first if other == first else f"{first} — {other}"
    return f"{names} ({member.code})"


def matches(member: MemberRef, query: str) -> bool:
    """Every word typed appears in the English name, the French name or the code."""
    haystack = fold_words(f"{member.name_en} {member.name_fr} {member.code} {member.iso3}")
    return all(word in haystack for word in fold_words(query).split())


class MemberPicker(Retranslated, QWidget):
    """The search box filters the list; Up/Down in the box move through what is shown."""

    chosen = Signal(str)  # member code, or "" when nothing is chosen

    def __init__(
        self, members: list[MemberRef], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.members = members
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.set_language(language)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setVisible(False)
        self.label = QLabel()
        self.label.setBuddy(self.search)
        self.retranslate()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(self.list, 1)

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(self._current_changed)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type a name or code, in English or French"))
        self.search.setAccessibleName(self.tr("Search the member administrations"))
        self.list.setAccessibleName(self.tr("Member administrations"))
        self.label.setText(self.tr("&Search:"))
        if self.no_match.isVisibleTo(self):
            self._filter(self.search.text())

    def set_language(self, language: str) -> None:
        """The names in `language` first and sorted by it; what is typed and chosen stays."""
        chosen = self.code()
        self.members = sorted(self.members, key=lambda m: fold_words(m.name(language)))
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for member in self.members:
            item = QListWidgetItem(member_text(member, language))
            item.setData(CODE_ROLE, member.code)
            self.list.addItem(item)
        for row, member in enumerate(self.members):
            self.list.item(row).setHidden(not matches(member, self.search.text()))
        if chosen is not None:
            self.select(chosen)
        self.list.blockSignals(blocked)

    def visible_codes(self) -> list[str]:
        return [
            self.list.item(row).data(CODE_ROLE)
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def visible_texts(self) -> list[str]:
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def code(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden() or not item.isSelected():
            return None
        return str(item.data(CODE_ROLE))

    def select(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(CODE_ROLE) == code:
                self.list.setCurrentRow(row)
                return

    def _filter(self, query: str) -> None:
        first_visible: QListWidgetItem | None = None
        for row, member in enumerate(self.members):
            item = self.list.item(row)
            hidden = not matches(member, query)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.list.currentItem()
        if first_visible is None:
            # None is Qt's nullptr (no current item); PySide6's stub omits it
            self.list.setCurrentItem(None)  # type: ignore[call-overload]
            self.list.clearSelection()
            self.no_match.setText(
                self.tr(
                    "No member administration matches “{0}”. Try the English or French name, "
                    "or the two-letter code."
                ).format(query.strip())
            )
        elif query.strip() and (current is None or current.isHidden()):
            self.list.setCurrentItem(first_visible)
        self.no_match.setVisible(first_visible is None)
        self._current_changed()

    def _current_changed(self, *_: object) -> None:
        self.chosen.emit(self.code() or "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._step(key)
                return True
        return super().eventFilter(watched, event)

    def _step(self, key: int) -> None:
        rows = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
        if not rows:
            return
        current = self.list.currentRow()
        position = rows.index(current) if current in rows else -1
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            step = 1 if key == Qt.Key.Key_Down else 5
            position = min(len(rows) - 1, position + step)
        else:
            step = 1 if key == Qt.Key.Key_Up else 5
            position = max(0, position - step) if position >= 0 else 0
        self.list.setCurrentRow(rows[position])
