"""Interface language: the choice of language, the installed translators, and text matching."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from oco_desktop.paths import resources_dir

LANGUAGES = ("en", "fr")


def system_language() -> str:
    """French when the system locale is French, English otherwise."""
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def choose_language(requested: str | None, installation: str | None = None) -> str:
    """The `--language` argument first, then the installation's language, then the system."""
    for candidate in (requested, installation):
        if candidate and candidate.lower()[:2] in LANGUAGES:
            return candidate.lower()[:2]
    return system_language()


def fold(text: str) -> str:
    """Lower-case, accent-free form for matching what a person types ("iles" finds "Îles")."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("-", " ").split())


class Translators:
    """The app's own translation and Qt's, swapped together when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(
            QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
        )
        candidates = [resources_dir() / "translations" / f"oco_desktop_{language}.qm"]
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            candidates.insert(0, Path(qt_dir) / f"qtbase_{language}.qm")
        for path in candidates:
            if not path.is_file():
                continue
            translator = QTranslator(self._app)
            if translator.load(str(path)):
                self._app.installTranslator(translator)
                self._installed.append(translator)

    @property
    def loaded(self) -> int:
        return len(self._installed)
