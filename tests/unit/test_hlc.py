from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oco_desktop.domain import hlc

stamps = st.integers(min_value=0, max_value=(1 << 62))
walls = st.integers(min_value=0, max_value=(1 << 45))


@given(stamps, walls)
def test_tick_is_strictly_after_the_last_stamp_and_not_before_the_wall(last, wall):
    nxt = hlc.tick(last, wall)
    assert nxt > last
    assert hlc.physical_ms(nxt) >= min(wall, hlc.physical_ms(nxt))
    assert nxt >= hlc.pack(wall)


@given(stamps, stamps)
def test_receive_never_goes_backwards(local, incoming):
    wall = hlc.physical_ms(max(local, incoming))
    assert hlc.receive(local, incoming, wall) == max(local, incoming)


def test_receive_refuses_a_stamp_more_than_a_day_ahead():
    wall = 1_800_000_000_000
    hlc.receive(0, hlc.pack(wall + hlc.MAX_FUTURE_MS), wall)
    with pytest.raises(hlc.ClockSkewError, match="hours in the future"):
        hlc.receive(0, hlc.pack(wall + hlc.MAX_FUTURE_MS + 1), wall)


def test_pack_and_unpack():
    stamp = hlc.pack(1_764_300_000_000, 5)
    assert hlc.physical_ms(stamp) == 1_764_300_000_000 and hlc.counter(stamp) == 5
    with pytest.raises(ValueError):
        hlc.pack(1, 1 << 16)
