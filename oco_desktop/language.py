"""The language of every sentence below the window (domain, store, sync, reports, services,
command line): GNU gettext catalogues, read with the standard library.

    from oco_desktop.language import _, ngettext
    raise InvalidInput(_("Staff number {number} is already used").format(number=number))

Translate first, then format, with named placeholders: the translator sees and may move
{number}. A module-level constant is marked with N_() (for extraction) and translated where
it is shown: `_(CONSTANT)`.

The catalogues are resources/locale/<lang>/LC_MESSAGES/oco_desktop.mo, compiled from the .po by
`python tools/messages.py compile` (make does it). English is the source language: it needs no
catalogue. The language is the app's (set_language, from --lang or the window's choice), or for
a while the one given to `language("fr")`: a report can be made in another language than the
window's, and the override stays in its own thread or task (a context variable).

This module is at the bottom of the layers: it imports nothing of the app but paths.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import errno
import gettext as _gettext
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "fr")
DOMAIN = "oco_desktop"
NARROW_NO_BREAK_SPACE = "\u202f"
NO_BREAK_SPACE = "\u00a0"

_chosen = "en"
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("language", default=None)

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
        "nov.", "déc.",
    ),
}  # fmt: skip


def locale_dir() -> Path:
    from oco_desktop.paths import resources_dir

    return resources_dir() / "locale"


def _checked(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return lang


def set_language(lang: str) -> None:
    """The language of the app from now on (the window's or the command line's)."""
    global _chosen
    _chosen = _checked(lang)


def current_language() -> str:
    return _override.get() or _chosen


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Speak `lang` inside the block (this thread or task only), e.g. to build a French report
    from an English window."""
    token = _override.set(_checked(lang))
    try:
        yield
    finally:
        _override.reset(token)


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The catalogue of `lang`; English, and a language whose catalogue is not built, speak
    the source text (catalogue_loaded tells them apart)."""
    if _checked(lang) == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, locale_dir(), languages=[lang], fallback=True)


def catalogue_loaded(lang: str) -> bool:
    return lang == "en" or isinstance(translations(lang), _gettext.GNUTranslations)


def gettext(message: str) -> str:
    return translations(current_language()).gettext(message)


_ = gettext


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for `count` ("{count} page" / "{count} pages"); format it afterwards."""
    return translations(current_language()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """A word whose translation depends on where it is ("Planned" of a need, of an activity)."""
    return translations(current_language()).pgettext(context, message)


def N_(message: str) -> str:
    """Marks a constant for extraction; translate it with _() where it is shown."""
    return message


def NP_(context: str, message: str) -> tuple[str, str]:
    """N_ with a context, for pgettext(*marked)."""
    return context, message


# -- numbers and dates in the language's form ----------------------------------------------


def format_number(value: float | str, decimals: int = 0, lang: str | None = None) -> str:
    """12,345.5 in English, 12 345,5 in French (narrow no-break space, decimal comma); a text
    (like "<5") stays as it is."""
    if isinstance(value, str):
        return value
    written = f"{value:,.{decimals}f}"
    if (lang or current_language()) == "fr":
        return written.replace(",", NARROW_NO_BREAK_SPACE).replace(".", ",")
    return written


def format_percent(part: float, whole: float, lang: str | None = None) -> str:
    """A share rounded to a whole percent: 42% / 42 % (French keeps % off the number with a
    no-break space); a dash when there is nothing to share."""
    if not whole:
        return "–"
    share = round(100 * part / whole)
    return f"{share}{NO_BREAK_SPACE}%" if (lang or current_language()) == "fr" else f"{share}%"


def format_date(day: dt.date, short: bool = False, lang: str | None = None) -> str:
    """A date as people write it: 5 December 2026 / 5 décembre 2026, or short: 5 Dec 2026 /
    5 déc. 2026."""
    months = (_SHORT_MONTHS if short else _MONTHS)[lang or current_language()]
    first = "1er" if day.day == 1 and not short and (lang or current_language()) == "fr" else ""
    return f"{first or day.day} {months[day.month - 1]} {day.year}"


# -- the system's words for a file that cannot be used -------------------------------------

# What the operating system says (exc.strerror) is English on every platform Python runs on
# here: the common cases are said in the app's language, the rare ones as the system says them.
_OS_ERRORS = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.EISDIR: N_("it is a folder"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.ENOSPC: N_("no space left on the disk"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EEXIST: N_("the file already exists"),
    errno.EBUSY: N_("in use by another program"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.EIO: N_("the disk could not be read or written"),
}


def os_error_text(exc: OSError) -> str:
    """Why a file could not be read or written, in the app's language when it is a common
    reason ("no such file or folder"), else as the system says it."""
    known = _OS_ERRORS.get(exc.errno) if exc.errno is not None else None
    return gettext(known) if known else (exc.strerror or str(exc) or type(exc).__name__)
