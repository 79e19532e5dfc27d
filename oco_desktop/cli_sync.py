"""`keys`, `bundle` and `sync` commands: the command-line face of the sync services."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from oco_desktop.services.errors import BundleRejected

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store

EXIT_OK, EXIT_REFUSED = 0, 3


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _part_size(value: str) -> int:
    try:
        size = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of bytes") from exc
    if size < 4096:
        raise argparse.ArgumentTypeError("the part size must be at least 4096 bytes")
    return size


def register(commands: argparse._SubParsersAction) -> None:
    key_parser = commands.add_parser("keys", help="this site's key card, and trusted peers")
    key_commands = key_parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = key_commands.add_parser("show", help="this site's code and key fingerprint")
    show.add_argument("--json", action="store_true")
    export = key_commands.add_parser("export-card", help="write this site's public key card")
    export.add_argument("file", type=Path, metavar="FILE")
    imported = key_commands.add_parser("import-card", help="use the Secretariat's key card")
    imported.add_argument("file", type=Path, metavar="FILE")
    peers = key_commands.add_parser("list", help="peers, their fingerprints and trust")
    peers.add_argument("--json", action="store_true")
    trust = key_commands.add_parser("trust", help="confirm a member's key fingerprint")
    trust.add_argument("code", metavar="ISO2")
    trust.add_argument("--fingerprint", required=True, metavar="FP")
    trust.add_argument("--json", action="store_true")
    revoke = key_commands.add_parser("revoke", help="stop accepting a peer's bundles")
    revoke.add_argument("code", metavar="ISO2")

    bundle = commands.add_parser("bundle", help="export, import or inspect sync bundles")
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    out = bundle_commands.add_parser("export", help="write a bundle for the other side")
    out.add_argument("--to", required=True, type=Path, metavar="DIR")
    out.add_argument(
        "--for", dest="recipient", metavar="ISO2", help="the member a Secretariat bundle is for"
    )
    out.add_argument("--full", action="store_true", help="everything, not only what is new")
    out.add_argument("--part-size", type=_part_size, default=7_000_000, metavar="BYTES")
    out.add_argument("--json", action="store_true")
    into = bundle_commands.add_parser("import", help="import bundles or parts (any order)")
    into.add_argument("files", nargs="+", type=Path, metavar="FILE")
    into.add_argument("--dry-run", action="store_true", help="show what would change")
    into.add_argument("--json", action="store_true")
    look = bundle_commands.add_parser("inspect", help="show a bundle without importing it")
    look.add_argument("files", nargs="+", type=Path, metavar="FILE")
    look.add_argument("--json", action="store_true")

    reference = commands.add_parser("reference", help="publish reference data (Secretariat)")
    reference_commands = reference.add_subparsers(
        dest="reference_command", metavar="ACTION", required=True
    )
    publish = reference_commands.add_parser(
        "publish", help="send the reference files to every member with their next bundle"
    )
    publish.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="publish PATH as reference file NAME, e.g. competencies.json=new.json",
    )
    publish.add_argument("--json", action="store_true")
    shown = reference_commands.add_parser("list", help="the published reference files")
    shown.add_argument("--json", action="store_true")

    sync = commands.add_parser("sync", help="the state of sync with each peer")
    sync_commands = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    status = sync_commands.add_parser("status", help="last sent, received, acknowledged")
    status.add_argument("--json", action="store_true")
    sync_commands.add_parser(
        "repair-clock",
        help="after this computer's clock was set right: restamp changes stamped in the future",
    )


def run_keys(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.services import sync_import, sync_trust
    from oco_desktop.services.sync_state import me

    if args.keys_command == "show":
        site = me(store)
        card = site.keys.card()
        data = {
            "site": site.site,
            "name": card.name,
            "fingerprint": card.fingerprint,
            "kid": card.kid,
            "replica": site.replica,
        }
        if args.json:
            _print_json(data)
        else:
            print(f"Site {site.site} ({card.name})\nFingerprint: {card.fingerprint}")
        return EXIT_OK
    if args.keys_command == "export-card":
        card = sync_trust.export_card(store, args.file)
        print(f"Key card of {card.site} written to {args.file} (fingerprint {card.fingerprint}).")
        return EXIT_OK
    if args.keys_command == "import-card":
        peer = sync_trust.import_card(store, args.file)
        print(f"Now using {peer.name}'s key card (fingerprint {peer.fingerprint}).")
        return EXIT_OK
    if args.keys_command == "list":
        peers = sync_trust.list_peers(store)
        if args.json:
            _print_json([p.__dict__ for p in peers])
        elif not peers:
            print("No peers yet.")
        for peer in [] if args.json else peers:
            print(f"{peer.code:<4} {peer.status:<9} {peer.fingerprint}  {peer.name}")
        return EXIT_OK
    if args.keys_command == "trust":
        peer = sync_trust.trust(store, args.code, args.fingerprint)
        released = sync_import.release_quarantine(store, peer.code)
        if args.json:
            _print_json({"peer": peer.__dict__, "released": [r.as_dict() for r in released]})
        else:
            print(f"{peer.code}'s key is now trusted (fingerprint {peer.fingerprint}).")
            for result in released:
                print(f"Bundle {result.bundle_id} from quarantine: {result.reason}.")
        return EXIT_OK
    peer = sync_trust.revoke(store, args.code)
    print(f"{peer.code}'s key was revoked: its bundles are refused until it enrols again.")
    return EXIT_OK


def run_bundle(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.services import sync_export, sync_import

    if args.bundle_command == "export":
        result = sync_export.export_bundle(
            store, args.to, recipient=args.recipient, full=args.full, part_size=args.part_size
        )
        if args.json:
            _print_json(result.as_dict())
        else:
            what = ", ".join(f"{n} {t}" for t, n in result.counts.items()) or "no changes"
            print(
                f"Bundle {result.bundle_seq} ({result.kind}) for {result.recipient}: {what}; "
                f"{result.size:,} bytes in {len(result.files)} file(s):"
            )
            for path in result.files:
                print(f"  {path}")
        return EXIT_OK
    if args.bundle_command == "inspect":
        found = sync_import.inspect(store, args.files)
        if args.json:
            _print_json(found[0] if len(found) == 1 else found)
        else:
            for entry in found:
                print(json.dumps(entry, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    try:
        results = sync_import.import_bundle(store, args.files, dry_run=args.dry_run)
    except BundleRejected as exc:
        refused = {
            "status": "refused",
            "reason": exc.message,
            "code": exc.code,
            "counts": {},
            "conflicts": 0,
        }
        if args.json:
            _print_json(refused)
        else:
            print(f"Refused: {exc.message}. Nothing was changed.", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        data = [r.as_dict() for r in results]
        _print_json(data[0] if len(data) == 1 else data)
    else:
        for result in results:
            print(f"{result.sender}: {result.reason}.")
            for table, counts in result.counts.items():
                print(f"  {table}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
            if result.conflicts:
                print(f"  {result.conflicts} concurrent edit(s) in the conflict report")
            if result.parked:
                print(f"  {result.parked} row(s) wait for their parent to arrive")
            for dropped in result.discarded:
                print(f"  {dropped}")
            for duplicate in result.possible_duplicates:
                print(f"  possible duplicate staff number {duplicate}")
    return EXIT_REFUSED if any(r.status == "quarantined" for r in results) else EXIT_OK


def run_reference(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.services import reference_publish
    from oco_desktop.services.errors import InvalidInput

    if args.reference_command == "list":
        found = reference_publish.published(store)
        if args.json:
            _print_json([p.__dict__ for p in found])
        elif not found:
            print("No reference file has been published here.")
        for doc in [] if args.json else found:
            print(f"{doc.name:<20} version {doc.version}")
        return EXIT_OK
    files = {}
    for item in args.file:
        name, _, path = item.partition("=")
        if not path:
            raise InvalidInput(f"Give --file as NAME=PATH, not '{item}'.", field="file")
        files[name] = Path(path)
    result = reference_publish.publish(store, files)
    if args.json:
        _print_json([p.__dict__ for p in result])
    else:
        for doc in result:
            state = "published" if doc.changed else "unchanged"
            print(f"{doc.name:<20} version {doc.version} ({state})")
        print("They go to each member with the next bundle exported for it (--for ISO2).")
    return EXIT_OK


def run_sync(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.services.sync_state import repair_clock, status

    if args.sync_command == "repair-clock":
        count = repair_clock(store)
        if count:
            print(
                f"{count} change(s) stamped more than a day ahead of this computer's clock now "
                "carry today's date; export a bundle again."
            )
        else:
            print("No change is stamped more than a day ahead of this computer's clock.")
        return EXIT_OK

    peers = status(store)
    if args.json:
        _print_json([p.as_dict() for p in peers])
        return EXIT_OK
    if not peers:
        print("No peers yet: import the Secretariat's key card, or a member's first bundle.")
    for p in peers:
        print(
            f"{p.code} ({p.name}, {p.trust}): last sent {p.last_sent or 'never'}, last "
            f"received {p.last_received or 'never'}, last acknowledged "
            f"{p.last_acknowledged or 'never'}; {p.unsent_changes} change(s) not yet "
            "acknowledged"
        )
    return EXIT_OK
