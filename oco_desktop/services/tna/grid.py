"""Individual assessments of a cycle: the grid (staff x competencies) and one edit at a time.

Each edit is its own transaction, checked first, so nothing is ever half-saved. A cell without
a saved row takes its required level from the person's position profile; the row is made on
the first edit, with that required level.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from oco_desktop.domain import tna as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.tna import AssessmentProgress, LevelField, Scored, TnaRuleError
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.roster.org import required_levels
from oco_desktop.services.tna.catalogue import area_names, competency_names
from oco_desktop.services.tna.cycle import (
    Cycle,
    assessment_id_for,
    editable_cycle,
    in_post,
    live_cycle,
    refused,
    to_cycle,
)
from oco_desktop.store.engine import Store
from oco_desktop.store.models import (
    Competency,
    Office,
    Position,
    ProficiencyLevel,
    Staff,
    TnaAssessment,
)

COMMENT = "comment"
OVERRIDE = "band_override"
OVERRIDE_REASON = "override_reason"
EDITABLE_FIELDS = (*(f.value for f in LevelField), COMMENT, OVERRIDE, OVERRIDE_REASON)
NO_OFFICE = ""
SAVED_CELLS_SQL = (
    "SELECT staff_id, competency_code, required_level, previous_level, self_level, "
    "supervisor_level, agreed_level, importance, comment, band_override, override_reason "
    "FROM tna_assessment WHERE cycle_id = ? AND deleted = 0"
)


class CompetencyColumn(NamedTuple):
    code: str
    name_en: str
    name_fr: str
    area_code: str
    area_name_en: str
    area_name_fr: str
    short_en: str = ""
    short_fr: str = ""

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en

    def short(self, language: str) -> str:
        """The short name for a column header ("Valuation"); the full name where none."""
        return (self.short_fr if language == "fr" else self.short_en) or self.name(language)


class GridRow(NamedTuple):
    staff_id: str
    staff_number: str | None
    full_name: str | None
    office_id: str | None
    office_name: str | None
    position_title: str | None
    tier: str | None
    sex: str | None


class Cell(NamedTuple):
    """One staff member x competency, its fields named as the columns of `tna_assessment`.
    `required_level` None: the person has no position (so no profile) and no level was typed;
    0: the position does not need this competency."""

    required_level: int | None
    previous_level: int | None = None
    self_level: int | None = None
    supervisor_level: int | None = None
    agreed_level: int | None = None
    importance: int = rules.DEFAULT_IMPORTANCE
    comment: str | None = None
    band_override: str | None = None
    override_reason: str | None = None
    saved: bool = False

    @property
    def relevant(self) -> bool:
        return bool(self.required_level)

    @property
    def assessed(self) -> bool:
        """Agreed this year (a level carried from last year is only a starting point)."""
        return self.relevant and self.agreed_level is not None

    def scored(self) -> Scored | None:
        if not self.relevant:
            return None
        return rules.assess(
            self.required_level,
            self.agreed_level,
            self.previous_level,
            self.importance,
            self.band_override,
        )

    def value(self, field: str) -> Any:
        return getattr(self, field)


@dataclass
class GridData:
    cycle: Cycle
    competencies: list[CompetencyColumn]
    rows: list[GridRow]
    cells: list[list[Cell]]  # rows x competencies
    scale: dict[int, tuple[str, str]] = field(default_factory=dict)  # level -> (en, fr)

    def level_name(self, level: int | None, language: str) -> str:
        names = self.scale.get(level) if level is not None else None
        return "" if names is None else names[1 if language == "fr" else 0]

    def progress(self, row: int) -> tuple[int, int]:
        """(relevant competencies, assessed) of one row."""
        cells = self.cells[row]
        return sum(c.relevant for c in cells), sum(c.assessed for c in cells)

    def tally(self, rows: Iterable[int] | None = None) -> AssessmentProgress:
        total = AssessmentProgress()
        for row in range(len(self.rows)) if rows is None else rows:
            total = total.add(*self.progress(row))
        return total


def competency_columns(session: Session) -> list[CompetencyColumn]:
    areas = {a.code: a for a in area_names(session)}
    return [
        CompetencyColumn(
            c.code,
            c.name_en,
            c.name_fr,
            c.area_code,
            areas[c.area_code].name_en,
            areas[c.area_code].name_fr,
            c.short_en,
            c.short_fr,
        )
        for c in competency_names(session)
    ]


def _cell(row: TnaAssessment | Any) -> Cell:
    return Cell(
        required_level=row.required_level,
        previous_level=row.previous_level,
        self_level=row.self_level,
        supervisor_level=row.supervisor_level,
        agreed_level=row.agreed_level,
        importance=row.importance,
        comment=row.comment,
        band_override=row.band_override,
        override_reason=row.override_reason,
        saved=True,
    )


def staff_rows(session: Session, member_code: str) -> list[GridRow]:
    """Staff in post, by office then name."""
    rows = session.execute(
        select(
            Staff.id,
            Staff.staff_number,
            Staff.full_name,
            Staff.office_id,
            Office.name,
            Position.title,
            Position.tier,
            Staff.sex,
        )
        .outerjoin(Office, Office.id == Staff.office_id)
        .outerjoin(Position, Position.id == Staff.position_id)
        .where(in_post(), Staff.member_code == member_code)
    )
    found = [GridRow(*row) for row in rows]
    # Staff with no office come last.
    return sorted(
        found,
        key=lambda r: (
            r.office_name is None,
            (r.office_name or "").casefold(),
            (r.full_name or "").casefold(),
        ),
    )


def load_grid(store: Store, cycle_id: str) -> GridData:
    with store.read() as session:
        cycle = to_cycle(live_cycle(session, cycle_id))
        columns = competency_columns(session)
        scale = {p.level: (p.name_en, p.name_fr) for p in session.scalars(select(ProficiencyLevel))}
        rows = staff_rows(session, cycle.member_code)
        positions = dict(
            session.execute(
                select(Staff.id, Staff.position_id).where(
                    in_post(), Staff.member_code == cycle.member_code
                )
            ).all()
        )
        profiles = required_levels(session, {p for p in positions.values() if p})
        # Plain tuples straight from the driver: 25,000 ORM objects would take most of the
        # second the grid has to open in.
        saved: dict[tuple[str, str], Cell] = {
            (r[0], r[1]): Cell._make((*r[2:], True))
            for r in session.connection().exec_driver_sql(SAVED_CELLS_SQL, (cycle.id,)).all()
        }
    no_profile: dict[str, int] = {}
    cells = []
    for row in rows:
        profile = profiles.get(positions.get(row.staff_id) or "", no_profile)
        cells.append(
            [
                saved.get((row.staff_id, c.code)) or Cell(required_level=profile.get(c.code))
                for c in columns
            ]
        )
    return GridData(cycle, columns, rows, cells, scale)


# Editing -------------------------------------------------------------------------------------


def _checked(changes: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in EDITABLE_FIELDS:
            raise InvalidInput(f"'{name}' is not a field of an assessment.", field=name)
        if name == LevelField.IMPORTANCE:
            values[name] = rules.check_importance(value)
        elif name in (f.value for f in LevelField):
            values[name] = rules.check_level(value, name)
        elif name == COMMENT:
            values[name] = rules.check_comment(value)
    if LevelField.REQUIRED in values and values[LevelField.REQUIRED] is None:
        raise TnaRuleError(
            LevelField.REQUIRED,
            "The required level cannot be left empty: type 0 if the position does not need "
            "this competency.",
        )
    return values


def checked_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """The changes of one assessment parsed and checked (pure: the grid checks what is typed
    with it before anything is sent). An override and its reason go together."""
    try:
        values = _checked(changes)
        if OVERRIDE in changes or OVERRIDE_REASON in changes:
            band, reason = rules.check_override(changes.get(OVERRIDE), changes.get(OVERRIDE_REASON))
            values[OVERRIDE] = band.value if band else None
            values[OVERRIDE_REASON] = reason
    except TnaRuleError as exc:
        raise refused(exc) from None
    return values


def no_required_level(who: str, competency: str) -> str:
    return (
        f"{who} has no position in the roster, so there is no required level for {competency}: "
        "give them a position on the Staff page, or enter the required level first."
    )


def _staff(session: Session, staff_id: str, member_code: str) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None or staff.deleted or staff.member_code != member_code:
        raise InvalidInput("This person is not on the roster (any more).", field="staff")
    if staff.status == "left":
        raise InvalidInput(
            f"{staff.full_name or staff.staff_number} has left, so is not assessed any more.",
            field="staff",
        )
    return staff


def _competency(session: Session, code: str) -> Competency:
    competency = session.get(Competency, code)
    if competency is None or competency.retired:
        raise InvalidInput(
            f"'{code}' is not a competency of the catalogue: choose one of the catalogue's "
            "codes (e.g. TECH-CLS).",
            field="competency",
        )
    return competency


def set_cell(
    store: Store,
    cycle_id: str,
    staff_id: str,
    competency_code: str,
    changes: Mapping[str, Any],
    actor: Actor,
) -> Cell:
    """Change fields of one assessment (levels, importance, comment, band override with its
    reason) in one transaction. An override needs a reason; None takes the computed band back."""
    values = checked_changes(changes)
    with store.write() as session:
        cycle = editable_cycle(session, cycle_id)
        competency = _competency(session, competency_code)
        staff = _staff(session, staff_id, cycle.member_code)
        row_id = assessment_id_for(cycle.id, staff_id, competency_code)
        row = session.get(TnaAssessment, row_id)
        old = _cell(row) if row is not None and not row.deleted else None
        if old is None:
            required = values.get(LevelField.REQUIRED)
            if required is None and staff.position_id:
                profile = required_levels(session, [staff.position_id])
                required = profile.get(staff.position_id, {}).get(competency_code)
            if required is None:
                who = staff.full_name or staff.staff_number or "This person"
                raise InvalidInput(
                    no_required_level(who, competency.name_en), field=LevelField.REQUIRED
                )
            fresh = {
                "member_code": cycle.member_code,
                "cycle_id": cycle.id,
                "staff_id": staff_id,
                "competency_code": competency_code,
                "required_level": required,
                "previous_level": None,
                "self_level": None,
                "supervisor_level": None,
                "agreed_level": None,
                "importance": rules.DEFAULT_IMPORTANCE,
                "comment": None,
                "band_override": None,
                "override_reason": None,
            }
            if row is None:
                row = TnaAssessment(id=row_id, **fresh)
                session.add(row)
            else:  # a removed row comes back empty
                for name, value in fresh.items():
                    setattr(row, name, value)
                row.deleted = False
        before = _cell(row)
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        after = _cell(row)
        changed = [
            audit.Change(name, before.value(name), after.value(name))
            for name in values
            if before.value(name) != after.value(name) or old is None
        ]
        if changed:
            action = Action.CREATE if old is None else Action.UPDATE
            audit.record(session, actor, action, "tna_assessment", row_id, changed)
        return after


def accept_previous(store: Store, cycle_id: str, staff_ids: Iterable[str], actor: Actor) -> int:
    """Agree last year's level wherever this year's is still empty, for these staff. Returns
    how many levels were agreed."""
    wanted = list(dict.fromkeys(staff_ids))
    with store.write() as session:
        cycle = editable_cycle(session, cycle_id)
        rows = session.scalars(
            select(TnaAssessment).where(
                TnaAssessment.cycle_id == cycle.id,
                TnaAssessment.staff_id.in_(wanted),
                TnaAssessment.deleted.is_(False),
                TnaAssessment.agreed_level.is_(None),
                TnaAssessment.previous_level.is_not(None),
            )
        ).all()
        entries = []
        for row in rows:
            entries.extend(
                audit.entry_rows(
                    actor,
                    Action.UPDATE,
                    "tna_assessment",
                    row.id,
                    [audit.Change(LevelField.AGREED.value, None, row.previous_level)],
                    source="last year's level accepted",
                )
            )
        if rows:
            session.execute(
                update(TnaAssessment)
                .where(TnaAssessment.id.in_([r.id for r in rows]))
                .values(agreed_level=TnaAssessment.previous_level)
            )
            audit.write_rows(session, entries)
        return len(rows)


def staff_id_by_number(store: Store, cycle_id: str, staff_number: str) -> str:
    """The id of the person in post with this staff number, for the command line."""
    number = " ".join((staff_number or "").split())
    with store.read() as session:
        cycle = live_cycle(session, cycle_id)
        found = list(
            session.scalars(
                select(Staff.id).where(
                    in_post(), Staff.member_code == cycle.member_code, Staff.staff_number == number
                )
            )
        )
    if not found:
        raise InvalidInput(
            f"No staff member in post has the staff number '{number}'.", field="staff"
        )
    if len(found) > 1:
        raise InvalidInput(
            f"{len(found)} staff in post share the staff number '{number}': correct the "
            "duplicate on the Staff page first.",
            field="staff",
        )
    return found[0]
