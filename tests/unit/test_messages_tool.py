"""tools/messages.py, the gettext catalogue's check behind `make lint`: untranslated and fuzzy
entries, placeholders that differ between English and French, a .po behind the sources."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def messages():
    spec = importlib.util.spec_from_file_location(
        "oco_messages_tool", ROOT / "tools" / "messages.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_catalogue_is_complete_and_current(messages):
    assert messages.check("fr") == []


def test_untranslated_fuzzy_and_broken_placeholders_are_listed(messages):
    catalog = Catalog(locale="fr")
    catalog.add("Staff", "Agents")
    catalog.add("Office", "")
    catalog.add("Total", "Total", flags=["fuzzy"])
    catalog.add("Page {page} of {pages}", "Page {page} sur {pages}")
    catalog.add("{count} staff in {office}", "{count} agents à {bureau}")
    catalog.add("Due {date}", "Échéance")
    catalog.add(("{count} page", "{count} pages"), ("{count} page", ""))
    catalog.add(("{count} row", "{count} rows"), ("{count} ligne", "{n} lignes"))
    found = messages.problems(catalog)
    assert found == [
        "untranslated: 'Office'",
        "fuzzy: 'Total'",
        "placeholders differ: '{count} staff in {office}' -> '{count} agents à {bureau}'",
        "placeholders differ: 'Due {date}' -> 'Échéance'",
        "untranslated: ('{count} page', '{count} pages')",
        "placeholders differ: ('{count} row', '{count} rows') -> '{n} lignes'",
    ]


def test_a_catalogue_behind_the_sources_is_listed(messages):
    catalog = Catalog(locale="fr")
    catalog.add("Staff", "Agents")
    catalog.add("Gone", "Parti")
    source = Catalog()
    source.add("Staff")
    source.add("New sentence")
    assert messages.problems(catalog, source) == [
        "not in the .po (run update): 'New sentence'",
        "no longer in the sources (run update): 'Gone'",
    ]
