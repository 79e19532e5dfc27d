"""Succession planning: key positions (a position whose loss would hurt, and why), their
possible successors with readiness (now, in 1-2 years, in 3+ years) and development actions,
and the risk view: key positions with no successor ready now, those with none at all first.

A key position's id is derived from its position, a successor's from (key position, staff),
so two sites that name the same ones meet on one row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import Readiness
from oco_desktop.domain.roster import StaffStatus
from oco_desktop.language import _
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.people.mentoring import clean, live_staff, staff_label, write_row
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Position, Staff
from oco_desktop.store.programme_models import KeyPosition, Successor

KEY_NAMESPACE = uuid.UUID("0b8f3e6a-9c2d-4d71-a5e4-3f1b7c6d2e80")
SUCCESSOR_NAMESPACE = uuid.UUID("7d2c9a41-5e3b-4f08-b6d1-8a0e4c2f9b37")
KEY_FIELDS = ("position_id", "reason")
SUCCESSOR_FIELDS = ("key_position_id", "staff_id", "readiness", "development")
READINESS_ORDER = {Readiness.NOW: 0, Readiness.ONE_TWO_YEARS: 1, Readiness.THREE_PLUS_YEARS: 2}


def key_position_id_for(position_id: str) -> str:
    return str(uuid.uuid5(KEY_NAMESPACE, position_id))


def successor_id_for(key_position_id: str, staff_id: str) -> str:
    return str(uuid.uuid5(SUCCESSOR_NAMESPACE, f"{key_position_id}/{staff_id}"))


class Risk(StrEnum):
    NO_SUCCESSOR = "no_successor"
    NONE_READY = "none_ready_now"
    COVERED = "covered"


RISK_ORDER = {Risk.NO_SUCCESSOR: 0, Risk.NONE_READY: 1, Risk.COVERED: 2}


@dataclass(frozen=True)
class SuccessorView:
    id: str
    key_position_id: str
    staff_id: str
    staff: str
    readiness: Readiness
    development: str | None
    left: bool


@dataclass(frozen=True)
class KeyPositionView:
    id: str
    member_code: str
    position_id: str
    title: str
    tier: str
    holders: tuple[str, ...]
    reason: str | None
    successors: tuple[SuccessorView, ...]

    @property
    def counted(self) -> list[SuccessorView]:
        """Successors still in post (a leaver no longer counts)."""
        return [s for s in self.successors if not s.left]

    @property
    def ready_now(self) -> int:
        return sum(1 for s in self.counted if s.readiness is Readiness.NOW)

    @property
    def risk(self) -> Risk:
        if not self.counted:
            return Risk.NO_SUCCESSOR
        return Risk.COVERED if self.ready_now else Risk.NONE_READY

    @property
    def soonest(self) -> Readiness | None:
        found = [s.readiness for s in self.counted]
        return min(found, key=READINESS_ORDER.__getitem__) if found else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "member": self.member_code,
            "position": self.title,
            "tier": self.tier,
            "holders": list(self.holders),
            "reason": self.reason,
            "risk": self.risk.value,
            "ready_now": self.ready_now,
            "soonest": self.soonest.value if self.soonest else None,
            "successors": [
                {
                    "staff": s.staff,
                    "readiness": s.readiness.value,
                    "development": s.development,
                    "left": s.left,
                }
                for s in self.successors
            ],
        }


def _views(session: Session, member: str) -> list[KeyPositionView]:
    keys = session.scalars(
        select(KeyPosition).where(KeyPosition.member_code == member, KeyPosition.deleted.is_(False))
    ).all()
    if not keys:
        return []
    positions = {
        p.id: p
        for p in session.scalars(
            select(Position).where(Position.id.in_([k.position_id for k in keys]))
        )
    }
    holders: dict[str, list[str]] = {}
    for person in session.scalars(
        select(Staff).where(
            Staff.position_id.in_(list(positions)),
            Staff.deleted.is_(False),
            Staff.status != StaffStatus.LEFT.value,
        )
    ):
        holders.setdefault(person.position_id or "", []).append(staff_label(person))
    successors: dict[str, list[tuple[Successor, Staff | None]]] = {}
    for row, person in session.execute(
        select(Successor, Staff)
        .outerjoin(Staff, Staff.id == Successor.staff_id)
        .where(Successor.key_position_id.in_([k.id for k in keys]), Successor.deleted.is_(False))
    ):
        successors.setdefault(row.key_position_id, []).append((row, person))
    views = []
    for key in keys:
        position = positions.get(key.position_id)
        found = [
            SuccessorView(
                row.id,
                key.id,
                row.staff_id,
                staff_label(person),
                Readiness(row.readiness),
                row.development,
                person is None or person.deleted or person.status == StaffStatus.LEFT.value,
            )
            for row, person in successors.get(key.id, [])
        ]
        found.sort(key=lambda s: (s.left, READINESS_ORDER[s.readiness], s.staff.casefold()))
        views.append(
            KeyPositionView(
                key.id,
                key.member_code,
                key.position_id,
                position.title if position else "",
                position.tier if position else "",
                tuple(sorted(holders.get(key.position_id, []))),
                key.reason,
                tuple(found),
            )
        )
    return views


def list_key_positions(store: Store, member_code: str | None = None) -> list[KeyPositionView]:
    """The key positions with their successors, senior tiers first."""
    with store.read() as session:
        views = _views(session, member_code_for(session, member_code))
    views.sort(key=lambda v: (-int(v.tier[1:] or 0), v.title.casefold()))
    return views


def risks(store: Store, member_code: str | None = None) -> list[KeyPositionView]:
    """Key positions with no successor ready now: those with no successor at all first, then
    those whose nearest successor is furthest from ready, senior tiers first."""
    found = [v for v in list_key_positions(store, member_code) if v.risk is not Risk.COVERED]
    found.sort(
        key=lambda v: (
            RISK_ORDER[v.risk],
            -READINESS_ORDER[v.soonest] if v.soonest else 0,  # 3+ years is riskier
            -int(v.tier[1:] or 0),
            v.title.casefold(),
        )
    )
    return found


def add_key_position(
    store: Store,
    position_id: str,
    reason: str | None,
    actor: Actor,
    *,
    key_position_id: str | None = None,
    member_code: str | None = None,
) -> KeyPositionView:
    """Mark a position as key (or, with `key_position_id`, change the reason)."""
    with store.write() as session:
        member = member_code_for(session, member_code)
        position = session.get(Position, position_id) if position_id else None
        if position is None or position.deleted or position.member_code != member:
            raise InvalidInput(_("Choose a position of your administration."), field="position")
        values = {"position_id": position.id, "reason": clean(reason, "reason")}
        new_id = None if key_position_id else key_position_id_for(position.id)
        if new_id:
            existing = session.get(KeyPosition, new_id)
            if existing is not None and not existing.deleted:
                raise InvalidInput(
                    _("{position} is already a key position.").format(position=position.title),
                    field="position",
                )
        row = write_row(
            session, KeyPosition, key_position_id, member, values, KEY_FIELDS, actor, new_id=new_id
        )
        session.flush()
        return next(v for v in _views(session, member) if v.id == row.id)


def remove_key_position(store: Store, key_position_id: str, actor: Actor) -> None:
    with store.write() as session:
        row = session.get(KeyPosition, key_position_id)
        if row is None or row.deleted:
            raise InvalidInput(_("This key position does not exist (any more)."), field="id")
        row.deleted = True
        for successor in session.scalars(
            select(Successor).where(Successor.key_position_id == row.id)
        ):
            successor.deleted = True
        audit.record(session, actor, Action.DELETE, "key_position", row.id)


@dataclass(frozen=True)
class SuccessorDraft:
    staff_id: str | None
    readiness: str
    development: str | None = None


def save_successor(
    store: Store,
    key_position_id: str,
    draft: SuccessorDraft,
    actor: Actor,
    *,
    successor_id: str | None = None,
) -> SuccessorView:
    """Name a successor for a key position (or change one). Refused: someone who has left,
    the position's current holder, the same person twice, an unknown readiness."""
    with store.write() as session:
        key = session.get(KeyPosition, key_position_id)
        if key is None or key.deleted:
            raise InvalidInput(_("This key position does not exist (any more)."), field="key")
        current = session.get(Successor, successor_id) if successor_id else None
        if not draft.staff_id:
            raise InvalidInput(_("Choose the successor among the staff."), field="staff")
        newly = current is None or current.staff_id != draft.staff_id
        person = live_staff(session, draft.staff_id, key.member_code, "staff", in_post=newly)
        if person.position_id == key.position_id:
            raise InvalidInput(
                _("{person} holds this position already: a successor is someone else.").format(
                    person=staff_label(person)
                ),
                field="staff",
            )
        try:
            readiness = Readiness(draft.readiness).value
        except ValueError:
            raise InvalidInput(
                _("'{readiness}' is not a readiness: use now, 1_2_years or 3_plus_years.").format(
                    readiness=draft.readiness
                ),
                field="readiness",
            ) from None
        values = {
            "key_position_id": key.id,
            "staff_id": person.id,
            "readiness": readiness,
            "development": clean(draft.development, "development"),
        }
        new_id = None
        if successor_id is None:
            new_id = successor_id_for(key.id, person.id)
            existing = session.get(Successor, new_id)
            if existing is not None and not existing.deleted:
                raise InvalidInput(
                    _("{person} is already a successor for this position.").format(
                        person=staff_label(person)
                    ),
                    field="staff",
                )
        row = write_row(
            session, Successor, successor_id, key.member_code, values, SUCCESSOR_FIELDS, actor,
            new_id=new_id,
        )  # fmt: skip
        return SuccessorView(
            row.id,
            key.id,
            person.id,
            staff_label(person),
            Readiness(row.readiness),
            row.development,
            person.status == StaffStatus.LEFT.value,
        )


def remove_successor(store: Store, successor_id: str, actor: Actor) -> None:
    with store.write() as session:
        row = session.get(Successor, successor_id)
        if row is None or row.deleted:
            raise InvalidInput(_("This successor does not exist (any more)."), field="id")
        row.deleted = True
        audit.record(session, actor, Action.DELETE, "successor", row.id)


def position_choices(store: Store, member_code: str | None = None) -> list[tuple[str, str]]:
    """(id, "Title (T3)") of the administration's positions, senior first."""
    with store.read() as session:
        member = member_code_for(session, member_code)
        rows = session.scalars(
            select(Position).where(Position.member_code == member, Position.deleted.is_(False))
        ).all()
    rows = sorted(rows, key=lambda p: (-int(p.tier[1:]), p.title.casefold()))
    return [(p.id, f"{p.title} ({p.tier})") for p in rows]


def position_id_by_title(store: Store, title: str, member_code: str | None = None) -> str:
    """The id of the administration's position with this title (case ignored), for the CLI."""
    wanted = " ".join((title or "").split()).casefold()
    with store.read() as session:
        member = member_code_for(session, member_code)
        found = [
            p.id
            for p in session.scalars(
                select(Position).where(Position.member_code == member, Position.deleted.is_(False))
            )
            if p.title.casefold() == wanted or p.id == title
        ]
    if not found:
        raise InvalidInput(
            _("No position is called '{title}'.").format(title=title), field="position"
        )
    if len(found) > 1:
        raise InvalidInput(
            _("Several positions are called '{title}': give the position's id.").format(
                title=title
            ),
            field="position",
        )
    return found[0]
