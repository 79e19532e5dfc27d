"""The command line: a second face over the same services as the window.

Exit codes: 0 done, 1 unexpected error (a bug; see the log), 2 usage, 3 input refused or
problem found (and nothing changed).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from oco_desktop import APP_NAME, __version__, logs
from oco_desktop.cli import argparse_language
from oco_desktop.cli import report as cli_report
from oco_desktop.cli import sync as cli_sync
from oco_desktop.cli import tna as cli_tna
from oco_desktop.cli.usage import UsageError
from oco_desktop.domain.errors import OcoError
from oco_desktop.domain.roster import Role
from oco_desktop.language import (
    NP_,
    _,
    current_language,
    format_number,
    ngettext,
    pgettext,
    set_language,
)
from oco_desktop.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3
log = logging.getLogger("oco_desktop.cli")


def _member_code(value: str) -> str:
    from oco_desktop.services.setup import find_member

    try:
        return find_member(value).code
    except OcoError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc


def _staff_count(value: str) -> int:
    try:
        count = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a whole number").format(value=value)
        ) from exc
    if not 0 <= count <= 50_000:
        raise argparse.ArgumentTypeError(_("give a number of staff from 0 to 50000"))
    return count


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oco-desktop",
        description=_("{app}: staff roster, training needs and sync bundles, offline.").format(
            app=APP_NAME
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=_("show the version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_(
            "the data folder (default: $OCO_DESKTOP_DATA_DIR, else the platform's user data folder)"
        ),
    )
    parser.add_argument("--lang", choices=("en", "fr"), help=_("interface language"))
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("check that this installation works (temporary store), then exit"),
    )
    parser.add_argument("--verbose", action="store_true", help=_("more detail in the log file"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help=_("open the window (the default)"))

    init = commands.add_parser("init", help=_("set up a new installation in the data folder"))
    init.add_argument(
        "--role",
        required=True,
        choices=[r.value for r in Role],
        help=_("member (an administration's office) or secretariat (the OCO Secretariat)"),
    )
    init.add_argument(
        "--member",
        type=_member_code,
        metavar="ISO2",
        help=_("your administration's two-letter code (role member)"),
    )
    init.add_argument("--office", metavar="NAME", help=_("your office's name (role member)"))
    init.add_argument("--island", metavar="NAME", help=_("your office's island (role member)"))
    init.add_argument("--focal-point", metavar="NAME", help=_("the HR focal point's name"))
    init.add_argument(
        "--secretariat-card",
        type=Path,
        metavar="FILE",
        help=_("the OCO Secretariat's public key card (role member)"),
    )
    init.add_argument("--json", action="store_true", help=_("print the result as JSON"))

    demo = commands.add_parser("demo", help=_("set up with fictional demo data (marked DEMO)"))
    demo.add_argument(
        "--member",
        type=_member_code,
        default="TO",
        metavar="ISO2",
        help=_("the member administration to imitate (default: TO)"),
    )
    demo.add_argument(
        "--staff",
        type=_staff_count,
        default=60,
        metavar="N",
        help=_("how many fictional staff (default: 60)"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=_("another number gives other fictional people (default: 1)"),
    )

    check = commands.add_parser("check", help=_("check the data file (exit 0 healthy, 3 not)"))
    check.add_argument("--json", action="store_true", help=_("print JSON"))

    backup = commands.add_parser("backup", help=_("make, list or restore backups"))
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    create = backup_commands.add_parser("create", help=_("back up the data file now"))
    create.add_argument("--to", metavar="FILE", type=Path, help=_("write the backup to this file"))
    listing = backup_commands.add_parser("list", help=_("list the backups in the data folder"))
    listing.add_argument("--json", action="store_true", help=_("print JSON"))
    restore = backup_commands.add_parser("restore", help=_("replace the data with a backup"))
    restore.add_argument(
        "file", type=Path, metavar="FILE", help=_("the backup file (see backup list)")
    )

    try:
        from oco_desktop.cli import roster as cli_roster
    except ImportError:
        cli_roster = None  # type: ignore[assignment]
    if cli_roster is not None:
        cli_roster.register(commands)
    cli_sync.register(commands)
    cli_tna.register(commands)
    # issue 6, helper A: the leadership programme
    from oco_desktop.cli import programme as cli_programme

    cli_programme.register(commands)
    # issue 6, helper B: people development (mentoring, experts, gender, succession)
    from oco_desktop.cli import people as cli_people

    cli_people.register(commands)
    cli_report.register(commands)
    from oco_desktop.cli import news as cli_news
    from oco_desktop.cli import unlock as cli_unlock

    cli_news.register(commands)  # issue 20: news from the Secretariat
    cli_unlock.register(commands)
    return parser


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _set_up_lock(paths: DataPaths) -> AbstractContextManager[None]:
    """Set-up writes under the folder's write lock when the folder exists; a refused set-up
    of a new folder leaves no folder behind."""
    from oco_desktop.store import locks

    return locks.writing(paths) if paths.root.is_dir() else nullcontext()


def cmd_init(args: argparse.Namespace, paths: DataPaths) -> int:
    from oco_desktop.services.installation import installation_info
    from oco_desktop.services.setup import SetupRequest, initialise

    role = Role(args.role)
    if role is Role.MEMBER and not args.member:
        raise UsageError(_("init --role member needs --member ISO2 and --office NAME"))
    if role is Role.MEMBER and not args.office:
        raise UsageError(_("init --role member needs --office NAME"))
    request = SetupRequest(
        role=role,
        member_code=args.member,
        office_name=args.office,
        island=args.island,
        focal_point=args.focal_point,
        language=args.lang or "en",
        secretariat_card=args.secretariat_card,
    )
    from oco_desktop.cli import unlock as cli_unlock
    from oco_desktop.services.setup import validate
    from oco_desktop.store import crypt

    validate(request)
    if paths.database.exists():
        with _set_up_lock(paths):
            initialise(paths, request)  # refuses, with the sentence that says so
    secret = crypt.new_secret(cli_unlock.setup_passphrase())
    with _set_up_lock(paths):
        store = initialise(paths, request, secret=secret)
    try:
        info = installation_info(store)
    finally:
        store.close()
    if args.json:
        _print_json(
            {
                "data_dir": str(paths.root),
                "role": info.role.value,
                "member": info.member_code,
                "site": info.site_id,
                "recovery_key": secret.recovery_key,
            }
        )
    else:
        if info.member_code:
            done = _("Set up {app} for {member} in {folder}; the data is encrypted.")
        else:
            done = _("Set up {app} for the OCO Secretariat in {folder}; the data is encrypted.")
        print(
            done.format(
                app=APP_NAME, member=info.member_name(current_language()), folder=paths.root
            )
        )
        cli_unlock.show_recovery_key(secret.recovery_key)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, paths: DataPaths) -> int:
    from oco_desktop.services.dashboard import staff_summary
    from oco_desktop.services.demo import create_demo
    from oco_desktop.services.installation import installation_info
    from oco_desktop.services.setup import find_member

    language = args.lang or ("fr" if find_member(args.member).languages[:1] == ("fr",) else "en")
    with _set_up_lock(paths):
        store = create_demo(
            paths, member_code=args.member, staff=args.staff, seed=args.seed, language=language
        )
    try:
        info = installation_info(store)
        summary = staff_summary(store)
    finally:
        store.close()
    in_post = ngettext(
        "{count} staff member in post", "{count} staff in post", summary.total
    ).format(count=format_number(summary.total))
    offices = len(summary.by_office)
    print(
        ngettext(
            "DEMO (fictional data): {member}, {in_post} in {count} office, in {folder}.",
            "DEMO (fictional data): {member}, {in_post} in {count} offices, in {folder}.",
            offices,
        ).format(
            member=info.member_name(current_language()),
            in_post=in_post,
            count=format_number(offices),
            folder=paths.root,
        )
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace, paths: DataPaths) -> int:
    from oco_desktop.services.health import check

    report = check(paths)
    if args.json:
        _print_json(report.as_dict())
    else:
        print(
            _("{app} {version}, data file {file}").format(
                app=APP_NAME, version=report.app_version, file=paths.database
            )
        )
        print(
            _("Schema: {revision} (this app: {expected})").format(
                revision=report.schema_revision or _("none"), expected=report.expected_revision
            )
        )
        for note in report.notes:
            print(_("Note: {note}").format(note=note))
        if report.healthy:
            print(_("Integrity check: ok. Foreign keys: ok."))
        for problem in report.problems:
            print(_("Problem: {problem}").format(problem=problem))
    return EXIT_OK if report.healthy else EXIT_REFUSED


# Why a backup was made, as a person reads it (the JSON and the file name keep the code).
BACKUP_REASONS = {
    "manual": NP_("backup reason", "by hand"),
    "pre-import": NP_("backup reason", "before a bundle import"),
    "pre-roster-import": NP_("backup reason", "before a roster import"),
    "pre-restore": NP_("backup reason", "before a restore"),
    "pre-migration": NP_("backup reason", "before an upgrade"),
    "pre-encryption": NP_("backup reason", "before encryption"),
}


def _backup_reason(code: str) -> str:
    return pgettext(*BACKUP_REASONS[code]) if code in BACKUP_REASONS else code


def cmd_backup(args: argparse.Namespace, paths: DataPaths) -> int:
    from oco_desktop.services import backups

    if args.backup_command == "create":
        info = backups.create(paths, args.to)
        print(
            ngettext(
                "Backup written to {file} ({size} byte).",
                "Backup written to {file} ({size} bytes).",
                info.size,
            ).format(file=info.path, size=format_number(info.size))
        )
    elif args.backup_command == "list":
        found = backups.list_all(paths)
        if args.json:
            _print_json(
                [
                    {
                        "path": str(b.path),
                        "created": b.created.isoformat(),
                        "reason": b.reason,
                        "size": b.size,
                    }
                    for b in found
                ]
            )
        elif not found:
            print(_("No backups yet in {folder}.").format(folder=paths.backups))
        else:
            reasons = [_backup_reason(b.reason) for b in found]
            width = max(14, *(len(r) for r in reasons))
            for b, reason in zip(found, reasons, strict=True):
                size = format_number(b.size)
                print(f"{b.created:%Y-%m-%d %H:%M:%S}  {reason:<{width}} {size:>12}  {b.path}")
    else:
        from oco_desktop.store import crypt

        adopted = backups.adopt_key_file(paths, args.file)
        if adopted or (crypt.is_encrypted(paths) and not paths.database.exists()):
            from oco_desktop.cli import unlock as cli_unlock

            cli_unlock.unlock(paths, no_data_yet=True)
        result = backups.restore(paths, args.file)
        print(_("Restored the data from {file}.").format(file=result.restored_from))
        if result.previous_was_damaged:
            print(
                _("The damaged data file was kept aside as {file}.").format(
                    file=result.previous_kept_at
                )
            )
        elif result.previous_kept_at:
            print(
                _("The data as it was before is kept in {file}.").format(
                    file=result.previous_kept_at
                )
            )
    return EXIT_OK


def _open_for_command(paths: DataPaths) -> tuple[Store, Callable[[], None]]:
    """The store, and the release of the folder's write lock, which this process takes at its
    first write transaction: a command that only reads never waits for the window or an
    import; one that writes waits briefly for another writer, else is refused (exit 3)."""
    from oco_desktop.services.setup import open_installation
    from oco_desktop.store import locks

    store = open_installation(paths)
    return store, locks.hold_from_first_write(store)


def cmd_roster(args: argparse.Namespace, paths: DataPaths) -> int:
    from oco_desktop.cli import roster as cli_roster

    store, release = _open_for_command(paths)
    try:
        return cli_roster.run(args, store)
    finally:
        release()
        store.close()


def _with_store(
    run: Callable[[argparse.Namespace, Store], int],
) -> Callable[[argparse.Namespace, DataPaths], int]:
    def command(args: argparse.Namespace, paths: DataPaths) -> int:
        store, release = _open_for_command(paths)
        try:
            return run(args, store)
        finally:
            release()
            store.close()

    return command


def _programme_run(args: argparse.Namespace, store: Store) -> int:  # issue 6, helper A
    from oco_desktop.cli import programme as cli_programme

    return cli_programme.run(args, store)


def _people_run(args: argparse.Namespace, store: Store) -> int:  # issue 6, helper B
    from oco_desktop.cli import people as cli_people

    return cli_people.run(args, store)


def _news_run(args: argparse.Namespace, store: Store) -> int:  # issue 20
    from oco_desktop.cli import news as cli_news

    return cli_news.run(args, store)


def cmd_gui(args: argparse.Namespace, paths: DataPaths) -> int:
    from oco_desktop.app import run_gui

    return run_gui(paths, args.lang)


def run_self_test() -> int:
    """Check this installation on temporary data (see cli/self_test.py); exit 0 if it works."""
    from oco_desktop.cli import self_test as cli_self_test

    return cli_self_test.main()


COMMANDS: dict[str, Callable[[argparse.Namespace, DataPaths], int]] = {
    "gui": cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "roster": cmd_roster,
    "keys": _with_store(cli_sync.run_keys),
    "bundle": _with_store(cli_sync.run_bundle),
    "sync": _with_store(cli_sync.run_sync),
    "reference": _with_store(cli_sync.run_reference),
    "tna": _with_store(cli_tna.run),
    "programme": _with_store(_programme_run),  # issue 6, helper A
    # issue 6, helper B: people development
    **{name: _with_store(_people_run) for name in ("mentoring", "experts", "gender", "succession")},
    "report": _with_store(cli_report.run),
    "news": _with_store(_news_run),  # issue 20
    "passphrase": lambda args, paths: _passphrase(args, paths),
}

# The window asks for the passphrase itself; set-up chooses one; these need no data.
_NO_UNLOCK = {"gui", "init", "demo", "passphrase"}


def _passphrase(args: argparse.Namespace, paths: DataPaths) -> int:
    from oco_desktop.cli import unlock as cli_unlock

    return cli_unlock.run(args, paths)


def _utf8_when_piped() -> None:
    """Output read by another program (a pipe or a file) is UTF-8 whatever the Windows code
    page, so names with macrons and ʻokina arrive as such (PYTHONIOENCODING still wins)."""
    if os.environ.get("PYTHONIOENCODING"):
        return
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8")


class _QuietWhenReaderGone:
    """stdout that stops quietly when the reader closes the pipe (`... | head`): the rest of
    the output goes nowhere and the command finishes, with its own exit code."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def _gone(self) -> None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, self._stream.fileno())  # so the interpreter's last flush succeeds
        os.close(devnull)

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._gone()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._gone()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_when_piped()
    original = sys.stdout
    if original is not None and hasattr(original, "fileno"):  # None in a windowed start
        sys.stdout = _QuietWhenReaderGone(original)
    try:
        return _main(argv)
    finally:
        if sys.stdout is not None:
            sys.stdout.flush()
        sys.stdout = original


def _main(argv: Sequence[str] | None) -> int:
    # The language first, so the parser's help texts and argparse's own words speak it.
    set_language(argparse_language.language_in(sys.argv[1:] if argv is None else argv) or "en")
    argparse_language.speak_app_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang or "en")  # the sentences of the layers below (gettext)
    if args.self_test:
        return run_self_test()
    paths = DataPaths(resolve_data_dir(args.data_dir))
    logged_to_file = logs.configure(paths, verbose=args.verbose)
    command = args.command or "gui"
    try:
        if command not in _NO_UNLOCK:
            from oco_desktop.cli import unlock as cli_unlock

            cli_unlock.unlock(paths)
        return COMMANDS[command](args, paths)
    except UsageError as exc:
        parser.error(str(exc))
    except OcoError as exc:
        # The sentence may name a person or quote a file's row: only its kind is logged.
        field = getattr(exc, "field", None)  # InvalidInput names the field it refused
        log.info("refused: %s%s", type(exc).__name__, f" ({field})" if field else "")
        print(_("error: {message}").format(message=exc.message), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(_("Interrupted."), file=sys.stderr)
        return EXIT_BUG
    except Exception as exc:
        log.exception("unexpected error in %s (%s)", command, type(exc).__name__)
        if logged_to_file:
            said = _("Unexpected error: {error}. This is a bug; details are in {log}.")
        else:
            said = _("Unexpected error: {error}. This is a bug; details are above.")
        print(said.format(error=exc, log=paths.log_file), file=sys.stderr)
        return EXIT_BUG
    return EXIT_OK
