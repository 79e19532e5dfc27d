"""The names people read for the competencies of the catalogue: the full name, and a short one
for narrow places (the grid's column headers, an expert's list of skills), in English and
French. The codes (TECH-VAL) stay for the officer who knows them, in tooltips and typed input.

Short names come from the catalogue as this installation uses it (`short_en` / `short_fr`,
next to `name_en` / `name_fr`); a catalogue published without them still gets a readable
short form from the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.store.engine import Store
from oco_desktop.store.models import Competency, CompetencyArea
from oco_desktop.store.reference_files import COMPETENCIES_FILE, reference_for

SHORT_NAME_CHARS = 16
# Where a long name may be cut: before a bracket, a comma, a colon or a joining word.
CUT_BEFORE = re.compile(r"\s*[(,:;]|\s+(?:and|et|or|ou|incl\.|dont)\s+", re.IGNORECASE)


def derived_short_name(name: str) -> str:
    """ "Customs valuation" for "Customs valuation", "Tariff classification" for "Tariff
    classification (HS)": the name up to its first bracket, comma or "and" when that leaves a
    short enough text; else the whole name (the view elides it, the tooltip has it all)."""
    name = name.strip()
    if len(name) <= SHORT_NAME_CHARS:
        return name
    cut = CUT_BEFORE.search(name)
    head = name[: cut.start()].strip() if cut else ""
    return head if head else name


@dataclass(frozen=True)
class CompetencyName:
    code: str
    area_code: str
    name_en: str
    name_fr: str
    short_en: str
    short_fr: str

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en

    def short(self, language: str) -> str:
        return self.short_fr if language == "fr" else self.short_en

    def described(self, language: str) -> str:
        """ "Customs valuation (TECH-VAL)": the name a person reads, and the officer's code."""
        return f"{self.name(language)} ({self.code})"


@dataclass(frozen=True)
class AreaName:
    code: str
    name_en: str
    name_fr: str

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


def short_names(session: Session) -> dict[str, tuple[str | None, str | None]]:
    """code -> (short English, short French) as the catalogue gives them (None where not)."""
    _, data = reference_for(session, COMPETENCIES_FILE)
    return {
        competency["code"]: (competency.get("short_en"), competency.get("short_fr"))
        for area in data.get("areas", [])
        for competency in area.get("competencies", [])
        if "code" in competency
    }


def competency_names(session: Session) -> list[CompetencyName]:
    """The catalogue's competencies in use, in its order, with their short names."""
    shorts = short_names(session)
    rows = session.scalars(
        select(Competency)
        .join(CompetencyArea, CompetencyArea.code == Competency.area_code)
        .where(Competency.retired.is_(False))
        .order_by(CompetencyArea.sort_order, Competency.sort_order)
    )
    named = []
    for row in rows:
        short_en, short_fr = shorts.get(row.code, (None, None))
        named.append(
            CompetencyName(
                code=row.code,
                area_code=row.area_code,
                name_en=row.name_en,
                name_fr=row.name_fr,
                short_en=short_en or derived_short_name(row.name_en),
                short_fr=short_fr or derived_short_name(row.name_fr),
            )
        )
    return named


def area_names(session: Session) -> list[AreaName]:
    rows = session.scalars(select(CompetencyArea).order_by(CompetencyArea.sort_order))
    return [AreaName(a.code, a.name_en, a.name_fr) for a in rows]


def catalogue_names(store: Store) -> tuple[list[AreaName], list[CompetencyName]]:
    """The areas and competencies of the catalogue, for pickers and for naming codes."""
    with store.read() as session:
        return area_names(session), competency_names(session)
