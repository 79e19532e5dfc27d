"""Text as it is stored: one form for every entry point (window, import, sync, command line).

`normalise_text` gives Unicode NFC (a name typed on a Mac or pasted from a PDF arrives
decomposed, 'a' + combining macron, and would otherwise not equal the same name typed on
Windows), trimmed, with inner runs of spaces collapsed to one. Line breaks and tabs are
left for the field's own check to refuse.

`lost_letters` finds the '?' that Excel writes in place of a letter its legacy code page
cannot hold (ʻ, ā, ē...) when saving "CSV (Comma delimited)".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

_SPACE_RUN = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LOST_LETTER = re.compile(r"(?<=\w)\?|\?(?=\w)")


def normalise_text(text: str) -> str:
    """NFC, trimmed, inner runs of spaces (also no-break and thin spaces) made one space."""
    if text.isascii():
        stripped = text.strip()
        return stripped if "  " not in stripped else _SPACE_RUN.sub(" ", stripped)
    return _SPACE_RUN.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Lower case without accents, for matching and sorting as a reader does: "Îles" and
    "iles" fold alike, "ʻEua" keeps its ʻokina (a letter, not an accent)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_value(value: Any) -> Any:
    """A text value normalised, an empty text as None; other values as they are."""
    if isinstance(value, str):
        return normalise_text(value) or None
    return value


def normalise_fields(
    values: Mapping[str, Any], fields: Iterable[str] | None = None
) -> dict[str, Any]:
    """A copy of `values` with its text (or only the named fields) normalised."""
    chosen = set(values) if fields is None else set(fields)
    return {k: normalise_value(v) if k in chosen else v for k, v in values.items()}


def lost_letters(text: str | None) -> bool:
    """True when a '?' touches a letter, as in '?Aisake' or 'S?lote' (a letter lost)."""
    if not text:
        return False
    return "?" in text and _LOST_LETTER.search(text) is not None


def lost_letters_pattern(folded: str) -> re.Pattern[str]:
    """A pattern for a folded name in which each '?' stands for one lost letter (or for an
    ʻokina, which folding drops): 's?lote' matches 'salote' and 'slote'."""
    parts = (re.escape(part) for part in folded.split("?"))
    return re.compile(".?".join(parts))


def _needs_work(value: object) -> bool:
    return (
        type(value) is str
        and value != ""
        and (not value.isascii() or value[0] == " " or value[-1] == " " or "  " in value)
    )


def normalise_synced(records: list[Any]) -> list[Any]:
    """Records arriving in a sync bundle (sync.records.Record: table, row_id, groups of
    values) with their text in the stored form, so a bundle from an older installation
    cannot bring decomposed or padded names back. Text with line breaks (notes) is only
    composed (NFC): its layout is the writer's. Unchanged records are returned as they are."""
    result = []
    for record in records:
        groups = record.groups
        fixed = None
        for name, change in groups.items():
            if not any(_needs_work(v) for v in change.values):
                continue
            values = tuple(
                (unicodedata.normalize("NFC", v) if "\n" in v else normalise_text(v))
                if _needs_work(v)
                else v
                for v in change.values
            )
            fixed = fixed or dict(groups)
            fixed[name] = change._replace(values=values)
        result.append(record if fixed is None else record._replace(groups=fixed))
    return result
