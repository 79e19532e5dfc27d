"""Helpers for the programme tests: staff on a roster, and a course with a session as they
arrive from the Secretariat (written straight into the store)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from oco_desktop.services.audit import make_actor
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Office, Position, Staff
from oco_desktop.store.programme_models import Course, CourseSession

ACTOR = make_actor("Mele Tupou", "mtupou")
TODAY = dt.date(2026, 6, 1)


def add_staff(store: Store, member: str = "TO", count: int = 5) -> list[str]:
    with store.write() as session:
        office = session.scalars(select(Office).where(Office.member_code == member)).first()
        position = Position(member_code=member, title="Customs Officer", tier="T2")
        session.add(position)
        session.flush()
        people = [
            Staff(
                member_code=member,
                staff_number=f"{member}-{n:04d}",
                full_name=f"Person {n}",
                sex="F" if n % 2 else "M",
                position_id=position.id,
                office_id=office.id if office else None,
            )
            for n in range(1, count + 1)
        ]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def published_session(
    store: Store,
    *,
    code: str = "FLS",
    activity: str = "P1.1.4",
    starts_in: int = 30,
    length: int = 3,
    seats: int = 2,
    apply_by_in: int | None = 10,
    status: str = "open",
    today: dt.date = TODAY,
) -> str:
    """A course (made if new) and one session of it; returns the session id."""
    with store.write() as session:
        course = session.scalars(select(Course).where(Course.code == code)).first()
        if course is None:
            course = Course(code=code, title=f"Course {code}", activity_code=activity)
            session.add(course)
            session.flush()
        starts = today + dt.timedelta(days=starts_in)
        row = CourseSession(
            course_id=course.id,
            starts_on=starts,
            ends_on=starts + dt.timedelta(days=length - 1),
            apply_by=None if apply_by_in is None else today + dt.timedelta(days=apply_by_in),
            venue="Suva",
            seats=seats,
            status=status,
        )
        session.add(row)
        session.flush()
        return row.id
