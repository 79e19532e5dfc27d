"""Priority bands on screen: their colours, words and letters, the grid's cell painter and the
legend. A band is never told by colour alone: each coloured cell also carries its letter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from oco_desktop.domain.tna import Band
from oco_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Bands"
# Pale tones with black text: readable on any screen, and apart for common colour blindness
# thanks to the letters.
BAND_COLOURS = {
    Band.HIGH: QColor("#ef9a9a"),
    Band.MEDIUM: QColor("#ffcc80"),
    Band.LOW: QColor("#fff59d"),
    Band.NONE: QColor("#c5e1a5"),
}
NOT_RELEVANT_COLOUR = QColor("#e0e0e0")
TEXT_COLOUR = QColor("#000000")
MUTED_COLOUR = QColor("#5f6368")

_WORDS = {
    Band.HIGH: QT_TRANSLATE_NOOP("Bands", "High"),
    Band.MEDIUM: QT_TRANSLATE_NOOP("Bands", "Medium"),
    Band.LOW: QT_TRANSLATE_NOOP("Bands", "Low"),
    Band.NONE: QT_TRANSLATE_NOOP("Bands", "No need"),
}
# The letter painted in the corner of a cell (translators: one letter each).
_LETTERS = {
    Band.HIGH: QT_TRANSLATE_NOOP("Bands", "H"),
    Band.MEDIUM: QT_TRANSLATE_NOOP("Bands", "M"),
    Band.LOW: QT_TRANSLATE_NOOP("Bands", "L"),
    Band.NONE: "",
}
_RULES = {
    Band.HIGH: QT_TRANSLATE_NOOP("Bands", "score 6 or more"),
    Band.MEDIUM: QT_TRANSLATE_NOOP("Bands", "score 3 to 5"),
    Band.LOW: QT_TRANSLATE_NOOP("Bands", "score 1 or 2"),
    Band.NONE: QT_TRANSLATE_NOOP("Bands", "no gap"),
}


def band_word(band: Band | str) -> str:
    return QCoreApplication.translate(CONTEXT, _WORDS[Band(band)])


def band_letter(band: Band | str) -> str:
    letter = _LETTERS[Band(band)]
    return QCoreApplication.translate(CONTEXT, letter) if letter else ""


# Roles the TNA models answer, shared with the painter.
BAND_ROLE = Qt.ItemDataRole.UserRole + 20  # the band value ("high"...), None if not scored
CARRIED_ROLE = Qt.ItemDataRole.UserRole + 21  # True when the level shown is last year's
RELEVANT_ROLE = Qt.ItemDataRole.UserRole + 22  # False when the position does not need it


class BandDelegate(QStyledItemDelegate):
    """Paints a level cell: the band's colour, the level in the middle (in grey italics when it
    is last year's), the band's letter in the top right corner."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        band = index.data(BAND_ROLE)
        relevant = index.data(RELEVANT_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect: QRect = option.rect
        painter.save()
        if relevant is False:
            painter.fillRect(rect, NOT_RELEVANT_COLOUR)
        elif band:
            painter.fillRect(rect, BAND_COLOURS[Band(band)])
        else:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Base))
        if selected:
            pen = painter.pen()
            pen.setColor(option.palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        text = index.data(Qt.ItemDataRole.DisplayRole)
        font = QFont(option.font)
        carried = bool(index.data(CARRIED_ROLE))
        font.setItalic(carried)
        painter.setFont(font)
        muted = carried or relevant is False
        if band or relevant is False:
            painter.setPen(MUTED_COLOUR if muted else TEXT_COLOUR)
        else:
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        if text:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(text))
        letter = band_letter(band) if band else ""
        if letter:
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.7))
            painter.setFont(small)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                rect.adjusted(0, 1, -3, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                letter,
            )  # fmt: skip
        painter.restore()


def _swatch(colour: QColor, text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(
        f"QLabel {{ background: {colour.name()}; color: #000000; padding: 1px 6px; "
        "border: 1px solid #9e9e9e; }"
    )
    return label


class BandLegend(QWidget):
    """One line: each band's colour, letter and rule, then what grey and italics mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for band in (Band.HIGH, Band.MEDIUM, Band.LOW, Band.NONE):
            letter = band_letter(band)
            word = band_word(band)
            rule = QCoreApplication.translate(CONTEXT, _RULES[band])
            label = _swatch(BAND_COLOURS[band], f"{letter} {word}".strip())
            label.setToolTip(f"{word}: {rule}")
            layout.addWidget(label)
        blank = _swatch(QColor("#ffffff"), self.tr("not assessed"))
        blank.setToolTip(self.tr("No agreed level yet this year"))
        layout.addWidget(blank)
        grey = _swatch(NOT_RELEVANT_COLOUR, self.tr("– not needed"))
        grey.setToolTip(self.tr("The position does not need this competency (required level 0)"))
        layout.addWidget(grey)
        carried = QLabel(self.tr("<i>2</i> = last year's"))
        carried.setToolTip(self.tr("Last year's agreed level, the starting point: confirm it"))
        layout.addWidget(carried)
        layout.addStretch(1)
