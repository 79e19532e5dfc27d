"""The figures of the Secretariat's regional report and of the Gender Equality Plan report
(workforce part), gathered into plain data for reports.regional_report / gender_report."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import LEADERSHIP_TIERS, Sex, StaffStatus, Tier
from oco_desktop.domain.text import fold
from oco_desktop.domain.tna import SMALL_CELL, Band, NeedBand
from oco_desktop.language import _
from oco_desktop.reports.contents import (
    GenderReportData,
    LeadershipLine,
    LeadershipYear,
    MemberLine,
    PlanPart,
    RegionalNeed,
    RegionalReportData,
    Suggestion,
)
from oco_desktop.reports.strings import date_text, percent, text
from oco_desktop.services.reports.data import (
    activity_titles,
    as_of,
    course_titles,
    is_demo,
    is_secretariat,
    last_bundle_day,
    member_name,
    sex_split,
    shown,
    tier_label,
)
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Member, Office, Position, Staff, TnaCycle
from oco_desktop.store.programme_models import GenderAction, GenderIndicator, GenderPlan
from oco_desktop.store.sync_models import SyncLedger

PRIORITY = (NeedBand.HIGH.value, NeedBand.MEDIUM.value)
LEADERS = tuple(t.value for t in LEADERSHIP_TIERS)


def share(lang: str, women: int, total: int) -> str:
    """The women's share, or "–" where it would tell a count the table hides."""
    if 0 < women < SMALL_CELL or 0 < total < SMALL_CELL:
        return "–"
    return percent(lang, women, total)


def _in_post() -> ColumnElement[bool]:
    return Staff.deleted.is_(False) & (Staff.status != StaffStatus.LEFT.value)


def _leadership_by_member(session: Session) -> dict[str, Counter[str]]:
    rows = session.execute(
        select(Staff.member_code, Staff.sex, func.count())
        .join(Position, Position.id == Staff.position_id)
        .where(_in_post(), Position.tier.in_(LEADERS))
        .group_by(Staff.member_code, Staff.sex)
    ).all()
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for member, sex, count in rows:
        found[member][sex or Sex.UNDISCLOSED.value] += count
    return found


@dataclass
class _Offer:
    """A course or activity that meets needs across the region."""

    codes: set[str] = field(default_factory=set)  # the competencies it meets
    staff: int = 0
    members: set[str] = field(default_factory=set)


def regional_report_data(
    store: Store, year: int, *, lang: str = "en", today: dt.datetime | None = None
) -> RegionalReportData:
    """Raises InvalidInput on a member's installation (the region is the Secretariat's)."""
    now = today or dt.datetime.now()
    with store.read() as session:
        if not is_secretariat(session):
            raise InvalidInput(
                _(
                    "The regional report is made on the OCO Secretariat's installation, from "
                    "the members' sync bundles; make the TNA report of your administration "
                    "instead."
                ),
                field="report",
            )
        cycles = {
            c.member_code: (c.id, c.status, c.submitted_on)
            for c in session.scalars(
                select(TnaCycle).where(TnaCycle.year == year, TnaCycle.deleted.is_(False))
            )
        }
        names = {
            m.code: (m.name_fr if lang == "fr" else m.name_en)
            for m in session.scalars(select(Member))
        }
        last = dict(
            session.execute(
                select(SyncLedger.sender_code, func.max(SyncLedger.imported_at))
                .where(SyncLedger.status == "applied")
                .group_by(SyncLedger.sender_code)
            ).all()
        )
        staff = dict(
            session.execute(
                select(Staff.member_code, func.count())
                .where(_in_post())
                .group_by(Staff.member_code)
            ).all()
        )
        leadership = _leadership_by_member(session)
        day = last_bundle_day(session)
        demo = is_demo(session)
        activities, courses = activity_titles(session, lang), course_titles(session, lang)
    members = []
    for code in sorted(names, key=lambda c: fold(names[c])):
        cycle = cycles.get(code)
        bundle = last[code].date() if code in last else None
        members.append(
            MemberLine(
                code,
                names[code],
                cycle[1] if cycle else None,
                cycle[2] if cycle else None,
                bundle,
                (now.date() - bundle).days if bundle else None,
                staff.get(code, 0),
            )
        )
    need_staff: Counter[str] = Counter()
    need_members: dict[str, dict[str, int]] = defaultdict(dict)
    need_names: dict[str, str] = {}
    offers: dict[str, _Offer] = {}
    with_needs = 0
    for code, (cycle_id, _status, _submitted) in sorted(cycles.items()):
        summary = tna_needs.summary(store, cycle_id)
        for need in summary.needs:
            assert isinstance(need.staff, int)
            name = need.competency_name(lang) or need.competency_name_en
            need_names[need.competency_code] = name
            if need.band.value in PRIORITY:
                need_staff[need.competency_code] += need.staff
                members_of = need_members[need.competency_code]
                members_of[code] = members_of.get(code, 0) + need.staff
            mapping = need.mapping
            if mapping.course_code:
                offer = courses.get(mapping.course_code, mapping.course_code)
            elif mapping.activity_code:
                offer = activities.get(mapping.activity_code, mapping.activity_code)
            else:
                continue
            entry = offers.setdefault(offer, _Offer())
            entry.codes.add(need.competency_code)
            entry.staff += need.staff
            entry.members.add(code)
        with_needs += _staff_with_needs(store, cycle_id)
    needs = [
        RegionalNeed(need_names[c], shown(n, True), sorted(need_members[c]))
        for c, n in need_staff.most_common()
    ]
    suggestions = sorted(
        (
            Suggestion(offer, len(e.codes), shown(e.staff, True), sorted(e.members))
            for offer, e in offers.items()
        ),
        key=lambda s: (-(s.staff if isinstance(s.staff, int) else 0), s.offer),
    )
    lines = []
    for m in members:
        counts = leadership.get(m.code, Counter())
        women, total = counts.get(Sex.FEMALE.value, 0), sum(counts.values())
        if total:
            lines.append(
                LeadershipLine(
                    f"{m.name} ({m.code})",
                    shown(total, True),
                    shown(women, True),
                    share(lang, women, total),
                )
            )
    return RegionalReportData(
        lang, year, now, day, demo, members, needs, lines, suggestions, shown(with_needs, True)
    )


def _staff_with_needs(store: Store, cycle_id: str) -> int:
    with store.read() as session:
        cycle = session.get(TnaCycle, cycle_id)
        assert cycle is not None
        lines = tna_needs.assessed_cycle(session, cycle).lines
    return len({line.staff_id for line in lines if line.band is not Band.NONE})


def headcount_now(session: Session, member: str | None) -> dict[str, dict[str, int]]:
    query = (
        select(Position.tier, Staff.sex, func.count())
        .select_from(Staff)
        .outerjoin(Position, Position.id == Staff.position_id)
        .where(_in_post())
        .group_by(Position.tier, Staff.sex)
    )
    if member:
        query = query.where(Staff.member_code == member)
    found: dict[str, dict[str, int]] = {}
    for tier, sex, count in session.execute(query):
        cell = found.setdefault(tier or "", {})
        key = sex or Sex.UNDISCLOSED.value
        cell[key] = cell.get(key, 0) + count
    return found


def women_and_leaders(by_tier: dict[str, dict[str, int]]) -> tuple[int, int]:
    """(women, everyone) in the leadership tiers of a headcount by tier and sex."""
    women = sum(by_tier.get(t, {}).get(Sex.FEMALE.value, 0) for t in LEADERS)
    return women, sum(sum(by_tier.get(t, {}).values()) for t in LEADERS)


def gender_report_data(
    store: Store,
    year: int,
    *,
    lang: str = "en",
    member_code: str | None = None,
    today: dt.datetime | None = None,
) -> GenderReportData:
    """The workforce by sex of this member (of every member on the Secretariat, or of one
    with `member_code`), and women in leadership in each submitted analysis up to `year`."""
    now = today or dt.datetime.now()
    with store.read() as session:
        secretariat = is_secretariat(session)
        member = (
            member_code
            if member_code
            else (None if secretariat else member_code_for(session, None))
        )
        if member:
            member = member_code_for(session, member)
        by_tier = headcount_now(session, member)
        scope = member_name(session, member, lang) if member else text(lang, "region")
        snapshots = session.execute(
            select(TnaCycle.year, TnaCycle.member_code, TnaCycle.headcount).where(
                TnaCycle.deleted.is_(False), TnaCycle.headcount.is_not(None), TnaCycle.year <= year
            )
        ).all()
        groups_rows: Sequence[tuple[str | None, str | None, int]]
        if member:
            day = as_of(session, member, ("staff", "position"))
            groups_rows = session.execute(
                select(Office.name, Staff.sex, func.count())
                .select_from(Staff)
                .outerjoin(Office, Office.id == Staff.office_id)
                .where(_in_post(), Staff.member_code == member)
                .group_by(Office.name, Staff.sex)
            ).all()
        else:
            day = last_bundle_day(session)
            names = {
                m.code: m.name_fr if lang == "fr" else m.name_en
                for m in session.scalars(select(Member))
            }
            groups_rows = [
                (names.get(code, code), sex, count)
                for code, sex, count in session.execute(
                    select(Staff.member_code, Staff.sex, func.count())
                    .where(_in_post())
                    .group_by(Staff.member_code, Staff.sex)
                )
            ]
        demo = is_demo(session)
        plan = _plan_part(session, member, year, lang) if member else None
        plans_by_member = [] if member else _plans_by_member(session, year, lang)
    tiers = [t.value for t in Tier] + ([""] if "" in by_tier else [])
    headcount = []
    staff = women = 0
    for tier in tiers:
        f, m, o = sex_split(by_tier.get(tier, {}))
        staff, women = staff + f + m + o, women + f
        headcount.append((tier_label(lang, tier), shown(f, True), shown(m, True), shown(o, True)))
    by_year: dict[int, dict[str, dict[str, int]]] = defaultdict(dict)
    for cycle_year, code, snapshot in snapshots:
        if member and code != member:
            continue
        assert snapshot is not None  # the query keeps the cycles with a headcount
        for tier, counts in json.loads(snapshot).items():
            cell = by_year[cycle_year].setdefault(tier, {})
            for sex, count in counts.items():
                cell[sex] = cell.get(sex, 0) + count
    over_years = []
    for cycle_year in sorted(by_year):
        w, total = women_and_leaders(by_year[cycle_year])
        over_years.append(
            LeadershipYear(
                str(cycle_year), shown(total, True), shown(w, True), share(lang, w, total)
            )
        )
    leaders_women, leaders = women_and_leaders(by_tier)
    over_years.append(
        LeadershipYear(
            text(lang, "now"),
            shown(leaders, True),
            shown(leaders_women, True),
            share(lang, leaders_women, leaders),
        )
    )
    grouped: dict[str, Counter[str]] = defaultdict(Counter)
    for name, sex, count in groups_rows:
        grouped[name or text(lang, "no_office")][sex or Sex.UNDISCLOSED.value] += count
    groups = []
    for name, counts in sorted(grouped.items(), key=lambda i: fold(i[0])):
        women_here, men_here, other_here = sex_split(dict(counts))
        groups.append(
            (name, shown(women_here, True), shown(men_here, True), shown(other_here, True))
        )
    return GenderReportData(
        lang=lang,
        scope=scope,
        year=year,
        generated=now,
        as_of=day,
        demo=demo,
        staff=shown(staff, True),
        women=shown(women, True),
        headcount=headcount,
        leaders=shown(leaders, True),
        women_leaders=shown(leaders_women, True),
        over_years=over_years,
        groups_title_key="by_office_sex" if member else "gender_by_member",
        groups=groups,
        plan=plan,
        plans_by_member=plans_by_member,
    )


def _plan_of_year(session: Session, member: str, year: int) -> GenderPlan | None:
    """The member's plan covering `year`, else its latest plan begun by then."""
    plans = session.scalars(
        select(GenderPlan)
        .where(
            GenderPlan.deleted.is_(False),
            GenderPlan.member_code == member,
            GenderPlan.start_year <= year,
        )
        .order_by(GenderPlan.start_year.desc())
    ).all()
    covering = [p for p in plans if p.end_year >= year]
    found = covering or plans
    return found[0] if found else None


def _plan_part(session: Session, member: str, year: int, lang: str) -> PlanPart | None:
    plan = _plan_of_year(session, member, year)
    if plan is None:
        return None
    indicators = session.scalars(
        select(GenderIndicator)
        .where(GenderIndicator.plan_id == plan.id, GenderIndicator.deleted.is_(False))
        .order_by(GenderIndicator.principle_code, GenderIndicator.text)
    ).all()
    actions = session.scalars(
        select(GenderAction)
        .where(GenderAction.plan_id == plan.id, GenderAction.deleted.is_(False))
        .order_by(GenderAction.due_on.is_(None), GenderAction.due_on, GenderAction.action)
    ).all()
    return PlanPart(
        plan.title,
        plan.start_year,
        plan.end_year,
        plan.status,
        [
            (i.principle_code, i.text, i.baseline or "–", i.target or "–", i.current or "–")
            for i in indicators
        ],
        [
            (
                a.action,
                a.owner or "–",
                date_text(lang, a.due_on) if a.due_on else "–",
                a.status,
            )
            for a in actions
        ],
    )


def _plans_by_member(session: Session, year: int, lang: str) -> list[tuple[str, str, str, str]]:
    """Each member with staff or a plan here: its plan's status, indicators, actions done."""
    codes = set(session.scalars(select(Staff.member_code).distinct())) | set(
        session.scalars(select(GenderPlan.member_code).where(GenderPlan.deleted.is_(False)))
    )
    rows = []
    for code in codes:
        plan = _plan_of_year(session, code, year)
        name = member_name(session, code, lang)
        if plan is None:
            rows.append((name, text(lang, "no_plan"), "–", "–"))
            continue
        indicators = session.scalar(
            select(func.count()).where(
                GenderIndicator.plan_id == plan.id, GenderIndicator.deleted.is_(False)
            )
        )
        statuses = session.scalars(
            select(GenderAction.status).where(
                GenderAction.plan_id == plan.id, GenderAction.deleted.is_(False)
            )
        ).all()
        done = sum(1 for s in statuses if s == "done")
        rows.append(
            (
                name,
                text(lang, f"plan_{plan.status}"),
                str(indicators or 0),
                f"{done} / {len(statuses)}",
            )
        )
    return sorted(rows, key=lambda r: fold(r[0]))
