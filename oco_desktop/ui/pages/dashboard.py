"""Dashboard: how many staff are in post, by sex, by office and by tier."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.roster import Tier
from oco_desktop.services.dashboard import NO_TIER, StaffSummary, staff_summary
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.roster.staff_counts import COL_NAME, SexCountsModel
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets.empty_state import EmptyState
from oco_desktop.ui.widgets.fit import fit_columns
from oco_desktop.ui.widgets.news_box import NewsBox
from oco_desktop.ui.widgets.sex_bars import SexBars
from oco_desktop.ui.widgets.tna_progress import TnaProgressBox

_TIER_NAMES = {
    Tier.T1.value: QT_TRANSLATE_NOOP("DashboardPage", "T1 Frontline officers"),
    Tier.T2.value: QT_TRANSLATE_NOOP("DashboardPage", "T2 Supervisors"),
    Tier.T3.value: QT_TRANSLATE_NOOP("DashboardPage", "T3 Managers"),
    Tier.T4.value: QT_TRANSLATE_NOOP("DashboardPage", "T4 Executives"),
}


def tier_label(code: str) -> str:
    if code == NO_TIER:
        return QCoreApplication.translate("DashboardPage", "No position")
    source = _TIER_NAMES.get(code)
    return QCoreApplication.translate("DashboardPage", source) if source else code


class _Figure(QFrame):
    """A big number with a word under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.number.setText(format_number(value))  # "1 234" in French, "1,234" in English
        self.setAccessibleName(f"{self.caption.text()}: {value}")


def _table(model: SexCountsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    fit_columns(view, COL_NAME)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return view


def _fit_height(view: QTableView) -> None:
    """As tall as its rows (up to MAX_VISIBLE_ROWS, then it scrolls): no empty white box."""
    rows = min(view.model().rowCount(), MAX_VISIBLE_ROWS)
    height = view.horizontalHeader().sizeHint().height()
    height += rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth()
    view.setFixedHeight(height)


MAX_VISIBLE_ROWS = 12
SIDE_BY_SIDE_WIDTH = 980  # page width from which offices and tiers sit side by side


class DashboardPage(QWidget):
    """Reads the summary once when built (the store was opened just before, so the first paint
    already has the numbers), then through the worker on `refresh()`."""

    refreshed = Signal()
    open_page = Signal(str, object)  # the News page, at one item ("" for the list)
    go_to = Signal(str, str)  # page key, and the page's method to call there

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary: StaffSummary | None = None

        self.heading = QLabel(self.tr("Dashboard"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)

        self.total_figure = _Figure(self.tr("staff in post"))
        self.women_figure = _Figure(self.tr("women"))
        self.men_figure = _Figure(self.tr("men"))
        self.other_figure = _Figure(self.tr("other or not stated"))
        figures = QHBoxLayout()
        for figure in (self.total_figure, self.women_figure, self.men_figure, self.other_figure):
            figures.addWidget(figure)
        figures.addStretch(1)

        self.empty_label = EmptyState()  # what to do next, with the buttons to do it
        if context.member_code is not None:
            self.empty_label.add_button(
                self.tr("&Import a staff list…"), lambda: self.go_to.emit("staff", "import_file")
            )
            self.empty_label.add_button(
                self.tr("Add a &person…"), lambda: self.go_to.emit("staff", "new_staff")
            )
        else:
            self.empty_label.add_button(
                self.tr("Open &Sync to import bundles"), lambda: self.go_to.emit("sync", "")
            )

        self.office_model = SexCountsModel(self.tr("Office"), self.tr("No office given"), self)
        self.office_table = _table(self.office_model, self.tr("Staff in post by office and sex"))
        self.offices_box = QGroupBox(self.tr("By office"))
        QVBoxLayout(self.offices_box).addWidget(self.office_table)

        self.tier_model = SexCountsModel(self.tr("Tier"), self.tr("No position"), self)
        self.tier_table = _table(self.tier_model, self.tr("Staff in post by tier and sex"))
        self.tier_bars = SexBars()
        self.tiers_box = QGroupBox(self.tr("By tier"))
        self.tiers_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.tiers_box)
        self.tiers_layout.addWidget(self.tier_bars, 0, Qt.AlignmentFlag.AlignTop)
        self.tiers_layout.addWidget(self.tier_table, 0, Qt.AlignmentFlag.AlignTop)
        for box in (self.offices_box, self.tiers_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.details = QWidget()
        self.details_grid = QGridLayout(self.details)
        self.details_grid.setContentsMargins(0, 0, 0, 0)
        self.side_by_side: bool | None = None
        self._arrange(side_by_side=True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(figures)
        self.news_box = NewsBox(context)
        self.news_box.open_item.connect(lambda news_id: self.open_page.emit("news", news_id))
        layout.addWidget(self.news_box)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.details)
        self.tna_box = TnaProgressBox(context)
        self.tna_box.wanted.connect(lambda: self.go_to.emit("tna", ""))
        layout.addWidget(self.tna_box)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.show_summary(staff_summary(context.store, context.member_code))
        self.tna_box.refresh()
        self.news_box.refresh()

    def refresh(self) -> None:
        self.tna_box.refresh()
        self.news_box.refresh()
        store, member = self.context.store, self.context.member_code
        Op(self, lambda: staff_summary(store, member)).success(self.show_summary).run()

    def show_summary(self, summary: StaffSummary) -> None:
        self.summary = summary
        offices = [name for name, _ in summary.by_office if name]
        self.subtitle.setText(self._subtitle(len(offices)))
        self.total_figure.set_value(summary.total)
        self.women_figure.set_value(summary.by_sex.female)
        self.men_figure.set_value(summary.by_sex.male)
        self.other_figure.set_value(summary.by_sex.other)
        tiers = [
            (tier_label(code), counts)
            for code, counts in summary.by_tier
            if counts.total or code != NO_TIER
        ]
        self.office_model.set_rows(summary.by_office)
        self.tier_model.set_rows(tiers)
        self.tier_bars.set_rows(tiers)
        _fit_height(self.office_table)
        _fit_height(self.tier_table)
        empty = summary.total == 0
        self.empty_label.setVisible(empty)
        self.details.setVisible(not empty)
        for figure in (self.women_figure, self.men_figure, self.other_figure):
            figure.setVisible(not empty)
        if empty:
            self.empty_label.setText(self._empty_sentence(offices))
        self.refreshed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(side_by_side=self.width() >= SIDE_BY_SIDE_WIDTH)

    def _arrange(self, *, side_by_side: bool) -> None:
        """Wide: offices | tiers (bars above their table). Narrow (a 1024-pixel screen):
        offices above tiers, and the bars beside their table."""
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        grid = self.details_grid
        grid.removeWidget(self.offices_box)
        grid.removeWidget(self.tiers_box)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.offices_box, 0, 0, top)
        grid.addWidget(self.tiers_box, *((0, 1) if side_by_side else (1, 0)), top)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1 if side_by_side else 0)
        self.tiers_layout.setDirection(
            QBoxLayout.Direction.TopToBottom if side_by_side else QBoxLayout.Direction.LeftToRight
        )

    def _subtitle(self, office_count: int) -> str:
        if self.context.member_code is None:
            return self.tr("Staff in post in every member administration known to the Secretariat.")
        name = self.context.member_name
        if office_count == 1:
            return self.tr("Staff in post at the office of {0}.").format(name)
        return self.tr("Staff in post at {0} offices of {1}.").format(office_count, name)

    def _empty_sentence(self, offices: list[str]) -> str:
        if self.context.member_code is None:
            return self.tr(
                "No staff yet: no member administration has sent its staff roster. The "
                "counts appear here once rosters arrive."
            )
        where = ", ".join(offices) if offices else self.context.member_name
        return self.tr(
            "No staff yet: the roster of {0} is empty. Import the staff list you already keep "
            "(Excel or CSV), or add people one by one; this page then counts them by office, "
            "tier and sex."
        ).format(where)
