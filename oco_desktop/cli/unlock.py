"""Unlocking the encrypted data on the command line: OCO_DESKTOP_PASSPHRASE, the system
keystore, or the terminal (getpass); with none of these, a sentence and exit 3."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from oco_desktop.domain.errors import InvalidInput, Locked, WrongSecret
from oco_desktop.language import _
from oco_desktop.paths import DataPaths
from oco_desktop.store import crypt

NEW_PASSPHRASE_ENV = "OCO_DESKTOP_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "OCO_DESKTOP_RECOVERY_KEY"
TRIES = 3


def _terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def unlock(paths: DataPaths, *, no_data_yet: bool = False) -> None:
    """Make the folder's data key available to this process before a command opens the store
    (`no_data_yet`: a key file taken from beside a backup, before restoring it)."""
    if not paths.database.exists() and not no_data_yet:
        return
    if not crypt.is_encrypted(paths):
        plain = crypt.is_plain_sqlite(paths.database)
        if plain and not os.environ.get(crypt.PASSPHRASE_ENV) and _terminal():
            print(
                _(
                    "This data was saved by an older OCO Desktop without encryption. Choose an "
                    "office passphrase to encrypt it."
                ),
                file=sys.stderr,
            )
            secret = crypt.new_secret(ask_new_passphrase())
            crypt.offer_new_secret(paths, secret)
            show_recovery_key(secret.recovery_key)
        return  # open_store encrypts it (or says how to give the passphrase)
    if crypt.try_automatic_unlock(paths):
        return
    from oco_desktop.services import keystore

    if keystore.recall(paths):
        return
    if not _terminal():
        raise Locked(
            _(
                "The data in {folder} is encrypted. Run the command in a terminal to type the "
                "office passphrase, or set {variable}."
            ).format(folder=paths.root, variable=crypt.PASSPHRASE_ENV)
        )
    for attempt in range(TRIES):
        passphrase = getpass.getpass(_("Office passphrase: "))
        try:
            crypt.unlock_with_passphrase(paths, passphrase)
            return
        except WrongSecret:
            if attempt == TRIES - 1:
                raise
            print(_("That passphrase does not open this data; try again."), file=sys.stderr)


def ask_new_passphrase() -> str:
    """A new passphrase: OCO_DESKTOP_NEW_PASSPHRASE, else typed twice on the terminal."""
    return _new_passphrase(
        NEW_PASSPHRASE_ENV,
        _(
            "A new passphrase is needed: run the command in a terminal to type it, or set "
            "{variable}."
        ).format(variable=NEW_PASSPHRASE_ENV),
        _("New office passphrase: "),
    )


def setup_passphrase() -> str:
    """The passphrase of a new installation: OCO_DESKTOP_PASSPHRASE, else typed twice."""
    return _new_passphrase(
        crypt.PASSPHRASE_ENV,
        _(
            "Choose an office passphrase: run `init` in a terminal to type it, or set {variable}."
        ).format(variable=crypt.PASSPHRASE_ENV),
        _("Choose the office passphrase (8 characters or more): "),
    )


def _new_passphrase(env_name: str, no_terminal: str, prompt: str) -> str:
    given = os.environ.get(env_name)
    if given:
        return crypt.check_new_passphrase(given)
    if not _terminal():
        raise InvalidInput(no_terminal, field="passphrase")
    while True:
        first = getpass.getpass(prompt)
        second = getpass.getpass(_("The same passphrase again: "))
        try:
            return crypt.check_new_passphrase(first, second)
        except InvalidInput as exc:
            print(exc.message, file=sys.stderr)


def show_recovery_key(recovery_key: str) -> None:
    print(
        _(
            "Recovery key (write it down or print it, and keep it away from this computer: it "
            "opens the data if the passphrase is forgotten):"
        )
    )
    print(f"\n    {recovery_key}\n")


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("passphrase", help=_("change the office passphrase"))
    actions = parser.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    actions.add_parser(
        "change",
        help=_("choose a new passphrase (typed twice, or {variable})").format(
            variable=NEW_PASSPHRASE_ENV
        ),
    )
    actions.add_parser(
        "recover",
        help=_(
            "open with the recovery key (typed, or {variable}) and choose a new passphrase"
        ).format(variable=RECOVERY_KEY_ENV),
    )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from oco_desktop.services import keystore

    if not paths.database.exists() or not crypt.is_encrypted(paths):
        raise InvalidInput(
            _("There is no encrypted OCO Desktop data in {folder}.").format(folder=paths.root)
        )
    if args.passphrase_command == "recover":
        recovery = os.environ.get(RECOVERY_KEY_ENV)
        if not recovery:
            if not _terminal():
                raise InvalidInput(
                    _("Type the recovery key in a terminal, or set {variable}.").format(
                        variable=RECOVERY_KEY_ENV
                    ),
                    field="recovery_key",
                )
            recovery = input(_("Recovery key: "))
        crypt.unlock_with_recovery_key(paths, recovery)
    else:
        unlock(paths)
    new = ask_new_passphrase()
    crypt.change_passphrase(paths, new)
    keystore.forget(paths)
    print(_("The office passphrase was changed. The recovery key is the same as before."))
    return 0
