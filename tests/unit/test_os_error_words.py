"""What the system says of a file that cannot be used is said in the app's language for the
common cases (issue 21: "No such file or directory" in a French sentence)."""

from __future__ import annotations

import errno

import pytest

from oco_desktop.language import catalogue_loaded, language, os_error_text


def _error(code: int) -> OSError:
    try:
        raise OSError(code, "system words", "x")
    except OSError as exc:
        return exc


def test_a_missing_file_in_english_and_french(tmp_path):
    with pytest.raises(OSError) as caught:
        (tmp_path / "nowhere").read_bytes()
    assert caught.value.strerror == "No such file or directory"
    with language("en"):
        assert os_error_text(caught.value) == "no such file or folder"
    if catalogue_loaded("fr"):
        with language("fr"):
            assert os_error_text(caught.value) == "fichier ou dossier introuvable"


def test_a_rare_error_is_said_as_the_system_says_it():
    with language("fr"):
        assert os_error_text(_error(errno.ECONNRESET)) == "system words"
        assert os_error_text(OSError("plain")) == "plain"
