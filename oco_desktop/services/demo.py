"""Fictional demo data for one member: offices on its real islands, a customs position ladder and
a staff roster with Pacific names, all drawn from resources/demo/pacific.json.

The plan is made first, without touching the disk, from `random.Random(seed)` alone, so the same
member, staff count and seed give the same names, numbers and placements (only the UUIDv7 ids
differ). It is then written in one transaction with bulk inserts; the change-capture triggers
stamp every row as for any local edit.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate
from typing import Any, Generic, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.ids import new_id
from oco_desktop.domain.roster import OfficeType, Role, Sex, StaffStatus, Tier
from oco_desktop.language import _, format_number
from oco_desktop.paths import DataPaths, resources_dir
from oco_desktop.services.news.demo import fill_demo_news
from oco_desktop.services.people.demo import fill_demo_people
from oco_desktop.services.programme.demo import fill_demo_programme
from oco_desktop.services.setup import (
    SetupRequest,
    discard_new_installation,
    find_member,
    initialise,
)
from oco_desktop.services.tna.demo import fill_demo_cycle
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors
from oco_desktop.store.models import Office, Position, Staff

MAX_STAFF = 50_000
DEMO_FILE = "pacific.json"
HEAD_ROLE = "head"
HR_ROLE = "hr"
AT_HQ = "hq"
AT_STATION = "station"

T = TypeVar("T")


@dataclass(frozen=True)
class DemoOffice:
    name: str
    island: str
    office_type: OfficeType
    weight: float


@dataclass(frozen=True)
class DemoPosition:
    title: str
    local_grade: str
    tier: Tier
    weight: float
    where: str | None = None  # "hq", "station" or None (any office)
    role: str | None = None  # "head" (one person) or "hr" (the focal point's post)


@dataclass(frozen=True)
class DemoPerson:
    staff_number: str
    full_name: str
    sex: Sex
    birth_year: int
    start_year: int
    position: int  # index into DemoPlan.positions
    office: int  # index into DemoPlan.offices (0 is the HQ)
    status: StaffStatus
    left_on: dt.date | None


@dataclass(frozen=True)
class DemoPlan:
    member_code: str
    focal_point: str
    offices: tuple[DemoOffice, ...]
    positions: tuple[DemoPosition, ...]
    people: tuple[DemoPerson, ...]

    @property
    def hq(self) -> DemoOffice:
        return self.offices[0]


class _Picker(Generic[T]):
    """Weighted choice with precomputed cumulative weights (items of weight 0 never come up)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        kept = [(item, w) for item, w in zip(items, weights, strict=True) if w > 0]
        if not kept:
            raise ValueError("nothing to pick from")
        self.items = [item for item, _ in kept]
        self.cumulative = list(accumulate(w for _, w in kept))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        index = bisect_right(self.cumulative, rng.random() * self.total)
        return self.items[min(index, len(self.items) - 1)]


@cache
def demo_reference() -> dict[str, Any]:
    """The parsed resources/demo/pacific.json (fictional name pools and per-member settings)."""
    parsed: dict[str, Any] = json.loads(
        (resources_dir() / "demo" / DEMO_FILE).read_text(encoding="utf-8")
    )
    return parsed


def demo_member_codes() -> list[str]:
    return sorted(demo_reference()["members"])


def _validate(member_code: str, staff: int) -> str:
    code = find_member(member_code).code
    if isinstance(staff, bool) or not isinstance(staff, int) or not 0 <= staff <= MAX_STAFF:
        raise InvalidInput(
            _(
                "The number of demo staff must be a whole number from 0 to {most}; got {staff}."
            ).format(most=format_number(MAX_STAFF), staff=f"{staff!r}"),
            field="staff",
        )
    if code not in demo_reference()["members"]:
        raise InvalidInput(
            _("There is no demo data for {code} yet. Choose one of: {choices}.").format(
                code=code, choices=", ".join(demo_member_codes())
            ),
            field="member",
        )
    return code


def _offices(member: dict[str, Any]) -> tuple[DemoOffice, ...]:
    offices = tuple(
        DemoOffice(o["name"], o["island"], OfficeType(o["type"]), float(o["weight"]))
        for o in member["offices"]
    )
    if not offices or offices[0].office_type is not OfficeType.HQ:
        raise ValueError("the first demo office of a member must be its HQ")
    return offices


def _positions(reference: dict[str, Any], member: dict[str, Any]) -> tuple[DemoPosition, ...]:
    grades = reference["grade_schemes"][member["grades"]]
    positions = []
    for entry in reference["ladders"][member["positions"]]:
        title = entry["title"]
        if entry.get("role") == HEAD_ROLE:
            title = member.get("head_title", title)
        positions.append(
            DemoPosition(
                title=title,
                local_grade=grades[entry["step"]],
                tier=Tier(entry["tier"]),
                weight=float(entry["weight"]),
                where=entry.get("where"),
                role=entry.get("role"),
            )
        )
    return tuple(positions)


class _Names:
    """Makes full names in the member's mix of cultures, diacritics kept as written."""

    def __init__(self, reference: dict[str, Any], member: dict[str, Any]) -> None:
        cultures = reference["cultures"]
        weights = member["cultures"]
        self.cultures = _Picker([cultures[name] for name in weights], list(weights.values()))

    def make(self, rng: random.Random, sex: Sex) -> str:
        culture = self.cultures.pick(rng)
        if sex is Sex.FEMALE or (sex is not Sex.MALE and rng.random() < 0.5):
            given = rng.choice(culture["female"])
        else:
            given = rng.choice(culture["male"])
        families = culture["family"]
        family = rng.choice(families)
        second_share = culture.get("second_family_share", 0.0)
        if second_share and rng.random() < second_share:
            second = rng.choice(families)
            if second != family:
                family = f"{family} {second}"
        return f"{given} {family}"


class _People:
    """Draws one person at a time: tier, office, position, sex, years, status."""

    def __init__(
        self,
        reference: dict[str, Any],
        offices: Sequence[DemoOffice],
        positions: Sequence[DemoPosition],
    ) -> None:
        mix = reference["mix"]
        self.year: int = reference["reference_year"]
        self.tiers = _Picker([Tier(t) for t in mix["tiers"]], list(mix["tiers"].values()))
        self.female_share = {Tier(t): float(v) for t, v in mix["female_share"].items()}
        self.other_share = float(mix["other_share"])
        self.undisclosed_share = float(mix["undisclosed_share"])
        self.statuses = _Picker(
            [StaffStatus(s) for s in mix["status"]], list(mix["status"].values())
        )
        self.start_age: tuple[int, int] = tuple(mix["start_age"])
        self.start_age_mode = float(mix["start_age_mode"])
        self.tenure = {Tier(t): tuple(v) for t, v in mix["tenure_years"].items()}
        self.max_age = int(mix["max_age"])
        self.t3_at_hq = float(mix["t3_at_hq"])
        self.left_within = int(mix["left_within_years"])
        index = range(len(offices))
        self.all_offices = _Picker(list(index), [o.weight for o in offices])
        self.stations = (
            _Picker(list(index[1:]), [o.weight for o in offices[1:]]) if len(offices) > 1 else None
        )
        self.posts: dict[tuple[Tier, str], _Picker[int]] = {}
        for tier in Tier:
            for place in (AT_HQ, AT_STATION):
                allowed = [
                    i
                    for i, p in enumerate(positions)
                    if p.tier is tier and p.role != HEAD_ROLE and p.where in (None, place)
                ]
                weights = [positions[i].weight for i in allowed]
                if any(w > 0 for w in weights):
                    self.posts[(tier, place)] = _Picker(allowed, weights)

    def placement(self, rng: random.Random, tier: Tier) -> tuple[int, int]:
        """(office index, position index) for someone of this tier."""
        if tier is Tier.T4 or self.stations is None:
            office = 0
        elif tier is Tier.T3:
            office = 0 if rng.random() < self.t3_at_hq else self.stations.pick(rng)
        else:
            office = self.all_offices.pick(rng)
        place = AT_HQ if office == 0 else AT_STATION
        posts = self.posts.get((tier, place)) or self.posts[(tier, AT_HQ)]
        return office, posts.pick(rng)

    def sex(self, rng: random.Random, tier: Tier) -> Sex:
        r = rng.random()
        if r < self.other_share:
            return Sex.OTHER
        r -= self.other_share
        if r < self.undisclosed_share:
            return Sex.UNDISCLOSED
        r = (r - self.undisclosed_share) / (1.0 - self.other_share - self.undisclosed_share)
        return Sex.FEMALE if r < self.female_share[tier] else Sex.MALE

    def years(self, rng: random.Random, tier: Tier, *, left: bool) -> tuple[int, int]:
        """(birth year, start year): started at an age in the mix's range, not older than
        max_age now, and at least a year ago for someone who has left."""
        low, high = self.start_age
        start_age = min(high, int(rng.triangular(low, high + 1, self.start_age_mode)))
        shortest, longest = self.tenure[tier]
        longest = min(longest, self.max_age - start_age)
        shortest = min(max(shortest, 1 if left else 0), longest)
        start_year = self.year - rng.randint(shortest, longest)
        return start_year - start_age, start_year

    def left_on(self, rng: random.Random, start_year: int) -> dt.date:
        year = rng.randint(max(start_year, self.year - self.left_within), self.year - 1)
        return dt.date(year, rng.randint(1, 12), rng.randint(1, 28))


def plan_demo(member_code: str = "TO", staff: int = 60, seed: int = 1) -> DemoPlan:
    """The demo data for one member, without writing anything. Raises InvalidInput for an
    unknown member code or a staff count outside 0..50,000."""
    code = _validate(member_code, staff)
    reference = demo_reference()
    member = reference["members"][code]
    offices = _offices(member)
    positions = _positions(reference, member)
    rng = random.Random(seed)
    names = _Names(reference, member)
    people = _People(reference, offices, positions)
    head = next(i for i, p in enumerate(positions) if p.role == HEAD_ROLE)
    hr = next((i for i, p in enumerate(positions) if p.role == HR_ROLE), None)

    hr_tier = positions[hr].tier if hr is not None else Tier.T2
    focal_sex = Sex.FEMALE if rng.random() < people.female_share[hr_tier] else Sex.MALE
    focal_point = names.make(rng, focal_sex)

    drafts: list[DemoPerson] = []
    for index in range(staff):
        if index == 0:
            tier, office, position = Tier.T4, 0, head
        elif index == 1 and hr is not None:
            tier, office, position = hr_tier, 0, hr
        else:
            tier = people.tiers.pick(rng)
            office, position = people.placement(rng, tier)
        if index == 1 and hr is not None:
            sex, full_name = focal_sex, focal_point
        else:
            sex = people.sex(rng, tier)
            full_name = names.make(rng, sex)
        status = StaffStatus.ACTIVE if index < 2 else people.statuses.pick(rng)
        left = status is StaffStatus.LEFT
        birth_year, start_year = people.years(rng, tier, left=left)
        drafts.append(
            DemoPerson(
                staff_number="",
                full_name=full_name,
                sex=sex,
                birth_year=birth_year,
                start_year=start_year,
                position=position,
                office=office,
                status=status,
                left_on=people.left_on(rng, start_year) if left else None,
            )
        )

    # Numbers are sparse and follow seniority: whoever started first has the lowest number.
    width = max(4, len(str(staff * 3)))
    numbers = sorted(rng.sample(range(1, 10**width), staff))
    by_seniority = sorted(range(staff), key=lambda i: (drafts[i].start_year, i))
    return DemoPlan(
        member_code=code,
        focal_point=focal_point,
        offices=offices,
        positions=positions,
        people=tuple(
            replace(drafts[i], staff_number=f"{code}-{number:0{width}d}")
            for number, i in zip(numbers, by_seniority, strict=True)
        ),
    )


def create_demo(
    paths: DataPaths,
    *,
    member_code: str = "TO",
    staff: int = 60,
    seed: int = 1,
    language: str = "en",
) -> Store:
    """Set up a new installation marked as demo and fill it with the plan's data; return the
    open store. Everything is checked before the folder is touched; if writing fails after
    set-up, the half-made data file is removed."""
    plan = plan_demo(member_code, staff, seed)
    hq = plan.hq
    store = initialise(
        paths,
        SetupRequest(
            role=Role.MEMBER,
            member_code=plan.member_code,
            office_name=hq.name,
            island=hq.island,
            focal_point=plan.focal_point,
            language=language,
            office_type=hq.office_type,
        ),
        demo=True,
    )
    try:
        with plain_store_errors(paths.root), store.write() as session:
            _write(session, plan)
            fill_demo_cycle(session, plan.member_code, seed=seed, language=language)
            fill_demo_programme(session, plan.member_code, seed=seed, language=language)
            fill_demo_people(session, plan.member_code, seed=seed, language=language)
            fill_demo_news(session)
    except BaseException:
        discard_new_installation(paths, store)
        raise
    return store


def _write(session: Session, plan: DemoPlan) -> None:
    code = plan.member_code
    hq_id = session.scalars(
        select(Office.id).where(
            Office.member_code == code, Office.name == plan.hq.name, Office.deleted.is_(False)
        )
    ).one()
    office_ids = [hq_id, *(new_id() for _ in plan.offices[1:])]
    if len(plan.offices) > 1:
        session.execute(
            insert(Office).execution_options(render_nulls=True),
            [
                {
                    "id": office_id,
                    "deleted": False,
                    "member_code": code,
                    "name": office.name,
                    "island": office.island,
                    "office_type": office.office_type.value,
                }
                for office_id, office in zip(office_ids[1:], plan.offices[1:], strict=True)
            ],
        )
    position_ids = [new_id() for _ in plan.positions]
    session.execute(
        insert(Position).execution_options(render_nulls=True),
        [
            {
                "id": position_id,
                "deleted": False,
                "member_code": code,
                "title": position.title,
                "local_grade": position.local_grade,
                "tier": position.tier.value,
            }
            for position_id, position in zip(position_ids, plan.positions, strict=True)
        ],
    )
    if plan.people:
        session.execute(
            insert(Staff).execution_options(render_nulls=True),
            [
                {
                    "id": new_id(),
                    "deleted": False,
                    "member_code": code,
                    "staff_number": person.staff_number,
                    "full_name": person.full_name,
                    "sex": person.sex.value,
                    "birth_year": person.birth_year,
                    "start_year": person.start_year,
                    "position_id": position_ids[person.position],
                    "office_id": office_ids[person.office],
                    "status": person.status.value,
                    "left_on": person.left_on,
                }
                for person in plan.people
            ],
        )
