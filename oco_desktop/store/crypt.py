"""The data key that opens the encrypted data file, and the two ways to unwrap it.

A random 256-bit data key opens the SQLCipher database as a raw key (no PBKDF2 per
connection, so every connection opens fast). The data key is kept only wrapped (AES-256-GCM),
twice, in the data folder's key file:
- under a key derived from the office passphrase with scrypt (n, r, p and salt in the file);
- under the recovery key shown once at set-up (200 random bits, HKDF-SHA256), so a forgotten
  passphrase never costs the office its data.
Changing the passphrase rewraps the data key; the data is not re-encrypted. Once unlocked, the
data key stays in this process (per data folder) so later connections need nothing more.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from oco_desktop.domain.errors import (
    InvalidInput,
    Locked,
    NeedsPassphrase,
    StoreError,
    WrongSecret,
)
from oco_desktop.files import write_atomic
from oco_desktop.language import _
from oco_desktop.paths import DataPaths

if TYPE_CHECKING:
    import sqlite3

PASSPHRASE_ENV = "OCO_DESKTOP_PASSPHRASE"
DEMO_PASSPHRASE = "oco-demo-data"
KEY_FILE_NAME = "oco-desktop.key"
KEY_FILE_FORMAT = 1
MIN_PASSPHRASE_LENGTH = 8
# scrypt: 32 MiB and about 0.1 s on an office laptop (0.2 s on a slow one), once per unlock.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
# The demo passphrase is public: costing it more would protect nothing and slow every demo.
DEMO_SCRYPT_N = 2**10
RECOVERY_BYTES = 25  # 200 bits, 40 base32 characters in 8 groups of 5
_AAD_PASSPHRASE = b"oco-desktop/data-key/passphrase/v1"
_AAD_RECOVERY = b"oco-desktop/data-key/recovery/v1"
_SITE_KEYS_INFO = b"oco-desktop/site-keys/v1"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

_unlocked: dict[Path, bytes] = {}
_offered: dict[Path, NewSecret] = {}


def key_file(paths: DataPaths) -> Path:
    return paths.root / KEY_FILE_NAME


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _recovery_kek(recovery_bytes: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=_AAD_RECOVERY).derive(recovery_bytes)


def _wrap(kek: bytes, data_key: bytes, aad: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, data_key, aad))}


def _unwrap(kek: bytes, box: dict[str, str], aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(_unb64(box["nonce"]), _unb64(box["wrapped"]), aad)
    except InvalidTag:
        return None


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def parse_recovery_key(text: str) -> bytes:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    compact = compact.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(compact) != 40 or any(ch not in _B32 for ch in compact):
        raise WrongSecret(
            _(
                "A recovery key has 40 letters and digits in 8 groups of 5 (like "
                "ABCDE-FGHIJ-…); check what you typed."
            ),
            field="recovery_key",
        )
    return base64.b32decode(compact)


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> str:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(
            _(
                "Choose a passphrase of at least {most} characters (a few words "
                "are easier to remember than a short password)."
            ).format(most=MIN_PASSPHRASE_LENGTH),
            field="passphrase",
        )
    if repeated is not None and repeated != passphrase:
        raise InvalidInput(
            _("The two passphrases are not the same; type it again twice."), field="repeat"
        )
    return passphrase


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file: the scrypt parameters and the two wrapped copies of the data key."""

    salt: bytes
    n: int
    r: int
    p: int
    by_passphrase: dict[str, str]
    by_recovery: dict[str, str]
    demo: bool

    def as_json(self) -> str:
        return json.dumps(
            {
                "format": KEY_FILE_FORMAT,
                "what": "OCO Desktop data key, wrapped; useless without the passphrase or "
                "the recovery key",
                "kdf": {"name": "scrypt", "n": self.n, "r": self.r, "p": self.p},
                "salt": _b64(self.salt),
                "passphrase": self.by_passphrase,
                "recovery": self.by_recovery,
                "demo": self.demo,
            },
            indent=2,
        )

    def passphrase_kek(self, passphrase: str) -> bytes:
        return _scrypt(passphrase, self.salt, self.n, self.r, self.p)


def read_key_file(paths: DataPaths) -> KeyFile | None:
    path = key_file(paths)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(
            _(
                "The key file {file} cannot be read ({error}). Restore it from a copy of the data "
                "folder, or restore a backup together with its key file."
            ).format(file=path, error=exc),
            kind="key_file",
        ) from exc
    if not isinstance(raw, dict) or raw.get("format") != KEY_FILE_FORMAT:
        raise StoreError(
            _("The key file {file} was written by another version of OCO Desktop.").format(
                file=path
            ),
            kind="key_file",
        )
    try:
        kdf = raw["kdf"]
        parsed = KeyFile(
            _unb64(raw["salt"]),
            int(kdf["n"]),
            int(kdf["r"]),
            int(kdf["p"]),
            {k: str(raw["passphrase"][k]) for k in ("nonce", "wrapped")},
            {k: str(raw["recovery"][k]) for k in ("nonce", "wrapped")},
            bool(raw.get("demo")),
        )
        for box in (parsed.by_passphrase, parsed.by_recovery):
            if len(_unb64(box["nonce"])) != 12 or len(_unb64(box["wrapped"])) != 48:
                raise ValueError("a wrapped key of the wrong size")
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged_key_file(path) from exc
    # A cost outside what this app writes is refused, not run (it could take hours or fail).
    if not (2**10 <= parsed.n <= 2**20 and parsed.n & (parsed.n - 1) == 0):
        raise _damaged_key_file(path)
    if not (1 <= parsed.r <= 16 and 1 <= parsed.p <= 4):
        raise _damaged_key_file(path)
    return parsed


def _damaged_key_file(path: Path) -> StoreError:
    return StoreError(
        _(
            "The key file {file} is damaged. Put it back from a copy of the data folder (or the "
            "FILE.key beside a backup); nothing was changed."
        ).format(file=path),
        kind="key_file",
    )


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) readable by its owner only; tighten it if it exists."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def _write_key_file(paths: DataPaths, data: KeyFile) -> None:
    make_private_dir(paths.root)
    write_atomic(key_file(paths), data.as_json().encode("utf-8"), private=True)


@dataclass(frozen=True)
class NewSecret:
    """What set-up makes: the data key, its key file, and the recovery key to show once."""

    data_key: bytes
    recovery_key: str
    key_file: KeyFile
    passphrase_kek: bytes


def new_secret(passphrase: str, *, demo: bool = False) -> NewSecret:
    data_key = secrets.token_bytes(32)
    recovery = secrets.token_bytes(RECOVERY_BYTES)
    salt = secrets.token_bytes(16)
    n = DEMO_SCRYPT_N if demo else SCRYPT_N
    kek = _scrypt(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    data = KeyFile(
        salt,
        n,
        SCRYPT_R,
        SCRYPT_P,
        _wrap(kek, data_key, _AAD_PASSPHRASE),
        _wrap(_recovery_kek(recovery), data_key, _AAD_RECOVERY),
        demo,
    )
    return NewSecret(data_key, format_recovery_key(recovery), data, kek)


def install_secret(paths: DataPaths, secret: NewSecret) -> None:
    """Write the key file of a new installation and keep its data key open in this process."""
    _write_key_file(paths, secret.key_file)
    _unlocked[_folder(paths)] = secret.data_key


def offer_new_secret(paths: DataPaths, secret: NewSecret) -> None:
    """The secret to encrypt this folder's plain data file with, at its next opening."""
    _offered[_folder(paths)] = secret


def secret_for_plain_store(paths: DataPaths) -> NewSecret:
    """The secret a plain file is encrypted with: the one offered, else the environment's."""
    offered = _offered.pop(_folder(paths), None)
    if offered is not None:
        return offered
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return new_secret(check_new_passphrase(from_env))
    raise NeedsPassphrase(
        _(
            "The data in {folder} was saved by an older OCO Desktop without encryption. "
            "Choose an office passphrase to encrypt it (the command line asks on the terminal; "
            "scripts set {variable})."
        ).format(folder=paths.root, variable=PASSPHRASE_ENV)
    )


def _folder(paths: DataPaths) -> Path:
    return paths.root.resolve()


def is_encrypted(paths: DataPaths) -> bool:
    return key_file(paths).exists()


def cached_key(paths: DataPaths) -> bytes | None:
    return _unlocked.get(_folder(paths))


def forget(paths: DataPaths) -> None:
    """Close the data again in this process (the next opening asks for the passphrase)."""
    _unlocked.pop(_folder(paths), None)


def key_file_missing(paths: DataPaths) -> StoreError:
    return _not_set_up(paths)


def _not_set_up(paths: DataPaths) -> StoreError:
    return StoreError(
        _(
            "The key file {file} is missing, so the encrypted data in {folder} cannot be "
            "opened. Put the key file back from a copy of the data folder (or the FILE.key "
            "beside a backup); nothing was changed."
        ).format(file=key_file(paths), folder=paths.root),
        kind="key_file",
    )


def unlock_with_kek(paths: DataPaths, kek: bytes) -> bytes | None:
    """The data key from a remembered passphrase key, or None if it no longer fits."""
    data = read_key_file(paths)
    if data is None:
        raise _not_set_up(paths)
    found = _unwrap(kek, data.by_passphrase, _AAD_PASSPHRASE)
    if found is not None:
        _unlocked[_folder(paths)] = found
    return found


def unlock_with_passphrase(paths: DataPaths, passphrase: str) -> bytes:
    """Unwrap the data key with the passphrase (one scrypt) and keep it open; returns the
    passphrase key, which `remember` may store in the OS keystore."""
    data = read_key_file(paths)
    if data is None:
        raise _not_set_up(paths)
    kek = data.passphrase_kek(passphrase)
    found = _unwrap(kek, data.by_passphrase, _AAD_PASSPHRASE)
    if found is None:
        raise WrongSecret(
            _(
                "That passphrase does not open this data. Check the keyboard language and Caps "
                "Lock and try again; if it is forgotten, use the recovery key."
            ),
            field="passphrase",
        )
    _unlocked[_folder(paths)] = found
    return kek


def unlock_with_recovery_key(paths: DataPaths, recovery_key: str) -> None:
    data = read_key_file(paths)
    if data is None:
        raise _not_set_up(paths)
    found = _unwrap(
        _recovery_kek(parse_recovery_key(recovery_key)), data.by_recovery, _AAD_RECOVERY
    )
    if found is None:
        raise WrongSecret(
            _(
                "That recovery key does not open this data: it belongs to another installation "
                "or was mistyped."
            ),
            field="recovery_key",
        )
    _unlocked[_folder(paths)] = found


def try_automatic_unlock(paths: DataPaths) -> bool:
    """Open without asking when possible: already open, demo data, or OCO_DESKTOP_PASSPHRASE
    (a wrong passphrase in the environment raises WrongSecret). False means: ask a person."""
    if cached_key(paths) is not None:
        return True
    data = read_key_file(paths)
    if data is None:
        raise _not_set_up(paths)
    if data.demo:
        try:
            unlock_with_passphrase(paths, DEMO_PASSPHRASE)
            return True
        except WrongSecret:
            pass
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        unlock_with_passphrase(paths, from_env)
        return True
    return False


def data_key(paths: DataPaths) -> bytes:
    """The data key of an unlocked folder (unlocking from the environment if it can)."""
    key = cached_key(paths)
    if key is None and try_automatic_unlock(paths):
        key = cached_key(paths)
    if key is None:
        raise Locked(
            _(
                "The data in {folder} is encrypted and no passphrase was given. Type it when "
                "asked, or set {variable} for scripts."
            ).format(folder=paths.root, variable=PASSPHRASE_ENV)
        )
    return key


def change_passphrase(paths: DataPaths, new_passphrase: str) -> bytes:
    """Rewrap the open data key under a new passphrase (the data is not re-encrypted); the
    recovery key stays valid. Returns the new passphrase key (for the OS keystore)."""
    key = data_key(paths)
    check_new_passphrase(new_passphrase)
    data = read_key_file(paths)
    assert data is not None
    salt = secrets.token_bytes(16)
    kek = _scrypt(new_passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    _write_key_file(
        paths,
        KeyFile(
            salt,
            SCRYPT_N,
            SCRYPT_R,
            SCRYPT_P,
            _wrap(kek, key, _AAD_PASSPHRASE),
            data.by_recovery,
            False,
        ),
    )
    return kek


def sqlcipher_key_pragma(key: bytes) -> str:
    """`PRAGMA key` with a raw 256-bit key (SQLCipher skips its own key derivation)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def site_keys_passphrase(paths: DataPaths) -> bytes:
    """The passphrase of the site's private key files, derived from the data key."""
    return hashlib.sha256(_SITE_KEYS_INFO + data_key(paths)).hexdigest().encode("ascii")


SQLITE_MAGIC = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """A file written by plain SQLite (an older OCO Desktop): SQLite reads its schema with no key.

    Asked through the SQLite library the app's own connections use (sqlcipher3's), never with
    a plain file handle: on Linux and macOS, closing any handle of a file drops every SQLite
    lock this process holds on it, and another process then deletes the window's journal."""
    try:
        if not path.is_file() or path.stat().st_size < len(SQLITE_MAGIC):
            return False
    except OSError:
        return False
    import sqlcipher3

    try:
        conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlcipher3.Error:
        return False
    try:
        quiet(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.Error:
        return False
    finally:
        conn.close()


def folder_key(paths: DataPaths) -> bytes | None:
    """The key the folder's files open with: None for a plain folder from an older version."""
    return data_key(paths) if is_encrypted(paths) else None


def connect(path: Path, key: bytes | None, *, read_only: bool = False) -> sqlite3.Connection:
    """A DB-API connection to one file: SQLCipher with `key`, or sqlite3 for a plain file.

    sqlcipher3's connection is pysqlite's, with sqlite3.Connection's API: typed as that (the
    package ships no types)."""
    uri = f"{path.resolve().as_uri()}?mode=ro" if read_only else path.resolve().as_uri()
    if key is None:
        import sqlite3

        return sqlite3.connect(uri, uri=True)
    import sqlcipher3

    conn: sqlite3.Connection = sqlcipher3.connect(uri, uri=True)
    try:
        quiet(conn)
        conn.execute(sqlcipher_key_pragma(key))
    except BaseException:
        conn.close()
        raise
    return conn


_quietened = False


def quiet(conn: sqlite3.Connection) -> None:
    """SQLCipher prints its own errors on stderr (a wrong key shows as "hmac check failed");
    they reach the person as sentences instead. The level is global: set once."""
    global _quietened
    if not _quietened:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _quietened = True


def database_errors() -> tuple[type[Exception], ...]:
    """The DatabaseError classes of both drivers (sqlcipher3 has its own hierarchy)."""
    import sqlite3

    import sqlcipher3

    return (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def all_errors() -> tuple[type[Exception], ...]:
    import sqlite3

    import sqlcipher3

    return (sqlite3.Error, sqlcipher3.Error)
