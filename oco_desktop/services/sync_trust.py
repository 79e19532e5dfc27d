"""Keys and trust: this site's card, the Secretariat's card, confirming a member's fingerprint."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths, resources_dir
from oco_desktop.services.errors import InvalidInput
from oco_desktop.services.setup import SECRETARIAT_CODE, InstallationInfo, installation_info
from oco_desktop.store.engine import Store
from oco_desktop.store.sync_models import SyncPeer
from oco_desktop.sync import keys
from oco_desktop.sync.scope import known_sites, site_refusal

SHIPPED_CARD = "secretariat.card"


@dataclass(frozen=True)
class PeerView:
    code: str
    name: str
    fingerprint: str
    status: str
    first_seen_at: dt.datetime
    trusted_at: dt.datetime | None


def site_code(info: InstallationInfo) -> str:
    return SECRETARIAT_CODE if info.role is Role.SECRETARIAT else str(info.member_code)


def key_folder(paths: DataPaths) -> keys.KeyFolder:
    return keys.KeyFolder(paths.root / "keys")


def make_site_keys(paths: DataPaths, site: str, name: str) -> keys.SiteKeys:
    site_keys = keys.generate(site, name)
    key_folder(paths).save(site_keys)
    return site_keys


def load_site_keys(paths: DataPaths) -> keys.SiteKeys:
    return key_folder(paths).load()


def export_card(store: Store, target: Path) -> keys.PublicCard:
    site_keys = load_site_keys(store.paths)
    target = target.expanduser()
    if target.exists():
        raise InvalidInput(f"{target} already exists; choose a new file name.", field="file")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(site_keys.card_file_bytes())
    return site_keys.card()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def peer_card(peer: SyncPeer) -> keys.PublicCard:
    return keys.PublicCard(
        peer.code,
        peer.name,
        base64.b64decode(peer.signing_key),
        base64.b64decode(peer.encryption_key),
    )


def import_card(store: Store, source: Path) -> PeerView:
    """A member imports the Secretariat's card (trusted: the officer chose the file)."""
    try:
        raw = source.expanduser().read_bytes()
    except OSError as exc:
        raise InvalidInput(f"The key card {source} cannot be read ({exc.strerror}).") from exc
    card = keys.read_card(raw)
    info = installation_info(store)
    if card.site != SECRETARIAT_CODE:
        raise InvalidInput(
            f"This card belongs to '{card.site}', not to the OCO Secretariat. A member "
            "installation imports the Secretariat's card; the Secretariat learns members' "
            "keys from their first bundle.",
            field="card",
        )
    if info.role is Role.SECRETARIAT:
        raise InvalidInput("The Secretariat does not import its own card.", field="card")
    return register_peer(store, card, trusted=True, replace=True)


def shipped_secretariat_card() -> Path | None:
    path = resources_dir() / "keys" / SHIPPED_CARD
    return path if path.is_file() else None


def register_peer(
    store: Store, card: keys.PublicCard, *, trusted: bool, replace: bool = False
) -> PeerView:
    now = dt.datetime.now().replace(microsecond=0)
    with store.write() as session:
        refused = site_refusal(card.site, known_sites(session.connection()), "The key card's site")
        if refused is not None:
            raise InvalidInput(f"{refused}. Nothing was registered.", field="card")
        peer = session.get(SyncPeer, card.site)
        if peer is not None and not replace and peer_card(peer).fingerprint != card.fingerprint:
            raise InvalidInput(
                f"{card.site} already has another key (fingerprint {peer.fingerprint})."
            )
        if peer is None:
            peer = SyncPeer(code=card.site, first_seen_at=now)
            session.add(peer)
        peer.name = card.name
        peer.signing_key = _b64(card.signing)
        peer.encryption_key = _b64(card.encryption)
        peer.fingerprint = card.fingerprint
        peer.status = "trusted" if trusted else "pending"
        peer.trusted_at = now if trusted else None
        session.flush()
        return _view(peer)


def _view(peer: SyncPeer) -> PeerView:
    return PeerView(
        peer.code, peer.name, peer.fingerprint, peer.status, peer.first_seen_at, peer.trusted_at
    )


def list_peers(store: Store) -> list[PeerView]:
    with store.read() as session:
        return [_view(p) for p in session.scalars(select(SyncPeer).order_by(SyncPeer.code))]


def trust(store: Store, code: str, fingerprint: str) -> PeerView:
    """Confirm a peer's key, after reading its fingerprint aloud by phone or letter."""
    code = code.strip().upper()
    with store.write() as session:
        peer = session.get(SyncPeer, code)
        if peer is None:
            raise InvalidInput(
                f"No bundle from {code} has arrived yet, so there is no key to confirm. Import "
                "its first bundle, then confirm.",
                field="code",
            )
        if keys.normalise_fingerprint(fingerprint) != peer.fingerprint:
            raise InvalidInput(
                f"The fingerprint does not match the key that came with {code}'s bundle "
                f"({peer.fingerprint}). Check it again with the member's HR focal point; "
                "nothing was trusted.",
                field="fingerprint",
            )
        peer.status = "trusted"
        peer.trusted_at = dt.datetime.now().replace(microsecond=0)
        session.flush()
        return _view(peer)


def revoke(store: Store, code: str) -> PeerView:
    code = code.strip().upper()
    with store.write() as session:
        peer = session.get(SyncPeer, code)
        if peer is None:
            raise InvalidInput(f"There is no peer {code}.", field="code")
        peer.status = "revoked"
        peer.trusted_at = None
        session.flush()
        return _view(peer)
