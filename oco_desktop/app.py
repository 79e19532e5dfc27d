"""The composition root of the GUI: the application object, the crash handler, the language,
opening the store before any window, then the main window.

The command line (`oco_desktop.cli`) calls `run_gui` and `self_test_window`; nothing else here
is part of its contract."""

from __future__ import annotations

import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from oco_desktop import APP_NAME, __version__
from oco_desktop.paths import DataPaths
from oco_desktop.store.glance import StoreGlance, glance
from oco_desktop.ui import icons
from oco_desktop.ui.crash_handler import CrashHandler
from oco_desktop.ui.i18n import Translators, choose_language, format_number
from oco_desktop.ui.main_window import Heading, MainWindow
from oco_desktop.ui.tasks import executor
from oco_desktop.ui.widgets.first_paint import when_painted
from oco_desktop.ui.widgets.fit import give_room_for_accents

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store
    from oco_desktop.ui.context import AppContext

# For the start-up benchmark: print `shown` at the window's first paint and quit; or, with
# READY, print `shown`, then `ready` once the first page shows the data, and quit.
QUIT_WHEN_SHOWN_ENV = "OCO_DESKTOP_QUIT_WHEN_SHOWN"
QUIT_WHEN_READY_ENV = "OCO_DESKTOP_QUIT_WHEN_READY"
EXIT_BUG = 1
EXIT_REFUSED = 3
ROOMY_SIZE = (1240, 780)
log = logging.getLogger(__name__)


def application() -> QApplication:
    """The QApplication, made once, named so settings and dialogs say "OCO Desktop"."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("OCO")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icons.app_icon())
    give_room_for_accents(app)
    return app


def show_main_window(window: QWidget) -> None:
    """Maximised on a small screen (1024x600 netbooks), a roomy centred window otherwise."""
    screen = window.screen()
    available = screen.availableGeometry()
    if available.width() < 1200 or available.height() < 720:
        window.setGeometry(available)  # where no window manager maximises, fill the screen
        window.showMaximized()
        return
    width = min(ROOMY_SIZE[0], available.width() - 80)
    height = min(ROOMY_SIZE[1], available.height() - 60)
    window.resize(width, height)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())
    window.show()


def settle() -> None:
    """Once the store is open and the first page built, the objects loaded so far (modules,
    classes, the models, Qt's wrappers) live as long as the app: moved out of the garbage
    collector's sight, its full collections no longer pause the window for ~50 ms in the
    middle of a keystroke."""
    gc.collect()
    gc.freeze()


def _say_when_painted(widget: QWidget, app: QApplication, word: str, quit: bool) -> None:
    """Print `word` once `widget` has painted (the benchmark reads it), then maybe quit."""

    def say() -> None:
        print(word, flush=True)
        if quit:
            app.exit(0)

    when_painted(widget, say)


class _Start:
    """Opens the store and shows the main window, in one of two orders.

    A data file that the glance reads as healthy, at this app's schema, gets its window first:
    the sidebar, title and status bar paint while SQLAlchemy, the models and the store load,
    then the first page fills in. Anything else (first run, a migration due, a damaged or
    unreadable file) is settled before any window, by the dialogs of `ui.startup`."""

    def __init__(
        self, app: QApplication, paths: DataPaths, translators: Translators, crash: CrashHandler
    ) -> None:
        self.app, self.paths, self.translators, self.crash = app, paths, translators, crash
        self.store: Store | None = None
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        self.exit_code: int | None = None

    def open_then_show(self, requested_language: str | None) -> None:
        from oco_desktop.ui.startup import DialogStartupUi, open_for_gui

        opened = open_for_gui(
            self.paths, DialogStartupUi(self.translators.language, self.translators)
        )
        if opened.store is None:
            self.exit_code = opened.exit_code
            return
        self.store = opened.store
        context = self._open_context(opened.store, requested_language)
        self.window = MainWindow(context)
        self._show()
        when_painted(self.window, settle)

    def show_then_open(self, seen: StoreGlance, requested_language: str | None) -> None:
        language = self.translators.language
        self.window = MainWindow.opening(self.paths, Heading.of_glance(seen, language))
        self.window.first_painted.connect(lambda: self._finish_opening(requested_language))
        self._show()

    def _finish_opening(self, requested_language: str | None) -> None:
        from oco_desktop.ui.startup import DialogStartupUi, open_for_gui

        assert self.window is not None
        try:
            opened = open_for_gui(
                self.paths, DialogStartupUi(self.translators.language, self.translators)
            )
            if opened.store is None:
                self.exit_code = opened.exit_code
                self.window.close()
                self.app.exit(opened.exit_code)
                return
            self.store = opened.store
            self.window.attach(self._open_context(opened.store, requested_language))
            when_painted(self.window, settle)  # once the first page is on screen
            self.window.check_data_file_in_background()
        except Exception:
            self.crash.handle(*sys.exc_info())
            self.exit_code = EXIT_BUG
            self.app.exit(EXIT_BUG)

    def _open_context(self, store: Store, requested_language: str | None) -> AppContext:
        from oco_desktop.ui.context import AppContext

        self.context = AppContext.open(store, self.translators.language)
        language = choose_language(requested_language, self.context.info.language)
        if language != self.translators.language:
            self.translators.install(language)
        self.context.language = language
        return self.context

    def _show(self) -> None:
        assert self.window is not None
        show_main_window(self.window)
        if self.context is not None:
            self.window.check_data_file_in_background()
        self.app.setQuitOnLastWindowClosed(True)
        if os.environ.get(QUIT_WHEN_READY_ENV) == "1":
            _say_when_painted(self.window, self.app, "shown", quit=False)
            self.window.ready.connect(self._say_ready_when_painted)
            if self.window.attached:
                self._say_ready_when_painted()
        elif os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1":
            _say_when_painted(self.window, self.app, "shown", quit=True)

    def _say_ready_when_painted(self) -> None:
        assert self.window is not None
        self.window.update()
        _say_when_painted(self.window, self.app, "ready", quit=True)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        # After a restore the window works on a newer Store than the one opened here.
        if self.context is not None:
            self.context.store.close()
        if self.store is not None:
            self.store.close()


def _refuse_second_window(paths: DataPaths, language: str | None) -> int:
    """Another process has a window on this data: ask it forward, say so, exit 3."""
    from oco_desktop.ui.dialogs import messages
    from oco_desktop.ui.one_window import already_open_text, ask_first_window_forward

    seen = glance(paths.database)
    Translators(application()).install(choose_language(language, seen.language if seen else None))
    text = already_open_text(paths, ask_first_window_forward(paths))
    print(text, file=sys.stderr)
    messages.inform(None, text, APP_NAME)
    return EXIT_REFUSED


def run_gui(paths: DataPaths, language: str | None) -> int:
    from oco_desktop.store import locks
    from oco_desktop.ui.one_window import WindowBeacon

    app = application()
    try:
        locks.hold_window(paths)  # for this window's whole life
    except locks.AlreadyOpen:
        return _refuse_second_window(paths, language)
    except OSError as exc:  # the folder cannot be made: the start-up dialogs say why
        log.warning("no window lock on %s: %s", paths.root, exc)
    app.setQuitOnLastWindowClosed(False)  # the start-up dialogs are not the last window
    crash = CrashHandler(paths.log_file)
    crash.install()
    translators = Translators(app)
    translators.install(choose_language(language, None))
    if not unlock_before_window(paths):
        crash.uninstall()
        return 0
    seen = glance(paths.database)  # needs the data key: after the unlock
    if seen is not None and choose_language(language, seen.language) != translators.language:
        translators.install(choose_language(language, seen.language))
    start = _Start(app, paths, translators, crash)
    beacon = WindowBeacon(paths, lambda: start.window)
    try:
        if seen is None:
            start.open_then_show(language)
        else:
            start.show_then_open(seen, language)
        if start.exit_code is not None:
            return start.exit_code
        code = app.exec()
        return start.exit_code if start.exit_code is not None else code
    except Exception:
        crash.handle(*sys.exc_info())
        return EXIT_BUG
    finally:
        executor().wait_for_done()
        start.close()
        beacon.deleteLater()
        crash.uninstall()
        locks.release_window(paths)


def unlock_before_window(paths: DataPaths) -> bool:
    """The passphrase comes before anything else is shown (the keystore, the environment or
    demo data open without asking). False when the person quit."""
    from oco_desktop.domain.errors import WrongSecret
    from oco_desktop.store import crypt

    if not paths.database.exists() or not crypt.is_encrypted(paths):
        return True  # set-up, or a plain file that the start-up dialogs encrypt
    try:
        if crypt.try_automatic_unlock(paths):
            return True  # the dialogs' module (and what it loads) is not needed
    except WrongSecret:
        pass  # a wrong OCO_DESKTOP_PASSPHRASE: the dialog asks the person
    from oco_desktop.ui.dialogs.passphrase import ask_to_unlock

    return ask_to_unlock(paths)


_self_test_app: QApplication | None = None


def self_test_window(store: Store) -> list[str]:
    """Build the main window for `store` (offscreen when QT_QPA_PLATFORM=offscreen), check
    its pages and the dashboard's staff total, close it and say what was checked."""
    from oco_desktop.language import _, current_language
    from oco_desktop.services.dashboard import staff_summary
    from oco_desktop.services.self_test import QT_SENTENCES, dashboard_total
    from oco_desktop.ui.context import AppContext

    global _self_test_app
    _self_test_app = application()
    language = current_language()
    if language != "en":  # the window in the language of the run (`--lang fr --self-test`)
        Translators(_self_test_app).install(language)
    context = AppContext.open(store, language)
    window = MainWindow(context)
    try:
        window.show()
        lines = [_(QT_SENTENCES["window"]).format(title=window.windowTitle())]
        keys = [spec.key for spec in window.specs]
        if "dashboard" not in window.pages:
            raise AssertionError(_(QT_SENTENCES["no_dashboard"]).format(pages=keys))
        lines.append(_(QT_SENTENCES["pages"]).format(pages=", ".join(keys)))
        if window.current_key() != "dashboard":
            raise AssertionError(_(QT_SENTENCES["first_page"]).format(page=window.current_key()))
        expected = staff_summary(store, context.member_code).total
        dashboard = window.page("dashboard")
        shown = dashboard.total_figure.number.text()  # type: ignore[attr-defined]
        if shown != format_number(expected):
            raise AssertionError(
                _(QT_SENTENCES["wrong_total"]).format(shown=shown, expected=expected)
            )
        lines.append(dashboard_total(expected))
        if str(store.paths.root) not in window.status.offline_label.text():
            raise AssertionError(_(QT_SENTENCES["no_status"]))
        lines.append(_(QT_SENTENCES["status_bar"]).format(text=window.status.offline_label.text()))
        return lines
    finally:
        window.close()
        window.deleteLater()
        executor().wait_for_done()
