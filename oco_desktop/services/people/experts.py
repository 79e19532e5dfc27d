"""The Customs Expert database: experts (a staff member, or an external person and their
organisation), their expertise by competency and level (1-4), languages, trainer status,
availability and consent to share; and the search ("who can deliver valuation training in
French in March").

A member sees and searches its own experts. The Secretariat searches the regional pool: the
rows every member sent it. An expert without consent to share never appears outside its own
administration: the Secretariat's search leaves such rows out, and they never travel in a
bundle in the first place (sync.select withholds them and their skills).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from oco_desktop.domain import programme as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import TrainerStatus
from oco_desktop.domain.roster import Role
from oco_desktop.domain.text import fold
from oco_desktop.language import _, format_number
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.people.mentoring import (
    as_date,
    clean,
    live_staff,
    staff_label,
    staff_names,
    write_row,
)
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Competency, CompetencyArea, Installation, Staff
from oco_desktop.store.programme_models import Expert, ExpertSkill

SKILL_NAMESPACE = uuid.UUID("5a0e7c3d-2b1f-4f61-9d0a-7e6c4b2a1f93")
EXPERT_FIELDS = (
    "staff_id",
    "external_name",
    "organisation",
    "languages",
    "trainer_status",
    "available_from",
    "available_to",
    "days_per_year",
    "consent_share",
    "note",
)
MAX_SKILLS = 40
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
TRAINER_FILTERS = ("any", "oco_regional", "wco_accredited", "both")


def skill_id_for(expert_id: str, competency_code: str) -> str:
    return str(uuid.uuid5(SKILL_NAMESPACE, f"{expert_id}/{competency_code}"))


@dataclass(frozen=True)
class ExpertDraft:
    """What the editor or the CLI sends. `skills`: competency code -> level 1-4, as typed
    ("4") or as a number; the service checks both."""

    staff_id: str | None = None
    external_name: str | None = None
    organisation: str | None = None
    languages: str | list[str] | tuple[str, ...] = "en"
    trainer_status: str = TrainerStatus.NONE.value
    available_from: dt.date | str | None = None
    available_to: dt.date | str | None = None
    days_per_year: int | None = None
    consent_share: bool = False
    note: str | None = None
    skills: Mapping[str, int | str] = field(default_factory=dict)


@dataclass(frozen=True)
class ExpertView:
    id: str
    member_code: str
    staff_id: str | None
    name: str
    external: bool
    organisation: str | None
    languages: tuple[str, ...]
    trainer_status: TrainerStatus
    available_from: dt.date | None
    available_to: dt.date | None
    days_per_year: int | None
    consent_share: bool
    note: str | None
    skills: tuple[tuple[str, int], ...]  # (competency code, level), best first
    match_level: int | None = None  # the level in the searched competency
    left: bool = False  # a staff member who has left (kept in the office's list, marked)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "member": self.member_code,
            "name": self.name,
            "external": self.external,
            "organisation": self.organisation,
            "languages": list(self.languages),
            "trainer_status": self.trainer_status.value,
            "available_from": self.available_from,
            "available_to": self.available_to,
            "days_per_year": self.days_per_year,
            "consent_share": self.consent_share,
            "skills": {code: level for code, level in self.skills},
            "match_level": self.match_level,
            "left": self.left,
        }


@dataclass(frozen=True)
class ExpertQuery:
    """Empty fields filter nothing. `competency`: a competency code, an area code (CORE, TECH,
    LEAD) or words of a competency's name ("valuation"); `month`: "YYYY-MM" or a date;
    `trainer`: any, oco_regional, wco_accredited or both."""

    competency: str | None = None
    min_level: int = 1
    language: str | None = None
    month: str | dt.date | None = None
    trainer: str | None = None
    member_code: str | None = None
    text: str | None = None


def is_secretariat(session: Session) -> bool:
    installation = session.get(Installation, 1)
    return installation is not None and installation.role == Role.SECRETARIAT.value


# Checking ------------------------------------------------------------------------------------


def parse_languages(value: str | list[str] | tuple[str, ...] | None) -> str:
    """ "en, FR" -> "en,fr": two- or three-letter codes, at least one."""
    items = value.replace(";", ",").split(",") if isinstance(value, str) else list(value or [])
    codes = list(dict.fromkeys(i.strip().lower() for i in items if i and i.strip()))
    bad = [c for c in codes if not LANGUAGE_CODE.match(c)]
    if bad or not codes:
        raise InvalidInput(
            _(
                "'{codes}' is not a list of language codes: give two-letter codes separated by "
                "commas, e.g. en, fr."
            ).format(codes=", ".join(bad)),
            field="languages",
        )
    joined = ",".join(codes)
    if len(joined) > 50:
        raise InvalidInput(_("Give at most a dozen languages."), field="languages")
    return joined


def known_competencies(session: Session) -> dict[str, tuple[str, str, str]]:
    """code -> (area code, English name, French name) of the catalogue's competencies."""
    return {
        c.code: (c.area_code, c.name_en, c.name_fr)
        for c in session.scalars(select(Competency).where(Competency.retired.is_(False)))
    }


def _check_skills(session: Session, skills: Mapping[str, int | str]) -> dict[str, int]:
    catalogue = known_competencies(session)
    checked: dict[str, int] = {}
    for code, level in skills.items():
        key = (code or "").strip().upper()
        if key not in catalogue:
            raise InvalidInput(
                _(
                    "'{code}' is not a competency of the catalogue (e.g. TECH-VAL, LEAD-TRN)."
                ).format(code=code),
                field="skills",
            )
        value = int(level) if isinstance(level, str) and level.strip().isdigit() else level
        if isinstance(value, bool) or not isinstance(value, int):
            value = -1
        if not rules.MIN_LEVEL <= value <= rules.MAX_LEVEL:
            raise InvalidInput(
                _(
                    "'{level}' is not a level for {code}: type 1 (Aware), 2 (Trained), "
                    "3 (Advanced) or 4 (Expert)."
                ).format(level=level, code=key),
                field="skills",
            )
        checked[key] = value
    if len(checked) > MAX_SKILLS:
        raise InvalidInput(
            _("Give at most {count} competencies.").format(count=format_number(MAX_SKILLS)),
            field="skills",
        )
    return checked


def _expert_values(
    session: Session, draft: ExpertDraft, member: str, current: Any
) -> dict[str, Any]:
    staff_id = draft.staff_id or None
    external = clean(draft.external_name, "external_name", rules.MAX_TITLE)
    if staff_id:
        newly = current is None or current.staff_id != staff_id
        live_staff(session, staff_id, member, "staff", in_post=newly)
        external = None
        taken = session.scalar(
            select(Expert.id).where(
                Expert.staff_id == staff_id,
                Expert.deleted.is_(False),
                Expert.id != (current.id if current is not None else ""),
            )
        )
        if taken:
            raise InvalidInput(
                _("This staff member is already in the expert database; change that entry."),
                field="staff",
            )
    elif not external:
        raise InvalidInput(
            _("Choose a staff member, or type the name of an external expert."),
            field="external_name",
        )
    try:
        trainer = TrainerStatus(draft.trainer_status or "none").value
    except ValueError:
        allowed = ", ".join(t.value for t in TrainerStatus)
        raise InvalidInput(
            _("'{status}' is not a trainer status: use {allowed}.").format(
                status=draft.trainer_status, allowed=allowed
            ),
            field="trainer_status",
        ) from None
    available_from = as_date(draft.available_from, "available_from", "first day available")
    available_to = as_date(draft.available_to, "available_to", "last day available")
    if available_from and available_to and available_to < available_from:
        raise InvalidInput(
            _("The last day available is before the first: check the dates."),
            field="available_to",
        )
    days = draft.days_per_year
    if isinstance(days, str):
        days = int(days) if days.strip().isdigit() else (None if not days.strip() else -1)
    if days is not None and (
        isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 366
    ):
        raise InvalidInput(
            _("Give the days available a year as a whole number from 0 to 366."),
            field="days_per_year",
        )
    return {
        "staff_id": staff_id,
        "external_name": external,
        "organisation": clean(draft.organisation, "organisation", rules.MAX_TITLE),
        "languages": parse_languages(draft.languages),
        "trainer_status": trainer,
        "available_from": available_from,
        "available_to": available_to,
        "days_per_year": days,
        "consent_share": bool(draft.consent_share),
        "note": clean(draft.note, "note"),
    }


# Writing -------------------------------------------------------------------------------------


def _write_skills(session: Session, expert: Expert, skills: dict[str, int], actor: Actor) -> None:
    existing = {
        s.competency_code: s
        for s in session.scalars(select(ExpertSkill).where(ExpertSkill.expert_id == expert.id))
    }
    for code, level in skills.items():
        row = existing.get(code)
        if row is None:
            session.add(
                ExpertSkill(
                    id=skill_id_for(expert.id, code),
                    member_code=expert.member_code,
                    expert_id=expert.id,
                    competency_code=code,
                    level=level,
                )
            )
        elif row.deleted or row.level != level:
            old = None if row.deleted else row.level
            row.level, row.deleted = level, False
            audit.record(
                session, actor, Action.UPDATE, "expert", expert.id, [audit.Change(code, old, level)]
            )
    for code, row in existing.items():
        if code not in skills and not row.deleted:
            row.deleted = True
            audit.record(
                session,
                actor,
                Action.UPDATE,
                "expert",
                expert.id,
                [audit.Change(code, row.level, None)],
            )


def save_expert(
    store: Store,
    draft: ExpertDraft,
    actor: Actor,
    *,
    expert_id: str | None = None,
    member_code: str | None = None,
) -> ExpertView:
    """Create an expert (no `expert_id`) or change one, with the full set of skills."""
    with store.write() as session:
        member = member_code_for(session, member_code)
        current = session.get(Expert, expert_id) if expert_id else None
        values = _expert_values(session, draft, member, current)
        skills = _check_skills(session, draft.skills)
        row = write_row(session, Expert, expert_id, member, values, EXPERT_FIELDS, actor)
        _write_skills(session, row, skills, actor)
        session.flush()
        return _views(session, [row])[0]


def remove_expert(store: Store, expert_id: str, actor: Actor) -> None:
    with store.write() as session:
        row = session.get(Expert, expert_id)
        if row is None or row.deleted:
            raise InvalidInput(_("This expert does not exist (any more)."), field="id")
        row.deleted = True
        for skill in session.scalars(select(ExpertSkill).where(ExpertSkill.expert_id == row.id)):
            skill.deleted = True
        audit.record(session, actor, Action.DELETE, "expert", expert_id)


# Reading -------------------------------------------------------------------------------------


def _views(
    session: Session, rows: list[Any], match: dict[str, int | None] | None = None
) -> list[ExpertView]:
    ids = [r.id for r in rows]
    skills: dict[str, list[tuple[str, int]]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for expert_id, code, level in session.execute(
            select(ExpertSkill.expert_id, ExpertSkill.competency_code, ExpertSkill.level).where(
                ExpertSkill.expert_id.in_(chunk), ExpertSkill.deleted.is_(False)
            )
        ):
            skills[expert_id].append((code, level))
    people = staff_names(session, {r.staff_id for r in rows if r.staff_id})
    views = []
    for r in rows:
        person = people.get(r.staff_id or "")
        views.append(
            ExpertView(
                id=r.id,
                member_code=r.member_code,
                staff_id=r.staff_id,
                name=staff_label(person) if person else (r.external_name or ""),
                external=r.staff_id is None,
                organisation=r.organisation,
                languages=tuple(x for x in (r.languages or "").split(",") if x),
                trainer_status=TrainerStatus(r.trainer_status),
                available_from=_day(r.available_from),
                available_to=_day(r.available_to),
                days_per_year=r.days_per_year,
                consent_share=bool(r.consent_share),
                note=r.note,
                skills=tuple(sorted(skills[r.id], key=lambda s: (-s[1], s[0]))),
                match_level=(match or {}).get(r.id),
                left=person is not None and (person.deleted or person.status == "left"),
            )
        )
    return views


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def get_expert(store: Store, expert_id: str) -> ExpertView:
    with store.read() as session:
        row = session.get(Expert, expert_id)
        if row is None or row.deleted:
            raise InvalidInput(_("This expert does not exist (any more)."), field="id")
        if is_secretariat(session) and not row.consent_share:
            raise InvalidInput(_("This expert does not exist (any more)."), field="id")
        return _views(session, [row])[0]


def resolve_competencies(session: Session, wanted: str) -> list[str]:
    """A competency code, an area code, or words found in competency names (English or
    French, accents ignored) -> the competency codes meant. Refused when nothing matches."""
    catalogue = known_competencies(session)
    key = wanted.strip().upper()
    if key in catalogue:
        return [key]
    areas = {a.code for a in session.scalars(select(CompetencyArea))}
    if key in areas:
        return sorted(c for c, (area, _en, _fr) in catalogue.items() if area == key)
    words = fold(wanted).split()
    found = [
        code
        for code, (_area, en, fr) in catalogue.items()
        if words and all(w in fold(en) or w in fold(fr) for w in words)
    ]
    if not found:
        raise InvalidInput(
            _(
                "No competency matches '{wanted}': give a code (e.g. TECH-VAL), an area (CORE, "
                "TECH, LEAD) or a word of its name (e.g. valuation)."
            ).format(wanted=wanted),
            field="competency",
        )
    return sorted(found)


def month_range(value: str | dt.date) -> tuple[dt.date, dt.date]:
    """ "2027-03" (or any day of it) -> its first and last day."""
    if isinstance(value, dt.date):
        year, month = value.year, value.month
    else:
        found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-\d{1,2})?\s*", value or "")
        if not found or not 1 <= int(found.group(2)) <= 12:
            raise InvalidInput(
                _("'{value}' is not a month: write it as YYYY-MM, e.g. 2027-03.").format(
                    value=value
                ),
                field="month",
            )
        year, month = int(found.group(1)), int(found.group(2))
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def _trainer_values(trainer: str | None) -> tuple[str, ...] | None:
    if not trainer:
        return None
    chosen = trainer.strip().lower()
    if chosen not in TRAINER_FILTERS:
        raise InvalidInput(
            _("'{trainer}' is not a trainer filter: use {allowed}.").format(
                trainer=trainer, allowed=", ".join(TRAINER_FILTERS)
            ),
            field="trainer",
        )
    return {
        "any": ("oco_regional", "wco_accredited", "both"),
        "oco_regional": ("oco_regional", "both"),
        "wco_accredited": ("wco_accredited", "both"),
        "both": ("both",),
    }[chosen]


def search_sql(session: Session, query: ExpertQuery) -> tuple[str, dict[str, Any], bool]:
    """The SQL of a search (ids and the level in the searched competency), its parameters,
    and whether a competency was searched."""
    parts = ["e.deleted = 0"]
    params: dict[str, Any] = {}
    if is_secretariat(session):
        parts.append("e.consent_share = 1")  # never outside its administration without consent
        parts.append(  # and the region is offered people still in post
            "(e.staff_id IS NULL OR EXISTS (SELECT 1 FROM staff s WHERE s.id = e.staff_id "
            "AND s.deleted = 0 AND s.status != 'left'))"
        )
        if query.member_code:
            parts.append("e.member_code = :member")
            params["member"] = query.member_code.strip().upper()
    else:
        parts.append("e.member_code = :member")
        params["member"] = member_code_for(session, query.member_code)
    level_sql = "NULL"
    joined = ""
    by_competency = bool(query.competency and query.competency.strip())
    if by_competency:
        codes = resolve_competencies(session, query.competency or "")
        level = query.min_level
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 4:
            raise InvalidInput(_("Give a minimum level from 1 to 4."), field="min_level")
        marks = ", ".join(f":c{n}" for n in range(len(codes)))
        params.update({f"c{n}": c for n, c in enumerate(codes)})
        params["level"] = level
        joined = (
            " JOIN (SELECT expert_id, max(level) AS best FROM expert_skill "
            f"WHERE deleted = 0 AND competency_code IN ({marks}) AND level >= :level "
            "GROUP BY expert_id) AS k ON k.expert_id = e.id"
        )
        level_sql = "k.best"
    if query.language and query.language.strip():
        params["language"] = f"%,{parse_languages(query.language).split(',')[0]},%"
        parts.append("(',' || e.languages || ',') LIKE :language")
    if query.month:
        first, last = month_range(query.month)
        params.update(first=first.isoformat(), last=last.isoformat())
        parts.append("(e.available_from IS NULL OR e.available_from <= :last)")
        parts.append("(e.available_to IS NULL OR e.available_to >= :first)")
        parts.append("(e.days_per_year IS NULL OR e.days_per_year > 0)")
    trainers = _trainer_values(query.trainer)
    if trainers:
        marks = ", ".join(f":t{n}" for n in range(len(trainers)))
        params.update({f"t{n}": t for n, t in enumerate(trainers)})
        parts.append(f"e.trainer_status IN ({marks})")
    if query.text and query.text.strip():
        params["text"] = f"%{query.text.strip()}%"
        parts.append(
            "(e.external_name LIKE :text OR e.organisation LIKE :text OR EXISTS (SELECT 1 FROM "
            "staff s WHERE s.id = e.staff_id AND (s.full_name LIKE :text OR "
            "s.staff_number LIKE :text)))"
        )
    sql = f"SELECT e.id, {level_sql} FROM expert AS e{joined} WHERE {' AND '.join(parts)}"
    return sql, params, by_competency


def search(store: Store, query: ExpertQuery | None = None) -> list[ExpertView]:
    """The experts that match, best level in the searched competency first, then trainers,
    then by name. On the Secretariat: the regional pool of consented experts only."""
    query = query or ExpertQuery()
    with store.read() as session:
        sql, params, _by_competency = search_sql(session, query)
        found: dict[str, int | None] = dict(session.execute(text(sql), params).all())
        rows: list[Expert] = []
        ids = list(found)
        for start in range(0, len(ids), 500):
            rows += session.scalars(select(Expert).where(Expert.id.in_(ids[start : start + 500])))
        views = _views(session, rows, found)
    trainer_rank = {"both": 0, "wco_accredited": 1, "oco_regional": 2, "none": 3}
    views.sort(
        key=lambda v: (
            -(v.match_level or 0),
            trainer_rank[v.trainer_status.value],
            v.member_code,
            v.name.casefold(),
        )
    )
    return views


def list_experts(store: Store, member_code: str | None = None) -> list[ExpertView]:
    """Every expert this installation may show (see `search`), by name."""
    return search(store, ExpertQuery(member_code=member_code))


def staff_choices(store: Store, member_code: str | None = None) -> list[tuple[str, str]]:
    """(id, "Name (number)") of the staff in post, by name, for pickers."""
    with store.read() as session:
        member = member_code_for(session, member_code)
        rows = session.scalars(
            select(Staff).where(
                Staff.member_code == member, Staff.deleted.is_(False), Staff.status != "left"
            )
        ).all()
        return sorted(((s.id, staff_label(s)) for s in rows), key=lambda i: i[1].casefold())
