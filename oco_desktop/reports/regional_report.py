"""The Secretariat's regional report: every member's TNA status and bundle freshness, the
regional priority needs (which competencies, how many staff, which members), women in
leadership by member (small cells suppressed) and the courses or activities that would meet
the most needs. Built from `RegionalReportData` (services.reports.region)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from oco_desktop.reports import charts
from oco_desktop.reports.contents import (
    RegionalReportData,
)
from oco_desktop.reports.document import (
    WIDTH,
    DocInfo,
    Styles,
    Written,
    gap,
    para,
    section,
    table,
    write_pdf,
)
from oco_desktop.reports.strings import date_text, number, text


def _members(data: RegionalReportData, styles: Styles) -> list[Flowable]:
    lang = data.lang
    rows = []
    for m in data.members:
        status = text(lang, f"status_{m.status}") if m.status else text(lang, "status_none")
        if m.submitted_on:
            status += f" ({date_text(lang, m.submitted_on)})"
        if m.last_bundle is None:
            bundle = text(lang, "never")
        else:
            bundle = f"{date_text(lang, m.last_bundle)}, " + text(
                lang, "days_ago", days=m.days_since
            )
        rows.append([f"{m.name} ({m.code})", status, bundle, number(lang, m.staff)])
    return section(
        styles,
        text(lang, "member_status"),
        table(
            styles,
            [
                text(lang, "member"),
                text(lang, "status"),
                text(lang, "last_bundle"),
                text(lang, "staff_in_post"),
            ],
            rows,
            [52 * mm, 46 * mm, WIDTH - 120 * mm, 22 * mm],
            numeric=(3,),
        ),
    )


def _needs(data: RegionalReportData, styles: Styles) -> list[Flowable]:
    lang = data.lang
    if not data.needs:
        return section(
            styles,
            text(lang, "regional_needs"),
            para(text(lang, "no_regional_data", year=data.year), styles.body),
        )
    top = data.needs[:15]
    rows = [[n.competency, number(lang, n.staff), ", ".join(n.members)] for n in top]
    return section(
        styles,
        text(lang, "regional_needs"),
        para(text(lang, "regional_needs_note"), styles.muted),
        charts.bars(
            styles, [n.competency for n in top[:10]], [n.staff for n in top[:10]], lang=lang
        ),
        gap(2),
        table(
            styles,
            [text(lang, "competency"), text(lang, "staff"), text(lang, "members")],
            rows,
            [70 * mm, 18 * mm, WIDTH - 88 * mm],
            numeric=(1,),
        ),
    )


def _leadership(data: RegionalReportData, styles: Styles) -> list[Flowable]:
    lang = data.lang
    rows = [
        [x.member, number(lang, x.leaders), number(lang, x.women), x.share] for x in data.leadership
    ]
    return section(
        styles,
        text(lang, "women_leadership"),
        table(
            styles,
            [
                text(lang, "member"),
                text(lang, "leaders"),
                text(lang, "women_leaders"),
                text(lang, "share_women"),
            ],
            rows,
            [WIDTH - 96 * mm, 32 * mm, 32 * mm, 32 * mm],
            numeric=(1, 2, 3),
        ),
        para(text(lang, "suppressed_note"), styles.muted),
    )


def _suggestions(data: RegionalReportData, styles: Styles) -> list[Flowable]:
    if not data.suggestions:
        return []
    lang = data.lang
    rows = [
        [s.offer, number(lang, s.needs), number(lang, s.staff), ", ".join(s.members)]
        for s in data.suggestions[:12]
    ]
    return section(
        styles,
        text(lang, "suggestions"),
        table(
            styles,
            [
                text(lang, "offer"),
                text(lang, "competencies"),
                text(lang, "staff"),
                text(lang, "members"),
            ],
            rows,
            [76 * mm, 28 * mm, 18 * mm, WIDTH - 122 * mm],
            numeric=(1, 2),
        ),
    )


def build_regional_report(data: RegionalReportData, path: Path) -> Written:
    styles = Styles()
    lang = data.lang
    title = text(lang, "regional_title", year=data.year)
    info = DocInfo(
        title=title,
        subject=text(lang, "regional_subject", year=data.year),
        language=lang,
        generated=data.generated,
        as_of=data.as_of,
        running_head=title,
        demo=data.demo,
    )
    intro = text(
        lang,
        "regional_intro",
        with_cycle=data.with_cycle,
        members=len(data.members),
        year=data.year,
        submitted=data.submitted,
        staff=number(lang, data.staff_with_needs),
    )
    story: list[Flowable] = [gap(6), para(title, styles.title), para(intro, styles.body)]
    if data.demo:
        story.append(para(text(lang, "demo"), styles.warning))
    story += _members(data, styles)
    story += _needs(data, styles)
    story += _leadership(data, styles)
    story += _suggestions(data, styles)
    return write_pdf(path, info, story, styles)
