"""Staff: search for the Staff page's table, one person's record, edits checked against the
staff rules, leavers, removal of a mistaken record, and erasure on a legal request.

Search reads the folded name and staff number kept by SQL triggers in `staff_search` (see
migration 0003), so a keystroke is one indexed query over plain tuples; offices and positions
are few, so their names are matched in Python and become lists of ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import StaffStatus
from oco_desktop.domain.staff_rules import Problem, RuleViolation, StaffRecord
from oco_desktop.language import _
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Installation, Office, Position, Staff

PAGE_SIZE = 200
PERSONAL = ("staff_number", "full_name", "sex", "birth_year", "start_year", "left_on")


class SortColumn(StrEnum):
    NAME = "name"
    STAFF_NUMBER = "staff_number"
    OFFICE = "office"
    POSITION = "position"
    TIER = "tier"
    SEX = "sex"
    BIRTH_YEAR = "birth_year"
    START_YEAR = "start_year"
    STATUS = "status"
    LEFT_ON = "left_on"


@dataclass(frozen=True)
class StaffFilters:
    """Empty sets filter nothing. In `sexes` and `tiers`, "" means not recorded."""

    office_ids: frozenset[str] = frozenset()
    position_ids: frozenset[str] = frozenset()
    tiers: frozenset[str] = frozenset()
    sexes: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    member_code: str | None = None


class StaffRow(NamedTuple):
    """One line of the Staff table (a plain tuple, cheap to hold by the thousand)."""

    id: str
    staff_number: str | None
    full_name: str | None
    sex: str | None
    birth_year: int | None
    start_year: int | None
    office_id: str | None
    office_name: str | None
    position_id: str | None
    position_title: str | None
    tier: str | None
    status: str
    left_on: dt.date | None
    member_code: str


@dataclass(frozen=True)
class StaffResults:
    """One page of the staff search: its rows, from `offset`, of `total` that match."""

    rows: list[StaffRow]
    total: int
    offset: int


@dataclass(frozen=True)
class StaffDraft:
    """What the editor sends: text codes as typed (sex may be F, M, H, X, U or a word)."""

    staff_number: str | None
    full_name: str | None
    sex: str | None = None
    birth_year: int | None = None
    start_year: int | None = None
    office_id: str | None = None
    position_id: str | None = None
    status: str = StaffStatus.ACTIVE.value
    left_on: dt.date | None = None


EDITABLE = tuple(f.name for f in fields(StaffDraft))  # the staff columns an officer edits


@dataclass(frozen=True)
class StaffDetail:
    id: str
    member_code: str
    staff_number: str | None
    full_name: str | None
    sex: str | None
    birth_year: int | None
    start_year: int | None
    office_id: str | None
    office_name: str | None
    position_id: str | None
    position_title: str | None
    tier: str | None
    status: str
    left_on: dt.date | None
    deleted: bool
    erased: bool


# Search runs as plain SQL so that SQLite's loop order can be fixed: sorted by name, the query
# walks staff_search through its index on the key (CROSS JOIN keeps that table outermost), so
# the first page stops after `limit` matches instead of sorting every row.
_COLUMNS = (
    "s.id, s.staff_number, s.full_name, s.sex, s.birth_year, s.start_year, s.office_id, "
    "o.name, s.position_id, p.title, p.tier, s.status, s.left_on, s.member_code"
)
_BY_KEY = "staff_search AS k CROSS JOIN staff AS s ON s.id = k.staff_id"
_BY_STAFF = "staff AS s JOIN staff_search AS k ON k.staff_id = s.id"
_OFFICE = " LEFT JOIN office AS o ON o.id = s.office_id"
_POSITION = " LEFT JOIN position AS p ON p.id = s.position_id"
_SORT_SQL = {
    SortColumn.STAFF_NUMBER: "s.staff_number",
    SortColumn.OFFICE: "o.name COLLATE NOCASE",
    SortColumn.POSITION: "p.title COLLATE NOCASE",
    SortColumn.TIER: "p.tier",
    SortColumn.SEX: "s.sex",
    SortColumn.BIRTH_YEAR: "s.birth_year",
    SortColumn.START_YEAR: "s.start_year",
    SortColumn.STATUS: "s.status",
    SortColumn.LEFT_ON: "s.left_on",
}


class _Where:
    """The WHERE clause of a staff search and its bound values."""

    def __init__(self) -> None:
        self.parts = ["s.deleted = 0"]
        self.params: dict[str, Any] = {}
        self.lists: list[str] = []
        self.has_text = False

    def value(self, value: Any) -> str:
        name = f"v{len(self.params)}"
        self.params[name] = value
        if isinstance(value, list):
            self.lists.append(name)
        return f":{name}"

    def one_of(self, column: str, values: frozenset[str]) -> None:
        """`column` in `values`; the empty string stands for NULL (not recorded)."""
        either = []
        chosen = sorted(v for v in values if v)
        if chosen:
            either.append(f"{column} IN {self.value(chosen)}")
        if "" in values:
            either.append(f"{column} IS NULL")
        self.parts.append("(" + " OR ".join(either) + ")")

    def sql(self) -> str:
        return " AND ".join(self.parts)

    def statement(self, sql: str) -> Any:
        return text(sql).bindparams(*(bindparam(n, expanding=True) for n in self.lists))


def _where(session: Session, query: str, filters: StaffFilters) -> _Where:
    where = _Where()
    if filters.member_code:
        where.parts.append(f"s.member_code = {where.value(filters.member_code)}")
    for column, values in (
        ("s.office_id", filters.office_ids),
        ("s.position_id", filters.position_ids),
        ("s.sex", filters.sexes),
        ("s.status", filters.statuses),
    ):
        if values:
            where.one_of(column, values)
    if filters.tiers:
        where.parts.append(_tier_clause(session, where, filters.tiers))
    terms = rules.search_terms(query)
    if not terms:
        return where
    where.has_text = True
    offices = select(Office.id, Office.name)
    positions = select(Position.id, Position.title)
    if filters.member_code:
        offices = offices.where(Office.member_code == filters.member_code)
        positions = positions.where(Position.member_code == filters.member_code)
    office_keys = [(i, rules.fold_for_search(n)) for i, n in session.execute(offices)]
    position_keys = [(i, rules.fold_for_search(t)) for i, t in session.execute(positions)]
    for term in terms:  # each typed word must match the person, the office or the position
        either = [f"instr(k.search_key, {where.value(term)}) > 0"]
        office_ids = [i for i, key in office_keys if term in key]
        position_ids = [i for i, key in position_keys if term in key]
        if office_ids:
            either.append(f"s.office_id IN {where.value(office_ids)}")
        if position_ids:
            either.append(f"s.position_id IN {where.value(position_ids)}")
        where.parts.append("(" + " OR ".join(either) + ")")
    return where


def _tier_clause(session: Session, where: _Where, tiers: frozenset[str]) -> str:
    """Staff whose position has one of `tiers` ("" for no position), by position id: there are
    a handful of positions, and joining the position of every row scanned is slow."""
    chosen = sorted(t for t in tiers if t)
    ids = list(session.execute(select(Position.id).where(Position.tier.in_(chosen))).scalars())
    either = [f"s.position_id IN {where.value(ids)}"]
    if "" in tiers:  # no position, or one that is not in the table (as a LEFT JOIN finds it)
        either.append("s.position_id IS NULL")
        either.append("s.position_id NOT IN (SELECT id FROM position)")
    return "(" + " OR ".join(either) + ")"


def _count(session: Session, where: _Where, filters: StaffFilters) -> int:
    source = _BY_KEY if where.has_text else "staff AS s"
    sql = f"SELECT count(*) FROM {source} WHERE {where.sql()}"
    return int(session.execute(where.statement(sql), where.params).scalar_one())


def _row(values: Any) -> StaffRow:
    left_on = values[12]
    if isinstance(left_on, str):
        left_on = dt.date.fromisoformat(left_on)
    return StaffRow._make((*values[:12], left_on, values[13]))


def _rows_by_id(session: Session, ids: list[str]) -> list[StaffRow]:
    sql = f"SELECT {_COLUMNS} FROM staff AS s{_OFFICE}{_POSITION} WHERE s.id IN :ids"
    statement = text(sql).bindparams(bindparam("ids", expanding=True))
    found: dict[str, StaffRow] = {}
    for start in range(0, len(ids), 500):  # well under SQLite's limit on bound values
        chunk = ids[start : start + 500]
        found.update((r[0], _row(r)) for r in session.execute(statement, {"ids": chunk}))
    return [found[i] for i in ids]


def search_staff(
    store: Store,
    query: str = "",
    filters: StaffFilters | None = None,
    *,
    sort: SortColumn = SortColumn.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    with_total: bool = True,
) -> StaffResults:
    """One page of the staff table and (unless `with_total` is False) how many rows match.

    `query` matches, word by word and ignoring case, accents, macrons and ʻokina, the name,
    the staff number, the office and the position. Removed and erased records never show."""
    filters = filters or StaffFilters()
    way = " DESC" if descending else ""
    with store.read() as session:
        where = _where(session, query, filters)
        offset, limit = max(0, offset), max(0, limit)
        page = f"LIMIT {limit} OFFSET {offset}"
        if sort is SortColumn.NAME:  # one query, in the order of the index on the key
            sql = (
                f"SELECT {_COLUMNS} FROM {_BY_KEY}{_OFFICE}{_POSITION} WHERE {where.sql()} "
                f"ORDER BY k.search_key{way}, k.staff_id{way} {page}"
            )
            rows = [_row(r) for r in session.execute(where.statement(sql), where.params)]
        else:  # sort narrow rows (ids), then read the page's columns by id
            # Typed text is matched first in the search keys: only the rows it finds are read.
            source = _BY_KEY if where.has_text else _BY_STAFF
            if sort is SortColumn.OFFICE:
                source += _OFFICE
            if sort in (SortColumn.POSITION, SortColumn.TIER):
                source += _POSITION
            sql = (
                f"SELECT s.id FROM {source} WHERE {where.sql()} "
                f"ORDER BY {_SORT_SQL[sort]}{way}, k.search_key, s.id {page}"
            )
            ids = list(session.execute(where.statement(sql), where.params).scalars())
            rows = _rows_by_id(session, ids)
        if not with_total:
            total = offset + len(rows)
        elif offset == 0 and len(rows) < limit:
            total = len(rows)
        else:
            total = _count(session, where, filters)
    return StaffResults(rows=rows, total=total, offset=offset)


def _detail(session: Session, staff_id: str) -> StaffDetail:
    columns = [getattr(Staff, f.name) for f in fields(StaffDetail) if hasattr(Staff, f.name)]
    row = session.execute(
        select(*columns, Office.name.label("office_name"), Position.title.label("position_title"),
               Position.tier.label("tier"))
        .outerjoin(Office, Office.id == Staff.office_id)
        .outerjoin(Position, Position.id == Staff.position_id)
        .where(Staff.id == staff_id)
    ).one_or_none()  # fmt: skip
    if row is None:
        raise InvalidInput(_("This staff record does not exist (any more)."), field="staff")
    return StaffDetail(**row._mapping)


def get_staff(store: Store, staff_id: str) -> StaffDetail:
    with store.read() as session:
        return _detail(session, staff_id)


def member_code_for(session: Session, given: str | None) -> str:
    """The member a new row belongs to: the one given, else this installation's member."""
    if given:
        return given.strip().upper()
    installation = session.get(Installation, 1)
    if installation is None or not installation.member_code:
        raise InvalidInput(
            _("Choose the member administration these staff belong to."), field="member"
        )
    return installation.member_code


def _parsed(draft: StaffDraft) -> tuple[StaffRecord, list[Problem]]:
    problems: list[Problem] = []
    try:
        sex = rules.parse_sex(draft.sex)
    except RuleViolation as exc:
        problems.append(Problem(exc.field, exc.message))
        sex = None
    try:
        status = rules.parse_status(draft.status) or StaffStatus.ACTIVE
    except RuleViolation as exc:
        problems.append(Problem(exc.field, exc.message))
        status = StaffStatus.ACTIVE
    record = StaffRecord(
        staff_number=rules.clean_text(draft.staff_number),
        full_name=rules.clean_text(draft.full_name),
        sex=sex,
        birth_year=draft.birth_year,
        start_year=draft.start_year,
        status=status,
        left_on=draft.left_on,
    )
    return record, problems


def _placement_problems(
    session: Session, draft: StaffDraft, member_code: str, staff_id: str | None
) -> list[Problem]:
    """An office or position chosen anew must exist; one kept as it was (a leaver's removed
    office, say) is fine."""
    current = session.get(Staff, staff_id) if staff_id else None
    problems = []
    for field, model in (("office_id", Office), ("position_id", Position)):
        wanted, label = getattr(draft, field), field.removesuffix("_id")
        if wanted is None or (current is not None and getattr(current, field) == wanted):
            continue
        found = session.get(model, wanted)
        assert found is None or isinstance(found, (Office, Position))
        if found is None or found.deleted or found.member_code != member_code:
            message = (
                _("The chosen office no longer exists; choose another office.")
                if model is Office
                else _("The chosen position no longer exists; choose another position.")
            )
            problems.append(Problem(label, message))
    return problems


def _number_taken(
    session: Session, number: str | None, member_code: str, staff_id: str | None
) -> Problem | None:
    if not number:
        return None
    query = select(Staff.full_name).where(
        Staff.member_code == member_code,
        Staff.deleted.is_(False),
        func.upper(Staff.staff_number) == number.upper(),
    )
    if staff_id:
        query = query.where(Staff.id != staff_id)
    holder = session.execute(query.limit(1)).scalar_one_or_none()
    if holder is None:
        return None
    return Problem(
        rules.STAFF_NUMBER,
        _("Staff number {number} is already used by {holder}; check the number.").format(
            number=rules.shown(number), holder=rules.shown(holder)
        ),
    )


def _problems(
    session: Session,
    draft: StaffDraft,
    member_code: str,
    staff_id: str | None,
    today: dt.date,
) -> tuple[StaffRecord, list[Problem]]:
    record, problems = _parsed(draft)
    problems += rules.check_staff(record, today)
    problems += _placement_problems(session, draft, member_code, staff_id)
    taken = _number_taken(session, record.staff_number, member_code, staff_id)
    if taken:
        problems.append(taken)
    return record, problems


def validate_draft(
    store: Store,
    draft: StaffDraft,
    *,
    staff_id: str | None = None,
    member_code: str | None = None,
    today: dt.date | None = None,
) -> list[Problem]:
    """Every problem with the editor's current values, for validation as you type."""
    with store.read() as session:
        if staff_id is not None:
            member = _detail(session, staff_id).member_code
        else:
            member = member_code_for(session, member_code)
        return _problems(session, draft, member, staff_id, today or dt.date.today())[1]


def _checked_values(
    session: Session, draft: StaffDraft, member_code: str, staff_id: str | None, today: dt.date
) -> dict[str, Any]:
    record, problems = _problems(session, draft, member_code, staff_id, today)
    if problems:
        first = problems[0]
        raise InvalidInput(first.message, field=first.field)
    return {
        "staff_number": record.staff_number,
        "full_name": record.full_name,
        "sex": record.sex.value if record.sex else None,
        "birth_year": record.birth_year,
        "start_year": record.start_year,
        "office_id": draft.office_id,
        "position_id": draft.position_id,
        "status": record.status.value,
        "left_on": record.left_on,
    }


def create_staff(
    store: Store,
    draft: StaffDraft,
    actor: Actor,
    *,
    member_code: str | None = None,
    today: dt.date | None = None,
) -> StaffDetail:
    with store.write() as session:
        member = member_code_for(session, member_code)
        values = _checked_values(session, draft, member, None, today or dt.date.today())
        staff = Staff(member_code=member, **values)
        session.add(staff)
        session.flush()
        changes = [audit.Change(f, None, v) for f, v in values.items() if v is not None]
        audit.record(session, actor, Action.CREATE, "staff", staff.id, changes, source="editor")
        return _detail(session, staff.id)


def _live_staff(session: Session, staff_id: str) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None or staff.deleted:
        raise InvalidInput(
            _("This staff record was removed or erased and can no longer be changed."),
            field="staff",
        )
    return staff


def _snapshot(staff: Staff) -> dict[str, Any]:
    return {f: getattr(staff, f) for f in EDITABLE}


def update_staff(
    store: Store,
    staff_id: str,
    draft: StaffDraft,
    actor: Actor,
    *,
    today: dt.date | None = None,
    source: str = "editor",
) -> StaffDetail:
    """Save the editor's values for one person (every editable field, as given)."""
    with store.write() as session:
        staff = _live_staff(session, staff_id)
        values = _checked_values(
            session, draft, staff.member_code, staff_id, today or dt.date.today()
        )
        before = _snapshot(staff)
        changes = audit.diff(before, values, EDITABLE)
        if changes:
            for change in changes:
                setattr(staff, change.field, change.new)
            leaving = values["status"] == StaffStatus.LEFT and before["status"] != StaffStatus.LEFT
            action = Action.LEFT if leaving else Action.UPDATE
            audit.record(session, actor, action, "staff", staff_id, changes, source=source)
        return _detail(session, staff_id)


def mark_left(
    store: Store, staff_id: str, left_on: dt.date, actor: Actor, *, today: dt.date | None = None
) -> StaffDetail:
    """Record that a person left on `left_on`; they stay in history with status Left."""
    current = get_staff(store, staff_id)
    draft = StaffDraft(
        **{f.name: getattr(current, f.name) for f in fields(StaffDraft)}
        | {"status": StaffStatus.LEFT.value, "left_on": left_on}
    )
    return update_staff(store, staff_id, draft, actor, today=today)


def delete_staff(store: Store, staff_id: str, actor: Actor) -> None:
    """Remove a record entered by mistake (a tombstone that syncs). Its history stays; use
    `erase_staff` for a legal request to remove the personal data itself."""
    with store.write() as session:
        staff = _live_staff(session, staff_id)
        staff.deleted = True
        changes = [audit.Change("deleted", False, True)]
        audit.record(session, actor, Action.DELETE, "staff", staff_id, changes, source="editor")


def checkpoint_truncate(store: Store) -> bool:
    """Copy the write-ahead log into the data file and empty it, so old page images (with
    values since overwritten) leave the disk files. False if a reader kept it from finishing."""
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(busy == 0)
