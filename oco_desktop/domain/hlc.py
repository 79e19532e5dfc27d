"""Hybrid logical clock stamps: int64 `(unix_ms << 16) | counter`, ordered by `(hlc, site)`.

Kulkarni et al. (2014), "Logical Physical Clocks"; the tie-break on the site id follows
cr-sqlite. The store computes the same `max(last + 1, now << 16)` rule in SQL triggers.
"""

from __future__ import annotations

import time

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
MAX_FUTURE_MS = 24 * 60 * 60 * 1000


class ClockSkewError(ValueError):
    """A stamp further in the future than MAX_FUTURE_MS: a sender clock set wrong."""


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(unix_ms: int, counter: int = 0) -> int:
    if not 0 <= counter <= COUNTER_MASK:
        raise ValueError(f"HLC counter out of range: {counter}")
    return (unix_ms << COUNTER_BITS) | counter


def physical_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def counter(stamp: int) -> int:
    return stamp & COUNTER_MASK


def tick(last: int, wall_ms: int | None = None) -> int:
    """The stamp of a local event after `last`."""
    wall = now_ms() if wall_ms is None else wall_ms
    return max(last + 1, pack(wall))


def receive(local: int, incoming: int, wall_ms: int | None = None) -> int:
    """The local clock after seeing `incoming`; refuses stamps more than 24 h ahead."""
    wall = now_ms() if wall_ms is None else wall_ms
    if physical_ms(incoming) > wall + MAX_FUTURE_MS:
        raise ClockSkewError(
            f"a change is stamped {(physical_ms(incoming) - wall) // 3_600_000} hours in the future"
        )
    return max(local, incoming)
