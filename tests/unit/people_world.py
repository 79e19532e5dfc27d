"""Helpers for the people-development tests: a small roster with positions of every tier."""

from __future__ import annotations

from sqlalchemy import select

from oco_desktop.services.audit import make_actor
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Office, Position, Staff

ACTOR = make_actor("Mele Tupou", "mtupou")


def roster(store: Store, member: str = "TO", people: tuple = ()) -> dict[str, str]:
    """Staff number -> id. `people`: (number, tier, sex, status); by default eight people,
    T1-T4, the last one has left. Positions are titled "Position T1".. "Position T4"."""
    people = people or (
        (f"{member}-1", "T1", "F", "active"),
        (f"{member}-2", "T1", "M", "active"),
        (f"{member}-3", "T2", "F", "active"),
        (f"{member}-4", "T2", "M", "on_leave"),
        (f"{member}-5", "T3", "F", "active"),
        (f"{member}-6", "T3", "M", "active"),
        (f"{member}-7", "T4", "M", "active"),
        (f"{member}-8", "T2", "F", "left"),
    )
    with store.write() as session:
        office = session.scalars(select(Office).where(Office.member_code == member)).first()
        positions = {}
        for tier in ("T1", "T2", "T3", "T4"):
            position = Position(member_code=member, title=f"Position {tier}", tier=tier)
            session.add(position)
            positions[tier] = position
        session.flush()
        ids = {}
        for number, tier, sex, status in people:
            person = Staff(
                member_code=member,
                staff_number=number,
                full_name=f"Person {number}",
                sex=sex,
                status=status,
                position_id=positions[tier].id,
                office_id=office.id if office else None,
            )
            session.add(person)
            session.flush()
            ids[number] = person.id
        return ids


def position_id(store: Store, tier: str, member: str = "TO") -> str:
    with store.read() as session:
        return session.scalars(
            select(Position.id).where(
                Position.member_code == member, Position.title == f"Position {tier}"
            )
        ).one()
