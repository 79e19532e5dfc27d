"""The log file is for finding bugs and is copied with the data folder: it holds no name."""

from __future__ import annotations

import logging
import os
import stat

from oco_desktop import cli, logs
from oco_desktop.paths import DataPaths


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_an_error_quoting_a_person_logs_its_kind_and_lines_not_its_text(tmp_path):
    paths = DataPaths(tmp_path / "data")
    assert logs.configure(paths)
    person, born = "Mele Tupou", 1984  # the traceback shows code lines: keep data out of them
    try:
        try:
            try:
                raise ValueError(f"UNIQUE constraint failed: staff.staff_number ('{person}')")
            except ValueError as inner:
                raise RuntimeError(f"could not save {person}, born {born}") from inner
        except RuntimeError:
            logging.getLogger("oco_desktop.test").exception("saving a staff member failed")
        _flush()
        text = paths.log_file.read_text(encoding="utf-8")
        assert "saving a staff member failed" in text
        assert "builtins.RuntimeError" in text and "builtins.ValueError" in text
        assert "test_logs_private.py" in text  # where it happened is kept
        assert "Mele" not in text and "1984" not in text
        if os.name == "posix":
            assert stat.S_IMODE(paths.log_file.stat().st_mode) == 0o600
            assert stat.S_IMODE(paths.logs.stat().st_mode) == 0o700
    finally:
        logs.configure(DataPaths(tmp_path / "elsewhere"))


def test_a_refused_command_logs_the_kind_of_refusal_not_the_sentence(tmp_path, capsys):
    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "init", "--role", "secretariat"]) == 0
    code = cli.main(
        ["--data-dir", str(data), "init", "--role", "member", "--member", "TO",
         "--office", "Office of Sālote Pilolevu"]
    )  # fmt: skip
    assert code == 3
    assert "already holds" in capsys.readouterr().err
    _flush()
    text = DataPaths(data).log_file.read_text(encoding="utf-8")
    assert "refused: AlreadyInitialised" in text
    assert "Sālote" not in text and "already holds" not in text
