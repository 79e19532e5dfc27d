"""The Sync page on a member installation: outbox, saving a bundle, email, key card, history."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
import sys
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from sync_world import add_staff, make_world

from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import sync_dialogs
from oco_desktop.ui.models.sync import labels as sync_labels
from oco_desktop.ui.models.sync.tables import (
    COL_HIST_DIRECTION,
    COL_HIST_PEER,
    COL_HIST_ROWS,
    COL_HIST_STATUS,
    COL_OUT_ROWS,
    COL_OUT_WHAT,
    BundleHistoryModel,
    OutboxModel,
)
from oco_desktop.ui.pages.sync.page import SyncPage
from oco_desktop.ui.widgets import drives
from oco_desktop.ui.widgets.drives import Drive


@pytest.fixture
def world(tmp_path):
    built = make_world(tmp_path)
    yield built
    built.close()


@pytest.fixture
def no_drives(monkeypatch):
    monkeypatch.setattr(drives, "removable_drives", lambda exclude=None: [])


def open_page(qtbot, store) -> SyncPage:
    page = SyncPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignals([page.outbox.loaded, page.history.loaded, page.trust.loaded]):
        page.refresh()
    return page


def table_rows(model) -> list[dict[int, str]]:
    return [
        {c: model.index(r, c).data() for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]


def outbox_counts(page: SyncPage) -> dict[str, str]:
    return {row[COL_OUT_WHAT]: row[COL_OUT_ROWS] for row in table_rows(page.outbox.model)}


def list_drives(qtbot, page: SyncPage) -> None:
    with qtbot.waitSignal(page.outbox.drives_listed, timeout=20000):
        page.outbox.fill_drive_menu()


def menu_action(page: SyncPage, text: str):
    for action in page.outbox.drive_menu.actions():
        if action.text() == text:
            return action
    raise AssertionError(f"no {text!r} in {[a.text() for a in page.outbox.drive_menu.actions()]}")


def test_member_outbox_shows_the_unsent_staff(qtbot, world):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 7)

    page = open_page(qtbot, tonga)

    assert outbox_counts(page) == {"Positions": "1", "Staff": "7"}
    assert page.outbox.title.text() == "What the next bundle to the OCO Secretariat carries"
    assert page.outbox.save_button.isEnabled() and page.outbox.email_button.isEnabled()
    assert not page.outbox.card_notice.isVisible()
    assert not page.outbox.member_combo.isVisible()  # a member sends to the Secretariat only
    assert page.outbox.dates.text().startswith("Unsent changes: 8 · Last bundle written: ")
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Outbox",
        "In&box",
        "Histor&y",
        "&Trust",
    ]


def test_changes_stamped_ahead_of_the_clock_are_told_and_given_fresh_stamps(qtbot, world):
    """A clock that ran ahead (then was put right) leaves stamps every receiver refuses: the
    Outbox says so before any bundle is refused, and one click gives them fresh stamps."""
    from oco_desktop.domain import hlc
    from oco_desktop.services.sync.state import clock_days_ahead

    tonga = world.enrol("TO")
    with tonga.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE sync_clock SET hlc = ?", (hlc.pack(hlc.now_ms() + 40 * 86_400_000),)
        )
    add_staff(tonga, "TO", 2)  # stamped 40 days ahead

    page = open_page(qtbot, tonga)
    outbox = page.outbox
    assert outbox.clock_notice.isVisible() and outbox.restamp_button.isVisible()
    said = outbox.clock_notice.text()
    assert said.startswith("Changes made on this computer are stamped up to 40 days ahead")
    assert sync_labels.format_day(dt.datetime.now()) in said

    with qtbot.waitSignal(outbox.loaded, timeout=20000):
        qtbot.mouseClick(outbox.restamp_button, Qt.MouseButton.LeftButton)

    restamped = re.match(
        r"(\d+) changes got fresh stamps from this computer's clock\.", said := outbox.result.text()
    )
    assert restamped and int(restamped[1]) >= 2, said  # each staff record's field groups
    assert not outbox.clock_notice.isVisible() and not outbox.restamp_button.isVisible()
    assert clock_days_ahead(tonga) == 0


def test_save_bundle_to_a_chosen_folder_writes_it_and_the_history_shows_it(
    qtbot, world, monkeypatch, no_drives
):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 3)
    stick = world.root / "stick"
    asked = []
    monkeypatch.setattr(
        sync_dialogs, "choose_folder", lambda _parent, start: asked.append(start) or stick
    )
    page = open_page(qtbot, tonga)
    page.outbox.fill_drive_menu()
    assert page.outbox.drive_menu.actions()[0].text() == "Looking for USB sticks…"
    list_drives(qtbot, page)
    [none, _separator, other] = page.outbox.drive_menu.actions()
    assert none.text() == "No USB stick found: plug one in and open this menu again"
    assert not none.isEnabled() and other.text() == "Choose another &folder…"

    with qtbot.waitSignal(page.outbox.exported, timeout=20000) as written:
        menu_action(page, "Choose another &folder…").trigger()

    result = written.args[0]
    [bundle] = list(stick.glob("*.ocob"))
    assert result.files == [bundle] and bundle.name.startswith("OCO_TO-to-SEC_")
    said = page.outbox.result.text()
    assert said.startswith(f"Bundle {result.bundle_seq} was written to {stick} and read back")
    assert bundle.name in said and "Staff 3" in said
    assert page.outbox.result.isVisible()

    with qtbot.waitSignal(page.history.loaded, timeout=20000):
        pass  # the export reloads every tab
    model = page.history.model
    [row] = [
        r for r in range(model.rowCount()) if model.row_object(r).bundle_id == result.bundle_id
    ]
    shown = table_rows(model)[row]
    assert shown[COL_HIST_DIRECTION] == "Sent"
    assert shown[COL_HIST_PEER] == "OCO Secretariat"
    assert shown[COL_HIST_STATUS] == "Written, waiting for receipt"
    assert shown[COL_HIST_ROWS] == "Staff 3, Positions 1"


def test_the_drive_menu_offers_removable_drives_with_their_free_space(qtbot, world, monkeypatch):
    tonga = world.enrol("TO")
    stick = world.root / "E"
    stick.mkdir()
    monkeypatch.setattr(
        drives, "removable_drives", lambda exclude=None: [Drive(stick, "KINGSTON", 14_000_000_000)]
    )
    page = open_page(qtbot, tonga)
    list_drives(qtbot, page)

    action = menu_action(page, f"KINGSTON ({stick}) — 14.0 GB free")
    with qtbot.waitSignal(page.outbox.exported, timeout=20000):
        action.trigger()

    assert len(list(stick.glob("OCO_TO-to-SEC_*.ocob"))) == 1
    assert f"written to KINGSTON ({stick})" in page.outbox.result.text()


def test_send_by_email_writes_a_draft_with_the_bundle_and_opens_it(qtbot, world, monkeypatch):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 2)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = open_page(qtbot, tonga)
    assert page.outbox.email_button.text() == "Send by &email…"

    with qtbot.waitSignal(page.outbox.exported, timeout=20000) as written:
        page.outbox.email_button.click()

    today = dt.date.today()
    folder = page.context.paths.outbox / today.isoformat()
    [bundle] = written.args[0].files
    assert bundle.parent == folder and bundle.suffix == ".ocob"
    draft = folder / f"{bundle.stem}.eml"
    assert [u.toLocalFile() for u in opened] == [str(draft)]
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    day = sync_labels.format_day(today)
    seq = written.args[0].bundle_seq
    assert message["Subject"] == (
        f"OCO Desktop bundle {seq} from Tonga to the OCO Secretariat, {day}"
    )
    [attached] = message.iter_attachments()
    assert attached.get_filename() == bundle.name
    assert attached.get_content() == bundle.read_bytes()
    text = message.get_body(("plain",)).get_content()
    assert bundle.name in text and "encrypted and signed" in text
    assert "send us back your receipt bundle" in text
    assert "Mele Tupou" in text  # signed by the focal point
    said = page.outbox.result.text()
    assert "opened it as an email draft with the file attached" in said
    assert "type it in the To field" in said  # no address published yet


def test_send_by_email_without_a_mail_program_opens_the_folder(qtbot, world, monkeypatch):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 1)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) and False)
    page = open_page(qtbot, tonga)

    with qtbot.waitSignal(page.outbox.exported, timeout=20000):
        page.outbox.email_button.click()

    folder = page.context.paths.outbox / dt.date.today().isoformat()
    assert opened[-1].toLocalFile() == str(folder)
    assert "No mail program opened the draft" in page.outbox.result.text()


def test_a_member_without_the_secretariats_card_is_offered_to_import_it(
    qtbot, world, monkeypatch, said
):
    fiji = world.new_member("FJ", with_card=False)
    page = open_page(qtbot, fiji)

    assert page.outbox.card_notice.isVisible()
    assert "key card is not on this computer" in page.outbox.card_notice.text()
    assert page.outbox.import_card_button.isVisible()
    assert not page.outbox.save_button.isEnabled() and not page.outbox.email_button.isEnabled()
    assert page.status_label is None  # no status bar attached to a bare page

    monkeypatch.setattr(sync_dialogs, "choose_card_file", lambda _parent, _start: world.card)
    with qtbot.waitSignal(page.outbox.loaded, timeout=20000):
        page.outbox.import_card_button.click()

    assert said.infos and said.infos[0].startswith("The OCO Secretariat's key card is imported")
    assert page.outbox.save_button.isEnabled()
    assert not page.outbox.card_notice.isVisible()


def test_the_status_bar_tells_unsent_changes_and_dates(qtbot, world, make_window):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 4)
    window = make_window(tonga)
    page = window.page("sync")
    label = window.status.fact("sync")

    qtbot.waitUntil(lambda: label.text().startswith("Unsent changes: 5 · "), timeout=20000)
    assert "Last sent: " in label.text() and "Last acknowledged: " in label.text()
    assert "never" not in label.text().split("Last acknowledged: ")[1]  # the receipt came

    folder = world.root / "stick"
    with qtbot.waitSignal(page.facts_shown, timeout=20000):
        page.outbox.save_to(folder, str(folder))
    assert label.text().startswith("Unsent changes: 5 · Last sent: ")  # until acknowledged


def test_outbox_and_history_models_pass_the_model_tester(qtmodeltester):
    outbox = OutboxModel()
    outbox.set_counts({"staff": 3, "office": 1, "new_table": 2})
    qtmodeltester.check(outbox)
    assert [outbox.index(r, COL_OUT_WHAT).data() for r in range(3)] == [
        "Offices",
        "Staff",
        "new_table",  # an unknown table is shown as it is
    ]
    history = BundleHistoryModel()
    qtmodeltester.check(history)


def test_the_fingerprint_dialog_waits_for_twenty_letters_and_digits(qtbot):
    dialog = sync_dialogs.FingerprintDialog("FJ", "Fiji")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Confirm the fingerprint of Fiji"
    assert not dialog.confirm_button.isEnabled()

    qtbot.keyClicks(dialog.field, "nf3k zq6n xo6c")
    assert not dialog.confirm_button.isEnabled()
    assert dialog.hint.text() == "12 of 20 letters and digits typed."
    qtbot.keyClicks(dialog.field, " jhqf-gbpe")

    assert dialog.confirm_button.isEnabled()
    assert dialog.fingerprint() == "NF3K-ZQ6N-XO6C-JHQF-GBPE"
    assert dialog.hint.text() == ""


def test_a_drive_is_labelled_by_its_name_and_where_it_is(tmp_path):
    assert Drive(tmp_path, "KINGSTON", 1).label == f"KINGSTON ({tmp_path})"
    assert Drive(tmp_path, "", 1).label == str(tmp_path)
    assert all(d.root != tmp_path for d in drives.removable_drives(exclude=tmp_path))


def _volume(root: str, name: str = "") -> SimpleNamespace:
    """A mounted volume as QStorageInfo describes it: valid, ready and writable."""
    return SimpleNamespace(
        rootPath=lambda: root, displayName=lambda: name, name=lambda: name,
        bytesAvailable=lambda: 1 << 30, isValid=lambda: True, isReady=lambda: True,
        isRoot=lambda: root == "/", isReadOnly=lambda: False,
    )  # fmt: skip


@pytest.mark.skipif(sys.platform == "win32", reason="where Linux and macOS mount USB sticks")
def test_only_removable_mount_points_count_as_drives(monkeypatch):
    mounted = [
        _volume("/"),
        _volume("/home"),
        _volume("/boot/efi"),
        _volume("/media/officer/KINGSTON", "KINGSTON"),
        _volume("/run/media/officer/STICK", "STICK"),
    ]
    monkeypatch.setattr(drives.QStorageInfo, "mountedVolumes", lambda: mounted)
    assert [d.label for d in drives.removable_drives()] == [
        "KINGSTON (/media/officer/KINGSTON)",
        "STICK (/run/media/officer/STICK)",
    ]


def test_the_receipt_from_the_secretariat_empties_the_outbox(qtbot, world, monkeypatch):
    from oco_desktop.services.sync import import_ as sync_import

    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 2)
    page = open_page(qtbot, tonga)
    stick = world.root / "stick"
    with qtbot.waitSignal(page.outbox.exported, timeout=20000) as written:
        page.outbox.save_to(stick, str(stick))
    sync_import.import_bundle(world.sec, written.args[0].files)
    receipt = world.export(world.sec, "TO")
    monkeypatch.setattr(sync_dialogs, "choose_bundle_files", lambda _parent, _start: receipt)
    page.tabs.setCurrentWidget(page.inbox)
    with qtbot.waitSignal(page.inbox.previewed, timeout=20000):
        page.inbox.choose_button.click()
    sent = written.args[0].bundle_seq
    assert page.inbox.summary.text() == (
        f"The receipt from the OCO Secretariat for your bundle {sent}; nothing else changes."
    )

    with qtbot.waitSignals([page.inbox.imported, page.outbox.loaded], timeout=20000):
        page.inbox.import_button.click()

    assert page.inbox.result.text().startswith("Import complete.")
    assert page.outbox.model.rowCount() == 0
    assert page.outbox.empty.text().startswith("Nothing new to send")
    page.tabs.setCurrentWidget(page.outbox)
    assert page.outbox.empty.isVisible() and not page.outbox.table.isVisible()


def test_a_folder_that_cannot_be_written_is_told_in_a_sentence(qtbot, world, said):
    tonga = world.enrol("TO")
    page = open_page(qtbot, tonga)
    not_a_folder = world.root / "a-file"
    not_a_folder.write_text("")

    page.outbox.save_to(not_a_folder, str(not_a_folder))
    qtbot.waitUntil(lambda: bool(said.warnings), timeout=20000)

    assert str(not_a_folder) in said.warnings[0]
    assert not page.outbox.result.isVisible()
