"""The Inbox tab: bundle files dropped or chosen, a preview of what they would change (a dry
run: nothing changes), then the import, one bundle at a time."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.services.sync import inbox as sync_inbox
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.inbox import After, Before, BundleOutcome, ImportRun
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import sync_dialogs
from oco_desktop.ui.models.sync.tables import COL_PREV_WHAT, ChangesModel
from oco_desktop.ui.pages.sync.common import (
    NOTICE_STYLE,
    REFUSED_STYLE,
    RESULT_STYLE,
    boxed,
    files_label,
    fit_rows,
    heading,
    make_table,
    paragraph,
    refused_sentence,
    result_sentences,
)
from oco_desktop.ui.tasks import Cancelled, Op, Progress, report_failure

DROP_STYLE = "QLabel { border: 2px dashed #7a8a99; padding: 14px; }"


def progress_hooks(progress: Progress, *, merging: bool) -> tuple[Before, After]:
    """The import service's before/after hooks as the progress dialog: a bundle per step.
    While a bundle is merged Cancel is greyed out (one transaction cannot stop halfway) and
    a Cancel pressed then is honoured before the next bundle. A preview (no merge) simply
    stops where it is: it changed nothing."""

    def before(number: int, total: int, files: list[Path]) -> bool:
        if not merging:
            progress.report(number, total)
            progress.stage(
                QCoreApplication.translate("InboxTab", "Checking {0} ({1} of {2})…").format(
                    files_label(files), number + 1, total
                )
            )
            return True
        try:
            progress.report(number, total)
        except Cancelled:
            return False
        progress.stage(
            QCoreApplication.translate(
                "InboxTab",
                "Importing {0} ({1} of {2})…\nA bundle is merged completely or not at all: "
                "Cancel stops before the next one.",
            ).format(files_label(files), number + 1, total),
            cancellable=False,
        )
        return True

    def after(number: int, total: int) -> None:
        if merging:
            progress.stage(
                QCoreApplication.translate("InboxTab", "Imported {0} of {1}.").format(
                    number + 1, total
                )
            )
            if number + 1 == total:
                with contextlib.suppress(Cancelled):  # pressed after the last: nothing to stop
                    progress.report(total, total)
        else:
            progress.report(number + 1, total)

    return before, after


def preview(context: AppContext, files: list[Path], progress: Progress) -> ImportRun:
    """On the worker: a dry run of each bundle (the import service's), nothing changes."""
    before, after = progress_hooks(progress, merging=False)
    return sync_inbox.import_files(context.store, files, dry_run=True, before=before, after=after)


def import_checked(
    context: AppContext, items: list[BundleOutcome], progress: Progress
) -> ImportRun:
    """On the worker: import for real the bundles the preview found importable."""
    before, after = progress_hooks(progress, merging=True)
    files = [f for item in items for f in item.files]
    return sync_inbox.import_files(context.store, files, before=before, after=after)


class InboxTab(QWidget):
    previewed = Signal()
    imported = Signal(object)  # sync_inbox.ImportRun
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.checked: list[BundleOutcome] = []
        self.set_aside: list[BundleOutcome] = []  # refused at the preview: said again after
        self.names: dict[str, str] = {}
        self.last_folder: Path | None = None
        self.setAcceptDrops(True)

        source = (
            self.tr("the member administrations")
            if context.member_code is None
            else self.tr("the OCO Secretariat")
        )
        self.explain = paragraph(
            self.tr(
                "Import the bundles that came from {0} on a USB stick or by email. You first see "
                "what they would change; nothing changes until you press Import."
            ).format(source)
        )
        self.drop_zone = QLabel(
            self.tr("Drop bundle files here (.ocob, or email parts .ocop), or choose them:")
        )
        self.drop_zone.setStyleSheet(DROP_STYLE)
        self.drop_zone.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose files…"))
        self.choose_button.clicked.connect(self.choose_files)
        drop_row = QHBoxLayout()
        drop_row.addWidget(self.drop_zone, 1)
        drop_row.addWidget(self.choose_button)

        self.preview_title = heading(self.tr("What these files would do"))
        self.summary = paragraph()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.refusals = boxed(REFUSED_STYLE)
        self.model = ChangesModel(self)
        self.table = make_table(self.model, self.tr("Changes by table"), COL_PREV_WHAT)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.import_now)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.clicked.connect(self.clear)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        self.preview_box = QFrame()
        box = QVBoxLayout(self.preview_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview_title)
        box.addWidget(self.summary)
        box.addWidget(self.refusals)
        box.addWidget(self.table)
        box.addLayout(actions)
        self.preview_box.setVisible(False)

        self.result = boxed(RESULT_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(drop_row)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.setTabOrder(self.choose_button, self.table)
        self.setTabOrder(self.table, self.import_button)
        self.setTabOrder(self.import_button, self.clear_button)

    def refresh(self) -> None:
        store = self.context.store
        Op(self, lambda: sync_trust.list_peers(store)).success(self._peers_loaded).run()

    def _peers_loaded(self, peers: list[sync_trust.PeerView]) -> None:
        self.names = {p.code: p.name for p in peers}

    # -- files in --------------------------------------------------------------------------

    def choose_files(self) -> None:
        chosen = sync_dialogs.choose_bundle_files(self, self.last_folder or Path.home())
        if chosen:
            self.last_folder = chosen[0].parent
            self.add_files(chosen)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    def add_files(self, files: list[Path]) -> None:
        """Preview what the files would do (a dry run, through the worker)."""
        self.result.setVisible(False)
        context = self.context
        (
            Op(self, lambda progress: preview(context, files, progress))
            .with_progress(self.tr("Checking the bundles…"), reports_progress=True)
            .success(self.show_preview)
            .run()
        )

    def show_preview(self, run: ImportRun) -> None:
        checked = run.outcomes
        self.checked = checked
        applied = [r for item in checked for r in item.results]
        sentences = [
            line for r in applied for line in result_sentences(r, self.names, dry_run=True)
        ]
        refused = [refused_sentence(i.files, i.refusal) for i in checked if i.refusal]
        if not checked:
            sentences = [self.tr("No bundle files among the files given.")]
        self.summary.setText("\n".join(sentences))
        self.summary.setVisible(bool(sentences))
        self.refusals.setText("\n".join(refused))
        self.refusals.setVisible(bool(refused))
        self.model.set_results(applied)
        fit_rows(self.table, max_rows=8)
        self.table.setVisible(self.model.rowCount() > 0)
        self.import_button.setEnabled(any(i.importable for i in checked))
        self.import_button.setToolTip(
            self.tr("Only the bundles that passed the check are imported.") if refused else ""
        )
        self.preview_box.setVisible(True)
        self.previewed.emit()

    def clear(self) -> None:
        self.checked = []
        self.model.set_results([])
        self.preview_box.setVisible(False)
        self.result.setVisible(False)

    # -- import ----------------------------------------------------------------------------

    def import_now(self) -> None:
        items = [item for item in self.checked if item.importable]
        if not items:
            return
        self.set_aside = [item for item in self.checked if item.refusal]
        context = self.context
        self.import_button.setEnabled(False)
        (
            Op(self, lambda progress: import_checked(context, items, progress))
            .with_progress(self.tr("Importing the bundles…"), reports_progress=True)
            .success(self.show_import)
            .failure(self._import_failed)
            .run()
        )

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(any(i.importable for i in self.checked))
        report_failure(self, exc)
        self.changed.emit()  # an earlier bundle of the batch may have been imported

    def show_import(self, run: ImportRun) -> None:
        lines: list[str] = []
        results = run.results
        merged = [r for r in results if r.status == "applied"]
        waiting = [r for r in results if r.status == "quarantined"]
        if merged:
            lines.append(self.tr("Import complete."))
        elif waiting:
            lines.append(self.tr("Kept aside until the fingerprint is confirmed."))
        for result in results:
            lines += result_sentences(result, self.names, dry_run=False)
        refused = [*self.set_aside, *run.refused]
        lines += [refused_sentence(i.files, i.refusal) for i in refused if i.refusal]
        if run.stopped:
            lines.append(
                self.tr("Stopped as you asked: %Ln bundles were not imported.", "", run.remaining)
            )
        self.preview_box.setVisible(False)
        self.checked = []
        self.result.setText("\n".join(lines))
        # Green only for what merged; a bundle held for checking or refused is not a success.
        if merged and not refused:
            style = RESULT_STYLE
        elif merged or waiting:
            style = NOTICE_STYLE
        else:
            style = REFUSED_STYLE
        self.result.setStyleSheet(style)
        self.result.setVisible(True)
        self.imported.emit(run)
        self.changed.emit()


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
