"""The programme travels: the Secretariat's courses and sessions reach a member, the member's
nominations and completions reach the Secretariat, and the Secretariat's decision comes back."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.programme import courses, elearning, nominations, reference_publish
from oco_desktop.services.programme import tree as programme
from oco_desktop.services.programme.courses import CourseDraft, SessionDraft
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.services.sync import export as sync_export
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.state import me
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import grid as tna_grid
from oco_desktop.services.tna import needs as tna_needs
from tests.unit.programme_world import ACTOR, add_staff


@pytest.fixture
def pair(tmp_path):
    """The Secretariat and Tonga, keys exchanged and trusted both ways."""
    sec = initialise(DataPaths(tmp_path / "SEC"), SetupRequest(Role.SECRETARIAT))
    card = tmp_path / "sec.card"
    sync_trust.export_card(sec, card)
    member = initialise(
        DataPaths(tmp_path / "TO"),
        SetupRequest(Role.MEMBER, "TO", "Nukuʻalofa HQ", None, secretariat_card=card),
    )
    enrol = sync_export.export_bundle(member, tmp_path / "out-0")
    [quarantined] = sync_import.import_bundle(sec, enrol.files)
    assert quarantined.status == "quarantined"
    sync_trust.trust(sec, "TO", me(member).keys.card().fingerprint)  # read by phone
    sync_import.release_quarantine(sec, "TO")
    yield sec, member
    sec.close()
    member.close()


def _send(sender, receiver, folder, recipient=None):
    sent = sync_export.export_bundle(sender, folder, recipient=recipient)
    results = sync_import.import_bundle(receiver, sent.files)
    assert [r.status for r in results] == ["applied"]
    return sent


def test_courses_go_out_and_nominations_come_back(pair, tmp_path) -> None:
    sec, member = pair
    today = dt.date.today()
    course = courses.create_course(
        sec, CourseDraft(code="FLS", title="Front-line Supervision", activity_code="P1.1.4"), ACTOR
    )
    published = courses.create_session(
        sec,
        SessionDraft(
            course_id=course.id,
            starts_on=today + dt.timedelta(days=40),
            ends_on=today + dt.timedelta(days=43),
            apply_by=today + dt.timedelta(days=20),
            seats=1,
            venue="Suva",
        ),
        ACTOR,
    )
    sent = _send(sec, member, tmp_path / "out-1", recipient="TO")
    assert {"course", "course_session"} <= set(sent.counts)
    [arrived] = courses.list_sessions(member, upcoming_only=True)
    assert (arrived.id, arrived.course_code, arrived.seats) == (published.id, "FLS", 1)

    people = add_staff(member, "TO", count=2)
    first = nominations.nominate(member, published.id, people[0], "Acting supervisor", ACTOR)
    second = nominations.nominate(member, published.id, people[1], "Successor", ACTOR)
    assert second.status == "waitlisted"
    elearning.record_completions(member, "clikc-hs-foundation", people, today, ACTOR)
    sent = _send(member, sec, tmp_path / "out-2")
    assert {"nomination", "elearning_completion", "staff"} <= set(sent.counts)

    seen = nominations.list_nominations(sec, session_id=published.id)
    assert [(n.member_code, n.status, n.waitlist_position) for n in seen] == [
        ("TO", "nominated", None),
        ("TO", "waitlisted", 1),
    ]
    tree = programme.programme_tree(sec)
    assert tree.member_code is None
    assert tree.find("P1.1.4").counts.nominations == 2
    assert tree.find("P1.2.2").counts.completions == 2
    nominations.decide(sec, [first.id], "confirmed", ACTOR)

    _send(sec, member, tmp_path / "out-3", recipient="TO")
    back = {n.id: n for n in nominations.list_nominations(member)}
    assert back[first.id].status == "confirmed" and back[first.id].decided_on == today
    assert back[second.id].status == "waitlisted"


def test_an_activity_the_secretariat_publishes_can_meet_a_training_need(pair, tmp_path) -> None:
    """One reader of the reference data: the programme tree, the choices of the need dialog
    and the check of `set_need` all see the activity the Secretariat published."""
    sec, member = pair
    shipped = json.loads(reference_publish.reference_path("programme.json").read_text("utf-8"))
    shipped["priority"]["outcomes"][0]["activities"].append(
        {"code": "P1.9", "title": "Customs data analytics", "title_fr": "Analyse des données"}
    )
    shipped["known_courses"].append(
        {"code": "CDA-1", "title": "Data analytics basics", "activity": "P1.9"}
    )
    programme_file = tmp_path / "programme.json"
    programme_file.write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    reference_publish.publish(sec, {"programme.json": programme_file})
    _send(sec, member, tmp_path / "out-1", recipient="TO")
    assert programme.programme_tree(member).find("P1.9") is not None
    choices = tna_needs.need_choices(member)  # what the need dialog offers
    assert "P1.9" in [a.code for a in choices.activities]
    assert "CDA-1" in [c.code for c in choices.courses]

    year = dt.date.today().year
    cycle = tna.start_cycle(member, year, ACTOR).cycle
    person = add_staff(member, "TO", count=1)[0]
    tna_grid.set_cell(
        member, cycle.id, person, "TECH-LAW", {"agreed_level": 0, "importance": 3}, ACTOR
    )
    mapping = tna_needs.NeedMapping("P1.9", "CDA-1", None, year + 1)
    tna_needs.set_need(member, cycle.id, "TECH-LAW", "high", mapping, ACTOR)
    [line] = tna_needs.summary(member, cycle.id).needs
    assert (line.activity_title, line.activity_title_fr, line.course_title) == (
        "Customs data analytics", "Analyse des données", "Data analytics basics"
    )  # fmt: skip
