"""What the dashboard shows: staff counts by office, tier and sex."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select

from oco_desktop.domain.roster import Sex, StaffStatus, Tier
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Office, Position, Staff

NO_OFFICE = ""
NO_TIER = ""


@dataclass(frozen=True)
class SexCounts:
    female: int = 0
    male: int = 0
    other: int = 0

    @property
    def total(self) -> int:
        return self.female + self.male + self.other


@dataclass(frozen=True)
class StaffSummary:
    """Counts of staff in post (everyone not marked as left or deleted)."""

    total: int
    by_sex: SexCounts
    by_office: list[tuple[str, SexCounts]] = field(default_factory=list)
    by_tier: list[tuple[str, SexCounts]] = field(default_factory=list)


def _sex_counts(counter: Counter[str]) -> SexCounts:
    female = counter.get(Sex.FEMALE.value, 0)
    male = counter.get(Sex.MALE.value, 0)
    return SexCounts(female, male, sum(counter.values()) - female - male)


def staff_summary(store: Store, member_code: str | None = None) -> StaffSummary:
    """One grouped query; offices with no staff are listed too, so an office sees itself."""
    with store.read() as session:
        query = (
            select(Office.name, Position.tier, Staff.sex, func.count())
            .select_from(Staff)
            .outerjoin(Office, Staff.office_id == Office.id)
            .outerjoin(Position, Staff.position_id == Position.id)
            .where(Staff.deleted.is_(False), Staff.status != StaffStatus.LEFT.value)
            .group_by(Office.name, Position.tier, Staff.sex)
        )
        offices_query = select(Office.name).where(Office.deleted.is_(False))
        if member_code:
            query = query.where(Staff.member_code == member_code)
            offices_query = offices_query.where(Office.member_code == member_code)
        rows = session.execute(query).all()
        office_names = list(session.scalars(offices_query))
    by_office: dict[str, Counter[str]] = {name: Counter() for name in office_names}
    by_tier: dict[str, Counter[str]] = {tier.value: Counter() for tier in Tier}
    overall: Counter[str] = Counter()
    for office, tier, sex, count in rows:
        sex_key = sex or Sex.UNDISCLOSED.value
        by_office.setdefault(office or NO_OFFICE, Counter())[sex_key] += count
        by_tier.setdefault(tier or NO_TIER, Counter())[sex_key] += count
        overall[sex_key] += count
    return StaffSummary(
        total=sum(overall.values()),
        by_sex=_sex_counts(overall),
        by_office=sorted(
            ((name, _sex_counts(c)) for name, c in by_office.items()),
            key=lambda item: (-item[1].total, item[0]),
        ),
        by_tier=[(tier, _sex_counts(c)) for tier, c in by_tier.items()],
    )
