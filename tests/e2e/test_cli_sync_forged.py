"""Issue 16 through the command line: bundles forged by an insider (TO's real key) are refused
with exit 3 and a sentence, and the Secretariat's data file is unchanged."""

from __future__ import annotations

import pytest

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.people.gender_plan import plan_id_for
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.services.sync.state import me
from oco_desktop.services.tna.cycle import cycle_id_for
from oco_desktop.store.models import TnaCycle
from tests.unit.sync.conftest import World, add_staff, craft, data_digest
from tests.unit.sync.forge import HOUR_MS, forge, row, stamp, write


@pytest.fixture
def world(tmp_path):
    sec = initialise(DataPaths(tmp_path / "SEC"), SetupRequest(Role.SECRETARIAT))
    sync_trust.export_card(sec, tmp_path / "sec.card")
    w = World(tmp_path, sec, {})
    w.add_member("TO")
    fj = w.add_member("FJ")
    w.fj_staff = add_staff(fj, "FJ", 1)[0]
    with fj.write() as session:
        session.add(TnaCycle(id=cycle_id_for("FJ", 2026), member_code="FJ", year=2026))
    w.send(fj, w.sec)
    yield w
    for store in (sec, *w.members.values()):
        store.close()


def _attacks(w: World) -> dict[str, bytes]:
    to = w.members["TO"]
    return {
        "takeover": forge(
            to, w.sec, [row(to, "staff", w.fj_staff, {"member": ["TO"], "name": ["X"]}, HOUR_MS)]
        ),
        "erase": forge(
            to, w.sec, [row(to, "staff", w.fj_staff, {"member": ["TO"], "erased": [True]})]
        ),
        "squat": forge(
            to,
            w.sec,
            [row(to, "tna_cycle", cycle_id_for("FJ", 2027), {"member": ["TO"], "year": [2027]})],
        ),
        "lookalike": forge(to, w.sec, [], sender_site="\u0422\u041e"),
        "unknown": forge(to, w.sec, [], sender_site="ZZ"),
        "ack": forge(to, w.sec, [], acks={me(w.sec).replica: {"seq": 10**12}}),
        "surrogate": craft(
            to,
            w.sec,
            records_raw=b'{"t":"staff","id":"%s","c":{"name":[%d,0,0,["Mere \\ud800"]]}}\n'
            % (w.fj_staff.encode(), stamp()),
        ),
        "plan": forge(
            to,
            w.sec,
            [
                row(
                    to,
                    "gender_plan",
                    plan_id_for("TO", 2027),
                    {
                        "member": ["TO"],
                        "period": [2027, 2025],
                        "title": ["Plan"],
                        "status": ["draft", None, None],
                    },
                )
            ],
        ),
    }


def test_forged_bundles_are_refused_by_the_cli_with_exit_3_and_nothing_changed(world, cli):
    attacks = _attacks(world)
    world.sec.close()
    folder = world.root / "forged"
    expected = {
        "takeover": "of FJ",
        "erase": "of FJ",
        "squat": "is not the id its values make",
        "lookalike": "not an OCO site code",
        "unknown": "not an OCO site code",
        "ack": "we have sent it only up to",
        "plan": "gender_plan_end",
        "surrogate": "not valid Unicode",
    }
    for name, data in attacks.items():
        path = write(folder, data, f"{name}.ocob")
        before = data_digest(world.sec)
        done = cli("bundle", "import", str(path), data_dir=world.sec.paths.root)
        assert done.returncode == 3, (name, done.stdout, done.stderr)
        assert expected[name] in done.stderr, (name, done.stderr)
        assert "Nothing was changed" in done.stderr
        assert data_digest(world.sec) == before, name
