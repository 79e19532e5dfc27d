"""The status bar: always says the app works offline, where the data is, and the last backup.
Sync adds its own facts (unsent changes, last bundle) with `add_fact`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, QFileSystemWatcher, QLocale
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from oco_desktop.paths import DataPaths
from oco_desktop.services import backups
from oco_desktop.store.backup import BackupInfo
from oco_desktop.ui.widgets.fit import ElidedLabel


def format_moment(moment: dt.datetime) -> str:
    """Day, month name and time: unambiguous whichever way round the reader writes dates."""
    # PySide6 converts a datetime; its stub lists no such constructor
    value = QDateTime(moment.replace(second=0, microsecond=0))  # type: ignore[call-overload]
    return QLocale().toString(value, "d MMMM yyyy, HH:mm")


class StatusBar(QStatusBar):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts: dict[str, QLabel] = {}
        self.offline_label = self.add_fact("offline")
        self.backup_label = self.add_fact("backup")
        self.set_data_folder(data_folder)
        self.set_last_backup(None)
        self._watcher: QFileSystemWatcher | None = None

    def follow_backups(self, paths: DataPaths) -> None:
        """Say the latest backup now and whenever the backups folder changes: backups are also
        made without the window (before a migration or a bundle import, from the command
        line), and "never" must not stay on screen once one exists."""
        watcher = QFileSystemWatcher(self)
        self._watcher = watcher

        def look(_changed: str = "") -> None:
            # The data folder is watched only until the backups folder exists (it is made with
            # the first backup): the data file's own writes then wake nothing here.
            wanted = str(paths.backups) if paths.backups.is_dir() else str(paths.root)
            if watcher.directories() != [wanted]:
                if watcher.directories():
                    watcher.removePaths(watcher.directories())
                watcher.addPath(wanted)
            self.set_last_backup(backups.latest(paths))

        watcher.directoryChanged.connect(look)
        look()

    def add_fact(self, key: str) -> QLabel:
        """A permanent label on the right, kept in the order facts were added."""
        if self._facts:
            separator = QFrame()
            separator.setFrameShape(QFrame.Shape.VLine)
            separator.setFrameShadow(QFrame.Shadow.Sunken)
            self.addPermanentWidget(separator)
        label = ElidedLabel()
        label.setObjectName(f"status-{key}")
        # A long data folder is cut short ("…") on a small screen rather than widen the window
        # past it; the tooltip says it in full. The margin keeps the last word off the edge.
        label.setContentsMargins(2, 0, 6, 0)
        self._facts[key] = label
        self.addPermanentWidget(label)
        return label

    def fact(self, key: str) -> QLabel:
        return self._facts[key]

    def set_data_folder(self, folder: Path) -> None:
        self.offline_label.setText(self.tr("Offline · Data: {0}").format(folder))
        self.offline_label.setToolTip(
            self.tr("OCO Desktop works without a network. Your data is kept in {0}.").format(folder)
        )

    def set_last_backup(self, backup: BackupInfo | None) -> None:
        if backup is None:
            self.backup_label.setText(self.tr("Last backup: never"))
            self.backup_label.setToolTip(self.tr("Use File > Back up now to make one."))
        else:
            self.backup_label.setText(
                self.tr("Last backup: {0}").format(format_moment(backup.created))
            )
            self.backup_label.setToolTip(str(backup.path))
