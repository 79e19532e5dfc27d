"""Text in its stored form, lost letters, and years read from dates written as text."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from oco_desktop.domain.staff_rules import RuleViolation, is_plain_year, parse_year
from oco_desktop.domain.text import (
    lost_letters,
    lost_letters_pattern,
    normalise_fields,
    normalise_text,
)


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        (unicodedata.normalize("NFD", "Sēini Tuʻipulotu"), "Sēini Tuʻipulotu"),
        ("  Ana   Fifita  ", "Ana Fifita"),
        ("Ana\u00a0\u00a0Fifita", "Ana Fifita"),  # no-break spaces pasted from a web page
        ("Queen Sālote Wharf", "Queen Sālote Wharf"),
        ("line\nbreak", "line\nbreak"),  # left for the field's own check to refuse
    ],
)
def test_text_is_stored_in_one_form(given, stored):
    assert normalise_text(given) == stored


def test_fields_are_normalised_and_empty_text_is_none():
    assert normalise_fields({"a": "  x  y ", "b": "   ", "c": 3}) == {"a": "x y", "b": None, "c": 3}


@pytest.mark.parametrize(
    ("text", "lost"),
    [("?Aisake ?Ahokava", True), ("Queen S?lote Wharf", True), ("L?t?", True),
     ("Who ? knows", False), ("Ana Fifita", False), (None, False)],
)  # fmt: skip
def test_a_question_mark_touching_a_letter_is_a_lost_letter(text, lost):
    assert lost_letters(text) is lost


def test_a_lost_letter_stands_for_one_letter_or_a_dropped_okina():
    pattern = lost_letters_pattern("queen s?lote wharf")
    assert pattern.fullmatch("queen salote wharf") and pattern.fullmatch("queen slote wharf")
    assert not pattern.fullmatch("queen sxxlote wharf")
    assert lost_letters_pattern("ha?apai").fullmatch("haapai")  # 'Haʻapai' folded


@pytest.mark.parametrize(
    ("value", "year"),
    [("14/03/1985", 1985), ("1985-03-14", 1985), ("14 Mar 1985", 1985), ("14 mars 1985", 1985),
     ("1er janvier 1990", 1990), ("March 14, 1985", 1985), ("03/14/1985", 1985),
     ("1985-03-14T00:00:00", 1985), (dt.date(1985, 3, 14), 1985), ("1985", 1985), (1985.0, 1985)],
)  # fmt: skip
def test_a_date_gives_its_year(value, year):
    assert parse_year(value, "birth_year") == year


@pytest.mark.parametrize(
    ("value", "words"),
    [("31/02/1990", "impossible date"), ("13/14/1990", "impossible date"),
     ("1990-02-30", "impossible date"), ("03/04/85", "ambiguous"), ("14 Foo 1985", "not a year"),
     ("19x5", "not a year")],
)  # fmt: skip
def test_an_impossible_or_ambiguous_date_says_which(value, words):
    with pytest.raises(RuleViolation, match=words) as caught:
        parse_year(value, "birth_year")
    assert f"'{value}'" in caught.value.message


def test_plain_years_are_told_from_dates():
    assert is_plain_year(1985) and is_plain_year("1985") and is_plain_year(None)
    assert not is_plain_year("14/03/1985") and not is_plain_year(dt.date(1985, 3, 14))
