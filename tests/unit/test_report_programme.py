"""The programme participation report and the participation list, from nominations and
e-learning completions written straight into a demo member's store, read back with pypdf and
openpyxl: the counts by activity and by sex, French in French, small cells suppressed unless
exact figures are asked for, and a year with nothing says so."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from report_world import demo_member
from sqlalchemy import select, update

from oco_desktop.paths import DataPaths
from oco_desktop.services.programme.tree import programme_tree
from oco_desktop.services.reports import build as reports
from oco_desktop.services.reports.build import ReportOptions
from oco_desktop.services.setup import open_installation
from oco_desktop.store.models import Staff
from oco_desktop.store.programme_models import (
    Course,
    CourseSession,
    ElearningCompletion,
    Nomination,
)
from oco_desktop.store.tna_reference import elearning_modules

YEAR = 2027
WHEN = dt.datetime(2027, 12, 1, 9, 0)


def words(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Tonga with 6 women and 2 men nominated to a leadership course (one waitlisted, five who
    completed it), 1 woman to an online course, and 7 completions of one e-learning module;
    the next year 2 women nominated to one session; the year after, e-learning only."""
    folder = tmp_path_factory.mktemp("programme") / "data"
    demo_member(folder, "TO", 60, seed=2).close()
    opened = open_installation(DataPaths(folder))
    with opened.write() as session:
        for table in (Nomination, ElearningCompletion, CourseSession, Course):
            session.execute(update(table).values(deleted=True))  # the demo's rows: gone
        people = session.scalars(
            select(Staff).where(Staff.status == "active").order_by(Staff.staff_number)
        ).all()
        women = [p for p in people if p.sex == "F"][:7]
        men = [p for p in people if p.sex == "M"][:2]
        lead = Course(
            code="EXEC-W",
            title="Women in Leadership",
            title_fr="Femmes et leadership",
            activity_code="P1.1.2",
            mode="in_person",
            language="en",
        )
        online = Course(code="ETH", title="Ethics online", activity_code="P1.2.3", mode="online")
        session.add_all([lead, online])
        session.flush()
        first = CourseSession(
            course_id=lead.id,
            starts_on=dt.date(YEAR, 3, 2),
            ends_on=dt.date(YEAR, 3, 6),
            venue="Suva",
            seats=7,
        )
        second = CourseSession(
            course_id=online.id,
            starts_on=dt.date(YEAR, 5, 1),
            ends_on=dt.date(YEAR, 5, 30),
            online=True,
            seats=30,
        )
        session.add_all([first, second])
        session.flush()
        for n, person in enumerate(women[:6] + men):
            done = n < 5
            session.add(
                Nomination(
                    member_code="TO",
                    session_id=first.id,
                    staff_id=person.id,
                    nominated_on=dt.date(YEAR, 1, 10),
                    status="waitlisted" if n == 7 else "confirmed",
                    attendance="attended" if done else None,
                    result="passed" if done else None,
                )
            )
        session.add(
            Nomination(
                member_code="TO",
                session_id=second.id,
                staff_id=women[6].id,
                nominated_on=dt.date(YEAR, 2, 1),
            )
        )
        module = elearning_modules(session)[0]
        for person in women[:5] + men:
            session.add(
                ElearningCompletion(
                    member_code="TO",
                    staff_id=person.id,
                    module_code=module.code,
                    completed_on=dt.date(YEAR, 6, 1),
                )
            )
        later = CourseSession(
            course_id=lead.id,
            starts_on=dt.date(YEAR + 1, 3, 1),
            ends_on=dt.date(YEAR + 1, 3, 5),
            venue="Apia",
            seats=10,
        )
        session.add(later)
        session.flush()
        for person in women[:2]:
            session.add(
                Nomination(
                    member_code="TO",
                    session_id=later.id,
                    staff_id=person.id,
                    nominated_on=dt.date(YEAR + 1, 1, 10),
                )
            )
        for person in women[:6]:
            session.add(
                ElearningCompletion(
                    member_code="TO",
                    staff_id=person.id,
                    module_code=module.code,
                    completed_on=dt.date(YEAR + 2, 6, 1),
                )
            )
    yield opened
    opened.close()


def test_participation_by_activity_and_sex_with_small_cells_suppressed(store, tmp_path) -> None:
    out = tmp_path / "p.pdf"
    result = reports.build_report(store, "programme", YEAR, out, ReportOptions(), today=WHEN)
    text = words(out)
    assert result.pages >= 1
    assert f"Programme participation {YEAR}: Tonga" in text
    assert "made 9 nominations" in text and "5 led to a completed course" in text
    assert "completed 7 e-learning modules" in text
    assert "Women made up 78% of the nominations" in text  # 7 of 9
    assert "P1.1.2" in text and "P1.2.3" in text
    assert "Women in Leadership" in text and "HS Foundation" in text
    assert "<5" in text  # the 2 men, the 1 online nominee
    assert "Suva" in text and "Online" in text


def test_exact_counts_in_french(store, tmp_path) -> None:
    out = tmp_path / "p-fr.pdf"
    options = ReportOptions(lang="fr", exact=True)
    reports.build_report(store, "programme", YEAR, out, options, today=WHEN)
    text = words(out)
    assert f"Participation au programme {YEAR} : Tonga" in text
    assert "9 candidatures" in text and "Femmes et leadership" in text
    assert "Effectifs exacts" in text and "<5" not in text
    assert "Par sexe" in text and "Liste d'attente" in text


def test_a_year_without_participation_says_so(store, tmp_path) -> None:
    out = tmp_path / "empty.pdf"
    reports.build_report(store, "programme", 2031, out, ReportOptions(), today=WHEN)
    assert "No nominations to courses and no e-learning completions are recorded for 2031" in (
        words(out)
    )


def test_participation_list_spreadsheet(store, tmp_path) -> None:
    out = tmp_path / "participation.xlsx"
    result = reports.export_sheet(store, "participation", YEAR, out)
    book = load_workbook(out, read_only=True)
    nominations, completions = book.worksheets
    rows = list(nominations.iter_rows(values_only=True))
    assert rows[0][:5] == ("Member", "Staff number", "Name", "Sex", "Course")
    assert len(rows) == 1 + 9
    assert {r[8] for r in rows[1:]} == {"Confirmed", "Waiting list", "Nominated"}  # not codes
    assert all(isinstance(r[6], dt.datetime) for r in rows[1:])  # dates are date cells
    assert len(list(completions.iter_rows(values_only=True))) == 1 + 7
    assert result.rows >= 16


def test_the_header_words_are_never_broken(store, tmp_path) -> None:
    for lang in ("en", "fr"):
        out = tmp_path / f"p-{lang}.pdf"
        reports.build_report(store, "programme", YEAR, out, ReportOptions(lang=lang), today=WHEN)
        lines = {
            line.strip() for p in PdfReader(out).pages for line in p.extract_text().split("\n")
        }
        words_of_headers = ("Nominations", "Confirmed", "Completed", "Sessions", "Women")
        if lang == "fr":
            words_of_headers = ("Candidatures", "Confirmées", "Achevées", "Sessions", "Femmes")
        for word in words_of_headers:
            assert word in lines, (lang, word)
            broken = [line for line in lines if len(line) > 2 and word.startswith(line)]
            assert broken == [word], (lang, broken)  # a whole cell, never "Complete" then "d"


def test_a_hidden_share_of_women_is_said_not_dashed(store, tmp_path) -> None:
    out = tmp_path / "p-small.pdf"
    reports.build_report(store, "programme", YEAR + 1, out, ReportOptions(), today=WHEN)
    text = words(out)
    assert "made <5 nominations" in text
    assert "The share of women is not given: it would rest on fewer than 5 people." in text
    assert "Women made up" not in text and "made up –" not in text
    assert "fewer than 5 nominations" not in text  # one way to say it: "<5"
    assert "No chart here: every count in it is under 5" in text  # not an empty chart


def test_a_year_of_e_learning_only_says_nothing_of_women_in_nominations(store, tmp_path) -> None:
    out = tmp_path / "p-elearning.pdf"
    reports.build_report(store, "programme", YEAR + 2, out, ReportOptions(), today=WHEN)
    text = words(out)
    assert "Staff completed 6 e-learning modules." in text
    assert "Women made up" not in text and "–" not in text.split("Staff completed")[0]


def test_the_progress_report_lists_every_activity_of_priority_1(store, tmp_path) -> None:
    out = tmp_path / "progress.pdf"
    reports.build_report(store, "progress", YEAR, out, ReportOptions(), today=WHEN)
    text = words(out)
    activities = [a for o in programme_tree(store).outcomes for a in o.activities]
    assert len(activities) == 15
    for activity in activities:
        assert f"{activity.code} " in text, activity.code
    assert f"Programme progress {YEAR}: Tonga" in text
    assert (
        "The Customs Leadership programme (Priority 1) has 15 activities under 3 outcomes" in text
    )
    # P1.1.2: one session in the year, 8 nominations, 5 completed; the e-learning activity
    # carries the 7 modules; an activity with nothing shows zeros.
    assert re.search(r"P1\.1\.2 .*? leadership Delivered 1 8 5 0 ", text)
    assert re.search(r"P1\.2\.2 .*? modules Delivered 0 0 0 7 ", text)
    assert re.search(
        r"P1\.2\.7 Build and maintain a Customs Expert database \w[\w ]* 0 0 0 0", text
    )
    assert "P1.2.3" in text and "<5" in text  # the one online nominee


def test_the_progress_report_in_french_names_the_programme_as_the_reference_does(
    store, tmp_path
) -> None:
    out = tmp_path / "progress-fr.pdf"
    options = ReportOptions(lang="fr", exact=True)
    reports.build_report(store, "progress", YEAR, out, options, today=WHEN)
    text = words(out)
    assert f"Avancement du programme {YEAR} : Tonga" in text
    assert "Le programme Leadership douanier (priorité 1) compte 15 activités" in text
    assert "Réalisée" in text and "Customs Leadership" not in text
