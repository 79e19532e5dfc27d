"""Why a record is parked (sync_pending.reason), stored as a stable code with its values and
said in the reader's language when shown, never in the language of the import.

    stored = orphan_reason("staff_id", "staff")   # '{"code": "orphan", ...}' goes to the row
    describe(stored)                              # "staff_id points to a staff row that ..."

Rows parked by an earlier version hold an English sentence: they are shown as stored.
"""

from __future__ import annotations

import json

from oco_desktop.language import N_, _

SENTENCES = {
    "orphan": N_("{column} points to a {parent} row that has not arrived"),
    "incomplete": N_("the row is incomplete (no {columns})"),
}


def orphan_reason(column: str, parent: str) -> str:
    return _encode("orphan", column=column, parent=parent)


def incomplete_reason(columns: list[str]) -> str:
    return _encode("incomplete", columns=list(columns))


def _encode(code: str, **values: object) -> str:
    return json.dumps({"code": code, **values}, ensure_ascii=False, sort_keys=True)


def describe(stored: str) -> str:
    """The reason in the app's language; a sentence of an earlier version as it is."""
    try:
        found = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(found, dict) or found.get("code") not in SENTENCES:
        return stored
    values = {k: ", ".join(v) if isinstance(v, list) else v for k, v in found.items()}
    try:
        return _(SENTENCES[found["code"]]).format(**values)
    except (KeyError, IndexError, ValueError):  # a reason written by a newer version
        return stored
