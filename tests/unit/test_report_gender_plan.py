"""The Gender Equality Plan report's plan part: the plan covering the year, its indicators with
baseline, target and current value, its actions with owner, due date and status; in French
too; and an office without a plan is told so."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_world import demo_member
from sqlalchemy import select, update

from oco_desktop.paths import DataPaths
from oco_desktop.services.reports import build as reports
from oco_desktop.services.reports.build import ReportOptions
from oco_desktop.services.setup import open_installation
from oco_desktop.store.programme_models import GenderAction, GenderIndicator, GenderPlan

WHEN = dt.datetime(2027, 6, 1, 9, 0)


def words(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("gender") / "data"
    demo_member(folder, "TO", 30, seed=4).close()
    opened = open_installation(DataPaths(folder))
    with opened.write() as session:
        for table in (GenderAction, GenderIndicator, GenderPlan):
            session.execute(update(table).values(deleted=True))  # the demo's plan: gone
        old = GenderPlan(
            member_code="TO", title="First plan", start_year=2020, end_year=2023, status="closed"
        )
        plan = GenderPlan(
            member_code="TO",
            title="Plan for Tonga Customs 2025–2028",
            start_year=2025,
            end_year=2028,
            status="adopted",
        )
        session.add_all([old, plan])
        session.flush()
        session.add_all(
            [
                GenderIndicator(
                    member_code="TO",
                    plan_id=plan.id,
                    principle_code="P1",
                    text="Share of women among supervisors",
                    baseline="18 %",
                    target="35 %",
                    current="24 %",
                ),
                GenderAction(
                    member_code="TO",
                    plan_id=plan.id,
                    principle_code="P2",
                    action="Flexible hours policy for Nukuʻalofa staff",
                    owner="HR manager",
                    due_on=dt.date(2027, 9, 30),
                    status="in_progress",
                ),
            ]
        )
    yield opened
    opened.close()


def test_the_plan_covering_the_year_with_indicators_and_actions(store, tmp_path) -> None:
    out = tmp_path / "g.pdf"
    reports.build_report(store, "gender", 2027, out, ReportOptions(), today=WHEN)
    text = words(out)
    assert "Gender Equality Plan: Plan for Tonga Customs 2025–2028 (2025–2028)" in text
    assert "Status: Adopted" in text and "First plan" not in text
    assert "Share of women among supervisors" in text
    assert "18 %" in text and "35 %" in text and "24 %" in text
    assert "Flexible hours policy for Nukuʻalofa staff" in text  # the ʻokina kept
    assert "30 September 2027" in text and "In progress" in text


def test_in_french(store, tmp_path) -> None:
    out = tmp_path / "g-fr.pdf"
    reports.build_report(store, "gender", 2027, out, ReportOptions(lang="fr"), today=WHEN)
    text = words(out)
    assert "Plan pour l'égalité des sexes" in text and "Statut : Adopté" in text
    assert "Situation de départ" in text and "En cours" in text and "30 septembre 2027" in text


def test_a_year_before_any_plan_says_there_is_none(store, tmp_path) -> None:
    out = tmp_path / "g-2019.pdf"
    reports.build_report(store, "gender", 2019, out, ReportOptions(), today=WHEN)
    assert "No Gender Equality Plan is recorded yet." in words(out)


def test_a_plan_named_gender_equality_plan_is_not_named_twice(store, tmp_path) -> None:
    with store.write() as session:
        plan = session.scalars(
            select(GenderPlan).where(GenderPlan.status == "adopted", GenderPlan.deleted.is_(False))
        ).one()
        plan.title = "Gender Equality Plan"
    out = tmp_path / "g-named.pdf"
    try:
        reports.build_report(store, "gender", 2027, out, ReportOptions(), today=WHEN)
    finally:
        with store.write() as session:
            session.get(GenderPlan, plan.id).title = "Plan for Tonga Customs 2025–2028"
    text = words(out)
    assert "Gender Equality Plan (2025–2028)" in text
    assert "Gender Equality Plan: Gender Equality Plan" not in text
