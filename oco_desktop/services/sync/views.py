"""What the Sync page and the Secretariat's overview show: outbox, history, quarantine,
conflicts, parked records and the regional picture. Read-only."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select

from oco_desktop.services.sync.state import PeerStatus, current_replica, unsent_changes
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Member
from oco_desktop.store.sync_models import (
    SyncConflict,
    SyncLedger,
    SyncOutbox,
    SyncPeer,
    SyncPending,
    SyncReplica,
)
from oco_desktop.sync.parked import describe
from oco_desktop.sync.select import select_changes


@dataclass(frozen=True)
class Outbox:
    """What the next bundle to `recipient` would carry, by table (rows)."""

    recipient: str
    rows_by_table: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows_by_table.values())


def outbox(store: Store, recipient: str) -> Outbox:
    with store.read() as session:
        replica = current_replica(session, recipient)
        since = replica.acked_seq if replica else 0
        exclude = {replica.replica_id} if replica else set()
        member = None if recipient == "SEC" else recipient
        selection = select_changes(session.connection(), since, exclude, member)
    return Outbox(recipient, dict(Counter(r.table for r in selection.records)))


@dataclass(frozen=True)
class BundleHistoryEntry:
    when: dt.datetime
    direction: str  # "sent" | "received"
    peer: str
    kind: str
    status: str
    bundle_id: str
    counts: dict[str, object] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)


def history(store: Store, limit: int = 200) -> list[BundleHistoryEntry]:
    """Bundles sent and received, newest first (a received one's status is its receipt)."""
    with store.read() as session:
        sent = [
            BundleHistoryEntry(
                row.created_at,
                "sent",
                row.recipient,
                row.kind,
                row.status,
                row.bundle_id,
                json.loads(row.counts or "{}"),
                json.loads(row.written_to or "[]"),
            )
            for row in session.scalars(
                select(SyncOutbox).order_by(SyncOutbox.created_at.desc()).limit(limit)
            )
        ]
        received = [
            BundleHistoryEntry(
                row.imported_at,
                "received",
                row.sender_code,
                row.kind,
                row.status,
                row.bundle_id,
                json.loads(row.summary or "{}"),
            )
            for row in session.scalars(
                select(SyncLedger).order_by(SyncLedger.imported_at.desc()).limit(limit)
            )
        ]
    return sorted(sent + received, key=lambda e: e.when, reverse=True)[:limit]


@dataclass(frozen=True)
class QuarantinedBundle:
    bundle_id: str
    sender: str
    received_at: dt.datetime
    counts: dict[str, object]


def quarantine(store: Store) -> list[QuarantinedBundle]:
    with store.read() as session:
        return [
            QuarantinedBundle(
                row.bundle_id,
                row.sender_code,
                row.imported_at,
                json.loads(row.summary or "{}").get("counts", {}),
            )
            for row in session.scalars(
                select(SyncLedger)
                .where(SyncLedger.status == "quarantined")
                .order_by(SyncLedger.imported_at)
            )
        ]


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    row_id: str
    group: str
    winner: dict[str, object] | None
    loser: dict[str, object] | None
    detected_at: dt.datetime
    resolved: bool


def conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictView]:
    with store.read() as session:
        query = select(SyncConflict).order_by(SyncConflict.detected_at.desc())
        if not include_resolved:
            query = query.where(SyncConflict.resolved.is_(False))
        return [
            ConflictView(
                c.id,
                c.tbl,
                c.row_id,
                c.grp,
                json.loads(c.winner),
                json.loads(c.loser),
                c.detected_at,
                c.resolved,
            )
            for c in session.scalars(query)
        ]


def mark_conflict_reviewed(store: Store, conflict_id: int) -> None:
    """The officer has looked at it (and made a new edit if the winner was wrong)."""
    with store.write() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is not None:
            conflict.resolved = True


@dataclass(frozen=True)
class MemberOverview:
    code: str
    name: str
    trust: str | None
    last_bundle_at: dt.datetime | None
    days_since_last_bundle: int | None
    staff_in_post: int
    unresolved_conflicts: int


def regional_overview(store: Store, today: dt.date | None = None) -> list[MemberOverview]:
    """The Secretariat's picture: every member, its trust, its last bundle and how old it is."""
    day = today or dt.date.today()
    with store.read() as session:
        peers = {p.code: p.status for p in session.scalars(select(SyncPeer))}
        last = dict(
            session.execute(
                select(SyncLedger.sender_code, func.max(SyncLedger.imported_at))
                .where(SyncLedger.status == "applied")
                .group_by(SyncLedger.sender_code)
            ).all()
        )
        conn = session.connection()
        staff: dict[str, int] = dict(
            conn.exec_driver_sql(
                "SELECT member_code, count(*) FROM staff WHERE deleted = 0 AND status != 'left' "
                "GROUP BY member_code"
            ).all()
        )
        open_conflicts: dict[str, int] = dict(
            conn.exec_driver_sql(
                "SELECT s.member_code, count(*) FROM sync_conflict c "
                "JOIN staff s ON s.id = c.row_id WHERE c.resolved = 0 GROUP BY s.member_code"
            ).all()
        )
        members = session.scalars(select(Member).order_by(Member.name_en)).all()
        return [
            MemberOverview(
                m.code,
                m.name_en,
                peers.get(m.code),
                last.get(m.code),
                (day - last[m.code].date()).days if m.code in last else None,
                staff.get(m.code, 0),
                open_conflicts.get(m.code, 0),
            )
            for m in members
        ]


def acknowledged_bundles(store: Store) -> dict[str, bool]:
    """For each bundle written here that carried changes: has the recipient acknowledged them
    (its receipt came back)? A later bundle's receipt covers the earlier ones too."""
    with store.read() as session:
        acked: dict[str, int] = {}
        for replica in session.scalars(select(SyncReplica)):
            if replica.last_acked_at is not None:
                acked[replica.site_code] = max(acked.get(replica.site_code, 0), replica.acked_seq)
        return {
            row.bundle_id: row.upto_seq <= acked.get(row.recipient, 0)
            for row in session.scalars(select(SyncOutbox).where(SyncOutbox.status == "written"))
            if row.upto_seq > row.since_seq
        }


@dataclass(frozen=True)
class ConflictLine:
    """A conflict told in names: the record it touched and the values, ids turned into names."""

    id: int
    member: str | None
    table: str
    record: str
    group: str
    kept: dict[str, object]
    lost: dict[str, object]
    kept_from: str | None
    lost_from: str | None
    detected_at: dt.datetime
    resolved: bool


_RECORD_LABELS = {
    "staff": "SELECT member_code, coalesce(full_name, '') || ' (' || coalesce(staff_number, '–') "
    "|| ')' FROM staff WHERE id = ?",
    "office": "SELECT member_code, name FROM office WHERE id = ?",
    "position": "SELECT member_code, title FROM position WHERE id = ?",
    "position_competency": "SELECT pc.member_code, p.title || ': ' || pc.competency_code FROM "
    "position_competency pc LEFT JOIN position p ON p.id = pc.position_id WHERE pc.id = ?",
    "tna_cycle": "SELECT member_code, CAST(year AS TEXT) FROM tna_cycle WHERE id = ?",
    "tna_assessment": "SELECT a.member_code, coalesce(s.full_name, '') || ': ' || "
    "a.competency_code FROM tna_assessment a LEFT JOIN staff s ON s.id = a.staff_id "
    "WHERE a.id = ?",
    "tna_need": "SELECT n.member_code, CAST(c.year AS TEXT) || ': ' || n.competency_code || "
    "' (' || n.band || ')' FROM tna_need n LEFT JOIN tna_cycle c ON c.id = n.cycle_id "
    "WHERE n.id = ?",
}
_ID_NAMES = {
    "office_id": "SELECT name FROM office WHERE id = ?",
    "position_id": "SELECT title FROM position WHERE id = ?",
    "staff_id": "SELECT full_name FROM staff WHERE id = ?",
    "cycle_id": "SELECT CAST(year AS TEXT) FROM tna_cycle WHERE id = ?",
}


def conflict_report(store: Store, *, include_resolved: bool = False) -> list[ConflictLine]:
    """`conflicts`, with the member, a readable name for the record, ids in the values replaced
    by names, and the sites whose values were kept and lost; newest first."""
    with store.read() as session:
        conn = session.connection()
        sites = {r.replica_id: r.site_code for r in session.scalars(select(SyncReplica))}
        own = conn.exec_driver_sql("SELECT site_id, member_code FROM installation").first()
        if own is not None:
            sites[own[0]] = own[1] or "SEC"

        def named(values: str) -> dict[str, object]:
            found = json.loads(values) or {}
            for column, sql in _ID_NAMES.items():
                if found.get(column):
                    name = conn.exec_driver_sql(sql, (found[column],)).scalar()
                    found[column] = name if name is not None else found[column]
            return found

        query = select(SyncConflict).order_by(SyncConflict.detected_at.desc(), SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.resolved.is_(False))
        lines = []
        for c in session.scalars(query):
            sql = _RECORD_LABELS.get(c.tbl)
            found = conn.exec_driver_sql(sql, (c.row_id,)).first() if sql else None
            lines.append(
                ConflictLine(
                    c.id,
                    found[0] if found else None,
                    c.tbl,
                    found[1] if found and found[1] else c.row_id,
                    c.grp,
                    named(c.winner),
                    named(c.loser),
                    sites.get(c.winner_site),
                    sites.get(c.loser_site),
                    c.detected_at,
                    c.resolved,
                )
            )
        return lines


def peer_status(store: Store, code: str) -> PeerStatus | None:
    """`sync_state.status` for one peer (None if unknown): the Secretariat has two dozen
    peers, and counting every member's unsent changes to show one would be slow."""
    with store.read() as session:
        peer = session.get(SyncPeer, code)
        if peer is None:
            return None
        replica = current_replica(session, code)
        last_sent = session.scalar(
            select(func.max(SyncOutbox.created_at)).where(
                SyncOutbox.recipient == code, SyncOutbox.status == "written"
            )
        )
        return PeerStatus(
            peer.code,
            peer.name,
            peer.status,
            # An unconfirmed key's fingerprint would be the answer to the phone check.
            peer.fingerprint if peer.status == "trusted" else "",
            last_sent,
            replica.last_received_at if replica else None,
            replica.last_acked_at if replica else None,
            unsent_changes(session, code, code if code != "SEC" else None),
        )


@dataclass(frozen=True)
class ParkedRecord:
    """A received record waiting for its parent (retried after every import)."""

    table: str
    row_id: str
    sender: str | None
    parked_at: dt.datetime
    reason: str  # in the app's language (sync/parked.py); an older row's as stored


def _latest_parked() -> Select[int]:
    """The newest parking of each record: two bundles may both carry a row still waiting for
    its parent (a first bundle, then a full one), and it is one record to the reader."""
    return select(func.max(SyncPending.id)).group_by(SyncPending.tbl, SyncPending.row_id)


def parked_total(store: Store) -> int:
    """How many distinct records wait for their parent."""
    with store.read() as session:
        latest = _latest_parked().subquery()
        return session.scalar(select(func.count()).select_from(latest)) or 0


def parked_records(store: Store, limit: int = 200) -> list[ParkedRecord]:
    """The first `limit` records waiting for their parent, oldest first, each once."""
    with store.read() as session:
        rows = session.scalars(
            select(SyncPending)
            .where(SyncPending.id.in_(_latest_parked()))
            .order_by(SyncPending.id)
            .limit(limit)
        ).all()
        return [
            ParkedRecord(row.tbl, row.row_id, row.sender_code, row.parked_at, describe(row.reason))
            for row in rows
        ]
