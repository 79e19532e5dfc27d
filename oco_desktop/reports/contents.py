"""What the TNA, gender and regional reports hold: the figures the services gather, apart from
their ReportLab layout, so a page that shows the same figures does not load ReportLab."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Count = int | str  # "<5" where suppressed


@dataclass(frozen=True)
class NeedRow:
    competency: str
    band: str
    staff: Count
    activity: str | None


@dataclass(frozen=True)
class MappingRow:
    activity: str | None  # None: not mapped yet
    competencies: list[str]
    staff: Count  # distinct staff with a need the activity meets
    staff_exact: int = 0  # for ordering only, never printed when suppressed


@dataclass(frozen=True)
class PlanRow:
    person: str
    tier: str
    office: str
    needs: list[tuple[str, str]]  # (competency, band)


@dataclass(frozen=True)
class TnaReportData:
    lang: str
    member_name: str
    year: int
    status: str  # a CycleStatus value
    approved_by: str | None
    approved_on: dt.date | None
    submitted_on: dt.date | None
    generated: dt.datetime
    as_of: dt.date | None
    shareable: bool
    demo: bool
    staff: Count
    women: Count
    progress: tuple[Count, Count, Count]  # assessed, partly, not started
    headcount: list[tuple[str, Count, Count, Count]]  # tier, women, men, other
    band_totals: dict[str, Count]  # person-competency needs by band
    needs: list[NeedRow]  # every need, highest priority first
    areas: list[str]
    tiers: list[str]
    heat: list[list[Count]]
    heat_exact: list[list[int]]
    by_office: list[tuple[str, Count, Count, Count]]  # office, high, medium, low
    mapping: list[MappingRow]
    annex: list[PlanRow] | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LeadershipYear:
    label: str  # a year, or "now"
    leaders: Count
    women: Count
    share: str


@dataclass(frozen=True)
class PlanPart:
    """The member's Gender Equality Plan: its indicators and actions."""

    title: str
    start_year: int
    end_year: int
    status: str  # draft, adopted, closed
    indicators: list[
        tuple[str, str, str, str, str]
    ]  # principle, indicator, baseline, target, current
    actions: list[tuple[str, str, str, str]]  # action, owner, due, status


@dataclass(frozen=True)
class GenderReportData:
    lang: str
    scope: str  # the member's name, or the region
    year: int
    generated: dt.datetime
    as_of: dt.date | None
    demo: bool
    staff: Count
    women: Count
    headcount: list[tuple[str, Count, Count, Count]]  # tier, women, men, other
    leaders: Count
    women_leaders: Count
    over_years: list[LeadershipYear]
    groups_title_key: str  # "by_office_sex" or "gender_by_member"
    groups: list[tuple[str, Count, Count, Count]] = field(default_factory=list)
    plan: PlanPart | None = None
    plans_by_member: list[tuple[str, str, str, str]] = field(default_factory=list)
    # member, plan status, indicators, actions done of all (Secretariat)


@dataclass(frozen=True)
class MemberLine:
    code: str
    name: str
    status: str | None  # a CycleStatus value; None: no analysis for the year
    submitted_on: dt.date | None
    last_bundle: dt.date | None
    days_since: int | None
    staff: Count


@dataclass(frozen=True)
class RegionalNeed:
    competency: str
    staff: Count
    members: list[str]  # codes of the members with this need


@dataclass(frozen=True)
class LeadershipLine:
    member: str
    leaders: Count
    women: Count
    share: str  # "38%", or "–" where it would tell a suppressed count


@dataclass(frozen=True)
class Suggestion:
    offer: str  # a course title, or a programme activity
    needs: int  # competencies
    staff: Count
    members: list[str]


@dataclass(frozen=True)
class RegionalReportData:
    lang: str
    year: int
    generated: dt.datetime
    as_of: dt.date | None
    demo: bool
    members: list[MemberLine]
    needs: list[RegionalNeed]
    leadership: list[LeadershipLine]
    suggestions: list[Suggestion]
    staff_with_needs: Count

    @property
    def with_cycle(self) -> int:
        return sum(1 for m in self.members if m.status is not None)

    @property
    def submitted(self) -> int:
        return sum(1 for m in self.members if m.status in ("submitted", "acknowledged"))
