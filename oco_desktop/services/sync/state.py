"""Who this installation is in sync, and what it knows of its peers' replicas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.language import _
from oco_desktop.services.installation import installation_info
from oco_desktop.services.sync.trust import load_site_keys, peer_card, site_code
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Installation
from oco_desktop.store.sync_models import SyncOutbox, SyncPeer, SyncReplica
from oco_desktop.sync import keys
from oco_desktop.sync.clock import days_ahead, restamp_future
from oco_desktop.sync.select import select_changes


@dataclass(frozen=True)
class Me:
    site: str
    replica: str
    keys: keys.SiteKeys
    is_secretariat: bool


def me(store: Store) -> Me:
    info = installation_info(store)
    return Me(site_code(info), info.site_id, load_site_keys(store.paths), site_code(info) == "SEC")


def clock_days_ahead(store: Store) -> int:
    """Days this installation's changes are stamped ahead of this computer's clock, beyond
    what receivers accept (its clock was set ahead when they were made), or 0."""
    with store.read() as session:
        return days_ahead(session.connection())


def repair_clock(store: Store) -> int:
    """After this computer's clock was put right: its own changes stamped beyond what any
    receiver accepts get fresh stamps (sync/clock.py), so its bundles are accepted again."""
    with store.write() as session:
        return restamp_future(session.connection())


def trusted_peer(session: Session, code: str) -> keys.PublicCard:
    peer = session.get(SyncPeer, code)
    if peer is None:
        if code == "SEC":
            raise InvalidInput(
                _(
                    "The Secretariat's key card is not known yet. Import it first: "
                    "`oco-desktop keys import-card FILE` (or Sync > Trust in the window)."
                ),
                field="recipient",
            )
        raise InvalidInput(
            _(
                "No bundle from {code} has arrived yet, so its key is not known: import its "
                "first bundle and confirm its fingerprint."
            ).format(code=code),
            field="recipient",
        )
    if peer.status != "trusted":
        raise InvalidInput(
            _(
                "{code}'s key is not confirmed ({status}). Ask {code}'s HR focal point by "
                "phone to read the fingerprint on their computer, then confirm it: "
                "`oco-desktop keys trust {code} --fingerprint <what they read>`."
            ).format(code=code, status=peer.status),
            field="recipient",
        )
    return peer_card(peer)


def replicas_of(session: Session, code: str) -> list[SyncReplica]:
    return list(
        session.scalars(
            select(SyncReplica)
            .where(SyncReplica.site_code == code)
            .order_by(SyncReplica.last_received_at.desc().nulls_last())
        )
    )


def current_replica(session: Session, code: str) -> SyncReplica | None:
    found = replicas_of(session, code)
    return found[0] if found else None


def new_replica_identity(session: Session, new_site_id: str) -> None:
    """After a restore this installation is a new replica: its sequence numbers went back, so
    its peers must not trust their old acknowledgements of it (they are reset here, and the
    peers see a new replica id and ask for everything again)."""
    installation, replica = Installation.__table__, SyncReplica.__table__
    assert isinstance(installation, Table) and isinstance(replica, Table)
    session.execute(installation.update().values(site_id=new_site_id))
    session.connection().exec_driver_sql("UPDATE sync_clock SET site = ?", (new_site_id,))
    session.execute(replica.update().values(acked_seq=0))


def unsent_changes(session: Session, code: str, member_filter: str | None) -> int:
    """Rows changed here that the peer has not acknowledged yet (what the next bundle holds)."""
    replica = current_replica(session, code)
    since = replica.acked_seq if replica else 0
    exclude = {replica.replica_id} if replica else set()
    return len(select_changes(session.connection(), since, exclude, member_filter).records)


@dataclass(frozen=True)
class PeerStatus:
    code: str
    name: str
    trust: str
    fingerprint: str
    last_sent: dt.datetime | None
    last_received: dt.datetime | None
    last_acknowledged: dt.datetime | None
    unsent_changes: int

    def as_dict(self) -> dict[str, object]:
        return {
            k: (v.isoformat() if isinstance(v, dt.datetime) else v)
            for k, v in self.__dict__.items()
        }


def status(store: Store) -> list[PeerStatus]:
    with store.read() as session:
        result = []
        for peer in session.scalars(select(SyncPeer).order_by(SyncPeer.code)):
            replica = current_replica(session, peer.code)
            last_sent = session.scalar(
                select(func.max(SyncOutbox.created_at)).where(
                    SyncOutbox.recipient == peer.code, SyncOutbox.status == "written"
                )
            )
            result.append(
                PeerStatus(
                    peer.code,
                    peer.name,
                    peer.status,
                    peer.fingerprint,
                    last_sent,
                    replica.last_received_at if replica else None,
                    replica.last_acked_at if replica else None,
                    unsent_changes(session, peer.code, peer.code if peer.code != "SEC" else None),
                )
            )
        return result
