"""Reports: choose a report, its year, language and options; build it (in the background) to
see its pages, then save the PDF, or the spreadsheet of its table, where you choose.

The preview is the real PDF, rendered page by page (services.reports.build.build_preview); what is
saved is built again from the same choices straight into the chosen file."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.domain.errors import OcoError
from oco_desktop.services.reports import build as reports
from oco_desktop.services.reports.build import (
    Choices,
    Preview,
    ReportKind,
    ReportOptions,
    SheetKind,
)
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.i18n import QT_TRANSLATE_NOOP, format_decimal
from oco_desktop.ui.tasks import Op, report_failure
from oco_desktop.ui.widgets.fit import fit_combo
from oco_desktop.ui.widgets.page_preview import PagePreview

_KIND_NAMES = {
    ReportKind.TNA: QT_TRANSLATE_NOOP("ReportsPage", "Training needs analysis (member)"),
    ReportKind.REGIONAL: QT_TRANSLATE_NOOP("ReportsPage", "Regional training needs"),
    ReportKind.GENDER: QT_TRANSLATE_NOOP("ReportsPage", "Gender Equality Plan: workforce"),
    ReportKind.PROGRAMME: QT_TRANSLATE_NOOP("ReportsPage", "Programme participation"),
    ReportKind.PROGRESS: QT_TRANSLATE_NOOP(
        "ReportsPage", "Programme progress: all activities of Priority 1"
    ),
}
_SHEETS = {
    ReportKind.TNA: SheetKind.NEEDS,
    ReportKind.REGIONAL: SheetKind.REGIONAL,
    ReportKind.PROGRAMME: SheetKind.PARTICIPATION,
}


def kind_name(kind: ReportKind) -> str:
    return QCoreApplication.translate("ReportsPage", _KIND_NAMES[kind])


class ReportsPage(QWidget):
    """`previewed` once the pages of a build are on screen; `saved(path)` after a save."""

    previewed = Signal()
    saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.choices: Choices | None = None
        self.preview: Preview | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="oco-report-")
        self._builds = 0

        heading = QLabel(self.tr("Reports"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "PDF reports for the Head of Customs and the Secretariat, in English or "
                'French. Counts under 5 read "<5" unless you ask for exact counts.'
            )
        )
        intro.setWordWrap(True)

        self.kind = QComboBox()
        fit_combo(self.kind, 24)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(1 if context.language == "fr" else 0)
        self.annex = QCheckBox(self.tr("Add the individual plans (&annex)"))
        self.names = QCheckBox(self.tr("Na&mes in the annex (else staff numbers only)"))
        self.names.setEnabled(False)
        self.exact = QCheckBox(self.tr("&Exact counts (for use inside the office only)"))
        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.kind)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.annex)
        form.addRow(self.names)
        form.addRow(self.exact)

        self.build_button = QPushButton(self.tr("&Build preview"))
        self.build_button.setDefault(True)
        self.save_pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.save_sheet_button = QPushButton(self.tr("Save &spreadsheet…"))
        buttons = QVBoxLayout()
        for button in (self.build_button, self.save_pdf_button, self.save_sheet_button):
            buttons.addWidget(button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_path: Path | None = None
        self.open_button = QPushButton(self.tr("&Open the PDF"))
        self.open_button.hide()  # until a file is saved
        self.open_button.clicked.connect(self.open_saved)

        side = QVBoxLayout()
        side.addWidget(heading)
        side.addWidget(intro)
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addWidget(self.open_button)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(360)

        self.pane = PagePreview(
            self.tr("Choose a report and press Build preview to see its pages here.")
        )
        # the names the tests and the rest of the page know them by
        self.pages_layout, self.placeholder = self.pane.pages_layout, self.pane.placeholder
        self.preview_scroll, self.zoom = self.pane.scroll_area, self.pane.zoom

        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addWidget(self.pane, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.annex.toggled.connect(self.names.setEnabled)
        self.build_button.clicked.connect(self.build)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_sheet_button.clicked.connect(self.save_sheet)
        self.refresh()

    # Choices -----------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.context.store
        Op(self, lambda: reports.choices(store)).success(self._show_choices).run()

    def _show_choices(self, choices: Choices) -> None:
        first = self.choices is None
        self.choices = choices
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in choices.kinds:
            self.kind.addItem(kind_name(kind), kind.value)
        index = self.kind.findData(current)
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        if first and choices.years:
            self.year.setValue(choices.years[0])
        self._kind_changed()

    def current_kind(self) -> ReportKind | None:
        value = self.kind.currentData()
        return ReportKind(value) if value else None

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        is_tna = kind is ReportKind.TNA
        self.annex.setVisible(is_tna)
        self.names.setVisible(is_tna)
        self.exact.setVisible(is_tna)
        self.save_sheet_button.setEnabled(kind in _SHEETS)

    def options(self) -> ReportOptions:
        is_tna = self.current_kind() is ReportKind.TNA
        return ReportOptions(
            lang=self.language.currentData(),
            annex=is_tna and self.annex.isChecked(),
            names=is_tna and self.annex.isChecked() and self.names.isChecked(),
            exact=is_tna and self.exact.isChecked(),
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.build_button, self.save_pdf_button, self.save_sheet_button):
            button.setEnabled(not busy)
        if not busy:
            self._kind_changed()

    def _failed(self, exc: BaseException) -> None:
        """A refusal (no analysis that year...) is told beside the buttons; a bug goes to
        the crash handler."""
        self._busy(False)
        if isinstance(exc, OcoError):
            self.status.setText(exc.message)
        else:
            self.status.clear()
            report_failure(self, exc)

    # Preview -----------------------------------------------------------------------------

    def build(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        self._builds += 1
        target = Path(self._scratch.name) / f"preview-{self._builds}.pdf"
        store, year, options = self.context.store, self.year.value(), self.options()
        width = self.pane.render_width()
        started = time.perf_counter()
        self._busy(True)
        self.status.setText(self.tr("Building the report…"))

        def done(preview: Preview) -> None:
            self._show_preview(preview, time.perf_counter() - started)

        (
            Op(self, lambda: reports.build_preview(store, kind, year, target, options, width=width))
            .success(done)
            .failure(self._failed)
            .with_progress(self.tr("Building the report…"))
            .run()
        )

    def _show_preview(self, preview: Preview, seconds: float) -> None:
        self._busy(False)
        old, self.preview = self.preview, preview
        if old is not None and old.result.path != preview.result.path:
            old.result.path.unlink(missing_ok=True)
        self.pane.show_pages(preview.pages, self.tr("Page {0}"))
        if preview.unavailable:
            self.pane.show_message(
                self.tr(
                    "The report was built (%Ln pages) but cannot be shown here: the PDF "
                    "renderer (pypdfium2) is missing. Save the PDF to read it.",
                    "",
                    preview.page_count,
                )
            )
        shown = len(preview.pages)
        text = self.tr("%Ln pages, built in {0} s.", "", preview.page_count).format(
            format_decimal(seconds, 1)
        )
        if shown < preview.page_count and not preview.unavailable:
            text += " " + self.tr("The first %Ln are shown.", "", shown)
        self.status.setText(text)
        self.previewed.emit()

    # Saving ------------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> str:
        kind = self.current_kind()
        name = f"{kind.value if kind else 'report'}-{self.year.value()}"
        name += f"-{self.language.currentData()}{suffix}"
        return str(Path.home() / name)

    def ask_save_path(self, suffix: str, filter_text: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self._suggested(suffix), filter_text
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def save_pdf(self) -> None:
        kind = self.current_kind()
        path = self.ask_save_path(".pdf", self.tr("PDF documents (*.pdf)"))
        if kind is None or path is None:
            return
        store, year, options = self.context.store, self.year.value(), self.options()
        self._busy(True)
        (
            Op(self, lambda: reports.build_report(store, kind, year, path, options))
            .success(lambda result: self._saved(result.path, result.pages))
            .failure(self._failed)
            .with_progress(self.tr("Saving the report…"))
            .run()
        )

    def save_sheet(self) -> None:
        kind = self.current_kind()
        sheet = _SHEETS.get(kind) if kind else None
        if sheet is None:
            return
        path = self.ask_save_path(".xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path is None:
            return
        store, year, options = self.context.store, self.year.value(), self.options()
        self._busy(True)
        (
            Op(self, lambda: reports.export_sheet(store, sheet, year, path, options))
            .success(lambda result: self._saved(result.path, None))
            .failure(self._failed)
            .with_progress(self.tr("Saving the spreadsheet…"))
            .run()
        )

    def _saved(self, path: Path, pages: int | None) -> None:
        self._busy(False)
        if pages is None:
            self.status.setText(self.tr("Saved the spreadsheet to {0}.").format(path))
            self.open_button.setText(self.tr("&Open the spreadsheet"))
        else:
            self.status.setText(self.tr("Saved %Ln pages to {0}.", "", pages).format(path))
            self.open_button.setText(self.tr("&Open the PDF"))
        self.saved_path = path
        self.open_button.show()
        self.saved.emit(str(path))

    def open_saved(self) -> None:
        """The file just saved, in the program the computer opens such files with."""
        path = self.saved_path
        if path is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(
                self.tr("No program on this computer opened {0}: open it from its folder.").format(
                    path
                )
            )
