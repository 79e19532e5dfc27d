"""The needs summary counts needs as the assessments stream by (no list of lines); the counts
must be exactly those of rules.aggregate over the lines, for every grouping."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from oco_desktop.domain import tna as rules
from oco_desktop.domain.tna import Dimension
from oco_desktop.paths import DataPaths
from oco_desktop.services.demo import create_demo
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.store.models import TnaCycle


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    opened = create_demo(DataPaths(tmp_path_factory.mktemp("count") / "d"), staff=80, seed=5)
    yield opened
    opened.close()


@pytest.mark.parametrize("by", [None, *Dimension])
def test_streamed_counts_equal_the_aggregate_of_the_lines(store, by) -> None:
    with store.read() as session:
        cycle = session.scalars(select(TnaCycle)).one()
        lines = tna_needs.assessed_cycle(session, cycle).lines
        counter = tna_needs.NeedCounter(by)
        streamed = tna_needs.assessed_cycle(session, cycle, counter)
    assert lines and all(line.band is not rules.Band.NONE for line in lines)
    assert streamed.lines == []
    assert counter.counts() == rules.aggregate(lines, by)
    summary = tna_needs.summary(store, cycle.id, by=by)
    assert [(n.competency_code, n.band, n.staff) for n in summary.needs] == [
        (n.competency_code, n.band, n.staff) for n in rules.aggregate(lines, by)
    ]
