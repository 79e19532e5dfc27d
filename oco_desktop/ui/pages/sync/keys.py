"""The Trust tab: the peers and their key fingerprints, confirming or revoking one, and this
computer's own key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.import_ import BundleImportResult
from oco_desktop.services.sync.state import me
from oco_desktop.services.sync.trust import PeerView
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages, sync_dialogs
from oco_desktop.ui.models.sync.tables import COL_PEER_NAME, PeersModel
from oco_desktop.ui.pages.sync.common import (
    changes_sentence,
    fingerprint_label,
    fit_rows,
    import_member_key,
    import_secretariat_card,
    make_table,
    paragraph,
    peer_name,
    selected_rows,
)
from oco_desktop.ui.tasks import Op


@dataclass(frozen=True)
class Confirmed:
    peer: PeerView
    released: list[BundleImportResult]
    refusal: str | None


@dataclass(frozen=True)
class KeysState:
    peers: list[PeerView]
    own_code: str
    own_name: str
    own_fingerprint: str


def load_keys(context: AppContext) -> KeysState:
    site = me(context.store)
    card = site.keys.card()
    # The name in the user's language, not the card's (written once, in English).
    return KeysState(
        sync_trust.list_peers(context.store), site.site, context.member_name, card.fingerprint
    )


def trust_and_release(context: AppContext, code: str, fingerprint: str) -> Confirmed:
    """On the worker: confirm the key (refused if the fingerprint differs), then merge the
    bundles that waited in quarantine (one that fails its full check is refused alone)."""
    peer = sync_trust.trust(context.store, code, fingerprint)
    released = sync_import.release_quarantine(context.store, peer.code)
    refused = [r.reason for r in released if r.status == "refused"]
    return Confirmed(peer, released, "; ".join(refused) or None)


def confirm_fingerprint(
    parent: QWidget, context: AppContext, code: str, name: str, done: Callable[[], None]
) -> None:
    """Ask for the fingerprint read by phone, confirm it, merge what waited, and say so."""
    store = context.store
    typed = sync_dialogs.ask_fingerprint(
        parent, code, name, lambda text: sync_trust.fingerprint_matches_peer(store, code, text)
    )
    if typed is None:
        return

    def confirmed(outcome: Confirmed) -> None:
        who = peer_name(outcome.peer.code, {outcome.peer.code: outcome.peer.name})
        lines = [QCoreApplication.translate("TrustTab", "The key of {0} is confirmed.").format(who)]
        merged = [r for r in outcome.released if r.status == "applied"]
        if merged:
            # tr() on the class (which the stubs do not know) gives lupdate the %Ln plural forms
            lines.append(
                TrustTab.tr("%Ln bundles that waited in quarantine were imported:", "", len(merged))  # type: ignore[arg-type]
            )
            lines += [changes_sentence(r.counts, dry_run=False) for r in merged]
        elif not outcome.refusal:
            lines.append(
                QCoreApplication.translate(
                    "TrustTab", "No bundle from it was waiting in quarantine."
                )
            )
        if outcome.refusal:
            lines.append(
                QCoreApplication.translate(
                    "TrustTab", "A bundle that waited could not be imported: {0}."
                ).format(outcome.refusal)
            )
        messages.inform(
            parent,
            "\n".join(lines),
            QCoreApplication.translate("TrustTab", "Fingerprint confirmed"),
        )
        done()

    (
        Op(parent, lambda: trust_and_release(context, code, typed))
        .with_progress(
            QCoreApplication.translate(
                "TrustTab",
                "Confirming the key and importing the bundles that waited…\n"
                "A bundle is merged completely or not at all; this cannot be stopped halfway.",
            )
        )
        .success(confirmed)
        .run()
    )


class TrustTab(QWidget):
    loaded = Signal()
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state: KeysState | None = None
        member = context.member_code is not None

        peers_box = QGroupBox(self.tr("Keys of the other side"))
        self.explain = paragraph(
            self.tr(
                "The Secretariat's key lets this computer make bundles only the Secretariat can "
                "open, and check that its bundles really come from it."
            )
            if member
            else self.tr(
                "A member's key arrives with its first bundle. Its bundles wait in quarantine "
                "until you confirm the fingerprint with the member's HR focal point by phone."
            )
        )
        self.model = PeersModel(self)
        self.table = make_table(self.model, self.tr("Peers and their keys"), COL_PEER_NAME)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.selected_title = paragraph()
        self.selected_fingerprint = fingerprint_label()
        self.confirm_button = QPushButton(self.tr("&Confirm fingerprint…"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.revoke_button = QPushButton(self.tr("R&evoke…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.card_button = QPushButton(
            self.tr("Import the Secretariat's &key card…")
            if member
            else self.tr("Import a member's &key card…")
        )
        self.card_button.clicked.connect(self.import_card)
        self.reenrol_button = QPushButton(self.tr("Re-e&nrol…"))
        self.reenrol_button.setToolTip(
            self.tr(
                "Replace this member's key with a new one (a new computer, or a wrong first "
                "contact), from its new key card or a bundle it sent, after the fingerprint "
                "check by phone."
            )
        )
        self.reenrol_button.clicked.connect(self.reenrol_selected)
        self.reenrol_button.setVisible(not member)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.reenrol_button)
        buttons.addWidget(self.card_button)
        buttons.addStretch(1)
        peers = QVBoxLayout(peers_box)
        peers.addWidget(self.explain)
        peers.addWidget(self.table)
        peers.addWidget(self.selected_title)
        peers.addWidget(self.selected_fingerprint)
        peers.addLayout(buttons)

        own_box = QGroupBox(self.tr("This computer's key"))
        self.own_title = paragraph()
        self.own_fingerprint = fingerprint_label()
        self.own_fingerprint.setAccessibleName(self.tr("This computer's fingerprint"))
        self.export_button = QPushButton(self.tr("E&xport my key card…"))
        self.export_button.clicked.connect(self.export_card)
        own = QVBoxLayout(own_box)
        own.addWidget(self.own_title)
        own.addWidget(self.own_fingerprint)
        own_row = QHBoxLayout()
        own_row.addWidget(self.export_button)
        own_row.addStretch(1)
        own.addLayout(own_row)

        layout = QVBoxLayout(self)
        layout.addWidget(peers_box)
        layout.addWidget(own_box)
        layout.addStretch(1)
        self._selection_changed()

    def refresh(self) -> None:
        context = self.context
        Op(self, lambda: load_keys(context)).success(self.show_state).run()

    def show_state(self, state: KeysState) -> None:
        selected = self.selected_peer()
        self.state = state
        self.model.set_rows(state.peers)
        fit_rows(self.table, max_rows=8)
        if selected is not None:
            self.select(selected.code)
        elif state.peers:
            self.table.selectRow(0)  # its fingerprint is shown large at once
        self.own_title.setText(
            self.tr(
                "{0} ({1}). When the other side confirms your key, read them this fingerprint "
                "by phone:"
            ).format(state.own_name, state.own_code)
        )
        self.own_fingerprint.setText(state.own_fingerprint)
        self._selection_changed()
        self.loaded.emit()

    def select(self, code: str) -> None:
        for row, peer in enumerate(self.model.rows()):
            if peer.code == code:
                self.table.selectRow(row)
                return

    def selected_peer(self) -> PeerView | None:
        chosen = selected_rows(self.table)
        return chosen[0] if chosen else None  # type: ignore[return-value]

    def _selection_changed(self, *_: object) -> None:
        peer = self.selected_peer()
        self.confirm_button.setEnabled(peer is not None and peer.status == "pending")
        self.revoke_button.setEnabled(peer is not None and peer.status != "revoked")
        self.reenrol_button.setEnabled(peer is not None)
        if peer is None:
            self.selected_title.setText(
                self.tr("Choose a peer in the list to see its fingerprint.")
                if self.model.rowCount()
                else self.tr("No keys yet.")
            )
            self.selected_fingerprint.setText("")
            return
        who = peer_name(peer.code, {peer.code: peer.name})
        if peer.status != "trusted":
            # An unconfirmed key's fingerprint is the sender's own claim: shown here, it would
            # be the answer to the phone check.
            self.selected_title.setText(
                self.tr(
                    "The key of {0} is not confirmed. Ask its HR focal point by phone to read "
                    "their fingerprint, and type it with Confirm fingerprint."
                ).format(who)
                if peer.status == "pending"
                else self.tr(
                    "The key of {0} is revoked. If it has a new key, use Re-enrol."
                ).format(who)
            )
            self.selected_fingerprint.setText("")
            self.selected_fingerprint.setVisible(False)
            return
        self.selected_title.setText(self.tr("Fingerprint of {0}:").format(who))
        self.selected_fingerprint.setVisible(True)
        self.selected_fingerprint.setText(peer.fingerprint)
        self.selected_fingerprint.setAccessibleName(self.tr("Fingerprint of {0}").format(peer.code))

    # -- actions ---------------------------------------------------------------------------

    def confirm_selected(self) -> None:
        peer = self.selected_peer()
        if peer is not None:
            confirm_fingerprint(self, self.context, peer.code, peer.name, self.changed.emit)

    def import_card(self) -> None:
        if self.context.member_code is not None:
            import_secretariat_card(self, self.context, self.changed.emit)
        else:
            import_member_key(self, self.context, self.changed.emit)

    def reenrol_selected(self) -> None:
        peer = self.selected_peer()
        if peer is not None:
            import_member_key(self, self.context, self.changed.emit, code=peer.code)

    def revoke_selected(self) -> None:
        peer = self.selected_peer()
        if peer is None:
            return
        who = peer_name(peer.code, {peer.code: peer.name})
        question = self.tr(
            "Revoke the key of {0}?\n\nIts bundles will be refused, and no bundle can be made "
            "for it, until you confirm its fingerprint again. Do this only if its computer or "
            "key card was lost or stolen."
        ).format(who)
        if not messages.confirm(self, question, self.tr("R&evoke")):
            return
        store = self.context.store

        def revoked(view: PeerView) -> None:
            messages.inform(self, self.tr("The key of {0} is revoked.").format(who))
            self.changed.emit()

        Op(self, lambda: sync_trust.revoke(store, peer.code)).success(revoked).run()

    def export_card(self) -> None:
        code = self.state.own_code if self.state else "site"
        suggested = Path.home() / f"OCO_key_card_{code}.card"
        target = sync_dialogs.choose_card_target(self, suggested)
        if target is None:
            return
        store = self.context.store

        def written(card: object) -> None:
            messages.inform(
                self,
                self.tr(
                    "This computer's key card was written to {0}. Send it to the other side; "
                    "they confirm it with the fingerprint {1}."
                ).format(target, card.fingerprint),  # type: ignore[attr-defined]
            )

        Op(self, lambda: sync_trust.export_card(store, target)).success(written).run()
