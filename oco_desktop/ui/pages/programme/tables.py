"""The tables of the Programme page's tabs: read-only rows, one chosen (or several)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

from oco_desktop.ui.widgets.fit import fit_columns


def make_table(name: str, *, multi: bool = False) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    fit_columns(view)
    return view
