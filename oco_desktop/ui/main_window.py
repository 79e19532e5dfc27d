"""The main window: a sidebar of pages, the current page, the menus and the offline status."""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oco_desktop import APP_NAME, __version__
from oco_desktop.domain.errors import StoreDamaged
from oco_desktop.paths import DataPaths
from oco_desktop.services import backups
from oco_desktop.store.glance import StoreGlance
from oco_desktop.ui import icons
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.pages.registry import PAGES, PageSpec
from oco_desktop.ui.tasks import Op, executor, report_failure
from oco_desktop.ui.widgets.first_paint import when_painted
from oco_desktop.ui.widgets.status_bar import StatusBar, format_moment

if TYPE_CHECKING:
    from oco_desktop.store.backup import BackupInfo, RestoreResult
    from oco_desktop.ui.context import AppContext
    from oco_desktop.ui.dialogs.guide import GuideDialog

START_PAGE_ENV = "OCO_DESKTOP_START_PAGE"
DEMO_BANNER_STYLE = (
    "QLabel { background: #ffd54f; color: #000000; padding: 6px; font-weight: bold; }"
)


# Each language named in itself, as a person looking for their own language reads it.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def choose_language_dialog(parent: QWidget, current: str) -> str | None:
    """The language chooser, as a function so tests can replace it."""
    codes = list(LANGUAGE_NAMES)
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("MainWindow", "Interface language"),
        QCoreApplication.translate("MainWindow", "&Language of OCO Desktop:"),
        [LANGUAGE_NAMES[code] for code in codes],
        codes.index(current) if current in codes else 0,
        False,
    )
    return codes[[LANGUAGE_NAMES[c] for c in codes].index(name)] if ok else None


def choose_backup_file(parent: QWidget, start: Path) -> Path | None:
    """The file chooser for Restore, as a function so tests can replace it."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Restore from backup"),
        str(start),
        QCoreApplication.translate("FileDialogs", "OCO Desktop backups (*.db);;All files (*)"),
    )
    return Path(chosen) if chosen else None


@dataclass(frozen=True)
class Heading:
    """What the title bar and the demo banner say; known before the store is open."""

    where: str
    is_demo: bool

    @classmethod
    def of_context(cls, context: AppContext) -> Heading:
        return cls._of(
            context.member_code, context.member_name, context.info.office_name, context.info.is_demo
        )

    @classmethod
    def of_glance(cls, seen: StoreGlance, language: str) -> Heading:
        return cls._of(seen.member_code, seen.member_name(language), seen.office_name, seen.is_demo)

    @classmethod
    def _of(cls, member: str | None, name: str, office: str | None, demo: bool) -> Heading:
        return cls(f"{name} ({office})" if member is not None and office else name, demo)


class MainWindow(QMainWindow):
    """Built from an open store's context; or, for a faster start, `opening` a shell from a
    glance at the data file, painted while the store opens, then `attach`ed to the context."""

    restored = Signal()
    backed_up = Signal(object)
    first_painted = Signal()
    ready = Signal()  # attached to the open store, its first page built

    def __init__(
        self,
        context: AppContext | None,
        pages: list[PageSpec] | None = None,
        *,
        paths: DataPaths | None = None,
        heading: Heading | None = None,
    ) -> None:
        super().__init__()
        if context is not None:
            paths, heading = context.paths, Heading.of_context(context)
        if paths is None or heading is None:
            raise ValueError("a window without its context needs the data paths and a heading")
        self.paths = paths
        self.attached = False
        self.specs = list(PAGES if pages is None else pages)
        self.pages: dict[str, QWidget] = {}
        self.guide: GuideDialog | None = None  # Help > User guide, made when first asked for
        self.setWindowIcon(icons.app_icon())

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setIconSize(QSize(24, 24))
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        for spec in self.specs:
            self.stack.addWidget(QWidget())  # replaced by the page when it is first needed
            item = QListWidgetItem(
                icons.icon(spec.icon, spec.fallback_icon), spec.translated_title()
            )
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        width = max(self.sidebar.sizeHintForColumn(0), 120) + 24
        self.sidebar.setFixedWidth(width)
        self.sidebar.currentRowChanged.connect(self._show_page)

        self.demo_banner = QLabel()
        self.demo_banner.setStyleSheet(DEMO_BANNER_STYLE)
        self.demo_banner.setWordWrap(True)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.demo_banner)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.status = StatusBar(paths.root)
        self.setStatusBar(self.status)
        self._build_menus()
        self._show_heading(heading)
        self.status.follow_backups(paths)
        self.setMinimumSize(760, 480)
        when_painted(self, self.first_painted.emit)
        if context is not None:
            self.attach(context)
        else:
            self._show_opening()

    @classmethod
    def opening(
        cls, paths: DataPaths, heading: Heading, pages: list[PageSpec] | None = None
    ) -> MainWindow:
        return cls(None, pages, paths=paths, heading=heading)

    def _show_opening(self) -> None:
        """The sidebar, menus and status bar, with a word where the first page will be;
        nothing can be chosen until `attach`."""
        start = self._start_row()
        opening = QLabel(self.tr("Opening your data…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder = self.stack.widget(start)
        assert placeholder is not None  # the stack holds a widget for every page
        self.stack.insertWidget(start, opening)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(start)
        self.sidebar.setEnabled(False)
        self.menuBar().setEnabled(False)

    def attach(self, context: AppContext) -> None:
        """Work on the open store: build the first page; the others follow once painted."""
        self.context = context
        self.attached = True
        self._show_installation()
        start = self._start_row()
        self._show_start_tab(self.page(self.specs[start].key))
        self.stack.setCurrentIndex(start)
        with QSignalBlocker(self.sidebar):
            self.sidebar.setCurrentRow(start)
        if start != 0:
            # The dashboard counts as it is built; any other page loads when shown, as on a click.
            self.refresh_current()
        self.sidebar.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.sidebar.setFocus()
        # The other pages are built once the first is on screen, one per turn of the loop.
        self.update()  # the whole window repaints with its first page: its paint says so
        when_painted(self, self._build_next_page)
        self.ready.emit()

    def _build_next_page(self) -> None:
        missing = [spec.key for spec in self.specs if spec.key not in self.pages]
        if missing:
            self.page(missing[0])
            QTimer.singleShot(0, self, self._build_next_page)

    # -- building --------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: icons.StandardIcon | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icons.standard(icon))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = self._action(
            self.tr("&Back up now…"),
            self.back_up_now,
            "Ctrl+B",
            icons.StandardIcon.SP_DialogSaveButton,
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"),
            self.restore_from_backup,
            None,
            icons.StandardIcon.SP_BrowserReload,
        )
        self.open_folder_action = self._action(
            self.tr("&Open data folder"),
            self.open_data_folder,
            None,
            icons.StandardIcon.SP_DirOpenIcon,
        )
        self.passphrase_action = self._action(
            self.tr("Change the office &passphrase…"), self.change_passphrase
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_folder_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row, spec in enumerate(self.specs):
            shortcut = f"Ctrl+{row + 1}" if row < 9 else None
            # "&1 Dashboard": the digit is the accelerator, the same in every language
            title = spec.translated_title().replace("&", "&&")
            view_menu.addAction(
                self._action(
                    f"&{row + 1} {title}" if row < 9 else title,
                    lambda _=False, r=row: self.sidebar.setCurrentRow(r),
                    shortcut,
                )
            )
        view_menu.addSeparator()
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh_current, QKeySequence.StandardKey.Refresh
        )
        view_menu.addAction(self.refresh_action)
        self.language_action = self._action(self.tr("Interface &language…"), self.change_language)
        view_menu.addAction(self.language_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents
        )
        help_menu.addAction(self.guide_action)
        self.about_action = self._action(self.tr("&About OCO Desktop"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _show_installation(self) -> None:
        self.paths = self.context.paths
        self._show_heading(Heading.of_context(self.context))

    def _show_heading(self, heading: Heading) -> None:
        title = f"{APP_NAME} — {heading.where}"
        if heading.is_demo:
            title += " — " + self.tr("DEMO")
        self.setWindowTitle(title)
        self.demo_banner.setText(
            self.tr(
                "DEMO — fictional data: the names and numbers are invented, to explore OCO Desktop."
            )
        )
        self.demo_banner.setVisible(heading.is_demo)
        self.status.set_data_folder(self.paths.root)

    # -- pages -----------------------------------------------------------------------------

    def _start_row(self) -> int:
        """The first page, or the one OCO_DESKTOP_START_PAGE names (for screenshots):
        `KEY` (a key of the page registry) or `KEY:N` for its tab N (from 1)."""
        wanted = os.environ.get(START_PAGE_ENV, "").partition(":")[0]
        keys = [spec.key for spec in self.specs]
        return keys.index(wanted) if wanted in keys else 0

    def _show_start_tab(self, page: QWidget) -> None:
        tab = os.environ.get(START_PAGE_ENV, "").partition(":")[2]
        tabs = getattr(page, "tabs", None)
        if tab.isdigit() and isinstance(tabs, QTabWidget) and 1 <= int(tab) <= tabs.count():
            tabs.setCurrentIndex(int(tab) - 1)

    def current_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def page(self, key: str) -> QWidget:
        """The page for `key`, built the first time it is asked for."""
        if key not in self.pages:
            index = next(i for i, spec in enumerate(self.specs) if spec.key == key)
            page = self.specs[index].build(self.context)
            placeholder = self.stack.widget(index)
            assert placeholder is not None  # the stack holds a widget for every page
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self.pages[key] = page
            wanted = getattr(page, "go_to", None)
            if wanted is not None:
                wanted.connect(self.go_to)  # an empty page's button opens another page
            attach = getattr(page, "attach_status_bar", None)
            if attach is not None:
                attach(self.status)  # a page that adds its own facts (Sync: unsent changes)
            wants = getattr(page, "open_page", None)
            if wants is not None:
                wants.connect(self.open_page)  # a link to another page (News -> Programme)
        return self.pages[key]

    def open_page(self, key: str, request: object = None) -> None:
        """Show the page `key` and hand it `request` (what to show there), if it takes one."""
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        self.sidebar.setCurrentRow(row)
        handler = getattr(self.page(key), "open_request", None)
        if handler is not None and request:
            handler(request)

    def _show_page(self, row: int) -> None:
        if row < 0 or not self.attached:
            return
        self.page(self.specs[row].key)
        changed = row != self.stack.currentIndex()
        self.stack.setCurrentIndex(row)
        if changed:
            self.refresh_current()

    def go_to(self, key: str, action: str = "") -> None:
        """Show the page `key`, then call its method `action` (e.g. the Staff page's import)."""
        self.sidebar.setCurrentRow([spec.key for spec in self.specs].index(key))
        if action:
            getattr(self.page(key), action)()

    def refresh_current(self) -> None:
        current = self.stack.currentWidget()
        assert current is not None  # the stack always shows a page
        # every page has refresh() (registry.Page); a QWidget-and-Page type cannot be written
        current.refresh()  # type: ignore[attr-defined]

    def refresh_all(self) -> None:
        self._show_installation()
        for page in self.pages.values():
            page.refresh()  # type: ignore[attr-defined]
        self.status.set_last_backup(backups.latest(self.context.paths))

    # -- file menu -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        paths = self.context.paths
        (
            Op(self, lambda: backups.create(paths))
            .with_progress(self.tr("Making a backup of your data…"))
            .success(self._backed_up)
            .run()
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self.status.set_last_backup(info)
        self.backed_up.emit(info)
        messages.inform(
            self,
            self.tr(
                "Your data was backed up to:\n{0}\n\nCopy this file to a USB stick or another "
                "computer now and then, so a lost or broken laptop does not lose the roster."
            ).format(info.path),
            self.tr("Backup made"),
        )

    def change_passphrase(self) -> None:
        from oco_desktop.ui.dialogs.passphrase import ChangePassphraseDialog

        if ChangePassphraseDialog(self.context.paths, self).exec():
            messages.inform(
                self,
                self.tr(
                    "The office passphrase was changed. The recovery key stays the same; "
                    "keep it where it is."
                ),
                self.tr("Passphrase changed"),
            )

    def restore_from_backup(self) -> None:
        paths = self.context.paths
        chosen = choose_backup_file(self, paths.backups)
        if chosen is None:
            return
        question = self.tr(
            "Replace all the data in OCO Desktop with the backup\n{0}?\n\nThe data as it is now "
            "is first saved as a backup in {1}, so you can go back to it."
        ).format(chosen, paths.backups)
        if not messages.confirm(self, question, self.tr("&Restore")):
            return
        self._restore(chosen)

    def check_data_file_in_background(self) -> None:
        """Read every page of the data file after the window is up (too slow to do before on
        a large file); a damaged file is reported with the offer to restore the latest backup."""
        from oco_desktop.services import health

        paths = self.context.paths
        Op(self, lambda: health.verify_pages(paths)).failure(self._data_file_damaged).run()

    def _data_file_damaged(self, error: BaseException) -> None:
        if not isinstance(error, StoreDamaged):
            report_failure(self, error)
            return
        latest = backups.latest(self.context.paths)
        if latest is None:
            messages.warn(
                self,
                self.tr(
                    "{0}\n\nThere is no backup to restore. Copy the data folder {1} to a safe "
                    "place and ask the OCO Secretariat for help."
                ).format(error, self.context.paths.root),
            )
            return
        question = self.tr(
            "{0}\n\nRestore the latest backup ({1}) now? The damaged file is "
            "kept in the damaged folder, never overwritten."
        ).format(error, format_moment(latest.created))
        if messages.confirm(self, question, self.tr("&Restore the latest backup")):
            self._restore(latest.path)

    def _restore(self, chosen: Path) -> None:
        from oco_desktop.services.setup import open_installation
        from oco_desktop.ui.context import AppContext

        paths = self.context.paths
        context, language = self.context, self.context.language

        def work() -> tuple[RestoreResult, AppContext]:
            context.store.close()
            result = backups.restore(paths, chosen)
            return result, AppContext.open(open_installation(paths), language)

        (
            Op(self, work)
            .with_progress(self.tr("Restoring the backup…"))
            .success(self._restored)
            .run()
        )

    def _restored(self, outcome: tuple[RestoreResult, AppContext]) -> None:
        result, fresh = outcome
        self.context.adopt(fresh)
        self.refresh_all()
        self.restored.emit()
        if result.previous_kept_at is None:
            kept = ""
        elif result.previous_was_damaged:
            kept = self.tr("The damaged data file was kept in {0}.").format(result.previous_kept_at)
        else:
            kept = self.tr("The data as it was before is kept in {0}.").format(
                result.previous_kept_at
            )
        messages.inform(
            self,
            self.tr("The data was restored from {0}.").format(result.restored_from)
            + ("\n\n" + kept if kept else ""),
            self.tr("Backup restored"),
        )

    def open_data_folder(self) -> None:
        folder = self.context.paths.root
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            messages.warn(
                self,
                self.tr(
                    "The data folder could not be opened in the file manager. It is:\n{0}"
                ).format(folder),
            )

    def change_language(self) -> None:
        """Keep another interface language with the installation; it applies at the next start
        (every window is built in one language)."""
        from oco_desktop.services import preferences

        current = preferences.stored_language(self.context.store)
        chosen = choose_language_dialog(self, current)
        if chosen is None or chosen == current:
            return
        store = self.context.store
        Op(self, lambda: preferences.set_language(store, chosen)).success(
            lambda _r: messages.inform(
                self,
                self.tr(
                    "OCO Desktop will be in {0} the next time it starts. Quit and start it "
                    "again to switch now."
                ).format(LANGUAGE_NAMES[chosen]),
                self.tr("Interface language"),
            )
        ).run()

    def show_guide(self) -> None:
        """The guide, at the section about the page on screen (F1)."""
        from oco_desktop.ui.dialogs.guide import GuideDialog, section_for

        if self.guide is None:
            language = self.context.language if self.context is not None else "en"
            self.guide = GuideDialog(language, self)
        secretariat = self.context is not None and self.context.member_code is None
        self.guide.show_section(section_for(self.current_key(), secretariat))

    def show_about(self) -> None:
        paths = self.context.paths
        text = self.tr(
            "<p><b>OCO Desktop {0}</b></p>"
            "<p>Staff roster, training needs analysis and the Customs Leadership programme "
            "of the Oceania Customs Organisation. Works offline.</p>"
            "<p>Data folder:<br>{1}</p><p>Log file:<br>{2}</p>"
        ).format(__version__, html.escape(str(paths.root)), html.escape(str(paths.log_file)))
        messages.about(self, self.tr("About OCO Desktop"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        executor().wait_for_done()
        super().closeEvent(event)
