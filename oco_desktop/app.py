"""The composition root of the GUI: the application object, the crash handler, the language,
opening the store before any window, then the main window.

`cli.py` calls `run_gui` and `self_test_window`; nothing else here is part of its contract."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from oco_desktop import APP_NAME, __version__
from oco_desktop.paths import DataPaths
from oco_desktop.services.dashboard import staff_summary
from oco_desktop.store.engine import Store
from oco_desktop.ui import icons
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.crash_handler import CrashHandler
from oco_desktop.ui.i18n import Translators, choose_language, format_number
from oco_desktop.ui.main_window import MainWindow
from oco_desktop.ui.startup import DialogStartupUi, open_for_gui
from oco_desktop.ui.tasks import executor

QUIT_WHEN_SHOWN_ENV = "OCO_DESKTOP_QUIT_WHEN_SHOWN"
EXIT_BUG = 1
ROOMY_SIZE = (1240, 780)


def application() -> QApplication:
    """The QApplication, made once, named so settings and dialogs say "OCO Desktop"."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("OCO")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icons.app_icon())
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


class _QuitWhenPainted(QObject):
    """For the cold-start benchmark: print `shown` once the window has painted, then quit."""

    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._quit)
        return False

    def _quit(self) -> None:
        print("shown", flush=True)
        self._app.exit(0)


def run_gui(paths: DataPaths, language: str | None) -> int:
    app = application()
    app.setQuitOnLastWindowClosed(False)  # the start-up dialogs are not the last window
    crash = CrashHandler(paths.log_file)
    crash.install()
    translators = Translators(app)
    translators.install(choose_language(language))
    store: Store | None = None
    context: AppContext | None = None
    try:
        opened = open_for_gui(paths, DialogStartupUi(translators.language))
        if opened.store is None:
            return opened.exit_code
        store = opened.store
        context = AppContext.open(store, translators.language)
        context.language = choose_language(language, context.info.language)
        translators.install(context.language)
        window = MainWindow(context)
        show_main_window(window)
        window.check_data_file_in_background()
        app.setQuitOnLastWindowClosed(True)
        if os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1":
            _QuitWhenPainted(window, app)
        return app.exec()
    except Exception:
        crash.handle(*sys.exc_info())  # type: ignore[arg-type]
        return EXIT_BUG
    finally:
        executor().wait_for_done()
        # After a restore the window works on a newer Store than the one opened here.
        if context is not None:
            context.store.close()
        if store is not None:
            store.close()
        crash.uninstall()


_self_test_app: QApplication | None = None


def self_test_window(store: Store) -> list[str]:
    """Build the main window for `store` (offscreen when QT_QPA_PLATFORM=offscreen), check
    its pages and the dashboard's staff total, close it and say what was checked."""
    global _self_test_app
    _self_test_app = application()
    context = AppContext.open(store, "en")
    window = MainWindow(context)
    try:
        window.show()
        lines = [f"main window built: {window.windowTitle()}"]
        keys = [spec.key for spec in window.specs]
        if "dashboard" not in window.pages:
            raise AssertionError(f"the main window has no dashboard page (pages: {keys})")
        lines.append(f"pages: {', '.join(keys)}")
        if window.current_key() != "dashboard":
            raise AssertionError(f"the first page shown is {window.current_key()}, not dashboard")
        expected = staff_summary(store, context.member_code).total
        dashboard = window.page("dashboard")
        shown = dashboard.total_figure.number.text()  # type: ignore[attr-defined]
        if shown != format_number(expected):
            raise AssertionError(
                f"the dashboard shows {shown!r} staff in post; the store holds {expected}"
            )
        lines.append(f"dashboard shows {expected} staff in post")
        if str(store.paths.root) not in window.status.offline_label.text():
            raise AssertionError("the status bar does not show the offline state and data folder")
        lines.append(f"status bar: {window.status.offline_label.text()}")
        return lines
    finally:
        window.close()
        window.deleteLater()
        executor().wait_for_done()
