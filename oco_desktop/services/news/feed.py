"""News from the OCO Secretariat: notices and regional events written in Suva (Secretariat
installations only) that reach every member with the Secretariat's next sync bundle.

An item has an English title and body, and may have French ones (English is shown where French
is missing), a place and event dates, and links to one of the programme's activities and to a
course session. Withdrawing an item is its tombstone: it leaves the members' lists at their next
import. Which items this office has read is kept here only (news_read is not synced).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oco_desktop.domain import news as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import SessionStatus
from oco_desktop.domain.roster import Role
from oco_desktop.domain.text import fold
from oco_desktop.language import N_, _
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.programme.courses import nomination_refusal, role_of
from oco_desktop.store.engine import Store
from oco_desktop.store.news_models import NewsItem, NewsRead
from oco_desktop.store.programme_models import Course, CourseSession
from oco_desktop.store.tna_reference import programme_activities

FIRST_YEAR, LAST_YEAR = 2000, 2100
FIELD_NAMES = {
    "title": N_("The title"),
    "title_fr": N_("The French title"),
    "body": N_("The text"),
    "body_fr": N_("The French text"),
    "place": N_("The place"),
}
DRAFT_FIELDS = (
    "title",
    "body",
    "published_on",
    "title_fr",
    "body_fr",
    "place",
    "starts_on",
    "ends_on",
    "activity_code",
    "session_id",
)


@dataclass(frozen=True)
class NewsDraft:
    title: str
    body: str
    published_on: dt.date | None = None  # today when not given
    title_fr: str | None = None
    body_fr: str | None = None
    place: str | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    activity_code: str | None = None
    session_id: str | None = None


@dataclass(frozen=True)
class LinkedSession:
    """The course session an item points to, and whether it takes nominations today."""

    id: str
    course_code: str
    course_title: str
    course_title_fr: str | None
    activity_code: str | None
    starts_on: dt.date
    ends_on: dt.date
    apply_by: dt.date | None
    venue: str | None
    online: bool
    status: str
    refusal: str | None  # why it takes no nomination today; None when it does

    @property
    def open_for_nominations(self) -> bool:
        return self.refusal is None

    def course_name(self, language: str) -> str:
        return (
            self.course_title_fr if language == "fr" and self.course_title_fr else self.course_title
        )


@dataclass(frozen=True)
class NewsEntry:
    id: str
    published_on: dt.date
    title: str
    title_fr: str | None
    body: str
    body_fr: str | None
    place: str | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    activity_code: str | None
    activity_title: str | None
    activity_title_fr: str | None
    session: LinkedSession | None
    read: bool

    def title_in(self, language: str) -> str:
        return self.title_fr if language == "fr" and self.title_fr else self.title

    def body_in(self, language: str) -> str:
        return self.body_fr if language == "fr" and self.body_fr else self.body

    def translated(self, language: str) -> bool:
        """Whether the text reads in `language` (English always does; a French title alone
        leaves the text in English)."""
        return language != "fr" or bool(self.body_fr)

    def activity_name(self, language: str) -> str | None:
        if self.activity_code is None:
            return None
        title = self.activity_title_fr if language == "fr" else None
        title = title or self.activity_title
        return f"{self.activity_code} {title}" if title else self.activity_code

    def draft(self) -> NewsDraft:
        return NewsDraft(
            **{name: getattr(self, name) for name in DRAFT_FIELDS if name != "session_id"},
            session_id=self.session.id if self.session else None,
        )

    def as_dict(self) -> dict[str, object]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "session"}
        data["session"] = (
            None
            if self.session is None
            else {
                "id": self.session.id,
                "course_code": self.session.course_code,
                "starts_on": self.session.starts_on,
                "ends_on": self.session.ends_on,
                "open_for_nominations": self.session.open_for_nominations,
            }
        )
        return data


# Validation ----------------------------------------------------------------------------------


def require_secretariat(session: Session, what: str) -> None:
    if role_of(session) is not Role.SECRETARIAT:
        raise InvalidInput(
            _(
                "Only the OCO Secretariat can {what}: news is written in Suva and reaches this "
                "installation in the Secretariat's sync bundles."
            ).format(what=_(what)),
            field="role",
        )


def is_secretariat(store: Store) -> bool:
    with store.read() as session:
        return role_of(session) is Role.SECRETARIAT


def require_secretariat_store(store: Store, what: str) -> None:
    """Refuse early on a member installation (before looking anything up)."""
    with store.read() as session:
        require_secretariat(session, what)


def _line(value: str | None, field: str, limit: int, *, required: str | None = None) -> str | None:
    text = rules.tidy_line(value)
    if not text:
        if required:
            raise InvalidInput(required, field=field)
        return None
    _plain(text, field)
    if len(text) > limit:
        raise InvalidInput(
            _("{field} is {length} characters long; use at most {limit}.").format(
                field=_(FIELD_NAMES[field]), length=len(text), limit=limit
            ),
            field=field,
        )
    return text


def _body(value: str | None, field: str, *, required: str | None = None) -> str | None:
    text = rules.tidy_body(value)
    if not text:
        if required:
            raise InvalidInput(required, field=field)
        return None
    _plain(text, field)
    if len(text) > rules.MAX_BODY:
        raise InvalidInput(
            _(
                "{field} is {length} characters long; a news item holds at most {most}. "
                "Shorten it or split it into two items."
            ).format(field=_(FIELD_NAMES[field]), length=len(text), most=rules.MAX_BODY),
            field=field,
        )
    return text


def _plain(text: str, field: str) -> None:
    bad = rules.control_character(text)
    if bad is not None:
        raise InvalidInput(
            _("{field} holds a control character ({bad}): retype it as plain text.").format(
                field=_(FIELD_NAMES[field]), bad=bad
            ),
            field=field,
        )


def _year_ok(day: dt.date | None) -> bool:
    return day is None or FIRST_YEAR <= day.year <= LAST_YEAR


def activity_titles(session: Session) -> dict[str, tuple[str, str | None]]:
    """Code -> (English title, French title) of the programme's activities (published or
    shipped programme file)."""
    return {a.code: (a.title, a.title_fr or None) for a in programme_activities(session)}


def _values(session: Session, draft: NewsDraft, today: dt.date) -> dict[str, object]:
    published = draft.published_on or today
    for day, field in (
        (published, "published_on"),
        (draft.starts_on, "starts_on"),
        (draft.ends_on, "ends_on"),
    ):
        if day is not None and not isinstance(day, dt.date):
            raise InvalidInput(_("Give the date as YYYY-MM-DD."), field=field)
        if not _year_ok(day):
            raise InvalidInput(
                _("Give a date between {first} and {last}.").format(
                    first=FIRST_YEAR, last=LAST_YEAR
                ),
                field=field,
            )
    if draft.ends_on is not None and draft.starts_on is None:
        raise InvalidInput(
            _("Give the first day of the event as well as the last."), field="starts_on"
        )
    if (
        draft.ends_on is not None
        and draft.starts_on is not None
        and draft.ends_on < draft.starts_on
    ):
        raise InvalidInput(_("The event cannot end before it starts."), field="ends_on")
    activity = (draft.activity_code or "").strip().upper() or None
    if activity is not None and activity not in activity_titles(session):
        raise InvalidInput(
            _(
                "'{activity}' is not an activity of the programme: use a code from P1.1.1 to "
                "P1.3.2 (`oco-desktop programme tree` lists them)."
            ).format(activity=activity),
            field="activity_code",
        )
    session_id = (draft.session_id or "").strip() or None
    if session_id is not None:
        row = session.get(CourseSession, session_id)
        if row is None or row.deleted:
            raise InvalidInput(_("This course session does not exist (any more)."), field="session")
        if row.status == SessionStatus.CANCELLED.value:
            raise InvalidInput(
                _("This course session was cancelled: link the item to another session."),
                field="session",
            )
    return {
        "published_on": published,
        "title": _line(draft.title, "title", rules.MAX_TITLE, required=_("Give the item a title.")),
        "title_fr": _line(draft.title_fr, "title_fr", rules.MAX_TITLE),
        "body": _body(draft.body, "body", required=_("Write the text of the item in English.")),
        "body_fr": _body(draft.body_fr, "body_fr"),
        "place": _line(draft.place, "place", rules.MAX_PLACE),
        "starts_on": draft.starts_on,
        "ends_on": draft.ends_on,
        "activity_code": activity,
        "session_id": session_id,
    }


def _live(session: Session, news_id: str) -> NewsItem:
    row = session.get(NewsItem, news_id)
    if row is None or row.deleted:
        raise InvalidInput(_("This news item does not exist or was withdrawn."), field="news")
    return row


# Reading -------------------------------------------------------------------------------------


def _entries(session: Session, rows: list[NewsItem], today: dt.date) -> list[NewsEntry]:
    titles = activity_titles(session) if any(r.activity_code for r in rows) else {}
    wanted = {r.session_id for r in rows if r.session_id}
    sessions: dict[str, LinkedSession] = {}
    if wanted:
        for found, course in session.execute(
            select(CourseSession, Course)
            .join(Course, CourseSession.course_id == Course.id)
            .where(CourseSession.id.in_(wanted), CourseSession.deleted.is_(False))
        ):
            refusal = nomination_refusal(found, today)
            if course.deleted:
                refusal = "This course was withdrawn."
            sessions[found.id] = LinkedSession(
                found.id, course.code, course.title, course.title_fr, course.activity_code,
                found.starts_on, found.ends_on, found.apply_by, found.venue, found.online,
                found.status, refusal,
            )  # fmt: skip
    read = set(
        session.scalars(select(NewsRead.news_id).where(NewsRead.news_id.in_([r.id for r in rows])))
    )
    entries = []
    for row in rows:
        activity = titles.get(row.activity_code or "")
        entries.append(
            NewsEntry(
                id=row.id,
                published_on=row.published_on,
                title=row.title,
                title_fr=row.title_fr,
                body=row.body,
                body_fr=row.body_fr,
                place=row.place,
                starts_on=row.starts_on,
                ends_on=row.ends_on,
                activity_code=row.activity_code,
                activity_title=activity[0] if activity else None,
                activity_title_fr=activity[1] if activity else None,
                session=sessions.get(row.session_id or ""),
                read=row.id in read,
            )
        )
    return entries


def list_news(
    store: Store,
    *,
    unread_only: bool = False,
    search: str = "",
    limit: int | None = None,
    today: dt.date | None = None,
) -> list[NewsEntry]:
    """Live items, newest first; `search` matches words in either language, accents and case
    aside (every word must be found)."""
    words = fold(search).split()
    with store.read() as session:
        query = (
            select(NewsItem)
            .where(NewsItem.deleted.is_(False))
            .order_by(NewsItem.published_on.desc(), NewsItem.id.desc())
        )
        if unread_only:
            query = query.where(NewsItem.id.not_in(select(NewsRead.news_id)))
        if limit is not None and not words:
            query = query.limit(limit)
        rows = list(session.scalars(query))
        if words:
            rows = [row for row in rows if _matches(row, words)][:limit]
        return _entries(session, rows, today or dt.date.today())


def _matches(row: NewsItem, words: list[str]) -> bool:
    haystack = fold(
        " ".join(
            text or ""
            for text in (
                row.title,
                row.title_fr,
                row.body,
                row.body_fr,
                row.place,
                row.activity_code,
            )
        )
    )
    return all(word in haystack for word in words)


def news_entry(store: Store, news_id: str, today: dt.date | None = None) -> NewsEntry:
    with store.read() as session:
        return _entries(session, [_live(session, news_id)], today or dt.date.today())[0]


def unread_count(store: Store) -> int:
    with store.read() as session:
        unread = session.scalar(
            select(func.count())
            .select_from(NewsItem)
            .where(NewsItem.deleted.is_(False), NewsItem.id.not_in(select(NewsRead.news_id)))
        )
        return unread or 0  # a count always has a row; the type cannot know it


def mark_read(store: Store, news_ids: list[str]) -> int:
    """Mark these items read at this office; returns how many were unread. Local only."""
    with store.write() as session:
        known = set(
            session.scalars(
                select(NewsItem.id).where(NewsItem.id.in_(news_ids), NewsItem.deleted.is_(False))
            )
        )
        already = set(session.scalars(select(NewsRead.news_id).where(NewsRead.news_id.in_(known))))
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        session.add_all(NewsRead(news_id=news_id, read_at=now) for news_id in known - already)
        return len(known - already)


# Writing (Secretariat) -----------------------------------------------------------------------


def add_news(
    store: Store, draft: NewsDraft, actor: Actor, today: dt.date | None = None
) -> NewsEntry:
    day = today or dt.date.today()
    with store.write() as session:
        require_secretariat(session, N_("publish news"))
        values = _values(session, draft, day)
        row = NewsItem(**values)
        session.add(row)
        session.flush()
        changes = [audit.Change(k, None, v) for k, v in values.items() if v is not None]
        audit.record(session, actor, Action.CREATE, "news_item", row.id, changes)
        # The office that wrote the item has read it (read marks stay here: not synced).
        session.add(NewsRead(news_id=row.id, read_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
        session.flush()
        return _entries(session, [row], day)[0]


def edit_news(
    store: Store, news_id: str, draft: NewsDraft, actor: Actor, today: dt.date | None = None
) -> NewsEntry:
    day = today or dt.date.today()
    with store.write() as session:
        require_secretariat(session, N_("change news"))
        row = _live(session, news_id)
        values = _values(session, draft, day)
        if draft.published_on is None:
            values["published_on"] = row.published_on  # an edit keeps the item's date
        changes = audit.diff({k: getattr(row, k) for k in values}, values, values)
        for change in changes:
            setattr(row, change.field, change.new)
        if changes:
            audit.record(session, actor, Action.UPDATE, "news_item", row.id, changes)
        return _entries(session, [row], day)[0]


def withdraw_news(store: Store, news_id: str, actor: Actor) -> str:
    """Withdraw an item: it leaves every member's list at their next import. Returns its title."""
    with store.write() as session:
        require_secretariat(session, N_("withdraw news"))
        row = _live(session, news_id)
        row.deleted = True
        audit.record(session, actor, Action.DELETE, "news_item", row.id)
        return row.title
