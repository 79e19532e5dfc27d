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

from oco_desktop.language import N_, _, current_language, format_number, ngettext

if TYPE_CHECKING:  # the services are imported when a command runs: the window starts faster
    from oco_desktop.services.roster.import_ import RosterImportResult
    from oco_desktop.store.engine import Store

EXIT_DONE = 0
EXIT_REFUSED = 3
MAX_LISTED = 50


def register(subparsers: Any) -> None:
    """Add `roster` with its sub-commands to cli/__init__.py's sub-parsers."""
    roster = subparsers.add_parser(
        "roster", help=_("import or export the staff roster (.xlsx or .csv)")
    )
    commands = roster.add_subparsers(dest="roster_command", required=True, metavar="COMMAND")

    importing = commands.add_parser(
        "import",
        help=_("import staff from a spreadsheet (.xlsx, .xls, .ods) or a .csv file"),
        description=_(
            "Rows are matched on staff number: importing the same file again changes "
            "nothing. If any row is refused, nothing is written unless --partial is given."
        ),
    )
    importing.add_argument("file", type=Path, help=_("the .xlsx, .xls, .ods or .csv file"))
    importing.add_argument(
        "--dry-run", action="store_true", help=_("show what would change and write nothing")
    )
    importing.add_argument("--json", action="store_true", help=_("print a JSON summary"))
    importing.add_argument(
        "--partial", action="store_true", help=_("write the valid rows even if others are refused")
    )
    importing.add_argument(
        "--create-missing",
        action="store_true",
        help=_("create the offices and positions the file names that do not exist yet"),
    )
    importing.add_argument(
        "--officer", help=_("your name, recorded in the audit trail (default: the OS user)")
    )
    importing.add_argument(
        "--sheet", help=_("the sheet to read (default: the first with a header)")
    )
    importing.add_argument("--member", help=_("member code (needed on a Secretariat installation)"))
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar='"HEADER=FIELD"',
        help=_(
            'which roster field a column fills, e.g. --map "Designation=position" '
            '--map "Date of Birth=birth year" (or "HEADER=ignore"); repeatable. Without it, the '
            "choices last used for a file with the same headers apply."
        ),
    )
    importing.add_argument(
        "--save-mapping",
        metavar="NAME",
        help=_("keep these column choices under NAME (and for files with the same headers)"),
    )
    importing.add_argument(
        "--mapping", metavar="NAME", help=_("use the column choices saved under NAME")
    )

    exporting = commands.add_parser(
        "export", help=_("export the roster to .xlsx or .csv (by the file's extension)")
    )
    exporting.add_argument("file", type=Path, help=_("the .xlsx or .csv file to write"))
    exporting.add_argument(
        "--language", choices=("en", "fr"), help=_("the headers' language (default: --lang)")
    )
    exporting.add_argument("--member", help=_("member code (default: this installation's)"))
    exporting.add_argument("--json", action="store_true", help=_("print a JSON summary"))

    template = commands.add_parser("template", help=_("write an empty import template (.xlsx)"))
    template.add_argument("file", type=Path, help=_("the .xlsx file to write"))
    template.add_argument(
        "--language", choices=("en", "fr"), help=_("the headers' language (default: --lang)")
    )

    erase = commands.add_parser(
        "erase",
        help=_("erase a person's personal data on a legal request (the window's Erase)"),
        description=_(
            "Empties every personal field of the person and forgets every row that "
            "refers to them (TNA, nominations, e-learning, mentoring, internships, expert record, "
            "succession), their history, and the received bundles in archive/. The erasure goes to "
            "the other side with the next sync bundle. Backups made before still hold the person "
            "until they are removed: see docs/ERASURE.md. Asks for confirmation on a terminal."
        ),
    )
    erase.add_argument("staff_number", metavar="STAFF_NUMBER", help=_("the person's staff number"))
    erase.add_argument(
        "--reason",
        required=True,
        help=_(
            "why (the legal request's reference), kept in the history: never the person's "
            "name or number"
        ),
    )
    erase.add_argument("--yes", action="store_true", help=_("do not ask (for scripts)"))
    erase.add_argument("--member", help=_("member code (needed on a Secretariat installation)"))
    erase.add_argument(
        "--officer", help=_("your name, recorded in the audit trail (default: the OS user)")
    )


# What the import says of the offices and positions the file names and the roster lacks.
_MISSING = {
    "office": (N_("Offices to create: {names}."),
               N_("Offices not in OCO Desktop: {names}. Use --create-missing to create them."),
               N_("Created offices: {names}.")),
    "position": (N_("Positions to create: {names}."),
                 N_("Positions not in OCO Desktop: {names}. Use --create-missing to create them."),
                 N_("Created positions: {names}.")),
}  # fmt: skip


def _issue_line(row: int, column: str | None, letter: str | None, message: str) -> str:
    n = str(row)  # as Excel numbers its rows: no thousands separator
    if column and letter:
        where = _('Row {row}, column "{column}" ({letter})').format(
            row=n, column=column, letter=letter
        )
    elif column:
        where = _('Row {row}, column "{column}"').format(row=n, column=column)
    else:
        where = _("Row {row}").format(row=n)
    return _("{where}: {message}").format(where=where, message=message)


def _rows_named(rows: tuple[int, ...]) -> str:
    return ngettext("row {rows}", "rows {rows}", len(rows)).format(rows=", ".join(map(str, rows)))


def _print_import(result: RosterImportResult, args: argparse.Namespace, out: TextIO) -> None:
    preview = result.preview
    counts = {k: format_number(v) for k, v in preview.counts.items()}
    if preview.sheet:
        heading = _(
            "{file}, sheet {sheet} (header on row {row}): {new} new, {updated} updated, "
            "{unchanged} unchanged, {refused} refused."
        )
    else:
        heading = _(
            "{file} (header on row {row}): {new} new, {updated} updated, {unchanged} "
            "unchanged, {refused} refused."
        )
    print(
        heading.format(
            file=preview.file_name,
            sheet=preview.sheet,
            row=preview.header_row,
            new=counts["new"],
            updated=counts["updated"],
            unchanged=counts["unchanged"],
            refused=counts["error"],
        ),
        file=out,
    )
    if preview.chosen_source:
        from oco_desktop.services.roster.columns import FIELD_NAMES

        fills = "; ".join(
            f"{c.letter} '{c.header}' -> "
            + (_(FIELD_NAMES[c.field]).lower() if c.field else _("ignored"))
            for c in preview.found_columns
        )
        if preview.chosen_source == "officer":
            print(_("Column choices (given): {fills}.").format(fills=fills), file=out)
        else:
            print(
                _("Column choices (remembered for these headers): {fills}.").format(fills=fills),
                file=out,
            )
    for warning in preview.file_warnings:
        print(_("Note: {note}").format(note=warning), file=out)
    lines = [
        _issue_line(row.row, i.column, i.letter, i.message)
        for row in preview.rows
        for i in row.errors
    ] + [
        _("Warning: {warning}").format(warning=_issue_line(row.row, i.column, i.letter, i.message))
        for row in preview.rows
        for i in row.warnings
    ]
    for line in lines[:MAX_LISTED]:
        print(line, file=out)
    if len(lines) > MAX_LISTED:
        more = len(lines) - MAX_LISTED
        print(
            ngettext(
                "... and {count} more (use --json to see all).",
                "... and {count} more (use --json to see all).",
                more,
            ).format(count=format_number(more)),
            file=out,
        )
    for kind, missing in (
        ("office", preview.missing_offices),
        ("position", preview.missing_positions),
    ):
        if not missing or (preview.create_missing and result.written):
            continue
        names = "; ".join(f"{m.name} ({_rows_named(m.rows)})" for m in missing)
        to_create, not_there, _created = _MISSING[kind]
        print(_(to_create if preview.create_missing else not_there).format(names=names), file=out)
    for kind, created in (
        ("office", result.created_offices),
        ("position", result.created_positions),
    ):
        if created:
            print(_(_MISSING[kind][2]).format(names=", ".join(created)), file=out)
    if args.dry_run:
        print(_("Dry run: nothing was written."), file=out)
    elif not result.written:
        refused = preview.counts["error"]
        print(
            ngettext(
                "Nothing was written: {count} row refused. Fix it, or use --partial to import "
                "the valid rows only.",
                "Nothing was written: {count} rows refused. Fix them, or use --partial to import "
                "the valid rows only.",
                refused,
            ).format(count=format_number(refused)),
            file=out,
        )
    else:
        written = preview.counts["new"] + preview.counts["updated"]
        print(
            ngettext(
                "Imported: {count} row written.", "Imported: {count} rows written.", written
            ).format(count=format_number(written)),
            file=out,
        )


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
                _(
                    "An erasure cannot be undone: run this on a terminal to confirm it, or add "
                    "--yes in a script. Nothing was erased."
                ),
                field="yes",
            )
        print(
            _(
                "Erase {name} ({number})? This cannot be undone. Type the staff number to confirm: "
            ).format(name=person.full_name or _("(no name)"), number=person.staff_number),
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
        ngettext(
            "Erased staff number {number}: personal fields emptied, {count} history entry "
            "removed, received bundles in archive/ deleted. The erasure goes to the other side "
            "with the next sync bundle. Backups made before today still hold the person until "
            "removed (see docs/ERASURE.md).",
            "Erased staff number {number}: personal fields emptied, {count} history entries "
            "removed, received bundles in archive/ deleted. The erasure goes to the other side "
            "with the next sync bundle. Backups made before today still hold the person until "
            "removed (see docs/ERASURE.md).",
            result.entries_removed,
        ).format(number=args.staff_number.strip(), count=format_number(result.entries_removed)),
        file=out,
    )
    if not result.file_scrubbed:
        print(
            _(
                "Note: another program kept the data file's log busy; the old copies in it are "
                "cleared when the last OCO Desktop window or command on this data closes."
            ),
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
            store, args.file, member_code=args.member, language=args.language or current_language()
        )
        if args.json:
            summary = {"file": str(result.path), "format": result.format, "rows": result.rows}
            print(json.dumps(summary, ensure_ascii=False), file=out)
        else:
            print(
                ngettext(
                    "Exported {count} staff member to {file}.",
                    "Exported {count} staff to {file}.",
                    result.rows,
                ).format(count=format_number(result.rows), file=result.path),
                file=out,
            )
        return EXIT_DONE
    if args.roster_command == "erase":
        return _run_erase(args, store, out)
    if args.roster_command == "template":
        roster_export.write_template(args.file, args.language or current_language())
        print(_("Wrote the import template to {file}.").format(file=args.file), file=out)
        return EXIT_DONE
    raise ValueError(f"unknown roster command {args.roster_command!r}")
