"""The Qt checks of `oco-desktop --self-test`: the platform plugin, SVG icons, translations.

They prove that a frozen build carries the Qt parts the window needs (the platform plugins, the
SVG image and icon plugins, Qt's and the app's French translations). The main window itself is
checked by `app.self_test_window`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator, qVersion
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication

from oco_desktop.language import _
from oco_desktop.paths import resources_dir
from oco_desktop.services.self_test import QT_SENTENCES, SelfTestFailure, SelfTestRun, icons_render

ICON_SIZE = 32


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication(sys.argv[:1])


def check_qt(run: SelfTestRun) -> str:
    """Qt loads and a platform plugin starts (offscreen unless QT_QPA_PLATFORM says otherwise)."""
    app = _application()
    return _(QT_SENTENCES["qt"]).format(version=qVersion(), plugin=app.platformName())


def check_icons(run: SelfTestRun) -> str:
    """Every SVG icon of resources/icons renders (the SVG image and icon-engine plugins)."""
    _application()
    if b"svg" not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        raise SelfTestFailure(_(QT_SENTENCES["no_svg"]))
    svgs = sorted((resources_dir() / "icons").glob("*.svg"))
    if not svgs:
        raise SelfTestFailure(_(QT_SENTENCES["no_icons"]).format(folder=resources_dir() / "icons"))
    blank = [p.name for p in svgs if QIcon(str(p)).pixmap(ICON_SIZE, ICON_SIZE).isNull()]
    if blank:
        raise SelfTestFailure(_(QT_SENTENCES["blank_icons"]).format(names=", ".join(blank)))
    return icons_render(len(svgs))


def _loads(path: Path) -> bool:
    return QTranslator(QCoreApplication.instance()).load(str(path))


def check_translations(run: SelfTestRun) -> str:
    """Qt's own French strings load; so does the app's French translation once it is built
    (a frozen build must carry it, and the gettext catalogue of the layers below the window)."""
    _application()
    qt_file = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_fr.qm"
    if not _loads(qt_file):
        raise SelfTestFailure(_(QT_SENTENCES["qt_french"]).format(file=qt_file))
    from oco_desktop.language import catalogue_loaded, locale_dir

    if getattr(sys, "frozen", False) and not catalogue_loaded("fr"):
        raise SelfTestFailure(_(QT_SENTENCES["no_catalogue"]).format(folder=locale_dir()))
    app_file = resources_dir() / "translations" / "oco_desktop_fr.qm"
    if app_file.is_file():
        if not _loads(app_file):
            raise SelfTestFailure(_(QT_SENTENCES["bad_qm"]).format(file=app_file))
        return _(QT_SENTENCES["both_load"])
    if getattr(sys, "frozen", False):
        raise SelfTestFailure(_(QT_SENTENCES["no_qm"]).format(file=app_file))
    return _(QT_SENTENCES["qm_not_built"])
