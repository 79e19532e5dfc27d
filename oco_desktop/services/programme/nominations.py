"""Nominations of staff to course sessions: a member nominates (with the reason and the need it
meets), withdraws, and records the outcome; the Secretariat confirms places, waitlists or
declines.

Rules: only staff in post are nominated; only to a session not cancelled, not yet started and
still before its apply-by date; one nomination per person and session. More nominations than
seats are allowed: a nomination beyond the seats becomes "waitlisted", and the waiting list is
in nomination order (the day, then the id, which is a time-ordered UUIDv7). Confirmed places
never exceed the seats. Attendance, result and certificate are recorded once the session has
started.

Nominations keep UUIDv7 ids (not derived from session and staff): one writer makes them (the
member's installation), and the id's time order is the waiting list's order at every site.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import (
    ACTIVE_NOMINATIONS,
    MAX_TEXT,
    Attendance,
    CourseResult,
    NominationStatus,
)
from oco_desktop.domain.roster import Role, StaffStatus
from oco_desktop.language import N_, _, format_date
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.programme.courses import (
    HOLDING,
    live_course,
    live_session,
    nomination_refusal,
    require_secretariat,
    role_of,
)
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Competency, Installation, Staff, TnaNeed
from oco_desktop.store.programme_models import Course, CourseSession, Nomination

MAX_CERTIFICATE = 100
ACTIVE = tuple(s.value for s in ACTIVE_NOMINATIONS)
DECISIONS = (
    NominationStatus.CONFIRMED,
    NominationStatus.WAITLISTED,
    NominationStatus.DECLINED,
    NominationStatus.NOMINATED,
)


@dataclass(frozen=True)
class NominationInfo:
    id: str
    member_code: str
    session_id: str
    course_code: str
    course_title: str
    course_title_fr: str | None
    activity_code: str | None
    starts_on: dt.date
    ends_on: dt.date
    staff_id: str
    staff_number: str | None
    full_name: str | None
    reason: str | None
    need_id: str | None
    need_label: str | None
    nominated_on: dt.date
    status: str
    decided_on: dt.date | None
    attendance: str | None
    result: str | None
    certificate_ref: str | None
    waitlist_position: int | None = None  # 1 = next in line

    def course_name(self, language: str) -> str:
        return (
            self.course_title_fr if language == "fr" and self.course_title_fr else self.course_title
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "member": self.member_code,
            "session": self.session_id,
            "course": self.course_code,
            "starts_on": self.starts_on,
            "staff_number": self.staff_number,
            "name": self.full_name,
            "reason": self.reason,
            "need": self.need_label,
            "nominated_on": self.nominated_on,
            "status": self.status,
            "waitlist_position": self.waitlist_position,
            "decided_on": self.decided_on,
            "attendance": self.attendance,
            "result": self.result,
            "certificate_ref": self.certificate_ref,
        }


# Reading --------------------------------------------------------------------------------------


def _waitlist_positions(session: Session, session_ids: set[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    if not session_ids:
        return positions
    rows = session.execute(
        select(Nomination.id, Nomination.session_id)
        .where(
            Nomination.deleted.is_(False),
            Nomination.status == NominationStatus.WAITLISTED.value,
            Nomination.session_id.in_(session_ids),
        )
        .order_by(Nomination.session_id, Nomination.nominated_on, Nomination.id)
    )
    place: dict[str, int] = {}
    for nomination_id, session_id in rows:
        place[session_id] = place.get(session_id, 0) + 1
        positions[nomination_id] = place[session_id]
    return positions


def list_nominations(
    store: Store,
    *,
    member_code: str | None = None,
    session_id: str | None = None,
    activity_code: str | None = None,
    staff_id: str | None = None,
) -> list[NominationInfo]:
    """Nominations by session date, then waiting order; filtered as asked (the Secretariat,
    without a member code, sees every member's)."""
    with store.read() as session:
        return _nominations(
            session,
            member_code=member_code,
            session_id=session_id,
            activity_code=activity_code,
            staff_id=staff_id,
        )


def _nominations(session: Session, **filters: str | None) -> list[NominationInfo]:
    query = (
        select(
            Nomination,
            CourseSession.starts_on,
            CourseSession.ends_on,
            Course.code,
            Course.title,
            Course.title_fr,
            Course.activity_code,
            Staff.staff_number,
            Staff.full_name,
            TnaNeed.competency_code,
            TnaNeed.band,
            Competency.name_en,
        )
        .join(CourseSession, CourseSession.id == Nomination.session_id)
        .join(Course, Course.id == CourseSession.course_id)
        .join(Staff, Staff.id == Nomination.staff_id)
        .outerjoin(TnaNeed, TnaNeed.id == Nomination.need_id)
        .outerjoin(Competency, Competency.code == TnaNeed.competency_code)
        .where(Nomination.deleted.is_(False))
        .order_by(CourseSession.starts_on, Course.code, Nomination.nominated_on, Nomination.id)
    )
    if filters.get("member_code"):
        query = query.where(Nomination.member_code == filters["member_code"])
    if filters.get("session_id"):
        query = query.where(Nomination.session_id == filters["session_id"])
    if filters.get("activity_code"):
        query = query.where(Course.activity_code == filters["activity_code"])
    if filters.get("staff_id"):
        query = query.where(Nomination.staff_id == filters["staff_id"])
    if filters.get("id"):
        query = query.where(Nomination.id == filters["id"])
    rows = session.execute(query).all()
    positions = _waitlist_positions(session, {row[0].session_id for row in rows})
    result = []
    for (
        n,
        starts,
        ends,
        code,
        title,
        title_fr,
        activity,
        number,
        name,
        comp,
        band,
        comp_name,
    ) in rows:
        need = f"{comp_name or comp} ({band})" if comp else None
        result.append(
            NominationInfo(
                n.id, n.member_code, n.session_id, code, title, title_fr, activity, starts, ends,
                n.staff_id, number, name, n.reason, n.need_id, need, n.nominated_on, n.status,
                n.decided_on, n.attendance, n.result, n.certificate_ref, positions.get(n.id),
            )
        )  # fmt: skip
    return result


def _info(session: Session, nomination_id: str) -> NominationInfo:
    [found] = _nominations(session, id=nomination_id)
    return found


def _live(session: Session, nomination_id: str) -> Nomination:
    row = session.get(Nomination, nomination_id)
    if row is None or row.deleted:
        raise InvalidInput(_("This nomination does not exist (any more)."), field="nomination")
    return row


# Staff ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffChoice:
    id: str
    staff_number: str | None
    full_name: str | None
    status: str

    def label(self) -> str:
        return f"{self.full_name or '?'} ({self.staff_number or '-'})"


def staff_choices(store: Store, member_code: str | None = None) -> list[StaffChoice]:
    """The staff in post of the member, by name (for pickers)."""
    with store.read() as session:
        member = member_code or _member(session)
        rows = session.execute(
            select(Staff.id, Staff.staff_number, Staff.full_name, Staff.status)
            .where(
                Staff.member_code == member,
                Staff.deleted.is_(False),
                Staff.status != StaffStatus.LEFT.value,
            )
            .order_by(Staff.full_name, Staff.staff_number)
        ).all()
    return [StaffChoice(*row) for row in rows]


def _member(session: Session) -> str:
    installation = session.get(Installation, 1)
    if installation is None or installation.role != Role.MEMBER.value:
        raise InvalidInput(
            _(
                "Nominations are made by a member administration's installation; the Secretariat "
                "confirms, waitlists or declines them."
            ),
            field="role",
        )
    assert installation.member_code is not None
    return installation.member_code


def staff_id_by_number(store: Store, number: str, member_code: str | None = None) -> str:
    """The staff member with this staff number (refused if none or several)."""
    with store.read() as session:
        member = member_code or _member(session)
        ids = list(
            session.scalars(
                select(Staff.id).where(
                    Staff.member_code == member,
                    Staff.staff_number == number.strip(),
                    Staff.deleted.is_(False),
                )
            )
        )
    if not ids:
        raise InvalidInput(
            _("No staff member has the number {number}.").format(number=number), field="staff"
        )
    if len(ids) > 1:
        raise InvalidInput(
            _("{length} staff members share the number {number}: correct the roster first.").format(
                length=len(ids), number=number
            ),
            field="staff",
        )
    return ids[0]


# Member: nominate, withdraw, outcome ----------------------------------------------------------


def _clean(value: str | None, limit: int, field: str) -> str | None:
    text = (value or "").strip()
    if len(text) > limit:
        raise InvalidInput(
            _("This text is {length} characters long; use at most {limit}.").format(
                length=len(text), limit=limit
            ),
            field=field,
        )
    return text or None


def nominate(
    store: Store,
    session_id: str,
    staff_id: str,
    reason: str,
    actor: Actor,
    *,
    need_id: str | None = None,
    today: dt.date | None = None,
) -> NominationInfo:
    """Nominate a staff member to a session. Beyond the seats, the nomination is waitlisted."""
    day = today or dt.date.today()
    with store.write() as session:
        member = _member(session)
        person = session.get(Staff, staff_id)
        if person is None or person.deleted or person.member_code != member:
            raise InvalidInput(_("This staff member is not on your roster."), field="staff")
        who = person.full_name or person.staff_number or _("This person")
        if person.status == StaffStatus.LEFT.value:
            if person.left_on:
                left = _(
                    "{who} left the administration on {day}: only staff in post can be nominated."
                ).format(who=who, day=format_date(person.left_on, short=True))
            else:
                left = _(
                    "{who} left the administration: only staff in post can be nominated."
                ).format(who=who)
            raise InvalidInput(
                left,
                field="staff",
            )
        target = live_session(session, session_id)
        live_course(session, target.course_id)
        refusal = nomination_refusal(target, day)
        if refusal:
            raise InvalidInput(refusal, field="session")
        text = _clean(reason, MAX_TEXT, "reason")
        if text is None:
            raise InvalidInput(
                _("Give the reason for this nomination (what the person will bring back)."),
                field="reason",
            )
        if need_id:
            need = session.get(TnaNeed, need_id)
            if need is None or need.deleted or need.member_code != member:
                raise InvalidInput(_("This training need is not one of yours."), field="need")
        earlier = session.scalars(
            select(Nomination).where(
                Nomination.session_id == session_id,
                Nomination.staff_id == staff_id,
                Nomination.deleted.is_(False),
            )
        ).all()
        for row in earlier:
            if row.status in ACTIVE:
                raise InvalidInput(
                    _("{who} is already nominated to this session ({status}).").format(
                        who=who, status=row.status
                    ),
                    field="staff",
                )
            if row.status == NominationStatus.DECLINED.value:
                raise InvalidInput(
                    _(
                        "The Secretariat declined {who} for this session; choose another session."
                    ).format(who=who),
                    field="staff",
                )
        taken = session.scalar(
            select(func.count())
            .select_from(Nomination)
            .where(
                Nomination.session_id == session_id,
                Nomination.deleted.is_(False),
                Nomination.status.in_(HOLDING),
            )
        )
        status = (
            NominationStatus.WAITLISTED
            if (taken or 0) >= target.seats
            else NominationStatus.NOMINATED
        )
        values = {
            "member_code": member,
            "session_id": session_id,
            "staff_id": staff_id,
            "reason": text,
            "need_id": need_id or None,
            "nominated_on": day,
            "status": status.value,
            "decided_on": None,
            "attendance": None,
            "result": None,
            "certificate_ref": None,
        }
        if earlier:  # withdrawn before: the same row comes back
            row = earlier[0]
            for name, value in values.items():
                setattr(row, name, value)
        else:
            row = Nomination(**values)
            session.add(row)
        session.flush()
        changes = [audit.Change(k, None, v) for k, v in values.items() if v is not None]
        audit.record(session, actor, Action.CREATE, "nomination", row.id, changes)
        return _info(session, row.id)


def withdraw(
    store: Store, nomination_id: str, actor: Actor, *, today: dt.date | None = None
) -> NominationInfo:
    """Withdraw a nomination. If that frees a seat, the first of your waitlisted nominations
    the Secretariat has not decided on moves up to "nominated"."""
    day = today or dt.date.today()
    with store.write() as session:
        member = _member(session)
        row = _live(session, nomination_id)
        if row.member_code != member:
            raise InvalidInput(
                _("This nomination is another administration's."), field="nomination"
            )
        if row.status in (NominationStatus.WITHDRAWN.value, NominationStatus.DECLINED.value):
            raise InvalidInput(
                _("This nomination is already {status}.").format(status=row.status), field="status"
            )
        target = live_session(session, row.session_id)
        if row.attendance or row.result:
            raise InvalidInput(
                _("The outcome of this nomination is recorded: it cannot be withdrawn."),
                field="status",
            )
        freed = row.status in HOLDING
        old = row.status
        row.status = NominationStatus.WITHDRAWN.value
        audit.record(
            session, actor, Action.UPDATE, "nomination", row.id,
            [audit.Change("status", old, row.status)],
        )  # fmt: skip
        if freed and target.starts_on > day:
            _promote(session, target, member, actor)
        return _info(session, row.id)


def _promote(session: Session, target: CourseSession, member: str, actor: Actor) -> None:
    session.flush()
    taken = session.scalar(
        select(func.count())
        .select_from(Nomination)
        .where(
            Nomination.session_id == target.id,
            Nomination.deleted.is_(False),
            Nomination.status.in_(HOLDING),
        )
    )
    if (taken or 0) >= target.seats:
        return
    first = session.scalars(
        select(Nomination)
        .where(
            Nomination.session_id == target.id,
            Nomination.deleted.is_(False),
            Nomination.status == NominationStatus.WAITLISTED.value,
            Nomination.member_code == member,
            Nomination.decided_on.is_(None),
        )
        .order_by(Nomination.nominated_on, Nomination.id)
        .limit(1)
    ).first()
    if first is not None:
        first.status = NominationStatus.NOMINATED.value
        audit.record(
            session, actor, Action.UPDATE, "nomination", first.id,
            [audit.Change("status", NominationStatus.WAITLISTED.value, first.status)],
        )  # fmt: skip


def record_outcome(
    store: Store,
    nomination_id: str,
    actor: Actor,
    *,
    attendance: str | None,
    result: str | None = None,
    certificate_ref: str | None = None,
    today: dt.date | None = None,
) -> NominationInfo:
    """Record whether the person attended, the result and the certificate reference; only
    once the session has started, and not for a withdrawn or declined nomination."""
    day = today or dt.date.today()
    with store.write() as session:
        row = _live(session, nomination_id)
        if role_of(session) is Role.MEMBER and row.member_code != _member(session):
            raise InvalidInput(
                _("This nomination is another administration's."), field="nomination"
            )
        target = live_session(session, row.session_id)
        if target.starts_on > day:
            raise InvalidInput(
                _(
                    "The session starts on {starts_on}: record attendance and results once it has "
                    "started."
                ).format(starts_on=format_date(target.starts_on, short=True)),
                field="attendance",
            )
        if row.status in (NominationStatus.WITHDRAWN.value, NominationStatus.DECLINED.value):
            raise InvalidInput(
                _("This nomination was {status}: there is no attendance to record.").format(
                    status=row.status
                ),
                field="status",
            )
        if attendance is not None and attendance not in {a.value for a in Attendance}:
            raise InvalidInput(_("Attendance is attended, partial or absent."), field="attendance")
        if result is not None and result not in {r.value for r in CourseResult}:
            raise InvalidInput(_("The result is completed, passed or failed."), field="result")
        if result is not None and attendance is None:
            raise InvalidInput(_("Record the attendance with the result."), field="attendance")
        if attendance == Attendance.ABSENT.value and result in ("completed", "passed"):
            raise InvalidInput(
                _("An absent participant cannot have completed or passed the course."),
                field="result",
            )
        certificate = _clean(certificate_ref, MAX_CERTIFICATE, "certificate_ref")
        if certificate and result not in ("completed", "passed"):
            raise InvalidInput(
                _("A certificate goes with a result of completed or passed."),
                field="certificate_ref",
            )
        values = {"attendance": attendance, "result": result, "certificate_ref": certificate}
        changes = audit.diff({k: getattr(row, k) for k in values}, values, values)
        for change in changes:
            setattr(row, change.field, change.new)
        if changes:
            audit.record(session, actor, Action.UPDATE, "nomination", row.id, changes)
        return _info(session, row.id)


# Secretariat: decide --------------------------------------------------------------------------


def decide(
    store: Store,
    nomination_ids: list[str],
    status: str,
    actor: Actor,
    *,
    today: dt.date | None = None,
) -> list[NominationInfo]:
    """Confirm, waitlist, decline (or set back to nominated) nominations, all or none: the
    confirmed places of a session never exceed its seats."""
    day = today or dt.date.today()
    try:
        wanted = NominationStatus(status)
    except ValueError:
        raise InvalidInput(
            _("Decide confirmed, waitlisted, declined or nominated."), field="status"
        ) from None
    if wanted not in DECISIONS:
        raise InvalidInput(
            _("Decide confirmed, waitlisted, declined or nominated."), field="status"
        )
    if not nomination_ids:
        raise InvalidInput(_("Choose at least one nomination."), field="nomination")
    with store.write() as session:
        require_secretariat(session, N_("confirm, waitlist or decline nominations"))
        rows = [_live(session, nomination_id) for nomination_id in dict.fromkeys(nomination_ids)]
        for row in rows:
            if row.status == NominationStatus.WITHDRAWN.value:
                raise InvalidInput(
                    _("A nomination in your choice was withdrawn by its administration."),
                    field="status",
                )
            if wanted is NominationStatus.CONFIRMED and row.status != wanted.value:
                target = live_session(session, row.session_id)
                confirmed = session.scalar(
                    select(func.count())
                    .select_from(Nomination)
                    .where(
                        Nomination.session_id == row.session_id,
                        Nomination.deleted.is_(False),
                        Nomination.status == NominationStatus.CONFIRMED.value,
                    )
                )
                if (confirmed or 0) >= target.seats:
                    raise InvalidInput(
                        _(
                            "All {seats} places of this session are confirmed: waitlist or "
                            "decline the others, or add seats to the session."
                        ).format(seats=target.seats),
                        field="status",
                    )
            if row.status != wanted.value:
                old = row.status
                row.status = wanted.value
                row.decided_on = day
                audit.record(
                    session, actor, Action.UPDATE, "nomination", row.id,
                    [audit.Change("status", old, row.status),
                     audit.Change("decided_on", None, day)],
                )  # fmt: skip
                session.flush()
        return [_info(session, row.id) for row in rows]
