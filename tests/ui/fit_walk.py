"""What does not fit on a small screen: texts wider than the widget that shows them (with no
tooltip to read them whole), tables whose columns run off the right edge, columns with no
header, widgets cut at the window's edge. Measured with the widget's own font and style."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionTab,
    QTabBar,
    QToolButton,
    QWidget,
)

from oco_desktop.ui.widgets.fit import HeaderTips

SLACK = 1  # pixels of rounding


@dataclass(frozen=True, order=True)
class Misfit:
    where: str  # page and tab
    widget: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.where} | {self.widget} | {self.text!r}: {self.why}"


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label(label: QLabel) -> tuple[str, int, int] | None:
    text = _plain(label.text()).strip()
    if label.buddy() is not None:
        text = _mnemonic_free(text)
    if not text or label.wordWrap() or label.toolTip():
        return None
    needed = _widest_line(label.fontMetrics(), text)
    available = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    return text, needed, available


def _button(button: QAbstractButton) -> tuple[str, int, int] | None:
    text = _mnemonic_free(button.text()).strip()
    if not text or button.toolTip():
        return None
    if isinstance(button, QCheckBox | QRadioButton):
        # the style's own measure of indicator, spacing and text
        return text, button.sizeHint().width(), button.width()
    style = button.style()
    needed = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QPushButton):
        needed += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        needed += 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        if button.menu() is not None:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    elif isinstance(button, QToolButton):
        needed += 6
        if button.menu() is not None or button.popupMode() == QToolButton.MenuButtonPopup:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    return text, needed, button.width()


def _combo(combo: QComboBox) -> tuple[str, int, int] | None:
    text = combo.currentText()
    if not text or combo.isEditable() or combo.toolTip():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    return text, needed, field.width()


def _tabs(bar: QTabBar, where: str) -> list[Misfit]:
    found = []
    if bar.sizeHint().width() > bar.width() + SLACK:
        found.append(
            Misfit(
                where,
                _name(bar),
                " / ".join(bar.tabText(i) for i in range(bar.count())),
                f"the tabs need {bar.sizeHint().width()} px, the bar has {bar.width()}",
            )
        )
    metrics = bar.fontMetrics()
    style = bar.style()
    for index in range(bar.count()):
        text = _mnemonic_free(bar.tabText(index))
        option = QStyleOptionTab()
        option.initFrom(bar)
        option.rect = bar.tabRect(index)
        option.text = bar.tabText(index)
        option.shape = bar.shape()
        if index == bar.currentIndex():
            option.state |= QStyle.StateFlag.State_Selected
        else:
            option.state &= ~QStyle.StateFlag.State_Selected
        area = style.subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
        # the title is drawn centred in `area` and clipped to it: the top of its tallest
        # letter (an accent on a capital rises above the ascent) must be inside
        baseline = area.top() + (area.height() - metrics.height()) // 2 + metrics.ascent()
        top = baseline + metrics.tightBoundingRect(text).top()
        if top < area.top():
            found.append(
                Misfit(
                    where,
                    _name(bar),
                    text,
                    f"the top {area.top() - top} px of the title is cut off "
                    f"({'selected' if index == bar.currentIndex() else 'unselected'} tab)",
                )
            )
    return found


def _header(header: QHeaderView, where: str) -> list[Misfit]:
    view = header.parentWidget()
    model = header.model()
    if model is None or not isinstance(view, QAbstractItemView):
        return []
    name = _name(view)
    found = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    font = header.font()
    font.setBold(font.bold() or header.highlightSections())  # a highlighted title is bold
    metrics = QFontMetrics(font)

    def needs(column: int) -> int:
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = _widest_line(metrics, text.strip()) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        return needed

    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    # room for every title whole: then none may be cut, tooltip or not
    least = header.minimumSectionSize()
    room = sum(max(needs(c), least) for c in shown) <= view.viewport().width()
    for column in range(header.count()):
        if header.isSectionHidden(column) or header.sectionSize(column) <= 0:
            continue
        text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        text = str(text or "").strip()
        if not text:
            found.append(Misfit(where, name, f"column {column}", "a column without a header"))
            continue
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        # the app's header tooltips show a cut title whole (tests/ui/test_fit checks they do)
        tip = tip or header.findChild(HeaderTips) is not None
        needed = needs(column)
        if needed > header.sectionSize(column) + SLACK and (not tip or room):
            found.append(
                Misfit(
                    where,
                    name,
                    text,
                    f"header needs {needed} px, the column has {header.sectionSize(column)}",
                )
            )
    width = view.viewport().width()
    if view.property("scrolls_sideways"):
        return found
    if view.horizontalScrollBar().isVisible() or header.length() > width + SLACK:
        found.append(
            Misfit(
                where,
                name,
                " / ".join(
                    str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(header.count())
                    if not header.isSectionHidden(c)
                ),
                f"the columns need {header.length()} px, the table shows {width}",
            )
        )
    return found


def _off_the_window(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return not window.rect().contains(QRect(top_left, widget.size()).adjusted(0, 0, -1, -1))


def misfits(window: QWidget, where: str) -> list[Misfit]:
    """Everything shown in `window` that does not fit, with `where` (page and tab) on each."""
    found: list[Misfit] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget):
            continue
        measured = None
        if isinstance(widget, QLabel):
            measured = _label(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            measured = _button(widget)
        elif isinstance(widget, QComboBox):
            measured = _combo(widget)
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget, where))
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            found.extend(_header(widget, where))
        if measured is not None:
            text, needed, available = measured
            if needed > available + SLACK:
                found.append(
                    Misfit(where, _name(widget), text, f"needs {needed} px, has {available}")
                )
        if (
            isinstance(widget, QLabel | QAbstractButton | QComboBox)
            and not isinstance(widget.parent(), QTabBar)
            and _in_plain_sight(widget)
            and _off_the_window(widget, window)
        ):
            found.append(Misfit(where, _name(widget), _text_of(widget), "cut at the window's edge"))
    return found


def _in_plain_sight(widget: QWidget) -> bool:
    """Not inside a scroll area (where running past the edge is what scrolling is for)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "qt_scrollarea_viewport":
            return False
        parent = parent.parentWidget()
    return True


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return _plain(widget.text())  # type: ignore[attr-defined]
