"""Where the app keeps its data and finds its resources, from source or inside a frozen build."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "OCO_DESKTOP_DATA_DIR"
DB_FILE_NAME = "oco-desktop.db"
PORTABLE_MARKER = "portable"
PORTABLE_DATA_DIR = "data"


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, under _MEIPASS when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def is_portable() -> bool:
    """A frozen build with a `portable` file beside its executable (a USB stick install)."""
    return bool(getattr(sys, "frozen", False)) and (program_dir() / PORTABLE_MARKER).exists()


def default_data_dir() -> Path:
    """A `portable` marker beside the program keeps data next to it (USB stick installs)."""
    if is_portable():
        return program_dir() / PORTABLE_DATA_DIR
    return Path(platformdirs.user_data_dir("OCO Desktop", "OCO", roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None) -> Path:
    """`--data-dir` first, then OCO_DESKTOP_DATA_DIR, then the platform's user data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(DATA_DIR_ENV)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """The layout of one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def damaged(self) -> Path:
        return self.root / "damaged"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "oco-desktop.log"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def archive(self) -> Path:
        return self.root / "archive"
