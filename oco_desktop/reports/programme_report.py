"""The programme participation report: nominations, course completions and e-learning of one
year, by programme activity and by sex, with the sessions and modules behind them. Built from
`ProgrammeReportData` (services.reports.programme)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from oco_desktop.reports import charts
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

Count = int | str


@dataclass(frozen=True)
class ActivityLine:
    title: str
    sessions: int
    nominations: Count
    confirmed: Count
    completed: Count
    women: Count
    men: Count


@dataclass(frozen=True)
class SessionLine:
    course: str
    dates: str
    place: str
    seats: int
    nominated: Count
    confirmed: Count
    waitlisted: Count
    completed: Count


@dataclass(frozen=True)
class ModuleLine:
    title: str
    completions: Count
    women: Count
    men: Count


@dataclass(frozen=True)
class ProgrammeReportData:
    lang: str
    scope: str
    year: int
    generated: dt.datetime
    as_of: dt.date | None
    demo: bool
    shareable: bool
    nominations: Count
    completed: Count
    elearning: Count
    women_share: str | None  # of the nominations; None without nominations, or hidden
    by_activity: list[ActivityLine]
    by_sex: list[tuple[str, Count, Count, Count]]  # label, nominations, completed, e-learning
    sessions: list[SessionLine]
    modules: list[ModuleLine]
    women_share_hidden: bool = False  # it would rest on fewer than 5 people


def _women_sentence(data: ProgrammeReportData) -> str:
    if data.women_share_hidden:
        return " " + text(data.lang, "women_share_hidden")
    if data.women_share is None:
        return ""
    return " " + text(data.lang, "women_share", share=data.women_share)


def build_programme_report(data: ProgrammeReportData, path: Path) -> Written:
    styles = Styles()
    lang = data.lang
    title = text(lang, "programme_title", year=data.year, member=data.scope)
    info = DocInfo(
        title=title,
        subject=text(lang, "programme_subject", member=data.scope),
        language=lang,
        generated=data.generated,
        as_of=data.as_of,
        running_head=title,
        demo=data.demo,
    )

    def said(value: Count) -> str:
        return number(lang, value)

    story: list[Flowable] = [gap(6), para(title, styles.title)]
    empty = data.nominations == 0 and data.elearning == 0
    if empty:
        story.append(para(text(lang, "programme_nothing", year=data.year), styles.body))
    else:
        story.append(
            para(
                text(
                    lang,
                    "programme_intro",
                    member=data.scope,
                    year=data.year,
                    nominations=said(data.nominations),
                    completed=said(data.completed),
                    elearning=said(data.elearning),
                )
                + _women_sentence(data),
                styles.body,
            )
        )
    if data.demo:
        story.append(para(text(lang, "demo"), styles.warning))
    story.append(
        para(text(lang, "suppressed_note" if data.shareable else "exact_note"), styles.muted)
    )
    if empty:
        return write_pdf(path, info, story, styles)
    legend = (text(lang, "women"), text(lang, "men"))
    rows = [
        [
            a.title,
            number(lang, a.sessions),
            number(lang, a.nominations),
            number(lang, a.confirmed),
            number(lang, a.completed),
            number(lang, a.women),
            number(lang, a.men),
        ]
        for a in data.by_activity
    ]
    story += section(
        styles,
        text(lang, "by_activity"),
        table(
            styles,
            [
                text(lang, "activity"),
                text(lang, "sessions"),
                text(lang, "nominations"),
                text(lang, "confirmed"),
                text(lang, "completed"),
                *legend,
            ],
            rows,
            [WIDTH - 118 * mm, 17 * mm, 25 * mm, 21.5 * mm, 18.5 * mm, 18 * mm, 18 * mm],
            numeric=(1, 2, 3, 4, 5, 6),
        ),
        gap(2),
        charts.sex_bars(
            styles,
            [a.title.split(" ", 1)[0] for a in data.by_activity],
            [(a.women, a.men, 0) for a in data.by_activity],
            (*legend, text(lang, "other_sex")),
            lang=lang,
        ),
    )
    story += section(
        styles,
        text(lang, "by_sex"),
        table(
            styles,
            [
                text(lang, "sex"),
                text(lang, "nominations"),
                text(lang, "completed"),
                text(lang, "elearning"),
            ],
            [[label, said(n), said(c), said(e)] for label, n, c, e in data.by_sex],
            [WIDTH - 105 * mm, 35 * mm, 35 * mm, 35 * mm],
            numeric=(1, 2, 3),
        ),
    )
    if data.sessions:
        story += section(
            styles,
            text(lang, "sessions_of_year", year=data.year),
            table(
                styles,
                [
                    text(lang, "course"),
                    text(lang, "dates"),
                    text(lang, "seats"),
                    text(lang, "nominations"),
                    text(lang, "confirmed"),
                    text(lang, "waitlisted"),
                    text(lang, "completed"),
                ],
                [
                    [
                        f"{s.course} ({s.place})",
                        s.dates,
                        number(lang, s.seats),
                        number(lang, s.nominated),
                        number(lang, s.confirmed),
                        number(lang, s.waitlisted),
                        number(lang, s.completed),
                    ]
                    for s in data.sessions
                ],
                [WIDTH - 124 * mm, 28 * mm, 13 * mm, 25 * mm, 21.5 * mm, 18 * mm, 18.5 * mm],
                numeric=(2, 3, 4, 5, 6),
            ),
        )
    if data.modules:
        story += section(
            styles,
            text(lang, "elearning_modules"),
            table(
                styles,
                [text(lang, "module"), text(lang, "completions"), *legend],
                [
                    [
                        m.title,
                        number(lang, m.completions),
                        number(lang, m.women),
                        number(lang, m.men),
                    ]
                    for m in data.modules
                ],
                [WIDTH - 90 * mm, 30 * mm, 30 * mm, 30 * mm],
                numeric=(1, 2, 3),
            ),
        )
    return write_pdf(path, info, story, styles)
