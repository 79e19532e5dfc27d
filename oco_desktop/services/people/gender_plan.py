"""The Gender Equality Plan of an administration, after the WCO GEOAT: the plan (title,
period, status), its indicators (principle, optional published indicator, baseline, target,
current value, evidence) and actions (owner, due date, status), and the workforce by tier and
sex from the roster, women in leadership (T3-T4) included.

The principles, cross-cutting themes and the indicator list come from gender.json as this
installation uses it (the Secretariat's published version, else the shipped file). The shipped
file lists no indicators yet: members then write their own, and pick from the list once the
Secretariat publishes one ("indicators": [{"code", "principle", "text", "text_fr"}]).

Workforce figures are exact in the office; in anything that leaves it (the Secretariat's view,
exports with `shareable`) counts of 1 to 4 are shown as "<5". The counting is the gender
report's own (services.reports.region).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.domain import programme as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import ActionStatus, PlanStatus
from oco_desktop.domain.roster import Tier
from oco_desktop.domain.tna import MAX_YEAR, MIN_YEAR
from oco_desktop.language import _
from oco_desktop.reports.strings import percent
from oco_desktop.services.audit import Actor
from oco_desktop.services.people.experts import is_secretariat
from oco_desktop.services.people.mentoring import as_date, clean, remove_row, write_row
from oco_desktop.services.reports.data import sex_split, shown
from oco_desktop.services.reports.region import headcount_now, share, women_and_leaders
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.store.engine import Store
from oco_desktop.store.programme_models import GenderAction, GenderIndicator, GenderPlan
from oco_desktop.store.reference_files import GENDER_FILE, localized, reference_for

PLAN_NAMESPACE = uuid.UUID("c1d7e0b4-6a2f-4e59-8b3c-0f4d2a9e7b15")
PLAN_FIELDS = ("title", "start_year", "end_year", "status", "approved_by", "approved_on")
INDICATOR_FIELDS = (
    "plan_id",
    "principle_code",
    "indicator_code",
    "text",
    "baseline",
    "target",
    "current",
    "evidence",
)
ACTION_FIELDS = ("plan_id", "principle_code", "action", "owner", "due_on", "status")
MAX_VALUE = 100
MAX_INDICATOR = 500


def plan_id_for(member_code: str, start_year: int) -> str:
    return str(uuid.uuid5(PLAN_NAMESPACE, f"{member_code}/{start_year}"))


# Reference -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Principle:
    code: str
    name: str
    cross_cutting: bool = False


@dataclass(frozen=True)
class IndicatorRef:
    code: str
    principle_code: str
    text: str


def _reference(session: Session) -> dict[str, Any]:
    return reference_for(session, GENDER_FILE)[1]


def _principles(data: dict[str, Any], language: str) -> list[Principle]:
    found = [
        Principle(p["code"], localized(p, "name_en", language))
        for p in data.get("principles", [])
        if p.get("code")
    ]
    english = data.get("cross_cutting") or []
    french = data.get("cross_cutting_fr") or []
    for n, name in enumerate(english, start=1):
        shown_name = french[n - 1] if language == "fr" and n <= len(french) else name
        found.append(Principle(f"CC{n}", shown_name, True))
    return found


def principles(store: Store, language: str = "en") -> list[Principle]:
    """The GEOAT principles, then the cross-cutting themes (codes CC1, CC2...)."""
    with store.read() as session:
        return _principles(_reference(session), language)


def _indicator_refs(data: dict[str, Any], language: str) -> list[IndicatorRef]:
    found = []
    for entry in data.get("indicators") or []:
        if not isinstance(entry, dict) or not entry.get("code"):
            continue
        found.append(
            IndicatorRef(
                str(entry["code"]),
                str(entry.get("principle") or ""),
                localized(entry, "text", language),
            )
        )
    return found


def published_indicators(store: Store, language: str = "en") -> list[IndicatorRef]:
    """The indicator list the Secretariat published (empty until it does)."""
    with store.read() as session:
        return _indicator_refs(_reference(session), language)


# Plans ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanDraft:
    title: str | None
    start_year: int | None
    end_year: int | None
    status: str = PlanStatus.DRAFT.value
    approved_by: str | None = None


@dataclass(frozen=True)
class PlanView:
    id: str
    member_code: str
    title: str
    start_year: int
    end_year: int
    status: PlanStatus
    approved_by: str | None
    approved_on: dt.date | None

    @property
    def period(self) -> str:
        return f"{self.start_year}–{self.end_year}"


def _plan_view(row: GenderPlan) -> PlanView:
    return PlanView(
        row.id,
        row.member_code,
        row.title,
        row.start_year,
        row.end_year,
        PlanStatus(row.status),
        row.approved_by,
        row.approved_on,
    )


def _year(value: Any, field: str) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_YEAR <= value <= MAX_YEAR:
        message = (
            _("Give the start year as a year, e.g. 2026.")
            if field == "start_year"
            else _("Give the end year as a year, e.g. 2026.")
        )
        raise InvalidInput(message, field=field)
    return value


def _plan_values(draft: PlanDraft, current: GenderPlan | None, today: dt.date) -> dict[str, Any]:
    title = clean(draft.title, "title", rules.MAX_TITLE)
    if not title:
        raise InvalidInput(_("Give the plan a title."), field="title")
    start, end = _year(draft.start_year, "start_year"), _year(draft.end_year, "end_year")
    if end < start:
        raise InvalidInput(
            _("The plan ends ({end}) before it starts ({start}): check the period.").format(
                end=end, start=start
            ),
            field="end_year",
        )
    try:
        status = PlanStatus(draft.status)
    except ValueError:
        raise InvalidInput(
            _("'{status}' is not a plan status: use draft, adopted or closed.").format(
                status=draft.status
            ),
            field="status",
        ) from None
    approver = clean(draft.approved_by, "approved_by", rules.MAX_TITLE)
    if status is not PlanStatus.DRAFT and not approver:
        raise InvalidInput(
            _("An adopted plan names who approved it: fill in Approved by."), field="approved_by"
        )
    approved_on = None
    if status is not PlanStatus.DRAFT:
        kept = current is not None and current.status != PlanStatus.DRAFT.value
        approved_on = current.approved_on if current and kept and current.approved_on else today
    return {
        "title": title,
        "start_year": start,
        "end_year": end,
        "status": status.value,
        "approved_by": approver,
        "approved_on": approved_on,
    }


def list_plans(store: Store, member_code: str | None = None) -> list[PlanView]:
    """The administration's plans, the latest period first."""
    with store.read() as session:
        member = member_code_for(session, member_code)
        rows = session.scalars(
            select(GenderPlan)
            .where(GenderPlan.member_code == member, GenderPlan.deleted.is_(False))
            .order_by(GenderPlan.start_year.desc())
        )
        return [_plan_view(r) for r in rows]


def current_plan(store: Store, member_code: str | None = None) -> PlanView | None:
    plans = list_plans(store, member_code)
    return plans[0] if plans else None


def save_plan(
    store: Store,
    draft: PlanDraft,
    actor: Actor,
    *,
    plan_id: str | None = None,
    member_code: str | None = None,
    today: dt.date | None = None,
) -> PlanView:
    """Create a plan (one per administration and starting year) or change one."""
    with store.write() as session:
        member = member_code_for(session, member_code)
        current = session.get(GenderPlan, plan_id) if plan_id else None
        values = _plan_values(draft, current, today or dt.date.today())
        new_id = None
        if plan_id is None:
            new_id = plan_id_for(member, values["start_year"])
            existing = session.get(GenderPlan, new_id)
            if existing is not None and not existing.deleted:
                raise InvalidInput(
                    _("There is already a plan starting in {year}; change it instead.").format(
                        year=values["start_year"]
                    ),
                    field="start_year",
                )
        row = write_row(
            session, GenderPlan, plan_id, member, values, PLAN_FIELDS, actor, new_id=new_id
        )
        return _plan_view(row)


def _editable_plan(session: Session, plan_id: str) -> GenderPlan:
    plan = session.get(GenderPlan, plan_id)
    if plan is None or plan.deleted:
        raise InvalidInput(_("This plan does not exist (any more)."), field="plan")
    if plan.status == PlanStatus.CLOSED.value:
        raise InvalidInput(
            _("This plan is closed: set it back to adopted to change it."), field="plan"
        )
    return plan


def _principle(session: Session, code: str | None) -> str:
    key = (code or "").strip().upper()
    known = {p.code for p in _principles(_reference(session), "en")}
    if key not in known:
        raise InvalidInput(
            _("'{code}' is not a principle of the plan: use {allowed}.").format(
                code=code or "", allowed=", ".join(sorted(known))
            ),
            field="principle",
        )
    return key


def _text(value: str | None, field: str, limit: int = MAX_VALUE) -> str | None:
    return clean(value, field, limit)


# Indicators ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorDraft:
    principle_code: str | None
    text: str | None = None
    indicator_code: str | None = None
    baseline: str | None = None
    target: str | None = None
    current: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class IndicatorView:
    id: str
    plan_id: str
    principle_code: str
    indicator_code: str | None
    text: str
    baseline: str | None
    target: str | None
    current: str | None
    evidence: str | None


def _indicator_view(row: GenderIndicator) -> IndicatorView:
    return IndicatorView(
        row.id,
        row.plan_id,
        row.principle_code,
        row.indicator_code,
        row.text,
        row.baseline,
        row.target,
        row.current,
        row.evidence,
    )


def list_indicators(store: Store, plan_id: str) -> list[IndicatorView]:
    with store.read() as session:
        rows = session.scalars(
            select(GenderIndicator).where(
                GenderIndicator.plan_id == plan_id, GenderIndicator.deleted.is_(False)
            )
        ).all()
    order = {code: n for n, code in enumerate(p.code for p in principles(store))}
    views = [_indicator_view(r) for r in rows]
    views.sort(key=lambda v: (order.get(v.principle_code, 99), v.indicator_code or "~", v.text))
    return views


def save_indicator(
    store: Store,
    plan_id: str,
    draft: IndicatorDraft,
    actor: Actor,
    *,
    indicator_id: str | None = None,
) -> IndicatorView:
    """Add an indicator to a plan (no `indicator_id`) or change one. A published indicator's
    code fills in its text when none is typed."""
    with store.write() as session:
        plan = _editable_plan(session, plan_id)
        code = clean(draft.indicator_code, "indicator_code", 32)
        body = clean(draft.text, "text", MAX_INDICATOR)
        principle = draft.principle_code
        if code:
            refs = {r.code.upper(): r for r in _indicator_refs(_reference(session), "en")}
            ref = refs.get(code.upper())
            if ref is None:
                raise InvalidInput(
                    _(
                        "'{code}' is not in the published indicator list; leave the code empty "
                        "for an indicator of your own."
                    ).format(code=code),
                    field="indicator_code",
                )
            code = ref.code
            body = body or ref.text
            if ref.principle_code and not draft.principle_code:
                principle = ref.principle_code
        principle = _principle(session, principle)
        if not body:
            raise InvalidInput(_("Describe the indicator."), field="text")
        values = {
            "plan_id": plan.id,
            "principle_code": principle,
            "indicator_code": code,
            "text": body,
            "baseline": _text(draft.baseline, "baseline"),
            "target": _text(draft.target, "target"),
            "current": _text(draft.current, "current"),
            "evidence": clean(draft.evidence, "evidence"),
        }
        row = write_row(
            session, GenderIndicator, indicator_id, plan.member_code, values, INDICATOR_FIELDS,
            actor,
        )  # fmt: skip
        return _indicator_view(row)


def remove_indicator(store: Store, indicator_id: str, actor: Actor) -> None:
    remove_row(store, GenderIndicator, indicator_id, actor)


# Actions -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionDraft:
    action: str | None
    principle_code: str | None = None
    owner: str | None = None
    due_on: dt.date | str | None = None
    status: str = ActionStatus.PLANNED.value


@dataclass(frozen=True)
class ActionView:
    id: str
    plan_id: str
    principle_code: str | None
    action: str
    owner: str | None
    due_on: dt.date | None
    status: ActionStatus

    def overdue(self, today: dt.date) -> bool:
        open_ = self.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
        return open_ and self.due_on is not None and self.due_on < today


def _action_view(row: GenderAction) -> ActionView:
    return ActionView(
        row.id,
        row.plan_id,
        row.principle_code,
        row.action,
        row.owner,
        row.due_on,
        ActionStatus(row.status),
    )


def list_actions(store: Store, plan_id: str) -> list[ActionView]:
    with store.read() as session:
        rows = session.scalars(
            select(GenderAction).where(
                GenderAction.plan_id == plan_id, GenderAction.deleted.is_(False)
            )
        ).all()
    views = [_action_view(r) for r in rows]
    views.sort(key=lambda v: (v.due_on or dt.date.max, v.action.casefold()))
    return views


def save_action(
    store: Store,
    plan_id: str,
    draft: ActionDraft,
    actor: Actor,
    *,
    action_id: str | None = None,
) -> ActionView:
    with store.write() as session:
        plan = _editable_plan(session, plan_id)
        text = clean(draft.action, "action")
        if not text:
            raise InvalidInput(_("Describe the action."), field="action")
        principle = _principle(session, draft.principle_code) if draft.principle_code else None
        try:
            status = ActionStatus(draft.status).value
        except ValueError:
            allowed = ", ".join(s.value for s in ActionStatus)
            raise InvalidInput(
                _("'{status}' is not an action status: use {allowed}.").format(
                    status=draft.status, allowed=allowed
                ),
                field="status",
            ) from None
        values = {
            "plan_id": plan.id,
            "principle_code": principle,
            "action": text,
            "owner": clean(draft.owner, "owner", rules.MAX_TITLE),
            "due_on": as_date(draft.due_on, "due_on", "due date"),
            "status": status,
        }
        row = write_row(
            session, GenderAction, action_id, plan.member_code, values, ACTION_FIELDS, actor
        )
        return _action_view(row)


def remove_action(store: Store, action_id: str, actor: Actor) -> None:
    remove_row(store, GenderAction, action_id, actor)


# Workforce statistics ------------------------------------------------------------------------


@dataclass(frozen=True)
class TierLine:
    tier: str  # "" = no position recorded
    women: int | str
    men: int | str
    other: int | str
    total: int | str


@dataclass(frozen=True)
class WorkforceStats:
    member_code: str | None  # None: the whole region (Secretariat)
    shareable: bool
    lines: list[TierLine]
    staff: int | str
    women: int | str
    leaders: int | str
    women_leaders: int | str
    women_share: str  # "41 %", or "–" where it would tell a hidden count
    leaders_share: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "member": self.member_code,
            "shareable": self.shareable,
            "by_tier": [line.__dict__ for line in self.lines],
            "staff": self.staff,
            "women": self.women,
            "leaders": self.leaders,
            "women_leaders": self.women_leaders,
            "women_share": self.women_share,
            "women_leaders_share": self.leaders_share,
        }


def workforce_stats(
    store: Store,
    member_code: str | None = None,
    *,
    shareable: bool | None = None,
    language: str = "en",
) -> WorkforceStats:
    """Staff in post by tier and sex, and women in leadership (T3-T4). `shareable` (counts of
    1-4 shown as "<5") defaults to on at the Secretariat and off in the office."""
    with store.read() as session:
        secretariat = is_secretariat(session)
        member = None
        if not secretariat or member_code:
            member = member_code_for(session, member_code)
        by_tier = headcount_now(session, member)
    hide = secretariat if shareable is None else shareable
    tiers = [t.value for t in Tier] + ([""] if "" in by_tier else [])
    lines = []
    staff = women = 0
    for tier in tiers:
        f, m, o = sex_split(by_tier.get(tier, {}))
        staff, women = staff + f + m + o, women + f
        lines.append(
            TierLine(tier, shown(f, hide), shown(m, hide), shown(o, hide), shown(f + m + o, hide))
        )
    leaders_women, leaders = women_and_leaders(by_tier)
    return WorkforceStats(
        member_code=member,
        shareable=hide,
        lines=lines,
        staff=shown(staff, hide),
        women=shown(women, hide),
        leaders=shown(leaders, hide),
        women_leaders=shown(leaders_women, hide),
        women_share=_share(language, women, staff, hide),
        leaders_share=_share(language, leaders_women, leaders, hide),
    )


def _share(language: str, women: int, total: int, hide: bool) -> str:
    if not total:
        return "–"
    if hide:
        return share(language, women, total)

    return percent(language, women, total)
