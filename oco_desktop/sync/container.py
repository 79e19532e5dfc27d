"""The bundle file (format v1): sign, then encrypt; no file names inside; parts for email.

    file    = b"OCOB1\\n" | u32be hdr_len | outer_hdr_json | hpke_ciphertext
    plain   = u32be man_len | manifest_json | ed25519_sig[64] | payload
    sig     = Ed25519(sender, b"ocob/v1/manifest\\0" + manifest_json)
    payload = zstd(change blocks, sync/columns.py; JSON lines in schema 1, sync/records.py)
    part    = b"OCOP1\\n" | u32be hdr_len | part_hdr_json | bytes

Like a git bundle (header, then payload) the container names no files, so path traversal and
overlapping entries cannot occur. Every length is checked before anything is allocated.
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.domain.ids import is_uuid
from oco_desktop.language import N_, _, ngettext
from oco_desktop.sync import wire

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

MAGIC = b"OCOB1\n"
PART_MAGIC = b"OCOP1\n"
FORMAT = 1
SUITE_NAME = "HPKE-X25519-SHA256-CHACHA20POLY1305"
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
INFO_PREFIX = b"ocob/v1\0"
SIGNATURE_CONTEXT = b"ocob/v1/manifest\0"
SIGNATURE_LEN = 64
MAX_OUTER_HEADER = 4 * 1024
MAX_PART_HEADER = 1024
MAX_MANIFEST = 256 * 1024
MAX_BUNDLE = 64 * 1024 * 1024
MAX_RAW_PAYLOAD = 256 * 1024 * 1024
MAX_RATIO = 50
DEFAULT_PART_SIZE = 7_000_000
MIN_PART_SIZE = 4096
_U32 = struct.Struct(">I")


@dataclass(frozen=True)
class Outer:
    """The clear-text routing header: who from, who to, which bundle. No personal data."""

    sender: str
    recipient: str
    to_kid: str
    bundle_id: str

    def to_json(self) -> dict[str, object]:
        return {
            "fmt": FORMAT,
            "suite": SUITE_NAME,
            "from": self.sender,
            "to": self.recipient,
            "to_kid": self.to_kid,
            "bundle_id": self.bundle_id,
        }


@dataclass(frozen=True)
class Envelope:
    manifest_bytes: bytes
    signature: bytes
    payload: bytes


# Whole sentences per kind of thing read, so that a translation can agree with its noun.
_NOT_A_SITE_CODE = {
    "sender": N_("the sender is not a site code"),
    "recipient": N_("the recipient is not a site code"),
}
_WRONG_START = {
    "bundle": N_("this file is not an OCO Desktop bundle (wrong start)"),
    "bundle part": N_("this file is not an OCO Desktop bundle part (wrong start)"),
}
_HEADER_TOO_LONG = {
    "bundle": N_("the bundle header declares {length} bytes"),
    "bundle part": N_("the bundle part header declares {length} bytes"),
}
_CUT_SHORT = {
    "bundle": N_("the bundle is cut short (incomplete copy?)"),
    "bundle part": N_("the bundle part is cut short (incomplete copy?)"),
}


def _site_code(value: object, what: str) -> str:
    if not isinstance(value, str) or not (2 <= len(value) <= 3) or not value.isalnum():
        raise BundleRejected("malformed", _(_NOT_A_SITE_CODE[what]))
    return value


def _read_frame(data: bytes, magic: bytes, limit: int, what: str) -> tuple[bytes, bytes]:
    if len(data) < len(magic) + _U32.size or not data.startswith(magic):
        raise BundleRejected("not_a_bundle", _(_WRONG_START[what]))
    (length,) = _U32.unpack_from(data, len(magic))
    start = len(magic) + _U32.size
    if length > limit:
        raise BundleRejected("malformed", _(_HEADER_TOO_LONG[what]).format(length=length))
    if start + length > len(data):
        raise BundleRejected("truncated", _(_CUT_SHORT[what]))
    return data[start : start + length], data[start + length :]


def read_outer(data: bytes) -> tuple[Outer, bytes, bytes]:
    """Parse the outer header; returns it with its exact bytes and the ciphertext."""
    if len(data) > MAX_BUNDLE:
        raise BundleRejected(
            "too_large", _("the bundle is larger than {most} bytes").format(most=MAX_BUNDLE)
        )
    header, ciphertext = _read_frame(data, MAGIC, MAX_OUTER_HEADER, "bundle")
    obj = wire.require_keys(
        wire.strict_loads(header, "bundle header"),
        {"fmt": int, "suite": str, "from": str, "to": str, "to_kid": str, "bundle_id": str},
        "bundle header",
    )
    if obj["fmt"] != FORMAT:
        raise BundleRejected(
            "format",
            _("bundle format {format} is not known; update OCO Desktop").format(format=obj["fmt"]),
        )
    if obj["suite"] != SUITE_NAME:
        raise BundleRejected("format", _("the bundle uses an unknown encryption suite"))
    if not is_uuid(obj["bundle_id"]):
        raise BundleRejected("malformed", _("the bundle id is not a UUID"))
    outer = Outer(
        sender=_site_code(obj["from"], "sender"),
        recipient=_site_code(obj["to"], "recipient"),
        to_kid=obj["to_kid"][:64],
        bundle_id=obj["bundle_id"],
    )
    if not ciphertext:
        raise BundleRejected("truncated", _("the bundle holds no data (incomplete copy?)"))
    return outer, header, ciphertext


def seal(
    outer: Outer,
    manifest: dict[str, object],
    payload: bytes,
    signing_key: Ed25519PrivateKey,
    recipient_key: X25519PublicKey,
) -> bytes:
    manifest_bytes = wire.canonical(manifest)
    signature = signing_key.sign(SIGNATURE_CONTEXT + manifest_bytes)
    plain = _U32.pack(len(manifest_bytes)) + manifest_bytes + signature + payload
    header = wire.canonical(outer.to_json())
    ciphertext = SUITE.encrypt(plain, recipient_key, info=INFO_PREFIX + header)
    return MAGIC + _U32.pack(len(header)) + header + ciphertext


def unseal(header: bytes, ciphertext: bytes, private_key: X25519PrivateKey) -> Envelope:
    """Decrypt; any tampering, truncation, wrong key or edited header fails here."""
    try:
        plain = SUITE.decrypt(ciphertext, private_key, info=INFO_PREFIX + header)
    except (InvalidTag, ValueError) as exc:
        raise BundleRejected(
            "damaged",
            _(
                "the bundle is damaged or was altered on the way, or it was encrypted for "
                "another key; ask the sender to export it again"
            ),
        ) from exc
    if len(plain) < _U32.size + SIGNATURE_LEN:
        raise BundleRejected("malformed", _("the bundle's contents are too short"))
    (length,) = _U32.unpack_from(plain, 0)
    if length > MAX_MANIFEST or _U32.size + length + SIGNATURE_LEN > len(plain):
        raise BundleRejected("malformed", _("the bundle's manifest length is wrong"))
    manifest_end = _U32.size + length
    return Envelope(
        manifest_bytes=plain[_U32.size : manifest_end],
        signature=plain[manifest_end : manifest_end + SIGNATURE_LEN],
        payload=plain[manifest_end + SIGNATURE_LEN :],
    )


def verify(envelope: Envelope, sender_key: Ed25519PublicKey, sender: str) -> None:
    try:
        sender_key.verify(envelope.signature, SIGNATURE_CONTEXT + envelope.manifest_bytes)
    except InvalidSignature as exc:
        raise BundleRejected(
            "bad_signature",
            _("the bundle is not signed by {sender}'s registered key").format(sender=sender),
        ) from exc


def compress(raw: bytes) -> bytes:
    return zstd.compress(raw, level=9)


def decompress(payload: bytes, raw_len: int) -> bytes:
    """Bounded: never produces more than the declared size, checked before allocating."""
    if raw_len < 0 or raw_len > MAX_RAW_PAYLOAD:
        raise BundleRejected(
            "too_large", _("the payload declares {length} bytes").format(length=raw_len)
        )
    if raw_len > MAX_RATIO * max(len(payload), 1):
        raise BundleRejected("bomb", _("the payload declares an impossible compression ratio"))
    decompressor = zstd.ZstdDecompressor()
    try:
        raw = decompressor.decompress(payload, max_length=raw_len)
    except zstd.ZstdError as exc:
        raise BundleRejected("damaged", _("the payload cannot be decompressed")) from exc
    if len(raw) != raw_len or not decompressor.eof or decompressor.unused_data:
        raise BundleRejected("damaged", _("the payload is not the size its manifest declares"))
    return raw


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def split(data: bytes, bundle_id: str, part_size: int = DEFAULT_PART_SIZE) -> list[bytes]:
    """One file if it fits, else parts `OCOP1` that join in any order."""
    if part_size < MIN_PART_SIZE:
        raise ValueError(f"part size must be at least {MIN_PART_SIZE} bytes")
    if len(data) <= part_size:
        return [data]
    budget = part_size - 400
    chunks = [data[i : i + budget] for i in range(0, len(data), budget)]
    total = {
        "bundle_id": bundle_id,
        "count": len(chunks),
        "total_len": len(data),
        "total_sha256": sha256(data),
    }
    parts = []
    for index, chunk in enumerate(chunks):
        header = wire.canonical({**total, "index": index})
        parts.append(PART_MAGIC + _U32.pack(len(header)) + header + chunk)
    return parts


@dataclass(frozen=True)
class Part:
    bundle_id: str
    index: int
    count: int
    total_len: int
    total_sha256: str
    chunk: bytes


def split_part_header(data: bytes) -> tuple[bytes, bytes]:
    """A part's header bytes and the rest (the whole chunk, or what was read of it)."""
    return _read_frame(data, PART_MAGIC, MAX_PART_HEADER, "bundle part")


def read_part_header(header: bytes) -> Part:
    """What a part declares (its chunk left empty)."""
    obj = wire.require_keys(
        wire.strict_loads(header, "part header"),
        {"bundle_id": str, "index": int, "count": int, "total_len": int, "total_sha256": str},
        "part header",
    )
    if not is_uuid(obj["bundle_id"]):
        raise BundleRejected("malformed", _("the part's bundle id is not a UUID"))
    if not 0 < obj["count"] <= 1000 or not 0 <= obj["index"] < obj["count"]:
        raise BundleRejected("malformed", _("the part's number is out of range"))
    if not 0 < obj["total_len"] <= MAX_BUNDLE:
        raise BundleRejected("too_large", _("the parts declare a bundle that is too large"))
    digest = obj["total_sha256"]
    if len(digest) != 64 or any(ch not in "0123456789abcdef" for ch in digest):
        raise BundleRejected("malformed", _("the part's checksum is not a SHA-256 digest"))
    return Part(obj["bundle_id"], obj["index"], obj["count"], obj["total_len"], digest, b"")


def read_part(data: bytes) -> Part:
    header, chunk = split_part_header(data)
    return replace(read_part_header(header), chunk=chunk)


def is_part(data: bytes) -> bool:
    return data.startswith(PART_MAGIC)


def join(parts: list[Part]) -> bytes:
    """Join parts of one bundle, in any order, duplicates ignored; whole hash checked."""
    if not parts:
        raise BundleRejected("missing_part", _("no parts were given"))
    first = parts[0]
    by_index: dict[int, Part] = {}
    for part in parts:
        same = (part.bundle_id, part.count, part.total_len, part.total_sha256)
        if same != (first.bundle_id, first.count, first.total_len, first.total_sha256):
            raise BundleRejected("malformed", _("these parts do not belong to the same bundle"))
        by_index.setdefault(part.index, part)
    missing = [str(i + 1) for i in range(first.count) if i not in by_index]
    if missing:
        raise BundleRejected(
            "missing_part",
            ngettext(
                "incomplete: part {missing} of {count} is missing; "
                "the other parts are kept in the inbox",
                "incomplete: parts {missing} of {count} are missing; "
                "the other parts are kept in the inbox",
                len(missing),
            ).format(missing=", ".join(missing), count=first.count),
        )
    data = b"".join(by_index[i].chunk for i in range(first.count))
    if len(data) != first.total_len or sha256(data) != first.total_sha256:
        raise BundleRejected("damaged", _("the joined parts do not match their checksum"))
    return data


def public_bytes(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def read_capped(path: Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes, allocating what the file holds: `read(limit + 1)` would
    reserve the whole limit (64 MiB) for every file, however small."""
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        return handle.read(min(size, limit) + 1)
