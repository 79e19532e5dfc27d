"""The Member TNA report: cover, summary, headcount by tier and sex, top needs, a heat map of
competency areas by tier, needs by office, the mapping of needs to programme activities and
an optional annex of individual plans.

Built from `TnaReportData` (plain data, gathered by services.reports.build); counts arrive already
shown as they may be ("<5" where the report leaves the office)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from oco_desktop.reports import charts
from oco_desktop.reports.contents import Count, TnaReportData
from oco_desktop.reports.document import (
    WIDTH,
    DocInfo,
    Styles,
    Written,
    facts,
    gap,
    para,
    section,
    table,
    write_pdf,
)
from oco_desktop.reports.strings import date_text, number, text

BANDS = ("high", "medium", "low")
TOP_NEEDS = 10


def _band(lang: str, band: str) -> str:
    return text(lang, f"band_{band}")


def _summary(data: TnaReportData) -> list[str]:
    lang = data.lang

    def shown(value: Count) -> str:
        return number(lang, value)

    sentences = [
        text(
            lang,
            "sum_staff",
            member=data.member_name,
            staff=shown(data.staff),
            women=shown(data.women),
        )
    ]
    assessed, partly, not_started = data.progress
    sentences.append(
        text(
            lang,
            "sum_progress",
            assessed=shown(assessed),
            partly=shown(partly),
            not_started=shown(not_started),
        )
    )
    if not data.needs:
        sentences.append(text(lang, "sum_no_needs"))
        return sentences
    totals = {b: data.band_totals.get(b, 0) for b in BANDS}
    exact = [v for v in totals.values() if isinstance(v, int)]
    hidden = 3 - len(exact)
    if not hidden:
        needs = number(lang, sum(exact))
    elif not sum(exact):
        needs = f"<{5 * hidden}"  # each hidden band holds 1 to 4
    else:
        needs = text(lang, "more_than", count=number(lang, sum(exact)))
    sentences.append(
        text(
            lang,
            "sum_needs",
            needs=needs,
            high=shown(totals["high"]),
            medium=shown(totals["medium"]),
            low=shown(totals["low"]),
        )
    )
    top = data.needs[0]
    sentences.append(
        text(
            lang,
            "sum_top",
            competency=top.competency,
            staff=shown(top.staff),
            band=_band(lang, top.band).lower(),
        )
    )
    mapped = sum(1 for n in data.needs if n.activity)
    sentences.append(
        text(lang, "sum_mapped", mapped=number(lang, mapped), lines=number(lang, len(data.needs)))
    )
    return sentences


def _cover(data: TnaReportData, styles: Styles) -> list[Flowable]:
    lang = data.lang
    status = text(lang, f"status_{data.status}")
    pairs = [
        (text(lang, "administration"), data.member_name),
        (text(lang, "year"), str(data.year)),
        (text(lang, "status"), status),
        (text(lang, "approved_by"), data.approved_by or text(lang, "not_approved")),
    ]
    if data.approved_on:
        pairs.append((text(lang, "approved_on"), date_text(lang, data.approved_on)))
    if data.submitted_on:
        pairs.append((text(lang, "submitted_on"), date_text(lang, data.submitted_on)))
    story: list[Flowable] = [
        gap(20),
        para(text(lang, "tna_title", year=data.year, member=data.member_name), styles.title),
        facts(styles, pairs),
        gap(4),
        para(text(lang, "suppressed_note" if data.shareable else "exact_note"), styles.muted),
    ]
    if data.demo:
        story.append(para(text(lang, "demo"), styles.warning))
    story += section(styles, text(lang, "summary"), para(" ".join(_summary(data)), styles.body))
    for note in data.notes:
        story.append(para(note, styles.muted))
    return story


def _headcount(data: TnaReportData, styles: Styles) -> list[Flowable]:
    lang = data.lang
    rows = [
        [tier, number(lang, f), number(lang, m), number(lang, o)]
        for tier, f, m, o in data.headcount
    ]
    legend = (text(lang, "women"), text(lang, "men"), text(lang, "other_sex"))
    return section(
        styles,
        text(lang, "headcount"),
        table(
            styles,
            [text(lang, "tier"), *legend],
            rows,
            [50 * mm, 35 * mm, 35 * mm, 50 * mm],
            numeric=(1, 2, 3),
        ),
        gap(2),
        charts.sex_bars(
            styles,
            [r[0] for r in data.headcount],
            [(f, m, o) for _, f, m, o in data.headcount],
            legend,
            lang=lang,
        ),
    )


def _needs(data: TnaReportData, styles: Styles) -> list[Flowable]:
    lang = data.lang
    band_labels = [_band(lang, b) for b in BANDS]
    story = section(
        styles,
        text(lang, "needs_by_band"),
        charts.bars(
            styles,
            band_labels,
            [data.band_totals.get(b, 0) for b in BANDS],
            colours=[charts.BAND_COLOURS[b] for b in BANDS],
            lang=lang,
        ),
    )
    if not data.needs:
        return [*story, para(text(lang, "no_cycle_needs"), styles.body)]
    top = data.needs[:TOP_NEEDS]
    rows = [
        [
            n.competency,
            _band(lang, n.band),
            number(lang, n.staff),
            n.activity or text(lang, "no_activity"),
        ]
        for n in top
    ]
    story += section(
        styles,
        text(lang, "top_needs"),
        table(
            styles,
            [
                text(lang, "competency"),
                text(lang, "band"),
                text(lang, "staff"),
                text(lang, "activity"),
            ],
            rows,
            [62 * mm, 20 * mm, 16 * mm, WIDTH - 98 * mm],
            numeric=(2,),
        ),
    )
    return story


def _heat(data: TnaReportData, styles: Styles) -> list[Flowable]:
    if not data.areas:
        return []
    lang = data.lang
    return section(
        styles,
        text(lang, "heat_map"),
        charts.heat_map(styles, data.areas, data.tiers, data.heat, data.heat_exact),
        para(text(lang, "heat_map_note"), styles.muted),
    )


def _offices(data: TnaReportData, styles: Styles) -> list[Flowable]:
    if not data.by_office:
        return []
    lang = data.lang
    rows = [
        [o, number(lang, h), number(lang, m), number(lang, lo)] for o, h, m, lo in data.by_office
    ]
    header = [text(lang, "office"), *(_band(lang, b) for b in BANDS)]
    return section(
        styles,
        text(lang, "needs_by_office"),
        table(
            styles, header, rows, [WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm], numeric=(1, 2, 3)
        ),
    )


def _mapping(data: TnaReportData, styles: Styles) -> list[Flowable]:
    if not data.mapping:
        return []
    lang = data.lang
    rows = [
        [m.activity or text(lang, "no_activity"), ", ".join(m.competencies), number(lang, m.staff)]
        for m in data.mapping
    ]
    return section(
        styles,
        text(lang, "mapping"),
        table(
            styles,
            [text(lang, "activity"), text(lang, "competencies"), text(lang, "staff")],
            rows,
            [70 * mm, WIDTH - 88 * mm, 18 * mm],
            numeric=(2,),
        ),
    )


def _annex(data: TnaReportData, styles: Styles) -> list[Flowable]:
    if data.annex is None:
        return []
    lang = data.lang
    rows = []
    for plan in data.annex:
        parts = []
        for band in ("high", "medium"):
            names = [c for c, b in plan.needs if b == band]
            if names:
                parts.append(f"{_band(lang, band)}: {', '.join(names)}")
        if parts:
            rows.append([plan.person, plan.tier, plan.office, ". ".join(parts)])
    return [
        PageBreak(),
        *section(
            styles,
            text(lang, "annex"),
            para(text(lang, "annex_note"), styles.muted),
            table(
                styles,
                [
                    text(lang, "person"),
                    text(lang, "tier"),
                    text(lang, "office"),
                    text(lang, "needs"),
                ],
                rows or [[text(lang, "none"), "", "", ""]],
                [38 * mm, 14 * mm, 34 * mm, WIDTH - 86 * mm],
            ),
        ),
    ]


def build_tna_report(data: TnaReportData, path: Path) -> Written:
    styles = Styles()
    lang = data.lang
    info = DocInfo(
        title=text(lang, "tna_title", year=data.year, member=data.member_name),
        subject=text(lang, "tna_subject", year=data.year, member=data.member_name),
        language=lang,
        generated=data.generated,
        as_of=data.as_of,
        running_head=text(lang, "tna_title", year=data.year, member=data.member_name),
        demo=data.demo,
    )
    story = [
        *_cover(data, styles),
        *_headcount(data, styles),
        *_needs(data, styles),
        *_heat(data, styles),
        *_offices(data, styles),
        *_mapping(data, styles),
        *_annex(data, styles),
    ]
    return write_pdf(path, info, story, styles)
