"""Interface language: the choice of language, the installed translators, and text matching."""

from __future__ import annotations

import datetime as dt
from abc import abstractmethod
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from oco_desktop.domain.text import fold
from oco_desktop.language import set_language
from oco_desktop.paths import resources_dir

LANGUAGES = ("en", "fr")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for lupdate (which finds calls by this name) and returns it as it is,
    to be translated where shown. PySide6's own returns the same, but is typed `object`."""
    return source


def system_language() -> str:
    """French when the system locale is French, English otherwise."""
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def choose_language(requested: str | None, installation: str | None = None) -> str:
    """The `--language` argument first, then the installation's language, then the system."""
    for candidate in (requested, installation):
        if candidate and candidate.lower()[:2] in LANGUAGES:
            return candidate.lower()[:2]
    return system_language()


def ui_locale(language: str) -> QLocale:
    """The system's own locale when it speaks the chosen language (fr_NC, en_FJ…), so dates
    and numbers look as the user set them; else French, or English written day first."""
    system = QLocale.system()
    wanted = QLocale.Language.French if language == "fr" else QLocale.Language.English
    if system.language() == wanted:
        return system
    return QLocale("fr_FR" if language == "fr" else "en_AU")


def format_number(value: int | float) -> str:
    """A count as the user's locale writes it ("1 234" in French, "1,234" in English)."""
    return QLocale().toString(value)


def format_decimal(value: float, decimals: int) -> str:
    """ "1,5" in French, "1.5" in English."""
    return QLocale().toString(float(value), "f", decimals)


def format_short_day(moment: dt.date) -> str:
    """ "28 nov. 2026" / "28 Nov 2026": for tables, month by name so no one misreads it."""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")


def format_optional_day(moment: dt.date | None) -> str:
    """`format_short_day`, or nothing where there is no date."""
    return format_short_day(moment) if moment else ""


def format_short_moment(moment: dt.datetime) -> str:
    """ "28 nov. 2026 14:05": the clock time as stored, in the user's locale."""
    value = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(value, "d MMM yyyy HH:mm")


class Retranslated:
    """A widget mix-in: `retranslate()` sets every text the widget shows; it runs again when
    the interface language changes (Qt sends LanguageChange when a translator is installed), so
    a window already open switches language at once. Put it before the Qt class:
    `class Page(Retranslated, QWizardPage)`."""

    @abstractmethod  # Qt's metaclass cannot enforce it; mypy refuses a widget without it
    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def fold_words(text: str) -> str:
    """The folded words of a text, hyphens as spaces, for matching what a person types
    ("iles" finds "Îles", "wallis et" finds "Wallis-et-Futuna")."""
    return " ".join(fold(text).replace("-", " ").split())


class Translators:
    """The app's own translation and Qt's, swapped together when the language changes."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        self._app = app
        self.folder = folder or resources_dir() / "translations"  # where the .qm files are
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        set_language(language)  # the sentences of the layers below the window (gettext)
        QLocale.setDefault(ui_locale(language))
        candidates = [self.folder / f"oco_desktop_{language}.qm"]
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
