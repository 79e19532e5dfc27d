"""The listings of the programme and people commands speak French with `--lang fr` (issue 21):
activity and course titles from the reference data's French, and the words for stored codes
(session and nomination status, course mode, attendance, trainer status, readiness...)."""

from __future__ import annotations

import re

import pytest

# Stored codes and English words the listings printed before, as whole words.
ENGLISH = re.compile(
    r"\b(in_person|blended|online|open|held|nominated|waitlisted|confirmed|attended|partial|"
    r"passed|completed|active|both|none|wco_accredited|oco_regional|adopted|planned|in_progress|"
    r"now|1_2_years|3_plus_years|Develop|Strengthen|Customs Leadership|Train-the-Trainer|"
    r"Front-line Supervision|waiting|ready|trainer|store|encryption|sync bundle)\b"
)

LISTINGS = [
    (("programme", "tree"), "Develop front line supervision training", "Élaborer une formation"),
    (("programme", "activity", "P1.1.4"), "Develop front line", "encadrement de proximité"),
    (("programme", "courses"), "in_person|in person", "en présentiel"),
    (("programme", "sessions"), "online", "en ligne"),
    (("programme", "nominations"), "nominated", "proposé"),
    (("mentoring", "list"), "active", "en cours"),
    (("experts", "list"), "wco_accredited|WCO accredited", "accrédité OMD"),
    (("gender", "plan"), "adopted", "adopté"),
    (("succession", "list"), "now|ready now", "prêt dès maintenant"),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from tests.e2e.conftest import Cli

    cli = Cli(tmp_path_factory.mktemp("listings") / "data")
    done = cli("demo", "--member", "NC", "--staff", "20")
    assert done.returncode == 0, done.stderr
    return cli


@pytest.mark.parametrize(("command", "english", "french"), LISTINGS)
def test_a_listing_is_english_without_lang(demo, command, english, french):
    done = demo(*command)
    assert done.returncode == 0, done.stderr
    assert re.search(rf"\b({english})\b", done.stdout), done.stdout
    assert french not in done.stdout


@pytest.mark.parametrize(("command", "english", "french"), LISTINGS)
def test_a_listing_is_french_with_lang_fr(demo, command, english, french):
    done = demo("--lang", "fr", *command)
    assert done.returncode == 0, done.stderr
    assert french in done.stdout
    # Places and people's names are data: the venues of the demo are in English.
    text = re.sub(r"(Suva, Fiji|Apia, Samoa|Port Vila, Vanuatu|Nukuʻalofa, Tonga)", "", done.stdout)
    found = ENGLISH.search(text)
    assert found is None, f"{found.group(0)!r} in:\n{done.stdout}"


def test_the_workforce_shares_are_written_the_french_way(demo):
    english = demo("gender", "stats").stdout
    french = demo("--lang", "fr", "gender", "stats").stdout
    assert re.search(r"\(\d+%\)", english), english
    assert not re.search(r"\d%", french), french
    assert re.search(r"\(\d+\u00a0%\)", french), french


def test_the_needs_by_sex_use_the_french_letters(demo):
    year = demo("tna", "list").stdout.split()[0]
    english = demo("tna", "summary", "--year", year, "--by", "sex").stdout
    french = demo("--lang", "fr", "tna", "summary", "--year", year, "--by", "sex").stdout
    assert re.search(r"^\S+\s+\S+\s+\d+  M  ", english, re.M), english
    assert not re.search(r"^\S+\s+\S+\s+\d+  M  ", french, re.M), french
    assert re.search(r"^\S+\s+\S+\s+\d+  H  ", french, re.M), french


def test_an_experts_skills_are_named_not_coded(demo):
    english = demo("experts", "list").stdout
    french = demo("--lang", "fr", "experts", "list").stdout
    assert "Valuation 4" in english and "Valeur 4" in french
    assert not re.search(r"\b(TECH|LEAD|CORE)-[A-Z]+ \d", english + french), english + french


def test_the_news_counts_take_each_its_own_plural(demo):
    import json

    unread = json.loads(demo("news", "list", "--unread", "--json").stdout)
    for item in unread[1:]:  # leave one unread
        assert demo("news", "show", item["id"]).returncode == 0
    english = demo("news", "list").stdout.splitlines()[-1]
    french = demo("--lang", "fr", "news", "list").stdout.splitlines()[-1]
    assert english.endswith(" items, 1 unread (marked *)."), english
    assert french.endswith(" articles, 1 non lu (marqué *)."), french


def test_the_backup_list_says_why_each_backup_was_made(demo):
    assert demo("backup", "create").returncode == 0
    english = demo("backup", "list").stdout
    french = demo("--lang", "fr", "backup", "list").stdout
    assert "  by hand  " in english and "manual" not in english.replace("-manual.db", "")
    assert "  à la main  " in french and "by hand" not in french
