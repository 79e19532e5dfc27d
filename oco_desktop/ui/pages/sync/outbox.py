"""The Outbox tab: what the next bundle carries, saving it to a USB stick or a folder, and
sending it by email (one draft per file, opened in the system's mail program)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.services.sync import email_drafts as sync_email
from oco_desktop.services.sync import export as sync_export
from oco_desktop.services.sync import state as sync_state
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync import views as sync_views
from oco_desktop.services.sync.export import ExportResult
from oco_desktop.services.sync.state import PeerStatus
from oco_desktop.services.sync.trust import PeerView
from oco_desktop.services.sync.views import Outbox
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import sync_dialogs
from oco_desktop.ui.models.sync import labels as words
from oco_desktop.ui.models.sync.tables import COL_OUT_WHAT, OutboxModel
from oco_desktop.ui.pages.sync.common import (
    NOTICE_STYLE,
    RESULT_STYLE,
    boxed,
    fit_rows,
    heading,
    import_secretariat_card,
    make_table,
    paragraph,
)
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets import drives


@dataclass(frozen=True)
class OutboxState:
    """What the tab shows for one recipient (None: a Secretariat with no confirmed member)."""

    recipient: str | None
    peers: list[PeerView]
    outbox: Outbox | None
    peer: PeerStatus | None
    clock_days_ahead: int = 0  # this installation's stamps beyond what receivers accept


def load_outbox(context: AppContext, recipient: str | None) -> OutboxState:
    """On the worker: the peers, and for the recipient what the next bundle would carry."""
    store = context.store
    peers = sync_trust.list_peers(store)
    ahead = sync_state.clock_days_ahead(store)
    if context.member_code is not None:
        recipient = "SEC"
    else:
        trusted = [p.code for p in peers if p.status == "trusted" and p.code != "SEC"]
        if recipient not in trusted:
            recipient = trusted[0] if trusted else None
    if recipient is None:
        return OutboxState(None, peers, None, None, ahead)
    peer = sync_views.peer_status(store, recipient)
    if peer is None or peer.trust != "trusted":
        return OutboxState(recipient, peers, None, peer, ahead)
    return OutboxState(recipient, peers, sync_views.outbox(store, recipient), peer, ahead)


@dataclass(frozen=True)
class Written:
    """An export and the size of each file written (measured on the worker), and the email
    drafts made of it."""

    result: ExportResult
    sizes: list[tuple[str, int]]
    drafts: tuple[Path, ...] = ()
    to: str | None = None

    def file_lines(self, indent: str) -> str:
        return "\n".join(f"{indent}{name}  ({words.format_size(n)})" for name, n in self.sizes)


def export_and_measure(context: AppContext, folder: Path, recipient: str) -> Written:
    result = sync_export.export_bundle(context.store, folder, recipient=recipient)
    return Written(result, [(p.name, p.stat().st_size) for p in result.files])


def export_as_drafts(
    context: AppContext,
    folder: Path,
    recipient: str,
    wording: Callable[[Written], sync_email.DraftText],
) -> Written:
    """On the worker: the bundle, then one email draft per file beside it. `wording` makes the
    (translated) subjects and body from the measured export."""
    written = export_and_measure(context, folder, recipient)
    to = sync_email.secretariat_address(context.store) if recipient == "SEC" else None
    text = wording(written)
    drafts = sync_email.write_drafts(written.result, folder, text, to)
    return Written(written.result, written.sizes, tuple(drafts), to)


def draft_subjects(subject: str, count: int) -> list[str]:
    if count == 1:
        return [subject]
    part = QCoreApplication.translate("OutboxTab", "{0} (part {1} of {2})")
    return [part.format(subject, i + 1, count) for i in range(count)]


def email_text(
    sender: str, recipient: str, written: Written, signature: str, day: dt.date
) -> tuple[str, str]:
    """The subject and body of the email drafts that carry a bundle."""
    subject = QCoreApplication.translate(
        "OutboxTab", "OCO Desktop bundle {0} from {1} to {2}, {3}"
    ).format(written.result.bundle_seq, sender, recipient, words.format_day(day))
    files = written.file_lines("  - ")
    lines = [
        QCoreApplication.translate("OutboxTab", "Dear colleagues,"),
        "",
        QCoreApplication.translate(
            "OutboxTab", "Please find attached the OCO Desktop sync bundle from {0}, made on {1}:"
        ).format(sender, words.format_day(day)),
        files,
        "",
        QCoreApplication.translate(
            "OutboxTab",
            "The bundle is encrypted and signed: only {0}'s OCO Desktop can open it, and it "
            "shows whether anything was changed on the way.",
        ).format(recipient),
    ]
    if len(written.sizes) > 1:
        lines.append(
            QCoreApplication.translate(
                "OutboxTab",
                "It is in {0} parts, one an email; they can be imported in any order once all "
                "have arrived.",
            ).format(len(written.sizes))
        )
    lines += [
        QCoreApplication.translate(
            "OutboxTab",
            "Please import it (Sync page, Inbox) and send us back your receipt bundle, so "
            "that our OCO Desktop knows these changes arrived.",
        ),
        "",
        QCoreApplication.translate("OutboxTab", "Kind regards,"),
        signature,
    ]
    return subject, "\n".join(lines)


class OutboxTab(QWidget):
    loaded = Signal()
    exported = Signal(object)  # ExportResult
    drives_listed = Signal()
    changed = Signal()  # the store changed (a bundle written, a key card imported)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state: OutboxState | None = None
        self.is_secretariat = context.member_code is None
        self.last_folder: Path | None = None

        self.member_label = QLabel(self.tr("For &member:"))
        self.member_combo = QComboBox()
        self.member_combo.setAccessibleName(self.tr("Member the bundle is for"))
        self.member_label.setBuddy(self.member_combo)
        self.member_combo.activated.connect(lambda _i: self.refresh())
        chooser = QHBoxLayout()
        chooser.addWidget(self.member_label)
        chooser.addWidget(self.member_combo, 1)
        chooser.addStretch(1)
        for widget in (self.member_label, self.member_combo):
            widget.setVisible(self.is_secretariat)

        self.title = heading("")
        self.explain = paragraph()
        self.clock_notice = boxed(NOTICE_STYLE)
        self.clock_notice.setVisible(False)
        self.restamp_button = QPushButton(self.tr("Give them fresh &stamps"))
        self.restamp_button.setToolTip(
            self.tr(
                "Only changes stamped more than a day ahead of this computer's clock get new "
                "stamps; no receiver can have accepted them."
            )
        )
        self.restamp_button.clicked.connect(self.restamp)
        self.restamp_button.setVisible(False)
        self.card_notice = boxed(NOTICE_STYLE)
        self.import_card_button = QPushButton(self.tr("Import the Secretariat's &key card…"))
        self.import_card_button.clicked.connect(self.import_secretariat_card)
        self.import_card_button.setVisible(False)

        self.model = OutboxModel(self)
        self.table = make_table(self.model, self.tr("What the next bundle carries"), COL_OUT_WHAT)
        self.empty = paragraph()
        self.dates = paragraph()

        self.save_button = QPushButton(self.tr("&Save bundle to USB stick or folder…"))
        self.save_button.setToolTip(
            self.tr(
                "Write the bundle on a USB stick (or in a folder), then read it back to check it."
            )
        )
        self.drive_menu = QMenu(self)
        self.drive_menu.aboutToShow.connect(self.fill_drive_menu)
        self.save_button.setMenu(self.drive_menu)
        self.email_button = QPushButton(self.tr("Send by &email…"))
        self.email_button.setToolTip(
            self.tr(
                "Write the bundle in the outbox folder and open it as an email draft, attached "
                "and ready to send, in your mail program."
            )
        )
        self.email_button.clicked.connect(self.send_by_email)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.email_button)
        buttons.addStretch(1)

        self.result = boxed(RESULT_STYLE)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.clock_notice)
        layout.addWidget(self.restamp_button, 0)
        layout.addWidget(self.card_notice)
        layout.addWidget(self.import_card_button, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.dates)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.setTabOrder(self.member_combo, self.restamp_button)
        self.setTabOrder(self.restamp_button, self.import_card_button)
        self.setTabOrder(self.import_card_button, self.table)
        self.setTabOrder(self.table, self.save_button)
        self.setTabOrder(self.save_button, self.email_button)

    # -- loading ---------------------------------------------------------------------------

    def recipient(self) -> str | None:
        if not self.is_secretariat:
            return "SEC"
        return self.state.recipient if self.state else None

    def refresh(self) -> None:
        context = self.context
        wanted = self.member_combo.currentData() if self.is_secretariat else "SEC"
        Op(self, lambda: load_outbox(context, wanted)).success(self.show_state).run()

    def show_state(self, state: OutboxState) -> None:
        self.state = state
        names = {p.code: p.name for p in state.peers}
        if self.is_secretariat:
            self._fill_members(state)
        ready = state.outbox is not None
        self.save_button.setEnabled(ready)
        self.email_button.setEnabled(ready)
        self.table.setVisible(state.outbox is not None and state.outbox.total > 0)
        self.model.set_counts(state.outbox.rows_by_table if state.outbox else {})
        fit_rows(self.table, max_rows=8, max_width=self.fontMetrics().averageCharWidth() * 60)
        self._show_notice(state, names)
        self._show_clock(state.clock_days_ahead)
        if state.outbox is not None and state.peer is not None:
            who = names.get(state.recipient or "", state.recipient or "")
            if state.recipient == "SEC":
                who = self.tr("the OCO Secretariat")
            self.title.setText(self.tr("What the next bundle to {0} carries").format(who))
            self.explain.setText(
                self.tr(
                    "Changes made here that {0} has not acknowledged yet. They go in the next "
                    "bundle, and again in later ones until {0}'s receipt comes back, so a lost "
                    "USB stick or email loses nothing."
                ).format(who)
            )
            total = state.outbox.total
            self.empty.setVisible(total == 0)
            self.empty.setText(
                self.tr(
                    "Nothing new to send: {0} has acknowledged every change. A bundle now "
                    "carries only your receipt of what {0} sent."
                ).format(who)
            )
            self.dates.setText(
                self.tr(
                    "Unsent changes: {0} · Last bundle written: {1} · Last receipt: {2}"
                ).format(
                    total,
                    words.format_day(state.peer.last_sent),
                    words.format_day(state.peer.last_acknowledged),
                )
            )
        else:
            self.title.setText(self.tr("Outbox"))
            self.explain.setText("")
            self.empty.setVisible(False)
            self.dates.setText("")
        self.loaded.emit()

    def _fill_members(self, state: OutboxState) -> None:
        self.member_combo.blockSignals(True)
        self.member_combo.clear()
        for peer in state.peers:
            if peer.status == "trusted" and peer.code != "SEC":
                self.member_combo.addItem(f"{peer.name} ({peer.code})", peer.code)
        index = self.member_combo.findData(state.recipient)
        self.member_combo.setCurrentIndex(max(index, 0))
        self.member_combo.setEnabled(self.member_combo.count() > 0)
        self.member_combo.blockSignals(False)

    def _show_notice(self, state: OutboxState, names: dict[str, str]) -> None:
        missing_card = not self.is_secretariat and (
            state.peer is None or state.peer.trust == "revoked"
        )
        self.import_card_button.setVisible(missing_card)
        text = ""
        if missing_card:
            text = self.tr(
                "The OCO Secretariat's key card is not on this computer yet, so no bundle can "
                "be made for it. The card is a small file (ending in .card) that the "
                "Secretariat sends by email or on a USB stick: import it with the button below."
            )
        elif self.is_secretariat and state.recipient is None:
            text = self.tr(
                "No member's key is confirmed yet. A member's first bundle arrives in the "
                "Inbox; confirm its fingerprint on the Trust tab, then bundles can be made for it."
            )
        elif state.peer is not None and state.peer.trust != "trusted":
            text = self.tr(
                "The key of {0} is not confirmed: confirm its fingerprint on the Trust tab first."
            ).format(names.get(state.peer.code, state.peer.code))
        self.card_notice.setText(text)
        self.card_notice.setVisible(bool(text))

    def _show_clock(self, days: int) -> None:
        if days:
            now = dt.datetime.now()
            self.clock_notice.setText(
                self.tr(
                    "Changes made on this computer are stamped up to %n days ahead of its "
                    "clock: the clock was set ahead when they were made. Bundles that carry them "
                    "are refused. This computer's clock now says {0}, {1}. If that is right, give "
                    "those changes fresh stamps, then save the bundle again. If it is wrong, set "
                    "the right date and time first.",
                    "",
                    days,
                ).format(words.format_day(now), now.strftime("%H:%M"))
            )
        self.clock_notice.setVisible(bool(days))
        self.restamp_button.setVisible(bool(days))

    def restamp(self) -> None:
        store = self.context.store
        Op(self, lambda: sync_state.repair_clock(store)).success(self._restamped).run()

    def _restamped(self, count: int) -> None:
        self.result.setText(
            self.tr(
                "%n changes got fresh stamps from this computer's clock. Bundles saved from "
                "now on are accepted.",
                "",
                count,
            )
        )
        self.result.setVisible(True)
        self.changed.emit()
        self.refresh()

    # -- saving ----------------------------------------------------------------------------

    def fill_drive_menu(self) -> None:
        """Rebuilt each time it opens, so a stick plugged in a moment ago is listed. Looking
        at drives can block (a sleeping network drive on Windows), so it runs on the worker
        and the menu fills in when it answers."""
        self._show_drives(None)
        exclude = self.context.paths.root
        (
            Op(self, lambda: drives.removable_drives(exclude=exclude))
            .success(self._show_drives)
            .failure(lambda _exc: self._show_drives([]))
            .run()
        )

    def _show_drives(self, found: list[drives.Drive] | None) -> None:
        self.drive_menu.clear()
        for drive in found or []:
            text = self.tr("{0} — {1} free").format(drive.label, words.format_size(drive.free))
            action = self.drive_menu.addAction(text)
            action.triggered.connect(lambda _=False, d=drive: self.save_to(d.root, d.label))
        if not found:
            waiting = self.tr("Looking for USB sticks…")
            missing = self.tr("No USB stick found: plug one in and open this menu again")
            self.drive_menu.addAction(waiting if found is None else missing).setEnabled(False)
        self.drive_menu.addSeparator()
        other = self.drive_menu.addAction(self.tr("Choose another &folder…"))
        other.triggered.connect(self.save_to_chosen_folder)
        if found is not None:
            self.drives_listed.emit()

    def save_to_chosen_folder(self) -> None:
        start = self.last_folder or Path.home()
        folder = sync_dialogs.choose_folder(self, start)
        if folder is not None:
            self.last_folder = folder
            self.save_to(folder, str(folder))

    def save_to(self, folder: Path, where: str) -> None:
        self._export(folder, lambda result: self._saved(result, where))

    def send_by_email(self) -> None:
        day = dt.date.today()
        folder = self.context.paths.outbox / day.isoformat()
        context, recipient = self.context, self.recipient()
        if recipient is None:
            return
        sender, recipient_name, signature = self._email_parties(recipient)

        def wording(written: Written) -> sync_email.DraftText:
            subject, body = email_text(sender, recipient_name, written, signature, day)
            return sync_email.DraftText(draft_subjects(subject, len(written.sizes)), body)

        self._export(
            folder,
            lambda result: self._drafted(result, folder),
            lambda: export_as_drafts(context, folder, recipient, wording),
        )

    def _export(
        self,
        folder: Path,
        done: Callable[[Written], None],
        work: Callable[[], Written] | None = None,
    ) -> None:
        context, recipient = self.context, self.recipient()
        if recipient is None:
            return
        label = self.tr(
            "Writing the bundle in {0} and reading it back to check it…\n"
            "This cannot be stopped halfway: the bundle is written completely or not at all."
        ).format(folder)
        self.result.setVisible(False)
        (
            Op(self, work or (lambda: export_and_measure(context, folder, recipient)))
            .with_progress(label)
            .success(done)
            .run()
        )

    def _carried(self, result: ExportResult) -> str:
        if not result.counts:
            return self.tr("It carries no changes, only your receipt of what arrived.")
        return self.tr("It carries: {0}.").format(words.rows_summary(result.counts, limit=7))

    def _saved(self, written: Written, where: str) -> None:
        result = written.result
        self.result.setText(
            self.tr(
                "Bundle {0} was written to {1} and read back: it is complete.\n{2}\n{3}\n"
                "Before you unplug a USB stick, use “Safely remove” (Eject) so it is not "
                "damaged."
            ).format(result.bundle_seq, where, written.file_lines("   "), self._carried(result))
        )
        self.result.setVisible(True)
        self._after_export(result)

    def _email_parties(self, recipient: str) -> tuple[str, str, str]:
        """Who sends, who receives (as the email names them) and the signature."""
        info = self.context.info
        sender = (
            self.context.member_name if not self.is_secretariat else self.tr("the OCO Secretariat")
        )
        names = {p.code: p.name for p in (self.state.peers if self.state else [])}
        recipient_name = (
            self.tr("the OCO Secretariat")
            if recipient == "SEC"
            else names.get(recipient, recipient)
        )
        signature = ", ".join(
            part for part in (info.focal_point, info.office_name, self.context.member_name) if part
        )
        return sender, recipient_name, signature

    def _drafted(self, written: Written, folder: Path) -> None:
        result = written.result
        opened = all(
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft))) for draft in written.drafts
        )
        if not opened:
            sync_dialogs.open_folder(folder)
        count = len(written.drafts)
        if opened and count == 1:
            where = self.tr(
                "Your mail program opened it as an email draft with the file attached: check "
                "the address and press Send."
            )
        elif opened:
            where = self.tr(
                "Your mail program opened {0} email drafts, one a part, each with its file "
                "attached: check the address and press Send in each."
            ).format(count)
        else:
            where = self.tr(
                "No mail program opened the drafts: double-click each file ending in .eml in "
                "that folder, or attach the %n bundle files to emails yourself.",
                "",
                count,
            )
        if written.to:
            to = self.tr("It is addressed to {0}.").format(written.to)
        else:
            to = self.tr(
                "No email address for the Secretariat is known yet: type it in the To field."
            )
        self.result.setText(
            self.tr("Bundle {0} is ready to send by email, in {1}:\n{2}\n{3}\n{4} {5}")
            .format(
                result.bundle_seq,
                folder,
                written.file_lines("   "),
                self._carried(result),
                where,
                to if result.recipient == "SEC" else "",
            )
            .strip()
        )
        self.result.setVisible(True)
        self._after_export(result)

    def _after_export(self, result: ExportResult) -> None:
        self.exported.emit(result)
        self.changed.emit()

    # -- the Secretariat's card ------------------------------------------------------------

    def import_secretariat_card(self) -> None:
        import_secretariat_card(self, self.context, self.changed.emit)
