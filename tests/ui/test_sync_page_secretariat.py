"""The Sync page on the Secretariat: inbox preview and import, refusals, quarantine and trust,
the regional overview and the conflict report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sync_world import add_staff, make_world, rename, staff_count

from oco_desktop.services.sync import export as sync_export
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import views as sync_views
from oco_desktop.services.sync.state import me
from oco_desktop.store.engine import Store
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import sync_dialogs
from oco_desktop.ui.models.sync.region import (
    COL_CON_FIELD,
    COL_CON_KEPT,
    COL_CON_LOST,
    COL_CON_MEMBER,
    COL_CON_RECORD,
    COL_QUA_SENDER,
    COL_REG_DAYS,
    COL_REG_LAST,
    COL_REG_MEMBER,
    COL_REG_STAFF,
    COL_REG_TNA,
    COL_REG_TRUST,
    ConflictModel,
    OverviewModel,
    QuarantineModel,
    RegionRow,
)
from oco_desktop.ui.models.sync.tables import (
    COL_PEER_STATUS,
    COL_PREV_CREATED,
    COL_PREV_FROM,
    COL_PREV_UPDATED,
    COL_PREV_WHAT,
    ChangesModel,
    PeersModel,
)
from oco_desktop.ui.pages.sync.page import SyncPage


@pytest.fixture
def world(tmp_path):
    built = make_world(tmp_path)
    yield built
    built.close()


def digest(store: Store) -> str:
    """Every row of every table: equal digests mean nothing changed."""
    from tests.unit.sync.conftest import data_digest

    return data_digest(store)


def open_page(qtbot, store) -> SyncPage:
    page = SyncPage(AppContext.open(store, "en"))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert page.region is not None and page.quarantine is not None
    with qtbot.waitSignals([page.region.loaded, page.quarantine.loaded, page.trust.loaded]):
        page.refresh()
    return page


def rows(model) -> list[dict[int, str]]:
    return [
        {c: model.index(r, c).data() for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]


def region_row(page: SyncPage, code: str) -> dict[int, str]:
    assert page.region is not None
    [row] = [r for r in rows(page.region.model) if r[COL_REG_MEMBER].endswith(f"({code})")]
    return row


def preview(qtbot, page: SyncPage, files) -> None:
    page.tabs.setCurrentWidget(page.inbox)
    with qtbot.waitSignal(page.inbox.previewed, timeout=20000):
        page.inbox.add_files(files)


def test_secretariat_tabs_start_with_the_regional_overview(qtbot, world):
    page = open_page(qtbot, world.sec)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Regional overview",
        "In&box",
        "&Outbox",
        "&Quarantine",
        "Co&nflicts",
        "Histor&y",
        "&Trust",
    ]
    assert len(page.region.model.rows()) >= 20  # every member administration
    assert region_row(page, "TO")[COL_REG_LAST] == "–"
    assert "Bundles have arrived from 0 of" in page.region.summary.text()


def test_preview_shows_the_counts_and_changes_nothing_then_import_applies(qtbot, world):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 4)
    files = world.export(tonga)
    page = open_page(qtbot, world.sec)
    before = digest(world.sec)
    assert staff_count(world.sec, "TO") == 0

    preview(qtbot, page, files)

    changes = {r[COL_PREV_WHAT]: r for r in rows(page.inbox.model)}
    assert changes["Staff"][COL_PREV_CREATED] == "4"
    assert changes["Staff"][COL_PREV_FROM] == "TO"
    assert changes["Positions"][COL_PREV_CREATED] == "1"
    assert "Rows that would be added: 5, changed: 0, deleted: 0" in page.inbox.summary.text()
    assert page.inbox.import_button.isEnabled()
    assert not page.inbox.refusals.isVisible()
    assert digest(world.sec) == before  # a preview changes nothing

    with qtbot.waitSignal(page.region.loaded, timeout=20000):
        page.inbox.import_button.click()

    assert staff_count(world.sec, "TO") == 4
    assert page.inbox.result.text().startswith("Import complete.\nFrom Tonga (TO): Rows added: 5,")
    tonga_row = region_row(page, "TO")
    assert tonga_row[COL_REG_DAYS] == "0"
    assert tonga_row[COL_REG_LAST] != "–"
    assert tonga_row[COL_REG_STAFF] == "4"
    assert tonga_row[COL_REG_TRUST] == "Confirmed"
    assert tonga_row[COL_REG_TNA] == "Not started"


def test_a_damaged_file_is_refused_in_a_sentence_and_changes_nothing(qtbot, world):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 2)
    [good] = world.export(tonga)
    damaged = good.with_name("damaged.ocob")
    data = bytearray(good.read_bytes())
    data[-40] ^= 0xFF
    damaged.write_bytes(bytes(data))
    page = open_page(qtbot, world.sec)
    before = digest(world.sec)

    preview(qtbot, page, [damaged])

    refusal = page.inbox.refusals.text()
    assert refusal.startswith("damaged.ocob was refused: ")
    assert refusal.endswith("Nothing was changed.")
    assert page.inbox.refusals.isVisible()
    assert not page.inbox.import_button.isEnabled()
    assert page.inbox.model.rowCount() == 0
    assert digest(world.sec) == before


def test_one_refused_file_does_not_hold_back_the_others(qtbot, world):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 2)
    [good] = world.export(tonga)
    junk = world.root / "notes.ocob"
    junk.write_bytes(b"minutes of the meeting")
    page = open_page(qtbot, world.sec)

    preview(qtbot, page, [junk, good])

    assert page.inbox.refusals.text().startswith("notes.ocob was refused: ")
    assert page.inbox.import_button.isEnabled()
    with qtbot.waitSignal(page.inbox.imported, timeout=20000):
        page.inbox.import_button.click()
    assert staff_count(world.sec, "TO") == 2


def test_files_dropped_on_the_page_are_previewed_in_the_inbox(qtbot, world):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 1)
    files = world.export(tonga)
    page = open_page(qtbot, world.sec)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()

    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    with qtbot.waitSignal(page.inbox.previewed, timeout=20000):
        QApplication.sendEvent(page, drop)

    assert page.tabs.currentWidget() is page.inbox
    assert {r[COL_PREV_WHAT] for r in rows(page.inbox.model)} >= {"Staff"}


def test_confirming_a_fingerprint_wrong_is_refused_right_releases_the_bundle(
    qtbot, world, monkeypatch, said
):
    fiji = world.new_member("FJ")
    add_staff(fiji, "FJ", 3)
    first = world.export(fiji)
    page = open_page(qtbot, world.sec)
    preview(qtbot, page, first)
    assert "not confirmed yet" in page.inbox.summary.text()
    with qtbot.waitSignal(page.quarantine.loaded, timeout=20000):
        page.inbox.import_button.click()

    assert staff_count(world.sec, "FJ") == 0
    [waiting] = rows(page.quarantine.model)
    fingerprint = me(fiji).keys.card().fingerprint  # what Fiji's officer reads by phone
    assert all(fingerprint not in text for text in waiting.values())
    assert waiting[COL_QUA_SENDER] == "Fiji (FJ)"
    assert page.tabs.tabText(page.tabs.indexOf(page.quarantine)) == "&Quarantine (1)"
    assert page.quarantine.confirm_button.isEnabled()

    asked = []

    def wrong(_parent, code, name, *_check):
        asked.append((code, name))
        return "AAAA-BBBB-CCCC-DDDD-EEEE"

    monkeypatch.setattr(sync_dialogs, "ask_fingerprint", wrong)
    page.quarantine.confirm_button.click()
    qtbot.waitUntil(lambda: bool(said.warnings), timeout=20000)
    assert asked == [("FJ", "Fiji")]
    assert "does not match" in said.warnings[0] and "nothing was trusted" in said.warnings[0]
    assert staff_count(world.sec, "FJ") == 0

    typed = fingerprint.lower().replace("-", " ")  # read by phone: case and spaces vary
    monkeypatch.setattr(sync_dialogs, "ask_fingerprint", lambda *_args: typed)
    with qtbot.waitSignal(page.quarantine.loaded, timeout=20000):
        page.quarantine.confirm_button.click()

    assert staff_count(world.sec, "FJ") == 3
    assert said.infos[-1].startswith("The key of Fiji (FJ) is confirmed.")
    assert "1 bundle that waited in quarantine was imported" in said.infos[-1]
    assert page.quarantine.model.rowCount() == 0
    assert page.tabs.tabText(page.tabs.indexOf(page.quarantine)) == "&Quarantine"
    qtbot.waitUntil(lambda: region_row(page, "FJ")[COL_REG_TRUST] == "Confirmed")


def test_trust_tab_revokes_after_asking(qtbot, world, said):
    world.enrol("TO")
    page = open_page(qtbot, world.sec)
    page.tabs.setCurrentWidget(page.trust)
    page.trust.select("TO")
    assert page.trust.selected_fingerprint.text().count("-") == 4
    assert not page.trust.confirm_button.isEnabled()  # already confirmed

    said.answer = False
    page.trust.revoke_button.click()
    assert "Revoke the key of Tonga (TO)?" in said.questions[0]
    said.answer = True
    with qtbot.waitSignal(page.trust.loaded, timeout=20000):
        page.trust.revoke_button.click()

    [tonga] = [r for r in rows(page.trust.model) if r[0] == "TO"]
    assert tonga[COL_PEER_STATUS] == "Revoked"


def test_the_conflict_report_names_the_record_and_can_be_marked_reviewed(qtbot, world):
    tonga = world.enrol("TO")
    [person] = add_staff(tonga, "TO", 1)
    world.export(tonga)
    sync_import.import_bundle(world.sec, world.export(tonga))
    rename(world.sec, person, "Sālote Fifita (Secretariat)")
    rename(tonga, person, "Sālote Fifita")  # newer: wins
    sync_import.import_bundle(world.sec, world.export(tonga))
    assert len(sync_views.conflicts(world.sec)) == 1
    page = open_page(qtbot, world.sec)
    assert page.conflicts is not None
    page.tabs.setCurrentWidget(page.conflicts)
    qtbot.waitUntil(lambda: page.conflicts.model.rowCount() == 1)

    [line] = rows(page.conflicts.model)
    assert line[COL_CON_MEMBER] == "TO"
    assert line[COL_CON_RECORD] == "Sālote Fifita (S-0)"
    assert line[COL_CON_FIELD] == "Name"
    assert line[COL_CON_KEPT] == "Sālote Fifita — from TO"
    assert line[COL_CON_LOST] == "Sālote Fifita (Secretariat) — from OCO Secretariat"
    assert page.tabs.tabText(page.tabs.indexOf(page.conflicts)) == "Co&nflicts (1)"

    page.conflicts.table.selectRow(0)
    with qtbot.waitSignal(page.conflicts.loaded, timeout=20000):
        page.conflicts.mark_button.click()
    assert page.conflicts.model.rowCount() == 0
    assert page.conflicts.empty.isVisible()
    page.conflicts.show_reviewed.setChecked(True)
    qtbot.waitUntil(lambda: page.conflicts.model.rowCount() == 1)
    assert rows(page.conflicts.model)[0][5].endswith("(reviewed)")


def test_the_secretariat_exports_a_receipt_for_the_chosen_member(qtbot, world, monkeypatch):
    world.enrol("TO")
    world.enrol("FJ")
    page = open_page(qtbot, world.sec)
    combo = page.outbox.member_combo
    qtbot.waitUntil(lambda: combo.count() == 2)
    assert combo.isVisible() is False or page.tabs.currentWidget() is not page.outbox
    combo.setCurrentIndex(combo.findData("TO"))
    with qtbot.waitSignal(page.outbox.loaded, timeout=20000):
        combo.activated.emit(combo.currentIndex())
    assert page.outbox.recipient() == "TO"
    assert "Tonga" in page.outbox.title.text()

    folder = world.root / "to-tonga"
    with qtbot.waitSignal(page.outbox.exported, timeout=20000) as written:
        page.outbox.save_to(folder, str(folder))
    assert written.args[0].recipient == "TO"
    assert [f.name[:14] for f in folder.glob("*.ocob")] == ["OCO_SEC-to-TO_"]


def test_secretariat_models_pass_the_model_tester(qtmodeltester, world):
    tonga = world.enrol("TO")
    add_staff(tonga, "TO", 1)
    sync_import.import_bundle(world.sec, world.export(tonga))
    overview = OverviewModel()
    overview.set_rows([RegionRow(m, None) for m in sync_views.regional_overview(world.sec)])
    qtmodeltester.check(overview)
    for model in (QuarantineModel(), ConflictModel(), PeersModel(), ChangesModel()):
        qtmodeltester.check(model)
    preview_model = ChangesModel()
    preview_model.set_results(
        sync_import.import_bundle(
            world.sec,
            sync_export.export_bundle(tonga, world.folder(), full=True).files,
            dry_run=True,
        )
    )
    qtmodeltester.check(preview_model)
    assert {preview_model.index(r, COL_PREV_UPDATED).data() for r in range(2)} == {"0"}


def test_the_secretariat_publishes_reference_updates_from_the_overview(
    qtbot, monkeypatch, tmp_path
):
    from oco_desktop.domain.roster import Role
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.programme import reference_publish
    from oco_desktop.services.setup import SetupRequest, initialise
    from oco_desktop.ui.context import AppContext
    from oco_desktop.ui.dialogs import messages
    from oco_desktop.ui.pages.sync.region import RegionTab
    from oco_desktop.ui.tasks import executor

    store = initialise(DataPaths(tmp_path / "sec"), SetupRequest(Role.SECRETARIAT))
    tab = RegionTab(AppContext.open(store, "en"))
    qtbot.addWidget(tab)
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(tab.publish_button, Qt.MouseButton.LeftButton)
    executor().wait_for_done()
    qtbot.waitUntil(lambda: "Published:" in tab.published.text())
    assert "competencies.json" in tab.published.text()
    assert {p.name for p in reference_publish.published(store)} == set(
        reference_publish.PUBLISHABLE
    )
    qtbot.mouseClick(tab.publish_button, Qt.MouseButton.LeftButton)
    executor().wait_for_done()
    qtbot.waitUntil(lambda: "Nothing had changed" in tab.published.text())
    store.close()
