"""tools/i18n.py, the check behind `make lint`: it lists untranslated strings, broken
placeholders and accelerators, and translate calls lupdate cannot see."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def i18n():
    spec = importlib.util.spec_from_file_location("oco_i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _messages(i18n, tmp_path, body: str):
    path = tmp_path / "x.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
        f"<context><name>Page</name>{body}</context></TS>",
        encoding="utf-8",
    )
    return i18n.read_ts(path)[1]


def test_the_shipped_translation_is_complete(i18n):
    _, messages = i18n.read_ts(i18n.TS_FILE)
    assert len(messages) > 800
    assert list(i18n.translation_problems(messages)) == []


def test_untranslated_and_unfinished_strings_are_listed(i18n, tmp_path):
    messages = _messages(
        i18n,
        tmp_path,
        "<message><source>Staff</source><translation>Personnel</translation></message>"
        '<message><source>Sync</source><translation type="unfinished"></translation></message>'
        '<message><source>Bundle</source><translation type="unfinished">Lot</translation>'
        "</message>",
    )
    problems = list(i18n.translation_problems(messages))
    assert problems == ["untranslated: [Page] 'Sync'", "untranslated: [Page] 'Bundle'"]


def test_placeholders_and_accelerators_must_match(i18n, tmp_path):
    messages = _messages(
        i18n,
        tmp_path,
        "<message><source>Saved {0}.</source><translation>Enregistré.</translation></message>"
        "<message><source>&amp;Save</source><translation>Enregistrer</translation></message>"
        "<message><source>Fish &amp;&amp; chips</source><translation>Poisson</translation>"
        "</message>",
    )
    problems = list(i18n.translation_problems(messages))
    assert len(problems) == 2
    assert problems[0].startswith("placeholders differ: [Page] 'Saved {0}.'")
    assert problems[1].startswith("accelerator (&) missing or doubled: [Page] '&Save'")


def test_translate_calls_lupdate_cannot_see_are_reported(i18n, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "ROOT", tmp_path)
    source = tmp_path / "page.py"
    source.write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QCoreApplication
            CONTEXT = "Page"

            def _tr(text):
                return QCoreApplication.translate("Page", text)

            def choose(parent, name):
                _tr("Hidden from lupdate")
                parent.tr("Wrong context")
                QCoreApplication.translate(CONTEXT, "Variable context")
                parent.tr(f"Hello {name}")
                QCoreApplication.translate("Page", "Seen")
                _tr(name)
            """
        ),
        encoding="utf-8",
    )
    found = list(i18n.invisible_strings(source))
    assert len(found) == 4
    assert any("_tr('Hidden from lupdate') is invisible to lupdate" in f for f in found)
    assert any("parent.tr(...) is extracted under the context 'parent'" in f for f in found)
    assert any("translate(<variable>, ...)" in f for f in found)
    assert any("f-string" in f for f in found)


def test_fill_sets_french_with_no_break_spaces_and_plurals(i18n, tmp_path, monkeypatch):
    ts = tmp_path / "fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
        "<context><name>Page</name>"
        '<message><source>&amp;Find:</source><translation type="unfinished"/></message>'
        '<message numerus="yes"><source>%Ln staff</source><translation type="unfinished">'
        "<numerusform/><numerusform/></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "TS_FILE", ts)
    words = tmp_path / "fr.json"
    words.write_text('{"&Find:": "&Chercher :", "%Ln staff": ["%Ln agent", "%Ln agents"]}')

    assert i18n.fill(words, overwrite=False) == 2

    root = ET.parse(ts).getroot()
    translations = root.findall(".//translation")
    assert translations[0].text == "&Chercher\u00a0:"
    assert [f.text for f in translations[1].findall("numerusform")] == ["%Ln agent", "%Ln agents"]
    assert not list(i18n.translation_problems(i18n.read_ts(ts)[1]))


def test_a_count_given_to_translate_is_reported_as_getting_no_plural_forms(
    i18n, tmp_path, monkeypatch
):
    monkeypatch.setattr(i18n, "ROOT", tmp_path)
    source = tmp_path / "page.py"
    source.write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QCoreApplication, QObject

            class Page(QObject):
                pass

            def told(count):
                QCoreApplication.translate("Page", "%n rows imported.", "", count)
                Page.tr("%n rows imported.", "", count)
            """
        ),
        encoding="utf-8",
    )
    found = list(i18n.invisible_strings(source))
    assert len(found) == 1
    assert "no plural forms" in found[0] and ":8:" in found[0]


def test_the_english_catalogue_gives_both_forms_of_every_counted_sentence(i18n):
    _, french = i18n.read_ts(i18n.TS_FILE)
    _, english = i18n.read_ts(i18n.EN_TS_FILE)
    counted = {(m.context, m.source) for m in french if m.numerus}
    assert counted and counted == {(m.context, m.source) for m in english}
    for message in english:
        singular, plural = message.texts()
        assert plural == message.source, message.source
        assert singular and "%" in singular, message.source


def test_a_translation_inside_an_f_string_is_reported(i18n, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "ROOT", tmp_path)
    source = tmp_path / "page.py"
    source.write_text(
        textwrap.dedent(
            """
            def line(self, count):
                return f"<li>{self.tr('%n staff', '', count)}</li>"
            """
        ),
        encoding="utf-8",
    )
    found = list(i18n.invisible_strings(source))
    assert len(found) == 1 and "inside f-strings" in found[0]
