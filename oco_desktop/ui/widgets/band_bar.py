"""One bar split by priority band (high, medium, low), painted with QPainter: the dashboard's
light version of the TNA report's "Needs by priority" chart, with the same figures."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from oco_desktop.domain.tna import NEED_BANDS
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.widgets.tna_bands import BAND_COLOURS, TEXT_COLOUR, band_word


class BandBar(QWidget):
    """Segments as long as each band's count of needs, with the count on the segment where it
    fits and a legend (word and count) underneath, so no figure is told by colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Training needs by priority"))

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = {band.value: int(counts.get(band.value, 0)) for band in NEED_BANDS}
        self.setAccessibleDescription(self.legend_text())
        self.update()

    def legend_text(self) -> str:
        return "; ".join(
            self.tr("{0}: {1}").format(
                band_word(band), format_number(self.counts.get(band.value, 0))
            )
            for band in NEED_BANDS
        )

    def sizeHint(self) -> QSize:
        return QSize(360, 2 * self.fontMetrics().height() + 18)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        bar_h = metrics.height() + 6
        total = sum(self.counts.values())
        x = 0.0
        for band in NEED_BANDS:
            value = self.counts.get(band.value, 0)
            if not value or not total:
                continue
            width = self.width() * value / total
            segment = QRectF(x, 0, width, bar_h)
            painter.fillRect(segment, BAND_COLOURS[band])
            text = format_number(value)
            if metrics.horizontalAdvance(text) + 4 < width:
                painter.setPen(TEXT_COLOUR)
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
            x += width
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(0, bar_h + 4, self.width(), metrics.height() + 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.legend_text(),
        )
        painter.end()
