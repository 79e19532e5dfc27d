"""Site keys (Ed25519 to sign, X25519 to receive), key cards and fingerprints, all offline.

Private keys live in the data folder's keys/ as PKCS8 files encrypted with a passphrase derived
from the data key (store/crypt.py): without the office passphrase or the recovery key, a copy
of the whole data folder does not give the site's identity. Folders from older versions kept a
random passphrase in keys/passphrase; it is replaced (and removed) the first time the keys load.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

from oco_desktop.domain.errors import BundleRejected, InvalidInput
from oco_desktop.files import write_atomic
from oco_desktop.language import _
from oco_desktop.paths import DataPaths
from oco_desktop.store import crypt
from oco_desktop.sync import wire

CARD_KIND = "oco-key-card"
CARD_VERSION = 1
CARD_CONTEXT = b"ocob/v1/card\0"


def _raw(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def fingerprint(signing: bytes, encryption: bytes) -> str:
    """20 base32 characters of SHA-256 over both public keys, grouped by 4 for reading aloud."""
    digest = base64.b32encode(hashlib.sha256(signing + encryption).digest()).decode("ascii")[:20]
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def normalise_fingerprint(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def key_id(encryption: bytes) -> str:
    return hashlib.sha256(encryption).hexdigest()[:16]


@dataclass(frozen=True)
class PublicCard:
    """What a site shows the others: its code, name and public keys."""

    site: str
    name: str
    signing: bytes
    encryption: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing, self.encryption)

    @property
    def kid(self) -> str:
        return key_id(self.encryption)

    def signing_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.signing)

    def encryption_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.encryption)

    def body(self) -> dict[str, object]:
        return {
            "kind": CARD_KIND,
            "v": CARD_VERSION,
            "site": self.site,
            "name": self.name,
            "ed25519": _b64(self.signing),
            "x25519": _b64(self.encryption),
        }


@dataclass(frozen=True)
class SiteKeys:
    site: str
    name: str
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    def card(self) -> PublicCard:
        return PublicCard(
            self.site,
            self.name,
            _raw(self.signing.public_key()),
            _raw(self.encryption.public_key()),
        )

    def card_file_bytes(self) -> bytes:
        """A self-signed card; the signature catches a card damaged in transit."""
        body = self.card().body()
        signature = self.signing.sign(CARD_CONTEXT + wire.canonical(body))
        return (
            wire.canonical({**body, "sig": _b64(signature), "fingerprint": self.card().fingerprint})
            + b"\n"
        )


def generate(site: str, name: str) -> SiteKeys:
    return SiteKeys(site, name, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


def read_card(raw: bytes) -> PublicCard:
    """Parse a key card file; refuses anything damaged, unsigned or not a card."""
    try:
        obj = wire.require_keys(
            wire.strict_loads(raw.strip(), "key card"),
            {
                "kind": str,
                "v": int,
                "site": str,
                "name": str,
                "ed25519": str,
                "x25519": str,
                "sig": str,
                "fingerprint": str,
            },
            "key card",
        )
        if obj["kind"] != CARD_KIND or obj["v"] != CARD_VERSION:
            raise BundleRejected("malformed", _("this is not an OCO Desktop key card"))
        signing = base64.b64decode(obj["ed25519"], validate=True)
        encryption = base64.b64decode(obj["x25519"], validate=True)
        signature = base64.b64decode(obj["sig"], validate=True)
        card = PublicCard(obj["site"], obj["name"], signing, encryption)
        card.signing_key().verify(signature, CARD_CONTEXT + wire.canonical(card.body()))
        card.encryption_key()
    except BundleRejected as exc:
        raise InvalidInput(
            _("The key card cannot be used: {reason}.").format(reason=exc.message), field="card"
        ) from exc
    except Exception as exc:
        raise InvalidInput(
            _("The key card is damaged or not an OCO Desktop key card; ask for a new copy."),
            field="card",
        ) from exc
    return card


class KeyFolder:
    """The keys/ folder of one data folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def _legacy_secret_file(self) -> Path:
        return self.folder / "passphrase"

    def exists(self) -> bool:
        return (self.folder / "ed25519.pem").exists()

    def _secret(self) -> bytes:
        return crypt.site_keys_passphrase(DataPaths(self.folder.parent))

    def save(self, keys: SiteKeys) -> None:
        crypt.make_private_dir(self.folder)
        encryption = BestAvailableEncryption(self._secret())
        for name, key in (("ed25519.pem", keys.signing), ("x25519.pem", keys.encryption)):
            pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, encryption)
            write_atomic(self.folder / name, pem, private=True)
        (self.folder / "site.txt").write_text(f"{keys.site}\n{keys.name}\n", encoding="utf-8")
        self._legacy_secret_file.unlink(missing_ok=True)

    def load(self) -> SiteKeys:
        if not self.exists():
            raise InvalidInput(
                _(
                    "This installation has no keys in {folder}. Keys are made at set-up; "
                    "restore the keys folder from the old computer, or set up again."
                ).format(folder=self.folder)
            )
        legacy = self._legacy_secret_file.exists()
        secret = self._legacy_secret_file.read_bytes().strip() if legacy else self._secret()
        try:
            signing = load_pem_private_key((self.folder / "ed25519.pem").read_bytes(), secret)
            encryption = load_pem_private_key((self.folder / "x25519.pem").read_bytes(), secret)
        except ValueError as exc:
            raise InvalidInput(
                _(
                    "The site's private keys in {folder} do not open with this data's key: "
                    "they were copied from another installation. Put back this installation's "
                    "keys folder."
                ).format(folder=self.folder)
            ) from exc
        site, name = (self.folder / "site.txt").read_text(encoding="utf-8").splitlines()[:2]
        assert isinstance(signing, Ed25519PrivateKey)
        assert isinstance(encryption, X25519PrivateKey)
        keys = SiteKeys(site, name, signing, encryption)
        if legacy:
            self.save(keys)  # under the data key now; the passphrase file is removed
        return keys
