"""Reports: build report X for year Y into a file, in English or French, and the spreadsheet
exports. Returns what was written (path, pages or rows, size); raises InvalidInput when the
report cannot be made (no analysis for the year, a folder that does not exist...).

The figures are gathered by services.reports.data / report_region; the documents are laid out
by the reports package (ReportLab, openpyxl)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from oco_desktop.domain import tna as rules
from oco_desktop.domain.errors import InvalidInput, StoreError
from oco_desktop.language import _, os_error_text
from oco_desktop.reports.preview import PageImage
from oco_desktop.reports.strings import LANGUAGES, label, text
from oco_desktop.store.engine import Store


class ReportKind(StrEnum):
    TNA = "tna"
    PROGRAMME = "programme"
    PROGRESS = "progress"
    GENDER = "gender"
    REGIONAL = "regional"


class SheetKind(StrEnum):
    NEEDS = "needs"
    REGIONAL = "regional"
    PARTICIPATION = "participation"


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    member_code: str | None = None  # the Secretariat reporting on one member
    annex: bool = False  # individual plans (TNA report)
    names: bool = False  # names in the annex, not only staff numbers
    exact: bool = False  # exact small counts: for use inside the office only


@dataclass(frozen=True)
class ReportResult:
    kind: str
    year: int
    lang: str
    path: Path
    pages: int
    size: int

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "year": self.year,
            "lang": self.lang,
            "path": str(self.path),
            "pages": self.pages,
            "size": self.size,
        }


@dataclass(frozen=True)
class SheetResult:
    kind: str
    year: int
    path: Path
    rows: int
    size: int

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "year": self.year,
            "path": str(self.path),
            "rows": self.rows,
            "size": self.size,
        }


@dataclass(frozen=True)
class Choices:
    """What the Reports page offers on this installation."""

    kinds: list[ReportKind]
    years: list[int]  # years with an analysis, newest first
    secretariat: bool


def choices(store: Store) -> Choices:
    from sqlalchemy import select

    from oco_desktop.services.reports.data import is_secretariat
    from oco_desktop.store.models import TnaCycle

    with store.read() as session:
        secretariat = is_secretariat(session)
        years = sorted(
            set(session.scalars(select(TnaCycle.year).where(TnaCycle.deleted.is_(False)))),
            reverse=True,
        )
    kinds = [ReportKind.REGIONAL] if secretariat else [ReportKind.TNA]
    kinds += [ReportKind.GENDER, ReportKind.PROGRAMME, ReportKind.PROGRESS]
    return Choices(kinds, years, secretariat)


@dataclass(frozen=True)
class Preview:
    result: ReportResult
    pages: list[PageImage]
    page_count: int
    unavailable: str | None = None  # why there are no page images (pypdfium2 missing)


def build_preview(
    store: Store,
    kind: ReportKind | str,
    year: int,
    out: Path,
    options: ReportOptions | None = None,
    *,
    width: int = 560,
    limit: int = 20,
) -> Preview:
    """Build the report into `out` (a scratch file) and render its first pages."""
    from oco_desktop.reports.preview import PreviewUnavailable, render_pages

    result = build_report(store, kind, year, out, options)
    try:
        pages, count = render_pages(result.path, width=width, limit=limit)
    except PreviewUnavailable as exc:
        return Preview(result, [], result.pages, str(exc))
    return Preview(result, pages, count)


def _checked(year: int, out: Path, lang: str, suffix: str) -> tuple[int, Path]:
    try:
        year = rules.check_year(year)
    except rules.TnaRuleError as exc:
        raise InvalidInput(exc.message, field="year") from None
    if lang not in LANGUAGES:
        raise InvalidInput(
            _("'{language}' is not a report language: choose en or fr.").format(language=lang),
            field="lang",
        )
    out = Path(out)
    if out.is_dir():
        raise InvalidInput(
            _("{file} is a folder: give the name of the file to write.").format(file=out),
            field="out",
        )
    if not out.parent.is_dir():
        raise InvalidInput(
            _("The folder {folder} does not exist: choose a folder that does.").format(
                folder=out.parent
            ),
            field="out",
        )
    if out.suffix.lower() != suffix:
        raise InvalidInput(
            _("Give the file a name ending in {suffix} (e.g. {example}).").format(
                suffix=suffix, example=f"report-{year}{suffix}"
            ),
            field="out",
        )
    return year, out


def _disk_error(out: Path, exc: OSError) -> StoreError:
    return StoreError(
        _("Could not write {file}: {reason}. Choose another folder.").format(
            file=out, reason=os_error_text(exc)
        )
    )


def build_report(
    store: Store,
    kind: ReportKind | str,
    year: int,
    out: Path,
    options: ReportOptions | None = None,
    *,
    today: dt.datetime | None = None,
) -> ReportResult:
    options = options or ReportOptions()
    try:
        kind = ReportKind(kind)
    except ValueError:
        choices = ", ".join(k.value for k in ReportKind)
        raise InvalidInput(
            _("'{kind}' is not a report: choose {choices}.").format(kind=kind, choices=choices),
            field="report",
        ) from None
    year, out = _checked(year, out, options.lang, ".pdf")
    from oco_desktop.reports.document import written_by

    try:
        with written_by(_administration(store, options.lang)):
            written = _build_pdf(store, kind, year, out, options, today)
    except OSError as exc:
        raise _disk_error(out, exc) from exc
    return ReportResult(kind.value, year, options.lang, written.path, written.pages, written.size)


def _build_pdf(
    store: Store,
    kind: ReportKind,
    year: int,
    out: Path,
    options: ReportOptions,
    today: dt.datetime | None,
) -> Any:
    lang = options.lang
    if kind is ReportKind.TNA:
        from oco_desktop.reports.tna_report import build_tna_report
        from oco_desktop.services.reports.data import tna_report_data

        data = tna_report_data(
            store,
            year,
            lang=lang,
            member_code=options.member_code,
            shareable=not options.exact,
            annex=options.annex,
            names=options.names,
            today=today,
        )
        written = build_tna_report(data, out)
    elif kind is ReportKind.REGIONAL:
        from oco_desktop.reports.regional_report import build_regional_report
        from oco_desktop.services.reports.region import regional_report_data

        written = build_regional_report(
            regional_report_data(store, year, lang=lang, today=today), out
        )
    elif kind is ReportKind.GENDER:
        from oco_desktop.reports.gender_report import build_gender_report
        from oco_desktop.services.reports.region import gender_report_data

        written = build_gender_report(
            gender_report_data(
                store, year, lang=lang, member_code=options.member_code, today=today
            ),
            out,
        )
    elif kind is ReportKind.PROGRESS:
        from oco_desktop.services.reports.progress import build_progress_report

        written = build_progress_report(
            store,
            year,
            out,
            lang=lang,
            member_code=options.member_code,
            shareable=not options.exact,
            today=today,
        )
    else:
        from oco_desktop.services.reports.programme import build_programme_report

        written = build_programme_report(
            store,
            year,
            out,
            lang=lang,
            member_code=options.member_code,
            shareable=not options.exact,
            today=today,
        )
    return written


def export_sheet(
    store: Store,
    kind: SheetKind | str,
    year: int,
    out: Path,
    options: ReportOptions | None = None,
) -> SheetResult:
    """The needs table of this member's analysis, or the regional table (Secretariat)."""
    from oco_desktop.reports.xlsx import Sheet, write_xlsx

    options = options or ReportOptions()
    try:
        kind = SheetKind(kind)
    except ValueError:
        choices = ", ".join(k.value for k in SheetKind)
        raise InvalidInput(
            _("'{kind}' is not a spreadsheet export: choose {choices}.").format(
                kind=kind, choices=choices
            ),
            field="report",
        ) from None
    year, out = _checked(year, out, options.lang, ".xlsx")
    lang = options.lang
    if kind is SheetKind.NEEDS:
        sheets, title = _needs_sheets(store, year, options)
    elif kind is SheetKind.PARTICIPATION:
        from oco_desktop.services.reports.programme import participation_sheets

        sheets, title = participation_sheets(store, year, lang, options.member_code)
    else:
        sheets, title = _regional_sheets(store, year, lang)
    try:
        written = write_xlsx(
            out,
            [Sheet(*s) for s in sheets],
            title=title,
            language=lang,
            author=_administration(store, lang),
            subject=text(lang, f"sheet_subject_{kind.value}"),
        )
    except OSError as exc:
        raise _disk_error(out, exc) from exc
    return SheetResult(kind.value, year, written.path, written.rows, written.size)


# (title, header, rows) and, where a column needs it, {column: number format}
Sheets = Sequence[
    tuple[str, list[str], list[list[object]]]
    | tuple[str, list[str], list[list[object]], dict[int, str]]
]


def _needs_sheets(store: Store, year: int, options: ReportOptions) -> tuple[Sheets, str]:
    from oco_desktop.services.tna import cycle as tna
    from oco_desktop.services.tna import needs as tna_needs

    lang = options.lang
    cycle = tna.get_cycle(store, year, options.member_code)
    summary = tna_needs.summary(store, cycle.id, shareable=not options.exact)
    header = [
        text(lang, "competency") + " (code)",
        text(lang, "competency"),
        text(lang, "band"),
        text(lang, "staff"),
        text(lang, "activity") + " (code)",
        text(lang, "activity"),
        text(lang, "course"),
        "E-learning",
        text(lang, "year"),
        text(lang, "status"),
    ]
    rows: list[list[object]] = [
        [
            n.competency_code,
            n.competency_name(lang) or n.competency_name_en,
            text(lang, f"band_{n.band.value}"),
            n.staff,
            n.mapping.activity_code,
            n.activity_name(lang),
            n.course_name(lang) or n.mapping.course_code,
            n.mapping.module,
            n.mapping.target_year,
            label(lang, "need", n.mapping.status.value),
        ]
        for n in summary.needs
    ]
    title = text(lang, "needs") + f" {year}"
    return [(title, header, rows)], title


def _regional_sheets(store: Store, year: int, lang: str) -> tuple[Sheets, str]:
    from oco_desktop.services.reports.region import regional_report_data

    data = regional_report_data(store, year, lang=lang)
    members: list[list[object]] = [
        [
            m.code,
            m.name,
            text(lang, f"status_{m.status}") if m.status else text(lang, "status_none"),
            m.submitted_on,
            m.last_bundle,
            m.days_since,
            m.staff,
        ]
        for m in data.members
    ]
    needs: list[list[object]] = [[n.competency, n.staff, ", ".join(n.members)] for n in data.needs]
    women: list[list[object]] = [
        [x.member, x.leaders, x.women, _share_cell(x)] for x in data.leadership
    ]
    sheets: Sheets = [
        (
            text(lang, "members"),
            [
                "ISO2",
                text(lang, "member"),
                text(lang, "status"),
                text(lang, "submitted_on"),
                text(lang, "last_bundle"),
                text(lang, "days"),
                text(lang, "staff_in_post"),
            ],
            members,
        ),
        (
            text(lang, "needs"),
            [text(lang, "competency"), text(lang, "staff"), text(lang, "members")],
            needs,
        ),
        (
            text(lang, "women_leaders"),
            [
                text(lang, "member"),
                text(lang, "leaders"),
                text(lang, "women_leaders"),
                text(lang, "share_women"),
            ],
            women,
            {3: "0%"},
        ),
    ]
    return sheets, text(lang, "regional_title", year=year)


def _share_cell(line: Any) -> object:
    """The share of women as a number (a fraction, shown as a percentage), or the dash that
    hides a share where it would tell a small count."""
    counted = isinstance(line.women, int) and isinstance(line.leaders, int) and line.leaders
    return line.women / line.leaders if counted and line.share != "–" else line.share


def _administration(store: Store, lang: str) -> str:
    from oco_desktop.services.installation import administration_name

    return administration_name(store, lang)
