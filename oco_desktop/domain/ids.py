"""UUIDv7 keys for every synced row: time-ordered, made offline without coordination."""

from __future__ import annotations

import re
import sys
import uuid

if sys.version_info >= (3, 14):
    _uuid7 = uuid.uuid7
else:
    from uuid6 import uuid7 as _uuid7


def new_id() -> str:
    return str(_uuid7())


_UUID_TEXT = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


def is_uuid(value: object) -> bool:
    """A UUID in its canonical 36-character text form (checked on every synced row id)."""
    return isinstance(value, str) and len(value) == 36 and _UUID_TEXT.fullmatch(value) is not None
