from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest
from sqlalchemy import func, select, text

from oco_desktop.domain.errors import AlreadyInitialised, InvalidInput
from oco_desktop.domain.roster import OfficeType, Sex, StaffStatus, Tier
from oco_desktop.paths import DataPaths
from oco_desktop.services import demo
from oco_desktop.services.dashboard import staff_summary
from oco_desktop.services.demo import create_demo, plan_demo
from oco_desktop.services.installation import installation_info
from oco_desktop.services.setup import list_members
from oco_desktop.store.capture import DELETED_GROUP
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Office, Position, Staff

MACRONS = set("āēīōūĀĒĪŌŪ")
OKINA = "\u02bb"
SMALL_MEMBERS = ("NU", "TK", "NR", "TV")
LARGE_MEMBERS = ("PG", "FJ", "AU", "NZ")
FRENCH_MEMBERS = ("PF", "NC", "WF")


def _roster(store: Store) -> list[tuple]:
    """Everything about each person except the ids, in staff-number order."""
    with store.read() as session:
        rows = session.execute(
            select(
                Staff.staff_number,
                Staff.full_name,
                Staff.sex,
                Staff.birth_year,
                Staff.start_year,
                Staff.status,
                Staff.left_on,
                Office.name,
                Position.title,
                Position.tier,
            )
            .join(Office, Staff.office_id == Office.id)
            .join(Position, Staff.position_id == Position.id)
            .order_by(Staff.staff_number)
        ).all()
    return [tuple(row) for row in rows]


@pytest.fixture
def make(tmp_path):
    opened: list[Store] = []

    def _make(folder: str = "data", **kwargs) -> Store:
        store = create_demo(DataPaths(tmp_path / folder), **kwargs)
        opened.append(store)
        return store

    yield _make
    for store in opened:
        store.close()


def test_same_seed_gives_the_same_roster_in_two_folders(make) -> None:
    first = _roster(make("a", member_code="TO", staff=200, seed=7))
    second = _roster(make("b", member_code="TO", staff=200, seed=7))
    other = _roster(make("c", member_code="TO", staff=200, seed=8))
    assert len(first) == 200
    assert first == second
    assert [r[1] for r in first] != [r[1] for r in other]
    assert [r[0] for r in first] != [r[0] for r in other]


def test_counts_and_everyone_placed(make) -> None:
    store = make(member_code="TO", staff=300, seed=2)
    plan = plan_demo("TO", 300, 2)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 300
        offices = session.execute(select(Office.name, Office.office_type, Office.island)).all()
        positions = session.execute(select(Position.title, Position.tier)).all()
        unplaced = session.scalar(
            select(func.count())
            .select_from(Staff)
            .outerjoin(Office, Staff.office_id == Office.id)
            .outerjoin(Position, Staff.position_id == Position.id)
            .where((Office.id.is_(None)) | (Position.id.is_(None)))
        )
        members = set(session.scalars(select(Staff.member_code)))
    assert unplaced == 0
    assert members == {"TO"}
    assert len(offices) == len(plan.offices) >= 2
    assert sum(1 for o in offices if o.office_type == OfficeType.HQ.value) == 1
    assert all(o.island for o in offices)
    assert len(positions) == len(plan.positions)
    assert {p.tier for p in positions} == {t.value for t in Tier}
    assert len(_roster(store)) == 300  # every row joins an existing office and position
    info = installation_info(store)
    assert info.is_demo and info.member_code == "TO"
    assert info.focal_point in {r[1] for r in _roster(store) if r[8] == "Human Resources Officer"}


def test_tongan_names_keep_their_okina_and_macrons(make) -> None:
    names = [r[1] for r in _roster(make(member_code="TO", staff=200, seed=1))]
    assert any(OKINA in name for name in names)
    assert any(MACRONS & set(name) for name in names)
    assert all(unicodedata.is_normalized("NFC", name) for name in names)
    assert not any(ch in name for name in names for ch in "\u2018\u2019`")


def test_french_members_get_french_titles_and_accents(make) -> None:
    store = make(member_code="pf", staff=120, seed=3)
    roster = _roster(store)
    titles = {r[8] for r in roster}
    with store.read() as session:
        all_titles = set(session.scalars(select(Position.title)))
    assert {"Agent des douanes", "Chef de bureau"} <= all_titles
    assert "Customs Officer" not in all_titles
    assert titles <= all_titles
    assert any(set(name) & set("éèêëïîôāīū") for name in (r[1] for r in roster))


def test_mix_of_tiers_sexes_statuses_and_years_for_1000(make) -> None:
    roster = _roster(make(member_code="TO", staff=1000, seed=1))
    n = len(roster)
    assert n == 1000  # everyone placed in an existing office and position
    tiers = Counter(r[9] for r in roster)
    assert 0.58 <= tiers["T1"] / n <= 0.72
    assert 0.14 <= tiers["T2"] / n <= 0.26
    assert 0.06 <= tiers["T3"] / n <= 0.14
    assert tiers["T4"] >= 1 and tiers["T4"] / n <= 0.08
    assert sum(1 for r in roster if r[8] == "Comptroller of Customs") == 1

    sexes = Counter(r[2] for r in roster)
    women = sexes[Sex.FEMALE.value] / n
    assert 0.33 <= women <= 0.47
    assert 1 <= sexes[Sex.OTHER.value] + sexes[Sex.UNDISCLOSED.value] <= 0.05 * n
    leaders = [r for r in roster if r[9] in ("T3", "T4")]
    women_leading = sum(1 for r in leaders if r[2] == Sex.FEMALE.value) / len(leaders)
    assert 0.15 <= women_leading <= 0.38
    assert women_leading < women

    statuses = Counter(r[5] for r in roster)
    assert statuses[StaffStatus.ACTIVE.value] / n >= 0.8
    assert statuses[StaffStatus.ON_LEAVE.value] >= 1 and statuses[StaffStatus.SECONDED.value] >= 1
    assert 0.01 <= statuses[StaffStatus.LEFT.value] / n <= 0.06
    for number, _, _, birth, start, status, left_on, *_ in roster:
        assert re.fullmatch(r"TO-\d{4,}", number)
        assert 18 <= start - birth <= 35
        assert start <= 2026 and 2026 - birth <= 64
        assert (left_on is not None) == (status == StaffStatus.LEFT.value)
        if left_on is not None:
            assert start <= left_on.year <= 2026
    assert len({r[0] for r in roster}) == n


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"member_code": "XX"}, "member"),
        ({"member_code": "TO", "staff": -1}, "staff"),
        ({"member_code": "TO", "staff": 50_001}, "staff"),
        ({"member_code": "TO", "language": "de"}, "language"),
    ],
)
def test_bad_request_is_refused_before_anything_is_created(tmp_path, kwargs, field) -> None:
    paths = DataPaths(tmp_path / "data")
    with pytest.raises(InvalidInput) as refused:
        create_demo(paths, **kwargs)
    assert refused.value.field == field
    assert not paths.database.exists()
    assert not paths.root.exists()


def test_unknown_member_message_lists_the_valid_codes(tmp_path) -> None:
    with pytest.raises(InvalidInput, match=r"Valid codes: .*TO.*WF"):
        create_demo(DataPaths(tmp_path / "data"), member_code="ZZ")


def test_existing_installation_is_left_alone(tmp_path, make) -> None:
    make(staff=20)
    with pytest.raises(AlreadyInitialised):
        create_demo(DataPaths(tmp_path / "data"), staff=40)
    reopened = Store(DataPaths(tmp_path / "data"))
    try:
        assert len(_roster(reopened)) == 20
    finally:
        reopened.close()


def test_a_failure_after_set_up_leaves_no_data_file(tmp_path, monkeypatch) -> None:
    def broken(session, plan) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(demo, "_write", broken)
    paths = DataPaths(tmp_path / "data")
    with pytest.raises(RuntimeError):
        create_demo(paths, staff=10)
    assert not paths.database.exists()
    assert not any(paths.root.iterdir())  # no keys, no WAL: the folder is as it was


def test_zero_staff_still_gives_offices_and_positions(make) -> None:
    store = make(member_code="NU", staff=0)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0
        assert session.scalar(select(func.count()).select_from(Office)) == 3
        assert session.scalar(select(func.count()).select_from(Position)) > 10


def test_dashboard_totals_agree_with_the_data(make) -> None:
    store = make(member_code="FJ", staff=500, seed=4)
    roster = _roster(store)
    in_post = [r for r in roster if r[5] != StaffStatus.LEFT.value]
    summary = staff_summary(store)
    assert summary.total == len(in_post) < len(roster)
    assert summary.by_sex.female == sum(1 for r in in_post if r[2] == "F")
    assert summary.by_sex.male == sum(1 for r in in_post if r[2] == "M")
    offices = Counter(r[7] for r in in_post)
    assert {name: c.total for name, c in summary.by_office} == {
        name: offices.get(name, 0) for name, _ in summary.by_office
    }
    assert set(offices) <= {name for name, _ in summary.by_office}
    tiers = Counter(r[9] for r in in_post)
    assert {tier: c.total for tier, c in summary.by_tier} == {t.value: tiers[t.value] for t in Tier}


def test_every_row_has_its_sync_stamps(make) -> None:
    store = make(member_code="TO", staff=150, seed=5)
    with store.read() as session:
        for model in (Office, Position, Staff):
            expected = {*model.__sync_groups__, DELETED_GROUP}
            ids = set(session.scalars(select(model.id)))
            stamps: dict[str, set[str]] = {}
            for row_id, grp in session.execute(
                text("SELECT row_id, grp FROM sync_field_clock WHERE tbl = :t"),
                {"t": model.__tablename__},
            ):
                stamps.setdefault(row_id, set()).add(grp)
            assert set(stamps) == ids
            assert all(groups == expected for groups in stamps.values())


@pytest.mark.parametrize("code", [m.code for m in list_members()])
def test_every_member_has_plausible_demo_data(code: str) -> None:
    plan = plan_demo(code, 80, 11)
    assert plan.offices[0].office_type is OfficeType.HQ
    assert all(o.name and o.island for o in plan.offices)
    if code in SMALL_MEMBERS:
        assert 2 <= len(plan.offices) <= 3
    if code in LARGE_MEMBERS:
        assert 6 <= len(plan.offices) <= 10
    titles = {p.title for p in plan.positions}
    if code in FRENCH_MEMBERS:
        assert {"Agent des douanes", "Chef de bureau"} <= titles
    else:
        assert "Customs Officer" in titles
    assert len(plan.people) == 80
    assert all(person.full_name.strip() for person in plan.people)
    assert plan.people == plan_demo(code, 80, 11).people


def test_demo_file_is_marked_fictional() -> None:
    about = demo.demo_reference()["about"]
    assert "FICTIONAL" in about
