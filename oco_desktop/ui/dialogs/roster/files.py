"""The file choosers of the Staff page, as functions so tests can replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

XLSX_SUFFIX = ".xlsx"
CSV_SUFFIX = ".csv"


def default_folder() -> Path:
    """Where an officer keeps spreadsheets: Documents if there is one, else the home folder."""
    home = Path.home()
    documents = home / "Documents"
    return documents if documents.is_dir() else home


def choose_import_file(parent: QWidget, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Choose the staff list to import"),
        str(start),
        QCoreApplication.translate(
            "FileDialogs", "Staff lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None


def _with_suffix(chosen: str, selected_filter: str) -> Path:
    path = Path(chosen)
    if path.suffix.lower() in (XLSX_SUFFIX, CSV_SUFFIX):
        return path
    return path.with_name(path.name + (CSV_SUFFIX if "*.csv" in selected_filter else XLSX_SUFFIX))


def choose_export_target(parent: QWidget, suggested: Path) -> Path | None:
    """An .xlsx or .csv file to write; the extension follows the chosen type if left out."""
    chosen, selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Export the roster"),
        str(suggested),
        QCoreApplication.translate(
            "FileDialogs", "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"
        ),
    )
    return _with_suffix(chosen, selected) if chosen else None


def choose_template_target(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Save the import template"),
        str(suggested),
        QCoreApplication.translate("FileDialogs", "Excel workbook (*.xlsx)"),
    )
    return _with_suffix(chosen, "*.xlsx") if chosen else None
