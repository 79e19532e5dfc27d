"""A column header that writes its labels upwards, so narrow columns (a level, 0-4) can carry a
readable name ("Valuation", "Lutte antifraude") instead of a code. A label longer than the
header is elided; the model's tooltip gives the full name."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

PADDING = 6
MAX_LABEL_CHARS = 22  # the header grows with its longest label up to this many characters
SLACK = 4  # text turned on its side can measure a pixel or two wider than upright


class RotatedHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def label(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        text = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if text is None else str(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.label(s)) for s in range(self.count())), default=0
        )
        cap = metrics.averageCharWidth() * MAX_LABEL_CHARS
        return QSize(hint.width(), min(widest, cap) + 2 * PADDING + SLACK)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logicalIndex
        option.text = ""
        chosen = self.selectionModel()
        current = (
            self.highlightSections()
            and chosen is not None
            and chosen.columnIntersectsSelection(logicalIndex, self.rootIndex())
        )
        if current:
            option.state |= QStyle.StateFlag.State_On
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        font = self.font()
        font.setBold(current)
        painter.setFont(font)
        room = rect.height() - 2 * PADDING
        text = painter.fontMetrics().elidedText(
            self.label(logicalIndex), Qt.TextElideMode.ElideRight, room
        )
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        # After the turn, x runs up the column and y across it.
        painter.drawText(
            QRect(PADDING, 0, room, rect.width()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.restore()
