"""The file choosers of the Staff page, as functions so tests can replace them."""

from __future__ import annotations

from pathlib import Path

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
        parent.tr("Choose the staff list to import"),
        str(start),
        parent.tr("Staff lists (*.xlsx *.xlsm *.csv);;All files (*)"),
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
        parent.tr("Export the roster"),
        str(suggested),
        parent.tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"),
    )
    return _with_suffix(chosen, selected) if chosen else None


def choose_template_target(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Save the import template"),
        str(suggested),
        parent.tr("Excel workbook (*.xlsx)"),
    )
    return _with_suffix(chosen, "*.xlsx") if chosen else None
