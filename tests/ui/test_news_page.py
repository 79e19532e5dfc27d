"""The News page and the dashboard's news, driven as a person would: the list newest first with
unread items marked, reading marks them read, search as you type, French with English where
there is no French, plain text that never runs HTML and scrolls, links to the activity and to
"Nominate staff", and the Secretariat writing, editing and withdrawing items."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.audit import make_actor
from oco_desktop.services.news import feed as news
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store.news_models import NewsItem
from oco_desktop.ui.context import AppContext
from oco_desktop.ui.dialogs import news_editor
from oco_desktop.ui.dialogs import programme as programme_dialogs
from oco_desktop.ui.pages.news import UNREAD_MARK, NewsPage
from tests.unit.programme_world import published_session

TODAY = dt.date.today()


def _arrive(store, days_ago: int, title: str, body: str = "Text.", **more) -> str:
    """An item as it arrives from the Secretariat (written straight into a member's store)."""
    with store.write() as session:
        row = NewsItem(
            published_on=TODAY - dt.timedelta(days=days_ago), title=title, body=body, **more
        )
        session.add(row)
        session.flush()
        return row.id


def _page(qtbot, store, language: str = "en") -> NewsPage:
    page = NewsPage(AppContext.open(store, language))
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def _texts(view: QListWidget) -> list[str]:
    return [view.item(row).text() for row in range(view.count())]


def _click_row(view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def three(store) -> list[str]:
    return [
        _arrive(store, 30, "Agreement on illicit tobacco", place="Suva, Fiji"),
        _arrive(store, 2, "Regional workshop on HS 2022", place="Suva, Fiji"),
        _arrive(store, 10, "Dialogue on PACER Plus", place="Port Vila, Vanuatu"),
    ]


def test_newest_first_unread_marked_and_reading_marks_read(qtbot, store, three) -> None:
    page = _page(qtbot, store)
    titles = [text.split("\n")[0] for text in _texts(page.list)]
    assert titles == [
        # the first is shown (so read) as soon as the page opens
        "Regional workshop on HS 2022",
        UNREAD_MARK + "Dialogue on PACER Plus",
        UNREAD_MARK + "Agreement on illicit tobacco",
    ]
    assert page.title.text() == "Regional workshop on HS 2022"
    qtbot.waitUntil(lambda: news.unread_count(store) == 2, timeout=5_000)
    assert page.count.text() == "3 items, 2 unread"

    _click_row(page.list, 2)
    assert page.title.text() == "Agreement on illicit tobacco"
    assert not page.list.item(2).text().startswith(UNREAD_MARK)
    assert page.count.text() == "3 items, 1 unread"
    qtbot.waitUntil(lambda: news.unread_count(store) == 1, timeout=5_000)

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.unread_only.click()
    assert [t.split("\n")[0] for t in _texts(page.list)] == ["Dialogue on PACER Plus"]


def test_typing_in_the_search_box_filters_as_you_type(qtbot, store, three) -> None:
    page = _page(qtbot, store)
    qtbot.keyClicks(page.search, "vila")
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10_000)
    assert [t.split("\n")[0].removeprefix(UNREAD_MARK) for t in _texts(page.list)] == [
        "Dialogue on PACER Plus"
    ]
    assert page.title.text() == "Dialogue on PACER Plus"
    qtbot.keyClicks(page.search, " zzz")
    qtbot.waitUntil(lambda: page.list.count() == 0, timeout=10_000)
    assert page.count.text() == "No item has these words."
    assert not page.detail.isVisible()


def test_a_body_is_plain_text_never_html_and_a_long_one_scrolls(qtbot, store) -> None:
    hostile = (
        '<b>bold</b> <img src="file:///etc/passwd"> <a href="http://evil.example">click</a>'
        "\n\nMore at https://www.ocosec.org/news"
    )
    _arrive(store, 1, "<i>Title</i> <script>x()</script>", body=hostile)
    page = _page(qtbot, store)
    assert page.title.text() == "<i>Title</i> <script>x()</script>"
    assert page.title.textFormat() == Qt.TextFormat.PlainText
    assert page.body.toPlainText() == hostile
    assert "&lt;b&gt;" in page.body.toHtml() and "<a " not in page.body.toHtml()
    assert not page.body.openLinks() and not page.body.openExternalLinks()
    assert page.body.verticalScrollBar().maximum() == 0

    long_body = "\n\n".join(f"Paragraph {n} of a long notice." for n in range(200))
    _arrive(store, 0, "A long notice", body=long_body)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    _click_row(page.list, 0)
    assert page.title.text() == "A long notice"
    qtbot.waitUntil(lambda: page.body.verticalScrollBar().maximum() > 0, timeout=5_000)


def test_french_text_and_english_where_there_is_none(qtbot, store) -> None:
    _arrive(store, 1, "Workshop", body="English text.", title_fr="Atelier", body_fr="Texte.")
    _arrive(store, 5, "Notice in English only", body="Only English.")
    page = _page(qtbot, store, "fr")
    assert [t.split("\n")[0].removeprefix(UNREAD_MARK) for t in _texts(page.list)] == [
        "Atelier",
        "Notice in English only",
    ]
    assert page.body.toPlainText() == "Texte."
    assert not page.untranslated.isVisible()
    _click_row(page.list, 1)
    assert page.body.toPlainText() == "Only English."
    assert page.untranslated.isVisible()

    _arrive(store, 9, "Title in English", body="Body in English.", title_fr="Titre en français")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    _click_row(page.list, 2)
    assert page.title.text() == "Titre en français"
    assert page.body.toPlainText() == "Body in English."
    assert page.untranslated.isVisible()


def test_the_linked_activity_and_nominate_staff_are_one_click_away(
    qtbot, store, make_window, monkeypatch
) -> None:
    session_id = published_session(store, code="FLS", activity="P1.1.4", today=TODAY)
    item = _arrive(
        store, 1, "Front-line Supervision: nominations open", activity_code="P1.2.6",
        session_id=session_id,
    )  # fmt: skip
    asked = {}

    def ask_nomination(parent, sessions, staff, needs, language, session_id=None):
        asked["session"] = session_id
        return None

    monkeypatch.setattr(programme_dialogs, "ask_nomination", ask_nomination)
    window = make_window(store)
    window.show()
    window.open_page("news", item)
    page = window.page("news")
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == item, timeout=10_000)
    assert "nominations open" in page.session_label.text()
    assert page.session_button.text() == "&Nominate staff…"

    _click(page.session_button)
    qtbot.waitUntil(lambda: asked.get("session") == session_id, timeout=10_000)
    assert window.current_key() == "programme"
    tab = window.page("programme").tree_tab
    qtbot.waitUntil(lambda: tab.title.text().startswith("P1.1.4 "), timeout=10_000)

    window.open_page("news")
    _click(page.activity_button)
    assert window.current_key() == "programme"
    qtbot.waitUntil(lambda: tab.title.text().startswith("P1.2.6 "), timeout=10_000)


def test_the_dashboard_marks_unread_news_and_opens_an_item(qtbot, store, make_window) -> None:
    first = _arrive(store, 3, "Regional workshop on HS 2022")
    _arrive(store, 20, "Dialogue on PACER Plus")
    window = make_window(store)
    window.show()
    box = window.page("dashboard").news_box
    qtbot.waitUntil(lambda: box.list.count() == 2, timeout=10_000)
    assert box.summary.text() == "2 unread items. Click a line to read it."
    assert _texts(box.list)[0].startswith("New · ")
    assert _texts(box.list)[0].endswith("· Regional workshop on HS 2022")

    _click_row(box.list, 0)
    assert window.current_key() == "news"
    page = window.page("news")
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == first, timeout=10_000)
    qtbot.waitUntil(lambda: news.unread_count(store) == 1, timeout=5_000)

    window.sidebar.setCurrentRow(0)
    qtbot.waitUntil(lambda: not _texts(box.list)[0].startswith("New"), timeout=10_000)
    assert _texts(box.list)[1].startswith("New · ")
    assert box.summary.text() == "1 unread item. Click a line to read it."


def test_the_dashboard_in_french(qtbot, store, make_window) -> None:
    _arrive(store, 3, "Workshop", title_fr="Atelier régional")
    window = make_window(store, "fr")
    window.show()
    box = window.page("dashboard").news_box
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=10_000)
    assert box.list.item(0).text().endswith("· Atelier régional")


def test_a_member_has_no_writing_buttons(qtbot, store) -> None:
    page = _page(qtbot, store)
    assert not page.new_button.isVisible() and not page.withdraw_button.isVisible()
    assert page.count.text().startswith("No news yet: items arrive with the Secretariat")


@pytest.fixture
def sec(tmp_path):
    store = initialise(DataPaths(tmp_path / "sec"), SetupRequest(Role.SECRETARIAT))
    yield store
    store.close()


def _ok(dialog: QDialog) -> None:
    _click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


def test_the_secretariat_writes_edits_and_withdraws(qtbot, sec, said, monkeypatch) -> None:
    page = _page(qtbot, sec)
    seen: list[str] = []

    def write(parent, language, sessions, activities, draft=None, *, editing=False):
        dialog = news_editor.NewsDialog(
            parent, language, sessions, activities, draft, editing=editing
        )
        qtbot.addWidget(dialog)
        seen.append(dialog.title_en.text())
        if not editing and not seen[0]:
            if len(seen) == 1:  # first try: no text, refused and asked again
                qtbot.keyClicks(dialog.title_en, "Regional workshop")
            else:
                qtbot.keyClicks(dialog.body_en, "Five days in Suva.")
                dialog.title_fr.setText("Atelier régional")
                dialog.activity.setCurrentIndex(dialog.activity.findData("P1.2.6"))
        else:
            dialog.place.setText("Nadi, Fiji")
        _ok(dialog)
        return dialog.draft()

    monkeypatch.setattr(news_editor, "ask_news", write)
    _click(page.new_button)
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10_000)
    assert said.warnings == ["Write the text of the item in English."]
    assert seen == ["", "Regional workshop"]  # what was typed came back after the refusal
    assert page.title.text() == "Regional workshop"
    assert "P1.2.6" in page.activity_label.text()

    _click(page.edit_button)
    qtbot.waitUntil(lambda: "Nadi, Fiji" in page.meta.text(), timeout=10_000)
    [saved] = news.list_news(sec)
    assert (saved.place, saved.title_fr) == ("Nadi, Fiji", "Atelier régional")

    _click(page.withdraw_button)
    qtbot.waitUntil(lambda: page.list.count() == 0, timeout=10_000)
    assert said.questions and "Regional workshop" in said.questions[0]
    assert news.list_news(sec) == []


@pytest.fixture
def french(qapp):
    """The French catalogue as `make` compiles it into resources/translations."""
    from PySide6.QtWidgets import QApplication

    from oco_desktop.ui.i18n import Translators

    translators = Translators(QApplication.instance())
    translators.install("fr")
    yield translators
    translators.install("en")


def test_an_item_written_in_suva_is_on_the_member_dashboard_after_one_bundle(
    qtbot, tmp_path, make_window, french
) -> None:
    from oco_desktop.services.sync import import_ as sync_import
    from tests.ui.sync_world import make_world

    world = make_world(tmp_path / "world")
    try:
        member = world.enrol("TO")
        window = make_window(member, "fr")
        window.show()
        box = window.page("dashboard").news_box
        qtbot.waitUntil(lambda: box.summary.text().startswith("Pas encore"), timeout=10_000)
        assert not box.list.isVisible()

        item = news.add_news(
            world.sec,
            news.NewsDraft(title="Regional workshop", body="Five days.", title_fr="Atelier"),
            make_actor("Litia", "litia"),
        )
        sync_import.import_bundle(member, world.export(world.sec, recipient="TO"))
        window.refresh_all()
        qtbot.waitUntil(lambda: box.list.count() == 1, timeout=10_000)
        assert box.list.item(0).text().startswith("Nouvelle · ")
        assert box.list.item(0).text().endswith("· Atelier")

        news.withdraw_news(world.sec, item.id, make_actor("Litia", "litia"))
        sync_import.import_bundle(member, world.export(world.sec, recipient="TO"))
        window.refresh_all()
        qtbot.waitUntil(lambda: box.list.count() == 0, timeout=10_000)
        assert box.summary.text().startswith("Pas encore d'actualités")
    finally:
        world.close()
