"""Pure staff rules: codes and words in English and French, years, dates, the leaver rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.roster import Sex, StaffStatus, Tier
from oco_desktop.domain.staff_rules import RuleViolation, StaffRecord

TODAY = dt.date(2026, 11, 28)


def _record(**changes) -> StaffRecord:
    base = {
        "staff_number": "TO-0042",
        "full_name": "Sēini Tuʻipulotu",
        "sex": Sex.FEMALE,
        "birth_year": 1985,
        "start_year": 2009,
    }
    return StaffRecord(**(base | changes))


def _fields(record: StaffRecord) -> list[str]:
    return [p.field for p in rules.check_staff(record, TODAY)]


def test_a_complete_record_passes():
    assert rules.check_staff(_record(), TODAY) == []


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("F", Sex.FEMALE),
        ("f", Sex.FEMALE),
        ("Female", Sex.FEMALE),
        ("Femme", Sex.FEMALE),
        ("Féminin", Sex.FEMALE),
        ("M", Sex.MALE),
        ("H", Sex.MALE),
        ("Homme", Sex.MALE),
        ("masculin", Sex.MALE),
        ("X", Sex.OTHER),
        ("Autre", Sex.OTHER),
        ("U", Sex.UNDISCLOSED),
        ("Non précisé", Sex.UNDISCLOSED),
        ("  ", None),
        (None, None),
    ],
)
def test_sex_codes_and_words_in_english_and_french(text, sex):
    assert rules.parse_sex(text) is sex


def test_an_unknown_sex_code_says_which_codes_are_valid():
    with pytest.raises(RuleViolation, match=r"'Z' is not a sex code: write F .*M or H") as caught:
        rules.parse_sex("Z")
    assert caught.value.field == rules.SEX


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Active", StaffStatus.ACTIVE),
        ("Actif", StaffStatus.ACTIVE),
        ("on_leave", StaffStatus.ON_LEAVE),
        ("En congé", StaffStatus.ON_LEAVE),
        ("Détaché", StaffStatus.SECONDED),
        ("LEFT", StaffStatus.LEFT),
        ("Parti", StaffStatus.LEFT),
    ],
)
def test_status_words(text, status):
    assert rules.parse_status(text) is status


@pytest.mark.parametrize(
    ("text", "tier"),
    [("T1", Tier.T1), ("t3", Tier.T3), ("2", Tier.T2), ("Tier 4", Tier.T4), ("Niveau 1", Tier.T1)],
)
def test_tiers(text, tier):
    assert rules.parse_tier(text) is tier


def test_a_fifth_tier_is_refused():
    with pytest.raises(RuleViolation, match="T1, T2, T3 or T4"):
        rules.parse_tier("T5")


def test_staff_number_is_required_short_and_on_one_line():
    with pytest.raises(RuleViolation, match="missing"):
        rules.check_staff_number("  ")
    with pytest.raises(RuleViolation, match="51 characters long; use at most 50"):
        rules.check_staff_number("9" * 51)
    with pytest.raises(RuleViolation, match="line break"):
        rules.check_staff_number("TO\n42")
    assert rules.check_staff_number(" TO-0042 ") == "TO-0042"
    assert rules.check_staff_number(42.0) == "42"


def test_full_name_keeps_its_characters_exactly_and_is_bounded():
    name = "  ʻAna Lātū-Fīfita d’Hérouville  "
    assert rules.check_full_name(name) == "ʻAna Lātū-Fīfita d’Hérouville"
    with pytest.raises(RuleViolation, match="20,000 characters long; use at most 200"):
        rules.check_full_name("a" * 20_000)
    with pytest.raises(RuleViolation, match="no letters"):
        rules.check_full_name("12345")


def test_birth_year_window_is_1940_to_fifteen_years_ago():
    assert _fields(_record(birth_year=1940, start_year=1960)) == []
    assert _fields(_record(birth_year=1939)) == [rules.BIRTH_YEAR]
    assert _fields(_record(birth_year=2011, start_year=None)) == []
    assert _fields(_record(birth_year=2012, start_year=None)) == [rules.BIRTH_YEAR]


def test_start_year_is_at_least_fifteen_after_birth_and_not_in_the_future():
    assert _fields(_record(birth_year=1990, start_year=2005)) == []
    problems = rules.check_staff(_record(birth_year=1990, start_year=2004), TODAY)
    assert [p.field for p in problems] == [rules.START_YEAR]
    assert "before 2005" in problems[0].message
    assert _fields(_record(start_year=2027)) == [rules.START_YEAR]
    assert _fields(_record(birth_year=None, start_year=1954)) == [rules.START_YEAR]


def test_a_leaver_needs_a_date_and_only_a_leaver_has_one():
    assert _fields(_record(status=StaffStatus.LEFT)) == [rules.LEFT_ON]
    assert _fields(_record(status=StaffStatus.LEFT, left_on=dt.date(2024, 1, 31))) == []
    assert _fields(_record(left_on=dt.date(2024, 1, 31))) == [rules.LEFT_ON]
    assert _fields(_record(status=StaffStatus.LEFT, left_on=dt.date(2027, 1, 1))) == [rules.LEFT_ON]
    assert _fields(_record(status=StaffStatus.LEFT, left_on=dt.date(2008, 6, 1))) == [rules.LEFT_ON]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("31/01/2024", dt.date(2024, 1, 31)),
        ("1/2/2024", dt.date(2024, 2, 1)),
        ("2024-01-31", dt.date(2024, 1, 31)),
        ("31.01.2024", dt.date(2024, 1, 31)),
        ("2024-01-31 00:00:00", dt.date(2024, 1, 31)),
        (45322, dt.date(2024, 1, 31)),
        (45322.75, dt.date(2024, 1, 31)),
        ("45322", dt.date(2024, 1, 31)),
        (dt.datetime(2024, 1, 31, 9, 30), dt.date(2024, 1, 31)),
        ("", None),
    ],
)
def test_dates_as_day_month_year_iso_or_excel_serial(value, expected):
    assert rules.parse_date(value, rules.LEFT_ON) == expected


def test_excel_1904_serials_and_the_fictitious_leap_day():
    assert rules.excel_serial_to_date(43860, epoch_1904=True) == dt.date(2024, 1, 31)
    assert rules.excel_serial_to_date(59) == dt.date(1900, 2, 28)
    assert rules.excel_serial_to_date(61) == dt.date(1900, 3, 1)


def test_month_first_dates_and_impossible_dates_are_refused_with_the_fix():
    with pytest.raises(RuleViolation, match="month/day/year; write day first"):
        rules.parse_date("01/31/2024", rules.LEFT_ON)
    with pytest.raises(RuleViolation, match="not a real date"):
        rules.parse_date("31/02/2024", rules.LEFT_ON)
    with pytest.raises(RuleViolation, match="DD/MM/YYYY"):
        rules.parse_date("last week", rules.LEFT_ON)


def test_years_from_numbers_text_or_dates():
    assert rules.parse_year(1985.0, rules.BIRTH_YEAR) == 1985
    assert rules.parse_year(" 1985 ", rules.BIRTH_YEAR) == 1985
    assert rules.parse_year(dt.date(1985, 6, 1), rules.BIRTH_YEAR) == 1985
    with pytest.raises(RuleViolation, match="four digits"):
        rules.parse_year("85", rules.BIRTH_YEAR)


def test_folding_for_search_removes_case_accents_macrons_and_okina():
    assert rules.fold_for_search("Sēini Tuʻipulotu") == "seini tuipulotu"
    assert rules.fold_for_search("HÉLÈNE d’Arc-Œuvre") == "helene darc-oeuvre"
    assert rules.search_terms("  Nukuʻalofa   HQ ") == ["nukualofa", "hq"]


@given(st.text())
def test_folding_is_idempotent_and_never_longer_than_twice(text):
    once = rules.fold_for_search(text)
    assert rules.fold_for_search(once) == once
    assert len(once) <= 2 * len(text)


def test_duplicate_key_ignores_accents_case_and_spacing():
    assert rules.duplicate_key("Sēini  Tuʻipulotu", 1985) == rules.duplicate_key(
        "seini tuipulotu", 1985
    )
    assert rules.duplicate_key("Sēini Tuʻipulotu", None) is None
