"""The signed manifest: who, to whom, what range, acknowledgements and the payload's digest."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any, TypedDict, cast

from oco_desktop.domain.errors import BundleRejected
from oco_desktop.domain.ids import is_uuid
from oco_desktop.language import _
from oco_desktop.sync import wire

KINDS = ("enroll", "full", "incremental", "ack")
# The data model version carried in bundles. Schema 2 (columnar payload, docs/SYNC.md) means
# the same records as schema 1, differently encoded: a schema-1 reader cannot parse it, hence
# MIN_READER_SCHEMA 2; this version still reads schema-1 bundles (JSON lines, upcast.py).
SCHEMA = 2
MIN_READER_SCHEMA = 2
OLDEST_READABLE_SCHEMA = max(1, SCHEMA - 2)  # older bundles are refused: the sender must update


class KeyCard(TypedDict):
    name: str
    ed25519: str
    x25519: str


class Sender(TypedDict):
    site: str
    replica: str
    kid: str
    card: KeyCard


class Recipient(TypedDict):
    site: str
    kid: str


class Ack(TypedDict):
    seq: int


class Payload(TypedDict):
    codec: str
    len: int
    sha256: str
    raw_len: int
    raw_sha256: str
    counts: dict[str, int]


class ManifestFields(TypedDict):
    """The manifest's JSON object, as `parse` checked it (keys, types and ranges)."""

    fmt: int
    schema: int
    min_reader_schema: int
    app: str
    kind: str
    bundle_id: str
    bundle_seq: int
    created_hlc: int
    sender: Sender
    recipient: Recipient
    since_seq: int
    upto_seq: int
    acks: dict[str, Ack]
    sites: list[str]
    payload: Payload


@dataclass(frozen=True)
class Manifest:
    raw: ManifestFields

    @property
    def bundle_id(self) -> str:
        return self.raw["bundle_id"]

    @property
    def kind(self) -> str:
        return self.raw["kind"]

    @property
    def sender_site(self) -> str:
        return self.raw["sender"]["site"]

    @property
    def sender_replica(self) -> str:
        return self.raw["sender"]["replica"]

    @property
    def sender_card(self) -> KeyCard:
        return self.raw["sender"]["card"]

    @property
    def recipient_site(self) -> str:
        return self.raw["recipient"]["site"]

    @property
    def bundle_seq(self) -> int:
        return self.raw["bundle_seq"]

    @property
    def since_seq(self) -> int:
        return self.raw["since_seq"]

    @property
    def upto_seq(self) -> int:
        return self.raw["upto_seq"]

    @property
    def acks(self) -> dict[str, int]:
        return {replica: ack["seq"] for replica, ack in self.raw["acks"].items()}

    @property
    def sites(self) -> list[str]:
        return self.raw["sites"]

    @property
    def payload(self) -> Payload:
        return self.raw["payload"]


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def parse(raw: bytes) -> Manifest:
    obj = wire.require_keys(
        wire.strict_loads(raw, "manifest"),
        {
            "fmt": int,
            "schema": int,
            "min_reader_schema": int,
            "app": str,
            "kind": str,
            "bundle_id": str,
            "bundle_seq": int,
            "created_hlc": int,
            "sender": dict,
            "recipient": dict,
            "since_seq": int,
            "upto_seq": int,
            "acks": dict,
            "sites": list,
            "payload": dict,
        },
        "manifest",
    )
    sender = wire.require_keys(
        obj["sender"], {"site": str, "replica": str, "kid": str, "card": dict}, "manifest sender"
    )
    wire.require_keys(
        sender["card"], {"name": str, "ed25519": str, "x25519": str}, "sender key card"
    )
    wire.require_keys(obj["recipient"], {"site": str, "kid": str}, "manifest recipient")
    payload = wire.require_keys(
        obj["payload"],
        {
            "codec": str,
            "len": int,
            "sha256": str,
            "raw_len": int,
            "raw_sha256": str,
            "counts": dict,
        },
        "manifest payload",
    )
    if obj["kind"] not in KINDS:
        raise BundleRejected(
            "malformed", _("unknown bundle kind '{kind}'").format(kind=obj["kind"][:20])
        )
    if payload["codec"] != "zstd":
        raise BundleRejected(
            "format", _("unknown payload codec '{codec}'").format(codec=payload["codec"][:20])
        )
    if not (is_uuid(obj["bundle_id"]) and is_uuid(sender["replica"])):
        raise BundleRejected("malformed", _("an id in the manifest is not a UUID"))
    counts = [
        obj["bundle_seq"],
        obj["created_hlc"],
        obj["since_seq"],
        obj["upto_seq"],
        payload["len"],
        payload["raw_len"],
        *payload["counts"].values(),
    ]
    if not all(_count(v) for v in counts) or obj["since_seq"] > obj["upto_seq"]:
        raise BundleRejected("malformed", _("a number in the manifest is out of range"))
    for replica, ack in obj["acks"].items():
        wire.require_keys(ack, {"seq": int}, "acknowledgement")
        if not is_uuid(replica) or not _count(ack["seq"]):
            raise BundleRejected("malformed", _("an acknowledgement is malformed"))
    if len(obj["sites"]) > 10_000 or not all(is_uuid(s) for s in obj["sites"]):
        raise BundleRejected("malformed", _("the list of sites is malformed"))
    try:
        for field in ("ed25519", "x25519"):
            if len(base64.b64decode(sender["card"][field], validate=True)) != 32:
                raise ValueError(field)
    except ValueError as exc:
        raise BundleRejected("malformed", _("the sender's keys are malformed")) from exc
    return Manifest(cast(ManifestFields, obj))  # every key and type checked above
