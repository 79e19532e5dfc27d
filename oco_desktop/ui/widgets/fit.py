"""Tables and combo boxes that fit a small screen (1024x600) in both languages.

`fit_columns(view, stretch=...)` gives each column the width of its content (header and
cells), hands the space left to one column, and when the columns together are wider than the
table, narrows the widest ones first (never below their header, while there is room for it) so
that no column runs off the right edge. A cell or header cut short ends in "…" and shows its
whole text in a tooltip. `fit_combo(combo)` lets a combo shrink to a few characters, eliding
its text, with the whole choice in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QTableView,
    QToolTip,
    QTreeView,
    QWidget,
)

MIN_COLUMN = 48  # pixels: a column is never narrower (a few letters and "…")
SAMPLE_ROWS = 200  # rows measured for a column's content width
INTERACTIVE = QHeaderView.ResizeMode.Interactive
ACCENT_ROOM = 4  # pixels above and below a tab's title


def text_cut_short(option: QStyleOptionViewItem, text: str, widget: QWidget | None) -> bool:
    """Whether `text` is wider than the text area of the cell `option` describes."""
    style = widget.style() if widget is not None else None
    if style is None:
        return False
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    widest = max(
        (option.fontMetrics.horizontalAdvance(line) for line in text.splitlines()), default=0
    )
    return widest > area.width() - 2 * margin


def show_whole_text(
    delegate: QStyledItemDelegate,
    event: QHelpEvent,
    view: QAbstractItemView,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> bool:
    """A tooltip with a cell's whole text when the cell shows it cut short (and the model
    gives no tooltip of its own). For any delegate's `helpEvent`."""
    if event.type() != QEvent.Type.ToolTip or index.data(Qt.ItemDataRole.ToolTipRole):
        return False
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    shown = QStyleOptionViewItem(option)
    delegate.initStyleOption(shown, index)
    if not text_cut_short(shown, text, view):
        return False
    QToolTip.showText(event.globalPos(), text, view)
    return True


class ElidedTipDelegate(QStyledItemDelegate):
    """The standard delegate, with the whole text in a tooltip where a cell is cut short."""

    def helpEvent(self, event, view, option, index) -> bool:
        if show_whole_text(self, event, view, option, index):
            return True
        return super().helpEvent(event, view, option, index)


class HeaderTips(QObject):
    """A tooltip with a header's whole title where its column is too narrow for it."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        header.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        header = self.header
        model = header.model()
        column = header.logicalIndexAt(event.pos())
        if model is None or column < 0:
            return False
        orientation = header.orientation()
        if model.headerData(column, orientation, Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip, shown by the header
        text = str(model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole) or "")
        if text and header_width(header, column) > header.sectionSize(column):
            QToolTip.showText(event.globalPos(), text, header)
            return True
        return False


def header_width(header: QHeaderView, column: int) -> int:
    """The width the section `column` needs to show its title whole: the style's own measure
    (margins, sort arrow, and the bold font of a highlighted section)."""
    return header.sectionSizeHint(column)


def share_width(wanted: list[int], floors: list[int], available: int) -> list[int]:
    """Widths for columns that want `wanted` in `available` pixels: all of it when it fits;
    else the widest are narrowed to one common level (never below their floor)."""
    if sum(wanted) <= available:
        return list(wanted)
    if sum(floors) >= available:
        return list(floors)
    low, high = 0, max(wanted)
    while low < high:  # the highest level at which the columns still fit
        level = (low + high + 1) // 2
        if sum(max(f, min(w, level)) for w, f in zip(wanted, floors, strict=True)) <= available:
            low = level
        else:
            high = level - 1
    return [max(f, min(w, low)) for w, f in zip(wanted, floors, strict=True)]


class ColumnFitter(QObject):
    """Keeps a view's columns fitted to their content and to the view's width."""

    def __init__(self, view: QTableView | QTreeView, stretch: int | None) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self._wanted: list[int] | None = None
        self._width = -1
        self._model: QAbstractItemModel | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header = self.header
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(MIN_COLUMN)
        HeaderTips(header)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The columns fit by construction; a scroll bar shown for a moment while the width
        # settles would take a row's height and can stay on (Qt's two bars wait on each other).
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(ElidedTipDelegate(view))
        view.viewport().installEventFilter(self)
        # a model set (or replaced) after the view was made shows here first
        header.sectionCountChanged.connect(self.measure_again)
        self._follow(view.model())

    @property
    def header(self) -> QHeaderView:
        return (
            self.view.header() if isinstance(self.view, QTreeView) else self.view.horizontalHeader()
        )

    def _follow(self, model: QAbstractItemModel | None) -> None:
        if model is self._model:
            return
        self._model = model
        if model is None:
            return
        self._wanted = None
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.headerDataChanged,
            model.columnsInserted,
            model.columnsRemoved,
        ):
            signal.connect(self.measure_again)
        self._timer.start()

    def measure_again(self, *_args: object) -> None:
        self._wanted = None
        self._follow(self.view.model())
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self._width:
            self._timer.start()
        return False

    def _measure(self) -> list[int]:
        view, header = self.view, self.header
        model = view.model()
        wanted = []
        rows = min(model.rowCount(), SAMPLE_ROWS)
        for column in range(header.count()):
            width = header_width(header, column)
            if rows:
                width = max(width, view.sizeHintForColumn(column))
            wanted.append(max(width, MIN_COLUMN))
        return wanted

    def fit(self) -> None:
        view, header = self.view, self.header
        self._follow(view.model())
        if view.model() is None or header.count() == 0:
            return
        if self._wanted is None or len(self._wanted) != header.count():
            header.setResizeContentsPrecision(SAMPLE_ROWS)
            self._wanted = self._measure()
        self._width = view.viewport().width()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns or self._width <= 0:
            return
        wanted = [self._wanted[c] for c in columns]
        floors = [
            min(w, max(MIN_COLUMN, header_width(header, c)))
            for w, c in zip(wanted, columns, strict=True)
        ]
        widths = share_width(wanted, floors, self._width)
        if sum(widths) > self._width:  # even the headers do not fit: they are cut too
            widths = share_width(widths, [min(w, MIN_COLUMN) for w in widths], self._width)
        stretch = self.stretch if self.stretch in columns else columns[-1]
        for column, width in zip(columns, widths, strict=True):
            # the stretching column takes what the others leave, as the view's width changes
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == stretch
                else QHeaderView.ResizeMode.Interactive
            )
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
            if column != stretch:
                header.resizeSection(column, width)


def fit_columns(view: QTableView | QTreeView, stretch: int | None = None) -> ColumnFitter:
    """Fit the columns of `view` to their content and its width; the column `stretch` (else the
    last) takes any width left. The model may be set or replaced later."""
    return ColumnFitter(view, stretch)


class ComboTip(QObject):
    """Keeps a combo's tooltip on its current choice (also when its signals were blocked
    while it was filled, and at the moment the tooltip is asked for), and paints a choice too
    long for the combo cut short with "…" (Qt's combo clips it: "All offices (544/972 asses")."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.installEventFilter(self)
        combo.currentIndexChanged.connect(self.follow)
        combo.currentTextChanged.connect(self.follow)
        model = combo.model()
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged):
            signal.connect(self.follow)
        self.follow()

    def follow(self, *_args: object) -> None:
        self.combo.setToolTip(self.combo.currentText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self.follow()
        elif event.type() == QEvent.Type.Paint and not self.combo.isEditable():
            self._paint()
            return True
        return False

    def shown_text(self, option: QStyleOptionComboBox) -> str:
        """The current choice as it fits the combo's field, cut short with "…" if need be."""
        combo = self.combo
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        room = field.width() - 2
        if not option.currentIcon.isNull():
            room -= combo.iconSize().width() + 4
        elide = Qt.TextElideMode.ElideRight
        return combo.fontMetrics().elidedText(option.currentText, elide, room)

    def _paint(self) -> None:
        """As QComboBox paints itself, with the text cut short to fit."""
        combo = self.combo
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        painter = QStylePainter(combo)
        painter.setPen(combo.palette().color(QPalette.ColorRole.Text))
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if combo.currentIndex() < 0 and combo.placeholderText():
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
            option.currentText = combo.placeholderText()
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def fit_combo(combo: QComboBox, characters: int = 12) -> ComboTip:
    """Let `combo` shrink to `characters` (its text cut short with "…"), its tooltip the
    current choice."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return ComboTip(combo)


class ElidedLabel(QLabel):
    """A one-line label that may be narrower than its text: the text then ends in "…" (give it
    a tooltip that says it whole)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 8), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, area.width()
        )
        self.style().drawItemText(
            painter,
            area,
            int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class RoomForAccents(QProxyStyle):
    """The platform's style, with tab titles given room above and below: an accent on a
    capital (É, À) rises above the font's ascent, and an unselected tab, drawn a little lower
    in a tighter box, cut it off ("Evaluations")."""

    def subElementRect(self, element, option, widget=None) -> QRect:
        rect = super().subElementRect(element, option, widget)
        if element == QStyle.SubElement.SE_TabBarTabText:
            return rect.adjusted(0, -ACCENT_ROOM, 0, ACCENT_ROOM)  # centred: it does not move
        return rect


def give_room_for_accents(app: QApplication) -> None:
    """Wrap the application's style once in `RoomForAccents`."""
    if not isinstance(app.style(), RoomForAccents):
        app.setStyle(RoomForAccents(app.style().name()))


class WholeRowsTree(QTreeView):
    """A tree that shows no half row at its bottom edge: a row the viewport would cut is left
    out until scrolled into full view (per-item scrolling brings the last one whole)."""

    def drawRow(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if option.rect.bottom() >= self.viewport().height() and index.row() >= 0:
            first_row_index = self.indexAt(self.viewport().rect().topLeft())
            if index != first_row_index:  # a single row taller than the view is still shown
                return
        super().drawRow(painter, option, index)
