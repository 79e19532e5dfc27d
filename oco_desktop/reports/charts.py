"""Charts drawn with ReportLab's own graphics: bars (plain, or stacked by sex) and a heat map of
competency areas by tier. Values may be "<5" where small counts are suppressed: such a bar is
drawn at the suppressed height's lower bound (nothing) and labelled "<5"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from oco_desktop.domain import palette
from oco_desktop.reports.document import ACCENT, INK, MUTED, RULE, STRIPE, WIDTH, Styles, para
from oco_desktop.reports.strings import number, text

BAND_COLOURS = {
    "high": colors.HexColor("#c0392b"),
    "medium": colors.HexColor("#e67e22"),
    "low": colors.HexColor("#f1c40f"),
}
FEMALE = colors.HexColor(palette.WOMEN)  # the window's colours (ui/widgets/sex_bars.py)
MALE = colors.HexColor(palette.MEN)
OTHER = colors.HexColor(palette.OTHER_SEX)


def fitted(label: str, width: float, font: str, size: float) -> str:
    """`label`, cut with "…" to fit `width` points."""
    if stringWidth(label, font, size) <= width:
        return label
    while label and stringWidth(label + "…", font, size) > width:
        label = label[:-1]
    return label.rstrip() + "…"


def _box(x: float, y: float, width: float, height: float, fill: colors.Color) -> Rect:
    """A filled rectangle with no outline."""
    # types-reportlab spells Rect's keywords `**kw: _SolidShapeKwArgs` (no Unpack): a stub slip.
    return Rect(x, y, width, height, fillColor=fill, strokeColor=None)  # type: ignore[arg-type]


def _value(count: int | str) -> int:
    return count if isinstance(count, int) else 0


def bars(
    styles: Styles,
    labels: Sequence[str],
    values: Sequence[int | str],
    *,
    colour: colors.Color = ACCENT,
    colours: Sequence[colors.Color] | None = None,
    width: float = WIDTH,
    bar_height: float = 5.5 * mm,
    lang: str = "en",
) -> Drawing:
    """One horizontal bar per label, the count written at its end. Labels longer than the
    room left of the bars are cut with an ellipsis."""
    label_width = min(
        75 * mm,
        4 * mm + max((stringWidth(x, styles.regular, 7.5) for x in labels), default=20 * mm),
    )
    labels = [fitted(x, label_width - 4 * mm, styles.regular, 7.5) for x in labels]
    height = bar_height * len(labels) + 8 * mm
    drawing = Drawing(width, height, initialFontName=styles.regular)  # else Helvetica
    chart = HorizontalBarChart()
    # types-reportlab types the plot area's position and size as int; ReportLab takes any number.
    chart.x, chart.y = label_width, 4 * mm  # type: ignore[assignment]
    chart.width, chart.height = width - label_width - 18 * mm, bar_height * len(labels)  # type: ignore[assignment]
    chart.data = [[_value(v) for v in reversed(values)]]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = styles.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([_value(v) for v in values] + [1])
    chart.barSpacing = 1
    chart.groupSpacing = 2
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colour
    if colours is not None:
        for index, fill in enumerate(reversed(list(colours))):
            chart.bars[(0, index)].fillColor = fill
    chart.barLabelFormat = lambda v: ""  # labels are drawn below, to show "<5" too
    drawing.add(chart)
    step = chart.height / max(len(labels), 1)
    scale = chart.width / chart.valueAxis.valueMax
    for index, value in enumerate(reversed(values)):
        x = chart.x + _value(value) * scale + 2
        y = chart.y + step * index + step / 2 - 2.5
        drawing.add(
            String(x, y, number(lang, value), fontName=styles.regular, fontSize=7.5, fillColor=INK)
        )
    return drawing


def sex_bars(
    styles: Styles,
    labels: Sequence[str],
    counts: Sequence[tuple[int | str, int | str, int | str]],
    legend: tuple[str, str, str],
    *,
    width: float = WIDTH,
    lang: str = "en",
) -> Drawing | Paragraph:
    """A stacked bar per label: women, men, other / not stated. A suppressed count ("<5") is
    drawn as nothing, so the bar cannot tell what the table hides. When that leaves nothing to
    draw, a sentence says why there is no chart."""
    if not any(_value(v) for c in counts for v in c):
        hidden = any(isinstance(v, str) for c in counts for v in c)
        return para(text(lang, "chart_hidden" if hidden else "chart_nothing"), styles.muted)
    row = 6 * mm
    label_width = 28 * mm
    height = row * len(labels) + 10 * mm
    drawing = Drawing(width, height, initialFontName=styles.regular)  # else Helvetica
    most = max([sum(_value(v) for v in c) for c in counts] + [1])
    span = width - label_width - 4 * mm
    for index, (label, (female, male, other)) in enumerate(zip(labels, counts, strict=True)):
        y = height - 10 * mm - row * (index + 1) + 1
        drawing.add(
            String(
                label_width - 3,
                y + 1.5 * mm,
                label,
                fontName=styles.regular,
                fontSize=7.5,
                textAnchor="end",
                fillColor=INK,
            )
        )
        x = label_width
        for value, fill in ((female, FEMALE), (male, MALE), (other, OTHER)):
            length = span * _value(value) / most
            if length > 0:
                drawing.add(_box(x, y, length, row - 2, fill))
            x += length
    x = label_width
    for word, fill in zip(legend, (FEMALE, MALE, OTHER), strict=True):
        drawing.add(_box(x, height - 6 * mm, 3 * mm, 3 * mm, fill))
        drawing.add(
            String(
                x + 4 * mm,
                height - 5.6 * mm,
                word,
                fontName=styles.regular,
                fontSize=7.5,
                fillColor=MUTED,
            )
        )
        x += 4 * mm + 2 * mm * len(word) + 6 * mm
    return drawing


def _shade(value: int, most: int) -> colors.Color:
    """White to the accent colour, by share of the largest cell."""
    if most <= 0 or value <= 0:
        return colors.white
    share = 0.15 + 0.85 * value / most
    base = ACCENT
    return colors.Color(
        1 - share * (1 - base.red), 1 - share * (1 - base.green), 1 - share * (1 - base.blue)
    )


def heat_map(
    styles: Styles,
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    cells: Sequence[Sequence[int | str]],
    exact: Sequence[Sequence[int]],
) -> Table:
    """A table whose cells show what may be shared (`cells`, "<5" where suppressed), shaded by
    their exact value; a suppressed cell gets one light shade, so colour does not tell it."""
    most = max([v for row in exact for v in row] + [0])
    header = ["", *column_labels]
    data: list[list[Paragraph | str]] = [[para(h, styles.cell_bold) for h in header]]
    for label, shown_row in zip(row_labels, cells, strict=True):
        data.append([para(label, styles.cell), *[str(v) if v else "·" for v in shown_row]])
    first = 62 * mm
    rest = (WIDTH - first) / max(len(column_labels), 1)
    found = Table(data, colWidths=[first] + [rest] * len(column_labels), repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.regular),
        ("FONTSIZE", (1, 1), (-1, -1), 8.5),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (1, 1), (-1, -1), 0.5, colors.white),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    for r, (row, shown_row) in enumerate(zip(exact, cells, strict=True), start=1):
        for c, (value, shown) in enumerate(zip(row, shown_row, strict=True), start=1):
            if isinstance(shown, str):
                commands.append(("BACKGROUND", (c, r), (c, r), STRIPE))
                continue
            fill = _shade(value, most)
            commands.append(("BACKGROUND", (c, r), (c, r), fill))
            if most and value / most > 0.55:
                commands.append(("TEXTCOLOR", (c, r), (c, r), colors.white))
    found.setStyle(TableStyle(commands))
    return found
