"""The app on plain SQLite files, for the benchmarks' encryption ratio only.

`plain_stores()` makes every store opened inside it a plain SQLite file, as before encryption:
the engine and the raw connections get no key, and a plain file is not taken for one to
encrypt. `python -m benchmarks.plain_store ARGS` runs the command line that way in a child
process. Nothing in the app can turn encryption off: this lives with the benchmarks and
patches the app from outside, in the benchmarks' own processes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def plain_stores() -> Iterator[None]:
    from oco_desktop.store import crypt, engine

    connect, make_engine, is_plain = crypt.connect, engine.make_engine, crypt.is_plain_sqlite

    def plain_connect(path, key, *, read_only=False):  # type: ignore[no-untyped-def]
        return connect(path, None, read_only=read_only)

    crypt.connect = plain_connect  # type: ignore[assignment]
    engine.make_engine = lambda database, key: make_engine(database, None)  # type: ignore[assignment]
    crypt.is_plain_sqlite = lambda path: False  # type: ignore[assignment]
    try:
        yield
    finally:
        crypt.connect, engine.make_engine, crypt.is_plain_sqlite = connect, make_engine, is_plain


def main() -> int:
    from oco_desktop import cli

    with plain_stores():
        return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
