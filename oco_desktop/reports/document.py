"""A small document toolkit over ReportLab's platypus: A4 pages with a header, a footer with
"Page X of Y", the generated date and the data's as-of date, the PDF metadata (title, author,
subject, language) and the embedded report fonts; styles and tables every report shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from oco_desktop.files import atomic_path
from oco_desktop.reports.fonts import register_fonts
from oco_desktop.reports.strings import date_text, text

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#0b5d7a")
RULE = colors.HexColor("#cbd2d9")
STRIPE = colors.HexColor("#f0f4f8")
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
OUTLINE_FROM_PAGES = 4  # a report longer than three pages gets bookmarks, one per section
_AUTHOR: ContextVar[str | None] = ContextVar("report_author", default=None)


@contextmanager
def written_by(author: str) -> Iterator[None]:
    """Reports written inside name `author` (the administration) in their PDF properties."""
    token = _AUTHOR.set(author)
    try:
        yield
    finally:
        _AUTHOR.reset(token)


@dataclass(frozen=True)
class DocInfo:
    """What the page furniture and the PDF metadata say."""

    title: str
    subject: str
    language: str
    generated: dt.datetime
    as_of: dt.date | None
    running_head: str
    demo: bool = False


@dataclass(frozen=True)
class Written:
    """A report as written: where, how many pages and bytes."""

    path: Path
    pages: int
    size: int


class Styles:
    """The paragraph styles of a report, in the embedded font."""

    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        base = ParagraphStyle(
            "body", fontName=regular, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.title = ParagraphStyle(
            "title",
            parent=base,
            fontName=bold,
            fontSize=20,
            leading=25,
            textColor=ACCENT,
            spaceAfter=6 * mm,
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=bold,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=2.5 * mm,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
        )
        self.warning = ParagraphStyle(
            "warning", parent=base, fontName=bold, textColor=colors.HexColor("#a61b1b")
        )


def escape(value: object) -> str:
    """Text for a Paragraph (which reads a little XML)."""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value), style)


def table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    total_row: bool = False,
) -> Table:
    """A striped table with a repeated header; `numeric` columns are right-aligned. Strings
    become wrapped paragraphs; numbers are written as given."""
    head: list[Flowable] = [para(h, styles.cell_bold) for h in header]
    body = [[c if isinstance(c, Flowable) else para(c, styles.cell) for c in row] for row in rows]
    grid = [head, *body]
    found = Table(grid, colWidths=header_widths(styles, header, widths), repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.regular),  # else Helvetica is set (unembedded)
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in range(2, len(rows) + 1, 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), STRIPE))
    if total_row and rows:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    found.setStyle(TableStyle(commands))
    for column in numeric:
        for cells in grid:
            cell = cells[column]
            if isinstance(cell, Paragraph):
                cell.style = ParagraphStyle(f"{cell.style.name}-r", parent=cell.style, alignment=2)
    return found


def header_widths(styles: Styles, header: Sequence[str], widths: Sequence[float]) -> list[float]:
    """`widths`, with any column too narrow for the longest word of its header widened (else
    ReportLab breaks the word: "Complete/d"), the room taken from the widest column."""
    style = styles.cell_bold
    padding = 6.5  # LEFTPADDING + RIGHTPADDING, and a little air
    needed = [
        max((stringWidth(w, style.fontName, style.fontSize) for w in h.split()), default=0)
        + padding
        for h in header
    ]
    fitted = [max(w, n) for w, n in zip(widths, needed, strict=True)]
    widest = max(range(len(fitted)), key=lambda i: fitted[i] - needed[i])
    fitted[widest] -= sum(fitted) - sum(widths)
    return fitted


def facts(styles: Styles, pairs: Sequence[tuple[str, str]]) -> Table:
    """Label / value lines, as on a cover."""
    rows = [[para(k, styles.cell_bold), para(v, styles.cell)] for k, v in pairs]
    found = Table(rows, colWidths=[45 * mm, WIDTH - 45 * mm])
    found.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return found


def section(styles: Styles, title: str, *content: Flowable) -> list[Flowable]:
    """A heading kept with the first thing under it (the first two, when the first is a
    short note)."""
    if not content:
        return [para(title, styles.h1)]
    kept = 2 if isinstance(content[0], Paragraph) and len(content) > 1 else 1
    return [KeepTogether([para(title, styles.h1), *content[:kept]]), *content[kept:]]


def rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=2, spaceAfter=4)


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def _numbered_canvas(info: DocInfo, styles: Styles, outline: list[tuple[int, str]]) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each footer can say "of Y"; the
    section headings met on the way (page, title) become the PDF's outline, set while the
    pages are written out, when each page's reference is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("lang", info.language)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's own; not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            marks = outline if total >= OUTLINE_FROM_PAGES else []
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furniture(total)
                for index, (page, title) in enumerate(marks):
                    if page == number:
                        self.bookmarkPage(f"section-{index}", fit="XYZ")
                        self.addOutlineEntry(title, f"section-{index}", level=0)
                super().showPage()
            if marks:
                self.showOutline()
            super().save()

        def _furniture(self, total: int) -> None:
            lang = info.language
            width, height = A4
            self.saveState()
            self.setFont(styles.regular, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, height - 11 * mm, info.running_head)
            if info.demo:
                self.setFillColor(colors.HexColor("#a61b1b"))
                self.drawRightString(width - MARGIN, height - 11 * mm, text(lang, "demo"))
                self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
            left = text(lang, "generated", date=date_text(lang, info.generated))
            if info.as_of is not None:
                left += " · " + text(lang, "as_of", date=date_text(lang, info.as_of))
            self.drawString(MARGIN, 9 * mm, left)
            self.drawRightString(
                width - MARGIN,
                9 * mm,
                text(lang, "page_of", page=self.getPageNumber(), pages=total),
            )
            self.restoreState()

    return NumberedCanvas


def write_pdf(path: Path, info: DocInfo, story: list[Flowable], styles: Styles) -> Written:
    """Lay the story out on A4 pages into `path` (written beside it first, then moved, so a
    failure leaves no half-written report: files.atomic_path)."""
    path = Path(path)
    outline: list[tuple[int, str]] = []

    class Document(BaseDocTemplate):
        def afterFlowable(self, flowable: Flowable) -> None:
            if isinstance(flowable, Paragraph) and flowable.style is styles.h1:
                outline.append((self.page, flowable.getPlainText()))

    with atomic_path(path) as partial:
        doc = Document(
            str(partial),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=17 * mm,
            bottomMargin=18 * mm,
            title=info.title,
            author=_AUTHOR.get() or text(info.language, "author"),
            subject=info.subject,
            creator="OCO Desktop (ReportLab)",
            lang=info.language,
            initialFontName=styles.regular,  # else an unembedded Helvetica is listed too
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(story, canvasmaker=_numbered_canvas(info, styles, outline))
    return Written(path, doc.page, path.stat().st_size)
