"""docs/SYNC.md is enough to read and write our files without our code.

The reader and writer below are written from the document alone (section numbers in the
comments), with the standard library, `cryptography` (X25519, Ed25519, ChaCha20-Poly1305 only:
HPKE is done by hand from section 6) and the Zstandard module the document names. The column
order of each field group is read from the document's own table (section 9.6), not from the
code. Nothing here imports `oco_desktop.sync` or the services to decode: the app is used only
to make a real member store, export real bundles and key cards, and to say whether it accepts
what this writer made.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import struct
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
)

from tests import dbfile  # reads the stores the app made, with their key

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

SPEC = Path(__file__).resolve().parents[3] / "docs" / "SYNC.md"


class Refused(Exception):
    def __init__(self, code: str, why: str) -> None:
        super().__init__(f"[{code}] {why}")
        self.code = code


# ------------------------------------------------------------------ section 3: encodings


def _json_string(text: str) -> str:
    """Section 3.1 rule 4."""
    named = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n"}
    named |= {"\f": "\\f", "\r": "\\r"}
    out = []
    for ch in text:
        if ch in named:
            out.append(named[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _canonical_text(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, list):
        return "[" + ",".join(_canonical_text(v) for v in value) + "]"
    if isinstance(value, dict):
        items = sorted(value.items())  # code point order of the keys
        return "{" + ",".join(f"{_json_string(k)}:{_canonical_text(v)}" for k, v in items) + "}"
    raise TypeError(f"no canonical form for {type(value).__name__}")


def canonical(value: Any) -> bytes:
    """Section 3.1, from its seven rules (deliberately not json.dumps)."""
    return _canonical_text(value).encode("utf-8")


def strict_json(raw: bytes) -> Any:
    """Section 3.2: UTF-8, one value, no duplicate key, no NaN or infinities."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            raise Refused("malformed", "duplicate key")
        return dict(pairs)

    def no_constant(name: str) -> Any:
        raise Refused("malformed", f"not a number: {name}")

    try:
        text = raw.decode("utf-8")
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise Refused("malformed", str(exc)) from exc


def exact_keys(obj: Any, keys: set[str]) -> dict[str, Any]:
    if not isinstance(obj, dict) or set(obj) != keys:
        raise Refused("malformed", f"expected exactly {sorted(keys)}")
    return obj


def whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def sha256hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


# ------------------------------------------------------------------ section 4: keys and cards


def kid(x25519: bytes) -> str:
    return sha256hex(x25519)[:16]


def fingerprint(ed25519: bytes, x25519: bytes) -> str:
    text = base64.b32encode(hashlib.sha256(ed25519 + x25519).digest()).decode("ascii")[:20]
    return "-".join(text[i : i + 4] for i in range(0, 20, 4))


CARD_CONTEXT = b"ocob/v1/card\0"


@dataclass(frozen=True)
class Card:
    site: str
    name: str
    ed25519: bytes
    x25519: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.ed25519, self.x25519)

    def body(self) -> dict[str, Any]:
        return {
            "kind": "oco-key-card",
            "v": 1,
            "site": self.site,
            "name": self.name,
            "ed25519": b64(self.ed25519),
            "x25519": b64(self.x25519),
        }


def read_card(data: bytes) -> Card:
    """Section 4.1."""
    keys = {"ed25519", "fingerprint", "kind", "name", "sig", "site", "v", "x25519"}
    obj = exact_keys(strict_json(data.strip()), keys)
    if obj["kind"] != "oco-key-card" or obj["v"] != 1 or not whole(obj["v"]):
        raise Refused("malformed", "not a key card")
    card = Card(obj["site"], obj["name"], unb64(obj["ed25519"]), unb64(obj["x25519"]))
    signature = unb64(obj["sig"])
    if len(card.ed25519) != 32 or len(card.x25519) != 32 or len(signature) != 64:
        raise Refused("malformed", "wrong key or signature length")
    try:
        Ed25519PublicKey.from_public_bytes(card.ed25519).verify(
            signature, CARD_CONTEXT + canonical(card.body())
        )
    except InvalidSignature as exc:
        raise Refused("bad_signature", "the card's signature does not verify") from exc
    return card


def write_card(site: str, name: str, signing: Ed25519PrivateKey, receiving: X25519PrivateKey):
    card = Card(site, name, raw_public(signing.public_key()), raw_public(receiving.public_key()))
    signature = signing.sign(CARD_CONTEXT + canonical(card.body()))
    whole_card = {**card.body(), "sig": b64(signature), "fingerprint": card.fingerprint}
    return canonical(whole_card) + b"\n"


def load_private_keys(paths: Any) -> tuple[Ed25519PrivateKey, X25519PrivateKey]:
    """The site's private keys, from the app (they are kept encrypted under the data folder's
    key, which the document does not cover): only the decoding is independent."""
    from oco_desktop.services.sync.trust import load_site_keys

    site = load_site_keys(paths)
    return site.signing, site.encryption


# ------------------------------------------------------------------ section 6: HPKE by hand

KEM_ID, KDF_ID, AEAD_ID = 0x0020, 0x0001, 0x0003
KEM_SUITE = b"KEM" + struct.pack(">H", KEM_ID)
HPKE_SUITE = b"HPKE" + struct.pack(">HHH", KEM_ID, KDF_ID, AEAD_ID)


def _extract(salt: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt or bytes(32), ikm, hashlib.sha256).digest()


def _expand(prk: bytes, info: bytes, length: int) -> bytes:
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def _labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return _extract(salt, b"HPKE-v1" + suite + label + ikm)


def _labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    return _expand(prk, struct.pack(">H", length) + b"HPKE-v1" + suite + label + info, length)


def _key_schedule(dh: bytes, enc: bytes, pk_r: bytes, info: bytes) -> tuple[bytes, bytes]:
    eae_prk = _labeled_extract(KEM_SUITE, b"", b"eae_prk", dh)
    shared = _labeled_expand(KEM_SUITE, eae_prk, b"shared_secret", enc + pk_r, 32)
    context = (
        b"\x00"
        + _labeled_extract(HPKE_SUITE, b"", b"psk_id_hash", b"")
        + _labeled_extract(HPKE_SUITE, b"", b"info_hash", info)
    )
    secret = _labeled_extract(HPKE_SUITE, shared, b"secret", b"")
    key = _labeled_expand(HPKE_SUITE, secret, b"key", context, 32)
    nonce = _labeled_expand(HPKE_SUITE, secret, b"base_nonce", context, 12)
    return key, nonce


def hpke_open(hpke_ct: bytes, sk_r: X25519PrivateKey, info: bytes) -> bytes:
    enc, aead_ct = hpke_ct[:32], hpke_ct[32:]  # enc first, then ciphertext and tag
    dh = sk_r.exchange(X25519PublicKey.from_public_bytes(enc))
    key, nonce = _key_schedule(dh, enc, raw_public(sk_r.public_key()), info)
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, aead_ct, b"")  # empty AAD
    except Exception as exc:
        raise Refused("damaged", "HPKE open failed") from exc


def hpke_seal(
    plain: bytes, pk_r: X25519PublicKey, info: bytes, *, aad: bytes = b"", enc_last: bool = False
) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    enc = raw_public(ephemeral.public_key())
    key, nonce = _key_schedule(ephemeral.exchange(pk_r), enc, raw_public(pk_r), info)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, plain, aad)
    return sealed + enc if enc_last else enc + sealed


# ------------------------------------------------------------------ sections 5, 7, 8, 11

MAGIC, PART_MAGIC = b"OCOB1\n", b"OCOP1\n"
INFO_PREFIX = b"ocob/v1\0"
MANIFEST_CONTEXT = b"ocob/v1/manifest\0"
SUITE_NAME = "HPKE-X25519-SHA256-CHACHA20POLY1305"


def _frame(data: bytes, magic: bytes, limit: int) -> tuple[bytes, bytes]:
    if len(data) < len(magic) + 4 or not data.startswith(magic):
        raise Refused("not_a_bundle", "wrong start")
    (length,) = struct.unpack_from(">I", data, len(magic))
    start = len(magic) + 4
    if length > limit:
        raise Refused("malformed", "header too long")
    if start + length > len(data):
        raise Refused("truncated", "header cut short")
    return data[start : start + length], data[start + length :]


def join_parts(files: list[Path]) -> bytes:
    """Section 11: any order, duplicates ignored, whole digest checked."""
    parts: dict[int, bytes] = {}
    header_of: dict[str, Any] | None = None
    for path in files:
        header, chunk = _frame(path.read_bytes(), PART_MAGIC, 1024)
        obj = exact_keys(
            strict_json(header), {"bundle_id", "count", "index", "total_len", "total_sha256"}
        )
        if not (whole(obj["index"]) and whole(obj["count"]) and 0 <= obj["index"] < obj["count"]):
            raise Refused("malformed", "part number")
        # The file name counts from 1, the index from 0.
        assert path.name.endswith(f"_part{obj['index'] + 1}of{obj['count']}.ocop"), path.name
        same = {k: obj[k] for k in ("bundle_id", "count", "total_len", "total_sha256")}
        if header_of is not None and same != header_of:
            raise Refused("malformed", "parts of different bundles")
        header_of = same
        parts.setdefault(obj["index"], chunk)
    assert header_of is not None
    missing = [i + 1 for i in range(header_of["count"]) if i not in parts]
    if missing:
        raise Refused("missing_part", f"missing {missing}")
    data = b"".join(parts[i] for i in range(header_of["count"]))
    if len(data) != header_of["total_len"] or sha256hex(data) != header_of["total_sha256"]:
        raise Refused("damaged", "joined parts")
    return data


@dataclass
class Opened:
    outer: dict[str, Any]
    manifest_bytes: bytes
    manifest: dict[str, Any]
    raw: bytes
    signer: Card


def open_bundle(data: bytes, me: Card, my_key: X25519PrivateKey, pinned: Card | None) -> Opened:
    """Sections 5 to 8, in the order of section 14."""
    if len(data) > 64 * 1024 * 1024:
        raise Refused("too_large", "bundle")
    header, hpke_ct = _frame(data, MAGIC, 4096)
    outer = exact_keys(strict_json(header), {"fmt", "suite", "from", "to", "to_kid", "bundle_id"})
    if outer["fmt"] != 1 or outer["suite"] != SUITE_NAME:
        raise Refused("format", "container")
    if not hpke_ct:
        raise Refused("truncated", "no ciphertext")
    if outer["to"] != me.site or outer["to_kid"] != kid(me.x25519):
        raise Refused("wrong_recipient", outer["to"])
    plain = hpke_open(hpke_ct, my_key, INFO_PREFIX + header)
    if len(plain) < 68:
        raise Refused("malformed", "plaintext too short")
    (man_len,) = struct.unpack_from(">I", plain, 0)
    if man_len > 262_144 or 4 + man_len + 64 > len(plain):
        raise Refused("malformed", "manifest length")
    manifest_bytes = plain[4 : 4 + man_len]
    signature = plain[4 + man_len : 4 + man_len + 64]
    payload = plain[4 + man_len + 64 :]
    man = exact_keys(
        strict_json(manifest_bytes),
        {"fmt", "schema", "min_reader_schema", "app", "kind", "bundle_id", "bundle_seq"}
        | {"created_hlc", "sender", "recipient", "since_seq", "upto_seq", "acks", "sites"}
        | {"payload"},
    )
    sender = exact_keys(man["sender"], {"site", "replica", "kid", "card"})
    card_keys = exact_keys(sender["card"], {"name", "ed25519", "x25519"})
    recipient = exact_keys(man["recipient"], {"site", "kid"})
    payload_info = exact_keys(
        man["payload"], {"codec", "len", "sha256", "raw_len", "raw_sha256", "counts"}
    )
    if man["kind"] not in ("enroll", "full", "incremental", "ack"):
        raise Refused("malformed", "kind")
    if payload_info["codec"] != "zstd":
        raise Refused("format", "codec")
    if not 0 <= man["since_seq"] <= man["upto_seq"] < 2**63:
        raise Refused("malformed", "range")
    for replica, ack in man["acks"].items():
        exact_keys(ack, {"seq"})
        uuid.UUID(replica)
    if (man["bundle_id"], sender["site"], recipient["site"]) != (
        outer["bundle_id"],
        outer["from"],
        outer["to"],
    ):
        raise Refused("mismatch", "manifest and header")
    if recipient["kid"] != kid(me.x25519):
        raise Refused("wrong_recipient", "kid")
    signer = Card(
        sender["site"], card_keys["name"], unb64(card_keys["ed25519"]), unb64(card_keys["x25519"])
    )
    if pinned is not None and pinned.fingerprint != signer.fingerprint:
        raise Refused("key_changed", sender["site"])
    try:
        Ed25519PublicKey.from_public_bytes((pinned or signer).ed25519).verify(
            signature, MANIFEST_CONTEXT + manifest_bytes
        )
    except InvalidSignature as exc:
        raise Refused("bad_signature", sender["site"]) from exc
    if man["schema"] > 2 or man["min_reader_schema"] > 2:
        raise Refused("newer_schema", str(man["schema"]))
    # Section 8.
    if len(payload) != payload_info["len"] or sha256hex(payload) != payload_info["sha256"]:
        raise Refused("damaged", "payload digest")
    raw_len = payload_info["raw_len"]
    if raw_len > 256 * 1024 * 1024:
        raise Refused("too_large", "raw payload")
    if raw_len > 50 * max(len(payload), 1):
        raise Refused("bomb", "ratio")
    decompressor = zstd.ZstdDecompressor()
    raw = decompressor.decompress(payload, max_length=raw_len)
    if len(raw) != raw_len or not decompressor.eof or decompressor.unused_data:
        raise Refused("damaged", "payload size")
    if sha256hex(raw) != payload_info["raw_sha256"]:
        raise Refused("damaged", "raw digest")
    return Opened(outer, manifest_bytes, man, raw, signer)


# ------------------------------------------------------------------ section 9: blocks


def documented_layout() -> dict[str, dict[str, list[str]]]:
    """Section 9.6 of the document: table -> field group -> columns in wire order."""
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("<!-- BEGIN GENERATED")
    section = text[start : text.index("<!-- END GENERATED -->", start)]
    layout: dict[str, dict[str, list[str]]] = {}
    table = None
    for line in section.splitlines():
        if heading := re.fullmatch(r"#### `([a-z_0-9]+)`", line):
            table = heading.group(1)
            layout[table] = {}
        elif table and (row := re.fullmatch(r"\| `([a-z_0-9]+)` \| (.*) \|", line)):
            numbered = re.findall(r"(\d+)\. `([a-z_0-9]+)`:", row.group(2))
            assert [int(n) for n, _ in numbered] == list(range(len(numbered)))
            layout[table][row.group(1)] = [column for _, column in numbered]
    return layout


def uuid5_text(namespace: str, name: str) -> str:
    """Section 9.5, from its bytes."""
    digest = bytearray(hashlib.sha1(uuid.UUID(namespace).bytes + name.encode("utf-8")).digest())
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest[:16].hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass
class Row:
    table: str
    id: str
    derived: bool
    values: dict[str, Any] = field(default_factory=dict)
    stamps: dict[str, tuple[int, str, int]] = field(default_factory=dict)  # hlc, replica, prev


@dataclass
class Decoded:
    rows: list[Row]
    deltas: list[int]


def decode_blocks(raw: bytes, sites: list[str], layout: dict[str, dict[str, list[str]]]):
    if raw and not raw.endswith(b"\n"):
        raise Refused("malformed", "cut short")
    rows: list[Row] = []
    deltas: list[int] = []
    seen: set[tuple[str, str]] = set()
    for line in raw.split(b"\n")[:-1] if raw else []:
        block = exact_keys(strict_json(line), {"t", "n", "id", "h", "d", "g"})
        groups_of = layout[block["t"]]
        n = block["n"]
        assert 1 <= n <= 5000 and len(block["id"]) == n and len(block["h"]) == n
        bases, base = [], 0
        for delta in block["h"]:
            assert whole(delta)
            base += delta
            assert 0 < base < 2**63
            bases.append(base)
        deltas.extend(block["h"][1:])
        made = [Row(block["t"], row_id, False) for row_id in block["id"]]
        for group, (offs, site_of, prevs, columns) in block["g"].items():
            names = groups_of[group]
            assert len(columns) == len(names)
            for i, row in enumerate(made):
                if offs[i] is None:
                    assert site_of[i] is None and prevs[i] is None
                    assert all(column[i] is None for column in columns)
                    continue
                hlc = bases[i] - offs[i]
                assert offs[i] >= 0 and hlc > 0 and 0 <= prevs[i] < hlc
                prev = hlc - prevs[i] if prevs[i] else 0
                row.stamps[group] = (hlc, sites[site_of[i]], prev)
                for name, column in zip(names, columns, strict=True):
                    row.values[name] = column[i]
        for row in made:
            assert row.stamps, "a row with no group"
            if row.id is None:
                rule = exact_keys(block["d"], {"ns", "cols", "prefix"})
                values = [row.values[c] for c in rule["cols"]]
                assert all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values)
                name = rule["prefix"] + "/".join(str(v) for v in values)
                row.id, row.derived = uuid5_text(rule["ns"], name), True
            key = (row.table, row.id)
            if key in seen:
                raise Refused("duplicate_record", str(key))
            seen.add(key)
        rows.extend(made)
    return Decoded(rows, deltas)


# ------------------------------------------------------------------ a writer (sections 5-8, 12)


def write_receipt(
    *,
    sender: Card,
    sender_key: Ed25519PrivateKey,
    sender_replica: str,
    bundle_seq: int,
    recipient: Card,
    acks: dict[str, int],
    context: bytes = MANIFEST_CONTEXT,
    aad: bytes = b"",
    enc_last: bool = False,
) -> bytes:
    """An `ack` bundle (section 12.3): no records, only acknowledgements. The keyword
    arguments after `acks` break one rule of the document, to show the app holds to it."""
    raw = b""
    payload = zstd.compress(raw)
    bundle_id = str(uuid.uuid4())
    manifest = {
        "fmt": 1,
        "schema": 2,
        "min_reader_schema": 2,
        "app": "spec-reader",
        "kind": "ack",
        "bundle_id": bundle_id,
        "bundle_seq": bundle_seq,
        "created_hlc": (time.time_ns() // 1_000_000) << 16,
        "sender": {
            "site": sender.site,
            "replica": sender_replica,
            "kid": kid(sender.x25519),
            "card": {
                "name": sender.name,
                "ed25519": b64(sender.ed25519),
                "x25519": b64(sender.x25519),
            },
        },
        "recipient": {"site": recipient.site, "kid": kid(recipient.x25519)},
        "since_seq": 0,
        "upto_seq": 0,
        "acks": {replica: {"seq": seq} for replica, seq in acks.items()},
        "sites": [],
        "payload": {
            "codec": "zstd",
            "len": len(payload),
            "sha256": sha256hex(payload),
            "raw_len": len(raw),
            "raw_sha256": sha256hex(raw),
            "counts": {},
        },
    }
    manifest_bytes = canonical(manifest)
    signature = sender_key.sign(context + manifest_bytes)
    plain = struct.pack(">I", len(manifest_bytes)) + manifest_bytes + signature + payload
    header = canonical(
        {
            "fmt": 1,
            "suite": SUITE_NAME,
            "from": sender.site,
            "to": recipient.site,
            "to_kid": kid(recipient.x25519),
            "bundle_id": bundle_id,
        }
    )
    pk_r = X25519PublicKey.from_public_bytes(recipient.x25519)
    return (
        MAGIC
        + struct.pack(">I", len(header))
        + header
        + hpke_seal(plain, pk_r, INFO_PREFIX + header, aad=aad, enc_last=enc_last)
    )


# ------------------------------------------------------------------ the app, to make real files


@dataclass
class Sites:
    sec: Any
    member: Any
    sec_card: Path
    member_card: Path


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    from oco_desktop.domain.roster import Role
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.demo import create_demo
    from oco_desktop.services.setup import SetupRequest, initialise
    from oco_desktop.services.sync import trust as sync_trust

    root = tmp_path_factory.mktemp("spec")
    sec = initialise(DataPaths(root / "SEC"), SetupRequest(Role.SECRETARIAT))
    sync_trust.export_card(sec, root / "sec.card")
    member = create_demo(DataPaths(root / "TO"), member_code="TO", staff=30, seed=3)
    sync_trust.import_card(member, root / "sec.card")
    sync_trust.export_card(member, root / "to.card")
    yield Sites(sec, member, root / "sec.card", root / "to.card")
    sec.close()
    member.close()


def _rows_of(store, table: str) -> dict[str, dict[str, Any]]:
    conn = dbfile.connect(store.paths.database, read_only=True)
    try:
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        return {r[names.index("id")]: dict(zip(names, r, strict=True)) for r in cursor}
    finally:
        conn.close()


def _clocks_of(store) -> dict[tuple[str, str], dict[str, tuple[int, str, int]]]:
    conn = dbfile.connect(store.paths.database, read_only=True)
    try:
        clocks: dict[tuple[str, str], dict[str, tuple[int, str, int]]] = {}
        for tbl, row_id, grp, hlc, site, prev in conn.execute(
            "SELECT tbl, row_id, grp, hlc, site, prev_hlc FROM sync_field_clock"
        ):
            clocks.setdefault((tbl, row_id), {})[grp] = (hlc, site, prev)
        return clocks
    finally:
        conn.close()


def _as_stored(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


# ------------------------------------------------------------------ the tests


def test_the_seven_rules_of_canonical_json_are_the_python_call_the_document_names():
    """Section 3.1 says both; they must agree, on the awkward cases too: control characters,
    U+007F, '/', U+2028, characters outside the BMP (key order is by code point, not UTF-16),
    negative numbers, nesting."""
    tricky = {
        "z": [1, -2, None, True, False, 0, -(2**63), 2**63 - 1],
        "é": 'tab\there, nul\x00, unit\x1f, del\x7f, slash /, quote ", backslash \\',
        "\U0001f600": {"\uffff": "line\u2028sep", "\ue000": "private", "": ""},
        "a": {"b": [[], {}, [[["deep"]]]]},
        "\uffff": "after U+D800 in UTF-16 order, before U+1F600 by code point",
    }
    python = json.dumps(
        tricky, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
    assert canonical(tricky) == python
    assert canonical({"b": [1, -2, None], "a": 'Sālote "S"\n'}) == (
        '{"a":"Sālote \\"S\\"\\n","b":[1,-2,null]}'.encode()
    )


def test_a_real_bundle_in_parts_decodes_from_the_document_alone(sites, tmp_path):
    from oco_desktop.services.sync import export as sync_export

    exported = sync_export.export_bundle(sites.member, tmp_path / "out", full=True, part_size=4096)
    assert len(exported.files) > 1, "the demo bundle should need several parts"

    sec_card = read_card(sites.sec_card.read_bytes())
    _, sec_x25519 = load_private_keys(sites.sec.paths)
    member_card = read_card(sites.member_card.read_bytes())
    data = join_parts(list(reversed(exported.files)))  # any order
    opened = open_bundle(data, sec_card, sec_x25519, pinned=None)

    man = opened.manifest
    assert canonical(man) == opened.manifest_bytes  # the app writes canonical JSON
    assert opened.signer.fingerprint == member_card.fingerprint
    assert man["sender"]["kid"] == kid(member_card.x25519)
    assert (man["bundle_seq"], man["kind"]) == (exported.bundle_seq, exported.kind)
    assert man["since_seq"] == 0

    layout = documented_layout()
    for line in opened.raw.split(b"\n")[:-1]:
        assert canonical(strict_json(line)) == line  # section 3.1 matches the app's bytes
    decoded = decode_blocks(opened.raw, man["sites"], layout)

    counts: dict[str, int] = {}
    for row in decoded.rows:
        counts[row.table] = counts.get(row.table, 0) + 1
    assert counts == man["payload"]["counts"] == exported.counts
    for table in ("office", "position", "staff", "tna_cycle", "tna_assessment", "tna_need"):
        assert {r.id for r in decoded.rows if r.table == table} == set(
            _rows_of(sites.member, table)
        ), table

    clocks = _clocks_of(sites.member)
    stored_tables: dict[str, dict[str, dict[str, Any]]] = {}
    for row in decoded.rows:
        if row.table not in stored_tables:
            stored_tables[row.table] = _rows_of(sites.member, row.table)
        stored = stored_tables[row.table][row.id]
        assert {c: _as_stored(v) for c, v in row.values.items()} == {
            c: stored[c] for c in row.values
        }, (row.table, row.id)
        # A full bundle carries every group of the row, each with its stored stamp and prev.
        assert row.stamps == clocks[(row.table, row.id)], (row.table, row.id)
        assert set(row.values) == {c for g in row.stamps for c in layout[row.table][g]}

    # The encodings the issue named are exercised, not assumed.
    assert any(r.derived for r in decoded.rows if r.table == "tna_assessment")
    assert any(delta < 0 for delta in decoded.deltas), "no negative stamp difference seen"


def test_the_document_s_hpke_is_the_one_the_app_uses(sites, tmp_path):
    """Section 6 written out by hand opens what the app sealed; flipping a byte of the outer
    header (the HPKE info) or of `enc` makes it fail, as the document says."""
    from oco_desktop.services.sync import export as sync_export

    [path] = sync_export.export_bundle(sites.member, tmp_path / "one").files
    data = path.read_bytes()
    sec_card = read_card(sites.sec_card.read_bytes())
    _, sec_x25519 = load_private_keys(sites.sec.paths)
    opened = open_bundle(data, sec_card, sec_x25519, pinned=None)
    assert opened.manifest["bundle_id"] == opened.outer["bundle_id"]
    (header_len,) = struct.unpack_from(">I", data, 6)
    header = data[10 : 10 + header_len]
    hpke_ct = data[10 + header_len :]
    with pytest.raises(Refused, match="damaged"):
        hpke_open(hpke_ct, sec_x25519, INFO_PREFIX + header.replace(b'"TO"', b'"FJ"'))
    flipped = bytes([hpke_ct[0] ^ 1]) + hpke_ct[1:]
    with pytest.raises(Refused, match="damaged"):
        hpke_open(flipped, sec_x25519, INFO_PREFIX + header)


def test_a_key_card_s_signature_covers_what_the_document_says(sites):
    sec_card = read_card(sites.sec_card.read_bytes())
    file_fields = json.loads(sites.sec_card.read_bytes())
    assert sec_card.site == "SEC" and file_fields["fingerprint"] == sec_card.fingerprint
    sec_signing, sec_x25519 = load_private_keys(sites.sec.paths)
    assert sec_card.ed25519 == raw_public(sec_signing.public_key())
    assert sec_card.x25519 == raw_public(sec_x25519.public_key())
    # The body is signed: another name breaks the signature; the fingerprint field is not.
    forged = sites.sec_card.read_bytes().replace(b'"OCO Secretariat"', b'"OCO Secretariat!"')
    with pytest.raises(Refused, match="bad_signature"):
        read_card(forged)
    relabelled = sites.sec_card.read_bytes().replace(
        file_fields["fingerprint"].encode(), b"AAAA-BBBB-CCCC-DDDD-EEEE"
    )
    assert read_card(relabelled).fingerprint == sec_card.fingerprint


def test_a_card_written_from_the_document_is_byte_for_byte_the_app_s():
    """Ed25519 signatures are deterministic, so the document's recipe must give the very bytes
    the app writes; the app must accept the card, non-ASCII name included."""
    from oco_desktop.sync import keys as app_keys

    signing, receiving = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    name = 'Fidji — Douanes de Suva "HQ"\t'
    ours = write_card("FJ", name, signing, receiving)
    assert ours == app_keys.SiteKeys("FJ", name, signing, receiving).card_file_bytes()
    accepted = app_keys.read_card(ours)
    assert accepted.fingerprint == read_card(ours).fingerprint


def test_a_receipt_written_from_the_document_moves_the_member_s_next_bundle(sites, tmp_path):
    """A receipt (an `ack` bundle) made by this writer, as the Secretariat, acknowledging the
    member's changes up to its current sequence: the app applies it, and the member's next
    bundle starts from there and carries nothing."""
    from oco_desktop.services.sync import export as sync_export
    from oco_desktop.services.sync import import_ as sync_import

    sec_card = read_card(sites.sec_card.read_bytes())
    member_card = read_card(sites.member_card.read_bytes())
    sec_signing, sec_x25519 = load_private_keys(sites.sec.paths)
    [path] = sync_export.export_bundle(sites.member, tmp_path / "first").files
    first = open_bundle(path.read_bytes(), sec_card, sec_x25519, pinned=member_card).manifest
    assert first["upto_seq"] > 0

    conn = dbfile.connect(sites.sec.paths.database, read_only=True)
    try:
        [(sec_replica,)] = conn.execute("SELECT site_id FROM installation").fetchall()
    finally:
        conn.close()
    receipt = tmp_path / "receipt.ocob"
    receipt.write_bytes(
        write_receipt(
            sender=sec_card,
            sender_key=sec_signing,
            sender_replica=sec_replica,
            bundle_seq=1000,
            recipient=member_card,
            acks={first["sender"]["replica"]: first["upto_seq"]},
        )
    )
    [result] = sync_import.import_bundle(sites.member, [receipt])
    assert result.status == "applied", result.reason

    after = sync_export.export_bundle(sites.member, tmp_path / "after")
    assert (after.kind, after.since_seq, after.counts) == ("ack", first["upto_seq"], {})


def _verdict(store, path: Path) -> str:
    """What the app made of a file: "applied", or the refusal's code."""
    from oco_desktop.services.sync import import_ as sync_import

    try:
        [result] = sync_import.import_bundle(store, [path])
    except Exception as exc:  # a refusal: BundleRejected and its code
        return str(getattr(exc, "code", type(exc).__name__))
    return str(getattr(result, "code", None) or result.status)


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ({"context": b"ocob/v1/manifest"}, "bad_signature"),  # the 0x00 is signed too
        ({"context": b""}, "bad_signature"),
        ({"aad": b"ocob/v1"}, "damaged"),  # the AAD is empty
        ({"enc_last": True}, "damaged"),  # enc comes first
    ],
)
def test_the_app_refuses_a_receipt_that_breaks_one_rule_of_the_document(
    sites, tmp_path, broken, expected
):
    """The rules the issue named are not only sufficient but necessary: bend one and the app
    refuses the file with the reason the document gives."""
    sec_card = read_card(sites.sec_card.read_bytes())
    member_card = read_card(sites.member_card.read_bytes())
    sec_signing, _ = load_private_keys(sites.sec.paths)
    conn = dbfile.connect(sites.member.paths.database, read_only=True)
    try:
        [(member_replica,)] = conn.execute("SELECT site_id FROM installation").fetchall()
    finally:
        conn.close()
    receipt = tmp_path / "receipt.ocob"
    receipt.write_bytes(
        write_receipt(
            sender=sec_card,
            sender_key=sec_signing,
            sender_replica=str(uuid.uuid4()),
            bundle_seq=2000,
            recipient=member_card,
            acks={member_replica: 1},
            **broken,
        )
    )
    assert _verdict(sites.member, receipt) == expected
