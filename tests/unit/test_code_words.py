"""Every stored code a listing prints has its words in both languages (issue 21), so a value
or a table added later cannot slip into a French listing as an English code."""

from __future__ import annotations

import pytest

from oco_desktop.domain.programme import SessionStatus
from oco_desktop.domain.programme_words import WORDS, word
from oco_desktop.language import catalogue_loaded, language
from oco_desktop.sync import schema
from oco_desktop.sync import words as sync_words


@pytest.mark.parametrize("kind", list(WORDS), ids=lambda kind: kind.__name__)
def test_every_value_of_each_enumeration_has_a_word(kind):
    assert set(WORDS[kind]) == {member.value for member in kind}


def test_every_synced_table_has_a_word():
    assert set(schema.tables()) <= set(sync_words.TABLES)


def test_a_code_without_a_word_is_shown_as_it_is():
    assert word("from_a_newer_version", SessionStatus) == "from_a_newer_version"
    assert word(None, SessionStatus) == ""
    assert sync_words.table_word("future_table") == "future_table"


@pytest.mark.skipif(not catalogue_loaded("fr"), reason="the French catalogue is not compiled")
def test_the_words_are_french_with_lang_fr():
    with language("en"):
        english = {(k, code): word(code, k) for k in WORDS for code in WORDS[k]}
        tables = {t: sync_words.table_word(t) for t in sync_words.TABLES}
    with language("fr"):
        french = {(k, code): word(code, k) for k in WORDS for code in WORDS[k]}
        french_tables = {t: sync_words.table_word(t) for t in sync_words.TABLES}
    same = {(k.__name__, code) for (k, code) in english if english[k, code] == french[k, code]}
    assert same <= {("Attendance", "absent")}  # "absent" is French too
    assert [t for t in tables if tables[t] == french_tables[t]] == ["expert"]  # "experts"
