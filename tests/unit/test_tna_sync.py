"""A submitted analysis travels to the Secretariat in the next bundle, and the Secretariat's
receipt makes it acknowledged on the member's side."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from oco_desktop.domain.roster import Role
from oco_desktop.domain.tna import CycleAction, CycleStatus
from oco_desktop.paths import DataPaths
from oco_desktop.services.audit import make_actor
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.services.sync import export as sync_export
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.state import me
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import grid as tna_grid
from oco_desktop.services.tna import workflow as tna_workflow
from oco_desktop.store.models import Office, Position, Staff, TnaAssessment, TnaCycle, TnaNeed

ACTOR = make_actor("Mele Tupou", "mtupou")


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


def _staff(store) -> str:
    with store.write() as session:
        office = session.scalars(select(Office)).first()
        position = Position(member_code="TO", title="Customs Officer", tier="T1")
        session.add(position)
        session.flush()
        person = Staff(
            member_code="TO",
            staff_number="TO-0001",
            full_name="Sālote Fifita",
            position_id=position.id,
            office_id=office.id,
        )
        session.add(person)
        session.flush()
        return person.id


def test_a_submitted_cycle_travels_and_the_receipt_acknowledges_it(pair, tmp_path) -> None:
    sec, member = pair
    person = _staff(member)
    cycle = tna.start_cycle(member, 2026, ACTOR).cycle
    tna_grid.set_cell(member, cycle.id, person, "TECH-CLS", {"agreed_level": 0}, ACTOR)
    for action, options in (
        (CycleAction.SEND_FOR_REVIEW, {}),
        (CycleAction.APPROVE, {"approver": "Head of Customs"}),
        (CycleAction.SUBMIT, {}),
    ):
        tna_workflow.advance(member, cycle.id, action, ACTOR, **options)

    sent = sync_export.export_bundle(member, tmp_path / "out-1")
    assert {"tna_cycle", "tna_assessment", "tna_need"} <= set(sent.counts)
    [applied] = sync_import.import_bundle(sec, sent.files)
    assert applied.status == "applied"
    with sec.read() as session:
        arrived = session.get(TnaCycle, cycle.id)
        assessment = session.scalars(select(TnaAssessment)).one()
        need = session.scalars(select(TnaNeed)).one()
    assert (arrived.status, arrived.approved_by) == ("submitted", "Head of Customs")
    assert (assessment.agreed_level, assessment.required_level) == (0, 2)
    assert (need.competency_code, need.band) == ("TECH-CLS", "medium")
    assert [c.year for c in tna.list_cycles(sec)] == [2026]

    assert tna_workflow.mark_acknowledged(member) == []  # the receipt has not arrived yet
    receipt = sync_export.export_bundle(sec, tmp_path / "out-2", recipient="TO")
    sync_import.import_bundle(member, receipt.files)  # the import acknowledges it itself
    done = tna.get_cycle(member, 2026)
    assert done.id == cycle.id and done.status is CycleStatus.ACKNOWLEDGED
    assert tna_workflow.mark_acknowledged(member) == []  # and doing it again changes nothing
