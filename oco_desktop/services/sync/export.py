"""Write a bundle: incremental from what the peer acknowledged, atomically, verified on the stick.

The bundle number is allocated (and committed) before anything is written, so an interrupted
export never reuses it; the file is written under a temporary name, flushed, synced and renamed,
then read back and compared, so a half-written or fake-capacity stick never looks finished.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from oco_desktop import __version__
from oco_desktop.domain import hlc
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.ids import new_id
from oco_desktop.files import atomic_write
from oco_desktop.language import _
from oco_desktop.services.sync.ids import derive_rules
from oco_desktop.services.sync.state import Me, current_replica, me, replicas_of, trusted_peer
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors
from oco_desktop.store.sync_models import SyncOutbox
from oco_desktop.sync import columns, container, manifest
from oco_desktop.sync.faults import crash_point
from oco_desktop.sync.select import select_changes


@dataclass(frozen=True)
class ExportResult:
    bundle_id: str
    bundle_seq: int
    kind: str
    recipient: str
    files: list[Path]
    size: int
    since_seq: int
    upto_seq: int
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "bundle_id": self.bundle_id,
            "bundle_seq": self.bundle_seq,
            "kind": self.kind,
            "recipient": self.recipient,
            "files": [str(f) for f in self.files],
            "size": self.size,
            "since_seq": self.since_seq,
            "upto_seq": self.upto_seq,
            "counts": self.counts,
        }


def write_verified(target: Path, data: bytes) -> None:
    """Written atomically and durably (files.atomic_write), then read back and compared."""
    with atomic_write(target) as handle:
        handle.write(data[: len(data) // 2])
        crash_point("export:half_written")
        handle.write(data[len(data) // 2 :])
    if container.sha256(target.read_bytes()) != container.sha256(data):
        target.unlink(missing_ok=True)
        raise InvalidInput(
            _(
                "The copy written to {folder} does not read back the same: the drive may be "
                "failing or fake. Use another USB stick or folder."
            ).format(folder=target.parent),
            field="to",
        )


def bundle_file_names(sender: str, recipient: str, seq: int, count: int) -> list[str]:
    stem = f"OCO_{sender}-to-{recipient}_{seq:05d}_{dt.date.today():%Y%m%d}"
    if count == 1:
        return [f"{stem}.ocob"]
    return [f"{stem}_part{i + 1}of{count}.ocop" for i in range(count)]


def export_bundle(
    store: Store,
    target_dir: Path,
    *,
    recipient: str | None = None,
    full: bool = False,
    part_size: int = container.DEFAULT_PART_SIZE,
) -> ExportResult:
    site = me(store)
    if site.is_secretariat:
        if not recipient:
            raise InvalidInput(_("Say which member the bundle is for (--for ISO2)."), field="for")
        recipient = recipient.strip().upper()
    else:
        if recipient and recipient.strip().upper() != "SEC":
            raise InvalidInput(_("A member sends bundles to the Secretariat only."), field="for")
        recipient = "SEC"
    if part_size < container.MIN_PART_SIZE:
        raise InvalidInput(
            _("The part size must be at least {size} bytes.").format(size=container.MIN_PART_SIZE),
            field="part_size",
        )
    target_dir = target_dir.expanduser()
    with plain_store_errors(target_dir):
        target_dir.mkdir(parents=True, exist_ok=True)
        return _export(store, site, recipient, target_dir, full, part_size)


def _export(
    store: Store, site: Me, recipient: str, target_dir: Path, full: bool, part_size: int
) -> ExportResult:
    now = dt.datetime.now().replace(microsecond=0)
    bundle_id = new_id()
    with store.write() as session:
        card = trusted_peer(session, recipient)
        replica = current_replica(session, recipient)
        replicas = replicas_of(session, recipient)
        since = 0 if full or replica is None else replica.acked_seq
        never_acknowledged = all(r.last_acked_at is None for r in replicas)
        acks = {r.replica_id: {"seq": r.received_seq} for r in replicas if r.received_seq}
        # Only the recipient's current replica is left out: a replica restored from a backup
        # (a new id) gets back what its earlier self sent, and so recovers it.
        exclude = {replica.replica_id} if replica is not None else set()
        seq = (session.scalar(select(func.max(SyncOutbox.bundle_seq))) or 0) + 1
        session.add(
            SyncOutbox(
                bundle_seq=seq,
                bundle_id=bundle_id,
                recipient=recipient,
                kind="pending",
                since_seq=since,
                upto_seq=since,
                status="writing",
                created_at=now,
            )
        )
    crash_point("export:allocated")
    with store.read() as session:
        selection = select_changes(
            session.connection(),
            since,
            exclude,
            member_code=recipient if site.is_secretariat else None,
        )
        created_hlc = session.connection().exec_driver_sql("SELECT hlc FROM sync_clock").scalar()
    if not site.is_secretariat and never_acknowledged:
        kind = "enroll"
    elif not selection.tables:
        kind = "ack"
    else:
        kind = "full" if since == 0 else "incremental"
    raw = columns.encode(selection.tables, selection.sites, derive_rules())
    payload = container.compress(raw)
    card_body = site.keys.card().body()
    man = {
        "fmt": container.FORMAT,
        "schema": manifest.SCHEMA,
        "min_reader_schema": manifest.MIN_READER_SCHEMA,
        "app": __version__,
        "kind": kind,
        "bundle_id": bundle_id,
        "bundle_seq": seq,
        "created_hlc": max(created_hlc or 0, hlc.pack(hlc.now_ms())),
        "sender": {
            "site": site.site,
            "replica": site.replica,
            "kid": site.keys.card().kid,
            "card": {
                "name": site.keys.name,
                "ed25519": card_body["ed25519"],
                "x25519": card_body["x25519"],
            },
        },
        "recipient": {"site": recipient, "kid": card.kid},
        "since_seq": selection.since_seq,
        "upto_seq": selection.upto_seq,
        "acks": acks,
        "sites": selection.sites,
        "payload": {
            "codec": "zstd",
            "len": len(payload),
            "sha256": container.sha256(payload),
            "raw_len": len(raw),
            "raw_sha256": container.sha256(raw),
            "counts": selection.counts(),
        },
    }
    outer = container.Outer(site.site, recipient, card.kid, bundle_id)
    data = container.seal(outer, man, payload, site.keys.signing, card.encryption_key())
    pieces = container.split(data, bundle_id, part_size)
    files = [
        target_dir / name for name in bundle_file_names(site.site, recipient, seq, len(pieces))
    ]
    for path, piece in zip(files, pieces, strict=True):
        write_verified(path, piece)
    crash_point("export:written")
    with store.write() as session:
        row = session.get(SyncOutbox, seq)
        assert row is not None  # reserved above, before the bundle was written
        row.kind, row.upto_seq, row.status = kind, selection.upto_seq, "written"
        row.sha256, row.size = container.sha256(data), len(data)
        row.written_to = json.dumps([str(f) for f in files])
        row.counts = json.dumps(selection.counts())
    return ExportResult(
        bundle_id,
        seq,
        kind,
        recipient,
        files,
        len(data),
        selection.since_seq,
        selection.upto_seq,
        selection.counts(),
    )
