"""The office passphrase and the recovery key that open the encrypted data (store.crypt), and
the passphrase key remembered on this account (services.keystore): what the passphrase
dialogs and the first-run assistant do, without SQLAlchemy (it all runs before the first paint).

Errors: WrongSecret (the passphrase or recovery key does not open this data), InvalidInput
(a new passphrase too short, or typed differently twice)."""

from __future__ import annotations

from oco_desktop.domain.errors import WrongSecret
from oco_desktop.paths import DataPaths
from oco_desktop.services import keystore
from oco_desktop.store import crypt
from oco_desktop.store.crypt import MIN_PASSPHRASE_LENGTH, NewSecret

__all__ = ["MIN_PASSPHRASE_LENGTH", "NewSecret"]


def check_new(passphrase: str, repeated: str | None = None) -> str:
    """A new passphrase, long enough and typed the same twice (InvalidInput otherwise)."""
    return crypt.check_new_passphrase(passphrase, repeated)


def new_secret(passphrase: str) -> NewSecret:
    """The data key, its key file and the recovery key of a new installation (one scrypt)."""
    return crypt.new_secret(passphrase)


def protect_older_data(paths: DataPaths, secret: NewSecret) -> None:
    """Encrypt a plain data file from an older version with `secret` when it is next opened."""
    crypt.offer_new_secret(paths, secret)


def unlock_without_asking(paths: DataPaths) -> bool:
    """Open the folder's data if no one needs to type anything: already open, demo data,
    OCO_DESKTOP_PASSPHRASE, or the key remembered on this account. A wrong passphrase in the
    environment is ignored (the person is asked instead)."""
    try:
        if crypt.try_automatic_unlock(paths):
            return True
    except WrongSecret:
        pass
    return keystore.recall(paths)


def unlock(paths: DataPaths, passphrase: str, *, remember: bool = False) -> None:
    """Open the data with the office passphrase (WrongSecret if it does not); with
    `remember`, keep the passphrase key on this account so the next start does not ask."""
    kek = crypt.unlock_with_passphrase(paths, passphrase)
    if remember:
        keystore.remember(paths, kek)


def recover(paths: DataPaths, recovery_key: str) -> None:
    """Open the data with the recovery key shown at set-up (WrongSecret if it does not)."""
    crypt.unlock_with_recovery_key(paths, recovery_key)


def change(paths: DataPaths, new_passphrase: str, *, remember: bool = False) -> None:
    """Protect the open data with a new passphrase (the data is not re-encrypted and the
    recovery key stays valid). A key remembered for the old one is forgotten; with
    `remember`, the new one is kept."""
    kek = crypt.change_passphrase(paths, new_passphrase)
    keystore.forget(paths)
    if remember:
        keystore.remember(paths, kek)


def remember_new(paths: DataPaths, secret: NewSecret) -> str | None:
    """Keep a new installation's passphrase key on this account; None when kept, else the
    sentence saying why it could not be."""
    return keystore.remember(paths, secret.passphrase_kek)
