"""Clocks: who is to blame for a stamp from the future, and the way out once a clock is right.

A stamp more than a day ahead of the receiver is refused (a laptop set to 2035 must not win
every conflict for ever), but the limit and the blame are careful:

- the limit is a day after the later of this computer's clock and its own sync clock: a stamp
  one tick after a stamp this installation made itself (the capture triggers stamp an edit
  after the stamp it overwrites) is not news to it, whoever relays it back;
- only the sender's own stamps blame the sender's clock; stamps made by this installation (its
  clock went back since) or by another one say so;
- a member whose clock ran ahead and was put right has stamps from the future in its own data:
  `restamp_future` gives those (and only those no receiver can have accepted) fresh stamps, so
  the member can export again. The merge no longer carries a merged stamp into the local clock
  (sync/merge.py), so a member's fast clock cannot make the Secretariat's next bundles look
  wrong at a member whose clock is a little slow.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from oco_desktop.domain import hlc
from oco_desktop.domain.errors import BundleRejected
from oco_desktop.language import ngettext
from oco_desktop.sync.manifest import Manifest
from oco_desktop.sync.records import Record

REPAIR_COMMAND = "oco-desktop sync repair-clock"


def check_stamps(
    records: Sequence[Record],
    man: Manifest,
    my_replica: str,
    my_hlc: int,
    now_ms: int | None = None,
) -> None:
    wall = hlc.now_ms() if now_ms is None else now_ms
    limit = max(wall, hlc.physical_ms(my_hlc)) + hlc.MAX_FUTURE_MS
    sender = man.sender_site
    worst: dict[str, int] = {}
    for record in records:
        for change in record.groups.values():
            ahead = hlc.physical_ms(change.hlc) - limit
            if ahead > 0 and ahead > worst.get(change.site, 0):
                worst[change.site] = ahead
    created_ahead = hlc.physical_ms(man.raw["created_hlc"]) - limit
    if created_ahead > 0:
        worst[man.sender_replica] = max(worst.get(man.sender_replica, 0), created_ahead)
    if not worst:
        return
    days = (max(worst.values()) + hlc.MAX_FUTURE_MS) // 86_400_000
    if man.sender_replica in worst:
        raise BundleRejected(
            "clock_ahead",
            ngettext(
                "{sender}'s changes are stamped about {days} day ahead of this computer's "
                "clock: {sender}'s computer clock is, or was when they were made, set ahead. "
                "Ask {sender} to set the right date and time, then click Give them fresh stamps "
                "on the Sync page's Outbox tab (or run `{command}`), and export again. (If "
                "this computer's own date is wrong, correct it first.)",
                "{sender}'s changes are stamped about {days} days ahead of this computer's "
                "clock: {sender}'s computer clock is, or was when they were made, set ahead. "
                "Ask {sender} to set the right date and time, then click Give them fresh stamps "
                "on the Sync page's Outbox tab (or run `{command}`), and export again. (If "
                "this computer's own date is wrong, correct it first.)",
                days,
            ).format(sender=sender, days=days, command=REPAIR_COMMAND),
        )
    if my_replica in worst:
        raise BundleRejected(
            "clock_ahead",
            ngettext(
                "the bundle returns changes this computer made with a clock set about {days} "
                "day ahead; {sender} is not at fault. Check this computer's date and time, "
                "click Give them fresh stamps on the Sync page's Outbox tab (or run "
                "`{command}`), then ask {sender} for a new bundle.",
                "the bundle returns changes this computer made with a clock set about {days} "
                "days ahead; {sender} is not at fault. Check this computer's date and time, "
                "click Give them fresh stamps on the Sync page's Outbox tab (or run "
                "`{command}`), then ask {sender} for a new bundle.",
                days,
            ).format(sender=sender, days=days, command=REPAIR_COMMAND),
        )
    raise BundleRejected(
        "clock_ahead",
        ngettext(
            "the bundle relays changes that another installation stamped about {days} day "
            "ahead of this computer's clock ({sender}'s own clock is not at fault); check this "
            "computer's date and time, and tell the Secretariat",
            "the bundle relays changes that another installation stamped about {days} days "
            "ahead of this computer's clock ({sender}'s own clock is not at fault); check this "
            "computer's date and time, and tell the Secretariat",
            days,
        ).format(sender=sender, days=days),
    )


def days_ahead(conn: Connection, now_ms: int | None = None) -> int:
    """How many days this installation's clock stamp is beyond what receivers accept (more
    than a day ahead of now), or 0. The stamp only ever grows past any change made or accepted
    here, so a clock once set ahead shows here until `restamp_future`; O(1), unlike counting."""
    wall = hlc.now_ms() if now_ms is None else now_ms
    stamp = conn.exec_driver_sql("SELECT hlc FROM sync_clock").scalar()
    if stamp is None:
        return 0
    ahead = hlc.physical_ms(stamp) - wall
    if ahead <= hlc.MAX_FUTURE_MS:
        return 0
    return -(-ahead // 86_400_000)  # whole days, rounded up


def restamp_future(conn: Connection, now_ms: int | None = None) -> int:
    """Give fresh stamps to this installation's own changes stamped beyond what any receiver
    accepts (more than a day ahead of now), in their order; returns how many. Inside the
    caller's transaction. Stamps a day ahead or less are kept: a receiver may hold them."""
    wall = hlc.now_ms() if now_ms is None else now_ms
    site = conn.exec_driver_sql("SELECT site FROM sync_clock").scalar()
    beyond = hlc.pack(wall + hlc.MAX_FUTURE_MS + 1)
    rows = conn.exec_driver_sql(
        "SELECT tbl, row_id, grp, hlc, prev_hlc FROM sync_field_clock "
        "WHERE site = ? AND hlc >= ? ORDER BY hlc",
        (site, beyond),
    ).all()
    conn.exec_driver_sql(
        "UPDATE sync_clock SET seq = seq + 1, hlc = max(?, "
        "(SELECT coalesce(max(hlc), 0) FROM sync_field_clock WHERE hlc < ?))",
        (hlc.pack(wall), beyond),
    )
    if not rows:
        return 0
    seq: int = conn.exec_driver_sql("SELECT seq FROM sync_clock").scalar_one()
    start: int = conn.exec_driver_sql("SELECT hlc FROM sync_clock").scalar_one()
    updates = []
    for n, (tbl, row_id, grp, _, prev) in enumerate(rows, start=1):
        stamp = start + n
        updates.append((stamp, prev if prev < stamp else 0, seq, tbl, row_id, grp))
    conn.exec_driver_sql(
        "UPDATE sync_field_clock SET hlc = ?, prev_hlc = ?, seq = ? "
        "WHERE tbl = ? AND row_id = ? AND grp = ?",
        updates,
    )
    conn.exec_driver_sql("UPDATE sync_clock SET hlc = ?", (start + len(rows),))
    return len(rows)
