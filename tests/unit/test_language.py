"""oco_desktop.language: the gettext catalogue of the layers below the window, the language
chosen for the app and the one a report is made in, numbers and dates in each language's form."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from oco_desktop import language
from oco_desktop.language import (
    _,
    current_language,
    format_date,
    format_number,
    format_percent,
    ngettext,
    pgettext,
    set_language,
)


@pytest.fixture(autouse=True)
def english_afterwards():
    assert language.catalogue_loaded("fr"), "build the .mo: python tools/messages.py compile"
    yield
    set_language("en")


def test_the_chosen_language_translates_and_english_is_the_source() -> None:
    assert _("Staff") == "Staff"
    set_language("fr")
    assert current_language() == "fr"
    assert _("Staff") == "Agents"
    assert _("Page {page} of {pages}").format(page=2, pages=9) == "Page 2 sur 9"
    assert _("A sentence no catalogue knows") == "A sentence no catalogue knows"


def test_a_word_whose_french_depends_on_its_context() -> None:
    set_language("fr")
    assert pgettext("need status", "Planned") == "Planifié"
    assert _("Planned") == "Prévue"


def test_plurals_follow_french_rules_where_one_and_zero_are_singular() -> None:
    set_language("fr")
    catalogue = language.translations("fr")
    assert catalogue.plural(0) == catalogue.plural(1) == 0 and catalogue.plural(2) == 1
    assert ngettext("{count} page", "{count} pages", 1) == "{count} page"  # not in the catalogue
    assert ngettext("{count} page", "{count} pages", 2) == "{count} pages"


def test_a_report_language_holds_only_inside_its_block_and_its_thread() -> None:
    set_language("en")
    seen: list[str] = []
    with language.language("fr"):
        assert _("Women") == "Femmes"
        other = threading.Thread(target=lambda: seen.append(_("Women")))
        other.start()
        other.join()
    assert _("Women") == "Women"
    assert seen == ["Women"]  # the window's thread language, not the report's


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        set_language("de")
    with pytest.raises(ValueError), language.language("xx"):
        pass


def test_numbers_in_each_language() -> None:
    assert format_number(1234567, lang="en") == "1,234,567"
    assert format_number(1234567, lang="fr") == "1\u202f234\u202f567"
    assert format_number(2862.5, decimals=1, lang="fr") == "2\u202f862,5"
    assert format_number(2862.5, decimals=1, lang="en") == "2,862.5"
    assert format_number("<5", lang="fr") == "<5"
    set_language("fr")
    assert format_number(2862) == "2\u202f862"
    assert format_percent(1, 3) == "33\u00a0%"
    assert format_percent(1, 3, lang="en") == "33%"
    assert format_percent(1, 0) == "–"


def test_dates_in_each_language() -> None:
    day = dt.date(2026, 12, 5)
    assert format_date(day, lang="en") == "5 December 2026"
    assert format_date(day, lang="fr") == "5 décembre 2026"
    assert format_date(day, short=True, lang="fr") == "5 déc. 2026"
    assert format_date(day, short=True, lang="en") == "5 Dec 2026"
    assert format_date(dt.date(2027, 2, 1), lang="fr") == "1er février 2027"
