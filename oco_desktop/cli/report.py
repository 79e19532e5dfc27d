"""The `report` command: PDF reports and spreadsheets from the command line (no Qt).

    oco-desktop report tna --year 2026 --out tna-2026.pdf [--lang fr] [--annex [--names]]
    oco-desktop report gender|regional|programme|progress --year 2026 --out FILE.pdf [--lang fr]
    oco-desktop report needs-xlsx --year 2026 --out needs-2026.xlsx
    oco-desktop report regional-xlsx --year 2026 --out region-2026.xlsx
    oco-desktop report participation-xlsx --year 2026 --out participation-2026.xlsx

Exit codes: 0 written; 3 refused (no analysis for the year, a folder that does not exist...),
reported by cli/__init__.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from oco_desktop.cli.options import year_value
from oco_desktop.language import N_, _, format_number, ngettext

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store

PDF_REPORTS = {
    "tna": N_("the Member TNA report: needs, headcount, heat map, mapping to the programme"),
    "programme": N_("programme participation: nominations, completions, e-learning, by sex"),
    "progress": N_(
        "programme progress: every activity of Priority 1, its status, the year's figures"
    ),
    "gender": N_("Gender Equality Plan: workforce by tier and sex, women in leadership"),
    "regional": N_("the Secretariat's regional report over the members' bundles"),
}
SHEETS = {
    "needs-xlsx": ("needs", N_("the needs table of the analysis, as a spreadsheet")),
    "regional-xlsx": ("regional", N_("the regional tables (Secretariat), as a spreadsheet")),
    "participation-xlsx": (
        "participation",
        N_("the participation list: nominations and e-learning completions of the year"),
    ),
}


def _bytes(size: int) -> str:
    return ngettext("{size} byte", "{size} bytes", size).format(size=format_number(size))


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--year", type=year_value, required=True, metavar="YYYY", help=_("the year reported on")
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help=_("file to write"))
    # `--lang` after the command: the report's language (before it: the interface's).
    parser.add_argument(
        "--lang",
        dest="report_lang",
        choices=("en", "fr"),
        default=None,
        help=_("the report's language (default: the interface's)"),
    )
    parser.add_argument("--member", metavar="ISO2", help=_("one member (Secretariat)"))
    parser.add_argument(
        "--exact",
        action="store_true",
        help=_('exact counts instead of "<5" (for use inside the office only)'),
    )
    parser.add_argument("--json", action="store_true", help=_("print what was written as JSON"))


def register(commands: argparse._SubParsersAction) -> None:
    """Add `report` with its sub-commands to cli/__init__.py's sub-parsers."""
    parser = commands.add_parser("report", help=_("PDF reports and spreadsheets"))
    kinds = parser.add_subparsers(dest="report_kind", metavar="REPORT", required=True)
    for name, help_text in PDF_REPORTS.items():
        sub = kinds.add_parser(name, help=_(help_text))
        _common(sub)
        if name == "tna":
            sub.add_argument("--annex", action="store_true", help=_("add individual plans"))
            sub.add_argument(
                "--names", action="store_true", help=_("names in the annex, not only staff numbers")
            )
    for name, (_kind, help_text) in SHEETS.items():
        _common(kinds.add_parser(name, help=_(help_text)))


def run(args: argparse.Namespace, store: Store) -> int:
    from oco_desktop.domain.errors import InvalidInput
    from oco_desktop.services.reports import build as reports

    lang = args.report_lang or args.lang or "en"
    if getattr(args, "names", False) and not getattr(args, "annex", False):
        raise InvalidInput(_("--names goes with --annex (the names are those of the annex)."))
    options = reports.ReportOptions(
        lang=lang,
        member_code=args.member,
        annex=getattr(args, "annex", False),
        names=getattr(args, "names", False),
        exact=args.exact,
    )
    if args.report_kind in SHEETS:
        sheet = reports.export_sheet(
            store, SHEETS[args.report_kind][0], args.year, args.out, options
        )
        if args.json:
            print(json.dumps(sheet.as_dict(), ensure_ascii=False))
        else:
            print(
                ngettext(
                    "Wrote {count} row to {file} ({size}).",
                    "Wrote {count} rows to {file} ({size}).",
                    sheet.rows,
                ).format(count=format_number(sheet.rows), file=sheet.path, size=_bytes(sheet.size))
            )
        return 0
    result = reports.build_report(store, args.report_kind, args.year, args.out, options)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        print(
            ngettext(
                "Wrote {count} page to {file} ({size}).",
                "Wrote {count} pages to {file} ({size}).",
                result.pages,
            ).format(count=format_number(result.pages), file=result.path, size=_bytes(result.size))
        )
    return 0
