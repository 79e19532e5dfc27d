"""The `roster` command: `import FILE`, `export FILE`, `template FILE` and `erase NUMBER`
(argparse, no Qt).

Exit codes: 0 done; 3 input refused. An import with refused rows exits 3 and writes nothing,
unless --partial, which writes the valid rows (and still exits 3). File-level problems (an
unreadable file, no header row) are raised as InvalidInput for cli/__init__.py to report.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the services are imported when a command runs: the window starts faster
    from oco_desktop.services.roster.import_ import RosterImportResult
    from oco_desktop.store.engine import Store

EXIT_DONE = 0
EXIT_REFUSED = 3
MAX_LISTED = 50


def register(subparsers: Any) -> None:
    """Add `roster` with its sub-commands to cli/__init__.py's sub-parsers."""
    roster = subparsers.add_parser(
        "roster", help="import or export the staff roster (.xlsx or .csv)"
    )
    commands = roster.add_subparsers(dest="roster_command", required=True, metavar="COMMAND")

    importing = commands.add_parser(
        "import",
        help="import staff from a spreadsheet (.xlsx, .xls, .ods) or a .csv file",
        description="Rows are matched on staff number: importing the same file again changes "
        "nothing. If any row is refused, nothing is written unless --partial is given.",
    )
    importing.add_argument("file", type=Path, help="the .xlsx, .xls, .ods or .csv file")
    importing.add_argument(
        "--dry-run", action="store_true", help="show what would change and write nothing"
    )
    importing.add_argument("--json", action="store_true", help="print a JSON summary")
    importing.add_argument(
        "--partial", action="store_true", help="write the valid rows even if others are refused"
    )
    importing.add_argument(
        "--create-missing",
        action="store_true",
        help="create the offices and positions the file names that do not exist yet",
    )
    importing.add_argument(
        "--officer", help="your name, recorded in the audit trail (default: the OS user)"
    )
    importing.add_argument("--sheet", help="the sheet to read (default: the first with a header)")
    importing.add_argument("--member", help="member code (needed on a Secretariat installation)")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar='"HEADER=FIELD"',
        help='which roster field a column fills, e.g. --map "Designation=position" '
        '--map "Date of Birth=birth year" (or "HEADER=ignore"); repeatable. Without it, the '
        "choices last used for a file with the same headers apply.",
    )
    importing.add_argument(
        "--save-mapping",
        metavar="NAME",
        help="keep these column choices under NAME (and for files with the same headers)",
    )
    importing.add_argument(
        "--mapping", metavar="NAME", help="use the column choices saved under NAME"
    )

    exporting = commands.add_parser(
        "export", help="export the roster to .xlsx or .csv (by the file's extension)"
    )
    exporting.add_argument("file", type=Path, help="the .xlsx or .csv file to write")
    exporting.add_argument("--language", choices=("en", "fr"), default="en")
    exporting.add_argument("--member", help="member code (default: this installation's)")
    exporting.add_argument("--json", action="store_true", help="print a JSON summary")

    template = commands.add_parser("template", help="write an empty import template (.xlsx)")
    template.add_argument("file", type=Path, help="the .xlsx file to write")
    template.add_argument("--language", choices=("en", "fr"), default="en")

    erase = commands.add_parser(
        "erase",
        help="erase a person's personal data on a legal request (the window's Erase)",
        description="Empties every personal field of the person and forgets every row that "
        "refers to them (TNA, nominations, e-learning, mentoring, internships, expert record, "
        "succession), their history, and the received bundles in archive/. The erasure goes to "
        "the other side with the next sync bundle. Backups made before still hold the person "
        "until they are removed: see docs/ERASURE.md. Asks for confirmation on a terminal.",
    )
    erase.add_argument("staff_number", metavar="STAFF_NUMBER", help="the person's staff number")
    erase.add_argument(
        "--reason",
        required=True,
        help="why (the legal request's reference), kept in the history: never the person's "
        "name or number",
    )
    erase.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    erase.add_argument("--member", help="member code (needed on a Secretariat installation)")
    erase.add_argument(
        "--officer", help="your name, recorded in the audit trail (default: the OS user)"
    )


def _issue_line(row: int, column: str | None, letter: str | None, message: str) -> str:
    where = f"Row {row}"
    if column:
        where += f', column "{column}"' + (f" ({letter})" if letter else "")
    return f"{where}: {message}"


def _print_import(result: RosterImportResult, args: argparse.Namespace, out: TextIO) -> None:
    preview = result.preview
    counts = preview.counts
    sheet = f", sheet {preview.sheet}" if preview.sheet else ""
    print(
        f"{preview.file_name}{sheet} (header on row {preview.header_row}): "
        f"{counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged, "
        f"{counts['error']} refused.",
        file=out,
    )
    if preview.chosen_source:
        from oco_desktop.services.roster.columns import FIELD_NAMES

        how = "given" if preview.chosen_source == "officer" else "remembered for these headers"
        fills = "; ".join(
            f"{c.letter} '{c.header}' -> {FIELD_NAMES[c.field].lower() if c.field else 'ignored'}"
            for c in preview.found_columns
        )
        print(f"Column choices ({how}): {fills}.", file=out)
    for warning in preview.file_warnings:
        print(f"Note: {warning}", file=out)
    lines = [
        _issue_line(row.row, i.column, i.letter, i.message)
        for row in preview.rows
        for i in row.errors
    ] + [
        "Warning: " + _issue_line(row.row, i.column, i.letter, i.message)
        for row in preview.rows
        for i in row.warnings
    ]
    for line in lines[:MAX_LISTED]:
        print(line, file=out)
    if len(lines) > MAX_LISTED:
        print(f"... and {len(lines) - MAX_LISTED} more (use --json to see all).", file=out)
    for kind, missing in (
        ("Offices", preview.missing_offices),
        ("Positions", preview.missing_positions),
    ):
        names = "; ".join(
            f"{m.name} (row{'s' if len(m.rows) > 1 else ''} {', '.join(map(str, m.rows))})"
            for m in missing
        )
        if not missing or (preview.create_missing and result.written):
            continue
        if preview.create_missing:
            print(f"{kind} to create: {names}.", file=out)
        else:
            print(
                f"{kind} not in OCO Desktop: {names}. Use --create-missing to create them.",
                file=out,
            )
    for kind, created in (
        ("offices", result.created_offices),
        ("positions", result.created_positions),
    ):
        if created:
            print(f"Created {kind}: {', '.join(created)}.", file=out)
    if args.dry_run:
        print("Dry run: nothing was written.", file=out)
    elif not result.written:
        print(
            f"Nothing was written: {counts['error']} row(s) refused. Fix them, or use --partial "
            "to import the valid rows only.",
            file=out,
        )
    else:
        written = counts["new"] + counts["updated"]
        print(f"Imported: {written} row(s) written.", file=out)


def _run_import(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.audit import current_os_user, make_actor
    from oco_desktop.services.roster.columns import named_mapping, parse_map_options
    from oco_desktop.services.roster.import_ import import_roster, remember_choices

    mapping = named_mapping(store.paths.root, args.mapping) if args.mapping else {}
    mapping |= parse_map_options(args.map)
    actor = make_actor(args.officer or current_os_user())
    result = import_roster(
        store,
        args.file,
        actor,
        dry_run=args.dry_run,
        partial=args.partial,
        create_missing=args.create_missing,
        member_code=args.member,
        sheet=args.sheet,
        mapping=mapping,
    )
    if args.save_mapping:
        remember_choices(store, result.preview, args.save_mapping)
    if args.json:
        json.dump({**result.as_dict(), "dry_run": args.dry_run}, out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        _print_import(result, args, out)
    return EXIT_REFUSED if result.preview.refused else EXIT_DONE


def _run_erase(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.domain.errors import InvalidInput
    from oco_desktop.services.audit import current_os_user, make_actor
    from oco_desktop.services.roster.erasure import erase_staff, find_by_staff_number
    from oco_desktop.services.roster.staff import get_staff

    staff_id = find_by_staff_number(store, args.staff_number, args.member)
    person = get_staff(store, staff_id)
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidInput(
                "An erasure cannot be undone: run this on a terminal to confirm it, or add "
                "--yes in a script. Nothing was erased.",
                field="yes",
            )
        print(
            f"Erase {person.full_name or '(no name)'} ({person.staff_number})? This cannot be "
            "undone. Type the staff number to confirm: ",
            end="",
            file=out,
            flush=True,
        )
        typed = sys.stdin.readline()
    else:
        typed = person.staff_number or ""
    actor = make_actor(args.officer or current_os_user())
    result = erase_staff(store, staff_id, actor, confirmation=typed, reason=args.reason)
    print(
        f"Erased staff number {args.staff_number.strip()}: personal fields emptied, "
        f"{result.entries_removed} history entries removed, received bundles in archive/ "
        "deleted. The erasure goes to the other side with the next sync bundle. Backups made "
        "before today still hold the person until removed (see docs/ERASURE.md).",
        file=out,
    )
    if not result.file_scrubbed:
        print(
            "Note: another program kept the data file's log busy; the old copies in it are "
            "cleared when the last OCO Desktop window or command on this data closes.",
            file=out,
        )
    return EXIT_DONE


def run(args: argparse.Namespace, store: Store, out: TextIO | None = None) -> int:
    """Run a parsed `roster` command against an open store; returns the exit code."""
    from oco_desktop.services.roster import export as roster_export

    out = out or sys.stdout
    if args.roster_command == "import":
        return _run_import(args, store, out)
    if args.roster_command == "export":
        result = roster_export.export_roster(
            store, args.file, member_code=args.member, language=args.language
        )
        if args.json:
            summary = {"file": str(result.path), "format": result.format, "rows": result.rows}
            print(json.dumps(summary, ensure_ascii=False), file=out)
        else:
            print(f"Exported {result.rows} staff to {result.path}.", file=out)
        return EXIT_DONE
    if args.roster_command == "erase":
        return _run_erase(args, store, out)
    if args.roster_command == "template":
        roster_export.write_template(args.file, args.language)
        print(f"Wrote the import template to {args.file}.", file=out)
        return EXIT_DONE
    raise ValueError(f"unknown roster command {args.roster_command!r}")
