"""UUIDv7 keys for every synced row: time-ordered, made offline without coordination."""

from __future__ import annotations

import sys
import uuid

if sys.version_info >= (3, 14):
    _uuid7 = uuid.uuid7
else:
    from uuid6 import uuid7 as _uuid7


def new_id() -> str:
    return str(_uuid7())


def is_uuid(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
