""" "Remember on this account": the passphrase key of one data folder in the OS keystore
(Windows Credential Manager, macOS Keychain, Secret Service) through `keyring`.

What is kept is the key derived from the passphrase, not the passphrase: it opens this data
folder's key file only, and stops working when the passphrase is changed. Nothing here ever
raises: with no usable keystore (a headless Linux, a locked keychain) the option is simply
unavailable, with the reason."""

from __future__ import annotations

import logging

from oco_desktop.language import _
from oco_desktop.paths import DataPaths
from oco_desktop.store import crypt

SERVICE = "OCO Desktop data key"
log = logging.getLogger(__name__)


def _account(paths: DataPaths) -> str:
    return str(paths.root.resolve())


def unavailable_reason() -> str | None:
    """None when a keystore can be used, else a sentence saying why not."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # keyring's back-ends raise anything on a broken system
        return _("The system keystore cannot be used ({reason}).").format(reason=exc)
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return _("This computer has no system keystore (such as Windows Credential Manager).")
    return None


def recall(paths: DataPaths) -> bool:
    """Unlock the folder with the remembered key; False if none is kept or it no longer fits."""
    if unavailable_reason() is not None:
        return False
    try:
        import keyring

        stored = keyring.get_password(SERVICE, _account(paths))
    except Exception as exc:
        log.warning("the system keystore could not be read (%s)", type(exc).__name__)
        return False
    if not stored:
        return False
    try:
        kek = bytes.fromhex(stored)
    except ValueError:
        forget(paths)
        return False
    if crypt.unlock_with_kek(paths, kek) is None:
        forget(paths)  # the passphrase was changed since
        return False
    return True


def remember(paths: DataPaths, kek: bytes) -> str | None:
    """Keep the key; None when done, else the sentence saying why it could not be kept."""
    reason = unavailable_reason()
    if reason is not None:
        return reason
    try:
        import keyring

        keyring.set_password(SERVICE, _account(paths), kek.hex())
    except Exception as exc:
        return _("The system keystore refused to keep the passphrase ({reason}).").format(
            reason=exc
        )
    return None


def forget(paths: DataPaths) -> None:
    if unavailable_reason() is not None:
        return
    try:
        import keyring

        keyring.delete_password(SERVICE, _account(paths))
    except Exception:  # nothing kept, or the keystore is gone: nothing to forget either way
        return
