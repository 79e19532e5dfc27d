"""Strict JSON for everything that crosses between sites: canonical out, suspicious in.

Duplicate keys, NaN/Infinity, invalid UTF-8, over-long strings and deep nesting are refused
with a BundleRejected, never an exception of the parser's own.
"""

from __future__ import annotations

import json
import re
from typing import Any

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.language import NP_, _, pgettext

# What the callers name the text they give (`what`), as a reader reads it.
WHAT = {
    "data": NP_("bundle part", "data"),
    "bundle header": NP_("bundle part", "bundle header"),
    "part header": NP_("bundle part", "part header"),
    "change": NP_("bundle part", "change"),
    "change block": NP_("bundle part", "change block"),
    "id rule": NP_("bundle part", "id rule"),
    "manifest": NP_("bundle part", "manifest"),
    "manifest sender": NP_("bundle part", "manifest sender"),
    "manifest recipient": NP_("bundle part", "manifest recipient"),
    "sender key card": NP_("bundle part", "sender key card"),
    "acknowledgement": NP_("bundle part", "acknowledgement"),
    "key card": NP_("bundle part", "key card"),
}


def _what(what: str) -> str:
    return pgettext(*WHAT[what]) if what in WHAT else what


MAX_STRING = 10_000
MAX_DEPTH = 16


def canonical(obj: Any) -> bytes:
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BundleRejected(
                "malformed", _("a key appears twice: '{key}'").format(key=key[:40])
            )
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise BundleRejected("malformed", _("a number is not finite ({name})").format(name=name))


def _check_shape(value: Any, max_string: int, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise BundleRejected(
            "malformed", _("data nested deeper than {count} levels").format(count=MAX_DEPTH)
        )
    if isinstance(value, str):
        if len(value) > max_string:
            raise BundleRejected(
                "malformed", _("a text longer than {count} characters").format(count=max_string)
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_shape(key, max_string, depth + 1)
            _check_shape(item, max_string, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_shape(item, max_string, depth + 1)


def _nesting_depth_exceeds(text: str, limit: int) -> bool:
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def strict_loads(
    raw: bytes, what: str = "data", max_string: int = MAX_STRING, *, shape: bool = True
) -> Any:
    """Parse strictly. Without `shape`, the caller checks every value itself (change lines:
    each column's rule), and deep nesting is caught by the parser's own recursion limit."""
    try:
        text = raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise BundleRejected(
            "malformed", _("the {what} is not valid UTF-8 text").format(what=_what(what))
        ) from exc
    if shape and _nesting_depth_exceeds(text, MAX_DEPTH + 1):
        raise BundleRejected(
            "malformed", _("the {what} is nested too deeply").format(what=_what(what))
        )
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except BundleRejected:
        raise
    except RecursionError as exc:
        raise BundleRejected(
            "malformed", _("the {what} is nested too deeply").format(what=_what(what))
        ) from exc
    except ValueError as exc:
        raise BundleRejected(
            "malformed",
            _("the {what} is not valid JSON ({error})").format(what=_what(what), error=exc),
        ) from exc
    if "\\u" in text and _LONE_SURROGATE.search(text) and not _encodable(value):
        raise BundleRejected(
            "malformed",
            _("the {what} holds a text that is not valid Unicode").format(what=_what(what)),
        )
    if shape:
        _check_shape(value, max_string)
    return value


_LONE_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _encodable(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def require_keys(
    obj: Any, required: dict[str, type | tuple[type, ...]], what: str
) -> dict[str, Any]:
    """A JSON object with exactly these keys, each of these types (bool is not an int)."""
    if not isinstance(obj, dict):
        raise BundleRejected(
            "malformed", _("the {what} is not a JSON object").format(what=_what(what))
        )
    unknown = set(obj) - set(required)
    missing = set(required) - set(obj)
    if unknown:
        raise BundleRejected(
            "malformed",
            _("the {what} has unknown keys: {keys}").format(
                what=_what(what), keys=sorted(unknown)[:5]
            ),
        )
    if missing:
        raise BundleRejected(
            "malformed",
            _("the {what} lacks keys: {keys}").format(what=_what(what), keys=sorted(missing)[:5]),
        )
    for key, kind in required.items():
        value = obj[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            raise BundleRejected(
                "malformed",
                _("'{key}' in the {what} has the wrong type").format(key=key, what=_what(what)),
            )
        if not isinstance(value, kinds):
            raise BundleRejected(
                "malformed",
                _("'{key}' in the {what} has the wrong type").format(key=key, what=_what(what)),
            )
    return obj
