"""Starting a training needs analysis checks the roster first and says what to fix."""

from __future__ import annotations

import argparse
import io

import pytest

from oco_desktop.cli import tna as cli_tna
from oco_desktop.services import audit
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.staff import StaffDraft
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna.readiness import check_ready

YEAR = 2026


@pytest.fixture
def actor():
    return audit.make_actor("Mele Tupou", os_user="tester")


def _zero_profile(store, position_id, actor):
    profile = roster_org.position_profile(store, position_id)
    levels = {line.competency_code: 0 for line in profile.lines}
    roster_org.set_required_levels(store, position_id, levels, actor)


def test_staff_without_a_position_and_positions_requiring_nothing_are_named(store, actor):
    officer = roster_org.create_position(store, roster_org.PositionDraft("Officer", "T1"), actor)
    clerk = roster_org.create_position(store, roster_org.PositionDraft("Clerk", "T1"), actor)
    _zero_profile(store, clerk.id, actor)
    for n, (name, position) in enumerate(
        [("Ana Fifita", officer.id), ("Sione Taufa", None), ("Mele Havili", clerk.id)]
    ):
        draft = StaffDraft(f"TO-{n}", name, "F", 1985, 2009, position_id=position)
        roster.create_staff(store, draft, actor)

    readiness = check_ready(store)
    assert not readiness.ready
    assert (readiness.without_position, readiness.named_without_position) == (1, ("Sione Taufa",))
    assert readiness.positions_without_levels == (("Clerk", 1),)
    first, second = readiness.problems()
    assert "1 staff member in post has no position (Sione Taufa)" in first and "Staff page" in first
    assert "Clerk (1 staff)" in second and "Offices and positions page" in second


def test_the_command_line_refuses_to_start_until_fixed_or_told_anyway(store, actor):
    roster.create_staff(store, StaffDraft("TO-1", "Sione Taufa", "M", 1985, 2009), actor)
    top = argparse.ArgumentParser()
    cli_tna.register(top.add_subparsers(dest="command", required=True))

    def run(*argv):
        out = io.StringIO()
        return cli_tna.run(top.parse_args(["tna", *argv]), store, out), out.getvalue()

    code, out = run("start", "--year", str(YEAR), "--officer", "Mele")
    assert code == 3
    assert "no position (Sione Taufa)" in out and "Nothing was started" in out
    assert tna.find_cycle(store, YEAR) is None
    code, out = run("start", "--year", str(YEAR), "--officer", "Mele", "--anyway")
    assert code == 0 and tna.find_cycle(store, YEAR) is not None
