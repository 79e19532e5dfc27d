"""Keys and trust: this site's card, the Secretariat's card, confirming a member's fingerprint."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import Role
from oco_desktop.language import _, os_error_text
from oco_desktop.paths import DataPaths, resources_dir
from oco_desktop.services.audit import current_os_user
from oco_desktop.services.installation import (
    SECRETARIAT_CODE,
    InstallationInfo,
    installation_info,
)
from oco_desktop.store.engine import Store
from oco_desktop.store.models import AuditEntry
from oco_desktop.store.sync_models import SyncPeer
from oco_desktop.sync import container, keys
from oco_desktop.sync.container import read_capped
from oco_desktop.sync.scope import known_sites, site_refusal

SHIPPED_CARD = "secretariat.card"
REKEY_ACTION = "rekey"  # audit_log action: a peer's key replaced, the old one kept


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
        raise InvalidInput(
            _("{file} already exists; choose a new file name.").format(file=target), field="file"
        )
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


@dataclass(frozen=True)
class KeyChange:
    """What importing a key did: the peer as it now stands, and the fingerprint of the key it
    replaced (None when nothing was replaced)."""

    peer: PeerView
    replaced: str | None = None
    unchanged: bool = False


def read_key_file(source: Path) -> bytes:
    """A key card or bundle file the officer chose, size-capped."""
    try:
        raw = read_capped(source.expanduser(), container.MAX_BUNDLE)
    except OSError as exc:
        raise InvalidInput(
            _("The file {file} cannot be read ({reason}).").format(
                file=source, reason=os_error_text(exc)
            ),
            field="file",
        ) from exc
    if len(raw) > container.MAX_BUNDLE:
        raise InvalidInput(
            _("{file} is larger than any key card or bundle.").format(file=source), field="file"
        )
    return raw


def typed_fingerprint(text: str) -> str:
    """A fingerprint as the officer typed it (any case, with or without dashes or spaces), in
    the form keys show it: groups of four letters and digits joined by dashes."""
    return keys.normalise_fingerprint(text)


def fingerprint_matches(card: keys.PublicCard, typed: str) -> bool:
    return bool(typed.strip()) and keys.normalise_fingerprint(typed) == card.fingerprint


def _typed_does_not_match(typed: str, site: str, *, in_file: bool) -> InvalidInput:
    """Only what was typed is repeated: the expected value is never the answer on show."""
    if in_file:
        sentence = _(
            "The fingerprint you typed ({typed}) does not match the key of {site} in this file. "
            "Check it again, letter by letter, with the other office's HR focal point on a "
            "number you already know; nothing was trusted or changed."
        )
    else:
        sentence = _(
            "The fingerprint you typed ({typed}) does not match the key that came with {site}'s "
            "bundle. Check it again, letter by letter, with the other office's HR focal point "
            "on a number you already know; nothing was trusted or changed."
        )
    return InvalidInput(
        sentence.format(typed=keys.normalise_fingerprint(typed) or typed.strip(), site=site),
        field="fingerprint",
    )


def check_role(store: Store, card: keys.PublicCard) -> None:
    info = installation_info(store)
    if info.role is Role.SECRETARIAT:
        if card.site == SECRETARIAT_CODE:
            raise InvalidInput(_("The Secretariat does not import its own card."), field="card")
    elif card.site != SECRETARIAT_CODE:
        raise InvalidInput(
            _(
                "This card belongs to '{site}', not to the OCO Secretariat. A member "
                "installation imports the Secretariat's card; the Secretariat learns members' "
                "keys from their first bundle."
            ).format(site=card.site),
            field="card",
        )


def install_key(
    store: Store,
    card: keys.PublicCard,
    *,
    fingerprint: str | None = None,
    replace: bool = False,
    source: str = "",
) -> KeyChange:
    """Register a peer's key from a card or bundle the officer chose.

    A first key: a member trusts the Secretariat's card it chose (as at set-up); the
    Secretariat trusts a member's only with the fingerprint typed, else the key waits as
    pending. Another key than the registered one (trusted, pending or revoked) is a re-key:
    refused unless `replace` and the fingerprint, read by the other office on the phone and
    typed here, matches the new key. The old key stays in the audit trail."""
    check_role(store, card)
    if fingerprint is not None and not fingerprint_matches(card, fingerprint):
        raise _typed_does_not_match(fingerprint, card.site, in_file=True)
    now = dt.datetime.now().replace(microsecond=0)
    secretariat = installation_info(store).role is Role.SECRETARIAT
    with store.write() as session:
        peer = session.get(SyncPeer, card.site)
        if peer is not None and peer.fingerprint == card.fingerprint:
            if fingerprint is not None and peer.status != "trusted":
                peer.status, peer.trusted_at = "trusted", now
                return KeyChange(_view(peer))
            return KeyChange(_view(peer), unchanged=True)
        if peer is not None and (not replace or fingerprint is None):
            if secretariat:
                refusal = _(
                    "{site} already has a registered key (fingerprint {fingerprint}) and this "
                    "file holds another one. A new key is believed only after a re-key: call "
                    "{site} on a number you already know, ask them to read the fingerprint of "
                    "their new key, and type it (`oco-desktop keys re-enrol {site} FILE "
                    "--fingerprint FP`, or Re-enrol on the Sync page's Trust tab). Nothing was "
                    "changed."
                )
            else:
                refusal = _(
                    "{site} already has a registered key (fingerprint {fingerprint}) and this "
                    "file holds another one. A new key is believed only after a re-key: call "
                    "the OCO Secretariat on a number you already know, ask them to read the "
                    "fingerprint of their new key, and type it (`oco-desktop keys import-card "
                    "FILE --replace --fingerprint FP`, or Import the Secretariat's key card on "
                    "the Sync page's Trust tab). Nothing was changed."
                )
            raise InvalidInput(
                refusal.format(site=card.site, fingerprint=peer.fingerprint), field="fingerprint"
            )
        replaced = None
        if peer is None:
            peer = SyncPeer(code=card.site, first_seen_at=now)
            session.add(peer)
        else:
            replaced = peer.fingerprint
            _record_old_key(session, peer, card, now, source)
        trusted = fingerprint is not None or not secretariat
        peer.name = card.name
        peer.signing_key = _b64(card.signing)
        peer.encryption_key = _b64(card.encryption)
        peer.fingerprint = card.fingerprint
        peer.status = "trusted" if trusted else "pending"
        peer.trusted_at = now if trusted else None
        session.flush()
        return KeyChange(_view(peer), replaced)


def _record_old_key(
    session: Session, peer: SyncPeer, card: keys.PublicCard, now: dt.datetime, source: str
) -> None:

    old = {
        "fingerprint": peer.fingerprint,
        "ed25519": peer.signing_key,
        "x25519": peer.encryption_key,
        "status": peer.status,
        "first_seen_at": peer.first_seen_at.isoformat(),
        "trusted_at": peer.trusted_at.isoformat() if peer.trusted_at else None,
    }
    user = current_os_user()
    session.add(
        AuditEntry(
            at=now,
            os_user=user,
            officer=user,
            action=REKEY_ACTION,
            tbl="sync_peer",
            row_id=peer.code,
            field="key",
            old_value=json.dumps(old),
            new_value=card.fingerprint,
            source=source[:300] or None,
        )
    )


@dataclass(frozen=True)
class RetiredKey:
    code: str
    fingerprint: str
    retired_at: dt.datetime
    replaced_by: str
    by: str


def key_history(store: Store, code: str | None = None) -> list[RetiredKey]:
    """The keys a peer had before a re-key, newest first."""
    query = select(AuditEntry).where(
        AuditEntry.tbl == "sync_peer", AuditEntry.action == REKEY_ACTION
    )
    if code:
        query = query.where(AuditEntry.row_id == code.strip().upper())
    with store.read() as session:
        return [
            RetiredKey(
                e.row_id,
                json.loads(e.old_value or "{}").get("fingerprint", ""),
                e.at,
                e.new_value or "",
                e.os_user,
            )
            for e in session.scalars(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()))
        ]


def import_card(
    store: Store, source: Path, *, fingerprint: str | None = None, replace: bool = False
) -> KeyChange:
    """Import a key card the officer chose: the Secretariat's on a member, a member's on the
    Secretariat. Replacing a registered key needs `replace` and the typed fingerprint."""
    card = keys.read_card(read_key_file(source))
    return install_key(
        store, card, fingerprint=fingerprint, replace=replace, source=f"key card {source.name}"
    )


def shipped_secretariat_card() -> Path | None:
    path = resources_dir() / "keys" / SHIPPED_CARD
    return path if path.is_file() else None


def register_peer(
    store: Store, card: keys.PublicCard, *, trusted: bool, replace: bool = False
) -> PeerView:
    now = dt.datetime.now().replace(microsecond=0)
    with store.write() as session:
        refused = site_refusal(card.site, known_sites(session.connection()), "card")
        if refused is not None:
            raise InvalidInput(
                _("{reason}. Nothing was registered.").format(reason=refused), field="card"
            )
        peer = session.get(SyncPeer, card.site)
        if peer is not None and not replace and peer_card(peer).fingerprint != card.fingerprint:
            raise InvalidInput(
                _("{site} already has another key (fingerprint {fingerprint}).").format(
                    site=card.site, fingerprint=peer.fingerprint
                )
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


def registered(store: Store, code: str) -> PeerView | None:
    with store.read() as session:
        peer = session.get(SyncPeer, code)
        return _view(peer) if peer is not None else None


def fingerprint_matches_peer(store: Store, code: str, typed: str) -> bool:
    """Whether what was typed is the fingerprint of the key registered for `code`."""
    peer = registered(store, code)
    return peer is not None and keys.normalise_fingerprint(typed) == peer.fingerprint


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
                _(
                    "No bundle from {code} has arrived yet, so there is no key to confirm. "
                    "Import its first bundle, then confirm."
                ).format(code=code),
                field="code",
            )
        if keys.normalise_fingerprint(fingerprint) != peer.fingerprint:
            raise _typed_does_not_match(fingerprint, code, in_file=False)
        peer.status = "trusted"
        peer.trusted_at = dt.datetime.now().replace(microsecond=0)
        session.flush()
        return _view(peer)


def revoke(store: Store, code: str) -> PeerView:
    code = code.strip().upper()
    with store.write() as session:
        peer = session.get(SyncPeer, code)
        if peer is None:
            raise InvalidInput(_("There is no peer {code}.").format(code=code), field="code")
        peer.status = "revoked"
        peer.trusted_at = None
        session.flush()
        return _view(peer)
