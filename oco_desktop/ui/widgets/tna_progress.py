"""The dashboard's view of the training needs analysis: the latest year, where it is in the
workflow, how many staff are assessed, and the top five needs. It loads itself through the
worker (`refresh()`), so adding it to a page costs nothing while the window is built."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.tna import CycleStatus
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.services.tna.needs import NeedLine, TnaOverview
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets.band_bar import BandBar
from oco_desktop.ui.widgets.tna_bands import BAND_COLOURS, band_word


class TnaProgressBox(QGroupBox):
    """`shown` after each overview is on screen."""

    shown = Signal()
    wanted = Signal()  # no analysis yet: the officer asked for the Training needs page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview: TnaOverview | None = None
        self.setTitle(self.tr("Training needs analysis"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Staff assessed"))
        self.bar.setTextVisible(True)
        self.bands = BandBar()
        self.bands_label = QLabel(self.tr("Needs by priority (a person and a competency each):"))
        self.top = QLabel()
        self.top.setWordWrap(True)
        self.top.setAccessibleName(self.tr("Top five training needs"))
        self.start_button = QPushButton(self.tr("Open &Training needs"))
        self.start_button.clicked.connect(lambda _=False: self.wanted.emit())
        self.start_button.hide()
        start = QHBoxLayout()
        start.addWidget(self.start_button)
        start.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(start)
        layout.addWidget(self.bar)
        layout.addWidget(self.bands_label)
        layout.addWidget(self.bands)
        layout.addWidget(self.top)
        self.summary.setText(self.tr("Loading…"))
        self.bar.hide()
        self.bands_label.hide()
        self.bands.hide()

    def refresh(self) -> None:
        store, member = self.context.store, self.context.member_code
        Op(self, lambda: tna_needs.overview(store, member)).success(self.show_overview).run()

    def show_overview(self, overview: TnaOverview) -> None:
        self.overview = overview
        cycle = overview.cycle
        self.start_button.setVisible(cycle is None and self.context.member_code is not None)
        if cycle is None:
            self.summary.setText(
                self.tr(
                    "No training needs analysis yet: start this year's on the Training needs page."
                )
            )
            self.bar.hide()
            self.bands_label.hide()
            self.bands.hide()
            self.top.hide()
            self.shown.emit()
            return
        words = {
            CycleStatus.DRAFT: self.tr("draft"),
            CycleStatus.IN_REVIEW: self.tr("in review"),
            CycleStatus.APPROVED: self.tr("approved"),
            CycleStatus.SUBMITTED: self.tr("submitted"),
            CycleStatus.ACKNOWLEDGED: self.tr("acknowledged by the Secretariat"),
        }
        progress = overview.progress
        self.summary.setText(
            self.tr("{0}, {1}: {2} of {3} staff assessed, {4} to assess.").format(
                cycle.year, words[cycle.status], format_number(progress.assessed),
                format_number(progress.total), format_number(progress.to_assess),
            )
        )  # fmt: skip
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.assessed)
        self.bar.setFormat(self.tr("%v of %m assessed"))
        self.bar.show()
        self.bands.set_counts(overview.by_band)
        has_needs = any(overview.by_band.values())
        self.bands_label.setVisible(has_needs)
        self.bands.setVisible(has_needs)
        if overview.top:
            items = "".join(
                f"<li><span style='background:{BAND_COLOURS[line.band].name()};color:#000000'>"
                f"&nbsp;{band_word(line.band)}&nbsp;</span> {self._need_text(line)}</li>"
                for line in overview.top
            )
            heading = self.tr("Top needs")
            self.top.setText(f"<b>{heading}</b><ol>{items}</ol>")
        else:
            self.top.setText(self.tr("No training needs yet."))
        self.top.show()
        self.shown.emit()

    def _need_text(self, line: NeedLine) -> str:
        """ "Valeur en douane : 12 agents"; a suppressed count ("<5") as it is."""
        staff = line.staff
        count = self.tr("%Ln staff", "", staff) if isinstance(staff, int) else staff
        name = html.escape(line.competency_name(self.context.language))
        return self.tr("{0}: {1}").format(name, count)
