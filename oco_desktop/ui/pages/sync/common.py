"""Small pieces the tabs of the Sync page share: tables, notices, sentences about bundles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QTableView,
    QWidget,
)

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import re_enrol as sync_re_enrol
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.import_ import BundleImportResult
from oco_desktop.services.sync.trust import PeerView
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import messages, sync_dialogs
from oco_desktop.ui.i18n import format_number
from oco_desktop.ui.models.sync import labels as words
from oco_desktop.ui.models.sync.tables import RowsModel, monospace
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets.fit import fit_columns

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store
    from oco_desktop.sync import keys

NOTICE_STYLE = "QLabel { background: #fff4d6; color: #000000; border: 1px solid #e0b252; }"
RESULT_STYLE = "QLabel { background: #e6f4ea; color: #000000; border: 1px solid #7fb08a; }"
REFUSED_STYLE = "QLabel { background: #fde7e9; color: #000000; border: 1px solid #d98c94; }"


class SyncCounts(QObject):
    """The context of the counted sentences below: lupdate gives a plural form to ClassName.tr
    with a count, never to QCoreApplication.translate."""


def make_table(
    model: RowsModel, name: str, stretch: int | None = None, *, multi: bool = False
) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    fit_columns(view, stretch)
    return view


def fit_rows(view: QTableView, max_rows: int = 10, max_width: int | None = None) -> None:
    """As tall as its rows (up to `max_rows`, then it scrolls): no big empty white box."""
    rows = max(1, min(view.model().rowCount(), max_rows))
    height = view.horizontalHeader().sizeHint().height()
    height += rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth()
    view.setFixedHeight(height)
    if max_width is not None:
        view.setMaximumWidth(max_width)


def selected_rows(view: QTableView) -> list[object]:
    model = view.model()
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [model.row_object(row) for row in rows]  # type: ignore[attr-defined]


def paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def boxed(style: str) -> QLabel:
    """A coloured frame for a notice or a result, hidden until it has something to say."""
    label = paragraph()
    label.setStyleSheet(style)
    label.setMargin(8)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setVisible(False)
    return label


def fingerprint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setFont(monospace(1.5, bold=True))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def peer_name(code: str | None, names: dict[str, str]) -> str:
    """ "Tonga (TO)", "the OCO Secretariat" or the bare code."""
    if code == "SEC":
        return QCoreApplication.translate("SyncPage", "the OCO Secretariat")
    if code is None:
        return QCoreApplication.translate("SyncPage", "an unknown sender")
    name = names.get(code)
    return f"{name} ({code})" if name and name != code else code


def changes_sentence(counts: dict[str, dict[str, int]], *, dry_run: bool) -> str:
    total = {k: sum(c.get(k, 0) for c in counts.values()) for k in ("created", "updated")}
    deleted = sum(c.get("deleted", 0) for c in counts.values())
    unchanged = sum(c.get("unchanged", 0) for c in counts.values())
    if dry_run:
        text = QCoreApplication.translate(
            "SyncPage",
            "Rows that would be added: {0}, changed: {1}, deleted: {2}; already the same: {3}.",
        )
    else:
        text = QCoreApplication.translate(
            "SyncPage", "Rows added: {0}, changed: {1}, deleted: {2}; already the same: {3}."
        )
    figures = (total["created"], total["updated"], deleted, unchanged)
    return text.format(*(format_number(n) for n in figures))


def result_sentences(
    result: BundleImportResult, names: dict[str, str], *, dry_run: bool
) -> list[str]:
    """What one bundle did (or would do), in the officer's words."""
    sender = peer_name(result.sender, names)
    if result.status == "already_imported":
        when = words.format_day(result.first_imported_at)
        return [
            QCoreApplication.translate(
                "SyncPage", "From {0}: this bundle was already imported on {1}; nothing changes."
            ).format(sender, when)
        ]
    if result.status == "quarantined":
        return [
            QCoreApplication.translate(
                "SyncPage",
                "From {0}: its key is not confirmed yet, so the bundle is checked and kept "
                "aside, not merged.",
            ).format(sender),
            QCoreApplication.translate(
                "SyncPage",
                "Call {0}'s HR focal point on a number you already know and ask them to read "
                "the fingerprint on their Sync page. Type it with Confirm fingerprint (Trust "
                "or Quarantine tab): if it matches, the bundle is merged at once.",
            ).format(result.sender),
        ]
    receipt = receipt_words(result.acknowledges)
    changed = any(
        c.get(k, 0) for c in result.counts.values() for k in ("created", "updated", "deleted")
    )
    # Rows parked from an earlier bundle that their sender may no longer write: never applied,
    # and the officer is told (the services word them in the user's language).
    dropped = [line[:1].upper() + line[1:] + "." for line in result.discarded]
    if receipt and not changed:
        return [
            QCoreApplication.translate(
                "SyncPage", "The receipt from {0} for {1}; nothing else changes."
            ).format(sender, receipt),
            *dropped,
        ]
    lines = [
        QCoreApplication.translate("SyncPage", "From {0}: {1}").format(
            sender, changes_sentence(result.counts, dry_run=dry_run)
        )
    ]
    if receipt:
        lines.append(
            QCoreApplication.translate(
                "SyncPage", "This bundle is also the receipt for {0}."
            ).format(receipt)
        )
    # The stubs type tr() as an instance method; PySide6 also takes it on the class, which is
    # what lupdate needs to give a %Ln sentence its plural forms (hence the ignores).
    if result.conflicts:
        lines.append(
            SyncCounts.tr(
                "%Ln edits were made on both sides; the newer is kept and the other goes to the "  # type: ignore[arg-type]
                "conflict report.",
                "",
                result.conflicts,  # type: ignore[arg-type]
            )
        )
    if result.parked:
        lines.append(
            SyncCounts.tr(
                "%Ln rows wait for a record they belong to, which has not arrived yet.",  # type: ignore[arg-type]
                "",
                result.parked,  # type: ignore[arg-type]
            )
        )
    for number in result.possible_duplicates:
        lines.append(
            QCoreApplication.translate(
                "SyncPage", "Staff number {0} is used by two different people."
            ).format(number)
        )
    return lines + dropped


def receipt_words(numbers: list[int]) -> str:
    """'your bundles 12 to 14', 'your bundle 12', or '' for none."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return QCoreApplication.translate("SyncPage", "your bundle {0}").format(numbers[0])
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return QCoreApplication.translate("SyncPage", "your bundles {0} to {1}").format(
            numbers[0], numbers[-1]
        )
    return QCoreApplication.translate("SyncPage", "your bundles {0}").format(
        ", ".join(str(n) for n in numbers)
    )


def files_label(files: list[Path]) -> str:
    if len(files) == 1:
        return files[0].name
    return QCoreApplication.translate("SyncPage", "{0} parts ({1}…)").format(
        len(files), files[0].name
    )


def refused_sentence(files: list[Path], message: str) -> str:
    text = message.strip().rstrip(".")
    text = text[:1].upper() + text[1:]
    return QCoreApplication.translate(
        "SyncPage", "{0} was refused: {1}. Nothing was changed."
    ).format(files_label(files), text)


def import_secretariat_card(parent: QWidget, context: AppContext, done: Callable[[], None]) -> None:
    """A member chooses the Secretariat's key card file. The first one is trusted (the officer
    chose the file, as at set-up); one that would replace a registered key is a re-key."""
    chosen = sync_dialogs.choose_card_file(parent, Path.home())
    if chosen is not None:
        import_key_file(parent, context, chosen, done)


def import_member_key(
    parent: QWidget, context: AppContext, done: Callable[[], None], code: str | None = None
) -> None:
    """The Secretariat imports a member's key card, or re-enrols a member (`code`) from its
    new card or a bundle it sent: both need the fingerprint read by phone and typed."""
    chosen = sync_dialogs.choose_key_file(parent, Path.home(), bundles=True)
    if chosen is not None:
        import_key_file(parent, context, chosen, done, expected_code=code)


def install_and_release(
    store: Store, card: keys.PublicCard, typed: str | None, source: str
) -> sync_trust.KeyChange:
    """On the worker: register the key; once it is trusted, what waited in quarantine is
    imported (each bundle checked in full, one refused alone)."""
    change = sync_trust.install_key(
        store, card, fingerprint=typed, replace=typed is not None, source=source
    )
    if change.peer.status == "trusted" and not change.unchanged:
        sync_import.release_quarantine(store, change.peer.code)
    return change


def import_key_file(
    parent: QWidget,
    context: AppContext,
    chosen: Path,
    done: Callable[[], None],
    *,
    expected_code: str | None = None,
) -> None:
    store = context.store

    def read() -> tuple[keys.PublicCard, PeerView | None]:
        card = sync_re_enrol.read_candidate(store, chosen)
        if expected_code is not None and card.site != expected_code:
            raise InvalidInput(
                QCoreApplication.translate(
                    "SyncPage", "This file holds the key of {0}, not of {1}."
                ).format(card.site, expected_code)
            )
        sync_trust.check_role(store, card)
        return card, sync_trust.registered(store, card.site)

    def loaded(found: tuple[keys.PublicCard, PeerView | None]) -> None:
        card, peer = found
        who = peer_name(card.site, {card.site: peer.name if peer else card.name})
        if peer is None and context.member_code is not None:
            install(card, None)
            return
        if peer is not None and peer.fingerprint == card.fingerprint and peer.status == "trusted":
            messages.inform(
                parent,
                QCoreApplication.translate(
                    "SyncPage", "This key of {0} is already the confirmed one; nothing changed."
                ).format(who),
            )
            return
        replacing = peer is not None and peer.fingerprint != card.fingerprint
        typed = sync_dialogs.ask_fingerprint(
            parent,
            card.site,
            peer.name if peer else card.name,
            lambda text: sync_trust.fingerprint_matches(card, text),
            peer.fingerprint if replacing and peer is not None else None,
        )
        if typed is not None:
            install(card, typed)

    def install(card: keys.PublicCard, typed: str | None) -> None:
        source = QCoreApplication.translate("SyncPage", "window: {0}").format(chosen.name)
        (
            Op(
                parent,
                lambda: install_and_release(store, card, typed, source),
            )
            .success(installed)
            .run()
        )

    def installed(change: sync_trust.KeyChange) -> None:
        peer = change.peer
        who = peer_name(peer.code, {peer.code: peer.name})
        if change.replaced:
            text = QCoreApplication.translate(
                "SyncPage",
                "The key of {0} was replaced. Old fingerprint: {1}. New fingerprint, as you "
                "typed it: {2}. The old key is kept in the history.",
            ).format(who, change.replaced, peer.fingerprint)
        elif peer.code == "SEC":
            text = QCoreApplication.translate(
                "SyncPage",
                "The OCO Secretariat's key card is imported (fingerprint {0}). Bundles can now "
                "be made for the Secretariat.",
            ).format(peer.fingerprint)
        else:
            text = QCoreApplication.translate("SyncPage", "The key of {0} is confirmed.").format(
                who
            )
        messages.inform(parent, text)
        done()

    Op(parent, read).success(loaded).run()
