"""The news service: what a Secretariat may write and how it is tidied, what is refused with
which sentence, search in either language, read marks, and the links to activity and session."""

from __future__ import annotations

import datetime as dt

import pytest

from oco_desktop.domain import news as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.news import feed as news
from oco_desktop.services.news.feed import NewsDraft
from oco_desktop.services.programme import courses
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store.news_models import NewsItem
from tests.unit.programme_world import ACTOR, published_session

TODAY = dt.date.today()


@pytest.fixture
def sec(tmp_path):
    store = initialise(DataPaths(tmp_path / "sec"), SetupRequest(Role.SECRETARIAT))
    yield store
    store.close()


def test_texts_are_tidied_and_kept_as_plain_text(sec) -> None:
    item = news.add_news(
        sec,
        NewsDraft(
            title="  Regional\tworkshop \n on HS  ",
            body="\r\n  First paragraph.  \r\n\r\n\r\n\r\nSecond: <b>not bold</b> https://x.org\r\n",
            place=" Suva,   Fiji ",
        ),
        ACTOR,
    )
    assert item.title == "Regional workshop on HS"
    assert item.body == "First paragraph.\n\nSecond: <b>not bold</b> https://x.org"
    assert rules.paragraphs(item.body) == [
        "First paragraph.",
        "Second: <b>not bold</b> https://x.org",
    ]
    assert item.place == "Suva, Fiji" and item.published_on == TODAY


@pytest.mark.parametrize(
    ("changes", "field", "why"),
    [
        ({"title": " "}, "title", "Give the item a title."),
        ({"body": "\n\n"}, "body", "Write the text of the item in English."),
        ({"title": "x" * 201}, "title", "at most 200"),
        ({"body": "x" * (rules.MAX_BODY + 1)}, "body", "at most 20000"),
        ({"body_fr": "x" * (rules.MAX_BODY + 1)}, "body_fr", "at most 20000"),
        ({"body": "a\x00b"}, "body", "control character (U+0000)"),
        ({"title": "a\u202eb"}, "title", None),
        ({"ends_on": TODAY}, "starts_on", "first day of the event"),
        ({"starts_on": TODAY, "ends_on": TODAY - dt.timedelta(days=1)}, "ends_on", "end before"),
        ({"published_on": dt.date(1999, 1, 1)}, "published_on", "between 2000 and 2100"),
        ({"activity_code": "P1.4.1"}, "activity_code", "not an activity"),
        ({"session_id": "0" * 36}, "session", "does not exist"),
    ],
)
def test_bad_input_is_refused_with_what_to_fix(sec, changes, field, why) -> None:
    draft = NewsDraft(**{**NewsDraft(title="Notice", body="Text.").__dict__, **changes})
    if why is None:  # a right-to-left override is a format character, not a control: accepted
        assert news.add_news(sec, draft, ACTOR).title == "a\u202eb"
        return
    with pytest.raises(InvalidInput) as refused:
        news.add_news(sec, draft, ACTOR)
    assert refused.value.field == field and why in refused.value.message
    assert news.list_news(sec) == []


def test_a_member_may_not_write(store) -> None:
    with pytest.raises(InvalidInput, match="Only the OCO Secretariat can publish news"):
        news.add_news(store, NewsDraft(title="x", body="y"), ACTOR)
    with pytest.raises(InvalidInput, match="Only the OCO Secretariat can withdraw news"):
        news.withdraw_news(store, "0" * 36, ACTOR)


def test_search_in_either_language_accents_and_case_aside(sec) -> None:
    news.add_news(
        sec, NewsDraft(title="Workshop", body="In Suva.", title_fr="Atelier régional"), ACTOR
    )
    news.add_news(sec, NewsDraft(title="Tobacco", body="Illicit TRADE.", place="Nadi"), ACTOR)
    assert [e.title for e in news.list_news(sec, search="REGIONAL")] == ["Workshop"]
    assert [e.title for e in news.list_news(sec, search="illicit nadi")] == ["Tobacco"]
    assert news.list_news(sec, search="illicit suva") == []


def _arrive(store, title: str, days_ago: int = 0) -> str:
    """An item as it arrives at a member from the Secretariat."""
    with store.write() as session:
        row = NewsItem(title=title, body="x", published_on=TODAY - dt.timedelta(days=days_ago))
        session.add(row)
        session.flush()
        return row.id


def test_newest_first_read_marks_and_unread_filter(store) -> None:
    old = _arrive(store, "Old", days_ago=9)
    new = _arrive(store, "New")
    assert [e.title for e in news.list_news(store)] == ["New", "Old"]
    assert news.unread_count(store) == 2
    assert news.mark_read(store, [old, "0" * 36]) == 1
    assert news.mark_read(store, [old]) == 0
    assert [e.title for e in news.list_news(store, unread_only=True)] == ["New"]
    assert news.unread_count(store) == 1
    assert [e.title for e in news.list_news(store, limit=1)] == ["New"]
    assert news.news_entry(store, new).read is False


def test_the_secretariat_has_read_what_it_wrote(sec) -> None:
    item = news.add_news(sec, NewsDraft(title="Notice", body="x"), ACTOR)
    assert item.read and news.unread_count(sec) == 0


def test_an_edit_keeps_the_date_and_a_withdrawn_item_cannot_be_edited(sec) -> None:
    item = news.add_news(
        sec, NewsDraft(title="Notice", body="x", published_on=TODAY - dt.timedelta(days=3)), ACTOR
    )
    changed = news.edit_news(sec, item.id, NewsDraft(title="Notice 2", body="y"), ACTOR)
    assert (changed.title, changed.published_on) == ("Notice 2", item.published_on)
    assert news.withdraw_news(sec, item.id, ACTOR) == "Notice 2"
    with pytest.raises(InvalidInput, match="does not exist or was withdrawn"):
        news.edit_news(sec, item.id, NewsDraft(title="Again", body="z"), ACTOR)


def test_the_linked_session_says_whether_it_takes_nominations(sec) -> None:
    open_id = published_session(sec, code="FLS", activity="P1.1.4", today=TODAY)
    closed_id = published_session(sec, code="EGT", activity="P1.1.6", apply_by_in=-1, today=TODAY)
    opened = news.add_news(sec, NewsDraft(title="a", body="b", session_id=open_id), ACTOR)
    closed = news.add_news(sec, NewsDraft(title="c", body="d", session_id=closed_id), ACTOR)
    assert opened.session.open_for_nominations and opened.session.course_code == "FLS"
    assert not closed.session.open_for_nominations
    assert "closed on" in closed.session.refusal
    courses.cancel_session(sec, open_id, ACTOR)
    assert not news.news_entry(sec, opened.id).session.open_for_nominations
    with pytest.raises(InvalidInput, match="was cancelled"):
        news.add_news(sec, NewsDraft(title="e", body="f", session_id=open_id), ACTOR)


def test_news_is_published_to_all_and_read_marks_never_travel() -> None:
    from oco_desktop.sync import schema

    specs = schema.tables()
    assert specs["news_item"].member_column is None  # no member: only the Secretariat writes it
    assert "news_read" not in specs
    assert (
        specs["news_item"].columns["body"].describe
        == f"a text of at most {rules.MAX_BODY} characters"
    )
    assert specs["news_item"].order > specs["course_session"].order  # its session merges first
