"""argparse's own words ("usage:", "error:", "the following arguments are required") in the
app's language.

argparse translates them with the standard library's gettext (the global "messages" domain,
which the app does not use): its module-level `_` and `ngettext` are pointed at ours, and its
sentences are listed here so `tools/messages.py update` puts them in our catalogue. The text
of each is argparse's own (Python 3.11), character for character: a sentence argparse words
differently in another Python version is simply shown in English.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from oco_desktop import language
from oco_desktop.language import N_

ARGPARSE_SENTENCES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("subcommands"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("%(prog)s: error: %(message)s\n"),
)


def expected_arguments(count: int) -> str:
    """argparse's one sentence with a plural, written here so it is extracted with both forms
    (argparse looks it up itself)."""
    return language.ngettext("expected %s argument", "expected %s arguments", count)


GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir",)


def speak_app_language() -> None:
    """argparse's words from now on in the app's language (set_language), looked up when
    they are shown: build the parser after set_language, since argparse words the help
    option when a parser is made."""
    argparse._ = language.gettext  # type: ignore[attr-defined]
    argparse.ngettext = language.ngettext  # type: ignore[attr-defined]


def language_in(argv: Sequence[str]) -> str | None:
    """The value of the global --lang (before the command) in the command line, read before
    the parser is built so that its help texts are already in that language; None when absent
    or not a known language (the parser then says what is wrong, in English). A --lang after
    the command is that command's own (a report's language), not the interface's."""
    words = iter(argv)
    for word in words:
        if word == "--lang":
            value = next(words, None)
        elif word.startswith("--lang="):
            value = word.partition("=")[2]
        elif word in GLOBAL_OPTIONS_WITH_VALUE:
            next(words, None)
            continue
        elif word.startswith("-") and word != "--":
            continue
        else:
            return None  # the command (or "--"): the global options are behind
        return value if value in language.LANGUAGES else None
    return None
