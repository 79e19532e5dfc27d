"""Who may write what: a member's bundle carries only that member's rows, never the rows the
Secretariat publishes to everyone (courses, sessions, reference documents); a bundle from the
Secretariat to a member carries only that member's rows and the published ones.

A row's owner is decided by what the RECEIVER already holds, never by the bundle: a row held
here keeps the member it has (a bundle can neither move it to another member nor rename or
erase it for another member); a row new here belongs to the member its record names, which
must be the sender's. A row may point only to parents of the same member (or to published
rows). The merge applies these checks where it loads each row anyway (sync/merge.py), so they
cost no extra query; parked rows keep their sender and pass the same checks when retried.

Site codes are compared exactly with the member list and the Secretariat's code: a Cyrillic
look-alike or an unknown code never becomes a peer.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.language import N_, _
from oco_desktop.sync import schema
from oco_desktop.sync.records import Record

SECRETARIAT = "SEC"


@dataclass(frozen=True)
class Scope:
    """What a bundle from `sender` may change at `receiver`: `member` is the only member whose
    rows it may carry (None: anything, the Secretariat writing to itself)."""

    sender: str
    member: str | None

    @classmethod
    def of(cls, sender: str, receiver: str) -> Scope:
        if sender == SECRETARIAT and receiver == SECRETARIAT:
            return cls(sender, None)
        return cls(sender, receiver if sender == SECRETARIAT else sender)

    @property
    def may_publish(self) -> bool:
        return self.sender == SECRETARIAT

    def violation(
        self, spec: schema.TableSpec, record: Record, held_by: object, has_row: bool
    ) -> str | None:
        """Why this record may not come from the sender (a sentence), or None. `held_by` is
        the member of the row as held here (ignored when `has_row` is False)."""
        if self.member is None:
            return None
        if spec.member_column is None:
            if self.may_publish:
                return None
            return _("it changes {table} {row}, which only the Secretariat publishes").format(
                table=spec.name, row=record.row_id
            )
        if has_row and held_by != self.member:
            return _foreign(spec.name, record.row_id, held_by, self.member)
        code = member_of(spec, record)
        if code is not _ABSENT and code != self.member:
            if has_row:
                return _(
                    "it would move {table} {row} from {old} to {new}; a row's member never changes"
                ).format(table=spec.name, row=record.row_id, old=held_by, new=code)
            return _foreign(spec.name, record.row_id, code, self.member)
        return None

    def parent_violation(
        self, table: str, column: str, parent: str, parent_id: str, owner: object
    ) -> str | None:
        if self.member is None or schema.tables()[parent].member_column is None:
            return None
        if owner == self.member:
            return None
        return _(
            "its {table}.{column} points to {parent} {parent_id} of {owner}, but the bundle "
            "may only carry {member}'s rows"
        ).format(
            table=table,
            column=column,
            parent=parent,
            parent_id=parent_id,
            owner=owner,
            member=self.member,
        )


_ABSENT = object()


def member_of(spec: schema.TableSpec, record: Record) -> object:
    """The member the record sets, or _ABSENT when it does not send the member group."""
    assert spec.member_column is not None
    group = _member_group(spec)
    change = record.groups.get(group)
    if change is None:
        return _ABSENT
    return change.values[spec.groups[group].index(spec.member_column)]


def _member_group(spec: schema.TableSpec) -> str:
    return next(g for g, cols in spec.groups.items() if spec.member_column in cols)


def out_of_scope(
    conn: Connection, records: Sequence[Record], sender: str, receiver: str
) -> str | None:
    """Why these records may not come from `sender` to `receiver` (a sentence naming the
    first offending row), or None. This is the check that needs no row of the store (the
    member each record names, the published tables); the owner a row has here is checked by
    the merge, which loads the row anyway."""
    scope = Scope.of(sender, receiver)
    specs = schema.tables()
    for record in records:
        refused = scope.violation(specs[record.table], record, None, False)
        if refused is not None:
            return refused
    return None


def refuse(sender: str, reason: str) -> BundleRejected:
    return BundleRejected(
        "out_of_scope",
        _("{sender}'s bundle was refused: {reason}").format(sender=sender, reason=reason),
    )


def _foreign(table: str, row_id: str, code: object, member: str) -> str:
    return _(
        "it changes {table} {row} of {code}, but the bundle may only carry {member}'s rows"
    ).format(table=table, row=row_id, code=code, member=member)


# ------------------------------------------------------------------------------ site codes


def known_sites(conn: Connection) -> frozenset[str]:
    """The codes a site may have: the member list (reference data) and the Secretariat."""
    codes = {code for (code,) in conn.exec_driver_sql("SELECT code FROM member")}
    return frozenset(codes | {SECRETARIAT})


# What names the site code, for site_refusal: whole sentences, so a translator can order them.
SITE_REFUSALS = {
    "sender": N_(
        "the bundle names the sender as '{code}'{hint}, which is not an OCO site code: only the "
        "codes of the member list and {secretariat} are accepted"
    ),
    "recipient": N_(
        "the bundle names the recipient as '{code}'{hint}, which is not an OCO site code: only "
        "the codes of the member list and {secretariat} are accepted"
    ),
    "card": N_(
        "The key card's site '{code}'{hint} is not an OCO site code: only the codes of the member "
        "list and {secretariat} are accepted"
    ),
}


def site_refusal(code: str, known: Collection[str], what: str) -> str | None:
    """A sentence when `code` is not exactly one of the known site codes, else None. `what`
    says where the code was read: a key of SITE_REFUSALS."""
    if code in known:
        return None
    shown = code.encode("unicode_escape").decode("ascii") if not code.isascii() else code
    hint = "" if code.isascii() else " " + _("(it has letters that only look like Latin ones)")
    return _(SITE_REFUSALS[what]).format(code=shown[:20], hint=hint, secretariat=SECRETARIAT)
