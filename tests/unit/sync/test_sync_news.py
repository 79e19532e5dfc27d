"""News travels like the rest of what the Secretariat publishes: an item written in Suva reaches a
member with the next bundle (in French where it has French text), an edit and a withdrawal follow
with the next one; a member's bundle carrying news, and an item beyond the length limit, are
refused whole with the reason and the receiver's data unchanged."""

from __future__ import annotations

import datetime as dt
import json
import os
import random

import pytest

from oco_desktop.domain import news as rules
from oco_desktop.domain.errors import BundleRejected
from oco_desktop.domain.ids import new_id
from oco_desktop.services.audit import make_actor
from oco_desktop.services.news import feed as news
from oco_desktop.services.news.feed import NewsDraft
from oco_desktop.services.sync import import_ as sync_import
from tests import dbfile
from tests.unit.sync.conftest import craft, data_digest

ACTOR = make_actor("Litia Vuniwaqa", "lvuniwaqa")


def _publish(world, **changes) -> news.NewsEntry:
    draft = NewsDraft(
        title="Regional workshop on HS 2022",
        title_fr="Atelier régional sur le SH 2022",
        body="The Secretariat holds a regional workshop.\n\nDetails: https://www.oco.org.fj",
        body_fr="Le Secrétariat organise un atelier régional.",
        place="Suva, Fiji",
        starts_on=dt.date(2027, 3, 1),
        ends_on=dt.date(2027, 3, 5),
        activity_code="P1.2.6",
    )
    for name, value in changes.items():
        draft = NewsDraft(**{**draft.__dict__, name: value})
    return news.add_news(world.sec, draft, ACTOR)


def test_an_item_reaches_the_member_with_one_bundle_in_both_languages(world) -> None:
    member = world.members["TO"]
    item = _publish(world)
    sent, [result] = world.send(world.sec, member, recipient="TO")
    assert result.status == "applied" and sent.counts.get("news_item") == 1
    [arrived] = news.list_news(member)
    assert arrived.id == item.id
    assert arrived.title_in("fr") == "Atelier régional sur le SH 2022"
    assert arrived.title_in("en") == "Regional workshop on HS 2022"
    assert arrived.body_in("en").endswith("https://www.oco.org.fj")
    assert arrived.activity_name("fr").startswith("P1.2.6 ")
    assert not arrived.read and news.unread_count(member) == 1


def test_french_falls_back_to_english_where_there_is_no_translation(world) -> None:
    member = world.members["TO"]
    _publish(world, title_fr=None, body_fr=None)
    world.send(world.sec, member, recipient="TO")
    [arrived] = news.list_news(member)
    assert arrived.title_in("fr") == "Regional workshop on HS 2022"
    assert arrived.body_in("fr").startswith("The Secretariat holds")
    assert not arrived.translated("fr")


def test_an_edit_and_then_a_withdrawal_follow_with_the_next_bundles(world) -> None:
    member = world.members["TO"]
    item = _publish(world)
    world.send(world.sec, member, recipient="TO")
    news.mark_read(member, [item.id])
    news.edit_news(
        world.sec, item.id, NewsDraft(**{**item.draft().__dict__, "place": "Nadi, Fiji"}), ACTOR
    )
    world.send(world.sec, member, recipient="TO")
    [edited] = news.list_news(member)
    assert edited.place == "Nadi, Fiji" and edited.read  # read marks are the office's own

    news.withdraw_news(world.sec, item.id, ACTOR)
    assert news.list_news(world.sec) == []
    sent, [result] = world.send(world.sec, member, recipient="TO")
    assert result.status == "applied" and sent.counts.get("news_item") == 1
    assert news.list_news(member) == []
    assert news.unread_count(member) == 0


def test_read_marks_stay_at_the_office(world) -> None:
    member = world.members["TO"]
    item = _publish(world)
    world.send(world.sec, member, recipient="TO")
    assert [e.read for e in news.list_news(member)] == [False]
    assert news.mark_read(member, [item.id]) == 1
    assert news.mark_read(member, [item.id]) == 0
    sent = world.export(member)
    assert "news_item" not in sent.counts and "news_read" not in sent.counts
    # and the other way: the Secretariat, which wrote the item, has it read; the member did not
    assert [e.read for e in news.list_news(world.sec)] == [True]
    assert news.mark_read(member, [item.id]) == 0


def _refused(world, store, data: bytes) -> BundleRejected:
    folder = world.folder()
    folder.mkdir(parents=True)
    (folder / "bad.ocob").write_bytes(data)
    before = data_digest(store)
    with pytest.raises(BundleRejected) as caught:
        sync_import.import_bundle(store, [folder / "bad.ocob"])
    assert data_digest(store) == before
    return caught.value


def _news_line(row_id: str, body: str) -> bytes:
    change = {
        "date": [2, 0, 1, ["2027-01-10"]],
        "title": [2, 0, 1, ["Notice", None]],
        "body": [2, 0, 1, [body, None]],
    }
    return json.dumps({"t": "news_item", "id": row_id, "c": change}).encode() + b"\n"


def test_a_member_bundle_carrying_news_is_refused_with_the_reason(world) -> None:
    member = world.members["TO"]
    line = _news_line(new_id(), "Invented at a member office.")
    refused = _refused(world, world.sec, craft(member, world.sec, records_raw=line))
    assert refused.code == "out_of_scope", refused.message
    assert "news_item" in refused.message and "only the Secretariat publishes" in refused.message
    assert news.list_news(world.sec) == []


def test_a_secretariat_item_over_the_length_limit_is_refused_not_shown(world) -> None:
    member = world.members["TO"]
    body = os.urandom(rules.MAX_BODY).hex()[: rules.MAX_BODY + 1]  # random: no "bomb" ratio
    line = _news_line(new_id(), body)
    refused = _refused(world, member, craft(world.sec, member, records_raw=line))
    assert refused.code == "invalid_record"
    assert f"news_item.body must be a text of at most {rules.MAX_BODY}" in refused.message
    assert news.list_news(member) == []


@pytest.mark.parametrize(
    ("size", "code", "reason"),
    [
        (10_000_000, "malformed", "is longer than"),
        (rules.MAX_BODY + 5_000, "invalid_record", "news_item.body must be a text of at most"),
    ],
)
def test_an_oversize_body_from_a_tampered_secretariat_is_refused(world, size, code, reason) -> None:
    """The Secretariat's own checks are bypassed (a hand-edited data file): its ordinary export
    carries the oversize body (10 MB, or just over the limit), and the member refuses the
    bundle with the reason and shows nothing."""
    member = world.members["TO"]
    item = _publish(world)
    body = os.urandom(size // 2 + 1).hex()[:size]  # random: refused for its size, not as a bomb
    conn = dbfile.connect(world.sec.paths.database)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE news_item SET body = ? WHERE id = ?", (body, item.id))
    conn.commit()
    conn.close()
    sent = world.export(world.sec, recipient="TO")
    before = data_digest(member)
    with pytest.raises(BundleRejected) as caught:
        sync_import.import_bundle(member, sent.files)
    assert caught.value.code == code, caught.value.message
    assert reason in caught.value.message
    assert data_digest(member) == before
    assert news.list_news(member) == []


def test_an_item_of_the_longest_allowed_body_travels_and_keeps_its_paragraphs(world) -> None:
    member = world.members["TO"]
    words = [
        "officers",
        "fifteen",
        "administrations",
        "attended",
        "workshop",
        "Suva",
        "tariff",
        "valuation",
        "rules",
    ]
    rng = random.Random(7)
    paragraphs = [
        " ".join(rng.choice(words) + str(rng.randrange(99)) for _ in range(60)) for _ in range(60)
    ]
    body = "\n\n".join(paragraphs)[: rules.MAX_BODY - 1] + "."
    item = _publish(world, body=body)
    assert item.body == body and len(body) == rules.MAX_BODY
    world.send(world.sec, member, recipient="TO")
    [arrived] = news.list_news(member)
    assert arrived.body == body and len(rules.paragraphs(arrived.body)) > 10


def test_event_dates_out_of_order_from_a_tampered_secretariat_are_refused(world) -> None:
    member = world.members["TO"]
    change = {
        "date": [2, 0, 1, ["2027-01-10"]],
        "title": [2, 0, 1, ["Notice", None]],
        "body": [2, 0, 1, ["Text.", None]],
        "event": [2, 0, 1, [None, "2027-01-05", "2027-01-01"]],
        "links": [2, 0, 1, [None, None]],
        "_deleted": [2, 0, 1, [False]],
    }
    line = json.dumps({"t": "news_item", "id": new_id(), "c": change}).encode() + b"\n"
    refused = _refused(world, member, craft(world.sec, member, records_raw=line))
    assert "news_item" in refused.message
    assert news.list_news(member) == []
