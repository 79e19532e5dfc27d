"""Mentoring pairs and internship placements of one administration, with the small helpers the
other people-development services share (staff by number, dates, short texts).

A mentor is a staff member or someone from outside named in `mentor_name`; a mentee and an
intern are staff members still in post when chosen. An internship's host is another member
administration (its code in the reference member list) or the Secretariat ("SEC").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oco_desktop.domain import programme as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import PairStatus
from oco_desktop.domain.roster import StaffStatus
from oco_desktop.language import N_, _, format_number
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Member, Staff
from oco_desktop.store.programme_models import Internship, MentoringPair

SECRETARIAT = "SEC"
PAIR_FIELDS = (
    "mentor_staff_id",
    "mentor_name",
    "mentee_staff_id",
    "goals",
    "starts_on",
    "ends_on",
    "meetings",
    "status",
    "outcome",
)
INTERNSHIP_FIELDS = ("staff_id", "host_code", "starts_on", "ends_on", "purpose", "outcome")


# Shared helpers ------------------------------------------------------------------------------


def clean(text: str | None, field: str, limit: int = rules.MAX_TEXT) -> str | None:
    """A short text with its spaces tidied, None when empty; refused when too long."""
    value = " ".join((text or "").split()) if limit <= rules.MAX_TITLE else (text or "").strip()
    if len(value) > limit:
        raise InvalidInput(
            _("This text is {count} characters long; use at most {limit}.").format(
                count=format_number(len(value)), limit=format_number(limit)
            ),
            field=field,
        )
    return value or None


# A date that cannot be read, by what it is the date of (translated when raised).
_NOT_A_DATE = {
    "start date": N_(
        "'{value}' is not a date for the start date: write it as YYYY-MM-DD, e.g. 2027-03-15."
    ),
    "end date": N_(
        "'{value}' is not a date for the end date: write it as YYYY-MM-DD, e.g. 2027-03-15."
    ),
    "due date": N_(
        "'{value}' is not a date for the due date: write it as YYYY-MM-DD, e.g. 2027-03-15."
    ),
    "first day available": N_(
        "'{value}' is not a date for the first day available: write it as YYYY-MM-DD, e.g. "
        "2027-03-15."
    ),
    "last day available": N_(
        "'{value}' is not a date for the last day available: write it as YYYY-MM-DD, e.g. "
        "2027-03-15."
    ),
}


def as_date(value: Any, field: str, label: str) -> dt.date | None:
    """A date from a date or YYYY-MM-DD text; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(
            _(_NOT_A_DATE[label]).format(value=value),
            field=field,
        ) from None


def check_period(starts_on: dt.date | None, ends_on: dt.date | None) -> None:
    if starts_on is None:
        raise InvalidInput(_("Give the start date (YYYY-MM-DD)."), field="starts_on")
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput(
            _("The end date {end} is before the start date {start}: check the dates.").format(
                end=ends_on.isoformat(), start=starts_on.isoformat()
            ),
            field="ends_on",
        )


def staff_label(staff: Staff | None) -> str:
    if staff is None:
        return ""
    name = staff.full_name or _("(no name)")
    return f"{name} ({staff.staff_number})" if staff.staff_number else name


def live_staff(
    session: Session, staff_id: str | None, member: str, field: str, *, in_post: bool = True
) -> Staff:
    """The staff member chosen for `field`: of this administration, not removed, and (with
    `in_post`) not left."""
    staff = session.get(Staff, staff_id) if staff_id else None
    if staff is None or staff.deleted or staff.member_code != member:
        raise InvalidInput(_("Choose a staff member of your administration."), field=field)
    if in_post and staff.status == StaffStatus.LEFT.value:
        raise InvalidInput(
            _("{person} has left the administration: choose someone in post.").format(
                person=staff_label(staff)
            ),
            field=field,
        )
    return staff


def staff_id_by_number(store: Store, number: str, member_code: str | None = None) -> str:
    """The id of the staff member with this staff number (case ignored), for the CLI."""
    wanted = (number or "").strip()
    with store.read() as session:
        member = member_code_for(session, member_code)
        found = session.scalars(
            select(Staff.id).where(
                Staff.member_code == member,
                Staff.deleted.is_(False),
                func.upper(Staff.staff_number) == wanted.upper(),
            )
        ).all()
    if not found:
        raise InvalidInput(
            _("No staff member has the staff number '{number}'.").format(number=wanted),
            field="staff",
        )
    if len(found) > 1:
        raise InvalidInput(
            _("Several staff records share the number '{number}': fix the roster first.").format(
                number=wanted
            ),
            field="staff",
        )
    return found[0]


def staff_names(session: Session, ids: set[str]) -> dict[str, Staff]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_(ids)))}


def snapshot(row: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in fields}


def write_row(
    session: Session,
    model: type[Any],  # any member-owned model: Mentoring pair, Internship, Gender action...
    row_id: str | None,
    member: str,
    values: dict[str, Any],
    fields: tuple[str, ...],
    actor: Actor,
    *,
    new_id: str | None = None,
) -> Any:
    """Create or update one member-owned row with `values`, recording the audit entries."""
    table = model.__tablename__
    if row_id is None:
        row = session.get(model, new_id) if new_id else None
        if row is not None and not row.deleted:
            raise InvalidInput(_("This entry exists already; change it instead."), field="id")
        if row is None:
            row = model(member_code=member, **values)
            if new_id:
                row.id = new_id
            session.add(row)
        else:  # a removed row with the same derived id comes back
            for name, value in values.items():
                setattr(row, name, value)
            row.deleted = False
        session.flush()
        changes = [audit.Change(name, None, values[name]) for name in fields if values[name]]
        audit.record(session, actor, Action.CREATE, table, row.id, changes)
        return row
    row = session.get(model, row_id)
    if row is None or row.deleted or row.member_code != member:
        raise InvalidInput(_("This entry does not exist (any more)."), field="id")
    changes = audit.diff(snapshot(row, fields), values, fields)
    for change in changes:
        setattr(row, change.field, change.new)
    if changes:
        session.flush()
        audit.record(session, actor, Action.UPDATE, table, row.id, changes)
    return row


def remove_row(store: Store, model: type[Any], row_id: str, actor: Actor) -> None:
    with store.write() as session:
        row = session.get(model, row_id)
        if row is None or row.deleted:
            raise InvalidInput(_("This entry does not exist (any more)."), field="id")
        row.deleted = True
        audit.record(session, actor, Action.DELETE, model.__tablename__, row_id)


# Mentoring -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PairDraft:
    mentee_staff_id: str | None
    starts_on: dt.date | str | None
    mentor_staff_id: str | None = None
    mentor_name: str | None = None
    goals: str | None = None
    ends_on: dt.date | str | None = None
    meetings: int = 0
    status: str = PairStatus.ACTIVE.value
    outcome: str | None = None


@dataclass(frozen=True)
class PairView:
    id: str
    member_code: str
    mentor_staff_id: str | None
    mentor: str
    mentor_external: bool
    mentee_staff_id: str
    mentee: str
    mentee_left: bool
    goals: str | None
    starts_on: dt.date
    ends_on: dt.date | None
    meetings: int
    status: PairStatus
    outcome: str | None


def _pair_values(session: Session, draft: PairDraft, member: str, current: Any) -> dict[str, Any]:
    mentee_id = draft.mentee_staff_id
    if not mentee_id:
        raise InvalidInput(_("Choose the mentee."), field="mentee")
    newly = current is None or current.mentee_staff_id != mentee_id
    live_staff(session, mentee_id, member, "mentee", in_post=newly)
    mentor_id = draft.mentor_staff_id or None
    mentor_name = clean(draft.mentor_name, "mentor", rules.MAX_TITLE)
    if mentor_id:
        newly = current is None or current.mentor_staff_id != mentor_id
        live_staff(session, mentor_id, member, "mentor", in_post=newly)
        mentor_name = None
        if mentor_id == mentee_id:
            raise InvalidInput(
                _("The mentor and the mentee are the same person: choose another mentor."),
                field="mentor",
            )
    elif not mentor_name:
        raise InvalidInput(
            _("Choose the mentor among the staff, or type the name of a mentor from outside."),
            field="mentor",
        )
    starts_on = as_date(draft.starts_on, "starts_on", "start date")
    ends_on = as_date(draft.ends_on, "ends_on", "end date")
    check_period(starts_on, ends_on)
    meetings = draft.meetings
    if isinstance(meetings, str) and meetings.strip().isdigit():
        meetings = int(meetings)
    if isinstance(meetings, bool) or not isinstance(meetings, int):
        raise InvalidInput(_("Give the number of meetings as a whole number."), field="meetings")
    if not 0 <= meetings <= rules.MAX_MEETINGS:
        raise InvalidInput(
            _("Give a number of meetings from 0 to {limit}.").format(
                limit=format_number(rules.MAX_MEETINGS)
            ),
            field="meetings",
        )
    try:
        status = PairStatus(draft.status).value
    except ValueError:
        allowed = ", ".join(s.value for s in PairStatus)
        raise InvalidInput(
            _("'{status}' is not a status of a pair: use {allowed}.").format(
                status=draft.status, allowed=allowed
            ),
            field="status",
        ) from None
    return {
        "mentor_staff_id": mentor_id,
        "mentor_name": mentor_name,
        "mentee_staff_id": mentee_id,
        "goals": clean(draft.goals, "goals"),
        "starts_on": starts_on,
        "ends_on": ends_on,
        "meetings": meetings,
        "status": status,
        "outcome": clean(draft.outcome, "outcome"),
    }


def _pair_view(row: MentoringPair, people: dict[str, Staff]) -> PairView:
    mentor = people.get(row.mentor_staff_id or "")
    mentee = people.get(row.mentee_staff_id)
    return PairView(
        id=row.id,
        member_code=row.member_code,
        mentor_staff_id=row.mentor_staff_id,
        mentor=staff_label(mentor) if mentor else (row.mentor_name or ""),
        mentor_external=mentor is None,
        mentee_staff_id=row.mentee_staff_id,
        mentee=staff_label(mentee),
        mentee_left=mentee is not None and mentee.status == StaffStatus.LEFT.value,
        goals=row.goals,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        meetings=row.meetings,
        status=PairStatus(row.status),
        outcome=row.outcome,
    )


def list_pairs(store: Store, member_code: str | None = None) -> list[PairView]:
    """The administration's mentoring pairs, active ones first, newest first."""
    with store.read() as session:
        member = member_code_for(session, member_code)
        rows = session.scalars(
            select(MentoringPair).where(
                MentoringPair.member_code == member, MentoringPair.deleted.is_(False)
            )
        ).all()
        ids = {r.mentee_staff_id for r in rows} | {r.mentor_staff_id or "" for r in rows}
        people = staff_names(session, ids)
        views = [_pair_view(r, people) for r in rows]
    order = {PairStatus.ACTIVE: 0, PairStatus.COMPLETED: 1, PairStatus.ENDED_EARLY: 2}
    views.sort(key=lambda v: (order[v.status], -v.starts_on.toordinal(), v.mentee.casefold()))
    return views


def save_pair(
    store: Store,
    draft: PairDraft,
    actor: Actor,
    *,
    pair_id: str | None = None,
    member_code: str | None = None,
) -> PairView:
    """Create a pair (no `pair_id`) or change one. Refused: the mentor is the mentee, a
    mentee or mentor chosen who has left, an end before the start."""
    with store.write() as session:
        member = member_code_for(session, member_code)
        current = session.get(MentoringPair, pair_id) if pair_id else None
        values = _pair_values(session, draft, member, current)
        row = write_row(session, MentoringPair, pair_id, member, values, PAIR_FIELDS, actor)
        people = staff_names(session, {row.mentee_staff_id, row.mentor_staff_id or ""})
        return _pair_view(row, people)


def remove_pair(store: Store, pair_id: str, actor: Actor) -> None:
    remove_row(store, MentoringPair, pair_id, actor)


# Internships ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class InternshipDraft:
    staff_id: str | None
    host_code: str | None
    starts_on: dt.date | str | None
    ends_on: dt.date | str | None = None
    purpose: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class InternshipView:
    id: str
    member_code: str
    staff_id: str
    staff: str
    host_code: str
    host: str
    starts_on: dt.date
    ends_on: dt.date | None
    purpose: str | None
    outcome: str | None


def host_names(session: Session, language: str = "en") -> dict[str, str]:
    """Code -> name of every possible host: the member administrations and the Secretariat."""
    names = {
        m.code: (m.name_fr if language == "fr" else m.name_en)
        for m in session.scalars(select(Member).order_by(Member.code))
    }
    names[SECRETARIAT] = "Secrétariat de l'OCO" if language == "fr" else "OCO Secretariat"
    return names


def hosts(store: Store, language: str = "en") -> dict[str, str]:
    with store.read() as session:
        return host_names(session, language)


def _internship_values(
    session: Session, draft: InternshipDraft, member: str, current: Any
) -> dict[str, Any]:
    if not draft.staff_id:
        raise InvalidInput(_("Choose the staff member who goes on the placement."), field="staff")
    newly = current is None or current.staff_id != draft.staff_id
    live_staff(session, draft.staff_id, member, "staff", in_post=newly)
    host = (draft.host_code or "").strip().upper()
    known = host_names(session)
    if host not in known:
        raise InvalidInput(
            _(
                "'{host}' is not a host: give a member administration's code (e.g. FJ, WS) or "
                "{secretariat} for the OCO Secretariat."
            ).format(host=draft.host_code or "", secretariat=SECRETARIAT),
            field="host",
        )
    if host == member:
        raise InvalidInput(
            _(
                "An internship is hosted by another administration or the Secretariat, not your "
                "own."
            ),
            field="host",
        )
    starts_on = as_date(draft.starts_on, "starts_on", "start date")
    ends_on = as_date(draft.ends_on, "ends_on", "end date")
    check_period(starts_on, ends_on)
    return {
        "staff_id": draft.staff_id,
        "host_code": host,
        "starts_on": starts_on,
        "ends_on": ends_on,
        "purpose": clean(draft.purpose, "purpose"),
        "outcome": clean(draft.outcome, "outcome"),
    }


def _internship_view(
    row: Internship, people: dict[str, Staff], names: dict[str, str]
) -> InternshipView:
    return InternshipView(
        row.id,
        row.member_code,
        row.staff_id,
        staff_label(people.get(row.staff_id)),
        row.host_code,
        names.get(row.host_code, row.host_code),
        row.starts_on,
        row.ends_on,
        row.purpose,
        row.outcome,
    )


def list_internships(
    store: Store, member_code: str | None = None, language: str = "en"
) -> list[InternshipView]:
    with store.read() as session:
        member = member_code_for(session, member_code)
        rows = session.scalars(
            select(Internship)
            .where(Internship.member_code == member, Internship.deleted.is_(False))
            .order_by(Internship.starts_on.desc())
        ).all()
        people = staff_names(session, {r.staff_id for r in rows})
        names = host_names(session, language)
        return [_internship_view(r, people, names) for r in rows]


def save_internship(
    store: Store,
    draft: InternshipDraft,
    actor: Actor,
    *,
    internship_id: str | None = None,
    member_code: str | None = None,
    language: str = "en",
) -> InternshipView:
    """Create or change a placement. Refused: an intern who has left, an unknown host or the
    administration itself, an end before the start."""
    with store.write() as session:
        member = member_code_for(session, member_code)
        current = session.get(Internship, internship_id) if internship_id else None
        values = _internship_values(session, draft, member, current)
        row = write_row(
            session, Internship, internship_id, member, values, INTERNSHIP_FIELDS, actor
        )
        return _internship_view(
            row, staff_names(session, {row.staff_id}), host_names(session, language)
        )


def remove_internship(store: Store, internship_id: str, actor: Actor) -> None:
    remove_row(store, Internship, internship_id, actor)
