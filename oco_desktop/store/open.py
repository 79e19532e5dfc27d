"""Open a data folder: health check, migrations after a backup, then the Store."""

from __future__ import annotations

from oco_desktop.paths import DataPaths
from oco_desktop.services.errors import NotInitialised
from oco_desktop.store import backup, migrate
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors


def open_store(paths: DataPaths, *, create: bool = False) -> Store:
    """Open (and migrate) the store. Without `create`, a folder with no data file is refused
    and nothing is written to it; a damaged file raises StoreDamaged and is left untouched.
    Only the quick check runs here (header, size, schema): the page-by-page check is
    `services.health.verify_pages`, which the window runs in the background after it shows."""
    exists = paths.database.exists()
    if not exists and not create:
        raise NotInitialised(
            f"There is no OCO Desktop data in {paths.root} yet. Set it up first with "
            "`oco-desktop init` (or `oco-desktop demo` to explore with demo data)."
        )
    with plain_store_errors(paths.root):
        if exists:
            backup.check_database_file(paths.database, thorough=False)
        else:
            paths.root.mkdir(parents=True, exist_ok=True)
        store = Store(paths)
        try:
            migrate.upgrade(store.engine, paths)
        except BaseException:
            store.close()
            raise
    return store
