"""Offices and positions of an administration, and each position's competency profile: the
required proficiency (0-4) per competency that the training needs analysis starts from.

A profile stores only the levels an officer set; every other competency takes the default of
the position's tier from the competency catalogue, so a change of tier moves the defaults.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import OfficeType, StaffStatus
from oco_desktop.language import N_, _, format_number, ngettext
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.store.engine import Store
from oco_desktop.store.models import (
    Competency,
    CompetencyArea,
    CompetencyDefault,
    Office,
    Position,
    PositionCompetency,
    ProficiencyLevel,
    Staff,
)
from oco_desktop.store.reference import scale_meanings

MAX_NAME = 200
MAX_GRADE = 50
MIN_LEVEL, MAX_LEVEL = 0, 4
# Namespace of the derived ids of position_competency rows (see PositionCompetency).
PROFILE_NAMESPACE = uuid.UUID("ed1e55a4-acf3-4bc7-ae36-910c8035b6f1")


@dataclass(frozen=True)
class OfficeDraft:
    name: str
    island: str | None = None
    office_type: str = OfficeType.HQ.value


@dataclass(frozen=True)
class OfficeRow:
    id: str
    member_code: str
    name: str
    island: str | None
    office_type: str
    staff_in_post: int


@dataclass(frozen=True)
class PositionDraft:
    title: str
    tier: str
    local_grade: str | None = None


@dataclass(frozen=True)
class PositionRow:
    id: str
    member_code: str
    title: str
    local_grade: str | None
    tier: str
    staff_in_post: int


@dataclass(frozen=True)
class ScaleLevel:
    level: int
    name_en: str
    name_fr: str
    meaning: str | None
    meaning_fr: str | None = None

    def meaning_in(self, language: str) -> str | None:
        return (self.meaning_fr if language == "fr" else None) or self.meaning


@dataclass(frozen=True)
class ProfileLine:
    competency_code: str
    name_en: str
    name_fr: str
    area_code: str
    area_name_en: str
    area_name_fr: str
    required_level: int
    default_level: int
    set_by_officer: bool


@dataclass(frozen=True)
class PositionProfile:
    position_id: str
    title: str
    tier: str
    lines: list[ProfileLine]


# What each name refuses: missing, too long, with a line break (translated when raised).
_NAME_REFUSALS = {
    "office name": (
        N_("Give the office name."),
        N_("The office name is {count} characters long; use at most {limit}."),
        N_("The office name contains a line break or tab; remove it."),
    ),
    "island name": (
        N_("Give the island name."),
        N_("The island name is {count} characters long; use at most {limit}."),
        N_("The island name contains a line break or tab; remove it."),
    ),
    "position title": (
        N_("Give the position title."),
        N_("The position title is {count} characters long; use at most {limit}."),
        N_("The position title contains a line break or tab; remove it."),
    ),
    "local grade": (
        N_("Give the local grade."),
        N_("The local grade is {count} characters long; use at most {limit}."),
        N_("The local grade contains a line break or tab; remove it."),
    ),
}
_REMOVED = {
    "office": N_("This office was removed and can no longer be changed."),
    "position": N_("This position was removed and can no longer be changed."),
}


def _name(value: str | None, field: str, what: str, limit: int = MAX_NAME) -> str:
    missing, too_long, broken = _NAME_REFUSALS[what]
    text = rules.clean_text(value)
    if text is None:
        raise InvalidInput(_(missing), field=field)
    if len(text) > limit:
        raise InvalidInput(
            _(too_long).format(count=format_number(len(text)), limit=format_number(limit)),
            field=field,
        )
    if any(ord(c) < 32 for c in text):
        raise InvalidInput(_(broken), field=field)
    return text


def _in_post(session: Session, column: Any) -> dict[str, int]:
    rows = session.execute(
        select(column, func.count())
        .where(Staff.deleted.is_(False), Staff.status != StaffStatus.LEFT.value)
        .group_by(column)
    )
    return {key: count for key, count in rows if key}


def _same_name_exists(
    session: Session,
    column: Any,
    model: type[Office] | type[Position],
    member: str,
    name: str,
    own_id: str | None,
) -> bool:
    wanted = " ".join(rules.fold_for_search(name).split())
    query = select(model.id, column).where(model.member_code == member, model.deleted.is_(False))
    return any(
        " ".join(rules.fold_for_search(other).split()) == wanted and row_id != own_id
        for row_id, other in session.execute(query)
    )


# Offices ---------------------------------------------------------------------------------


def list_offices(store: Store, member_code: str | None = None) -> list[OfficeRow]:
    with store.read() as session:
        counts = _in_post(session, Staff.office_id)
        query = select(Office).where(Office.deleted.is_(False))
        if member_code:
            query = query.where(Office.member_code == member_code)
        rows = [
            OfficeRow(o.id, o.member_code, o.name, o.island, o.office_type, counts.get(o.id, 0))
            for o in session.scalars(query)
        ]
    return sorted(rows, key=lambda r: rules.fold_for_search(r.name))


def _office_values(
    session: Session, draft: OfficeDraft, member: str, own: str | None
) -> dict[str, Any]:
    name = _name(draft.name, "name", "office name")
    island = rules.clean_text(draft.island)
    if island is not None:
        island = _name(island, "island", "island name")
    try:
        office_type = OfficeType(draft.office_type)
    except ValueError:
        kinds = ", ".join(t.value for t in OfficeType)
        raise InvalidInput(
            _("'{value}' is not an office type; choose one of {kinds}.").format(
                value=rules.shown(draft.office_type), kinds=kinds
            ),
            field="office_type",
        ) from None
    if _same_name_exists(session, Office.name, Office, member, name, own):
        raise InvalidInput(
            _("There is already an office named '{name}'; choose another name.").format(
                name=rules.shown(name)
            ),
            field="name",
        )
    return {"name": name, "island": island, "office_type": office_type.value}


def _office_row(session: Session, office: Office) -> OfficeRow:
    count = _in_post(session, Staff.office_id).get(office.id, 0)
    return OfficeRow(
        office.id, office.member_code, office.name, office.island, office.office_type, count
    )


def _live(session: Session, model: type, row_id: str, what: str) -> Any:
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise InvalidInput(_(_REMOVED[what]), field=what)
    return row


def create_office(
    store: Store, draft: OfficeDraft, actor: Actor, *, member_code: str | None = None
) -> OfficeRow:
    with store.write() as session:
        member = member_code_for(session, member_code)
        values = _office_values(session, draft, member, None)
        office = Office(member_code=member, **values)
        session.add(office)
        session.flush()
        changes = [audit.Change(k, None, v) for k, v in values.items() if v is not None]
        audit.record(session, actor, Action.CREATE, "office", office.id, changes)
        return _office_row(session, office)


def update_office(store: Store, office_id: str, draft: OfficeDraft, actor: Actor) -> OfficeRow:
    with store.write() as session:
        office = _live(session, Office, office_id, "office")
        values = _office_values(session, draft, office.member_code, office_id)
        changes = audit.diff({k: getattr(office, k) for k in values}, values, values)
        for change in changes:
            setattr(office, change.field, change.new)
        if changes:
            audit.record(session, actor, Action.UPDATE, "office", office_id, changes)
        return _office_row(session, office)


def delete_office(store: Store, office_id: str, actor: Actor) -> None:
    """Remove an office nobody is placed at any more (leavers may still name it)."""
    with store.write() as session:
        office = _live(session, Office, office_id, "office")
        count = _in_post(session, Staff.office_id).get(office_id, 0)
        if count:
            raise InvalidInput(
                ngettext(
                    "{count} staff member in post is placed at {office}; move them to another "
                    "office first.",
                    "{count} staff in post are placed at {office}; move them to another office "
                    "first.",
                    count,
                ).format(count=format_number(count), office=office.name),
                field="office",
            )
        office.deleted = True
        audit.record(
            session,
            actor,
            Action.DELETE,
            "office",
            office_id,
            [audit.Change("deleted", False, True)],
        )


def move_staff_and_delete_office(
    store: Store, office_id: str, to_office_id: str, actor: Actor
) -> int:
    """Move everyone in post at an office to another office, then remove the office, in one
    transaction; returns how many moved. Each move is in the person's history."""
    if to_office_id == office_id:
        raise InvalidInput(_("Choose another office to move the staff to."), field="to_office")
    with store.write() as session:
        office = _live(session, Office, office_id, "office")
        target = _live(session, Office, to_office_id, "office")
        if target.member_code != office.member_code:
            raise InvalidInput(_("Choose an office of the same administration."), field="to_office")
        people = session.scalars(
            select(Staff).where(
                Staff.office_id == office_id,
                Staff.deleted.is_(False),
                Staff.status != StaffStatus.LEFT.value,
            )
        ).all()
        for person in people:
            person.office_id = to_office_id
            change = audit.Change("office_id", office_id, to_office_id)
            audit.record(session, actor, Action.UPDATE, "staff", person.id, [change])
        office.deleted = True
        audit.record(
            session,
            actor,
            Action.DELETE,
            "office",
            office_id,
            [audit.Change("deleted", False, True)],
        )
    return len(people)


# Positions -------------------------------------------------------------------------------


def list_positions(store: Store, member_code: str | None = None) -> list[PositionRow]:
    with store.read() as session:
        counts = _in_post(session, Staff.position_id)
        query = select(Position).where(Position.deleted.is_(False))
        if member_code:
            query = query.where(Position.member_code == member_code)
        rows = [
            PositionRow(p.id, p.member_code, p.title, p.local_grade, p.tier, counts.get(p.id, 0))
            for p in session.scalars(query)
        ]
    return sorted(rows, key=lambda r: (r.tier, rules.fold_for_search(r.title)))


def _position_values(
    session: Session, draft: PositionDraft, member: str, own: str | None
) -> dict[str, Any]:
    title = _name(draft.title, "title", "position title")
    try:
        tier = rules.parse_tier(draft.tier)
    except rules.RuleViolation as exc:
        raise InvalidInput(exc.message, field="tier") from None
    if tier is None:
        raise InvalidInput(_("Choose the tier of the position (T1 to T4)."), field="tier")
    grade = rules.clean_text(draft.local_grade)
    if grade is not None:
        grade = _name(grade, "local_grade", "local grade", MAX_GRADE)
    if _same_name_exists(session, Position.title, Position, member, title, own):
        raise InvalidInput(
            _("There is already a position titled '{title}'; choose another title.").format(
                title=rules.shown(title)
            ),
            field="title",
        )
    return {"title": title, "tier": tier.value, "local_grade": grade}


def _position_row(session: Session, position: Position) -> PositionRow:
    count = _in_post(session, Staff.position_id).get(position.id, 0)
    return PositionRow(
        position.id, position.member_code, position.title, position.local_grade,
        position.tier, count,
    )  # fmt: skip


def create_position(
    store: Store, draft: PositionDraft, actor: Actor, *, member_code: str | None = None
) -> PositionRow:
    with store.write() as session:
        member = member_code_for(session, member_code)
        values = _position_values(session, draft, member, None)
        position = Position(member_code=member, **values)
        session.add(position)
        session.flush()
        changes = [audit.Change(k, None, v) for k, v in values.items() if v is not None]
        audit.record(session, actor, Action.CREATE, "position", position.id, changes)
        return _position_row(session, position)


def update_position(
    store: Store, position_id: str, draft: PositionDraft, actor: Actor
) -> PositionRow:
    """A new tier changes the defaults of the profile; levels set by an officer stay."""
    with store.write() as session:
        position = _live(session, Position, position_id, "position")
        values = _position_values(session, draft, position.member_code, position_id)
        changes = audit.diff({k: getattr(position, k) for k in values}, values, values)
        for change in changes:
            setattr(position, change.field, change.new)
        if changes:
            audit.record(session, actor, Action.UPDATE, "position", position_id, changes)
        return _position_row(session, position)


def delete_position(store: Store, position_id: str, actor: Actor) -> None:
    with store.write() as session:
        position = _live(session, Position, position_id, "position")
        count = _in_post(session, Staff.position_id).get(position_id, 0)
        if count:
            raise InvalidInput(
                ngettext(
                    "{count} staff member in post holds the position {position}; give them "
                    "another position first.",
                    "{count} staff in post hold the position {position}; give them another "
                    "position first.",
                    count,
                ).format(count=format_number(count), position=position.title),
                field="position",
            )
        position.deleted = True
        audit.record(
            session,
            actor,
            Action.DELETE,
            "position",
            position_id,
            [audit.Change("deleted", False, True)],
        )


# Competency profiles ---------------------------------------------------------------------


def profile_row_id(position_id: str, competency_code: str) -> str:
    return str(uuid.uuid5(PROFILE_NAMESPACE, f"{position_id}/{competency_code}"))


def proficiency_scale(store: Store) -> list[ScaleLevel]:
    with store.read() as session:
        english, french = scale_meanings(session, "en"), scale_meanings(session, "fr")
        return [
            ScaleLevel(
                p.level,
                p.name_en,
                p.name_fr,
                english.get(p.level) or p.meaning,
                french.get(p.level) or None,
            )
            for p in session.scalars(select(ProficiencyLevel).order_by(ProficiencyLevel.level))
        ]


def required_levels(session: Session, position_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """The effective profile of each position: competency code -> required level, with the
    tier defaults filled in. Retired competencies are left out. For the TNA, in its session."""
    wanted = list(dict.fromkeys(position_ids))
    tiers = dict(
        session.execute(select(Position.id, Position.tier).where(Position.id.in_(wanted))).all()
    )
    defaults: dict[str, dict[str, int]] = defaultdict(dict)
    for code, tier, level in session.execute(
        select(
            CompetencyDefault.competency_code,
            CompetencyDefault.tier,
            CompetencyDefault.required_level,
        )
        .join(Competency, Competency.code == CompetencyDefault.competency_code)
        .where(Competency.retired.is_(False))
    ):
        defaults[tier][code] = level
    profiles = {pid: dict(defaults.get(tier, {})) for pid, tier in tiers.items()}
    for pid, code, level in session.execute(
        select(
            PositionCompetency.position_id,
            PositionCompetency.competency_code,
            PositionCompetency.required_level,
        ).where(PositionCompetency.position_id.in_(wanted), PositionCompetency.deleted.is_(False))
    ):
        if code in profiles[pid]:
            profiles[pid][code] = level
    return profiles


def _profile(session: Session, position: Position) -> PositionProfile:
    explicit = dict(
        session.execute(
            select(PositionCompetency.competency_code, PositionCompetency.required_level).where(
                PositionCompetency.position_id == position.id,
                PositionCompetency.deleted.is_(False),
            )
        ).all()
    )
    rows = session.execute(
        select(Competency, CompetencyArea, CompetencyDefault.required_level)
        .join(CompetencyArea, CompetencyArea.code == Competency.area_code)
        .join(
            CompetencyDefault,
            (CompetencyDefault.competency_code == Competency.code)
            & (CompetencyDefault.tier == position.tier),
        )
        .where(Competency.retired.is_(False))
        .order_by(CompetencyArea.sort_order, Competency.sort_order)
    )
    lines = [
        ProfileLine(
            competency_code=comp.code,
            name_en=comp.name_en,
            name_fr=comp.name_fr,
            area_code=area.code,
            area_name_en=area.name_en,
            area_name_fr=area.name_fr,
            required_level=explicit.get(comp.code, default),
            default_level=default,
            set_by_officer=comp.code in explicit,
        )
        for comp, area, default in rows
    ]
    return PositionProfile(position.id, position.title, position.tier, lines)


def position_profile(store: Store, position_id: str) -> PositionProfile:
    with store.read() as session:
        return _profile(session, _live(session, Position, position_id, "position"))


def set_required_levels(
    store: Store, position_id: str, levels: Mapping[str, int | None], actor: Actor
) -> PositionProfile:
    """Set required levels (0-4) by competency code; None puts one back to the tier default."""
    with store.write() as session:
        position = _live(session, Position, position_id, "position")
        known = set(session.scalars(select(Competency.code).where(Competency.retired.is_(False))))
        before = {line.competency_code: line for line in _profile(session, position).lines}
        changes = []
        for code, level in levels.items():
            if code not in known:
                raise InvalidInput(
                    _("'{code}' is not a competency of the catalogue.").format(
                        code=rules.shown(code)
                    ),
                    field="competency",
                )
            if level is not None and not (
                isinstance(level, int) and MIN_LEVEL <= level <= MAX_LEVEL
            ):
                raise InvalidInput(
                    _("Required level '{level}' for {code}: choose 0 to 4.").format(
                        level=rules.shown(level), code=code
                    ),
                    field="required_level",
                )
            row_id = profile_row_id(position_id, code)
            row = session.get(PositionCompetency, row_id)
            old = before[code]
            if level is None:
                if row is not None and not row.deleted:
                    row.deleted = True
            elif row is None:
                session.add(
                    PositionCompetency(
                        id=row_id,
                        member_code=position.member_code,
                        position_id=position_id,
                        competency_code=code,
                        required_level=level,
                    )
                )
            else:
                row.deleted = False
                row.required_level = level
            new_level = old.default_level if level is None else level
            if new_level != old.required_level or (level is None) == old.set_by_officer:
                changes.append(
                    audit.Change(
                        f"competency:{code}",
                        old.required_level if old.set_by_officer else f"{old.default_level} (tier)",
                        new_level if level is not None else f"{new_level} (tier)",
                    )
                )
        session.flush()
        if changes:
            audit.record(session, actor, Action.UPDATE, "position", position_id, changes)
        return _profile(session, position)
