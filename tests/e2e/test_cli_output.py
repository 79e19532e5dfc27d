"""What other programs read from the command line: UTF-8 JSON, and a quiet end when the
reader stops early (`oco-desktop ... | head`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_json_output_is_utf8_with_letters_as_such(cli, tmp_path):
    assert cli("demo", "--staff", "5").returncode == 0
    target = tmp_path / "Nukuʻalofa roster.csv"
    done = cli("roster", "export", str(target), "--json")
    assert done.returncode == 0, done.stderr
    assert "Nukuʻalofa roster.csv" in done.stdout  # not \\u02bb
    assert json.loads(done.stdout)["rows"] >= 5


def test_a_command_piped_into_head_ends_quietly(cli, tmp_path):
    assert cli("demo", "--staff", "400").returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("OCO_DESKTOP_DATA_DIR", None)
    command = [sys.executable, "-m", "oco_desktop", "--data-dir", str(cli.data_dir),
               "roster", "import", "--dry-run", "--json", str(tmp_path / "staff.csv")]  # fmt: skip
    export = cli("roster", "export", str(tmp_path / "staff.csv"))
    assert export.returncode == 0, export.stderr
    with (tmp_path / "staff.csv").open("a", encoding="utf-8") as handle:
        handle.write("TO-BAD,Sione Taufa,Q,,,,,,,\n")  # one refused row: the command exits 3
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()  # what `head -1` does: read a line, then close the pipe
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 3, stderr  # its own exit code, not a "bug"
    assert "Broken pipe" not in stderr and "bug" not in stderr
