"""A French command-line session (`--lang fr`) prints only French: the import of a file with
many kinds of mistakes, and the training needs analysis (issue 21)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

YEAR = dt.date.today().year
BAD_ROSTER = (
    "Staff number,Full name,Sex,Birth year,Start year,Office,Position,Tier,Status,Date left,"
    "Shoe size\n"
    "TO-1,Ana Fifita,Q,1985,2009,,,,,,42\n"
    "TO-1,Sione Taufa,M,1986,2010,,,,,,43\n"
    "TO-2,Mele Tupou,F,1890,2010,,,,,,\n"
    "TO-3,,F,1980,2005,,,,,,\n"
    "TO-4,Viliami Lata,M,1990,2001,Vavaʻu Wharf,Border Officer,,,,\n"
    "TO-5,Losa Moala,F,1988,2010,,,T9,Retired-ish,31/02/2020,\n"
    "TO-6,Tevita Koloa,X,1970,1995,,,,,2099-01-01,\n"
)
# What the English session says about that file: each must be gone from the French one.
ENGLISH = (
    "header on row", "new,", "refused", "Note:", "is not a roster column", "Row 2",
    "column \"Sex\"", "is not a sex code", "appears on rows", "keep one row per person",
    "is outside", "The full name is missing", "is not in OCO Desktop", "create it first",
    "is before", "is not a tier", "is not a status", "is not a real date", "in the future",
    "Offices not in OCO Desktop", "Positions not in OCO Desktop", "Use --create-missing",
    "Nothing was written", "rows refused", "Fix them",
)  # fmt: skip
FRENCH = (
    "(en-tête en ligne 1)", "refusées 7", "Remarque", "n'est pas une colonne du registre",
    "Ligne 2, colonne «\u00a0Sex\u00a0» (C)", "n'est pas un code de sexe",
    "gardez une ligne par personne", "est hors de la période", "Le nom complet manque",
    "Le bureau «\u00a0Vavaʻu Wharf\u00a0» n'est pas dans OCO Desktop",
    "Le poste «\u00a0Border Officer\u00a0» n'est pas dans OCO Desktop",
    "n'est pas un niveau", "n'est pas un statut", "cette date n'existe pas",
    "est dans le futur", "Bureaux absents d'OCO Desktop\u00a0: Vavaʻu Wharf (ligne 6)",
    "Utilisez --create-missing", "Rien n'a été enregistré\u00a0: 7 lignes refusées",
)  # fmt: skip
# Words of English sentences; what is left of a French line once the file's own text
# (quoted «…», the CSV's headers) is taken out must hold none of them.
ENGLISH_WORDS = re.compile(
    r"\b(the|is|are|was|were|not|row|rows|column|and|or|of|to|in|it|them|first|check|"
    r"write|nothing|written|refused|new|updated|unchanged|The|Row|Column|Note|Warning|"
    r"Nothing|Offices|Positions|Use)\b"
)


@pytest.fixture
def demo(cli):
    assert cli("demo", "--staff", "20").returncode == 0
    return cli


def _without_data(line: str) -> str:
    line = re.sub(r"«[^»]*»", "", line)
    return line.replace("(ou Active, On leave, Seconded, Left)", "")  # the accepted words


def test_a_french_import_of_a_bad_file_prints_only_french(demo, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_ROSTER, encoding="utf-8")

    english = demo("roster", "import", str(bad))
    french = demo("--lang", "fr", "roster", "import", str(bad))

    assert english.returncode == french.returncode == 3
    assert french.stderr == ""
    missing_from_english = [phrase for phrase in ENGLISH if phrase not in english.stdout]
    assert missing_from_english == []  # the list checks what the English session really says
    assert [phrase for phrase in ENGLISH if phrase in french.stdout] == []
    assert [phrase for phrase in FRENCH if phrase not in french.stdout] == []
    for line in french.stdout.splitlines():
        assert not ENGLISH_WORDS.search(_without_data(line)), line


def test_the_training_needs_analysis_speaks_french(demo):
    year = ("--year", str(YEAR))
    summary = demo("--lang", "fr", "tna", "summary", *year)
    assert summary.returncode == 0, summary.stderr
    heading, columns = summary.stdout.splitlines()[:2]
    assert heading.startswith(f"Analyse des besoins de formation {YEAR} (TO), brouillon — ")
    assert "agents évalués\u00a0: " in heading and "staff" not in heading
    assert columns.split() == ["Compétence", "Priorité", "Agents", "Activité"]

    level = demo(
        "--lang", "fr", "tna", "assess", *year, "--staff", "TO-404", "--competency", "TECH-CLS",
        "--agreed", "2",
    )  # fmt: skip
    assert level.returncode == 3
    assert "Aucun agent en poste n'a le matricule «\u00a0TO-404\u00a0»." in level.stderr
    assert "No staff member" not in level.stderr

    later = demo("--lang", "fr", "tna", "status", "--year", str(YEAR + 5))
    assert later.returncode == 3
    assert f"Il n'y a pas encore d'analyse des besoins de formation pour {YEAR + 5}" in later.stderr
