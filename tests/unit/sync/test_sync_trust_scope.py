"""Issue 16, "Trust the exchange": a bundle can say only what its sender may say. Every attack
here is forged as an insider would: records written by hand, signed with TO's real key."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from oco_desktop.domain import hlc
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.state import me
from oco_desktop.services.tna.cycle import cycle_id_for
from oco_desktop.services.tna.needs import need_id_for
from oco_desktop.store.models import Staff, TnaCycle, TnaNeed
from oco_desktop.sync import columns, keys
from tests.unit.sync.conftest import add_staff, data_digest
from tests.unit.sync.forge import HOUR_MS, forge, refused, row, write


@pytest.fixture
def fiji(world):
    """FJ enrolled, with one staff member and its 2026 TNA cycle already at the Secretariat."""
    fj = world.add_member("FJ")
    [staff_id] = add_staff(fj, "FJ", 1)
    with fj.write() as session:
        session.add(
            TnaCycle(id=cycle_id_for("FJ", 2026), member_code="FJ", year=2026, priorities="real")
        )
    world.send(fj, world.sec)
    return fj, staff_id


def _name(store, staff_id):
    with store.read() as session:
        person = session.get(Staff, staff_id)
        return person.member_code, person.full_name, person.erased


# ---------------------------------------------------------------- hole 1: taking over rows


@pytest.mark.parametrize(
    "groups",
    [
        {"member": ["TO"], "name": ["Taken Over"]},
        {"member": ["TO"], "erased": [True]},
        {"name": ["Renamed by TO"]},
        {"erased": [True]},
    ],
    ids=["claim-and-rename", "claim-and-erase", "rename", "erase"],
)
def test_a_member_cannot_take_over_rename_or_erase_another_members_row(world, fiji, groups):
    fj, staff_id = fiji
    to = world.members["TO"]
    forged = forge(to, world.sec, [row(to, "staff", staff_id, groups, ahead_ms=HOUR_MS)])
    error = refused(world.sec, write(world.folder(), forged), "out_of_scope")
    assert "of FJ" in error.message and "TO's rows" in error.message
    assert _name(world.sec, staff_id) == ("FJ", "Sālote 0", False)
    with fj.write() as session:  # FJ's next real bundle still counts
        session.get(Staff, staff_id).full_name = "Mere"
    _, [result] = world.send(fj, world.sec)
    assert result.status == "applied" and _name(world.sec, staff_id)[1] == "Mere"


def test_a_member_cannot_squat_a_predictable_id_of_another_member(world):
    """FJ's 2026 cycle id is uuid5 of "FJ/2026": TO claims it before FJ sends it."""
    to = world.members["TO"]
    squat = row(to, "tna_cycle", cycle_id_for("FJ", 2026), {"member": ["TO"], "year": [2026]})
    error = refused(
        world.sec, write(world.folder(), forge(to, world.sec, [squat])), "invalid_record"
    )
    assert "tna_cycle" in error.message and "member_code=TO" in error.message


def test_a_block_cannot_bring_its_own_id_rule(world):
    """A schema-2 block names the rule its null ids are derived with: a forged rule that
    makes FJ's cycle id out of TO's values is refused, not believed."""
    to = world.members["TO"]
    from oco_desktop.services.tna import cycle as tna

    cycle = row(
        to,
        "tna_cycle",
        cycle_id_for("FJ", 2026),
        {"member": ["TO"], "year": [2026], "budget": [0, "FJ"]},
    )
    rule = columns.DeriveRule(tna.CYCLE_NAMESPACE, ("budget_currency", "year"))
    forged = forge(to, world.sec, [cycle], schema2=True, derive={"tna_cycle": rule})
    error = refused(world.sec, write(world.folder(), forged), "invalid_record")
    assert "by a rule that is not ours" in error.message


def test_a_shipped_id_in_a_derived_block_must_be_the_id_its_values_make(world):
    to = world.members["TO"]
    squat = row(to, "tna_cycle", cycle_id_for("FJ", 2026), {"member": ["TO"], "year": [2026]})
    forged = forge(to, world.sec, [squat], schema2=True)  # no rule: every id travels
    error = refused(world.sec, write(world.folder(), forged), "invalid_record")
    assert "is not the id its values make" in error.message


def test_a_member_cannot_hang_its_rows_on_another_members_parent(world, fiji):
    to = world.members["TO"]
    fj_cycle = cycle_id_for("FJ", 2026)
    need = row(
        to,
        "tna_need",
        need_id_for(fj_cycle, "C1", "high"),
        {"link": [fj_cycle, "C1", "high"], "member": ["TO"], "status": ["open"]},
    )
    error = refused(world.sec, write(world.folder(), forge(to, world.sec, [need])), "out_of_scope")
    assert "points to tna_cycle" in error.message and "of FJ" in error.message
    with world.sec.read() as session:
        assert session.scalars(select(TnaNeed)).all() == []


def test_a_derived_id_that_does_not_match_its_own_values_is_refused(world):
    to = world.members["TO"]
    own = cycle_id_for("TO", 2026)
    need = row(
        to,
        "tna_need",
        need_id_for(own, "C1", "low"),  # the id of another band
        {"link": [own, "C1", "high"], "member": ["TO"], "status": ["open"]},
    )
    refused(world.sec, write(world.folder(), forge(to, world.sec, [need])), "invalid_record")


# ---------------------------------------------------------------- hole 2: parked records


def test_a_parked_record_passes_its_senders_scope_check_when_retried(world):
    """The Secretariat does not know FJ yet: TO's values for FJ's cycle are parked. Once FJ's
    real cycle arrives, they must be dropped, never merged nor delivered to FJ."""
    to = world.members["TO"]
    fj_cycle = cycle_id_for("FJ", 2026)
    early = row(to, "tna_cycle", fj_cycle, {"priorities": ["TO says"]}, ahead_ms=HOUR_MS)
    [parked] = sync_import.import_bundle(
        world.sec, [write(world.folder(), forge(to, world.sec, [early]))]
    )
    assert parked.status == "applied" and parked.parked == 1
    fj = world.add_member("FJ")
    with fj.write() as session:
        session.add(TnaCycle(id=fj_cycle, member_code="FJ", year=2026, priorities="real"))
    _, [result] = world.send(fj, world.sec)
    assert result.status == "applied"
    assert any("TO sent earlier was dropped" in d for d in result.discarded)
    with world.sec.read() as session:
        assert session.get(TnaCycle, fj_cycle).priorities == "real"
        pending = session.connection().exec_driver_sql("SELECT count(*) FROM sync_pending")
        assert pending.scalar() == 0
    world.send(world.sec, fj, recipient="FJ")
    with fj.read() as session:
        assert session.get(TnaCycle, fj_cycle).priorities == "real"


def test_a_parked_record_remembers_its_sender(world):
    to = world.members["TO"]
    orphan = row(to, "staff", "0190f000-0000-7000-8000-000000000001", {"name": ["Later"]})
    sync_import.import_bundle(world.sec, [write(world.folder(), forge(to, world.sec, [orphan]))])
    with world.sec.read() as session:
        senders = session.connection().exec_driver_sql("SELECT sender_code FROM sync_pending")
        assert senders.scalars().all() == ["TO"]


# ---------------------------------------------------------------- site codes


@pytest.mark.parametrize("code", ["ZZ", "\u0422\u041e", "S\u0415C", "to"])
def test_only_the_member_list_and_the_secretariat_are_site_codes(world, code):
    to = world.members["TO"]
    forged = forge(to, world.sec, [], sender_site=code)
    error = refused(world.sec, write(world.folder(), forged), "unknown_site")
    assert "not an OCO site code" in error.message
    assert code not in {p.code for p in sync_trust.list_peers(world.sec)}


def test_a_key_card_of_an_unknown_site_is_not_registered(world):
    card = keys.generate("ZZ", "Nowhere").card()
    before = data_digest(world.sec)
    with pytest.raises(InvalidInput, match="not an OCO site code"):
        sync_trust.register_peer(world.sec, card, trusted=False)
    assert data_digest(world.sec) == before


# ---------------------------------------------------------------- acknowledgements


def test_an_acknowledgement_beyond_what_was_sent_is_refused(world):
    to = world.members["TO"]
    sec = me(world.sec).replica
    forged = forge(to, world.sec, [], acks={sec: {"seq": 10**12}})
    error = refused(world.sec, write(world.folder(), forged), "bad_ack")
    assert "10000000000" in error.message
    add_staff(world.sec, "TO", 1)
    _, [result] = world.send(world.sec, to, recipient="TO")  # still sent to TO
    assert result.counts["staff"]["created"] == 1


# ---------------------------------------------------------------- clocks


def _set_clock(store, ahead_ms: int) -> None:
    with store.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE sync_clock SET hlc = ?", (hlc.pack(hlc.now_ms() + ahead_ms),)
        )


def _slow(monkeypatch, by_ms: int) -> None:
    real = hlc.now_ms
    monkeypatch.setattr(hlc, "now_ms", lambda: real() - by_ms)


def test_a_member_whose_clock_ran_a_year_ahead_has_a_way_out(world):
    from oco_desktop.services.sync.state import clock_days_ahead, repair_clock

    to = world.members["TO"]
    assert clock_days_ahead(to) == 0
    _set_clock(to, 365 * 24 * HOUR_MS)  # the clock ran a year ahead, then was put right
    [staff_id, _] = add_staff(to, "TO", 2)
    assert clock_days_ahead(to) == 365  # what the window's Outbox tells, before any refusal
    sent = world.export(to)
    error = refused(world.sec, sent.files[0], "clock_ahead")
    assert "repair-clock" in error.message
    assert repair_clock(to) > 0
    assert clock_days_ahead(to) == 0
    _, [result] = world.send(to, world.sec)
    assert result.status == "applied" and result.counts["staff"]["created"] == 2
    assert _name(world.sec, staff_id)[0] == "TO"
    assert repair_clock(to) == 0


def test_a_fast_member_does_not_make_the_secretariat_look_wrong(world, monkeypatch):
    """TO stamps +23h59m; the Secretariat's next bundle to FJ, whose clock is 5 minutes slow,
    must still be accepted there."""
    fj = world.add_member("FJ")
    to = world.members["TO"]
    _set_clock(to, 24 * HOUR_MS - 60_000)
    add_staff(to, "TO", 1)
    world.send(to, world.sec)
    add_staff(world.sec, "FJ", 1, prefix="SEC")
    sent = world.export(world.sec, recipient="FJ")
    _slow(monkeypatch, 5 * 60_000)
    [result] = sync_import.import_bundle(fj, sent.files)
    assert result.status == "applied"


def test_an_edit_after_a_fast_value_still_wins_everywhere(world, monkeypatch):
    """The Secretariat corrects a name TO stamped +23h59m; TO's clock is then 10 minutes slow.
    The correction reaches TO (nobody blamed), and TO's own next edit wins at both ends."""
    to = world.members["TO"]
    _set_clock(to, 24 * HOUR_MS - 60_000)
    [staff_id] = add_staff(to, "TO", 1)
    world.send(to, world.sec)
    with world.sec.write() as session:
        session.get(Staff, staff_id).full_name = "Corrected at SEC"
    sent = world.export(world.sec, recipient="TO")
    with monkeypatch.context() as patched:
        _slow(patched, 10 * 60_000)
        [result] = sync_import.import_bundle(to, sent.files)
    assert result.status == "applied"
    assert _name(to, staff_id)[1] == "Corrected at SEC"
    with to.write() as session:
        session.get(Staff, staff_id).full_name = "Changed again at TO"
    world.send(to, world.sec)
    assert _name(world.sec, staff_id)[1] == _name(to, staff_id)[1] == "Changed again at TO"


def test_a_receiver_never_blames_the_sender_for_its_own_stamps(world):
    to = world.members["TO"]
    [staff_id] = add_staff(to, "TO", 1)
    world.send(to, world.sec)
    mine = row(to, "staff", staff_id, {"name": ["Back from the future"]}, ahead_ms=72 * HOUR_MS)
    forged = forge(world.sec, to, [mine])
    error = refused(to, write(world.folder(), forged), "clock_ahead")
    assert "SEC is not at fault" in error.message
