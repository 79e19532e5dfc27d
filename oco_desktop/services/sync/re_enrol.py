"""Re-enrolment: a peer's registered key replaced by the key in a key card, or in a bundle
addressed to this installation (after a wrong first contact, a lost laptop, or a revoke), once
the fingerprint read on the phone and typed here matches. Above the import (a bundle is
opened as the import opens it) and the key registry (services.sync.trust)."""

from __future__ import annotations

from pathlib import Path

from oco_desktop.domain.errors import BundleRejected, InvalidInput
from oco_desktop.language import _
from oco_desktop.services.sync.import_ import check_recipient, sender_card
from oco_desktop.services.sync.state import me
from oco_desktop.services.sync.trust import KeyChange, install_key, read_key_file
from oco_desktop.store.engine import Store
from oco_desktop.sync import container, keys, manifest


def read_candidate(store: Store, source: Path) -> keys.PublicCard:
    """The key a key card file, or a bundle addressed to this installation, carries. A bundle
    is decrypted and its signature checked against the key it carries: that proves only that
    whoever holds that key made it, which is why the fingerprint must still be confirmed."""
    raw = read_key_file(source)
    if container.is_part(raw):
        raise InvalidInput(
            _("This is one part of a bundle; give a whole bundle (.ocob) or the key card."),
            field="file",
        )
    if not raw.startswith(container.MAGIC):
        return keys.read_card(raw)
    site = me(store)
    try:
        outer, header, ciphertext = container.read_outer(raw)
        check_recipient(outer, site)
        envelope = container.unseal(header, ciphertext, site.keys.encryption)
        man = manifest.parse(envelope.manifest_bytes)
        if man.sender_site != outer.sender:
            raise BundleRejected("mismatch", _("the bundle's manifest and header disagree"))
        card = sender_card(man)
        container.verify(envelope, card.signing_key(), man.sender_site)
    except BundleRejected as exc:
        raise InvalidInput(
            _("No key can be taken from {file}: {reason}.").format(
                file=source.name, reason=exc.message
            )
        ) from exc
    return card


def re_enrol(store: Store, code: str, source: Path, fingerprint: str) -> KeyChange:
    """Replace a peer's registered key (after a wrong first contact, a lost laptop, or a
    revoke) with the key in a key card or bundle file, once the fingerprint typed matches."""
    code = code.strip().upper()
    card = read_candidate(store, source)
    if card.site != code:
        raise InvalidInput(
            _("This file holds the key of {site}, not of {code}.").format(
                site=card.site, code=code
            ),
            field="file",
        )
    return install_key(
        store, card, fingerprint=fingerprint, replace=True, source=f"re-enrol from {source.name}"
    )
