"""Reference data (resources/reference, or the Secretariat's published version) loaded
idempotently into the tables that use it: at set-up, on upgrade and when a new version arrives."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from oco_desktop.store.models import (
    AppMeta,
    Competency,
    CompetencyArea,
    CompetencyDefault,
    CompetencyFramework,
    Member,
    ProficiencyLevel,
)
from oco_desktop.store.reference_files import (
    COMPETENCIES_FILE,
    MEMBERS_FILE,
    localized,
    read_reference,
    reference_for,
)
from oco_desktop.store.tna_reference import load_tna_suggestions

TIERS = ("T1", "T2", "T3", "T4")
# Provisional levels a position of each tier starts from, per catalogue area, used where the
# catalogue gives no "tier_defaults" of its own (on a competency or on its area). The
# Secretariat replaces them by publishing a catalogue that carries its own.
AREA_TIER_DEFAULTS: dict[str, dict[str, int]] = {
    "CORE": {"T1": 2, "T2": 3, "T3": 3, "T4": 4},
    "TECH": {"T1": 2, "T2": 3, "T3": 2, "T4": 1},
    "LEAD": {"T1": 1, "T2": 2, "T3": 3, "T4": 4},
}
FALLBACK_TIER_DEFAULTS = {"T1": 1, "T2": 2, "T3": 2, "T4": 2}


@dataclass(frozen=True)
class MemberRef:
    code: str
    iso3: str
    name_en: str
    name_fr: str
    languages: tuple[str, ...]
    note: str | None

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


def scale_meanings(session: Session, language: str) -> dict[int, str]:
    """What each proficiency level means, in `language`, from the catalogue in use."""
    _, data = reference_for(session, COMPETENCIES_FILE)
    return {int(s["level"]): localized(s, "meaning", language) for s in data["scale"]}


def members_reference(data: dict[str, Any] | None = None) -> list[MemberRef]:
    if data is None:
        _, data = read_reference(MEMBERS_FILE)
    return [
        MemberRef(
            code=m["iso2"],
            iso3=m["iso3"],
            name_en=m["name_en"],
            name_fr=m["name_fr"],
            languages=tuple(m.get("languages") or ()),
            note=m.get("note"),
        )
        for m in data["members"]
    ]


def secretariat_reference() -> dict[str, str]:
    _, data = read_reference(MEMBERS_FILE)
    return dict(data["secretariat"])


def load_reference_data(session: Session) -> bool:
    """Upsert the member list, the competency catalogue and the training-need suggestions if
    a shipped file changed."""
    members_changed = _load_members(session)
    catalogue_changed = load_competency_catalogue(session)
    suggestions_changed = load_tna_suggestions(session)
    return members_changed or catalogue_changed or suggestions_changed


def _load_members(session: Session) -> bool:
    digest, data = reference_for(session, MEMBERS_FILE)
    meta_key = f"reference:{MEMBERS_FILE}"
    current = session.get(AppMeta, meta_key)
    if current is not None and current.value == digest:
        return False
    rows = [
        {
            "code": m.code,
            "iso3": m.iso3,
            "name_en": m.name_en,
            "name_fr": m.name_fr,
            "languages": ",".join(m.languages),
            "note": m.note,
        }
        for m in members_reference(data)
    ]
    statement = insert(Member).values(rows)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[Member.code],
            set_={
                c: statement.excluded[c]
                for c in ("iso3", "name_en", "name_fr", "languages", "note")
            },
        )
    )
    session.merge(AppMeta(key=meta_key, value=digest))
    return True


def member_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Member.code).order_by(Member.code)))


def _tier_defaults(competency: dict[str, Any], area: dict[str, Any]) -> dict[str, int]:
    levels = dict(FALLBACK_TIER_DEFAULTS)
    levels.update(AREA_TIER_DEFAULTS.get(area["code"], {}))
    levels.update(area.get("tier_defaults") or {})
    levels.update(competency.get("tier_defaults") or {})
    return {tier: int(levels[tier]) for tier in TIERS}


def _upsert(session: Session, model: type, rows: list[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    statement = insert(model).values(rows)
    updates = {c: statement.excluded[c] for c in rows[0] if c not in keys}
    session.execute(statement.on_conflict_do_update(index_elements=keys, set_=updates))


def load_competency_catalogue(session: Session) -> bool:
    """Upsert the framework, scale, areas, competencies and tier defaults when the shipped
    catalogue (or the fallback defaults above) changed. Competencies no longer listed are
    marked retired, never removed: positions and assessments may still name them."""
    file_digest, data = reference_for(session, COMPETENCIES_FILE)
    fallback = json.dumps([AREA_TIER_DEFAULTS, FALLBACK_TIER_DEFAULTS], sort_keys=True)
    digest = hashlib.sha256(f"{file_digest}:{fallback}".encode()).hexdigest()
    meta_key = f"reference:{COMPETENCIES_FILE}"
    current = session.get(AppMeta, meta_key)
    if current is not None and current.value == digest:
        return False
    framework = data["framework"]
    _upsert(
        session,
        CompetencyFramework,
        [
            {
                "code": framework["code"],
                "version": str(framework["version"]),
                "name": framework["name"],
                "about": data.get("about"),
            }
        ],
        ["code"],
    )
    _upsert(
        session,
        ProficiencyLevel,
        [
            {
                "level": int(s["level"]),
                "name_en": s["name_en"],
                "name_fr": s.get("name_fr") or s["name_en"],
                "meaning": s.get("meaning"),
            }
            for s in data["scale"]
        ],
        ["level"],
    )
    areas: list[dict[str, Any]] = []
    competencies: list[dict[str, Any]] = []
    defaults: list[dict[str, Any]] = []
    for area_order, area in enumerate(data["areas"]):
        areas.append(
            {
                "code": area["code"],
                "framework_code": framework["code"],
                "name_en": area["name_en"],
                "name_fr": area.get("name_fr") or area["name_en"],
                "sort_order": area_order,
            }
        )
        for order, comp in enumerate(area["competencies"]):
            competencies.append(
                {
                    "code": comp["code"],
                    "area_code": area["code"],
                    "name_en": comp["name_en"],
                    "name_fr": comp.get("name_fr") or comp["name_en"],
                    "sort_order": area_order * 1000 + order,
                    "retired": False,
                }
            )
            defaults.extend(
                {"competency_code": comp["code"], "tier": tier, "required_level": level}
                for tier, level in _tier_defaults(comp, area).items()
            )
    _upsert(session, CompetencyArea, areas, ["code"])
    _upsert(session, Competency, competencies, ["code"])
    _upsert(session, CompetencyDefault, defaults, ["competency_code", "tier"])
    listed = [c["code"] for c in competencies]
    session.execute(update(Competency).where(Competency.code.not_in(listed)).values(retired=True))
    session.merge(AppMeta(key=meta_key, value=digest))
    return True
