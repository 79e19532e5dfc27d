"""News through the command line, in subprocesses: the Secretariat publishes, edits and withdraws;
a member receives the item with one bundle and loses it with the next; a member may not write
news (exit 3, nothing changed); bad input exits 3 with a sentence saying what to fix."""

from __future__ import annotations

import hashlib
import json


def _json(result):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _digest(data_dir) -> str:
    return hashlib.sha256((data_dir / "oco-desktop.db").read_bytes()).hexdigest()


def _pair(cli, tmp_path):
    sec, member = tmp_path / "sec", tmp_path / "to"
    card = tmp_path / "sec.card"
    assert cli("init", "--role", "secretariat", data_dir=sec).returncode == 0
    assert cli("keys", "export-card", str(card), data_dir=sec).returncode == 0
    made = cli(
        "init", "--role", "member", "--member", "TO", "--office", "Nukuʻalofa HQ",
        "--secretariat-card", str(card), data_dir=member,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    _send(cli, member, sec, tmp_path / "enrol")
    imported = cli("bundle", "import", *map(str, (tmp_path / "enrol").iterdir()), data_dir=sec)
    assert imported.returncode == 0, imported.stderr  # kept in quarantine
    shown = cli("keys", "show", "--json", data_dir=member)
    fingerprint = json.loads(shown.stdout)["fingerprint"]  # read by phone
    trusted = cli("keys", "trust", "TO", "--fingerprint", fingerprint, data_dir=sec)
    assert trusted.returncode == 0, trusted.stderr
    return sec, member


def _send(cli, sender, receiver, folder, recipient=None) -> None:
    options = ["--for", recipient] if recipient else []
    sent = cli("bundle", "export", "--to", str(folder), *options, data_dir=sender)
    assert sent.returncode == 0, sent.stderr
    if receiver is not None and recipient is not None:
        got = cli("bundle", "import", *map(str, folder.iterdir()), data_dir=receiver)
        assert got.returncode == 0, got.stderr + got.stdout


def test_an_item_reaches_the_member_and_its_withdrawal_follows(cli, tmp_path) -> None:
    sec, member = _pair(cli, tmp_path)
    body = tmp_path / "body.txt"
    body.write_text(
        "The Secretariat holds a regional workshop.\r\n\r\nDetails: https://www.ocosec.org\r\n",
        encoding="utf-8",
    )
    added = _json(
        cli(
            "news", "add", "--title", "Regional workshop on HS 2022", "--body-file", str(body),
            "--title-fr", "Atelier régional sur le SH 2022", "--place", "Suva, Fiji",
            "--start", "2027-03-01", "--end", "2027-03-05", "--activity", "P1.2.6", "--json",
            data_dir=sec,
        )
    )  # fmt: skip
    assert (
        added["body"]
        == "The Secretariat holds a regional workshop.\n\nDetails: https://www.ocosec.org"
    )
    assert added["activity_title"].startswith("Secretariat and Member engagement")

    _send(cli, sec, member, tmp_path / "out-1", recipient="TO")
    [arrived] = _json(cli("--lang", "fr", "news", "list", "--json", data_dir=member))
    assert arrived["id"] == added["id"] and not arrived["read"]
    assert arrived["shown_title"] == "Atelier régional sur le SH 2022"
    assert arrived["shown_body"].startswith("The Secretariat holds")  # no French body
    listed = cli("news", "list", "--unread", data_dir=member)
    assert listed.returncode == 0 and "* " + added["id"][-8:] in listed.stdout
    shown = cli("news", "show", added["id"][-8:], data_dir=member)
    assert shown.returncode == 0 and "Details: https://www.ocosec.org" in shown.stdout
    assert cli("news", "list", "--unread", data_dir=member).stdout.strip() == "No unread news."

    edited = cli("news", "edit", added["id"][-8:], "--place", "", "--title", "HS 2022 workshop",
                 data_dir=sec)  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    _send(cli, sec, member, tmp_path / "out-2", recipient="TO")
    [changed] = _json(cli("news", "list", "--json", data_dir=member))
    assert (changed["title"], changed["place"], changed["read"]) == ("HS 2022 workshop", None, True)

    withdrawn = cli("news", "withdraw", added["id"][-8:], data_dir=sec)
    assert withdrawn.returncode == 0 and "Withdrew" in withdrawn.stdout
    _send(cli, sec, member, tmp_path / "out-3", recipient="TO")
    assert _json(cli("news", "list", "--json", data_dir=member)) == []
    gone = cli("news", "show", added["id"][-8:], data_dir=member)
    assert gone.returncode == 3 and "No news item has an id ending with" in gone.stderr


def test_a_member_may_not_write_news(cli, tmp_path) -> None:
    member = tmp_path / "to"
    assert cli("demo", "--member", "TO", "--staff", "5", data_dir=member).returncode == 0
    [first, *_] = _json(cli("news", "list", "--json", data_dir=member))
    before = _digest(member)
    for args in (
        ("news", "add", "--title", "Self-made", "--body", "Text"),
        ("news", "edit", first["id"], "--title", "Changed"),
        ("news", "withdraw", first["id"]),
    ):
        refused = cli(*args, data_dir=member)
        assert refused.returncode == 3, refused.stderr
        assert refused.stderr.startswith("error: Only the OCO Secretariat can")
        assert "Secretariat's sync bundles" in refused.stderr
    assert _digest(member) == before


def test_the_demo_shows_items_marked_demo_in_english_and_french(cli, tmp_path) -> None:
    member = tmp_path / "to"
    assert cli("demo", "--staff", "5", data_dir=member).returncode == 0
    items = _json(cli("news", "list", "--json", data_dir=member))
    assert len(items) >= 4
    assert all(item["title"].startswith("DEMO: ") for item in items)
    assert all(item["title_fr"].startswith("DÉMO\u00a0: ") and item["body_fr"] for item in items)
    days = [item["published_on"] for item in items]
    assert days == sorted(days, reverse=True)
    assert any(item["session"] and item["session"]["open_for_nominations"] for item in items)
    french = _json(cli("--lang", "fr", "news", "list", "--json", data_dir=member))
    assert all(item["shown_title"] == item["title_fr"] for item in french)
    unread = _json(cli("news", "list", "--unread", "--json", data_dir=member))
    assert 0 < len(unread) < len(items)


def test_bad_input_exits_3_with_what_to_fix(cli, tmp_path) -> None:
    sec = tmp_path / "sec"
    assert cli("init", "--role", "secretariat", data_dir=sec).returncode == 0
    before = _digest(sec)
    big = tmp_path / "big.txt"
    big.write_text("a" * 20_001, encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Réunion régionale".encode("latin-1"))
    cases = [
        (("--title", "x", "--body", "  "), "Write the text of the item in English."),
        (("--title", "x", "--body", "y", "--activity", "P9.9"), "is not an activity"),
        (("--title", "x", "--body", "y", "--start", "2027-01-05", "--end", "2027-01-01"),
         "cannot end before it starts"),
        (("--title", "x", "--body", "y", "--end", "2027-01-01"), "first day of the event"),
        (("--title", "x", "--body-file", str(big)), "at most 20000"),
        (("--title", "x", "--body-file", str(latin)), "not UTF-8"),
        (("--title", "x", "--body-file", str(tmp_path / "none.txt")), "cannot be read"),
        (("--title", "x", "--body", "a\x1bb"), "control character (U+001B)"),
        (("--title", "x" * 201, "--body", "y"), "at most 200"),
        (("--title", "x", "--body", "y", "--session", "abc"), "at least 6 characters"),
    ]  # fmt: skip
    for args, why in cases:
        refused = cli("news", "add", *args, data_dir=sec)
        assert refused.returncode == 3, (args, refused.stderr)
        assert why in refused.stderr, (args, refused.stderr)
    usage = cli("news", "add", "--title", "x", "--body", "y", "--date", "5/12/2026", data_dir=sec)
    assert usage.returncode == 2 and "use YYYY-MM-DD" in usage.stderr
    assert _digest(sec) == before
    assert cli("news", "list", data_dir=sec).stdout.startswith("No news yet: publish an item")
