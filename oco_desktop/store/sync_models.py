"""Local bookkeeping of sync: peers and their keys, replicas, the ledger, outbox and conflicts.

None of these tables is itself synced; they describe this installation's view of the others.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oco_desktop.store.model_base import Base


class SyncPeer(Base):
    """Another site this one exchanges bundles with, and whether its key is trusted."""

    __tablename__ = "sync_peer"
    __table_args__ = (
        CheckConstraint("status IN ('trusted', 'pending', 'revoked')", name="peer_status"),
    )
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    signing_key: Mapped[str] = mapped_column(String(64))
    encryption_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(10))
    first_seen_at: Mapped[dt.datetime]
    trusted_at: Mapped[dt.datetime | None]


class SyncReplica(Base):
    """One installation of a peer. Acknowledgements are per replica, so a peer restored from a
    backup (a new replica) is sent everything again and loses nothing."""

    __tablename__ = "sync_replica"
    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_code: Mapped[str] = mapped_column(ForeignKey("sync_peer.code"))
    acked_seq: Mapped[int] = mapped_column(default=0)
    received_seq: Mapped[int] = mapped_column(default=0)
    last_bundle_seq: Mapped[int] = mapped_column(default=0)
    last_received_at: Mapped[dt.datetime | None]
    last_acked_at: Mapped[dt.datetime | None]


class SyncLedger(Base):
    """Every bundle seen, written in the same transaction as its data (ODK's lesson)."""

    __tablename__ = "sync_ledger"
    __table_args__ = (
        CheckConstraint("status IN ('applied', 'quarantined')", name="ledger_status"),
        Index("ix_sync_ledger_replica_seq", "sender_replica", "bundle_seq"),
    )
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_code: Mapped[str] = mapped_column(String(3))
    sender_replica: Mapped[str] = mapped_column(String(36))
    bundle_seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12))
    imported_at: Mapped[dt.datetime]
    summary: Mapped[str] = mapped_column(Text, default="{}")
    archived_as: Mapped[str | None] = mapped_column(Text)


class SyncOutbox(Base):
    """Bundles this installation wrote; a number is never reused, even for an abandoned one."""

    __tablename__ = "sync_outbox"
    __table_args__ = (CheckConstraint("status IN ('writing', 'written')", name="outbox_status"),)
    bundle_seq: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    recipient: Mapped[str] = mapped_column(String(3))
    kind: Mapped[str] = mapped_column(String(16))
    since_seq: Mapped[int]
    upto_seq: Mapped[int]
    status: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[dt.datetime]
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None]
    written_to: Mapped[str | None] = mapped_column(Text)
    counts: Mapped[str] = mapped_column(Text, default="{}")


class SyncConflict(Base):
    """A concurrent edit: the value that lost, kept for a person to review."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    grp: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(24))
    winner: Mapped[str] = mapped_column(Text)
    loser: Mapped[str] = mapped_column(Text)
    winner_site: Mapped[str] = mapped_column(String(36))
    loser_site: Mapped[str] = mapped_column(String(36))
    bundle_id: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[dt.datetime]
    resolved: Mapped[bool] = mapped_column(default=False)


class SyncPending(Base):
    """A record whose parent has not arrived yet (parked, retried after every import)."""

    __tablename__ = "sync_pending"
    id: Mapped[int] = mapped_column(primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    record: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    bundle_id: Mapped[str] = mapped_column(String(36))
    parked_at: Mapped[dt.datetime]
    # The site that sent it: retried, it passes that sender's scope check (sync/scope.py).
    sender_code: Mapped[str | None] = mapped_column(String(3))
