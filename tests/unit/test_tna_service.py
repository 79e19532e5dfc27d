"""The TNA services on a real store: cycles, assessments, needs, workflow and receipt."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select, text

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.tna import Band, CycleAction, CycleStatus, Dimension, NeedStatus
from oco_desktop.services.audit import make_actor
from oco_desktop.services.roster import erasure
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import grid as tna_grid
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.services.tna import workflow as tna_workflow
from oco_desktop.store.capture import DELETED_GROUP
from oco_desktop.store.models import (
    AuditEntry,
    Office,
    Position,
    Staff,
    TnaAssessment,
    TnaCycle,
    TnaNeed,
    TnaSuggestion,
)
from oco_desktop.store.reference import load_reference_data
from oco_desktop.store.reference_files import read_reference
from oco_desktop.store.sync_models import SyncPeer, SyncReplica

ACTOR = make_actor("Mele Tupou", "mtupou")
YEAR = 2026


def _people(store, count: int = 3, *, tier: str = "T1", office: str | None = None) -> list[str]:
    with store.write() as session:
        place = session.scalars(select(Office)).first() if office is None else None
        if office is not None:
            place = Office(member_code="TO", name=office)
            session.add(place)
        position = Position(member_code="TO", title=f"Officer {tier} {office}", tier=tier)
        session.add(position)
        session.flush()
        people = [
            Staff(
                member_code="TO",
                staff_number=f"{tier}-{office}-{n}",
                full_name=f"Sione {tier} {n}",
                sex="F" if n % 2 else "M",
                position_id=position.id,
                office_id=place.id,
            )
            for n in range(count)
        ]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def _cell(store, cycle, row: int, code: str) -> tna_grid.Cell:
    grid = tna_grid.load_grid(store, cycle.id)
    return grid.cells[row][[c.code for c in grid.competencies].index(code)]


@pytest.fixture
def cycle(store) -> tna.Cycle:
    return tna.start_cycle(store, YEAR, ACTOR).cycle


def test_starting_a_year_lists_every_person_in_post_with_their_profile(store) -> None:
    people = _people(store, 3)
    with store.write() as session:
        session.get(Staff, people[2]).status = "left"
    result = tna.start_cycle(store, YEAR, ACTOR)
    assert result.staff_in_post == 2 and result.carried_from is None
    grid = tna_grid.load_grid(store, result.cycle.id)
    assert [r.staff_id for r in grid.rows] == sorted(people[:2], key=lambda i: people.index(i))
    assert len(grid.competencies) == 24
    # Tier defaults of the seed catalogue: a T1 needs TECH 2, LEAD 1.
    codes = [c.code for c in grid.competencies]
    cell = grid.cells[0][codes.index("TECH-CLS")]
    assert (cell.required_level, cell.agreed_level, cell.saved) == (2, None, False)
    assert grid.tally().not_started == 2
    with pytest.raises(InvalidInput, match="already a training needs analysis for 2026"):
        tna.start_cycle(store, YEAR, ACTOR)
    with pytest.raises(InvalidInput, match="not a year"):
        tna.start_cycle(store, 99, ACTOR)


def test_one_cycle_per_member_and_year_has_a_derived_id(store, cycle) -> None:
    assert cycle.id == tna.cycle_id_for("TO", YEAR)
    assert tna.get_cycle(store, YEAR).id == cycle.id
    with pytest.raises(InvalidInput, match="no training needs analysis for 2031"):
        tna.get_cycle(store, 2031)


def test_an_edit_is_saved_scored_stamped_and_audited(store, cycle) -> None:
    [person] = _people(store, 1)
    cell = tna_grid.set_cell(
        store, cycle.id, person, "TECH-CLS", {"agreed_level": 0, "importance": 3}, ACTOR
    )
    scored = cell.scored()
    assert scored is not None and (scored.gap, scored.score, scored.band) == (2, 6, Band.HIGH)
    row_id = tna.assessment_id_for(cycle.id, person, "TECH-CLS")
    with store.read() as session:
        groups = set(
            session.scalars(
                text(
                    "SELECT grp FROM sync_field_clock WHERE tbl = 'tna_assessment' AND row_id = :r"
                ),
                {"r": row_id},
            )
        )
        entries = session.scalars(select(AuditEntry).where(AuditEntry.row_id == row_id)).all()
    assert groups == {*TnaAssessment.__sync_groups__, DELETED_GROUP}
    assert {e.field for e in entries} == {"agreed_level", "importance"}
    assert {e.officer for e in entries} == {"Mele Tupou"}


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"agreed_level": 5}, "agreed_level", "not a level of the scale"),
        ({"self_level": "x"}, "self_level", "0 (None)"),
        ({"importance": 4}, "importance", "1 (useful)"),
        ({"required_level": None}, "required_level", "cannot be left empty"),
        ({"band_override": "high"}, "override_reason", "needs a reason"),
        ({"colour": "red"}, "colour", "not a field"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_half_saved(store, cycle, changes, field, words):
    [person] = _people(store, 1)
    tna_grid.set_cell(store, cycle.id, person, "TECH-CLS", {"agreed_level": 1}, ACTOR)
    with pytest.raises(InvalidInput) as refused:
        tna_grid.set_cell(
            store, cycle.id, person, "TECH-CLS", {"comment": "kept?", **changes}, ACTOR
        )
    assert refused.value.field == field and words in refused.value.message
    cell = _cell(store, cycle, 0, "TECH-CLS")
    assert (cell.agreed_level, cell.comment) == (1, None)


def test_a_competency_not_in_the_catalogue_is_refused(store, cycle) -> None:
    [person] = _people(store, 1)
    with pytest.raises(InvalidInput, match="'TECH-XYZ' is not a competency of the catalogue"):
        tna_grid.set_cell(store, cycle.id, person, "TECH-XYZ", {"agreed_level": 2}, ACTOR)


def test_a_person_without_a_position_needs_a_required_level_first(store, cycle) -> None:
    [person] = _people(store, 1)
    with store.write() as session:
        session.get(Staff, person).position_id = None
    with pytest.raises(InvalidInput) as refused:
        tna_grid.set_cell(store, cycle.id, person, "TECH-CLS", {"agreed_level": 2}, ACTOR)
    assert "has no position" in refused.value.message and "required level" in refused.value.message
    cell = tna_grid.set_cell(
        store, cycle.id, person, "TECH-CLS", {"required_level": 3, "agreed_level": 2}, ACTOR
    )
    assert cell.scored() is not None and cell.scored().gap == 1


def test_an_override_wins_until_taken_back(store, cycle) -> None:
    [person] = _people(store, 1)
    tna_grid.set_cell(store, cycle.id, person, "LEAD-SUP", {"agreed_level": 0}, ACTOR)
    cell = tna_grid.set_cell(
        store,
        cycle.id,
        person,
        "LEAD-SUP",
        {"band_override": "high", "override_reason": "Acting supervisor from March"},
        ACTOR,
    )
    assert cell.scored().band is Band.HIGH and cell.scored().computed is Band.LOW
    back = tna_grid.set_cell(store, cycle.id, person, "LEAD-SUP", {"band_override": None}, ACTOR)
    assert (back.band_override, back.override_reason, back.scored().band) == (None, None, Band.LOW)


def test_the_workflow_locks_records_and_reopens_with_a_reason(store, cycle) -> None:
    [person] = _people(store, 1)
    tna_grid.set_cell(store, cycle.id, person, "TECH-CLS", {"agreed_level": 0}, ACTOR)
    with pytest.raises(InvalidInput, match="cannot be submitted"):
        tna_workflow.advance(store, cycle.id, CycleAction.SUBMIT, ACTOR)
    tna_workflow.advance(store, cycle.id, CycleAction.SEND_FOR_REVIEW, ACTOR)
    with pytest.raises(InvalidInput) as no_name:
        tna_workflow.advance(store, cycle.id, CycleAction.APPROVE, ACTOR, approver="  ")
    assert no_name.value.field == "approved_by"
    assert tna.cycle_by_id(store, cycle.id).status is CycleStatus.IN_REVIEW  # unchanged
    day = dt.date(2026, 11, 2)
    approved = tna_workflow.advance(
        store, cycle.id, CycleAction.APPROVE, ACTOR, approver="Siosaia Fifita", today=day
    )
    assert (approved.approved_by, approved.approved_on) == ("Siosaia Fifita", day)
    with pytest.raises(InvalidInput, match="locked"):
        tna_grid.set_cell(store, cycle.id, person, "TECH-CLS", {"agreed_level": 2}, ACTOR)
    submitted = tna_workflow.advance(store, cycle.id, CycleAction.SUBMIT, ACTOR, today=day)
    assert submitted.status is CycleStatus.SUBMITTED and submitted.headcount == {"T1": {"M": 1}}
    with pytest.raises(InvalidInput, match="reopen it"):
        tna.update_org_section(store, cycle.id, tna.OrgSection(priorities="x"), ACTOR)
    with pytest.raises(InvalidInput, match="reopened"):
        tna_workflow.advance(store, cycle.id, CycleAction.REOPEN, ACTOR)
    reopened = tna_workflow.advance(
        store, cycle.id, CycleAction.REOPEN, ACTOR, reason="The airport office was missing"
    )
    assert reopened.status is CycleStatus.DRAFT and reopened.approved_by is None
    assert reopened.reopen_reason == "The airport office was missing"
    with store.read() as session:
        statuses = [
            e.new_value
            for e in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.tbl == "tna_cycle", AuditEntry.field == "status")
                .order_by(AuditEntry.id)
            )
        ]
    assert statuses == ["in_review", "approved", "submitted", "draft"]


def test_submission_saves_the_needs_so_they_travel(store, cycle) -> None:
    people = _people(store, 2)
    for person in people:
        tna_grid.set_cell(store, cycle.id, person, "TECH-VAL", {"agreed_level": 0}, ACTOR)
    for action, options in (
        (CycleAction.SEND_FOR_REVIEW, {}),
        (CycleAction.APPROVE, {"approver": "Head of Customs"}),
        (CycleAction.SUBMIT, {}),
    ):
        tna_workflow.advance(store, cycle.id, action, ACTOR, **options)
    with store.read() as session:
        needs = session.scalars(select(TnaNeed)).all()
    assert [(n.competency_code, n.band, n.activity_code, n.target_year) for n in needs] == [
        ("TECH-VAL", "medium", "P1.2.2", YEAR + 1)
    ]


def _fill(store, cycle, people, code, agreed, importance=2):
    for person in people:
        tna_grid.set_cell(
            store, cycle.id, person, code, {"agreed_level": agreed, "importance": importance},
            ACTOR,
        )  # fmt: skip


def test_summary_prioritises_and_groups_the_needs(store, cycle) -> None:
    hq = _people(store, 6, tier="T1")
    airport = _people(store, 2, tier="T2", office="Airport")
    _fill(store, cycle, hq, "TECH-CLS", 0, 3)  # gap 2 x 3: high, 6 staff
    _fill(store, cycle, airport, "TECH-CLS", 1, 3)  # T2 needs 3: gap 2 x 3: high
    _fill(store, cycle, hq[:3], "LEAD-SUP", 0, 2)  # T1 needs 1: gap 1 x 2: low
    found = tna_needs.summary(store, cycle.id)
    assert [(n.competency_code, n.band, n.staff) for n in found.needs] == [
        ("TECH-CLS", Band.HIGH, 8),
        ("LEAD-SUP", Band.LOW, 3),
    ]
    assert found.needs[0].mapping.activity_code == "P1.2.2"
    assert found.needs[0].activity_title.startswith("Facilitate and promote")
    assert (found.progress.partly, found.progress.total) == (8, 8)
    by_office = tna_needs.summary(store, cycle.id, by=Dimension.OFFICE)
    assert {(n.competency_code, n.group): n.staff for n in by_office.needs} == {
        ("TECH-CLS", "Nukuʻalofa HQ"): 6,
        ("TECH-CLS", "Airport"): 2,
        ("LEAD-SUP", "Nukuʻalofa HQ"): 3,
    }
    shared = tna_needs.summary(store, cycle.id, by=Dimension.SEX, shareable=True)
    assert {n.staff for n in shared.needs} <= {"<5", 5}
    assert all(n.total_score is None for n in shared.needs if n.staff == "<5")


def test_progress_by_office_follows_agreed_levels(store, cycle) -> None:
    [one, two] = _people(store, 2)
    grid = tna_grid.load_grid(store, cycle.id)
    for column in grid.competencies:
        tna_grid.set_cell(store, cycle.id, one, column.code, {"agreed_level": 2}, ACTOR)
    tna_grid.set_cell(store, cycle.id, two, "CORE-ETH", {"self_level": 2}, ACTOR)
    found = tna_needs.summary(store, cycle.id)
    assert (found.progress.assessed, found.progress.partly, found.progress.not_started) == (1, 0, 1)
    assert [name for name, _ in found.by_office] == ["Nukuʻalofa HQ"]


def test_a_new_year_starts_from_last_years_levels(store, cycle) -> None:
    [stays, leaves] = _people(store, 2)
    _fill(store, cycle, [stays, leaves], "TECH-CLS", 1, 3)
    tna.update_org_section(
        store, cycle.id, tna.OrgSection(priorities="PACER Plus", national_trainers=4), ACTOR
    )
    with store.write() as session:
        session.get(Staff, leaves).status = "left"
    result = tna.start_cycle(store, YEAR + 1, ACTOR)
    assert (result.carried_from, result.carried_rows) == (YEAR, 1)
    assert result.cycle.org.priorities == "PACER Plus" and result.cycle.carried_from_year == YEAR
    grid = tna_grid.load_grid(store, result.cycle.id)
    codes = [c.code for c in grid.competencies]
    cell = grid.cells[0][codes.index("TECH-CLS")]
    assert (cell.previous_level, cell.agreed_level, cell.importance) == (1, None, 3)
    assert cell.scored().band is Band.MEDIUM  # last year's level is the starting point
    assert not cell.assessed  # ... but still to be agreed this year
    assert tna_grid.accept_previous(store, result.cycle.id, [stays], ACTOR) == 1
    again = tna_grid.load_grid(store, result.cycle.id).cells[0][codes.index("TECH-CLS")]
    assert again.agreed_level == 1 and again.assessed
    fresh = tna.start_cycle(store, YEAR + 2, ACTOR, carry_over=False)
    assert fresh.carried_rows == 0 and fresh.cycle.org.priorities is None


def test_organisation_section_is_checked(store, cycle) -> None:
    saved = tna.update_org_section(
        store,
        cycle.id,
        tna.OrgSection(budget_amount=25000, budget_currency="top", constraints_note="  "),
        ACTOR,
    )
    assert (saved.org.budget_amount, saved.org.budget_currency) == (25000, "TOP")
    assert saved.org.constraints_note is None
    for section, field in (
        (tna.OrgSection(budget_currency="pa'anga"), "budget_currency"),
        (tna.OrgSection(budget_amount=-5), "budget_amount"),
        (tna.OrgSection(national_trainers=-1), "national_trainers"),
        (tna.OrgSection(priorities="x" * 5001), "priorities"),
    ):
        with pytest.raises(InvalidInput) as refused:
            tna.update_org_section(store, cycle.id, section, ACTOR)
        assert refused.value.field == field


def test_a_need_is_mapped_and_can_become_the_suggestion(store, cycle) -> None:
    _fill(store, cycle, _people(store, 1), "TECH-LAW", 0, 3)
    mapping = tna_needs.NeedMapping("P1.1.6", "OPSF-C4", "Customs Valuation", YEAR + 1,
                                    NeedStatus.PLANNED)  # fmt: skip
    tna_needs.set_need(store, cycle.id, "TECH-LAW", "high", mapping, ACTOR, remember=True)
    [line] = tna_needs.summary(store, cycle.id).needs
    assert line.saved and line.mapping == mapping
    with store.read() as session:
        hint = session.get(TnaSuggestion, "TECH-LAW")
    assert (hint.activity_code, hint.edited_locally) == ("P1.1.6", True)
    with pytest.raises(InvalidInput, match="not an activity"):
        tna_needs.set_need(store, cycle.id, "TECH-LAW", "high", tna_needs.NeedMapping("P9"), ACTOR)
    with pytest.raises(InvalidInput, match="before the analysis year"):
        tna_needs.set_need(
            store, cycle.id, "TECH-LAW", "high", tna_needs.NeedMapping(target_year=2020), ACTOR
        )
    with pytest.raises(InvalidInput, match="band of a need"):
        tna_needs.set_need(store, cycle.id, "TECH-LAW", "none", mapping, ACTOR)


def test_suggestions_load_once_and_keep_local_edits(store, monkeypatch) -> None:
    with store.read() as session:
        count = session.scalar(select(func.count()).select_from(TnaSuggestion))
    _, shipped = read_reference("tna_mapping.json")
    assert count == len(shipped["suggestions"]) == 24
    with store.write() as session:
        hint = session.get(TnaSuggestion, "TECH-CLS")
        hint.activity_code, hint.edited_locally = "P1.1.4", True
        session.get(TnaSuggestion, "TECH-VAL").activity_code = "P1.1.4"
        assert load_reference_data(session) is False  # unchanged file: nothing done
    from oco_desktop.store import tna_reference

    monkeypatch.setattr(tna_reference, "reference_for", lambda _s, _n: ("new digest", shipped))
    with store.write() as session:
        assert tna_reference.load_tna_suggestions(session) is True
    with store.read() as session:
        assert session.get(TnaSuggestion, "TECH-CLS").activity_code == "P1.1.4"  # kept
        assert session.get(TnaSuggestion, "TECH-VAL").activity_code == "P1.2.2"  # shipped


def test_receipt_from_the_secretariat_acknowledges_a_submitted_cycle(store, cycle) -> None:
    for action, options in (
        (CycleAction.SEND_FOR_REVIEW, {}),
        (CycleAction.APPROVE, {"approver": "Head of Customs"}),
        (CycleAction.SUBMIT, {}),
    ):
        tna_workflow.advance(store, cycle.id, action, ACTOR, **options)
    assert tna_workflow.mark_acknowledged(store) == []  # nothing heard from the Secretariat
    with store.read() as session:
        submitted_seq = session.scalar(text("SELECT seq FROM tna_submission"))
    with store.write() as session:
        if session.get(SyncPeer, "SEC") is None:
            session.add(
                SyncPeer(code="SEC", name="OCO Secretariat", signing_key="k", encryption_key="k",
                         fingerprint="F", status="trusted", first_seen_at=dt.datetime(2026, 1, 1))
            )  # fmt: skip
        session.add(SyncReplica(replica_id="r1", site_code="SEC", acked_seq=submitted_seq - 1))
    assert tna_workflow.mark_acknowledged(store) == []  # not up to the submission yet
    with store.write() as session:
        session.get(SyncReplica, "r1").acked_seq = submitted_seq
    [done] = tna_workflow.mark_acknowledged(store, today=dt.date(2026, 12, 1))
    assert done.status is CycleStatus.ACKNOWLEDGED and done.acknowledged_on == dt.date(2026, 12, 1)
    assert tna_workflow.mark_acknowledged(store) == []  # idempotent


def test_an_erasure_removes_the_persons_assessments(store, cycle) -> None:
    [person] = _people(store, 1)
    tna_grid.set_cell(store, cycle.id, person, "CORE-ETH", {"comment": "private words"}, ACTOR)
    with store.write() as session:
        erasure.forget_everywhere(session, person)  # what an erasure does
    with store.read() as session:
        row = session.scalars(select(TnaAssessment)).one()
        entries = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.tbl == "tna_assessment")
        )
    assert (row.deleted, row.comment, entries) == (True, None, 0)


def test_the_cli_lookup_finds_one_person_by_staff_number(store, cycle) -> None:
    [person] = _people(store, 1)
    assert tna_grid.staff_id_by_number(store, cycle.id, " T1-None-0 ") == person
    with pytest.raises(InvalidInput, match="No staff member in post"):
        tna_grid.staff_id_by_number(store, cycle.id, "nobody")


def test_the_dashboard_overview_has_the_latest_cycle_and_top_five(store) -> None:
    assert tna_needs.overview(store).cycle is None
    cycle = tna.start_cycle(store, YEAR, ACTOR).cycle
    people = _people(store, 2)
    for code in ("TECH-CLS", "TECH-VAL", "TECH-ORG", "TECH-RSK", "TECH-ENF", "TECH-PCA"):
        _fill(store, cycle, people, code, 0, 3)
    found = tna_needs.overview(store)
    assert found.cycle.year == YEAR and len(found.top) == 5
    assert found.progress.partly == 2


def test_cycle_rows_hold_the_headcount_as_json(store, cycle) -> None:
    _people(store, 2)
    for action, options in (
        (CycleAction.SEND_FOR_REVIEW, {}),
        (CycleAction.APPROVE, {"approver": "Head of Customs"}),
        (CycleAction.SUBMIT, {}),
    ):
        tna_workflow.advance(store, cycle.id, action, ACTOR, **options)
    with store.read() as session:
        stored = session.get(TnaCycle, cycle.id).headcount
    assert json.loads(stored) == {"T1": {"F": 1, "M": 1}}
