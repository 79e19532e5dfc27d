"""Import bundles: verify everything first, then one transaction; or quarantine, or refuse.

The pipeline of docs/SYNC.md: copy into the inbox; size caps and the outer header; decrypt;
strict manifest, trust and signature; version gate; replay gate; payload digests and bounded
decompression; every record validated; then a backup and one BEGIN IMMEDIATE transaction that
merges, writes the ledger row and moves the acknowledgements; finally the file is archived.
Nothing touches the database before that transaction; a dry run rolls it back.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError

from oco_desktop.domain.errors import BundleRejected, InvalidInput
from oco_desktop.domain.text import normalise_synced
from oco_desktop.files import write_atomic
from oco_desktop.language import _, os_error_text
from oco_desktop.services.programme.reference_publish import apply_published
from oco_desktop.services.roster.erasure import PERSON_TABLE, purge_side_tables
from oco_desktop.services.roster.staff import checkpoint_truncate
from oco_desktop.services.sync import archive
from oco_desktop.services.sync.ids import derive_rules, id_rules
from oco_desktop.services.sync.state import Me, me
from oco_desktop.services.sync.trust import peer_card, register_peer
from oco_desktop.services.tna.workflow import mark_acknowledged
from oco_desktop.store import backup, crypt, locks
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors
from oco_desktop.store.sync_models import SyncLedger, SyncPeer
from oco_desktop.sync import clock, columns, container, keys, manifest, records, validate
from oco_desktop.sync.container import read_capped
from oco_desktop.sync.faults import crash_point
from oco_desktop.sync.merge import MergeResult, merge
from oco_desktop.sync.scope import known_sites, out_of_scope, site_refusal

MAX_FILE = container.MAX_BUNDLE + 1024


@dataclass
class BundleImportResult:
    status: str  # applied | already_imported | quarantined | refused
    reason: str
    bundle_id: str | None = None
    sender: str | None = None
    kind: str | None = None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: int = 0
    parked: int = 0
    possible_duplicates: list[str] = field(default_factory=list)
    discarded: list[str] = field(default_factory=list)
    acknowledges: list[int] = field(default_factory=list)  # our bundles this one is a receipt for
    dry_run: bool = False
    first_imported_at: dt.datetime | None = None
    fingerprint: str | None = None

    def as_dict(self) -> dict[str, object]:
        data = dict(self.__dict__)
        if self.first_imported_at:
            data["first_imported_at"] = self.first_imported_at.isoformat()
        return data


@dataclass(frozen=True)
class Verified:
    """A bundle that passed every check up to (not including) the merge."""

    outer: container.Outer
    manifest: manifest.Manifest
    records: list[records.Record]
    sha256: str
    inbox_file: Path


def read_bundle_file(path: Path) -> bytes:
    """Size-capped: a file larger than any bundle is refused before it is read whole."""
    try:
        data = read_capped(path, MAX_FILE)
    except OSError as exc:
        raise InvalidInput(
            _("{file} cannot be read ({reason}).").format(file=path, reason=os_error_text(exc)),
            field="file",
        ) from exc
    if len(data) > MAX_FILE:
        raise BundleRejected(
            "too_large", _("{file} is larger than any bundle can be").format(file=path.name)
        )
    return data


def _to_inbox(store: Store, data: bytes) -> Path:
    """Never work on the stick itself: an atomic copy in the inbox, named by its digest."""
    inbox = store.paths.inbox
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / f"{container.sha256(data)[:32]}.ocob"
    if not target.exists():
        write_atomic(target, data)
    return target


def part_identity(part: container.Part) -> str:
    """Parts join only with parts that declare the same whole: a forged part carrying a real
    bundle's id but another count or checksum is a different whole, so it cannot block the
    genuine parts (it waits alone, and goes to refused/ once the genuine bundle is in)."""
    return f"{part.bundle_id}_{part.total_sha256[:16]}_{part.count}_{part.total_len}"


def keep_part(store: Store, part: container.Part, data: bytes) -> Path:
    """A copy of a part in the inbox, so the missing ones can come later; named by what it
    declares and by its own digest, so no part can stand in for another's copy."""
    store.paths.inbox.mkdir(parents=True, exist_ok=True)
    kept = store.paths.inbox / (
        f"{part_identity(part)}_{part.index + 1}of{part.count}_{container.sha256(data)[:12]}.ocop"
    )
    if not kept.exists():
        write_atomic(kept, data)
    return kept


def kept_parts(store: Store, bundle_id: str, identity: str | None = None) -> list[Path]:
    """The kept parts of a bundle id: of one declared whole, or of any."""
    if not store.paths.inbox.is_dir():
        return []
    return sorted(
        p
        for p in store.paths.inbox.glob(f"{bundle_id}_*.ocop")
        if identity is None or p.name.startswith(identity + "_")
    )


def join_parts(store: Store, given: list[container.Part], *, keep: bool = True) -> bytes:
    """The whole bundle from parts given now and parts kept from earlier (given ones first:
    a kept copy never overrides what the officer has just chosen)."""
    identity = part_identity(given[0])
    parts = list(given)
    if keep:
        for kept in kept_parts(store, given[0].bundle_id, identity):
            try:
                parts.append(container.read_part(kept.read_bytes()))
            except (BundleRejected, OSError):
                continue
    try:
        return container.join(parts)
    except BundleRejected as exc:
        if exc.code == "damaged" and keep:
            # A part of the same declared whole held other bytes: the kept copies are what
            # failed, so they go aside and the genuine parts, given again, can join.
            refuse_files(store, kept_parts(store, given[0].bundle_id, identity), exc)
        raise


def assemble(store: Store, files: Sequence[Path]) -> list[bytes]:
    """Whole bundles from the files given: parts are joined (any order, duplicates ignored);
    parts of an incomplete bundle are kept in the inbox for next time."""
    wholes: list[bytes] = []
    parts: dict[str, list[container.Part]] = {}
    for path in files:
        data = read_bundle_file(Path(path))
        if container.is_part(data):
            part = container.read_part(data)
            parts.setdefault(part_identity(part), []).append(part)
            keep_part(store, part, data)
        else:
            wholes.append(data)
    for given in parts.values():
        wholes.append(join_parts(store, given))
    return wholes


def refuse_files(store: Store, files: Sequence[Path], error: BundleRejected) -> Path | None:
    """Move inbox copies that were refused to refused/, with a note saying why, so that the
    inbox holds only what still waits (parts of an incomplete bundle, quarantine, a bundle for
    a newer app). The originals on the stick or in the email are untouched."""
    inbox = store.paths.inbox.resolve()
    moved = [p for p in files if p.exists() and p.resolve().parent == inbox]
    if not moved:
        return None
    folder = store.paths.root / "refused"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for path in moved:
        os.replace(path, folder / path.name)
    note = folder / f"{moved[0].stem}.txt"
    note.write_text(
        _("Refused on {stamp} ({code}): {reason}.").format(
            stamp=stamp, code=error.code, reason=error.message
        )
        + "\n"
        + "".join(f"{p.name}\n" for p in moved),
        encoding="utf-8",
    )
    return folder


def check_recipient(outer: container.Outer, site: Me) -> None:
    if outer.recipient != site.site:
        raise BundleRejected(
            "wrong_recipient",
            _(
                "this bundle is addressed to {recipient}, not to this installation ({site}); "
                "give it to the right office"
            ).format(recipient=outer.recipient, site=site.site),
        )
    if outer.to_kid != site.keys.card().kid:
        raise BundleRejected(
            "wrong_recipient",
            _(
                "this bundle is addressed to {recipient} but was encrypted for another key of "
                "{recipient} (an earlier installation, or a key card since replaced); ask the "
                "sender to use this installation's key card and export again"
            ).format(recipient=outer.recipient),
        )


def sender_card(man: manifest.Manifest) -> keys.PublicCard:
    """The key card a bundle carries (a claim until the signature and the trust hold)."""
    return keys.PublicCard(
        man.sender_site,
        man.sender_card["name"],
        base64.b64decode(man.sender_card["ed25519"]),
        base64.b64decode(man.sender_card["x25519"]),
    )


def verify(
    store: Store, site: Me, data: bytes, *, keep: bool = True
) -> tuple[Verified | None, BundleImportResult | None]:
    """Steps 2 to 8. Returns the verified bundle, or a result (quarantined / already imported).
    A bundle from a sender not confirmed here is decoded no further than its manifest (and
    the payload's digest): its rows cost nothing until someone trusts it. Without `keep`
    (a dry run) no copy is written into the inbox."""
    outer, header, ciphertext = container.read_outer(data)
    check_recipient(outer, site)
    envelope = container.unseal(header, ciphertext, site.keys.encryption)
    man = manifest.parse(envelope.manifest_bytes)
    if (man.bundle_id, man.sender_site, man.recipient_site) != (
        outer.bundle_id,
        outer.sender,
        outer.recipient,
    ):
        raise BundleRejected("mismatch", _("the bundle's sealed manifest and its header disagree"))
    if man.raw["recipient"]["kid"] != site.keys.card().kid:
        raise BundleRejected("wrong_recipient", _("the bundle was made for another key"))
    with store.read() as session:
        sites = known_sites(session.connection())
    for code, role in ((man.sender_site, "sender"), (man.recipient_site, "recipient")):
        refused = site_refusal(code, sites, role)
        if refused is not None:
            raise BundleRejected("unknown_site", refused)
    digest = container.sha256(data)
    inbox_file = _to_inbox(store, data) if keep else store.paths.inbox / f"{digest[:32]}.ocob"
    card = sender_card(man)
    with store.read() as session:
        peer = session.get(SyncPeer, man.sender_site)
        pinned = peer_card(peer) if peer is not None else None
        ledger = session.get(SyncLedger, man.bundle_id)
        clone = session.scalars(
            select(SyncLedger).where(
                SyncLedger.sender_replica == man.sender_replica,
                SyncLedger.bundle_seq == man.bundle_seq,
                SyncLedger.sha256 != digest,
                SyncLedger.bundle_id != man.bundle_id,
            )
        ).first()
    if pinned is not None and pinned.fingerprint != card.fingerprint:
        raise BundleRejected(
            "key_changed",
            _(
                "{site} now sends with another key than the one registered here (fingerprint "
                "{fingerprint}): someone else made this bundle, or {site} set up a new "
                "computer. Only if {site}'s HR focal point confirms a new key by phone, "
                "re-enrol it with the fingerprint they read (`oco-desktop keys re-enrol {site} "
                "FILE --fingerprint FP`); until then its bundles are refused"
            ).format(site=man.sender_site, fingerprint=pinned.fingerprint),
        )
    container.verify(envelope, (pinned or card).signing_key(), man.sender_site)
    if peer is not None and peer.status == "revoked":
        raise BundleRejected(
            "revoked",
            _("{site}'s key was revoked on this computer").format(site=man.sender_site),
        )
    if man.raw["schema"] < manifest.OLDEST_READABLE_SCHEMA:
        raise BundleRejected(
            "older_schema",
            _(
                "this bundle was made by an old OCO Desktop ({version}) that this version "
                "cannot read; the sender must update the app and export again"
            ).format(version=man.raw["app"]),
        )
    if man.raw["schema"] > manifest.SCHEMA or man.raw["min_reader_schema"] > manifest.SCHEMA:
        raise BundleRejected(
            "newer_schema",
            _(
                "this bundle needs a newer OCO Desktop (version {version} or later); it is "
                "kept in the inbox ({file}) until the app is updated"
            ).format(version=man.raw["app"], file=inbox_file.name),
        )
    if ledger is not None and ledger.status == "applied":
        return None, BundleImportResult(
            "already_imported",
            _("already imported on {when}; nothing changed").format(
                when=f"{ledger.imported_at:%Y-%m-%d %H:%M}"
            ),
            bundle_id=man.bundle_id,
            sender=man.sender_site,
            kind=man.kind,
            first_imported_at=ledger.imported_at,
        )
    if clone is not None:
        raise BundleRejected(
            "cloned_installation",
            _(
                "two computers are using {site}'s identity (bundle number {number} arrived "
                "twice with different contents); only one installation may send for an "
                "administration: call the member before importing more"
            ).format(site=man.sender_site, number=man.bundle_seq),
        )
    payload = _check_payload(envelope.payload, man)
    if peer is None or peer.status != "trusted":
        # Quarantine holds the (still encrypted) file, never decoded rows: the full checks
        # run when the key is confirmed and the bundle is imported from the inbox copy.
        quarantined = Verified(outer, man, [], digest, inbox_file)
        return quarantined, _quarantine_result(quarantined)
    raw = container.decompress(payload, man.payload["raw_len"])
    if container.sha256(raw) != man.payload["raw_sha256"]:
        raise BundleRejected("damaged", _("the change list does not match its digest"))

    rules = id_rules()
    if man.raw["schema"] >= columns.SCHEMA:  # the decoder checks the ids of derived blocks
        checked_by_decoder = derive_rules()
        decoded = columns.decode(raw, man.sites, checked_by_decoder)
        rules = {t: r for t, r in rules.items() if t not in checked_by_decoder}
    else:  # schema 1: one JSON line per row, upcast
        decoded = list(records.decode(raw, man.sites, man.raw["schema"]))
    validate.check_ids(decoded, rules)
    validate.check_constraints(decoded)
    with store.read() as session:
        own_hlc = session.connection().exec_driver_sql("SELECT hlc FROM sync_clock").scalar()
    clock.check_stamps(decoded, man, site.replica, own_hlc or 0)
    decoded = normalise_synced(decoded)  # text in the stored form (domain/text.py)
    return Verified(outer, man, decoded, digest, inbox_file), None


def _check_payload(payload: bytes, man: manifest.Manifest) -> bytes:
    if len(payload) != man.payload["len"] or container.sha256(payload) != man.payload["sha256"]:
        raise BundleRejected("damaged", _("the payload does not match its digest"))
    return payload


def _quarantine_result(verified: Verified) -> BundleImportResult:
    """The fingerprint is not given: the officer must hear it from the sender by phone, and
    an answer printed here would be the sender's own claim read back."""
    man = verified.manifest
    return BundleImportResult(
        "quarantined",
        _(
            "{site}'s key is not confirmed yet: the bundle's signature was checked and the file "
            "kept aside, not merged. Call {site}'s HR focal point on a number you already know, "
            "ask them to read the fingerprint shown by `oco-desktop keys show` on their "
            "computer, then run `oco-desktop keys trust {site} --fingerprint <what they read>`"
        ).format(site=man.sender_site),
        bundle_id=man.bundle_id,
        sender=man.sender_site,
        kind=man.kind,
        counts={t: {"records": n} for t, n in man.payload["counts"].items()},
    )


def _apply(store: Store, site: Me, verified: Verified, *, dry_run: bool) -> MergeResult:
    man = verified.manifest
    # Full precision: the replica heard from last is the peer's current one, even when two
    # replicas of a site (before and after a restore) send within the same second.
    now = dt.datetime.now()
    with store.engine.connect().execution_options(immediate=True) as conn:
        transaction = conn.begin()
        try:
            refused = out_of_scope(conn, verified.records, man.sender_site, site.site)
            if refused is not None:
                raise BundleRejected(
                    "out_of_scope",
                    _("{site}'s bundle was refused: {reason}").format(
                        site=man.sender_site, reason=refused
                    ),
                )
            validate.check_acks(conn, man.acks.get(site.replica), man.sender_site)
            refusable: tuple[type[Exception], ...] = (
                *crypt.all_errors(),
                UnicodeEncodeError,
                DBAPIError,
            )
            try:
                result = merge(
                    conn,
                    verified.records,
                    man.bundle_id,
                    now,
                    sender=man.sender_site,
                    receiver=site.site,
                )
            except refusable as exc:
                refusal = validate.integrity_refusal(exc, man.sender_site)
                if refusal is None:
                    raise
                raise refusal from exc
            for table, row_id in result.newly_erased:
                if table == "staff":
                    purge_side_tables(conn, PERSON_TABLE, [row_id])
            crash_point("import:merged")
            if dry_run:
                transaction.rollback()
                return result
            _record_receipt(conn, site, man, verified.sha256, result, now)
            crash_point("import:before_commit")
            transaction.commit()
            crash_point("import:committed")
        except BaseException:
            if transaction.is_active:
                transaction.rollback()
            raise
    return result


def _record_receipt(
    conn: Connection,
    site: Me,
    man: manifest.Manifest,
    digest: str,
    result: MergeResult,
    now: dt.datetime,
) -> None:
    sql = conn.exec_driver_sql
    sql("DELETE FROM sync_ledger WHERE bundle_id = ? AND status = 'quarantined'", (man.bundle_id,))
    summary = {
        "counts": {t: c.as_dict() for t, c in result.counts.items()},
        "conflicts": result.conflicts,
        "parked": result.parked,
    }
    sql(
        "INSERT INTO sync_ledger (bundle_id, sender_code, sender_replica, bundle_seq, kind, "
        "sha256, status, imported_at, summary) VALUES (?, ?, ?, ?, ?, ?, 'applied', ?, ?)",
        (
            man.bundle_id,
            man.sender_site,
            man.sender_replica,
            man.bundle_seq,
            man.kind,
            digest,
            now,
            json.dumps(summary),
        ),
    )
    row = sql(
        "SELECT received_seq, last_bundle_seq FROM sync_replica WHERE replica_id = ?",
        (man.sender_replica,),
    ).first()
    if row is None:
        sql(
            "INSERT INTO sync_replica (replica_id, site_code, acked_seq, received_seq, "
            "last_bundle_seq) VALUES (?, ?, 0, 0, 0)",
            (man.sender_replica, man.sender_site),
        )
        received = 0
    else:
        received = row[0]
    if man.since_seq <= received:
        received = max(received, man.upto_seq)
    sql(
        "UPDATE sync_replica SET received_seq = ?, last_bundle_seq = max(last_bundle_seq, ?), "
        "last_received_at = ? WHERE replica_id = ?",
        (received, man.bundle_seq, now, man.sender_replica),
    )
    acked = man.acks.get(site.replica)
    if acked is not None:
        sql(
            "UPDATE sync_replica SET acked_seq = max(acked_seq, ?), last_acked_at = ? "
            "WHERE replica_id = ?",
            (acked, now, man.sender_replica),
        )


def _archive(store: Store, verified: Verified) -> None:
    store.paths.archive.mkdir(parents=True, exist_ok=True)
    target = store.paths.archive / verified.inbox_file.name
    if verified.inbox_file.exists():
        os.replace(verified.inbox_file, target)
    # Every kept part of this bundle id goes: the genuine ones (they declare the archived
    # file's digest) are in the archive; any other "part" claiming the id was an impostor,
    # and is set aside with a note.
    genuine = f"_{verified.sha256[:16]}_"
    impostors = []
    for kept in kept_parts(store, verified.manifest.bundle_id):
        if genuine in kept.name:
            kept.unlink(missing_ok=True)
        else:
            impostors.append(kept)
    refuse_files(
        store,
        impostors,
        BundleRejected("mismatch", _("a part claiming the id of a bundle that was imported whole")),
    )
    archive.prune(store.paths)  # applied bundles are kept ARCHIVE_DAYS, then deleted


def import_bundle(
    store: Store, files: Sequence[Path], *, dry_run: bool = False
) -> list[BundleImportResult]:
    """Import every bundle among `files`. Refusals raise BundleRejected (nothing changed)."""
    site = me(store)
    results = []
    backed_up = [False]  # one backup per import, before the first bundle that merges
    with plain_store_errors(store.paths.root):
        for data in assemble(store, files):
            results.append(import_whole(store, site, data, dry_run=dry_run, backed_up=backed_up))
    after_import(store, results)
    return results


def after_import(store: Store, results: Sequence[BundleImportResult]) -> None:
    """Once per command, not per bundle: a receipt from the Secretariat acknowledges the
    training needs analyses it received."""
    if any(r.status == "applied" and not r.dry_run for r in results):
        mark_acknowledged(store)


def import_whole(
    store: Store, site: Me, data: bytes, *, dry_run: bool, backed_up: list[bool]
) -> BundleImportResult:
    """One whole bundle; refusals raise BundleRejected with the store unchanged. A refused
    copy in the inbox goes to refused/ (except a bundle for a newer app, which waits)."""
    try:
        # One writer per data folder, from before the replay check to the archive: the same
        # bundle imported by two processes is applied once, then "already imported".
        with locks.writing(store.paths):
            return _import_one(store, site, data, dry_run=dry_run, backed_up=backed_up)
    except BundleRejected as exc:
        if not dry_run and exc.code != "newer_schema":
            inbox_copy = store.paths.inbox / f"{container.sha256(data)[:32]}.ocob"
            refuse_files(store, [inbox_copy], exc)
        raise


def _import_one(
    store: Store, site: Me, data: bytes, *, dry_run: bool, backed_up: list[bool]
) -> BundleImportResult:
    verified, early = verify(store, site, data, keep=not dry_run)
    man = verified.manifest if verified else None
    if early is not None and early.status == "quarantined" and verified is not None:
        if not dry_run:
            _quarantine(store, verified)
        early.dry_run = dry_run
        return early
    if early is not None:
        early.dry_run = dry_run
        return early
    assert verified is not None and man is not None
    if not dry_run and not backed_up[0]:
        # The state before this import: later bundles of the same import are each merged in
        # their own transaction, and copying the whole (growing) file again before every one
        # made a day of 24 bundles quadratic (docs/PERFORMANCE.md).
        backup.create_backup(store.paths, "pre-import")
        backed_up[0] = True
        crash_point("import:backed_up")
    acknowledged = acknowledged_bundles(store, site, man)
    result = _apply(store, site, verified, dry_run=dry_run)
    if not dry_run:
        _archive(store, verified)
        if result.newly_erased:
            checkpoint_truncate(store)
            archive.forget_all(store.paths)  # earlier bundles may hold the erased person
        published = result.counts.get("reference_document")
        if published is not None and (published.created or published.updated):
            apply_published(store)
    return BundleImportResult(
        "applied",
        _("dry run: nothing was changed") if dry_run else _("import complete"),
        bundle_id=man.bundle_id,
        sender=man.sender_site,
        kind=man.kind,
        counts={t: c.as_dict() for t, c in result.counts.items()},
        conflicts=result.conflicts,
        parked=result.parked,
        possible_duplicates=result.possible_duplicates,
        discarded=result.discarded,
        acknowledges=acknowledged,
        dry_run=dry_run,
    )


def acknowledged_bundles(store: Store, site: Me, man: manifest.Manifest) -> list[int]:
    """The numbers of our bundles to the sender that this bundle is the first receipt for:
    those whose changes end after what the sender's replica had acknowledged so far and at or
    before what it acknowledges now."""
    acked = man.acks.get(site.replica)
    if acked is None:
        return []
    with store.read() as session:
        sql = session.connection().exec_driver_sql
        before = sql(
            "SELECT acked_seq FROM sync_replica WHERE replica_id = ?", (man.sender_replica,)
        ).scalar()
        return list(
            sql(
                "SELECT bundle_seq FROM sync_outbox WHERE recipient = ? AND status = 'written' "
                "AND upto_seq > ? AND upto_seq <= ? ORDER BY bundle_seq",
                (man.sender_site, before or 0, acked),
            ).scalars()
        )


def _quarantine(store: Store, verified: Verified) -> None:
    man = verified.manifest
    card = sender_card(man)
    with store.read() as session:
        known = session.get(SyncPeer, man.sender_site)
    if known is None:
        register_peer(store, card, trusted=False)
    with store.write() as session:
        if session.get(SyncLedger, man.bundle_id) is None:
            session.add(
                SyncLedger(
                    bundle_id=man.bundle_id,
                    sender_code=man.sender_site,
                    sender_replica=man.sender_replica,
                    bundle_seq=man.bundle_seq,
                    kind=man.kind,
                    sha256=verified.sha256,
                    status="quarantined",
                    imported_at=dt.datetime.now().replace(microsecond=0),
                    summary=json.dumps({"counts": man.payload["counts"]}),
                    archived_as=str(verified.inbox_file),
                )
            )


def release_quarantine(store: Store, code: str) -> list[BundleImportResult]:
    """After a peer's key is confirmed, merge the bundles that waited in quarantine. Each is
    checked in full now (it was decoded no further than its manifest); one that fails is
    refused alone, leaves the quarantine and goes to refused/."""
    with store.read() as session:
        waiting = [
            (row.bundle_id, Path(row.archived_as) if row.archived_as else None)
            for row in session.scalars(
                select(SyncLedger)
                .where(SyncLedger.sender_code == code, SyncLedger.status == "quarantined")
                .order_by(SyncLedger.bundle_seq)
            )
        ]
    site = me(store)
    results: list[BundleImportResult] = []
    backed_up = [False]
    with plain_store_errors(store.paths.root):
        for bundle_id, path in waiting:
            try:
                if path is None or not path.exists():
                    raise BundleRejected(
                        "missing_part",
                        _("its kept copy is no longer in the inbox; import it again"),
                    )
                data = read_bundle_file(path)
                results.append(import_whole(store, site, data, dry_run=False, backed_up=backed_up))
            except BundleRejected as exc:
                with store.write() as session:
                    row = session.get(SyncLedger, bundle_id)
                    if row is not None and row.status == "quarantined":
                        session.delete(row)
                results.append(
                    BundleImportResult("refused", exc.message, bundle_id=bundle_id, sender=code)
                )
    after_import(store, results)
    return results
