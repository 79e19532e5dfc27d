"""One import for the command line and the window: the files given are sorted into bundles,
each bundle is checked and imported on its own, and the result says per bundle what happened.

The rules (DHIS2's import summary, git bundle's verify-before-apply):
- one refusal does not stop the others; a stray or damaged part is refused alone;
- a stop asked between bundles is honoured before the next one (a bundle being merged is one
  transaction and cannot stop halfway);
- one backup before the first bundle that merges, and the receipt bookkeeping once at the end;
- a refused copy leaves the inbox for refused/ (with a note why), so the inbox holds only what
  still waits: parts of an incomplete bundle, quarantine, a bundle for a newer app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from oco_desktop.domain.errors import BundleRejected, InvalidInput
from oco_desktop.language import _
from oco_desktop.services.sync.import_ import (
    BundleImportResult,
    after_import,
    check_recipient,
    import_whole,
    join_parts,
    keep_part,
    kept_parts,
    part_identity,
    read_bundle_file,
    refuse_files,
    sender_card,
)
from oco_desktop.services.sync.state import Me, me
from oco_desktop.services.sync.trust import peer_card
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors
from oco_desktop.store.sync_models import SyncLedger, SyncPeer
from oco_desktop.sync import container, manifest

BUNDLE_SUFFIXES = (".ocob", ".ocop")
_PART_HEAD = len(container.PART_MAGIC) + 4 + container.MAX_PART_HEADER
# Refusals after which the files still wait in the inbox: the other parts may come, or the
# app may be updated.
WAITING_CODES = ("missing_part", "newer_schema")

# before(number, total, files) -> False to stop before that bundle; after(number, total).
Before = Callable[[int, int, list[Path]], bool]
After = Callable[[int, int], None]


@dataclass
class BundleOutcome:
    """One bundle (one file, or the parts of one bundle) and what became of it."""

    files: list[Path]
    results: list[BundleImportResult] = field(default_factory=list)
    refusal: str | None = None
    code: str | None = None  # BundleRejected.code, or "unreadable"

    @property
    def status(self) -> str:
        """applied | already_imported | quarantined | waiting | refused"""
        if self.refusal is not None:
            return "waiting" if self.code in WAITING_CODES else "refused"
        return self.results[0].status if self.results else "refused"

    @property
    def importable(self) -> bool:
        return self.refusal is None and any(
            r.status in ("applied", "quarantined") for r in self.results
        )

    @property
    def changed_store(self) -> bool:
        return any(r.status in ("applied", "quarantined") and not r.dry_run for r in self.results)

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"files": [str(f) for f in self.files], "status": self.status}
        if self.refusal is not None:
            data.update(reason=self.refusal, code=self.code)
        else:
            data["results"] = [r.as_dict() for r in self.results]
        return data


@dataclass
class ImportRun:
    outcomes: list[BundleOutcome]
    stopped: bool = False  # a stop was asked: the remaining bundles were not looked at
    remaining: int = 0
    dry_run: bool = False

    @property
    def results(self) -> list[BundleImportResult]:
        return [r for o in self.outcomes for r in o.results]

    @property
    def changed_store(self) -> bool:
        return any(o.changed_store for o in self.outcomes)

    @property
    def refused(self) -> list[BundleOutcome]:
        return [o for o in self.outcomes if o.refusal is not None]


def _part_identity_of(path: Path) -> str | None:
    """The declared whole a part file belongs to, from its header alone; None if the file is
    not a readable part (it is then looked at alone, and refused alone if it is junk)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_PART_HEAD)
        if not container.is_part(head):
            return None
        header, _ = container.split_part_header(head)
        return part_identity(container.read_part_header(header))
    except (OSError, BundleRejected):
        return None


def group_files(paths: Iterable[Path]) -> list[list[Path]]:
    """Each whole bundle alone; the parts of one declared bundle together, whatever their
    names (parts claiming the same id but another whole are another group). A folder stands
    for the bundle files in it; a file given twice counts once."""
    singles: list[list[Path]] = []
    parts: dict[str, list[Path]] = {}
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve() if path.exists() else path
        if key in seen:
            return
        seen.add(key)
        identity = _part_identity_of(path) if path.is_file() else None
        if identity is None:
            singles.append([path])
        else:
            parts.setdefault(identity, []).append(path)

    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_file() and child.suffix.lower() in BUNDLE_SUFFIXES:
                    add(child)
        else:
            add(path)
    return singles + list(parts.values())


def _whole(store: Store, group: list[Path]) -> bytes:
    """The bundle's bytes: a whole file, or its parts joined with those kept from earlier."""
    if len(group) == 1:
        data = read_bundle_file(group[0])
        if not container.is_part(data):
            return data
        given = [(container.read_part(data), data)]
    else:
        given = []
        for path in group:
            data = read_bundle_file(path)
            given.append((container.read_part(data), data))
    for part, data in given:
        keep_part(store, part, data)
    return join_parts(store, [part for part, _ in given])


def _one(
    store: Store, site: Me, group: list[Path], *, dry_run: bool, backed_up: list[bool]
) -> BundleOutcome:
    try:
        data = _whole(store, group)
        result = import_whole(store, site, data, dry_run=dry_run, backed_up=backed_up)
        return BundleOutcome(group, [result])
    except BundleRejected as exc:
        if not dry_run and exc.code not in WAITING_CODES:
            _set_aside_parts(store, group, exc)
        return BundleOutcome(group, refusal=exc.message, code=exc.code)
    except InvalidInput as exc:
        return BundleOutcome(group, refusal=exc.message, code="unreadable")


def _set_aside_parts(store: Store, group: list[Path], error: BundleRejected) -> None:
    """The kept inbox copies of the parts of a refused bundle leave the inbox too."""
    for path in group:
        identity = _part_identity_of(path)
        if identity is not None:
            bundle_id = identity.split("_", 1)[0]
            refuse_files(store, kept_parts(store, bundle_id, identity), error)


def import_files(
    store: Store,
    files: Sequence[Path],
    *,
    dry_run: bool = False,
    before: Before | None = None,
    after: After | None = None,
) -> ImportRun:
    """Check (dry run) or import every bundle among `files`, one at a time. `before` is asked
    before each bundle and may stop the run there (Cancel); `after` is told when one is done.
    Refusals are per bundle, in the outcome; only a failing disk or a bug raises."""
    site = me(store)
    groups = group_files(files)
    run = ImportRun([], dry_run=dry_run)
    backed_up = [False]  # one backup per import, before the first bundle that merges
    with plain_store_errors(store.paths.root):
        for number, group in enumerate(groups):
            if before is not None and not before(number, len(groups), group):
                run.stopped, run.remaining = True, len(groups) - number
                break
            run.outcomes.append(_one(store, site, group, dry_run=dry_run, backed_up=backed_up))
            if after is not None:
                after(number, len(groups))
        after_import(store, run.results)
    return run


# -- inspect: what a file is, and whether it can be believed; writes nothing -----------------

VERIFIED = "verified"  # signed with the confirmed key of its sender
SENDER_UNKNOWN = "sender_unknown"  # signed by the key it carries, which nobody confirmed here
REVOKED = "revoked"  # signed with a key revoked on this computer
FORGED = "forged"  # the signature or the sender's key does not hold
NOT_FOR_US = "not_for_us"  # addressed to another installation: only its header is readable
REFUSED = "refused"  # not a bundle, damaged, incomplete...


def _joined_readonly(store: Store, group: list[Path]) -> bytes:
    """Like _whole, but nothing is kept, joined or moved: the inbox is only read."""
    given = [read_bundle_file(path) for path in group]
    if len(given) == 1 and not container.is_part(given[0]):
        return given[0]
    parts = [container.read_part(data) for data in given]
    for kept in kept_parts(store, parts[0].bundle_id, part_identity(parts[0])):
        try:
            parts.append(container.read_part(kept.read_bytes()))
        except (OSError, BundleRejected):
            continue
    return container.join(parts)


def _inspect_one(store: Store, site: Me, data: bytes) -> dict[str, object]:
    outer, header, ciphertext = container.read_outer(data)
    entry: dict[str, object] = {
        "outer": outer.to_json(),
        "size": len(data),
        "sha256": container.sha256(data),
    }
    try:
        check_recipient(outer, site)
    except BundleRejected as exc:
        return entry | {"verification": NOT_FOR_US, "reason": exc.message}
    envelope = container.unseal(header, ciphertext, site.keys.encryption)
    man = manifest.parse(envelope.manifest_bytes)
    if (man.bundle_id, man.sender_site, man.recipient_site) != (
        outer.bundle_id,
        outer.sender,
        outer.recipient,
    ):
        return entry | {
            "verification": FORGED,
            "reason": _(
                "the sealed manifest and the header disagree on who sent it or which bundle it is"
            ),
        }
    card = sender_card(man)
    with store.read() as session:
        peer = session.get(SyncPeer, man.sender_site)
        pinned = peer_card(peer) if peer is not None else None
        status = peer.status if peer is not None else None
        ledger = session.get(SyncLedger, man.bundle_id)
    if pinned is not None and pinned.fingerprint != card.fingerprint:
        return entry | {
            "verification": FORGED,
            "reason": _(
                "it is signed with a key other than the one registered for {site}: someone "
                "else made it, or {site} set up a new computer and must be re-enrolled before "
                "its bundles count"
            ).format(site=man.sender_site),
        }
    try:
        container.verify(envelope, (pinned or card).signing_key(), man.sender_site)
    except BundleRejected as exc:
        return entry | {"verification": FORGED, "reason": exc.message}
    entry["imported"] = (
        {"status": ledger.status, "at": ledger.imported_at.isoformat()} if ledger else None
    )
    if status == "trusted":
        return entry | {
            "verification": VERIFIED,
            "reason": _("signed with the confirmed key of {site}").format(site=man.sender_site),
            "manifest": man.raw,
        }
    # Only what the file claims: nothing confirms who made it.
    reason = (
        _("signed with {site}'s key, which was revoked on this computer")
        if status == "revoked"
        else _(
            "signed by the key it carries, which is not confirmed here: nothing shows that "
            "{site} made it until its fingerprint is confirmed by phone"
        )
    ).format(site=man.sender_site)
    return entry | {
        "verification": REVOKED if status == "revoked" else SENDER_UNKNOWN,
        "reason": reason,
        "unverified_manifest": man.raw,
    }


def inspect_files(store: Store, files: Sequence[Path]) -> list[dict[str, object]]:
    """Each bundle among `files`: its header, whether it can be believed (`verification`)
    and, only when the signature holds, its manifest (`manifest` when signed by a confirmed
    key, `unverified_manifest` otherwise). Imports nothing and writes nothing."""
    site = me(store)
    found: list[dict[str, object]] = []
    for group in group_files(files):
        entry: dict[str, object] = {"files": [str(f) for f in group]}
        try:
            entry |= _inspect_one(store, site, _joined_readonly(store, group))
        except BundleRejected as exc:
            entry |= {"verification": REFUSED, "reason": exc.message, "code": exc.code}
        except InvalidInput as exc:
            entry |= {"verification": REFUSED, "reason": exc.message, "code": "unreadable"}
        found.append(entry)
    return found
