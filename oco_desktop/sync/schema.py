"""What travels: the synced tables, their field groups and the shape of each value.

Derived from the models, so a new synced table travels once it declares `__sync_groups__`;
the enumerations checked here are the same ones the database's CHECK constraints enforce.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, cached_property
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, Text

from oco_desktop.domain import news, programme, roster, tna
from oco_desktop.domain.ids import is_uuid
from oco_desktop.language import N_, _
from oco_desktop.store import models
from oco_desktop.store.capture import DELETED_GROUP

ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("office", "office_type"): roster.OfficeType,
    ("position", "tier"): roster.Tier,
    ("staff", "sex"): roster.Sex,
    ("staff", "status"): roster.StaffStatus,
    ("tna_cycle", "status"): tna.CycleStatus,
    ("tna_assessment", "band_override"): tna.Band,
    ("tna_need", "band"): tna.NeedBand,
    ("tna_need", "status"): tna.NeedStatus,
    ("course", "mode"): programme.CourseMode,
    ("course", "language"): programme.CourseLanguage,
    ("course_session", "language"): programme.CourseLanguage,
    ("course_session", "status"): programme.SessionStatus,
    ("nomination", "status"): programme.NominationStatus,
    ("nomination", "attendance"): programme.Attendance,
    ("nomination", "result"): programme.CourseResult,
    ("mentoring_pair", "status"): programme.PairStatus,
    ("expert", "trainer_status"): programme.TrainerStatus,
    ("gender_plan", "status"): programme.PlanStatus,
    ("gender_action", "status"): programme.ActionStatus,
    ("successor", "readiness"): programme.Readiness,
}


RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("position_competency", "required_level"): (0, 4),
    ("tna_cycle", "year"): (tna.MIN_YEAR, tna.MAX_YEAR),
    ("tna_cycle", "carried_from_year"): (tna.MIN_YEAR, tna.MAX_YEAR),
    ("tna_cycle", "budget_amount"): (0, 2**53),
    ("tna_cycle", "national_trainers"): (0, 100_000),
    ("tna_assessment", "required_level"): (tna.MIN_LEVEL, tna.MAX_LEVEL),
    ("tna_assessment", "previous_level"): (tna.MIN_LEVEL, tna.MAX_LEVEL),
    ("tna_assessment", "self_level"): (tna.MIN_LEVEL, tna.MAX_LEVEL),
    ("tna_assessment", "supervisor_level"): (tna.MIN_LEVEL, tna.MAX_LEVEL),
    ("tna_assessment", "agreed_level"): (tna.MIN_LEVEL, tna.MAX_LEVEL),
    ("tna_assessment", "importance"): (tna.MIN_IMPORTANCE, tna.MAX_IMPORTANCE),
    ("tna_need", "target_year"): (tna.MIN_YEAR, tna.MAX_YEAR),
    ("course_session", "seats"): (1, programme.MAX_SEATS),
    ("elearning_completion", "hours"): (0, 10_000),
    ("mentoring_pair", "meetings"): (0, programme.MAX_MEETINGS),
    ("expert", "days_per_year"): (0, programme.MAX_DAYS_A_YEAR),
    ("expert_skill", "level"): (programme.MIN_LEVEL, programme.MAX_LEVEL),
    ("gender_plan", "start_year"): (tna.MIN_YEAR, tna.MAX_YEAR),
    ("gender_plan", "end_year"): (tna.MIN_YEAR, tna.MAX_YEAR),
}
# What a legal erasure leaves of a row (services.roster.erasure.erase_staff writes the same): once a
# row is erased on any replica, these values win over every edit, however late its stamp.
ERASURE: dict[str, dict[str, Any]] = {
    "staff": {
        "staff_number": None,
        "full_name": None,
        "sex": None,
        "birth_year": None,
        "start_year": None,
        "left_on": None,
        "office_id": None,
        "position_id": None,
        "status": roster.StaffStatus.LEFT.value,
        "deleted": True,
        "erased": True,
    },
}


TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("reference_document", "body"): 512 * 1024,
    ("news_item", "body"): news.MAX_BODY,
    ("news_item", "body_fr"): news.MAX_BODY,
}


class RecordInvalid(ValueError):
    """A value that does not fit its column; the message names the column."""


@dataclass(frozen=True)
class ColumnRule:
    name: str
    nullable: bool
    check: Callable[[Any], bool]
    describe: str  # what the value must be, in English (the code reads it too)
    # The same for a reader, in the app's language: a marked sentence and its values.
    wording: tuple[str, tuple[tuple[str, Any], ...]] = ("", ())

    def expected(self) -> str:
        sentence, values = self.wording
        return _(sentence).format(**dict(values)) if sentence else self.describe


@dataclass(frozen=True)
class TableSpec:
    name: str
    groups: dict[str, tuple[str, ...]]
    columns: dict[str, ColumnRule]
    parents: dict[str, str] = field(default_factory=dict)  # column -> parent table
    member_column: str | None = "member_code"
    order: int = 0

    @cached_property
    def required(self) -> tuple[str, ...]:
        return tuple(c for c, rule in self.columns.items() if not rule.nullable)


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _unicode(value: str) -> bool:
    """No lone surrogate (JSON can spell one, "\\ud800"; UTF-8 and SQLite cannot store it)."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _rule(table: str, column: Column[Any]) -> ColumnRule:
    kind = column.type
    check: Callable[[Any], bool]
    describe: str
    wording: tuple[str, tuple[tuple[str, Any], ...]]
    enum = ENUMS.get((table, column.name))
    if column.foreign_keys and column.name != "member_code":
        check, describe = is_uuid, "an id"
        wording = (N_("an id"), ())
    elif enum is not None:
        allowed = {e.value for e in enum}

        def one_of(v: Any, a: set[str] = allowed) -> bool:
            return v in a

        check, describe = one_of, f"one of {sorted(allowed)}"
        wording = (N_("one of {values}"), (("values", ", ".join(sorted(allowed))),))
    elif isinstance(kind, Boolean):

        def true_or_false(v: Any) -> bool:
            return isinstance(v, bool)

        check, describe = true_or_false, "true or false"
        wording = (N_("true or false"), ())
    elif isinstance(kind, Integer):
        low, high = RANGES.get((table, column.name), (-(2**53), 2**53))

        def whole_number(v: Any, lo: int = low, hi: int = high) -> bool:
            return isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi

        check = whole_number
        describe = f"a whole number from {low} to {high}"
        wording = (N_("a whole number from {low} to {high}"), (("low", low), ("high", high)))
    elif isinstance(kind, Date):
        check, describe = _is_date, "a date YYYY-MM-DD"
        wording = (N_("a date YYYY-MM-DD"), ())
    elif isinstance(kind, (String, Text)):
        limit = getattr(kind, "length", None) or TEXT_LIMITS.get((table, column.name), 10_000)

        def short_text(v: Any, n: int = limit) -> bool:
            return isinstance(v, str) and len(v) <= n and _unicode(v)

        check = short_text
        describe = f"a text of at most {limit} characters"
        wording = (N_("a text of at most {limit} characters"), (("limit", limit),))
    else:
        raise TypeError(f"no sync rule for {table}.{column.name} ({kind})")
    return ColumnRule(column.name, bool(column.nullable), check, describe, wording)


@cache
def tables() -> dict[str, TableSpec]:
    specs = {}
    for order, model in enumerate(models.synced_models()):
        table = model.__table__
        if not isinstance(table, Table):
            raise TypeError(f"{model.__name__} is not mapped to one table")
        groups = {name: tuple(cols) for name, cols in model.__sync_groups__.items()}
        groups[DELETED_GROUP] = ("deleted",)
        columns = {c.name: _rule(table.name, c) for c in table.columns if c.name != "id"}
        parents = {
            c.name: next(iter(c.foreign_keys)).column.table.name
            for c in table.columns
            if c.foreign_keys and c.name != "member_code"
        }
        member_column = "member_code" if "member_code" in table.columns else None
        # A plain str: SQLAlchemy's quoted_name costs sqlite3 an adapter lookup per bound row.
        specs[table.name] = TableSpec(
            str(table.name), groups, columns, parents, member_column=member_column, order=order
        )
    return specs


@cache
def stored_to_wire(table: str) -> tuple[tuple[str, bool], ...]:
    """(column, is_boolean) in column order: what a stored SQLite value needs to become its
    wire form. SQLite keeps booleans as 0/1 and dates already as ISO text."""
    spec = tables()[table]
    return tuple((c, rule.describe == "true or false") for c, rule in spec.columns.items())


def row_to_wire(table: str, stored: tuple[Any, ...]) -> dict[str, Any]:
    return {
        column: (bool(value) if boolean and value is not None else value)
        for (column, boolean), value in zip(stored_to_wire(table), stored, strict=True)
    }


def to_wire(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_wire(spec: TableSpec, column: str, value: Any) -> Any:
    rule = spec.columns[column]
    if value is None:
        if not rule.nullable:
            raise RecordInvalid(
                _("{table}.{column} may not be empty").format(table=spec.name, column=column)
            )
        return None
    if not rule.check(value):
        raise RecordInvalid(
            _("{table}.{column} must be {expected}").format(
                table=spec.name, column=column, expected=rule.expected()
            )
        )
    if rule.describe.startswith("a date"):
        return dt.date.fromisoformat(value)
    return value
