"""The annual training needs analysis cycle: starting one (from last year's) and its
organisation section.

The assessments are in services.tna.grid, the prioritised needs in services.tna.needs, the
workflow from draft to acknowledged (and the Secretariat's receipt) in services.tna.workflow.
A cycle's id is derived from (member, year), so a year has one cycle wherever it was opened.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from oco_desktop.domain import tna as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import StaffStatus
from oco_desktop.domain.tna import CycleAction, CycleStatus, TnaRuleError
from oco_desktop.language import N_, _, format_number
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.roster.org import required_levels
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.store.engine import Store
from oco_desktop.store.models import (
    Competency,
    Position,
    Staff,
    TnaAssessment,
    TnaCycle,
)

CYCLE_NAMESPACE = uuid.UUID("3f1c2a2e-8d0b-4c55-9a57-6f0e1c1b7a10")
ASSESSMENT_NAMESPACE = uuid.UUID("9b7d54c2-1e0f-4d8a-b6a3-2c5f3e9d8a41")
MAX_TEXT = 5000
TEXT_FIELDS = ("priorities", "vacancies", "constraints_note", "top_needs")
ORG_FIELDS = (*TEXT_FIELDS, "budget_amount", "budget_currency", "national_trainers")
# Why a cycle past review cannot be changed, and what to do.
_LOCKED = {
    CycleStatus.APPROVED: N_(
        "The {year} analysis is approved, so it is locked: return it to draft to change it."
    ),
    CycleStatus.SUBMITTED: N_(
        "The {year} analysis is submitted, so it is locked: reopen it (with a reason) to change it."
    ),
    CycleStatus.ACKNOWLEDGED: N_(
        "The {year} analysis is acknowledged, so it is locked: reopen it (with a reason) to "
        "change it."
    ),
}


@dataclass(frozen=True)
class OrgSection:
    """The organisation section in the administration's own words; headcount comes from the
    roster (see `headcount`)."""

    priorities: str | None = None
    vacancies: str | None = None
    budget_amount: int | None = None
    budget_currency: str | None = None
    national_trainers: int | None = None
    constraints_note: str | None = None
    top_needs: str | None = None


@dataclass(frozen=True)
class Cycle:
    id: str
    member_code: str
    year: int
    status: CycleStatus
    org: OrgSection
    carried_from_year: int | None = None
    approved_by: str | None = None
    approved_on: dt.date | None = None
    submitted_on: dt.date | None = None
    acknowledged_on: dt.date | None = None
    reopened_on: dt.date | None = None
    reopen_reason: str | None = None
    headcount: dict[str, dict[str, int]] | None = None

    @property
    def editable(self) -> bool:
        return self.status in rules.EDITABLE

    @property
    def allowed_actions(self) -> list[CycleAction]:
        return rules.allowed_actions(self.status)


@dataclass(frozen=True)
class StartResult:
    cycle: Cycle
    carried_from: int | None
    carried_rows: int
    staff_in_post: int


@dataclass(frozen=True)
class Headcount:
    """Staff in post by tier ("" = no position) and sex (F, M, X, U)."""

    by_tier: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(sum(by_sex.values()) for by_sex in self.by_tier.values())


def cycle_id_for(member_code: str, year: int) -> str:
    return str(uuid.uuid5(CYCLE_NAMESPACE, f"{member_code}/{year}"))


def assessment_id_for(cycle_id: str, staff_id: str, competency_code: str) -> str:
    return str(uuid.uuid5(ASSESSMENT_NAMESPACE, f"{cycle_id}/{staff_id}/{competency_code}"))


def refused(exc: TnaRuleError) -> InvalidInput:
    return InvalidInput(exc.message, field=exc.field)


def to_cycle(row: TnaCycle) -> Cycle:
    return Cycle(
        id=row.id,
        member_code=row.member_code,
        year=row.year,
        status=CycleStatus(row.status),
        org=OrgSection(**{name: getattr(row, name) for name in ORG_FIELDS}),
        carried_from_year=row.carried_from_year,
        approved_by=row.approved_by,
        approved_on=row.approved_on,
        submitted_on=row.submitted_on,
        acknowledged_on=row.acknowledged_on,
        reopened_on=row.reopened_on,
        reopen_reason=row.reopen_reason,
        headcount=json.loads(row.headcount) if row.headcount else None,
    )


def in_post() -> Any:
    """The SQL condition for staff counted in a cycle: not removed and not left."""
    return (Staff.deleted.is_(False)) & (Staff.status != StaffStatus.LEFT.value)


def live_cycle(session: Session, cycle_id: str) -> TnaCycle:
    row = session.get(TnaCycle, cycle_id)
    if row is None or row.deleted:
        raise InvalidInput(
            _("This training needs analysis does not exist (any more)."), field="cycle"
        )
    return row


def editable_cycle(session: Session, cycle_id: str) -> TnaCycle:
    row = live_cycle(session, cycle_id)
    status = CycleStatus(row.status)
    if status not in rules.EDITABLE:
        raise InvalidInput(_(_LOCKED[status]).format(year=row.year), field="status")
    return row


# Reading -------------------------------------------------------------------------------------


def list_cycles(store: Store, member_code: str | None = None) -> list[Cycle]:
    """Newest year first. Without a member code: this installation's member (all members on
    a Secretariat installation)."""
    with store.read() as session:
        query = select(TnaCycle).where(TnaCycle.deleted.is_(False))
        member = _member_or_none(session, member_code)
        if member:
            query = query.where(TnaCycle.member_code == member)
        rows = session.scalars(query.order_by(TnaCycle.year.desc(), TnaCycle.member_code))
        return [to_cycle(row) for row in rows]


def _member_or_none(session: Session, member_code: str | None) -> str | None:
    try:
        return member_code_for(session, member_code)
    except InvalidInput:
        return None


def find_cycle(store: Store, year: int, member_code: str | None = None) -> Cycle | None:
    with store.read() as session:
        member = member_code_for(session, member_code)
        row = session.get(TnaCycle, cycle_id_for(member, year))
        return to_cycle(row) if row is not None and not row.deleted else None


def get_cycle(store: Store, year: int, member_code: str | None = None) -> Cycle:
    found = find_cycle(store, year, member_code)
    if found is None:
        raise InvalidInput(
            _(
                "There is no training needs analysis for {year} yet: start one first "
                "(`oco-desktop tna start --year {year}`, or Start a year on the Training needs "
                "page)."
            ).format(year=year),
            field="year",
        )
    return found


def cycle_by_id(store: Store, cycle_id: str) -> Cycle:
    with store.read() as session:
        return to_cycle(live_cycle(session, cycle_id))


def headcount(store: Store, member_code: str | None = None) -> Headcount:
    with store.read() as session:
        return headcount_in(session, member_code_for(session, member_code))


def headcount_in(session: Session, member: str) -> Headcount:
    by_tier: dict[str, dict[str, int]] = {}
    rows = session.execute(
        select(Position.tier, Staff.sex, func.count())
        .select_from(Staff)
        .outerjoin(Position, Staff.position_id == Position.id)
        .where(in_post(), Staff.member_code == member)
        .group_by(Position.tier, Staff.sex)
    )
    for tier, sex, count in rows:
        cell = by_tier.setdefault(tier or "", {})
        key = sex or "U"
        cell[key] = cell.get(key, 0) + count
    return Headcount(dict(sorted(by_tier.items())))


# Starting a year -----------------------------------------------------------------------------


def start_cycle(
    store: Store,
    year: int,
    actor: Actor,
    member_code: str | None = None,
    *,
    carry_over: bool = True,
) -> StartResult:
    """Open the analysis of `year`. With `carry_over`, the latest earlier cycle gives its
    organisation section and, for each person still in post, last year's agreed levels as this
    year's starting point (required levels come from today's position profiles)."""
    try:
        year = rules.check_year(year)
    except TnaRuleError as exc:
        raise refused(exc) from None
    with store.write() as session:
        member = member_code_for(session, member_code)
        cycle_id = cycle_id_for(member, year)
        existing = session.get(TnaCycle, cycle_id)
        if existing is not None and not existing.deleted:
            raise InvalidInput(
                _("There is already a training needs analysis for {year}; open it instead.").format(
                    year=year
                ),
                field="year",
            )
        previous = None
        if carry_over:
            previous = session.scalars(
                select(TnaCycle)
                .where(
                    TnaCycle.member_code == member,
                    TnaCycle.deleted.is_(False),
                    TnaCycle.year < year,
                )
                .order_by(TnaCycle.year.desc())
                .limit(1)
            ).first()
        org = {name: getattr(previous, name) for name in ORG_FIELDS} if previous else {}
        values = {
            "member_code": member,
            "year": year,
            "status": CycleStatus.DRAFT.value,
            "carried_from_year": previous.year if previous else None,
            **org,
        }
        if existing is not None:  # a removed cycle of that year comes back, empty
            for name, value in values.items():
                setattr(existing, name, value)
            existing.deleted = False
            cycle = existing
        else:
            cycle = TnaCycle(id=cycle_id, **values)
            session.add(cycle)
        session.flush()
        carried = _carry_levels(session, cycle, previous) if previous else 0
        staff_count = session.scalar(
            select(func.count()).select_from(Staff).where(in_post(), Staff.member_code == member)
        )
        changes = [audit.Change("year", None, year)]
        if previous:
            changes.append(audit.Change("carried_from_year", None, previous.year))
        audit.record(session, actor, Action.CREATE, "tna_cycle", cycle.id, changes)
        return StartResult(
            to_cycle(cycle), previous.year if previous else None, carried, staff_count or 0
        )


def _carry_levels(session: Session, cycle: TnaCycle, previous: TnaCycle) -> int:
    """Rows of the new cycle with last year's level as `previous_level`, for staff in post and
    competencies still in their profile. Returns how many were made."""
    known = set(session.scalars(select(Competency.code).where(Competency.retired.is_(False))))
    old = session.execute(
        select(
            TnaAssessment.staff_id,
            TnaAssessment.competency_code,
            TnaAssessment.agreed_level,
            TnaAssessment.previous_level,
            TnaAssessment.importance,
            Staff.position_id,
        )
        .join(Staff, Staff.id == TnaAssessment.staff_id)
        .where(
            TnaAssessment.cycle_id == previous.id,
            TnaAssessment.deleted.is_(False),
            in_post(),
        )
    ).all()
    profiles = required_levels(session, {row.position_id for row in old if row.position_id})
    rows = []
    for staff_id, code, agreed, earlier, importance, position_id in old:
        level = rules.current_level(agreed, earlier)
        required = profiles.get(position_id or "", {}).get(code)
        if level is None or code not in known or not required:
            continue
        rows.append(
            {
                "id": assessment_id_for(cycle.id, staff_id, code),
                "deleted": False,
                "member_code": cycle.member_code,
                "cycle_id": cycle.id,
                "staff_id": staff_id,
                "competency_code": code,
                "required_level": required,
                "previous_level": level,
                "self_level": None,
                "supervisor_level": None,
                "agreed_level": None,
                "importance": importance,
                "comment": None,
                "band_override": None,
                "override_reason": None,
            }
        )
    if rows:
        session.execute(insert(TnaAssessment).execution_options(render_nulls=True), rows)
    return len(rows)


# The organisation section --------------------------------------------------------------------


def _org_values(section: OrgSection) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        text = (getattr(section, name) or "").strip()
        if len(text) > MAX_TEXT:
            raise InvalidInput(
                _("This text is {count} characters long; use at most {limit}.").format(
                    count=format_number(len(text)), limit=format_number(MAX_TEXT)
                ),
                field=name,
            )
        values[name] = text or None
    amount = section.budget_amount
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int)):
        raise InvalidInput(_("Give the training budget as a whole amount."), field="budget_amount")
    if amount is not None and not 0 <= amount <= 2**53:
        raise InvalidInput(_("The training budget cannot be negative."), field="budget_amount")
    currency = (section.budget_currency or "").strip().upper() or None
    if currency is not None and not (len(currency) == 3 and currency.isalpha()):
        raise InvalidInput(
            _(
                "'{currency}' is not a currency code: give three letters, e.g. TOP, FJD, AUD."
            ).format(currency=currency),
            field="budget_currency",
        )
    trainers = section.national_trainers
    if trainers is not None and (
        isinstance(trainers, bool) or not isinstance(trainers, int) or not 0 <= trainers <= 100_000
    ):
        raise InvalidInput(
            _("Give the number of national trainers as a whole number (0 if none)."),
            field="national_trainers",
        )
    values.update(budget_amount=amount, budget_currency=currency, national_trainers=trainers)
    return values


def update_org_section(store: Store, cycle_id: str, section: OrgSection, actor: Actor) -> Cycle:
    values = _org_values(section)
    with store.write() as session:
        cycle = editable_cycle(session, cycle_id)
        changes = audit.diff({k: getattr(cycle, k) for k in values}, values, values)
        for change in changes:
            setattr(cycle, change.field, change.new)
        if changes:
            audit.record(session, actor, Action.UPDATE, "tna_cycle", cycle_id, changes)
        return to_cycle(cycle)
