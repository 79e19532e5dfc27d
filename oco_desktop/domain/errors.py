"""The typed errors every service raises. The UI and the CLI decide how to tell the user."""

from __future__ import annotations


class OcoError(Exception):
    """Base of every error meant to be shown to a person (never a bug)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(OcoError):
    """Input refused: says which field, row or column, and what to fix."""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.field = field
        self.row = row
        self.column = column


class NotInitialised(InvalidInput):
    """The data folder has no installation yet: run `init` or `demo`."""


class AlreadyInitialised(InvalidInput):
    """`init` on a data folder that already holds an installation."""


class BundleRejected(OcoError):
    """A sync bundle that was refused, with a reason code and a sentence for the officer."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class StoreError(OcoError):
    """An environment problem with the data file: disk full, read-only, locked, damaged."""

    def __init__(self, message: str, *, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


class StoreDamaged(StoreError):
    """The data file is not a healthy SQLite database; it is left untouched."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="damaged")


class StoreTooNew(StoreError):
    """The data file was written by a newer version of the app; it is left untouched."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="too_new")


class Locked(StoreError):
    """The data is encrypted and no passphrase was given to open it."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="locked")


class NeedsPassphrase(Locked):
    """A plain data file from an older version: a person must choose the passphrase that
    will protect it before it is encrypted (store.crypt.offer_new_secret, then open again)."""


class WrongSecret(InvalidInput):
    """The passphrase or recovery key does not open this data."""
