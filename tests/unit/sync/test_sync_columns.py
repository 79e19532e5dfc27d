"""The schema-2 payload (columnar blocks): what goes in comes out, ids are derived only when
the receiver can derive them, every malformed block is refused naming the block and row, and
a schema-1 bundle (JSON lines) still imports."""

from __future__ import annotations

import json
import uuid

import pytest

from oco_desktop.domain import hlc
from oco_desktop.domain.errors import BundleRejected
from oco_desktop.domain.ids import new_id
from oco_desktop.services.sync import import_ as sync_import
from oco_desktop.services.sync.ids import derive_rules
from oco_desktop.sync import columns, manifest, records, wire
from oco_desktop.sync.records import GroupChange, Record
from oco_desktop.sync.select import select_changes
from tests.unit.sync.conftest import add_staff, craft, shared_rows

SITES = ["01a22000-0000-7000-8000-000000000001", "01a22000-0000-7000-8000-000000000002"]
STAMP = hlc.pack(1_764_000_000_000)
NS = uuid.UUID("9b7d54c2-1e0f-4d8a-b6a3-2c5f3e9d8a41")
RULE = columns.DeriveRule(NS, ("cycle_id", "staff_id", "competency_code"))


def _staff(n: int, *, groups: tuple[str, ...] | None = None, site: int = 0) -> Record:
    values = {
        "staff_number": (f"S-{n}",),
        "name": (f"Sālote {n}",),
        "sex": ("F" if n % 2 else None,),
        "birth_year": (1970 + n % 30,),
        "start_year": (None,),
        "placement": (None, None),
        "status": ("left", "2025-03-01") if n % 3 == 0 else ("active", None),
        "member": ("TO",),
        "erased": (False,),
        "_deleted": (n % 7 == 0,),
    }
    chosen = groups or tuple(values)
    prev = 0 if groups is None else STAMP + n
    return Record(
        "staff",
        str(uuid.UUID(int=n + 1)),
        {g: GroupChange(STAMP + 2 * n + 1, SITES[site], prev, values[g]) for g in chosen},
    )


def _assessment(cycle: str, staff: str, code: str, *, row_id: str | None = None) -> Record:
    values = {
        "link": (cycle, staff, code),
        "start": (2, None),
        "levels": (1, 2, 3, 2),
        "notes": (None, None, None),
        "member": ("TO",),
        "_deleted": (False,),
    }
    return Record(
        "tna_assessment",
        row_id or RULE.derive([cycle, staff, code]),
        {g: GroupChange(STAMP, SITES[0], 0, v) for g, v in values.items()},
    )


def _encode(recs: list[Record], derive=None) -> bytes:
    return columns.encode(columns.tables_of(recs), SITES, derive)


def test_records_come_back_as_they_went_in_across_blocks():
    recs = [_staff(n) for n in range(columns.BLOCK_ROWS + 37)]
    recs += [_staff(5000 + n, groups=("name", "placement"), site=1) for n in range(20)]
    raw = _encode(recs)
    assert raw.count(b"\n") == 2  # 1,057 rows of one table: a full block and the rest
    assert sorted(columns.decode(raw, SITES)) == sorted(recs)


def test_derivable_ids_do_not_travel_and_others_do():
    cycle, staff = str(uuid.uuid4()), str(uuid.uuid4())
    derived = [_assessment(cycle, staff, f"C-{n}") for n in range(30)]
    odd = _assessment(cycle, staff, "C-X", row_id=new_id())  # made another way: id travels
    partial = Record(  # the link group does not travel: the receiver could not derive it
        "tna_assessment",
        RULE.derive([cycle, staff, "C-Y"]),
        {"levels": GroupChange(STAMP + 5, SITES[0], STAMP, (3, 3, 3, 1))},
    )
    recs = [*derived, odd, partial]
    raw = _encode(recs, {"tna_assessment": RULE})
    block = json.loads(raw)
    assert block["id"].count(None) == 30 and block["d"]["cols"] == list(RULE.columns)
    assert odd.row_id.encode() in raw and partial.row_id.encode() in raw
    assert sorted(columns.decode(raw, SITES)) == sorted(recs)
    assert derive_rules()["tna_assessment"].namespace == NS  # the services' own namespace


def test_a_full_bundle_of_a_real_member_is_smaller_than_json_lines(world):
    to = world.members["TO"]
    add_staff(to, "TO", 200)
    with to.read() as session:
        selection = select_changes(session.connection(), 0, set())
    from oco_desktop.sync import container

    lines = container.compress(records.encode(selection.records, selection.sites))
    blocks = container.compress(columns.encode(selection.tables, selection.sites, derive_rules()))
    assert len(blocks) * 3 < len(lines) * 2  # staff ids (uuid7) travel: about half the size
    decoded = columns.decode(
        columns.encode(selection.tables, selection.sites, derive_rules()), selection.sites
    )
    assert sorted(decoded) == sorted(selection.records)


def _block(**changes) -> dict:
    good = json.loads(_encode([_staff(1), _staff(2)]))
    good.update(changes)
    return good


def _group(block: dict, grp: str, part: int, row: int, value) -> dict:
    block["g"][grp][part][row] = value
    return block


def _column(block: dict, grp: str, column: int, row: int, value) -> dict:
    block["g"][grp][3][column][row] = value
    return block


BAD_BLOCKS = [
    (lambda: _block(t="nosuch"), "unknown table"),
    (lambda: _block(n=3), "row count"),
    (lambda: _block(n=0), "a block of 0 rows"),
    (lambda: _block(id=["not-a-uuid", None]), "not a UUID"),
    (lambda: _block(id=[str(uuid.UUID(int=2)), None]), "none can be derived"),
    (lambda: _block(h=[STAMP, True]), "row stamp is malformed"),
    (lambda: _block(h=[STAMP, -2 * STAMP]), "out of range"),
    (lambda: _block(g={}), "no field groups"),
    (lambda: _block(g={"nosuch": [[0], [0], [0], [[1]]]}), "unknown field group"),
    (lambda: _block(d={"ns": "x", "cols": ["sex"], "prefix": ""}), "id rule"),
    (lambda: _group(_block(), "sex", 0, 1, -1), "row 2: field group 'sex' has a bad stamp"),
    (lambda: _group(_block(), "sex", 0, 1, True), "row 2: field group 'sex' has a bad stamp"),
    (lambda: _group(_block(), "sex", 1, 0, 2), "row 1: field group 'sex' has a bad stamp"),
    (lambda: _group(_block(), "sex", 1, 1, [0]), "row 2: field group 'sex' has a bad stamp"),
    (lambda: _group(_block(), "sex", 2, 0, False), "row 1: field group 'sex' has a bad stamp"),
    (
        lambda: _group(_block(), "name", 2, 1, 2 * STAMP),
        "row 2: field group 'name' has a stamp out",
    ),
    (
        lambda: _column(_group(_block(), "name", 0, 0, None), "name", 0, 0, None),
        "row 1: field group 'name' is half present",
    ),
    (lambda: _column(_block(), "birth_year", 0, 1, 1971.0), "row 2: staff.birth_year must be"),
    (lambda: _column(_block(), "birth_year", 0, 0, True), "row 1: staff.birth_year must be"),
    (lambda: _column(_block(), "sex", 0, 1, "Q"), "row 2: staff.sex must be one of"),
    (lambda: _column(_block(), "name", 0, 1, "x" * 20_000), "staff.full_name must be a text"),
    (lambda: _column(_block(), "member", 0, 0, None), "row 1: staff.member_code may not be empty"),
    (lambda: _column(_block(), "erased", 0, 1, 0), "row 2: staff.erased must be true or false"),
    (lambda: _column(_block(), "status", 1, 0, "2025-02-30"), "row 1: staff.left_on must be"),
    (lambda: _column(_block(), "name", 0, 0, ["x"]), "row 1: staff.full_name must be"),
]


@pytest.mark.parametrize(("make", "why"), BAD_BLOCKS)
def test_a_malformed_block_is_refused_naming_the_block_and_row(make, why):
    good = _encode([_staff(3)])
    raw = good + wire.canonical(make()) + b"\n"
    with pytest.raises(BundleRejected) as caught:
        columns.decode(raw, SITES)
    assert caught.value.code in ("invalid_record", "malformed")
    assert "change block 2" in caught.value.message and why in caught.value.message


def test_a_value_for_a_group_the_row_does_not_carry_is_refused():
    raw = _encode([_staff(1), _staff(2, groups=("name",))])
    block = json.loads(raw)
    block["g"]["sex"][3][0][1] = "F"
    with pytest.raises(BundleRejected, match="row 2: a value for an absent field group"):
        columns.decode(wire.canonical(block) + b"\n", SITES)


def test_a_row_twice_across_blocks_and_a_cut_payload_are_refused():
    one = _encode([_staff(1)])
    with pytest.raises(BundleRejected, match="block 2, row 1 repeats the row of block 1, row 1"):
        columns.decode(one + one, SITES)
    with pytest.raises(BundleRejected, match="cut short"):
        columns.decode(one[:-1], SITES)


def test_bundles_are_made_as_schema_2_and_schema_1_bundles_still_import(world):
    to = world.members["TO"]
    assert (manifest.SCHEMA, manifest.MIN_READER_SCHEMA) == (2, 2)
    add_staff(to, "TO", 12)
    with to.read() as session:
        selection = select_changes(session.connection(), 0, set())
    old = craft(
        to,
        world.sec,
        records_raw=records.encode(selection.records, selection.sites),
        sites=selection.sites,
        manifest_changes={"schema": 1, "min_reader_schema": 1},
    )
    path = world.folder()
    path.mkdir()
    (path / "schema1.ocob").write_bytes(old)
    [result] = sync_import.import_bundle(world.sec, [path / "schema1.ocob"])
    assert result.status == "applied" and result.counts["staff"]["created"] == 12
    assert shared_rows(world.sec, "TO") == shared_rows(to, "TO")
    _, [again] = world.send(to, world.sec)  # schema 2 over the same rows: nothing new
    assert again.status == "applied"
    assert all(c["created"] == c["updated"] == 0 for c in again.counts.values())
    assert shared_rows(world.sec, "TO") == shared_rows(to, "TO")
