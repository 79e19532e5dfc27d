"""A French command-line session prints only French (issue 21): argparse's own words, the
help texts, a usage error, a refused bundle, a report, a backup and a check."""

from __future__ import annotations

import re

import pytest

ENGLISH = re.compile(
    r"\b(usage|error|options|show this help|required|refused|Nothing|written|Wrote|pages?|"
    r"bytes|Backup|Integrity|Schema|data file)\b"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from tests.e2e.conftest import Cli

    cli = Cli(tmp_path_factory.mktemp("french") / "data")
    done = cli("--lang", "fr", "demo", "--member", "TO", "--staff", "8")
    assert done.returncode == 0, done.stderr
    return cli


def _only_french(text: str) -> None:
    assert text.strip()
    assert not ENGLISH.search(text), text


def test_help_is_french_including_argparse_words(cli):
    done = cli("--lang", "fr", "--help")
    assert done.returncode == 0
    assert done.stdout.startswith("utilisation\u00a0: oco-desktop")
    assert "afficher ce message d'aide et quitter" in done.stdout
    assert "registre du personnel" in done.stdout
    assert "show this help" not in done.stdout and "usage:" not in done.stdout


def test_the_english_help_is_unchanged(cli):
    done = cli("--help")
    assert done.stdout.startswith("usage: oco-desktop")
    assert "show this help message and exit" in done.stdout


def test_a_usage_error_is_french_with_exit_2(cli):
    done = cli("--lang=fr", "backup")
    assert done.returncode == 2
    assert "erreur\u00a0: les arguments suivants sont obligatoires\u00a0: ACTION" in done.stderr
    _only_french(done.stderr.replace("oco-desktop backup", "").replace("ACTION", ""))


def test_a_junk_bundle_is_refused_in_french(demo, tmp_path):
    junk = tmp_path / "junk.ocob"
    junk.write_bytes(b"not a bundle at all\n" * 10)
    done = demo("--lang", "fr", "bundle", "import", str(junk))
    assert done.returncode == 3
    assert "junk.ocob\u00a0: refusé\u00a0:" in done.stderr
    assert "Rien n'a été modifié." in done.stderr
    _only_french(done.stderr.replace("junk.ocob", "").replace("OCO Desktop", ""))


def test_a_report_line_is_french_with_its_plural(demo, tmp_path):
    out = tmp_path / "genre.pdf"
    done = demo("--lang", "fr", "report", "gender", "--year", "2026", "--out", str(out))
    assert done.returncode == 0, done.stderr
    found = re.fullmatch(
        r"(\d+) (pages? écrites?) dans (.+) \(([\d\u202f]+) octets\)\.\n", done.stdout
    )
    assert found, done.stdout
    pages = int(found.group(1))
    assert found.group(2) == ("page écrite" if pages == 1 else "pages écrites")
    assert found.group(3) == str(out) and out.exists()
    assert int(found.group(4).replace("\u202f", "")) == out.stat().st_size


def test_backup_and_check_speak_french(demo):
    backup = demo("--lang", "fr", "backup", "create")
    assert backup.returncode == 0, backup.stderr
    assert backup.stdout.startswith("Sauvegarde écrite dans ")
    assert re.search(r"\(\d{1,3}(\u202f\d{3})* octets\)\.$", backup.stdout.strip())
    check = demo("--lang", "fr", "check")
    assert check.returncode == 0, check.stderr
    assert "Contrôle d'intégrité\u00a0: ok." in check.stdout
    _only_french(check.stdout.replace("OCO Desktop", "").replace("oco-desktop.db", ""))


# Each command's own help: (command, a French help text it must show, English ones it must not).
COMMAND_HELP = [
    (
        (),
        "la base des experts en douane",
        ("the Customs Expert database", "training needs analysis:", "mentoring pairs and"),
    ),
    (
        ("roster",),
        "effacer les données personnelles",
        ("import staff from a spreadsheet", "write an empty import template", "erase a person's"),
    ),
    (
        ("roster", "import"),
        "Les lignes sont rapprochées par matricule",
        ("Rows are matched on staff number", "show what would change", "print a JSON summary"),
    ),
    (
        ("tna",),
        "les analyses par année",
        ("the analyses by year", "send the analysis for review", "map a need to what"),
    ),
    (
        ("tna", "assess"),
        "le niveau convenu (0-4)",
        ("the agreed level", "the self-assessed level", "take the computed band back"),
    ),
    (
        ("experts",),
        "qui peut intervenir sur quoi",
        ("the experts this installation", "add an expert", "who can deliver what"),
    ),
    (
        ("experts", "search"),
        "niveau minimal (1-4)",
        ("minimum level", "available in this month", "in the name or organisation"),
    ),
    (("mentoring",), "binômes de mentorat", ("add a mentoring pair", "add an internship")),
    (("gender",), "le plan en cours", ("GEOAT principles", "add an indicator")),
    (("succession",), "postes clés", ("key positions with", "mark a position as key")),
]


@pytest.mark.parametrize(("command", "french", "english"), COMMAND_HELP)
def test_each_command_help_is_french(cli, command, french, english):
    done = cli("--lang", "fr", *command, "--help")
    assert done.returncode == 0, done.stderr
    assert french in done.stdout
    for phrase in english:
        assert phrase not in done.stdout


@pytest.mark.parametrize(("command", "french", "english"), COMMAND_HELP)
def test_each_command_help_in_english_is_unchanged(cli, command, french, english):
    done = cli(*command, "--help")
    assert done.returncode == 0, done.stderr
    assert french not in done.stdout
    for phrase in english:
        assert phrase in done.stdout
