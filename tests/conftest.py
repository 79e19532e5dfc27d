from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every store the tests make is encrypted with this passphrase (subprocesses inherit it).
TEST_PASSPHRASE = "tests-office-passphrase"
os.environ["OCO_DESKTOP_PASSPHRASE"] = TEST_PASSPHRASE

from oco_desktop.store import crypt  # noqa: E402

# The passphrase key is derived once per unlock; the tests make hundreds of stores, so theirs
# use a cheap scrypt (the cost is written in each key file, so subprocesses honour it too).
crypt.SCRYPT_N = 2**10
