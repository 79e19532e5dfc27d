"""Every option and argument of every command says what it is for, in English and in French
(issue 21): `oco-desktop --lang fr X --help` leaves nothing unexplained or in English."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from oco_desktop.cli import build_parser
from oco_desktop.language import catalogue_loaded, language

# Help texts that read the same in both languages.
SAME_IN_BOTH: set[str] = set()


def _actions(parser: argparse.ArgumentParser, path: str = "") -> Iterator[tuple[str, str, str]]:
    """(command, option or argument, help) of every action under `parser`, -h aside."""
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            helped = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                command = f"{path} {name}".strip()
                yield path or "oco-desktop", name, helped.get(name) or ""
                yield from _actions(sub, command)
            continue
        name = "/".join(action.option_strings) or action.dest
        yield path or "oco-desktop", name, action.help or ""


def _helps(lang: str) -> dict[tuple[str, str], str]:
    with language(lang):
        return {(command, name): text for command, name, text in _actions(build_parser())}


def test_every_option_and_argument_has_a_help_text():
    missing = [f"{command} {name}" for (command, name), text in _helps("en").items() if not text]
    assert missing == []


def test_the_walk_sees_the_deepest_options():
    found = _helps("en")
    assert ("programme session add", "--venue") in found
    assert ("keys trust", "code") in found
    assert ("backup", "create") in found


@pytest.mark.skipif(not catalogue_loaded("fr"), reason="the French catalogue is not compiled")
def test_every_help_text_is_french_with_lang_fr():
    english, french = _helps("en"), _helps("fr")
    assert english.keys() == french.keys()
    untranslated = [
        f"{command} {name}: {text}"
        for (command, name), text in english.items()
        if text and french[(command, name)] == text and text not in SAME_IN_BOTH
    ]
    assert untranslated == []


@pytest.mark.skipif(not catalogue_loaded("fr"), reason="the French catalogue is not compiled")
def test_the_french_headings_keep_a_no_break_space_before_the_colon(monkeypatch):
    from oco_desktop.cli import argparse_language

    monkeypatch.setattr(argparse, "_", argparse._, raising=False)  # restored after the test
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    with language("fr"):
        argparse_language.speak_app_language()
        text = build_parser().format_help()
    assert "\narguments positionnels\u00a0:\n" in text
    assert "\noptions\u00a0:\n" in text
