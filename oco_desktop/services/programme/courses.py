"""Courses and their sessions, published by the OCO Secretariat: creating, editing and
cancelling them (Secretariat installations only), and the list of sessions with the seats taken.

Courses and sessions have no member code: they travel to every member in the sync bundles, so
a member sees them offline and nominates its staff (services.programme.tree). The seats "taken" are
the nominations this installation knows: on a member's installation its own, on the
Secretariat's those of every member that has sent a bundle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import (
    MAX_SEATS,
    MAX_TEXT,
    MAX_TITLE,
    CourseLanguage,
    CourseMode,
    NominationStatus,
    SessionStatus,
)
from oco_desktop.domain.roster import Role
from oco_desktop.language import N_, _, pgettext
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Installation
from oco_desktop.store.programme_models import Course, CourseSession, Nomination
from oco_desktop.store.tna_reference import programme_activities

MAX_CODE = 32
MAX_VENUE = 200
COURSE_FIELDS = (
    "code",
    "title",
    "title_fr",
    "activity_code",
    "provider",
    "mode",
    "language",
    "audience",
    "description",
)
SESSION_FIELDS = (
    "course_id",
    "starts_on",
    "ends_on",
    "apply_by",
    "venue",
    "online",
    "seats",
    "language",
    "status",
)
# Nominations that hold a seat (waitlisted ones wait for one).
HOLDING = (NominationStatus.NOMINATED.value, NominationStatus.CONFIRMED.value)


@dataclass(frozen=True)
class CourseDraft:
    code: str
    title: str
    title_fr: str | None = None
    activity_code: str | None = None
    provider: str | None = None
    mode: str = CourseMode.IN_PERSON.value
    language: str = CourseLanguage.EN.value
    audience: str | None = None  # who may apply
    description: str | None = None


@dataclass(frozen=True)
class CourseInfo:
    id: str
    code: str
    title: str
    title_fr: str | None
    activity_code: str | None
    provider: str | None
    mode: str
    language: str
    audience: str | None
    description: str | None
    sessions: int = 0

    def name(self, language: str) -> str:
        return self.title_fr if language == "fr" and self.title_fr else self.title

    def draft(self) -> CourseDraft:
        return CourseDraft(**{name: getattr(self, name) for name in COURSE_FIELDS})


@dataclass(frozen=True)
class SessionDraft:
    course_id: str
    starts_on: dt.date
    ends_on: dt.date
    seats: int
    apply_by: dt.date | None = None
    venue: str | None = None
    online: bool = False
    language: str = CourseLanguage.EN.value
    status: str = SessionStatus.OPEN.value


@dataclass(frozen=True)
class SessionInfo:
    """A session with its course and the seats as this installation knows them."""

    id: str
    course_id: str
    course_code: str
    course_title: str
    course_title_fr: str | None
    activity_code: str | None
    starts_on: dt.date
    ends_on: dt.date
    apply_by: dt.date | None
    venue: str | None
    online: bool
    seats: int
    language: str
    status: str
    taken: int = 0  # nominated or confirmed
    confirmed: int = 0
    waitlisted: int = 0

    @property
    def left(self) -> int:
        return max(0, self.seats - self.taken)

    def course_name(self, language: str) -> str:
        return (
            self.course_title_fr if language == "fr" and self.course_title_fr else self.course_title
        )

    def place(self) -> str:
        """Where it happens, in the app's language: the venue, "online", or both."""
        if self.online and self.venue:
            return pgettext("session place", "{venue} + online").format(venue=self.venue)
        return pgettext("session place", "online") if self.online else (self.venue or "")

    def open_for_nominations(self, today: dt.date) -> bool:
        return nomination_refusal(self, today) is None

    def draft(self) -> SessionDraft:
        return SessionDraft(**{name: getattr(self, name) for name in SESSION_FIELDS})


def nomination_refusal(session: SessionInfo | CourseSession, today: dt.date) -> str | None:
    """Why this session takes no nomination today, or None if it does."""
    if session.status == SessionStatus.CANCELLED.value:
        return "This session was cancelled: choose another session."
    if session.ends_on < today:
        return f"This session ended on {session.ends_on:%d %b %Y}: choose a coming session."
    if session.starts_on <= today:
        return f"This session started on {session.starts_on:%d %b %Y}: choose a coming session."
    if session.status in (SessionStatus.CLOSED.value, SessionStatus.HELD.value):
        return "Nominations for this session are closed."
    if session.apply_by is not None and session.apply_by < today:
        return (
            f"Nominations for this session closed on {session.apply_by:%d %b %Y} "
            "(the apply-by date)."
        )
    return None


# Roles and reference --------------------------------------------------------------------------


def role_of(session: Session) -> Role:
    installation = session.get(Installation, 1)
    return Role(installation.role) if installation is not None else Role.MEMBER


def require_secretariat(session: Session, what: str) -> None:
    if role_of(session) is not Role.SECRETARIAT:
        raise InvalidInput(
            _(
                "Only the OCO Secretariat can {what}: courses and sessions are published in Suva "
                "and reach this installation in the Secretariat's sync bundles."
            ).format(what=_(what)),
            field="role",
        )


def activity_codes(session: Session) -> set[str]:
    """The activity codes of the programme as this installation uses it (published or shipped)."""
    return {a.code for a in programme_activities(session)}


# Validation -----------------------------------------------------------------------------------


def _text(value: str | None, field: str, limit: int, *, required: str | None = None) -> str | None:
    text = " ".join((value or "").split()) if limit <= MAX_TITLE else (value or "").strip()
    if not text:
        if required:
            raise InvalidInput(required, field=field)
        return None
    if len(text) > limit:
        raise InvalidInput(
            _("This text is {length} characters long; use at most {limit}.").format(
                length=len(text), limit=limit
            ),
            field=field,
        )
    return text


def _course_values(session: Session, draft: CourseDraft) -> dict[str, object]:
    code = _text(
        draft.code, "code", MAX_CODE, required=_("Give the course a short code, e.g. FLS-1.")
    )
    assert code is not None
    activity = (draft.activity_code or "").strip() or None
    if activity is not None and activity not in activity_codes(session):
        raise InvalidInput(
            _(
                "'{activity}' is not an activity of the programme: use a code such as P1.1.4."
            ).format(activity=activity),
            field="activity_code",
        )
    if draft.mode not in {m.value for m in CourseMode}:
        raise InvalidInput(_("Choose in person, online or blended."), field="mode")
    if draft.language not in {lang.value for lang in CourseLanguage}:
        raise InvalidInput(_("Choose English, French or both."), field="language")
    return {
        "code": code.upper(),
        "title": _text(draft.title, "title", MAX_TITLE, required=_("Give the course a title.")),
        "title_fr": _text(draft.title_fr, "title_fr", MAX_TITLE),
        "activity_code": activity,
        "provider": _text(draft.provider, "provider", MAX_TITLE),
        "mode": draft.mode,
        "language": draft.language,
        "audience": _text(draft.audience, "audience", MAX_TEXT),
        "description": _text(draft.description, "description", MAX_TEXT),
    }


def _session_values(draft: SessionDraft) -> dict[str, object]:
    if not isinstance(draft.starts_on, dt.date) or not isinstance(draft.ends_on, dt.date):
        raise InvalidInput(_("Give the first and the last day of the session."), field="starts_on")
    if draft.ends_on < draft.starts_on:
        raise InvalidInput(_("The session cannot end before it starts."), field="ends_on")
    if draft.apply_by is not None and draft.apply_by > draft.starts_on:
        raise InvalidInput(
            _("The apply-by date must be on or before the first day of the session."),
            field="apply_by",
        )
    seats = draft.seats
    if isinstance(seats, bool) or not isinstance(seats, int) or not 1 <= seats <= MAX_SEATS:
        raise InvalidInput(
            _("Give the number of seats, from 1 to {most}.").format(most=MAX_SEATS),
            field="seats",
        )
    venue = _text(draft.venue, "venue", MAX_VENUE)
    if venue is None and not draft.online:
        raise InvalidInput(_("Give the venue, or mark the session as online."), field="venue")
    if draft.language not in {lang.value for lang in CourseLanguage}:
        raise InvalidInput(_("Choose English, French or both."), field="language")
    if draft.status not in {s.value for s in SessionStatus}:
        raise InvalidInput(
            _("Choose a status: planned, open, closed, held or cancelled."), field="status"
        )
    return {
        "course_id": draft.course_id,
        "starts_on": draft.starts_on,
        "ends_on": draft.ends_on,
        "apply_by": draft.apply_by,
        "venue": venue,
        "online": bool(draft.online),
        "seats": seats,
        "language": draft.language,
        "status": draft.status,
    }


def live_course(session: Session, course_id: str) -> Course:
    row = session.get(Course, course_id)
    if row is None or row.deleted:
        raise InvalidInput(_("This course does not exist (any more)."), field="course")
    return row


def live_session(session: Session, session_id: str) -> CourseSession:
    row = session.get(CourseSession, session_id)
    if row is None or row.deleted:
        raise InvalidInput(_("This session does not exist (any more)."), field="session")
    return row


def _code_taken(session: Session, code: str, course_id: str | None) -> None:
    query = select(Course.id).where(Course.code == code, Course.deleted.is_(False))
    if course_id:
        query = query.where(Course.id != course_id)
    if session.scalar(query) is not None:
        raise InvalidInput(
            _("There is already a course with the code {code}.").format(code=code), field="code"
        )


# Courses --------------------------------------------------------------------------------------


def to_course(row: Course, sessions: int = 0) -> CourseInfo:
    return CourseInfo(
        id=row.id, sessions=sessions, **{name: getattr(row, name) for name in COURSE_FIELDS}
    )


def list_courses(store: Store) -> list[CourseInfo]:
    """Every live course by code, with its number of sessions (cancelled ones included)."""
    with store.read() as session:
        counts = dict(
            session.execute(
                select(CourseSession.course_id, func.count())
                .where(CourseSession.deleted.is_(False))
                .group_by(CourseSession.course_id)
            ).all()
        )
        rows = session.scalars(
            select(Course).where(Course.deleted.is_(False)).order_by(Course.code)
        )
        return [to_course(row, counts.get(row.id, 0)) for row in rows]


def create_course(store: Store, draft: CourseDraft, actor: Actor) -> CourseInfo:
    with store.write() as session:
        require_secretariat(session, N_("publish a course"))
        values = _course_values(session, draft)
        _code_taken(session, str(values["code"]), None)
        row = Course(**values)
        session.add(row)
        session.flush()
        changes = [audit.Change(k, None, v) for k, v in values.items() if v is not None]
        audit.record(session, actor, Action.CREATE, "course", row.id, changes)
        return to_course(row)


def update_course(store: Store, course_id: str, draft: CourseDraft, actor: Actor) -> CourseInfo:
    with store.write() as session:
        require_secretariat(session, N_("change a course"))
        row = live_course(session, course_id)
        values = _course_values(session, draft)
        _code_taken(session, str(values["code"]), course_id)
        changes = audit.diff({k: getattr(row, k) for k in values}, values, values)
        for change in changes:
            setattr(row, change.field, change.new)
        if changes:
            audit.record(session, actor, Action.UPDATE, "course", row.id, changes)
        return to_course(row)


def remove_course(store: Store, course_id: str, actor: Actor) -> None:
    """Withdraw a course from the programme: refused while one of its sessions has
    nominations (cancel the sessions instead, so the members see why)."""
    with store.write() as session:
        require_secretariat(session, N_("remove a course"))
        row = live_course(session, course_id)
        sessions = list(
            session.scalars(
                select(CourseSession).where(
                    CourseSession.course_id == course_id, CourseSession.deleted.is_(False)
                )
            )
        )
        nominated = session.scalar(
            select(func.count())
            .select_from(Nomination)
            .where(
                Nomination.session_id.in_([s.id for s in sessions]),
                Nomination.deleted.is_(False),
            )
        )
        if nominated:
            raise InvalidInput(
                _(
                    "{code} has sessions with {nominated} nominations: cancel its sessions "
                    "instead, so the members see what happened."
                ).format(code=row.code, nominated=nominated),
                field="course",
            )
        for item in sessions:
            item.deleted = True
        row.deleted = True
        audit.record(session, actor, Action.DELETE, "course", row.id)


# Sessions -------------------------------------------------------------------------------------


def _session_info(row: CourseSession, course: Course, counts: dict[str, int]) -> SessionInfo:
    return SessionInfo(
        id=row.id,
        course_id=course.id,
        course_code=course.code,
        course_title=course.title,
        course_title_fr=course.title_fr,
        activity_code=course.activity_code,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        apply_by=row.apply_by,
        venue=row.venue,
        online=row.online,
        seats=row.seats,
        language=row.language,
        status=row.status,
        taken=counts.get(NominationStatus.NOMINATED.value, 0)
        + counts.get(NominationStatus.CONFIRMED.value, 0),
        confirmed=counts.get(NominationStatus.CONFIRMED.value, 0),
        waitlisted=counts.get(NominationStatus.WAITLISTED.value, 0),
    )


def _seat_counts(session: Session, session_ids: list[str] | None) -> dict[str, dict[str, int]]:
    query = (
        select(Nomination.session_id, Nomination.status, func.count())
        .where(Nomination.deleted.is_(False))
        .group_by(Nomination.session_id, Nomination.status)
    )
    if session_ids is not None:
        query = query.where(Nomination.session_id.in_(session_ids))
    counts: dict[str, dict[str, int]] = {}
    for session_id, status, count in session.execute(query):
        counts.setdefault(session_id, {})[status] = count
    return counts


def list_sessions(
    store: Store,
    *,
    today: dt.date | None = None,
    upcoming_only: bool = False,
    course_id: str | None = None,
    activity_code: str | None = None,
) -> list[SessionInfo]:
    """Sessions in date order with their seats. `upcoming_only`: those not yet started and
    not cancelled."""
    day = today or dt.date.today()
    with store.read() as session:
        query = (
            select(CourseSession, Course)
            .join(Course, Course.id == CourseSession.course_id)
            .where(CourseSession.deleted.is_(False), Course.deleted.is_(False))
            .order_by(CourseSession.starts_on, Course.code)
        )
        if upcoming_only:
            query = query.where(
                CourseSession.starts_on > day,
                CourseSession.status != SessionStatus.CANCELLED.value,
            )
        if course_id:
            query = query.where(CourseSession.course_id == course_id)
        if activity_code:
            query = query.where(Course.activity_code == activity_code)
        rows = session.execute(query).all()
        counts = _seat_counts(session, [row.id for row, _ in rows] if len(rows) < 500 else None)
        return [_session_info(row, course, counts.get(row.id, {})) for row, course in rows]


def session_info(store: Store, session_id: str) -> SessionInfo:
    with store.read() as session:
        row = live_session(session, session_id)
        course = live_course(session, row.course_id)
        return _session_info(row, course, _seat_counts(session, [row.id]).get(row.id, {}))


def create_session(store: Store, draft: SessionDraft, actor: Actor) -> SessionInfo:
    with store.write() as session:
        require_secretariat(session, N_("publish a session"))
        course = live_course(session, draft.course_id)
        values = _session_values(draft)
        row = CourseSession(**values)
        session.add(row)
        session.flush()
        changes = [audit.Change(k, None, v) for k, v in values.items() if v is not None]
        audit.record(session, actor, Action.CREATE, "course_session", row.id, changes)
        return _session_info(row, course, {})


def update_session(store: Store, session_id: str, draft: SessionDraft, actor: Actor) -> SessionInfo:
    """Change a session's dates, place, seats, language or status. Seats cannot go below the
    places already confirmed."""
    with store.write() as session:
        require_secretariat(session, N_("change a session"))
        row = live_session(session, session_id)
        course = live_course(session, draft.course_id)
        values = _session_values(draft)
        counts = _seat_counts(session, [row.id]).get(row.id, {})
        confirmed = counts.get(NominationStatus.CONFIRMED.value, 0)
        seats = values["seats"]
        assert isinstance(seats, int)  # _session_values checked it
        if seats < confirmed:
            raise InvalidInput(
                _(
                    "{confirmed} places are already confirmed: give at least {confirmed} seats, "
                    "or decline someone first."
                ).format(confirmed=confirmed),
                field="seats",
            )
        changes = audit.diff({k: getattr(row, k) for k in values}, values, values)
        for change in changes:
            setattr(row, change.field, change.new)
        if changes:
            audit.record(session, actor, Action.UPDATE, "course_session", row.id, changes)
        return _session_info(row, course, counts)


def cancel_session(store: Store, session_id: str, actor: Actor) -> SessionInfo:
    """Mark the session cancelled; its nominations stay, so each member sees what happened."""
    with store.write() as session:
        require_secretariat(session, N_("cancel a session"))
        row = live_session(session, session_id)
        if row.status == SessionStatus.CANCELLED.value:
            raise InvalidInput(_("This session is already cancelled."), field="status")
        old = row.status
        row.status = SessionStatus.CANCELLED.value
        audit.record(
            session,
            actor,
            Action.UPDATE,
            "course_session",
            row.id,
            [audit.Change("status", old, row.status)],
        )
        course = live_course(session, row.course_id)
        return _session_info(row, course, _seat_counts(session, [row.id]).get(row.id, {}))
