"""The pure rules of the training needs analysis: scale, scoring, bands, override, workflow,
progress and the aggregation of needs with small-cell suppression."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oco_desktop.domain import tna
from oco_desktop.domain.tna import (
    AssessedLine,
    AssessmentProgress,
    Band,
    CycleAction,
    CycleStatus,
    Dimension,
    TnaRuleError,
)
from oco_desktop.paths import resources_dir

levels = st.integers(min_value=tna.MIN_LEVEL, max_value=tna.MAX_LEVEL)
importances = st.integers(min_value=tna.MIN_IMPORTANCE, max_value=tna.MAX_IMPORTANCE)


def test_bands_follow_the_shipped_catalogue_scoring() -> None:
    scoring = json.loads((resources_dir() / "reference" / "competencies.json").read_text())[
        "scoring"
    ]
    assert scoring["bands"] == {"high": ">= 6", "medium": "3..5", "low": "1..2", "none": "0"}
    expected = {0: Band.NONE, 1: Band.LOW, 2: Band.LOW, 3: Band.MEDIUM, 5: Band.MEDIUM}
    expected.update({6: Band.HIGH, 12: Band.HIGH})
    assert {s: tna.band_for(s) for s in expected} == expected


@pytest.mark.parametrize(
    ("required", "agreed", "importance", "gap", "score", "band"),
    [
        (3, 1, 3, 2, 6, Band.HIGH),
        (3, 2, 3, 1, 3, Band.MEDIUM),
        (3, 2, 2, 1, 2, Band.LOW),
        (2, 4, 3, 0, 0, Band.NONE),  # above the requirement: no negative gap
        (4, 0, 3, 4, 12, Band.HIGH),
    ],
)
def test_scoring_examples(required, agreed, importance, gap, score, band) -> None:
    scored = tna.assess(required, agreed, None, importance)
    assert scored is not None
    assert (scored.gap, scored.score, scored.band) == (gap, score, band)
    assert not scored.overridden


@given(required=levels, current=levels, importance=importances)
def test_band_never_decreases_when_the_gap_grows(required, current, importance) -> None:
    """Lowering the current level (a larger gap) never lowers the band."""
    scored = tna.assess(required, current, None, importance)
    assert scored is not None
    for lower in range(tna.MIN_LEVEL, current):
        worse = tna.assess(required, lower, None, importance)
        assert worse is not None and worse.gap >= scored.gap
        assert worse.band.rank >= scored.band.rank


@given(required=levels, current=levels, importance=importances)
def test_band_never_decreases_when_importance_grows(required, current, importance) -> None:
    scored = tna.assess(required, current, None, importance)
    for higher in range(importance, tna.MAX_IMPORTANCE + 1):
        more = tna.assess(required, current, None, higher)
        assert more is not None and scored is not None
        assert more.band.rank >= scored.band.rank


@given(required=levels, agreed=levels, previous=levels, importance=importances)
def test_the_agreed_level_counts_and_last_year_only_stands_in(
    required, agreed, previous, importance
) -> None:
    with_both = tna.assess(required, agreed, previous, importance)
    assert with_both == tna.assess(required, agreed, None, importance)
    carried = tna.assess(required, None, previous, importance)
    assert carried == tna.assess(required, previous, None, importance)
    assert tna.assess(required, None, None, importance) is None
    assert tna.assess(None, agreed, None, importance) is None


@pytest.mark.parametrize("value", [5, 9, -1, "7", "x", 2.5, True])
def test_levels_outside_the_scale_are_refused_with_the_scale(value) -> None:
    with pytest.raises(TnaRuleError) as refused:
        tna.check_level(value, tna.LevelField.AGREED)
    assert "0 (None)" in refused.value.message and "4 (Expert)" in refused.value.message
    assert "agreed level" in refused.value.message


def test_levels_and_importance_accept_digits_and_empty() -> None:
    assert tna.check_level("3") == 3
    assert tna.check_level(2.0) == 2
    assert tna.check_level(None) is None and tna.check_level("  ") is None
    assert [tna.check_importance(v) for v in (1, "2", 3)] == [1, 2, 3]
    for bad in (0, 4, None, "high"):
        with pytest.raises(TnaRuleError, match="1 \\(useful\\)"):
            tna.check_importance(bad)


def test_an_override_needs_a_reason_and_a_known_band() -> None:
    with pytest.raises(TnaRuleError) as no_reason:
        tna.check_override("high", "   ")
    assert no_reason.value.field == "override_reason"
    with pytest.raises(TnaRuleError, match="not a priority band"):
        tna.check_override("urgent", "because")
    assert tna.check_override("HIGH", "  acting   supervisor ") == (Band.HIGH, "acting supervisor")
    assert tna.check_override(None, "ignored") == (None, None)
    scored = tna.assess(3, 2, None, 1, Band.HIGH)
    assert scored is not None and scored.computed is Band.LOW and scored.band is Band.HIGH
    assert scored.overridden


ALLOWED = {
    (CycleStatus.DRAFT, CycleAction.SEND_FOR_REVIEW): CycleStatus.IN_REVIEW,
    (CycleStatus.IN_REVIEW, CycleAction.RETURN_TO_DRAFT): CycleStatus.DRAFT,
    (CycleStatus.IN_REVIEW, CycleAction.APPROVE): CycleStatus.APPROVED,
    (CycleStatus.APPROVED, CycleAction.RETURN_TO_DRAFT): CycleStatus.DRAFT,
    (CycleStatus.APPROVED, CycleAction.SUBMIT): CycleStatus.SUBMITTED,
    (CycleStatus.SUBMITTED, CycleAction.ACKNOWLEDGE): CycleStatus.ACKNOWLEDGED,
    (CycleStatus.SUBMITTED, CycleAction.REOPEN): CycleStatus.DRAFT,
    (CycleStatus.ACKNOWLEDGED, CycleAction.REOPEN): CycleStatus.DRAFT,
}


@pytest.mark.parametrize(("status", "action"), list(itertools.product(CycleStatus, CycleAction)))
def test_every_transition_is_allowed_or_refused_with_what_to_do(status, action) -> None:
    options = {"approver": "Siosaia Fifita", "reason": "Two offices were missing"}
    if (status, action) in ALLOWED:
        assert tna.next_status(status, action, **options) is ALLOWED[(status, action)]
        assert action in tna.allowed_actions(status)
    else:
        with pytest.raises(TnaRuleError) as refused:
            tna.next_status(status, action, **options)
        assert refused.value.field == "status"
        assert tna.STATUS_WORDS[status].lower() in refused.value.message
        assert action not in tna.allowed_actions(status)


def test_approval_without_an_approver_and_reopening_without_a_reason_are_refused() -> None:
    for blank in (None, "", "   "):
        with pytest.raises(TnaRuleError, match="name of the person who approves"):
            tna.next_status(CycleStatus.IN_REVIEW, CycleAction.APPROVE, approver=blank)
        with pytest.raises(TnaRuleError, match="reopened"):
            tna.next_status(CycleStatus.SUBMITTED, CycleAction.REOPEN, reason=blank)


def test_progress_counts_whole_partial_and_untouched() -> None:
    progress = AssessmentProgress().add(24, 24).add(24, 3).add(24, 0).add(0, 0)
    assert (progress.assessed, progress.partly, progress.not_started) == (1, 1, 2)
    assert progress.total == 4 and progress.to_assess == 3


def _line(staff: str, code: str, band: Band, score: int, office="HQ", tier="T1", sex="F"):
    return AssessedLine(staff, code, band, score, office, tier, sex)


def test_needs_are_counted_per_competency_and_band_in_priority_order() -> None:
    lines = [
        _line("a", "TECH-CLS", Band.MEDIUM, 4),
        _line("b", "TECH-CLS", Band.MEDIUM, 3),
        _line("c", "TECH-CLS", Band.HIGH, 6),
        _line("a", "LEAD-SUP", Band.LOW, 1),
        _line("b", "LEAD-SUP", Band.NONE, 0),
        _line("a", "TECH-VAL", Band.MEDIUM, 5),
    ]
    needs = tna.aggregate(lines)
    assert [(n.competency_code, n.band, n.staff, n.total_score) for n in needs] == [
        ("TECH-CLS", Band.HIGH, 1, 6),
        ("TECH-CLS", Band.MEDIUM, 2, 7),
        ("TECH-VAL", Band.MEDIUM, 1, 5),
        ("LEAD-SUP", Band.LOW, 1, 1),
    ]
    assert tna.top_needs(lines, 2) == needs[:2]


def test_needs_grouped_by_office_tier_and_sex() -> None:
    lines = [
        _line("a", "TECH-CLS", Band.HIGH, 6, office="HQ", tier="T1", sex="F"),
        _line("b", "TECH-CLS", Band.HIGH, 9, office="Airport", tier="T2", sex="M"),
        _line("c", "TECH-CLS", Band.HIGH, 6, office="HQ", tier="T2", sex="M"),
    ]
    by_office = {n.group: n.staff for n in tna.aggregate(lines, Dimension.OFFICE)}
    by_tier = {n.group: n.staff for n in tna.aggregate(lines, Dimension.TIER)}
    by_sex = {n.group: n.staff for n in tna.aggregate(lines, Dimension.SEX)}
    assert by_office == {"HQ": 2, "Airport": 1}
    assert by_tier == {"T1": 1, "T2": 2}
    assert by_sex == {"F": 1, "M": 2}


@given(
    st.lists(
        st.tuples(
            st.sampled_from("abcdefgh"),
            st.sampled_from(["TECH-CLS", "TECH-VAL", "LEAD-SUP"]),
            st.sampled_from(list(Band)),
            st.sampled_from(["HQ", "Airport"]),
        ),
        max_size=40,
    )
)
def test_grouped_counts_add_up_to_the_totals(rows) -> None:
    """Each person is in one office, so office groups add up to the competency's count."""
    office_of = {}
    lines = []
    for staff, code, band, office in rows:
        office = office_of.setdefault(staff, office)
        lines.append(_line(staff, code, band, band.rank * 2, office=office))
    unique = {}
    for line in lines:  # a person counts once per competency and band
        unique.setdefault((line.staff_id, line.competency_code, line.band), line)
    totals = {(n.competency_code, n.band): n.staff for n in tna.aggregate(unique.values())}
    grouped: dict = {}
    for need in tna.aggregate(unique.values(), Dimension.OFFICE):
        key = (need.competency_code, need.band)
        grouped[key] = grouped.get(key, 0) + need.staff
    assert grouped == totals
    assert all(band is not Band.NONE for _, band in totals)


@pytest.mark.parametrize(
    ("count", "shareable", "shown"),
    [(0, True, 0), (1, True, "<5"), (4, True, "<5"), (5, True, 5), (4, False, 4), (120, True, 120)],
)
def test_small_counts_are_suppressed_only_when_shared(count, shareable, shown) -> None:
    assert tna.shown_count(count, shareable=shareable) == shown
