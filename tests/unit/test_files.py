"""The one way files are written: all or nothing, on the disk, nothing left behind."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from oco_desktop import files


def _synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What os.fsync was called on, by path (a folder shows as the folder)."""
    seen: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        seen.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path):
    target = tmp_path / "bundle.ocob"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.atomic_write(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("the stick was pulled out")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.ocob"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_the_file_then_its_folder_are_synced(tmp_path, monkeypatch):
    seen = _synced(monkeypatch)
    target = tmp_path / "report.csv"
    files.write_atomic(target, b"a,b\n")
    assert target.read_bytes() == b"a,b\n"
    assert len(seen) == 2
    assert seen[0].endswith(".partial")  # the file, under its hidden name, before the rename
    assert seen[1] == str(tmp_path)  # then the folder, so the rename is on the disk too


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_a_file_written_by_a_library_is_synced_before_it_takes_its_name(tmp_path, monkeypatch):
    seen = _synced(monkeypatch)
    target = tmp_path / "report.pdf"
    with files.atomic_path(target) as partial:
        assert partial.parent == tmp_path and partial.name.startswith(".report.pdf.")
        partial.write_bytes(b"%PDF")
        assert not target.exists()
    assert target.read_bytes() == b"%PDF"
    assert [s.endswith(".partial") for s in seen] == [True, False]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_text_mode_and_open_arguments_pass_through(tmp_path):
    target = tmp_path / "staff.csv"
    with files.atomic_write(target, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write("Tupou\r\n")
    assert target.read_bytes() == "\ufeffTupou\r\n".encode()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_private_files_are_the_owners_alone(tmp_path):
    old_umask = os.umask(0o022)
    try:
        files.write_atomic(tmp_path / "key.pem", b"secret", private=True)
        files.write_atomic(tmp_path / "bundle.ocob", b"public")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "key.pem").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "bundle.ocob").stat().st_mode) == 0o644


def test_two_writers_of_one_target_never_share_a_partial_file(tmp_path):
    target = tmp_path / "mappings.json"
    with files.atomic_write(target) as first, files.atomic_write(target) as second:
        first.write(b"first")
        second.write(b"second")
    assert target.read_bytes() == b"first"  # the outer block ends last, and wins
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mappings.json"]
