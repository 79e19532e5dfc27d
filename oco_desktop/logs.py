"""Logging to a rotating file in the data folder's logs/ (stderr if it cannot be written)."""

from __future__ import annotations

import logging
import logging.handlers

from oco_desktop.paths import DataPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(paths: DataPaths, *, verbose: bool = False) -> bool:
    """Send logs to `paths.log_file` (1 MB x 5 files). False if only stderr could be used."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_oco", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        to_file = True
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        to_file = False
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler._oco = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return to_file
