"""USB sticks and other removable drives a bundle can be saved to."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

# Where desktop Linux and macOS mount removable media; anything else is a system disk.
REMOVABLE_MOUNTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free: int  # bytes available

    @property
    def label(self) -> str:
        """ "KINGSTON (E:)", or the folder where it is mounted when it has no name."""
        where = str(self.root).rstrip("\\/") if sys.platform == "win32" else str(self.root)
        return f"{self.name} ({where})" if self.name and self.name != where else where


def _looks_removable(root: str) -> bool:
    if sys.platform == "win32":
        system = os.environ.get("SYSTEMDRIVE", "C:").upper().rstrip("\\")
        return not root.upper().startswith(system)
    return root.startswith(REMOVABLE_MOUNTS)


def removable_drives(exclude: Path | None = None) -> list[Drive]:
    """Mounted, ready, writable volumes that are not the system disk (on Windows: every drive
    letter but the system drive), leaving out the one that holds `exclude` (the data folder)."""
    skip = QStorageInfo(str(exclude)).rootPath() if exclude is not None else None
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if (
            not volume.isValid()
            or not volume.isReady()
            or volume.isRoot()
            or volume.isReadOnly()
            or root == skip
            or not _looks_removable(root)
        ):
            continue
        name = volume.displayName() or volume.name()
        found.append(Drive(Path(root), name, volume.bytesAvailable()))
    return sorted(found, key=lambda d: str(d.root))
