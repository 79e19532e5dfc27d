"""The Staff page's "Delete (entered by mistake)" and its Undo: a record that never left the
office goes at once, with an Undo button beside the message; a record a bundle already carried
is refused with what to do instead (mark as left, or erase)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from oco_desktop.services.roster import delete as roster_delete
from oco_desktop.services.roster.delete import DeletedStaff, NotDeletable
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.models.sync.labels import format_day
from oco_desktop.ui.tasks import Op, report_failure

if TYPE_CHECKING:
    from oco_desktop.ui.pages.roster.staff import StaffPage


class StaffDeletion(QObject):
    """`done` once a deletion or its undo is written (tests wait for it)."""

    done = Signal()

    def __init__(self, page: StaffPage) -> None:
        super().__init__(page)
        self.page = page
        self.last: DeletedStaff | None = None
        self.action = QAction(self.tr("Delete (entered by &mistake)"), page)
        self.action.setShortcut(QKeySequence.StandardKey.Delete)
        self.action.setToolTip(
            self.tr(
                "Delete a record entered by mistake, while it has not been sent to the "
                "Secretariat (Del). You can undo it."
            )
        )
        self.action.triggered.connect(lambda _=False: self.delete_selected())
        # Del on the table only: in the search box it deletes a character.
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        page.table.addAction(self.action)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Put the deleted record back"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()

    def update(self, chosen: bool) -> None:
        self.action.setEnabled(chosen and self.page.can_edit)

    def delete_selected(self) -> None:
        row = self.page.selected()
        if row is None or not self.page.can_edit:
            return
        store, actor = self.page.context.store, self.page.context.actor()
        (
            Op(self.page, lambda: roster_delete.delete_unsent_staff(store, row.id, actor))
            .success(self._deleted)
            .failure(self._refused)
            .run()
        )

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, NotDeletable):
            report_failure(self.page, error)
            return
        messages.warn(self.page, self.why(error), self.tr("Delete"))
        self.done.emit()

    def why(self, error: NotDeletable) -> str:
        if error.reason == "sent" and error.bundle is not None:
            number, day = error.bundle
            return self.tr(
                "This record already left the office in sync bundle {0} ({1}): deleting it "
                "here would not delete it at the Secretariat. Mark the person as left instead "
                "or, on a legal request, erase them."
            ).format(number, format_day(day))
        if error.reason == "linked":
            return self.tr(
                "This record is already used elsewhere (training needs, nominations, "
                "e-learning or mentoring): %Ln entries. Remove those first, or mark the person "
                "as left.",
                "",
                sum(error.linked.values()),
            )
        if error.reason == "foreign":
            return self.tr(
                "This record was made on another installation, or before this data was restored "
                "from a backup, so it may already be at the Secretariat: mark the person as left "
                "instead or, on a legal request, erase them."
            )
        return self.tr("This record is no longer in the roster.")

    def _deleted(self, deleted: DeletedStaff) -> None:
        self.page.model.remove_row(deleted.staff_id)
        self.page._tell(
            self.tr("Deleted {0}: it had never left this office. Undo puts it back.").format(
                deleted.label
            )
        )
        self.last = deleted  # after _tell, which ends any earlier offer
        self.undo_button.show()
        self.page._update_actions()
        self.page._changed()
        self.done.emit()

    def undo(self) -> None:
        deleted = self.last
        if deleted is None:
            return
        store, actor = self.page.context.store, self.page.context.actor()

        def back(staff_id: str) -> None:
            self.last = None
            self.undo_button.hide()
            self.page._select_after_load = staff_id
            self.page.model.reload()
            self.page._tell(self.tr("{0} is back in the roster.").format(deleted.label))
            self.page._changed()
            self.done.emit()

        Op(self.page, lambda: roster_delete.undo_delete(store, deleted, actor)).success(back).run()

    def forget(self) -> None:
        """Another change was made: the undo offer ends with the message it belonged to."""
        self.last = None
        self.undo_button.hide()
