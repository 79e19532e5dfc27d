"""Sync bundles: export, import, no-op re-import and the Secretariat's import day, as the CLI
runs them (subprocesses, so wall time and peak memory are the whole command's).

Baselines in the same run: a raw `sqlite3.executemany` of the rows an import left behind
(data rows and their field stamps) into the same tables, with no verification, merge or
backup. Bundle sizes are reported against the issue's budgets.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from benchmarks.harness import (
    Figure,
    copy_store,
    demo_store,
    figure,
    fresh_dir,
    growth,
    open_data_file,
    python_argv,
    run_process,
)

MEMBER_SIZES = (100, 300, 1000)  # staff of one member: the budgets are for 1,000
QUICK_MEMBER_SIZES = (10, 20, 40)
MEMBERS_24 = (
    "AS",
    "AU",
    "CK",
    "FJ",
    "PF",
    "FM",
    "GU",
    "KI",
    "MH",
    "NR",
    "NC",
    "NZ",
    "NU",
    "MP",
    "PW",
    "PG",
    "WS",
    "SB",
    "TL",
    "TK",
    "TO",
    "TV",
    "VU",
    "WF",
)
SYNCED = ("office", "position", "staff", "position_competency", "sync_field_clock")


def _cli(data_dir: Path, *args: str, timeout: float = 900.0):  # type: ignore[no-untyped-def]
    return run_process(
        python_argv("-m", "oco_desktop", "--data-dir", str(data_dir), *args), timeout=timeout
    )


def _secretariat() -> tuple[Path, Path]:
    sec = fresh_dir("sync-sec") / "data"
    _cli(sec, "init", "--role", "secretariat")
    card = sec.parent / "sec.card"
    _cli(sec, "keys", "export-card", str(card))
    return sec, card


def _trust_member(sec: Path, member_dir: Path) -> None:
    """Register the member's key at the Secretariat (the phone call, not what is measured)."""
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import open_installation
    from oco_desktop.services.sync import trust as sync_trust

    member = open_installation(DataPaths(member_dir))
    try:
        card = sync_trust.load_site_keys(member.paths).card()
    finally:
        member.close()
    store = open_installation(DataPaths(sec))
    try:
        sync_trust.register_peer(store, card, trusted=True)
    finally:
        store.close()


def _member(staff: int, member: str, card: Path, *, assess_all: bool = False) -> Path:
    data = copy_store(demo_store(staff, member=member), f"sync-{member}-{staff}")
    # The demo holds the shipped Secretariat card: replacing it is a re-key, with the
    # fingerprint read by phone (here, from the card this run made).
    fingerprint = json.loads(card.read_text(encoding="utf-8"))["fingerprint"]
    _cli(data, "keys", "import-card", str(card), "--replace", "--fingerprint", fingerprint)
    if assess_all:
        _assess_everyone(data)
    return data


def _assess_everyone(data: Path) -> int:
    """25 competencies (the seed catalogue's 24 and one more), every one assessed for every
    person, as in the issue's figure."""
    from benchmarks.bench_tna import _add_competency, _fill_everyone
    from oco_desktop.paths import DataPaths
    from oco_desktop.services.setup import open_installation
    from oco_desktop.services.tna import cycle as tna

    _add_competency(data / "oco-desktop.db")
    store = open_installation(DataPaths(data))
    try:
        return _fill_everyone(store, tna.list_cycles(store)[0].id)
    finally:
        store.close()


def _edit_assessments(data: Path, count: int) -> None:
    conn = open_data_file(data / "oco-desktop.db")
    ids = [r[0] for r in conn.execute("SELECT id FROM tna_assessment LIMIT ?", (count,))]
    for n, row_id in enumerate(ids):
        conn.execute(
            "UPDATE tna_assessment SET agreed_level = ? WHERE id = ?", ((n + 1) % 5, row_id)
        )
    conn.commit()
    conn.close()


def _export(data: Path, target: Path, *extra: str) -> tuple[float, float | None, list[Path], int]:
    result = _cli(data, "bundle", "export", "--to", str(target), "--json", *extra)
    out = json.loads(result.stdout)
    return result.wall_s, result.peak_rss_mib, [Path(f) for f in out["files"]], out["size"]


def _import(data: Path, files: list[Path]) -> tuple[float, float | None, str]:
    result = _cli(data, "bundle", "import", "--json", *map(str, files))
    out = json.loads(result.stdout)
    status = ",".join(bundle["status"] for bundle in out["bundles"])
    return result.wall_s, result.peak_rss_mib, status


def raw_executemany_seconds(source: Path) -> float:
    """Write the synced rows the import left behind with plain executemany (same tables)."""
    with open_data_file(source) as src:
        schema = {
            name: sql
            for name, sql in src.execute("SELECT name, sql FROM sqlite_master WHERE type='table'")
            if name in SYNCED
        }
        rows = {name: src.execute(f'SELECT * FROM "{name}"').fetchall() for name in schema}
    src.close()
    target = fresh_dir("sync-raw") / "raw.db"
    start = time.perf_counter()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN")
    for name in SYNCED:
        if name in schema:
            conn.execute(schema[name])  # plain sqlite3 leaves foreign keys unenforced
            if rows[name]:
                marks = ", ".join("?" * len(rows[name][0]))
                conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows[name])
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def _edit_staff(data: Path, count: int) -> None:
    conn = open_data_file(data / "oco-desktop.db")
    ids = [r[0] for r in conn.execute("SELECT id FROM staff WHERE erased = 0 LIMIT ?", (count,))]
    for n, staff_id in enumerate(ids):
        conn.execute("UPDATE staff SET birth_year = ? WHERE id = ?", (1960 + n % 30, staff_id))
    conn.commit()
    conn.close()


def run(quick: bool) -> list[Figure]:
    sizes = QUICK_MEMBER_SIZES if quick else MEMBER_SIZES
    figures: list[Figure] = []
    sec, card = _secretariat()
    exports, imports = [], []
    for index, staff in enumerate(sizes):
        member = _member(staff, "TO", card, assess_all=True)
        sec_copy = copy_store(sec, f"sync-sec-{staff}")
        _trust_member(sec_copy, member)
        wall_x, peak_x, files, size = _export(member, fresh_dir(f"stick-{staff}"))
        wall_i, peak_i, status = _import(sec_copy, files)
        assert status == "applied", status
        wall_n, _, again = _import(sec_copy, files)
        assert again == "already_imported", again
        raw_s = raw_executemany_seconds(sec_copy / "oco-desktop.db")
        exports.append(wall_x)
        imports.append(wall_i)
        first = index == len(sizes) - 1  # the budgets are for the largest (1,000 staff)
        figures += [
            figure(
                f"{staff:,} staff: full bundle size",
                size / 1000,
                "kB",
                budget=1000 if first else None,
                note="every person assessed on 25 competencies",
            ),
            figure(f"{staff:,} staff: export (CLI)", wall_x, "s", budget=2 if first else None),
            figure(
                f"{staff:,} staff: import incl. validation and backup (CLI)",
                wall_i,
                "s",
                budget=5 if first else None,
                baseline=raw_s,
                note="baseline: raw executemany of the same rows and stamps",
            ),
            figure(
                f"{staff:,} staff: no-op re-import (CLI)", wall_n, "s", budget=1 if first else None
            ),
        ]
        for label, peak in (("export", peak_x), ("import", peak_i)):
            if peak is not None:
                figures.append(
                    figure(f"{staff:,} staff: {label} peak RSS", peak, "MiB", budget=300)
                )
        if first:
            ack_wall, _, ack_files, _ = _export(sec_copy, fresh_dir("ack"), "--for", "TO")
            _import(member, ack_files)
            _edit_staff(member, 50)
            _edit_assessments(member, 200)
            _, _, _, weekly = _export(member, fresh_dir("weekly"))
            figures.append(
                figure(
                    "weekly incremental (50 staff, 200 assessments)",
                    weekly / 1000,
                    "kB",
                    budget=25,
                )
            )
            figures.append(figure("receipt from the Secretariat (CLI)", ack_wall, "s"))
    figures.append(growth("export time growth", sizes, exports, "s"))
    figures.append(growth("import time growth", sizes, imports, "s"))
    figures += _import_day(quick, sec, card)
    return figures


def _import_day(quick: bool, sec: Path, card: Path) -> list[Figure]:
    staff = 10 if quick else 1000
    members = MEMBERS_24[:3] if quick else MEMBERS_24
    day = copy_store(sec, "sync-import-day")
    files: list[Path] = []
    for code in members:
        data = _member(staff, code, card)
        _trust_member(day, data)
        _, _, member_files, _ = _export(data, fresh_dir(f"stick-{code}"))
        files += member_files
    wall, peak, status = _import(day, files)
    assert set(status.split(",")) == {"applied"}, status
    raw_s = raw_executemany_seconds(day / "oco-desktop.db")
    result = [
        figure(
            f"Secretariat imports {len(members)} bundles of {staff:,} staff (CLI)",
            wall,
            "s",
            budget=60 if not quick else None,
            baseline=raw_s,
            note="baseline: raw executemany of the same rows and stamps",
        )
    ]
    if peak is not None:
        result.append(figure("import day peak RSS", peak, "MiB", budget=300))
    return result
