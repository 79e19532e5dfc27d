"""News items the Secretariat publishes: the limits of their texts and how a text is tidied.

A body is plain text: paragraphs separated by a blank line, web addresses written out as text.
It is shown as plain text everywhere, never interpreted as HTML or rich text.
"""

from __future__ import annotations

import re
import unicodedata

MAX_TITLE = 200
MAX_PLACE = 200
# A long news item is a few pages; the sync schema refuses a longer body in a bundle.
MAX_BODY = 20_000
LATEST_ON_DASHBOARD = 4

_BLANK_LINES = re.compile(r"\n{3,}")
# Control characters other than the line feed and tab (a carriage return is turned into \n first).
_CONTROL = {"Cc", "Cs", "Co"}


def control_character(text: str) -> str | None:
    """The first character a plain text may not hold (a control or private character), as
    U+XXXX, or None."""
    for char in text:
        if char in "\n\t":
            continue
        if unicodedata.category(char) in _CONTROL:
            return f"U+{ord(char):04X}"
    return None


def tidy_line(value: str | None) -> str:
    """A title or place: one line, single spaces."""
    return " ".join((value or "").split())


def tidy_body(value: str | None) -> str:
    """A body: Windows line ends made plain, trailing spaces dropped, at most one blank line
    between paragraphs, no blank lines at either end."""
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n").strip()


def paragraphs(body: str) -> list[str]:
    return [part.strip() for part in body.split("\n\n") if part.strip()]


def summary(body: str, limit: int = 160) -> str:
    """The first paragraph on one line, cut at a word near `limit` characters."""
    first = " ".join((paragraphs(body) or [""])[0].split())
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
