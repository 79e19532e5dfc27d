"""E-learning: the WCO and OCO module catalogue (reference data, elearning.json, as shipped or as
the Secretariat published it) and the completions of each staff member.

A module is known by a code made in one place, `domain.programme.module_code`: the slug of its
platform and title ("clikc-hs-foundation"). A completion's id is derived from (staff, module),
so entering the same completion twice, here or at another site, meets on one row.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import module_code
from oco_desktop.domain.roster import Role
from oco_desktop.language import _, format_date, format_number
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Installation, Staff
from oco_desktop.store.programme_models import ElearningCompletion
from oco_desktop.store.reference_files import ELEARNING_FILE, reference_for

COMPLETION_NAMESPACE = uuid.UUID("5e0b8f3a-7c21-4d6e-9a4f-2b8c1d3e6f70")
MAX_CERTIFICATE = 100
MAX_HOURS = 1000
MAX_BATCH = 5000


@dataclass(frozen=True)
class Module:
    code: str
    title: str
    platform: str
    category: str | None
    category_fr: str | None
    languages: tuple[str, ...]
    hours: float | None
    certificate: bool
    title_fr: str | None = None  # where the catalogue gives the French title

    def name(self, language: str) -> str:
        return self.title_fr if language == "fr" and self.title_fr else self.title

    def category_name(self, language: str) -> str:
        if language == "fr" and self.category_fr:
            return self.category_fr
        return self.category or ""


@dataclass(frozen=True)
class CompletionInfo:
    id: str
    member_code: str
    staff_id: str
    staff_number: str | None
    full_name: str | None
    module_code: str
    module_title: str
    completed_on: dt.date
    certificate_ref: str | None
    hours: int | None
    module_title_fr: str | None = None

    def module_name(self, language: str) -> str:
        return (
            self.module_title_fr if language == "fr" and self.module_title_fr else self.module_title
        )


@dataclass(frozen=True)
class RecordResult:
    added: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def completion_id_for(staff_id: str, code: str) -> str:
    return str(uuid.uuid5(COMPLETION_NAMESPACE, f"{staff_id}/{code}"))


def _catalogue(session: Session) -> list[Module]:
    _version, data = reference_for(session, ELEARNING_FILE)
    modules = []
    for m in data.get("modules", []):
        hours = m.get("hours")
        modules.append(
            Module(
                module_code(m.get("platform", ""), m["title"]),
                m["title"],
                m.get("platform", ""),
                m.get("category"),
                m.get("category_fr") or m.get("category"),
                tuple(m.get("languages") or ()),
                float(hours) if hours is not None else None,
                bool(m.get("certificate", False)),
                m.get("title_fr") or None,
            )
        )
    return modules


def catalogue(store: Store) -> list[Module]:
    """The modules in catalogue order."""
    with store.read() as session:
        return _catalogue(session)


def module_counts(store: Store, member_code: str | None = None) -> dict[str, int]:
    """module code -> completions (of the member; every member's if None on the Secretariat)."""
    with store.read() as session:
        member = _scope(session, member_code)
        query = (
            select(ElearningCompletion.module_code, func.count())
            .where(ElearningCompletion.deleted.is_(False))
            .group_by(ElearningCompletion.module_code)
        )
        if member:
            query = query.where(ElearningCompletion.member_code == member)
        return dict(session.execute(query).all())


def _scope(session: Session, member_code: str | None) -> str | None:
    if member_code:
        return member_code
    installation = session.get(Installation, 1)
    if installation is None or installation.role == Role.SECRETARIAT.value:
        return None
    return installation.member_code


def list_completions(
    store: Store,
    *,
    member_code: str | None = None,
    module: str | None = None,
    staff_id: str | None = None,
) -> list[CompletionInfo]:
    """Completions, newest first."""
    with store.read() as session:
        modules = {m.code: m for m in _catalogue(session)}
        member = _scope(session, member_code)
        query = (
            select(ElearningCompletion, Staff.staff_number, Staff.full_name)
            .join(Staff, Staff.id == ElearningCompletion.staff_id)
            .where(ElearningCompletion.deleted.is_(False))
            .order_by(ElearningCompletion.completed_on.desc(), Staff.full_name)
        )
        if member:
            query = query.where(ElearningCompletion.member_code == member)
        if module:
            query = query.where(ElearningCompletion.module_code == module)
        if staff_id:
            query = query.where(ElearningCompletion.staff_id == staff_id)
        return [
            CompletionInfo(
                c.id, c.member_code, c.staff_id, number, name, c.module_code,
                modules[c.module_code].title if c.module_code in modules else c.module_code,
                c.completed_on, c.certificate_ref, c.hours,
                modules[c.module_code].title_fr if c.module_code in modules else None,
            )
            for c, number, name in session.execute(query)
        ]  # fmt: skip


def record_completions(
    store: Store,
    module: str,
    staff_ids: list[str],
    completed_on: dt.date,
    actor: Actor,
    *,
    certificate_ref: str | None = None,
    hours: int | None = None,
    today: dt.date | None = None,
) -> RecordResult:
    """Record that these staff completed `module` on `completed_on`, in one transaction.
    Idempotent: a completion already recorded with the same values is left alone; one with
    other values (date, certificate, hours) is updated. Refused as a whole, with nothing
    saved, for an unknown module, a future date, or a person not on the roster or who had
    left before that date."""
    day = today or dt.date.today()
    if not isinstance(completed_on, dt.date):
        raise InvalidInput(_("Give the date of completion (YYYY-MM-DD)."), field="completed_on")
    if completed_on > day:
        raise InvalidInput(
            _("{completed_on} is in the future: give the day the module was completed.").format(
                completed_on=format_date(completed_on, short=True)
            ),
            field="completed_on",
        )
    if completed_on.year < 2000:
        raise InvalidInput(_("Give a completion date from 2000 on."), field="completed_on")
    certificate = (certificate_ref or "").strip() or None
    if certificate and len(certificate) > MAX_CERTIFICATE:
        raise InvalidInput(
            _("The certificate reference is longer than {most} characters.").format(
                most=MAX_CERTIFICATE
            ),
            field="certificate_ref",
        )
    if hours is not None and (
        isinstance(hours, bool) or not isinstance(hours, int) or not 0 < hours <= MAX_HOURS
    ):
        raise InvalidInput(
            _("Give the hours as a whole number from 1 to {most}.").format(most=MAX_HOURS),
            field="hours",
        )
    wanted = list(dict.fromkeys(staff_ids))
    if not wanted:
        raise InvalidInput(_("Choose at least one staff member."), field="staff")
    if len(wanted) > MAX_BATCH:
        raise InvalidInput(
            _("Record at most {count} people at a time.").format(count=format_number(MAX_BATCH)),
            field="staff",
        )
    with store.write() as session:
        codes = {m.code for m in _catalogue(session)}
        if module not in codes:
            raise InvalidInput(
                _(
                    "'{module}' is not a module of the e-learning catalogue: see `oco-desktop "
                    "programme elearning modules`."
                ).format(module=module),
                field="module",
            )
        people = {
            row.id: row
            for row in session.execute(
                select(
                    Staff.id,
                    Staff.member_code,
                    Staff.full_name,
                    Staff.staff_number,
                    Staff.status,
                    Staff.left_on,
                    Staff.deleted,
                ).where(Staff.id.in_(wanted))
            )
        }
        member = _scope(session, None)
        for staff_id in wanted:
            person = people.get(staff_id)
            if person is None or person.deleted or (member and person.member_code != member):
                raise InvalidInput(_("A chosen person is not on your roster."), field="staff")
            if person.status == "left" and (
                person.left_on is None or person.left_on < completed_on
            ):
                raise InvalidInput(
                    _("{who} had left the administration by that date.").format(
                        who=person.full_name or person.staff_number
                    ),
                    field="staff",
                )
        ids = {staff_id: completion_id_for(staff_id, module) for staff_id in wanted}
        existing = {
            row.id: row
            for row in session.scalars(
                select(ElearningCompletion).where(ElearningCompletion.id.in_(ids.values()))
            )
        }
        tally: Counter[str] = Counter()
        new_rows, audit_rows = [], []
        values = {"completed_on": completed_on, "certificate_ref": certificate, "hours": hours}
        for staff_id, completion_id in ids.items():
            row = existing.get(completion_id)
            if row is None:
                new_rows.append(
                    {
                        "id": completion_id,
                        "deleted": False,
                        "member_code": people[staff_id].member_code,
                        "staff_id": staff_id,
                        "module_code": module,
                        **values,
                    }
                )
                tally["added"] += 1
                audit_rows += audit.entry_rows(
                    actor, Action.CREATE, "elearning_completion", completion_id,
                    [audit.Change("module_code", None, module),
                     audit.Change("completed_on", None, completed_on)],
                )  # fmt: skip
                continue
            before = {k: getattr(row, k) for k in values} | {"deleted": row.deleted}
            after = values | {"deleted": False}
            changes = audit.diff(before, after, after)
            if not changes:
                tally["unchanged"] += 1
                continue
            for change in changes:
                setattr(row, change.field, change.new)
            tally["updated"] += 1
            audit_rows += audit.entry_rows(
                actor, Action.UPDATE, "elearning_completion", completion_id, changes
            )
        if new_rows:
            session.execute(
                insert(ElearningCompletion).execution_options(render_nulls=True), new_rows
            )
        audit.write_rows(session, audit_rows)
        return RecordResult(tally["added"], tally["updated"], tally["unchanged"])


def remove_completion(store: Store, completion_id: str, actor: Actor) -> None:
    """Remove a completion entered by mistake (a tombstone, so the removal travels)."""
    with store.write() as session:
        row = session.get(ElearningCompletion, completion_id)
        if row is None or row.deleted:
            raise InvalidInput(_("This completion does not exist (any more)."), field="completion")
        member = _scope(session, None)
        if member and row.member_code != member:
            raise InvalidInput(
                _("This completion is another administration's."), field="completion"
            )
        row.deleted = True
        audit.record(session, actor, Action.DELETE, "elearning_completion", row.id)
