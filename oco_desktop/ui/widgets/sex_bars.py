"""Horizontal bars split by sex, painted with QPainter: one bar per row (tier or office)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from oco_desktop.domain import palette
from oco_desktop.services.dashboard import SexCounts
from oco_desktop.ui.i18n import format_number

WOMEN_COLOUR = QColor(palette.WOMEN)
MEN_COLOUR = QColor(palette.MEN)
OTHER_COLOUR = QColor(palette.OTHER_SEX)


class SexBars(QWidget):
    """Each row: its label, then a bar as long as its total, split women / men / other, with
    the numbers written on it. A legend sits underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, SexCounts]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Staff by tier and sex"))

    def set_rows(self, rows: list[tuple[str, SexCounts]]) -> None:
        self._rows = list(rows)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{0}: {1} women, {2} men, {3} other or not stated").format(
                    label, *(format_number(n) for n in (c.female, c.male, c.other))
                )
                for label, c in self._rows
            )
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        return QSize(360, self._row_height() * (len(self._rows) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def legend(self) -> list[tuple[str, QColor]]:
        return [
            (self.tr("Women"), WOMEN_COLOUR),
            (self.tr("Men"), MEN_COLOUR),
            (self.tr("Other / not stated"), OTHER_COLOUR),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row_h = self._row_height()
        label_w = max((metrics.horizontalAdvance(label) for label, _ in self._rows), default=0)
        label_w += 12
        bar_w = max(10, self.width() - label_w - 8)
        biggest = max((c.total for _, c in self._rows), default=0) or 1
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for i, (label, counts) in enumerate(self._rows):
            top = i * row_h + 2
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, top, label_w - 6, row_h - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x = float(label_w)
            for value, colour in (
                (counts.female, WOMEN_COLOUR),
                (counts.male, MEN_COLOUR),
                (counts.other, OTHER_COLOUR),
            ):
                if not value:
                    continue
                width = bar_w * value / biggest
                segment = QRectF(x, top + 2, width, row_h - 8)
                painter.fillRect(segment, colour)
                text = format_number(value)
                if metrics.horizontalAdvance(text) + 4 < width:
                    dark = colour == MEN_COLOUR
                    painter.setPen(Qt.GlobalColor.white if dark else Qt.GlobalColor.black)
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
                x += width
            if counts.total == 0:
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(x, top, bar_w, row_h - 4),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    "0",
                )
        self._paint_legend(painter, len(self._rows) * row_h + 4, text_colour)
        painter.end()

    def _paint_legend(self, painter: QPainter, top: int, text_colour: QColor) -> None:
        metrics = self.fontMetrics()
        box = metrics.height() - 4
        x = 4.0
        for text, colour in self.legend():
            painter.fillRect(QRectF(x, top + 2, box, box), colour)
            x += box + 4
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x, top, metrics.horizontalAdvance(text) + 2, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += metrics.horizontalAdvance(text) + 16
