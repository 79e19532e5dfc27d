"""The Gender Equality Plan report, workforce part: staff by tier and sex, women in leadership
(tiers T3 and T4) now and in each year's submitted analysis, staff by office and sex (or by
member, on the Secretariat). Built from `GenderReportData` (services.reports.region)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from oco_desktop.reports import charts
from oco_desktop.reports.contents import Count, GenderReportData
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
from oco_desktop.reports.strings import number, text


def build_gender_report(data: GenderReportData, path: Path) -> Written:
    styles = Styles()
    lang = data.lang
    title = text(lang, "gender_title", year=data.year, member=data.scope)
    info = DocInfo(
        title=title,
        subject=text(lang, "gender_subject", member=data.scope),
        language=lang,
        generated=data.generated,
        as_of=data.as_of,
        running_head=title,
        demo=data.demo,
    )

    def said(value: Count) -> str:
        return number(lang, value)

    intro = text(
        lang,
        "gender_intro",
        member=data.scope,
        staff=said(data.staff),
        women=said(data.women),
        leaders_women=said(data.women_leaders),
        leaders=said(data.leaders),
    )
    legend = (text(lang, "women"), text(lang, "men"), text(lang, "other_sex"))
    story: list[Flowable] = [gap(6), para(title, styles.title), para(intro, styles.body)]
    if data.demo:
        story.append(para(text(lang, "demo"), styles.warning))
    story.append(para(text(lang, "suppressed_note"), styles.muted))
    if data.staff == 0:
        story.append(para(text(lang, "no_staff"), styles.body))
    rows = [[t, number(lang, f), number(lang, m), number(lang, o)] for t, f, m, o in data.headcount]
    story += section(
        styles,
        text(lang, "workforce"),
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
    years = [
        [y.label, number(lang, y.leaders), number(lang, y.women), y.share] for y in data.over_years
    ]
    story += section(
        styles,
        text(lang, "women_in_leadership"),
        table(
            styles,
            [
                text(lang, "year"),
                text(lang, "leaders"),
                text(lang, "women_leaders"),
                text(lang, "share_women"),
            ],
            years,
            [WIDTH - 96 * mm, 32 * mm, 32 * mm, 32 * mm],
            numeric=(1, 2, 3),
        ),
    )
    if data.groups:
        first = text(lang, "office" if data.groups_title_key == "by_office_sex" else "member")
        groups = [
            [g, number(lang, f), number(lang, m), number(lang, o)] for g, f, m, o in data.groups
        ]
        story += section(
            styles,
            text(lang, data.groups_title_key),
            table(
                styles,
                [first, *legend],
                groups,
                [WIDTH - 105 * mm, 35 * mm, 35 * mm, 35 * mm],
                numeric=(1, 2, 3),
            ),
        )
    story += _plan_sections(data, styles)
    return write_pdf(path, info, story, styles)


def _plan_sections(data: GenderReportData, styles: Styles) -> list[Flowable]:
    lang = data.lang
    if data.plans_by_member:
        return section(
            styles,
            text(lang, "gender_plans"),
            table(
                styles,
                [
                    text(lang, "member"),
                    text(lang, "status"),
                    text(lang, "indicators"),
                    text(lang, "actions_done"),
                ],
                [list(row) for row in data.plans_by_member],
                [WIDTH - 110 * mm, 30 * mm, 30 * mm, 50 * mm],
                numeric=(2,),
            ),
        )
    plan = data.plan
    if plan is None:
        return (
            [para(text(lang, "no_gender_plan"), styles.body)]
            if data.groups_title_key == ("by_office_sex")
            else []
        )
    generic = (text("en", "gender_plan_name").casefold(), text("fr", "gender_plan_name").casefold())
    named = any(name in plan.title.casefold() for name in generic)  # no "Plan: Plan (…)"
    heading = text(
        lang,
        "gender_plan_titled" if named else "gender_plan",
        title=plan.title,
        start=plan.start_year,
        end=plan.end_year,
    )
    found = section(
        styles,
        heading,
        para(
            text(lang, "gender_plan_status", status=text(lang, f"plan_{plan.status}")), styles.body
        ),
    )
    if plan.indicators:
        found += section(
            styles,
            text(lang, "indicators"),
            table(
                styles,
                [
                    text(lang, "principle"),
                    text(lang, "indicator"),
                    text(lang, "baseline"),
                    text(lang, "target"),
                    text(lang, "current"),
                ],
                [list(row) for row in plan.indicators],
                [20 * mm, WIDTH - 95 * mm, 25 * mm, 25 * mm, 25 * mm],
            ),
        )
    if plan.actions:
        found += section(
            styles,
            text(lang, "actions"),
            table(
                styles,
                [
                    text(lang, "action"),
                    text(lang, "owner"),
                    text(lang, "due"),
                    text(lang, "status"),
                ],
                [[a, o, d, text(lang, f"action_{st}")] for a, o, d, st in plan.actions],
                [WIDTH - 105 * mm, 40 * mm, 30 * mm, 35 * mm],
            ),
        )
    return found
