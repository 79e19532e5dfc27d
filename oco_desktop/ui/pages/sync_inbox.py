"""The Inbox tab: bundle files dropped or chosen, a preview of what they would change (a dry
run: nothing changes), then the import, one bundle at a time."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
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

from oco_desktop.services import sync_import, sync_trust, tna
from oco_desktop.services.errors import BundleRejected, InvalidInput
from oco_desktop.services.sync_import import ImportResult
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import sync_dialogs
from oco_desktop.ui.models.sync_tables import COL_PREV_WHAT, ChangesModel
from oco_desktop.ui.pages.sync_common import (
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

BUNDLE_SUFFIXES = (".ocob", ".ocop")
PART_SUFFIX = ".ocop"
DROP_STYLE = "QLabel { border: 2px dashed #7a8a99; padding: 14px; }"


@dataclass
class Checked:
    """One bundle (or the parts of bundles) and what the importer said of it."""

    files: list[Path]
    results: list[ImportResult] = field(default_factory=list)
    refusal: str | None = None

    @property
    def importable(self) -> bool:
        return self.refusal is None and any(
            r.status in ("applied", "quarantined") for r in self.results
        )


@dataclass
class ImportRun:
    done: list[Checked]
    stopped: bool  # Cancel was pressed: the remaining bundles were not imported
    remaining: int


def group_files(paths: Iterable[Path]) -> list[list[Path]]:
    """Each whole bundle alone (so one refusal does not hold the others back); all parts
    together, since the importer joins them by their bundle id whatever they are named. A
    folder stands for the bundle files in it."""
    wholes: list[list[Path]] = []
    parts: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        if path in seen:
            return
        seen.add(path)
        if path.suffix.lower() == PART_SUFFIX:
            parts.append(path)
        else:
            wholes.append([path])

    for path in paths:
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file() and child.suffix.lower() in BUNDLE_SUFFIXES:
                    add(child)
        else:
            add(path)
    return wholes + ([parts] if parts else [])


def _check(store, group: list[Path], *, dry_run: bool) -> Checked:  # type: ignore[no-untyped-def]
    try:
        return Checked(group, sync_import.import_bundle(store, group, dry_run=dry_run))
    except (BundleRejected, InvalidInput) as exc:
        return Checked(group, refusal=exc.message)


def preview(context: AppContext, files: list[Path], progress: Progress) -> list[Checked]:
    """On the worker: a dry run of each bundle. Cancel is honoured between bundles; the dry
    run changes nothing, so stopping loses nothing."""
    groups = group_files(files)
    checked = []
    for number, group in enumerate(groups):
        progress.report(number, len(groups))
        progress.stage(
            QCoreApplication.translate("InboxTab", "Checking {0} ({1} of {2})…").format(
                files_label(group), number + 1, len(groups)
            )
        )
        checked.append(_check(context.store, group, dry_run=True))
    progress.report(len(groups), len(groups))
    return checked


def import_checked(context: AppContext, items: list[Checked], progress: Progress) -> ImportRun:
    """On the worker: import each bundle for real. A bundle being merged cannot be stopped
    halfway (it is one transaction), so Cancel is greyed out during the merge and honoured
    before the next bundle."""
    done: list[Checked] = []
    stopped_at: int | None = None
    for number, item in enumerate(items):
        try:
            progress.report(number, len(items))
        except Cancelled:
            stopped_at = number
            break
        progress.stage(
            QCoreApplication.translate(
                "InboxTab",
                "Importing {0} ({1} of {2})…\nA bundle is merged completely or not at all: "
                "Cancel stops before the next one.",
            ).format(files_label(item.files), number + 1, len(items)),
            cancellable=False,
        )
        done.append(_check(context.store, item.files, dry_run=False))
        progress.stage(
            QCoreApplication.translate("InboxTab", "Imported {0} of {1}.").format(
                number + 1, len(items)
            )
        )
    if context.member_code is not None and done:
        tna.mark_acknowledged(context.store)  # a Secretariat receipt may acknowledge a TNA
    if stopped_at is not None:
        return ImportRun(done, True, len(items) - stopped_at)
    with contextlib.suppress(Cancelled):  # pressed after the last bundle: nothing left to stop
        progress.report(len(items), len(items))
    return ImportRun(done, False, 0)


class InboxTab(QWidget):
    previewed = Signal()
    imported = Signal(object)  # ImportRun
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.checked: list[Checked] = []
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

    def show_preview(self, checked: list[Checked]) -> None:
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
        results = [r for item in run.done for r in item.results]
        merged = [r for r in results if r.status == "applied"]
        waiting = [r for r in results if r.status == "quarantined"]
        if merged:
            lines.append(self.tr("Import complete."))
        elif waiting:
            lines.append(self.tr("Kept aside until the fingerprint is confirmed."))
        for result in results:
            lines += result_sentences(result, self.names, dry_run=False)
        lines += [refused_sentence(i.files, i.refusal) for i in run.done if i.refusal]
        if run.stopped:
            lines.append(
                self.tr("Stopped as you asked: {0} bundle(s) were not imported.").format(
                    run.remaining
                )
            )
        self.preview_box.setVisible(False)
        self.checked = []
        self.result.setText("\n".join(lines))
        self.result.setStyleSheet(
            REFUSED_STYLE if any(i.refusal for i in run.done) and not merged else RESULT_STYLE
        )
        self.result.setVisible(True)
        self.imported.emit(run)
        self.changed.emit()


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
