"""argparse's own words go through our catalogue: the sentences listed for extraction are
argparse's, character for character, and --lang is found before the parser is built."""

from __future__ import annotations

import argparse
import inspect

import pytest

from oco_desktop.cli import argparse_language
from oco_desktop.language import language


def test_every_listed_sentence_is_one_argparse_looks_up():
    source = inspect.getsource(argparse)
    for sentence in argparse_language.ARGPARSE_SENTENCES:
        assert repr(sentence)[1:-1] in source or sentence.replace("\n", "\\n") in source, sentence
    assert "'expected %s argument'" in source and "'expected %s arguments'" in source


@pytest.mark.parametrize(
    ("argv", "found"),
    [
        (["--lang", "fr", "check"], "fr"),
        (["--lang=fr", "--help"], "fr"),
        (["--data-dir", "d", "--lang", "en", "check"], "en"),
        (["report", "tna", "--lang", "fr"], None),
        (["--lang", "de", "check"], None),
        (["--lang"], None),
        (["roster", "import", "--", "--lang", "fr"], None),
        (["check"], None),
    ],
)
def test_the_language_is_read_before_parsing(argv, found):
    assert argparse_language.language_in(argv) == found


def test_argparse_speaks_the_app_language():
    argparse_language.speak_app_language()
    with language("fr"):
        parser = argparse.ArgumentParser(prog="oco-desktop")
        parser.add_argument("file")
        usage = parser.format_help()
        message = argparse._("the following arguments are required: %s")  # type: ignore[attr-defined]
    assert usage.startswith("utilisation\u00a0: oco-desktop")
    assert "afficher ce message d'aide et quitter" in usage
    assert message.startswith("les arguments suivants sont obligatoires")
    assert argparse_language.expected_arguments(2) in ("expected %s arguments",)
