"""Import a staff list (.xlsx or .csv): a preview first, where every row is new, updated,
unchanged or in error (with the row number, the column and what to fix), and likely
duplicates are warned about; then one transaction that writes everything, or only the valid
rows when the officer chooses so, or nothing.

Rows are matched on staff number, so importing the same file twice changes nothing. An empty
cell keeps the recorded value. Offices and positions the roster does not know are listed and
created only when asked (`create_missing`), never invented silently. The plan is made again
inside the write transaction, so what is written matches the data as it is then.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.ids import new_id
from oco_desktop.domain.roster import StaffStatus
from oco_desktop.domain.staff_rules import StaffRecord
from oco_desktop.domain.text import lost_letters, lost_letters_pattern
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.roster.columns import FoundColumn, remember
from oco_desktop.services.roster.io import (
    Choices,
    ParsedRow,
    RowIssue,
    SourceColumn,
    SourceTable,
    issue_at,
    lost_letters_message,
    parse_row,
    read_source,
)
from oco_desktop.services.roster.staff import EDITABLE, member_code_for
from oco_desktop.services.roster.undo import ImportUndo, change_number, summary_entry
from oco_desktop.store.backup import create_backup
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors
from oco_desktop.store.models import Office, Position, Staff

log = logging.getLogger(__name__)
NEW_PLACE = "new:"  # marks an office or position id to be created at apply time
_PLACE_FIELD = {"office_id": rules.OFFICE, "position_id": rules.POSITION}


class RowStatus(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class PreviewRow:
    row: int
    status: RowStatus
    staff_number: str | None
    full_name: str | None
    staff_id: str | None
    changes: tuple[FieldChange, ...] = ()
    errors: tuple[RowIssue, ...] = ()
    warnings: tuple[RowIssue, ...] = ()


@dataclass(frozen=True)
class MissingPlace:
    """An office or position named in the file that the roster does not have."""

    name: str
    rows: tuple[int, ...]
    tier: str | None = None


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    sheet: str | None
    header_row: int
    columns: dict[str, str]
    rows: list[PreviewRow]
    missing_offices: list[MissingPlace]
    missing_positions: list[MissingPlace]
    file_warnings: list[str]
    member_code: str
    create_missing: bool
    parsed: tuple[ParsedRow, ...] = field(repr=False, compare=False, default=())
    source_columns: dict[str, SourceColumn] = field(repr=False, compare=False, default_factory=dict)
    planned: tuple[dict[str, Any], ...] = field(repr=False, compare=False, default=())
    legacy_text: bool = field(repr=False, compare=False, default=False)
    found_columns: tuple[FoundColumn, ...] = ()
    chosen: dict[str, str] = field(default_factory=dict)  # header_key -> field, by the officer
    chosen_source: str | None = None  # "officer" (given now) or "remembered"
    signature: tuple[str, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((s.value for s in RowStatus), 0)
        for row in self.rows:
            counts[row.status.value] += 1
        return counts

    @property
    def refused(self) -> int:
        return self.counts[RowStatus.ERROR.value]

    def as_dict(self) -> dict[str, Any]:
        """A summary without names (staff numbers identify the rows)."""
        return {
            "file": self.file_name,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": self.columns,
            "found_columns": [
                {"letter": c.letter, "header": c.header, "fills": c.field, "chosen": c.chosen}
                for c in self.found_columns
            ],
            "column_choices": self.chosen_source,
            "counts": self.counts,
            "missing_offices": [
                {"name": m.name, "rows": list(m.rows)} for m in self.missing_offices
            ],
            "missing_positions": [
                {"name": m.name, "tier": m.tier, "rows": list(m.rows)}
                for m in self.missing_positions
            ],
            "warnings": self.file_warnings,
            "rows": [
                {
                    "row": r.row,
                    "status": r.status.value,
                    "staff_number": r.staff_number,
                    "changed": [c.field for c in r.changes],
                    "errors": [{"column": i.column, "message": i.message} for i in r.errors],
                    "warnings": [{"column": i.column, "message": i.message} for i in r.warnings],
                }
                for r in self.rows
            ],
        }


@dataclass(frozen=True)
class RosterImportResult:
    preview: ImportPreview
    written: bool
    partial: bool
    created_offices: list[str] = field(default_factory=list)
    created_positions: list[str] = field(default_factory=list)
    undo: ImportUndo | None = field(default=None, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        backup = self.undo.backup if self.undo else None
        return {
            **self.preview.as_dict(),
            "written": self.written,
            "partial": self.partial,
            "created_offices": self.created_offices,
            "created_positions": self.created_positions,
            "backup": str(backup) if backup else None,
        }


# Planning against the roster ---------------------------------------------------------------


@dataclass
class _Roster:
    """What the plan needs from the database, loaded in one pass."""

    member: str
    today: dt.date
    by_number: dict[str, list[dict[str, Any]]]
    offices: dict[str, list[tuple[str, str]]]
    positions: dict[str, list[tuple[str, str, str]]]
    by_person: dict[tuple[str, int], set[str]]


def _key(name: str) -> str:
    return " ".join(rules.fold_for_search(name).split())


def _load(session: Session, member: str, today: dt.date) -> _Roster:
    columns = [getattr(Staff, f) for f in ("id", *EDITABLE)]
    by_number: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_person: dict[tuple[str, int], set[str]] = defaultdict(set)
    for row in session.execute(
        select(*columns).where(Staff.member_code == member, Staff.deleted.is_(False))
    ):
        record = dict(zip(("id", *EDITABLE), row, strict=True))
        number = (record["staff_number"] or "").upper()
        by_number[number].append(record)
        person = rules.duplicate_key(record["full_name"], record["birth_year"])
        if person and number:
            by_person[person].add(number)
    offices: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for office_id, name in session.execute(
        select(Office.id, Office.name).where(Office.member_code == member, ~Office.deleted)
    ):
        offices[_key(name)].append((office_id, name))
    positions: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for position_id, title, tier in session.execute(
        select(Position.id, Position.title, Position.tier).where(
            Position.member_code == member, ~Position.deleted
        )
    ):
        positions[_key(title)].append((position_id, title, tier))
    return _Roster(member, today, by_number, offices, positions, by_person)


class _Planner:
    def __init__(
        self,
        roster: _Roster,
        columns: dict[str, SourceColumn],
        create: bool,
        legacy_text: bool = False,
    ) -> None:
        self.roster, self.columns, self.create = roster, columns, create
        self.legacy_text = legacy_text
        self.missing: dict[str, dict[str, dict[str, Any]]] = {"office": {}, "position": {}}

    def issue(self, field_name: str, message: str) -> RowIssue:
        return issue_at(self.columns, field_name, message)

    def place(
        self,
        kind: str,
        name: str,
        row: int,
        tier: str | None,
        errors: list[RowIssue],
        warnings: list[RowIssue],
    ) -> str | None:
        """The id of the named office or position, or a marker for one to create."""
        key = _key(name)
        known = self.roster.offices if kind == "office" else self.roster.positions
        found = known.get(key, [])
        field_name = rules.OFFICE if kind == "office" else rules.POSITION
        if not found and self.legacy_text and lost_letters(name):
            # 'Queen S?lote Wharf' is the recorded 'Queen Sālote Wharf', never a new office
            pattern = lost_letters_pattern(key)
            found = [
                place for k, places in known.items() if pattern.fullmatch(k) for place in places
            ]
            if len(found) != 1:
                errors.append(self.issue(field_name, lost_letters_message(name)))
                return None
        if len(found) > 1:
            errors.append(
                self.issue(
                    field_name,
                    f"Two {kind}s are named '{rules.shown(name)}' in OCO "
                    f"Desktop; rename one of them first.",
                )
            )
            return None
        if found:
            if kind == "position" and tier and tier != found[0][2]:
                warnings.append(
                    self.issue(
                        rules.TIER,
                        f"Position {rules.shown(found[0][1])} is {found[0][2]} "
                        f"in OCO Desktop; the tier {tier} in the file was not applied.",
                    )
                )
            return found[0][0]
        entry = self.missing[kind].setdefault(key, {"name": name, "rows": [], "tier": tier})
        entry["rows"].append(row)
        entry["tier"] = entry["tier"] or tier
        if not self.create:
            errors.append(
                self.issue(
                    field_name,
                    f"The {kind} '{rules.shown(name)}' is not in OCO Desktop: "
                    f"create it first, or let the import create it.",
                )
            )
            return None
        if kind == "position" and not entry["tier"]:
            errors.append(
                self.issue(
                    rules.TIER,
                    f"Position '{rules.shown(name)}' is new: fill in its Tier "
                    "(T1 to T4) so it can be created.",
                )
            )
            return None
        return NEW_PLACE + key

    def plan(self, parsed: list[ParsedRow]) -> tuple[list[PreviewRow], list[dict[str, Any]]]:
        rows_of: dict[str, list[int]] = defaultdict(list)
        people: dict[tuple[str, int], set[str]] = defaultdict(set)
        for p in parsed:
            number = (p.values.get(rules.STAFF_NUMBER) or "").upper()
            if number:
                rows_of[number].append(p.row)
                person = rules.duplicate_key(
                    p.values.get(rules.FULL_NAME), p.values.get(rules.BIRTH_YEAR)
                )
                if person:
                    people[person].add(number)
        previews, planned = [], []
        for p in parsed:
            preview, values = self._row(p, rows_of, people)
            previews.append(preview)
            planned.append(values)
        return previews, planned

    def _row(
        self,
        p: ParsedRow,
        rows_of: dict[str, list[int]],
        people: dict[tuple[str, int], set[str]],
    ) -> tuple[PreviewRow, dict[str, Any]]:
        errors, warnings, v = list(p.errors), list(p.warnings), p.values
        number = v.get(rules.STAFF_NUMBER)
        upper = (number or "").upper()
        if upper and len(rows_of[upper]) > 1:
            listed = ", ".join(str(r) for r in rows_of[upper])
            errors.append(
                self.issue(
                    rules.STAFF_NUMBER,
                    f"Staff number {rules.shown(number)} appears on "
                    f"rows {listed}: keep one row per person.",
                )
            )
        matches = self.roster.by_number.get(upper, []) if upper else []
        if len(matches) > 1:
            errors.append(
                self.issue(
                    rules.STAFF_NUMBER,
                    f"Staff number {rules.shown(number)} belongs to "
                    f"{len(matches)} records in OCO Desktop; resolve that duplicate on "
                    "the Staff page first.",
                )
            )
        existing = matches[0] if len(matches) == 1 else None
        record = dict(existing) if existing else dict.fromkeys(EDITABLE)
        if existing is None:
            record["status"] = StaffStatus.ACTIVE.value
            if not p.name_given:
                errors.append(
                    self.issue(p.name_field, "The full name is missing; a new person needs a name.")
                )
        for f in (rules.STAFF_NUMBER, rules.FULL_NAME, rules.BIRTH_YEAR, rules.START_YEAR):
            if v.get(f) is not None:
                record[f] = v[f]
        if v.get(rules.SEX) is not None:
            record["sex"] = v[rules.SEX].value
        tier = v[rules.TIER].value if v.get(rules.TIER) else None
        for column, kind in (("office_id", "office"), ("position_id", "position")):
            name = v.get(_PLACE_FIELD[column])
            if name is not None:
                record[column] = self.place(kind, name, p.row, tier, errors, warnings)
        status, left_on = v.get(rules.STATUS), v.get(rules.LEFT_ON)
        if status is None and left_on is not None:
            status = StaffStatus.LEFT
        if status is not None:
            record["status"] = status.value
            if status is not StaffStatus.LEFT:
                record["left_on"] = None
        if left_on is not None:
            record["left_on"] = left_on
        for problem in rules.check_staff(self._as_record(record), self.roster.today):
            if problem.field in (rules.STAFF_NUMBER, rules.FULL_NAME) and problem.field not in v:
                continue  # reported when the cell was read, or kept from the roster as it was
            where = p.name_field if problem.field == rules.FULL_NAME else problem.field
            if where not in self.columns and problem.field == rules.LEFT_ON:
                where = rules.STATUS
            errors.append(self.issue(where, problem.message))
        person = rules.duplicate_key(record["full_name"], record["birth_year"])
        if person and upper:
            others = (self.roster.by_person.get(person, set()) | people.get(person, set())) - {
                upper
            }
            if others:
                warnings.append(
                    self.issue(
                        p.name_field,
                        f"Likely duplicate: {rules.shown(record['full_name'])}"
                        f", born {record['birth_year']}, is also under staff number "
                        f"{', '.join(sorted(others))}. Check it is not the same person.",
                    )
                )
        changes: tuple[FieldChange, ...] = ()
        if errors:
            state = RowStatus.ERROR
        elif existing is None:
            state = RowStatus.NEW
        else:
            changes = tuple(
                FieldChange(f, existing[f], record[f]) for f in EDITABLE if existing[f] != record[f]
            )
            state = RowStatus.UPDATED if changes else RowStatus.UNCHANGED
        preview = PreviewRow(
            p.row,
            state,
            number,
            record["full_name"],
            existing["id"] if existing else None,
            changes,
            tuple(errors),
            tuple(warnings),
        )
        return preview, record

    @staticmethod
    def _as_record(values: dict[str, Any]) -> StaffRecord:
        return StaffRecord(
            staff_number=values["staff_number"],
            full_name=values["full_name"],
            sex=None,
            birth_year=values["birth_year"],
            start_year=values["start_year"],
            status=StaffStatus(values["status"]),
            left_on=values["left_on"],
        )

    def missing_places(self, kind: str) -> list[MissingPlace]:
        return [
            MissingPlace(m["name"], tuple(m["rows"]), m["tier"] if kind == "position" else None)
            for m in self.missing[kind].values()
        ]


def _planned(
    session: Session, preview: ImportPreview, today: dt.date
) -> tuple[ImportPreview, _Planner]:
    planner = _Planner(
        _load(session, preview.member_code, today),
        preview.source_columns,
        preview.create_missing,
        preview.legacy_text,
    )
    rows, planned = planner.plan(list(preview.parsed))
    fresh = replace(
        preview,
        rows=rows,
        planned=tuple(planned),
        missing_offices=planner.missing_places("office"),
        missing_positions=planner.missing_places("position"),
    )
    return fresh, planner


def _dated_notes(table: SourceTable, parsed: tuple[ParsedRow, ...]) -> list[str]:
    """One note per year column that holds dates, rather than a warning on every row."""
    notes = []
    for f in (rules.BIRTH_YEAR, rules.START_YEAR):
        rows = sum(1 for p in parsed if f in p.dated)
        if rows and f in table.columns:
            notes.append(
                f"Column '{table.columns[f].header}' holds dates ({rows:,} rows): only the year "
                f"is kept, as the {rules.FIELD_LABELS[f].lower()}."
            )
    return notes


def preview_import(
    store: Store,
    path: Path,
    *,
    create_missing: bool = False,
    member_code: str | None = None,
    sheet: str | None = None,
    today: dt.date | None = None,
    mapping: dict[str, str] | None = None,
) -> ImportPreview:
    """Read the file and show what an import would do. Writes nothing.

    `mapping` ({header: field or IGNORE}) is the officer's column choices; without it, the
    choices remembered for a file with the same headers are used, else the automatic match."""
    choices = Choices(dict(mapping or {}), store.paths.root)
    table = read_source(Path(path), sheet, choices)
    parsed = tuple(parse_row(r, table) for r in table.rows)
    with store.read() as session:
        member = member_code_for(session, member_code)
        draft = ImportPreview(
            file_name=table.name,
            sheet=table.sheet,
            header_row=table.header_row,
            columns={f: c.header for f, c in table.columns.items()},
            rows=[],
            missing_offices=[],
            missing_positions=[],
            file_warnings=list(table.warnings) + _dated_notes(table, parsed),
            member_code=member,
            create_missing=create_missing,
            parsed=parsed,
            source_columns=dict(table.columns),
            legacy_text=table.legacy_text,
            found_columns=table.found_columns,
            chosen=table.chosen,
            chosen_source=table.chosen_source,
            signature=table.signature,
        )
        preview, _ = _planned(session, draft, today or dt.date.today())
    return preview


def _create_places(
    session: Session, planner: _Planner, wanted: set[str], actor: Actor, source: str
) -> tuple[dict[str, str], list[str], list[str], dict[str, list[str]]]:
    ids: dict[str, str] = {}
    created: dict[str, list[str]] = {"office": [], "position": []}
    created_ids: dict[str, list[str]] = {"office": [], "position": []}
    entries: list[dict[str, Any]] = []
    for kind, model in (("office", Office), ("position", Position)):
        for key, missing in planner.missing[kind].items():
            if NEW_PLACE + key not in wanted:
                continue
            row_id = new_id()
            values: dict[str, Any] = {"member_code": planner.roster.member}
            if kind == "office":
                values |= {"name": missing["name"], "office_type": "hq"}
            else:
                values |= {"title": missing["name"], "tier": missing["tier"]}
            session.execute(insert(model).values(id=row_id, **values))
            ids[NEW_PLACE + key] = row_id
            created[kind].append(missing["name"])
            created_ids[kind].append(row_id)
            changes = [audit.Change(k, None, v) for k, v in values.items()]
            entries += audit.entry_rows(actor, Action.CREATE, kind, row_id, changes, source=source)
    audit.write_rows(session, entries)
    return ids, created["office"], created["position"], created_ids


def apply_import(
    store: Store,
    preview: ImportPreview,
    actor: Actor,
    *,
    partial: bool = False,
    today: dt.date | None = None,
) -> RosterImportResult:
    """Write the previewed import in one transaction. With errors, nothing is written unless
    `partial`, which writes the valid rows only. Returns the plan as it was applied."""
    source = f"import: {preview.file_name}"
    backup_path = None
    if preview.counts["new"] + preview.counts["updated"]:  # the state before, kept first
        with plain_store_errors(store.paths.backups):
            backup_path = create_backup(store.paths, "pre-roster-import").path
    with store.write() as session:
        fresh, planner = _planned(session, preview, today or dt.date.today())
        if fresh.refused and not partial:
            return RosterImportResult(fresh, written=False, partial=partial)
        chosen = [
            (row, values)
            for row, values in zip(fresh.rows, fresh.planned, strict=True)
            if row.status in (RowStatus.NEW, RowStatus.UPDATED)
        ]
        wanted = {
            values[c]
            for _, values in chosen
            for c in _PLACE_FIELD
            if str(values[c] or "").startswith(NEW_PLACE)
        }
        ids, new_offices, new_positions, new_ids = _create_places(
            session, planner, wanted, actor, source
        )
        inserts, updates, entries = [], [], []
        reverted: list[tuple[str, dict[str, Any]]] = []
        for row, values in chosen:
            values = {f: ids.get(values[f], values[f]) for f in EDITABLE}
            if row.status is RowStatus.NEW:
                staff_id = new_id()
                inserts.append({"id": staff_id, "member_code": planner.roster.member, **values})
                changes = [
                    audit.Change(f, None, values[f]) for f in EDITABLE if values[f] is not None
                ]
                entries += audit.entry_rows(
                    actor, Action.CREATE, "staff", staff_id, changes, source=source
                )
            else:
                assert row.staff_id is not None
                updates.append(
                    {"row_id": row.staff_id, **{f"new_{f}": values[f] for f in EDITABLE}}
                )
                changes = [audit.Change(c.field, c.old, values[c.field]) for c in row.changes]
                reverted.append((row.staff_id, {c.field: c.old for c in row.changes}))
                entries += audit.entry_rows(
                    actor, Action.UPDATE, "staff", row.staff_id, changes, source=source
                )
        table = Staff.__table__
        if inserts:
            session.execute(insert(table), inserts)
        if updates:
            session.execute(
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values({f: bindparam(f"new_{f}") for f in EDITABLE}),
                updates,
            )
        if not entries:  # nothing new or changed: no history entry, nothing to undo
            return RosterImportResult(fresh, True, partial)
        import_id = new_id()
        entries += summary_entry(actor, import_id, preview.file_name, fresh.counts)
        audit.write_rows(session, entries)
        undo = ImportUndo(
            import_id,
            preview.file_name,
            change_number(session),
            tuple(row["id"] for row in inserts),
            tuple(reverted),
            tuple(new_ids["office"]),
            tuple(new_ids["position"]),
            backup_path,
            fresh.counts,
        )
    if preview.chosen_source == "officer":  # kept for the next file with the same headers
        try:
            remember_choices(store, preview)
        except OSError as exc:  # the import is written; only the convenience is lost
            log.warning("column choices not remembered: %s", exc)
    return RosterImportResult(fresh, True, partial, new_offices, new_positions, undo)


def remember_choices(store: Store, preview: ImportPreview, name: str | None = None) -> None:
    """Keep the preview's column choices for the next file with the same headers (and under
    `name`, for `--mapping NAME`)."""
    remember(store.paths.root, preview.signature, preview.chosen, name)


def import_roster(
    store: Store,
    path: Path,
    actor: Actor,
    *,
    dry_run: bool = False,
    partial: bool = False,
    create_missing: bool = False,
    member_code: str | None = None,
    sheet: str | None = None,
    today: dt.date | None = None,
    mapping: dict[str, str] | None = None,
) -> RosterImportResult:
    """Preview, then apply unless `dry_run`: the command-line flow in one call."""
    preview = preview_import(
        store,
        path,
        create_missing=create_missing,
        member_code=member_code,
        sheet=sheet,
        today=today,
        mapping=mapping,
    )
    if dry_run:
        return RosterImportResult(preview, written=False, partial=partial)
    return apply_import(store, preview, actor, partial=partial, today=today)
