"""Before a training needs analysis starts: what the roster still lacks for it to be filled in
(staff in post without a position have no required levels; a position whose profile requires
nothing gives no gap to analyse), each with where to fix it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from oco_desktop.domain import staff_rules as rules
from oco_desktop.language import format_number, ngettext
from oco_desktop.services.roster.org import required_levels
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.services.tna.cycle import in_post
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Position, Staff

MAX_NAMED = 5


@dataclass(frozen=True)
class Readiness:
    staff_in_post: int
    without_position: int
    named_without_position: tuple[str, ...]
    positions_without_levels: tuple[tuple[str, int], ...]  # (title, staff in post)

    @property
    def ready(self) -> bool:
        return not self.without_position and not self.positions_without_levels

    def problems(self) -> list[str]:
        """What to fix, one sentence each (empty when ready)."""
        found = []
        if self.without_position:
            names = ", ".join(rules.shown(n) for n in self.named_without_position)
            more = ", …" if self.without_position > len(self.named_without_position) else ""
            found.append(
                ngettext(
                    "{count} staff member in post has no position ({names}), so no required "
                    "level: give them one on the Staff page (choose several rows, then Change "
                    "chosen…).",
                    "{count} staff in post have no position ({names}), so no required level: "
                    "give them one on the Staff page (choose several rows, then Change chosen…).",
                    self.without_position,
                ).format(count=format_number(self.without_position), names=names + more)
            )
        if self.positions_without_levels:
            titles = ", ".join(
                ngettext("{title} ({count} staff)", "{title} ({count} staff)", count).format(
                    title=rules.shown(title), count=format_number(count)
                )
                for title, count in self.positions_without_levels[:MAX_NAMED]
            )
            positions = len(self.positions_without_levels)
            found.append(
                ngettext(
                    "{count} position requires no level in any competency ({titles}): set its "
                    "required levels on the Offices and positions page.",
                    "{count} positions require no level in any competency ({titles}): set their "
                    "required levels on the Offices and positions page.",
                    positions,
                ).format(count=format_number(positions), titles=titles)
            )
        return found


def check_ready(store: Store, member_code: str | None = None) -> Readiness:
    with store.read() as session:
        member = member_code_for(session, member_code)
        here = (in_post(), Staff.member_code == member)
        total = session.scalar(select(func.count()).select_from(Staff).where(*here)) or 0
        unplaced = select(Staff.full_name).where(*here, Staff.position_id.is_(None))
        count = session.scalar(select(func.count()).select_from(unplaced.subquery())) or 0
        named = [  # a name is required on every save; a row from before that rule is not named
            name
            for name in session.scalars(unplaced.order_by(Staff.full_name).limit(MAX_NAMED))
            if name is not None
        ]
        used: dict[str, int] = {
            position_id: staff
            for position_id, staff in session.execute(
                select(Staff.position_id, func.count())
                .where(*here, Staff.position_id.is_not(None))
                .group_by(Staff.position_id)
            )
            if position_id is not None  # as the query asks: the type cannot know it
        }
        profiles = required_levels(session, used)
        empty = [pid for pid in used if not any(profiles.get(pid, {}).values())]
        titles = {
            row.id: row.title
            for row in session.execute(
                select(Position.id, Position.title).where(Position.id.in_(empty))
            )
        }
    return Readiness(
        total,
        count,
        tuple(named),
        tuple(sorted(((titles[p], used[p]) for p in empty), key=lambda t: (-t[1], t[0]))),
    )
