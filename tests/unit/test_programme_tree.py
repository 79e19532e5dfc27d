"""The programme tree: fifteen activities under three outcomes, with the links and a status."""

from __future__ import annotations

import datetime as dt

import pytest

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.programme import elearning, nominations
from oco_desktop.services.programme import tree as programme
from oco_desktop.services.programme.tree import ActivityStatus
from tests.unit.programme_world import ACTOR, TODAY, add_staff, published_session


def test_the_tree_of_an_empty_store(store) -> None:
    tree = programme.programme_tree(store, today=TODAY)
    assert [o.code for o in tree.outcomes] == ["P1.1", "P1.2", "P1.3"]
    assert len(tree.activities) == 15
    assert {a.status for a in tree.activities} == {ActivityStatus.NOT_STARTED}
    assert tree.member_code == "TO"
    assert tree.outcomes[0].name("fr").startswith("Développer")


def test_links_and_status(store) -> None:
    people = add_staff(store, count=3)
    coming = published_session(store, code="FLS", activity="P1.1.4", seats=1)
    published_session(store, code="EGT", activity="P1.1.6", starts_in=60, apply_by_in=None)
    held = published_session(store, code="TTT", activity="P1.1.5", starts_in=5, apply_by_in=None)
    nominations.nominate(store, coming, people[0], "r", ACTOR, today=TODAY)
    nominations.nominate(store, coming, people[1], "r", ACTOR, today=TODAY)
    went = nominations.nominate(store, held, people[2], "r", ACTOR, today=TODAY)
    later = TODAY + dt.timedelta(days=10)
    nominations.record_outcome(store, went.id, ACTOR, attendance="attended", today=later)
    elearning.record_completions(store, "clikc-hs-foundation", people, TODAY, ACTOR, today=TODAY)

    tree = programme.programme_tree(store, today=TODAY)
    fls, egt, ttt, learn = (tree.find(c) for c in ("P1.1.4", "P1.1.6", "P1.1.5", "P1.2.2"))
    assert (fls.counts.courses, fls.counts.sessions, fls.counts.nominations) == (1, 1, 2)
    assert fls.status is ActivityStatus.IN_PROGRESS
    assert egt.status is ActivityStatus.PLANNED
    assert ttt.status is ActivityStatus.DELIVERED and ttt.counts.attended == 1
    assert learn.counts.completions == 3 and learn.status is ActivityStatus.DELIVERED
    assert tree.outcomes[0].counts.nominations == 3
    assert tree.counts.courses == 3
    as_json = tree.as_dict()
    assert as_json["outcomes"][0]["activities"][3]["status"] == "in_progress"

    detail = programme.activity_detail(store, "P1.1.4", today=TODAY)
    assert [c.code for c in detail.courses] == ["FLS"] and detail.courses[0].sessions == 1
    assert [n.status for n in detail.nominations] == ["nominated", "waitlisted"]
    assert detail.nominations[1].waitlist_position == 1
    with pytest.raises(InvalidInput, match="not an activity"):
        programme.activity_detail(store, "P9.9.9", today=TODAY)


def test_a_withdrawn_nomination_is_not_counted(store) -> None:
    [person] = add_staff(store, count=1)
    session_id = published_session(store)
    made = nominations.nominate(store, session_id, person, "r", ACTOR, today=TODAY)
    nominations.withdraw(store, made.id, ACTOR, today=TODAY)
    node = programme.programme_tree(store, today=TODAY).find("P1.1.4")
    assert node.counts.nominations == 0 and node.status is ActivityStatus.PLANNED


def test_the_demo_fills_every_kind_of_link(paths) -> None:
    from sqlalchemy import func, select

    from oco_desktop.services.demo import create_demo
    from oco_desktop.store.programme_models import ElearningCompletion, Nomination

    store = create_demo(paths, member_code="TO", staff=60, seed=3)
    try:
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(Nomination)) == 10
            assert session.scalar(select(func.count()).select_from(ElearningCompletion)) == 30
        tree = programme.programme_tree(store)
        statuses = {a.status for a in tree.activities}
        assert statuses >= {ActivityStatus.DELIVERED, ActivityStatus.IN_PROGRESS}
        listed = nominations.list_nominations(store)
        assert [n.waitlist_position for n in listed if n.status == "waitlisted"] == [1]
        assert any(n.certificate_ref for n in listed)
        assert any(n.need_id for n in listed)
    finally:
        store.close()
