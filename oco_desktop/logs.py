"""Logging to a rotating file in the data folder's logs/ (stderr if it cannot be written).

The log is for finding bugs, and a data folder may be copied: it never holds personal data.
Messages are written to say what happened, not to whom, and a traceback keeps the type and
the lines of each error but not its text (a database error's text quotes the row's values).
The folder and its files are readable by their owner only."""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from io import TextIOWrapper
from types import TracebackType

from oco_desktop.paths import DataPaths

HANDLER_NAME = "oco-desktop"  # marks the handler `configure` added, to replace it when called again
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateFormatter(logging.Formatter):
    """Tracebacks without the exceptions' messages (they may quote names and values)."""

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the first handler's rendering of a traceback on the record: never
        # reuse another handler's (full) text, and leave the record as it was for the others.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        kind, exc, tb = ei
        if kind is None or exc is None:
            return ""
        lines: list[str] = []
        seen: set[int] = set()
        current: BaseException | None = exc
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            frames = traceback.format_tb(current.__traceback__ if current is not exc else tb)
            lines.append("".join(frames) + f"{type(current).__module__}.{type(current).__name__}")
            current = current.__cause__ or current.__context__
        return "\n  caused by:\n".join(lines)


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream


def configure(paths: DataPaths, *, verbose: bool = False) -> bool:
    """Send logs to `paths.log_file` (1 MB x 5 files). False if only stderr could be used."""
    root = logging.getLogger()
    for earlier in list(root.handlers):
        if earlier.get_name() == HANDLER_NAME:
            root.removeHandler(earlier)
            earlier.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        for folder in (paths.root, paths.logs):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix" and folder.stat().st_mode & 0o077:
                os.chmod(folder, 0o700)
        handler: logging.Handler = _PrivateFileHandler(
            paths.log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        to_file = True
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        to_file = False
    handler.setFormatter(PrivateFormatter(LOG_FORMAT))
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
    return to_file
