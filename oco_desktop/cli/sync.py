"""`keys`, `bundle` and `sync` commands: the command-line face of the sync services."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oco_desktop.cli.usage import UsageError
from oco_desktop.language import N_, NP_, _, current_language, format_number, ngettext, pgettext
from oco_desktop.sync import words as sync_words

if TYPE_CHECKING:
    from oco_desktop.services.sync import inbox as sync_inbox
    from oco_desktop.services.sync.export import ExportResult
    from oco_desktop.services.sync.trust import PeerView
    from oco_desktop.store.engine import Store

EXIT_OK, EXIT_REFUSED, EXIT_PARTLY = 0, 3, 4

IMPORT_EXIT_CODES = N_("""exit codes: 0 every bundle was imported, was already imported, or was
checked and kept in quarantine until its sender's fingerprint is confirmed (the store
changed: the ledger holds it); 3 every bundle was refused (nothing changed); 4 partly done:
some bundles were imported or kept, others refused or still missing parts (each file's line
says which). A --dry-run uses the same codes for what would happen.""")

INSPECT_EXIT_CODES = N_("""Each bundle is shown with its verification: verified (signed with the
confirmed key of its sender), sender_unknown (signed by the key it carries, not confirmed
here), revoked, forged (no manifest is shown), not_for_us, or refused. Exit codes: 0 every
file could be read and none is forged or refused; 3 otherwise (nothing is ever changed).""")


# A peer's trust as a person reads it (the JSON keeps the code).
TRUST_WORDS = {
    "trusted": NP_("peer trust", "trusted"),
    "pending": NP_("peer trust", "pending"),
    "revoked": NP_("peer trust", "revoked"),
}


def _trust_word(code: str) -> str:
    return pgettext(*TRUST_WORDS[code]) if code in TRUST_WORDS else code


def _site_name(code: str, carried: str) -> str:
    """A site's name in the app's language (the member list's), else the name its key card
    carries (in the language of whoever made it)."""
    from oco_desktop.domain.roster import SECRETARIAT_NAME_EN, SECRETARIAT_NAME_FR
    from oco_desktop.services.setup import list_members

    french = current_language() == "fr"
    if code == "SEC":
        return SECRETARIAT_NAME_FR if french else SECRETARIAT_NAME_EN
    for member in list_members():
        if member.code == code:
            return member.name_fr if french else member.name_en
    return carried


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _part_size(value: str) -> int:
    try:
        size = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a number of bytes").format(value=value)
        ) from exc
    if size < 4096:
        raise argparse.ArgumentTypeError(_("the part size must be at least 4096 bytes"))
    return size


def register(commands: argparse._SubParsersAction) -> None:
    key_parser = commands.add_parser("keys", help=_("this site's key card, and trusted peers"))
    key_commands = key_parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = key_commands.add_parser("show", help=_("this site's code and key fingerprint"))
    show.add_argument("--json", action="store_true", help=_("print JSON"))
    export = key_commands.add_parser("export-card", help=_("write this site's public key card"))
    export.add_argument("file", type=Path, metavar="FILE", help=_("the key card file to write"))
    imported = key_commands.add_parser(
        "import-card",
        help=_("use the Secretariat's key card (member) or a member's card (Secretariat)"),
        description=_(
            "Import a key card. Replacing a key already registered is a re-key: "
            "--replace and the new fingerprint, read to you by phone by the other office and "
            "typed (never copied from the card or an email), are required; on a terminal you are "
            "asked to type it."
        ),
    )
    imported.add_argument("file", type=Path, metavar="FILE", help=_("the key card file to read"))
    imported.add_argument(
        "--replace", action="store_true", help=_("replace the key registered for that site")
    )
    imported.add_argument(
        "--fingerprint", metavar="FP", help=_("the new key's fingerprint, as read to you by phone")
    )
    rekey = key_commands.add_parser(
        "re-enrol",
        help=_("replace a member's registered key (Secretariat), after its fingerprint check"),
        description=_(
            "Replace the key registered for ISO2 (after a wrong first contact, a "
            "lost laptop or a revoke) with the key in FILE: its new key card or a bundle it sent. "
            "The fingerprint must be read to you by the member's HR focal point by phone and "
            "typed; the old key is kept in the history (keys history). A bundle given as FILE is "
            "then imported."
        ),
    )
    rekey.add_argument("code", metavar="ISO2", help=_("the member's two-letter code"))
    rekey.add_argument(
        "file", type=Path, metavar="FILE", help=_("its new key card, or a bundle it sent")
    )
    rekey.add_argument("--fingerprint", metavar="FP", help=_("as read to you by phone"))
    rekey.add_argument("--json", action="store_true", help=_("print JSON"))
    history = key_commands.add_parser("history", help=_("keys replaced by a re-key"))
    history.add_argument(
        "code", metavar="ISO2", nargs="?", help=_("only this site's keys (default: every site)")
    )
    history.add_argument("--json", action="store_true", help=_("print JSON"))
    peers = key_commands.add_parser("list", help=_("peers, their fingerprints and trust"))
    peers.add_argument("--json", action="store_true", help=_("print JSON"))
    trust = key_commands.add_parser("trust", help=_("confirm a member's key fingerprint"))
    trust.add_argument("code", metavar="ISO2", help=_("the member's two-letter code"))
    trust.add_argument(
        "--fingerprint",
        required=True,
        metavar="FP",
        help=_("the fingerprint, as read to you by phone"),
    )
    trust.add_argument("--json", action="store_true", help=_("print JSON"))
    revoke = key_commands.add_parser("revoke", help=_("stop accepting a peer's bundles"))
    revoke.add_argument("code", metavar="ISO2", help=_("the site's two-letter code"))

    bundle = commands.add_parser("bundle", help=_("export, import or inspect sync bundles"))
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    out = bundle_commands.add_parser("export", help=_("write a bundle for the other side"))
    out.add_argument(
        "--to", required=True, type=Path, metavar="DIR", help=_("the folder to write the bundle in")
    )
    out.add_argument(
        "--for", dest="recipient", metavar="ISO2", help=_("the member a Secretariat bundle is for")
    )
    out.add_argument("--full", action="store_true", help=_("everything, not only what is new"))
    out.add_argument(
        "--part-size",
        type=_part_size,
        default=7_000_000,
        metavar="BYTES",
        help=_("split a bigger bundle into parts of at most BYTES (default: 7000000)"),
    )
    out.add_argument(
        "--email-draft",
        type=Path,
        metavar="DIR",
        help=_("also write one email draft (.eml, the bundle file attached) per file in DIR"),
    )
    out.add_argument(
        "--email-to",
        metavar="ADDRESS",
        help=_("address the drafts to ADDRESS (default: the Secretariat's published address)"),
    )
    out.add_argument("--json", action="store_true", help=_("print JSON"))
    into = bundle_commands.add_parser(
        "import",
        help=_("import bundles or parts (any order)"),
        epilog=_(IMPORT_EXIT_CODES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    into.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=_("bundle files (.ocob) or parts (.ocop)"),
    )
    into.add_argument("--dry-run", action="store_true", help=_("show what would change"))
    into.add_argument("--json", action="store_true", help=_("print JSON"))
    look = bundle_commands.add_parser(
        "inspect",
        help=_("show a bundle without importing it"),
        epilog=_(INSPECT_EXIT_CODES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    look.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=_("bundle files (.ocob) or parts (.ocop)"),
    )
    look.add_argument("--json", action="store_true", help=_("print JSON"))

    reference = commands.add_parser("reference", help=_("publish reference data (Secretariat)"))
    reference_commands = reference.add_subparsers(
        dest="reference_command", metavar="ACTION", required=True
    )
    publish = reference_commands.add_parser(
        "publish", help=_("send the reference files to every member with their next bundle")
    )
    publish.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help=_("publish PATH as reference file NAME, e.g. competencies.json=new.json"),
    )
    publish.add_argument("--json", action="store_true", help=_("print JSON"))
    shown = reference_commands.add_parser("list", help=_("the published reference files"))
    shown.add_argument("--json", action="store_true", help=_("print JSON"))

    sync = commands.add_parser("sync", help=_("the state of sync with each peer"))
    sync_commands = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    status = sync_commands.add_parser("status", help=_("last sent, received, acknowledged"))
    status.add_argument("--json", action="store_true", help=_("print JSON"))
    sync_commands.add_parser(
        "repair-clock",
        help=_("after this computer's clock was set right: restamp changes stamped in the future"),
    )


def run_keys(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.services.sync import import_ as sync_import
    from oco_desktop.services.sync import trust as sync_trust
    from oco_desktop.services.sync.state import me

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
            name = _site_name(site.site, card.name)
            print(_("Site {site} ({name})").format(site=site.site, name=name))
            print(_("Fingerprint: {fingerprint}").format(fingerprint=card.fingerprint))
        return EXIT_OK
    if args.keys_command == "export-card":
        card = sync_trust.export_card(store, args.file)
        print(
            _("Key card of {site} written to {file} (fingerprint {fingerprint}).").format(
                site=card.site, file=args.file, fingerprint=card.fingerprint
            )
        )
        return EXIT_OK
    if args.keys_command == "import-card":
        typed = args.fingerprint
        if args.replace and typed is None:
            typed = _ask_fingerprint(
                _("Type the fingerprint of the new key, as read to you by phone: ")
            )
        change = sync_trust.import_card(store, args.file, fingerprint=typed, replace=args.replace)
        peer = change.peer
        released = (
            sync_import.release_quarantine(store, peer.code)
            if peer.status == "trusted" and not change.unchanged
            else []
        )
        if change.unchanged:
            print(
                _("{name}'s key card is already registered here; nothing changed.").format(
                    name=_site_name(peer.code, peer.name)
                )
            )
        elif change.replaced:
            print(
                _(
                    "{code}'s key was replaced: old fingerprint {old}, new {new} (as you typed "
                    "it). The old key is kept in `keys history`."
                ).format(code=peer.code, old=change.replaced, new=peer.fingerprint)
            )
        elif peer.status == "trusted" and peer.code == "SEC":
            print(
                _("Now using the OCO Secretariat's key card (fingerprint {fingerprint}).").format(
                    fingerprint=peer.fingerprint
                )
            )
        elif peer.status == "trusted":
            print(
                _("{code}'s key is confirmed (fingerprint {fingerprint}).").format(
                    code=peer.code, fingerprint=peer.fingerprint
                )
            )
        else:
            print(
                _(
                    "{code}'s key card is registered, not yet confirmed: confirm it with "
                    "`keys trust {code} --fingerprint <what they read to you by phone>`."
                ).format(code=peer.code)
            )
        for result in released:
            print(
                _("Bundle {bundle} from quarantine: {reason}.").format(
                    bundle=result.bundle_id, reason=result.reason
                )
            )
        return EXIT_OK
    if args.keys_command == "re-enrol":
        return _re_enrol(args, store)
    if args.keys_command == "history":
        retired = sync_trust.key_history(store, args.code)
        if args.json:
            _print_json([r.__dict__ for r in retired])
        elif not retired:
            print(_("No key has been replaced."))
        for r in [] if args.json else retired:
            print(
                _("{code} {fingerprint} retired {when} by {by}, replaced by {new}").format(
                    code=f"{r.code:<4}",
                    fingerprint=r.fingerprint,
                    when=f"{r.retired_at:%Y-%m-%d %H:%M}",
                    by=r.by,
                    new=r.replaced_by,
                )
            )
        return EXIT_OK
    if args.keys_command == "list":
        peers = sync_trust.list_peers(store)
        if args.json:
            _print_json([_peer_dict(p) for p in peers])
        elif not peers:
            print(_("No peers yet."))
        for peer in [] if args.json else peers:
            name = _site_name(peer.code, peer.name)
            trust = _trust_word(peer.status)
            print(f"{peer.code:<4} {trust:<9} {_shown_fingerprint(peer)}  {name}")
        return EXIT_OK
    if args.keys_command == "trust":
        peer = sync_trust.trust(store, args.code, args.fingerprint)
        released = sync_import.release_quarantine(store, peer.code)
        if args.json:
            _print_json({"peer": peer.__dict__, "released": [r.as_dict() for r in released]})
        else:
            print(
                _("{code}'s key is now trusted (fingerprint {fingerprint}).").format(
                    code=peer.code, fingerprint=peer.fingerprint
                )
            )
            for result in released:
                print(
                    _("Bundle {bundle} from quarantine: {reason}.").format(
                        bundle=result.bundle_id, reason=result.reason
                    )
                )
        return EXIT_OK
    peer = sync_trust.revoke(store, args.code)
    print(
        _("{code}'s key was revoked: its bundles are refused until it enrols again.").format(
            code=peer.code
        )
    )
    return EXIT_OK


def _draft_address(args: argparse.Namespace, store: Store) -> str | None:
    """Checked before the bundle is written, so a mistyped address changes nothing."""
    from oco_desktop.domain.errors import InvalidInput
    from oco_desktop.services.sync import email_drafts as sync_email

    if args.email_draft is None:
        if args.email_to is not None:
            raise UsageError(_("bundle export: --email-to goes with --email-draft DIR"))
        return None
    if args.email_to is None:
        recipient = (args.recipient or "SEC").strip().upper()
        return sync_email.secretariat_address(store) if recipient == "SEC" else None
    address = sync_email.valid_address(args.email_to)
    if address is None:
        raise InvalidInput(
            _("'{address}' is not an email address (name@example.org).").format(
                address=args.email_to
            ),
            field="email_to",
        )
    return address


def _write_drafts(
    args: argparse.Namespace, store: Store, result: ExportResult, to: str | None
) -> list[Path]:
    from oco_desktop.services.sync import email_drafts as sync_email
    from oco_desktop.services.sync.state import me

    if args.email_draft is None:
        return []
    site = me(store)
    sender = _site_name(site.site, site.keys.name or site.site)
    recipient = _("the OCO Secretariat") if result.recipient == "SEC" else result.recipient
    text = sync_email.draft_text(sender, recipient, result, dt.date.today())
    return sync_email.write_drafts(result, args.email_draft, text, to)


def run_bundle(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.services.sync import export as sync_export
    from oco_desktop.services.sync import inbox as sync_inbox

    if args.bundle_command == "export":
        drafts_to = _draft_address(args, store)
        result = sync_export.export_bundle(
            store, args.to, recipient=args.recipient, full=args.full, part_size=args.part_size
        )
        drafts = _write_drafts(args, store, result, drafts_to)
        if args.json:
            _print_json({**result.as_dict(), "email_drafts": [str(d) for d in drafts]})
        else:
            what = sync_words.table_counts(result.counts) or _("no changes")
            size = ngettext("{size} byte", "{size} bytes", result.size).format(
                size=format_number(result.size)
            )
            print(
                ngettext(
                    "Bundle {number} ({kind}) for {recipient}: {what}; {size} in {count} file:",
                    "Bundle {number} ({kind}) for {recipient}: {what}; {size} in {count} files:",
                    len(result.files),
                ).format(
                    number=result.bundle_seq,
                    kind=sync_words.kind_word(result.kind),
                    recipient=result.recipient,
                    what=what,
                    size=size,
                    count=len(result.files),
                )
            )
            for path in result.files:
                print(f"  {path}")
            if drafts and drafts_to:
                print(
                    ngettext(
                        "Email draft, addressed to {address}:",
                        "Email drafts, addressed to {address}:",
                        len(drafts),
                    ).format(address=drafts_to)
                )
            elif drafts:
                print(
                    ngettext(
                        "Email draft, addressed to nobody yet: fill in To:",
                        "Email drafts, addressed to nobody yet: fill in To:",
                        len(drafts),
                    )
                )
            for path in drafts:
                print(f"  {path}")
        return EXIT_OK
    if args.bundle_command == "inspect":
        found = sync_inbox.inspect_files(store, args.files)
        if args.json:
            _print_json(found[0] if len(found) == 1 else found)
        else:
            for entry in found:
                _print_inspected(entry)
        bad = any(e["verification"] in ("forged", "refused") for e in found)
        return EXIT_REFUSED if bad or not found else EXIT_OK
    run = sync_inbox.import_files(store, args.files, dry_run=args.dry_run)
    if args.json:
        _print_json(
            {
                "dry_run": args.dry_run,
                "bundles": [o.as_dict() for o in run.outcomes],
            }
        )
    else:
        if not run.outcomes:
            print(_("No bundle files among the files given."), file=sys.stderr)
        for outcome in run.outcomes:
            _print_outcome(outcome)
    return _import_exit_code(run)


def _import_exit_code(run: sync_inbox.ImportRun) -> int:
    done = [o for o in run.outcomes if o.refusal is None]
    if not done:
        return EXIT_REFUSED
    return EXIT_PARTLY if run.refused else EXIT_OK


def _print_outcome(outcome: sync_inbox.BundleOutcome) -> None:
    names = ", ".join(f.name for f in outcome.files)
    if outcome.refusal is not None:
        if outcome.status == "waiting":
            print(
                _("{files}: waiting: {reason}.").format(files=names, reason=outcome.refusal),
                file=sys.stderr,
            )
        else:
            print(
                _("{files}: refused: {reason}. Nothing was changed by it.").format(
                    files=names, reason=outcome.refusal
                ),
                file=sys.stderr,
            )
        return
    for result in outcome.results:
        print(
            _("{files}: from {sender}: {reason}.").format(
                files=names, sender=result.sender, reason=result.reason
            )
        )
        for table, counts in result.counts.items():
            said = ", ".join(_count_words(k, v) for k, v in counts.items())
            print(
                "  " + _("{table}: {count}").format(table=sync_words.table_word(table), count=said)
            )
        if result.conflicts:
            print(
                "  "
                + ngettext(
                    "{count} concurrent edit in the conflict report",
                    "{count} concurrent edits in the conflict report",
                    result.conflicts,
                ).format(count=format_number(result.conflicts))
            )
        if result.parked:
            print(
                "  "
                + ngettext(
                    "{count} row waits for its parent to arrive",
                    "{count} rows wait for their parent to arrive",
                    result.parked,
                ).format(count=format_number(result.parked))
            )
        for dropped in result.discarded:
            print(f"  {dropped}")
        for duplicate in result.possible_duplicates:
            print("  " + _("possible duplicate staff number {number}").format(number=duplicate))


# The words of an import's counts by table ("staff: created 3, updated 1").
COUNT_WORDS = {
    "created": N_("created {count}"),
    "updated": N_("updated {count}"),
    "unchanged": N_("unchanged {count}"),
    "deleted": N_("deleted {count}"),
    "records": N_("records {count}"),
}


def _count_words(kind: str, count: int) -> str:
    if kind not in COUNT_WORDS:
        return f"{kind} {count}"
    return _(COUNT_WORDS[kind]).format(count=format_number(count))


def _print_inspected(entry: dict[str, Any]) -> None:
    print(", ".join(Path(f).name for f in entry["files"]))
    outer = entry.get("outer")
    if outer:
        print(
            "  "
            + _("from {sender} to {recipient}, bundle {bundle}").format(
                sender=outer["from"], recipient=outer["to"], bundle=outer["bundle_id"]
            )
        )
    print(
        "  "
        + _("verification: {verification}: {reason}").format(
            verification=sync_words.verification_word(entry["verification"]),
            reason=entry["reason"],
        )
    )
    shown = entry.get("manifest") or entry.get("unverified_manifest")
    if shown:
        counts = sync_words.table_counts(shown["payload"]["counts"])
        if "manifest" in entry:
            line = _("bundle {number} ({kind}) — {counts}")
        else:
            line = _("bundle {number} ({kind}, claimed, not verified) — {counts}")
        print(
            "  "
            + line.format(
                kind=sync_words.kind_word(shown["kind"]),
                number=shown["bundle_seq"],
                counts=counts or _("no changes"),
            )
        )
    if entry.get("imported"):
        print(
            "  "
            + _("already in the ledger: {status} {when}").format(
                status=sync_words.ledger_word(entry["imported"]["status"]),
                when=entry["imported"]["at"],
            )
        )


def _peer_dict(peer: PeerView) -> dict[str, object]:
    data = dict(peer.__dict__)
    data["fingerprint"] = _shown_fingerprint(peer)
    return data


def _shown_fingerprint(peer: PeerView) -> str:
    """An unconfirmed key's fingerprint is the sender's own claim: printing it would hand the
    officer the answer to the phone check, so only confirmed keys show theirs."""
    if peer.status == "trusted":
        return peer.fingerprint
    return _("(not confirmed)")


def _ask_fingerprint(prompt: str) -> str | None:
    """On a terminal, the officer types the fingerprint read by phone; never pre-filled."""
    if not sys.stdin.isatty():
        return None
    try:
        typed = input(prompt)
    except EOFError:
        return None
    return typed or None


def _re_enrol(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.domain.errors import InvalidInput
    from oco_desktop.services.sync import inbox as sync_inbox
    from oco_desktop.services.sync import re_enrol as sync_re_enrol

    typed = args.fingerprint or _ask_fingerprint(
        _("Type the fingerprint of {code}'s new key, as read to you by phone: ").format(
            code=args.code.upper()
        )
    )
    if typed is None:
        raise InvalidInput(
            _(
                "Give the fingerprint of the new key as the member's HR focal point reads it to "
                "you by phone: --fingerprint FP. Nothing was changed."
            ),
            field="fingerprint",
        )
    change = sync_re_enrol.re_enrol(store, args.code, args.file, typed)
    peer = change.peer
    run = None
    if args.file.read_bytes()[:6] == b"OCOB1\n":
        run = sync_inbox.import_files(store, [args.file])
    if args.json:
        _print_json(
            {
                "peer": peer.__dict__,
                "replaced": change.replaced,
                "imported": [o.as_dict() for o in run.outcomes] if run else [],
            }
        )
    else:
        if change.replaced:
            print(
                _(
                    "{code} is re-enrolled: old fingerprint {old}, new {new}. The old key is "
                    "kept in `keys history {code}`."
                ).format(code=peer.code, old=change.replaced, new=peer.fingerprint)
            )
        else:
            print(
                _("{code}'s key (fingerprint {fingerprint}) is confirmed.").format(
                    code=peer.code, fingerprint=peer.fingerprint
                )
            )
        for outcome in run.outcomes if run else []:
            _print_outcome(outcome)
    return _import_exit_code(run) if run else EXIT_OK


def run_reference(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.domain.errors import InvalidInput
    from oco_desktop.services.programme import reference_publish

    if args.reference_command == "list":
        found = reference_publish.published(store)
        if args.json:
            _print_json([p.__dict__ for p in found])
        elif not found:
            print(_("No reference file has been published here."))
        for doc in [] if args.json else found:
            print(_("{name} version {version}").format(name=f"{doc.name:<20}", version=doc.version))
        return EXIT_OK
    files = {}
    for item in args.file:
        name, _equals, path = item.partition("=")
        if not path:
            raise InvalidInput(
                _("Give --file as NAME=PATH, not '{given}'.").format(given=item), field="file"
            )
        files[name] = Path(path)
    result = reference_publish.publish(store, files)
    if args.json:
        _print_json([p.__dict__ for p in result])
    else:
        for doc in result:
            if doc.changed:
                line = _("{name} version {version} (published)")
            else:
                line = _("{name} version {version} (unchanged)")
            print(line.format(name=f"{doc.name:<20}", version=doc.version))
        print(_("They go to each member with the next bundle exported for it (--for ISO2)."))
    return EXIT_OK


def run_sync(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.services.sync.state import repair_clock, status

    if args.sync_command == "repair-clock":
        count = repair_clock(store)
        if count:
            print(
                ngettext(
                    "{count} change stamped more than a day ahead of this computer's clock now "
                    "carries today's date; export a bundle again.",
                    "{count} changes stamped more than a day ahead of this computer's clock now "
                    "carry today's date; export a bundle again.",
                    count,
                ).format(count=format_number(count))
            )
        else:
            print(_("No change is stamped more than a day ahead of this computer's clock."))
        return EXIT_OK

    peers = status(store)
    if args.json:
        _print_json([p.as_dict() for p in peers])
        return EXIT_OK
    if not peers:
        print(_("No peers yet: import the Secretariat's key card, or a member's first bundle."))
    never = _("never")
    for p in peers:
        print(
            ngettext(
                "{code} ({name}, {trust}): last sent {sent}, last received {received}, last "
                "acknowledged {acknowledged}; {count} change not yet acknowledged",
                "{code} ({name}, {trust}): last sent {sent}, last received {received}, last "
                "acknowledged {acknowledged}; {count} changes not yet acknowledged",
                p.unsent_changes,
            ).format(
                code=p.code,
                name=_site_name(p.code, p.name),
                trust=_trust_word(p.trust),
                sent=_moment(p.last_sent) or never,
                received=_moment(p.last_received) or never,
                acknowledged=_moment(p.last_acknowledged) or never,
                count=format_number(p.unsent_changes),
            )
        )
    _print_parked(store)
    return EXIT_OK


def _moment(when: dt.datetime | None) -> str | None:
    """A date and time to the minute (the store keeps microseconds nobody needs to read)."""
    return f"{when:%Y-%m-%d %H:%M}" if when else None


PARKED_SHOWN = 20


def _print_parked(store: Store) -> None:
    """Received records still waiting for their parent, each with why, in the user's language."""
    from oco_desktop.services.sync.views import parked_records, parked_total

    total = parked_total(store)
    if not total:
        return
    print(
        ngettext(
            "{count} received record waits for its parent (retried at every import):",
            "{count} received records wait for their parent (retried at every import):",
            total,
        ).format(count=format_number(total))
    )
    parked = parked_records(store, limit=PARKED_SHOWN)
    for record in parked:
        print(
            "  "
            + _("{table} {row} from {sender}: {reason}").format(
                table=record.table,
                row=record.row_id[-8:],
                sender=record.sender or "?",
                reason=record.reason,
            )
        )
    if total > len(parked):
        print("  " + _("and {count} more.").format(count=format_number(total - len(parked))))
