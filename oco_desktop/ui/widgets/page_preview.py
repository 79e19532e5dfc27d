"""The pages of a report on screen: fitted to the width of the pane (as it is resized), the
whole page at once, or at a zoom of its size on paper."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.reports.preview import PageImage

FIT_WIDTH = "width"
WHOLE_PAGE = "page"
ZOOMS = (0.5, 0.75, 1.0, 1.5, 2.0)  # of the size on paper
RENDER_WIDTHS = (560, 900)  # pixels a page is rendered at: sharp when fitted, not too heavy
A4_POINTS = 595.0


def page_pixmap(page: PageImage) -> QPixmap:
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_BGR888)
    return QPixmap.fromImage(image.copy())  # copy: the bytes object is not kept alive


class PagePreview(QWidget):
    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[tuple[PageImage, QPixmap, QLabel]] = []
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Fit to width"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Whole page"), WHOLE_PAGE)
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}".replace("%", "\u00a0%"), factor)
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom)

        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.placeholder = QLabel(placeholder)
        self.placeholder.setWordWrap(True)
        self.pages_layout.addWidget(self.placeholder)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.pages_widget)
        self.scroll_area.setAccessibleName(self.tr("Preview of the report's pages"))
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self._rescale = QTimer(self)
        self._rescale.setSingleShot(True)
        self._rescale.setInterval(0)
        self._rescale.timeout.connect(self.scale_pages)
        self.scroll_area.viewport().installEventFilter(self)
        self.zoom.currentIndexChanged.connect(self.scale_pages)

    def render_width(self) -> int:
        """The width to render pages at, for the pane as it is now."""
        low, high = RENDER_WIDTHS
        return max(low, min(high, self._room().width()))

    def clear(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            assert item is not None  # count() said there is one
            widget = item.widget()
            if widget is not None and widget is not self.placeholder:
                widget.deleteLater()
        self.pages = []
        self.placeholder.hide()

    def show_pages(self, images: list[PageImage], page_name: str) -> None:
        """Show `images` in place of what was shown; `page_name` takes the page's number."""
        self.clear()
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setFrameShape(QFrame.Shape.Box)
            label.setAccessibleName(page_name.format(number))
            self.pages_layout.addWidget(label)
            self.pages.append((image, page_pixmap(image), label))
        self.scale_pages()

    def show_message(self, text: str) -> None:
        self.placeholder.setText(text)
        self.placeholder.show()
        self.pages_layout.addWidget(self.placeholder)

    def _room(self) -> QSize:
        margins = self.pages_layout.contentsMargins()
        frame = 2 * QLabel().frameWidth() + 2  # the box around each page
        viewport = self.scroll_area.viewport().size()
        return QSize(
            viewport.width() - margins.left() - margins.right() - frame,
            viewport.height() - margins.top() - margins.bottom() - frame,
        )

    def shown_width(self, image: PageImage) -> int:
        """The width `image` is shown at with the zoom chosen."""
        room = self._room()
        mode = self.zoom.currentData()
        if mode == FIT_WIDTH:
            return max(100, room.width())
        if mode == WHOLE_PAGE:
            return max(100, min(room.width(), room.height() * image.width // image.height))
        points = image.points_wide or A4_POINTS
        return round(float(mode) * points / 72 * self.logicalDpiX())

    def scale_pages(self) -> None:
        for image, pixmap, label in self.pages:
            width = self.shown_width(image)
            if label.pixmap().width() != width:
                label.setPixmap(
                    pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.zoom.currentData() in (
            FIT_WIDTH,
            WHOLE_PAGE,
        ):
            self._rescale.start()
        return False
