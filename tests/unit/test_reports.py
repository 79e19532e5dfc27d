"""The reports, built from test data and read back with a PDF text extractor (pypdf): the
right numbers, the names spelled exactly, French in French, small cells suppressed, page
numbers, metadata and embedded fonts; and the spreadsheets, read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from report_world import demo_member, region
from sqlalchemy import select

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.tna import NEED_BANDS
from oco_desktop.paths import DataPaths
from oco_desktop.reports.strings import text as report_text
from oco_desktop.services.reports import build as reports
from oco_desktop.services.reports.build import ReportOptions
from oco_desktop.services.reports.data import tna_report_data
from oco_desktop.services.setup import open_installation
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.store.models import Staff

YEAR = dt.date.today().year  # the demo's analysis is this year's
WHEN = dt.datetime(2026, 11, 28, 9, 30)


@pytest.fixture(scope="module")
def member(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("member") / "data"
    demo_member(folder, "TO", 40, seed=3).close()
    opened = open_installation(DataPaths(folder))
    yield opened
    opened.close()


def pdf_text(path: Path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces made single spaces."""
    return re.sub(r"\s+", " ", text)


def fonts_of(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def test_tna_report_tells_the_figures_of_the_analysis(member, tmp_path) -> None:
    out = tmp_path / "tna.pdf"
    result = reports.build_report(member, "tna", YEAR, out, ReportOptions(), today=WHEN)
    reader, text = pdf_text(out)
    words = flat(text)
    assert result.pages == len(reader.pages) >= 2
    for number in range(1, result.pages + 1):
        assert f"Page {number} of {result.pages}" in text
    assert "Generated 28 November 2026" in text
    assert f"Training needs analysis {YEAR}: Tonga" in text
    assert "DEMO" in text

    cycle = tna.get_cycle(member, YEAR)
    exact = tna_needs.summary(member, cycle.id)
    staff = sum(tna.headcount(member).by_tier[t].get(s, 0) for t in ("T1", "T2", "T3", "T4")
                for s in "FMXU")  # fmt: skip
    assert f"Tonga has {staff} staff in post" in words
    totals = {band: sum(n.staff for n in exact.needs if n.band is band) for band in NEED_BANDS}
    shown = {b: v if v >= 5 else "<5" for b, v in totals.items()}
    assert (
        f"{shown[NEED_BANDS[0]]:,} of high priority, {shown[NEED_BANDS[1]]:,} medium and "
        f"{shown[NEED_BANDS[2]]:,} low" in words
    )
    top = exact.needs[0]
    assert f"The most pressing need is {top.competency_name_en}" in words
    # Small cells: the demo's 40 staff have fewer than 5 of some tier and sex.
    assert "<5" in text
    # Pacific names exactly, ʻokina and macrons included.
    assert "Customs HQ, Nukuʻalofa" in text and "Queen Sālote Wharf" in text
    assert fonts_of(reader) == {"DejaVuSans", "DejaVuSans-Bold"}
    meta = reader.metadata
    assert meta.title == f"Training needs analysis {YEAR}: Tonga"
    assert meta.author == "Tonga"  # the administration
    assert "Training needs of the staff of Tonga" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_tna_report_in_french_with_exact_counts_and_the_annex_by_name(member, tmp_path) -> None:
    out = tmp_path / "tna-fr.pdf"
    options = ReportOptions(lang="fr", annex=True, names=True, exact=True)
    result = reports.build_report(member, "tna", YEAR, out, options, today=WHEN)
    reader, text = pdf_text(out)
    words = flat(text)
    assert f"Analyse des besoins de formation {YEAR} : Tonga" in text
    assert f"Page 1 sur {result.pages}" in text
    assert "Produit le 28 novembre 2026" in text
    assert "Résumé" in text and "Annexe : plans individuels" in text
    assert "Effectifs exacts" in text and "<5" not in text
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    cycle = tna.get_cycle(member, YEAR)
    top = tna_needs.summary(member, cycle.id).needs[0]
    assert top.competency_name_fr in words  # the competency's French name
    # One French name for the programme, the reference's, in every report.
    assert "programme Leadership douanier" in words and "Customs Leadership" not in words
    with member.read() as session:
        people = session.execute(select(Staff.full_name, Staff.staff_number)).all()
    assert any(f"{name} ({number})" in words for name, number in people if "ā" in name)


def test_the_annex_shows_staff_numbers_only_unless_names_are_chosen(member, tmp_path) -> None:
    data = tna_report_data(member, YEAR, annex=True, names=False)
    with member.read() as session:
        numbers = set(session.scalars(select(Staff.staff_number)))
        names = set(session.scalars(select(Staff.full_name)))
    assert data.annex and {p.person for p in data.annex} <= numbers
    assert not {p.person for p in data.annex} & names


def test_the_report_of_a_year_without_an_analysis_is_refused(member, tmp_path) -> None:
    with pytest.raises(InvalidInput, match="no training needs analysis for 2019"):
        reports.build_report(member, "tna", 2019, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("out", "lang", "message"),
    [
        ("missing/x.pdf", "en", "does not exist"),
        ("x.txt", "en", "ending in .pdf"),
        ("x.pdf", "de", "not a report language"),
    ],
)
def test_bad_choices_say_what_to_fix(member, tmp_path, out, lang, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        reports.build_report(member, "tna", YEAR, tmp_path / out, ReportOptions(lang=lang))


def test_the_regional_report_is_for_the_secretariat(member, tmp_path) -> None:
    with pytest.raises(InvalidInput, match="Secretariat"):
        reports.build_report(member, "regional", YEAR, tmp_path / "r.pdf")


def test_gender_report_of_a_member(member, tmp_path) -> None:
    out = tmp_path / "gender.pdf"
    reports.build_report(member, "gender", YEAR, out, today=WHEN)
    reader, text = pdf_text(out)
    by_tier = tna.headcount(member).by_tier
    leaders = sum(sum(by_tier.get(t, {}).values()) for t in ("T3", "T4"))
    women = sum(by_tier.get(t, {}).get("F", 0) for t in ("T3", "T4"))
    said = lambda n: "<5" if 0 < n < 5 else str(n)  # noqa: E731
    assert f"{said(women)} of {said(leaders)} are women" in flat(text)
    assert "Staff by office and sex" in text and "Neiafu, Vavaʻu" in text
    assert fonts_of(reader) <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_a_gender_report_with_no_staff_says_so(store, tmp_path) -> None:
    out = tmp_path / "empty.pdf"
    reports.build_report(store, "gender", 2026, out, ReportOptions(lang="fr"))
    _, text = pdf_text(out)
    assert "Aucun agent en poste n'est encore enregistré" in flat(text)


@pytest.fixture(scope="module")
def secretariat(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("region")
    sec_dir, _ = region(folder, {"TO": 40, "FJ": 30, "WS": 12}, dt.datetime(2026, 11, 20, 10))
    opened = open_installation(DataPaths(sec_dir))
    yield opened
    opened.close()


def test_regional_report_over_the_members_bundles(secretariat, tmp_path) -> None:
    out = tmp_path / "region.pdf"
    result = reports.build_report(secretariat, "regional", YEAR, out, today=WHEN)
    reader, text = pdf_text(out)
    words = flat(text)
    assert f"Page {result.pages} of {result.pages}" in text
    assert f"3 of 24 members have an analysis for {YEAR}; 0 have submitted it." in words
    assert "Data as of 20 November 2026" in text
    assert "Tonga (TO) Draft 20 November 2026, 8 days ago" in words
    assert "Vanuatu (VU) Not started never 0" in words
    # Women in leadership: Samoa's 12 staff leave every leadership cell under 5.
    assert re.search(r"Samoa \(WS\) <5 <5 –", words)
    assert "FJ, TO, WS" in words
    assert fonts_of(reader) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_regional_report_in_french(secretariat, tmp_path) -> None:
    out = tmp_path / "region-fr.pdf"
    reports.build_report(secretariat, "regional", YEAR, out, ReportOptions(lang="fr"), today=WHEN)
    _, text = pdf_text(out)
    words = flat(text)
    assert f"Besoins de formation régionaux {YEAR}" in words
    assert "Îles Cook (CK) Non commencée jamais 0" in words
    assert "il y a 8 jours" in words
    assert "Femmes aux postes de direction" in words


def test_needs_spreadsheet(member, tmp_path) -> None:
    out = tmp_path / "needs.xlsx"
    result = reports.export_sheet(member, "needs", YEAR, out)
    cycle = tna.get_cycle(member, YEAR)
    needs = tna_needs.summary(member, cycle.id, shareable=True).needs
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert result.rows == len(rows) - 1 == len(needs)
    assert rows[0][:4] == ("Competency (code)", "Competency", "Priority", "Staff")
    assert rows[1][0] == needs[0].competency_code and rows[1][3] == needs[0].staff
    assert any(row[3] == "<5" for row in rows[1:]) == any(n.staff == "<5" for n in needs)


def test_regional_spreadsheet(secretariat, tmp_path) -> None:
    out = tmp_path / "region.xlsx"
    reports.export_sheet(secretariat, "regional", YEAR, out, ReportOptions(lang="fr"))
    book = load_workbook(out)
    assert book.sheetnames == ["Membres", "Besoins", "Femmes cadres"]
    members = list(book["Membres"].iter_rows(values_only=True))
    assert len(members) == 25
    assert members[[r[0] for r in members].index("TO")][:3] == ("TO", "Tonga", "Brouillon")


def test_workbooks_hold_labels_numbers_dates_and_their_properties(member, secretariat, tmp_path):
    """Read back as the officer's spreadsheet reads them: cell types, formats, properties."""
    out = tmp_path / "needs-fr.xlsx"
    reports.export_sheet(member, "needs", YEAR, out, ReportOptions(lang="fr"))
    book = load_workbook(out)
    assert book.properties.creator == "Tonga" and book.properties.title.startswith("Besoins")
    assert book.properties.subject == report_text("fr", "sheet_subject_needs")
    rows = list(book.active.iter_rows(min_row=2))
    statuses = {row[9].value for row in rows}
    assert statuses <= {"Ouvert", "Planifié", "Satisfait", "Reporté"}, statuses
    counted = [row[3] for row in rows if row[3].value != "<5"]
    assert counted and all(c.data_type == "n" and c.number_format == "#,##0" for c in counted)

    out = tmp_path / "region.xlsx"
    reports.export_sheet(secretariat, "regional", YEAR, out, ReportOptions(lang="en"))
    book = load_workbook(out)
    assert book.properties.creator == "OCO Secretariat"
    shares = [row[3].value for row in book["Women leaders"].iter_rows(min_row=2)]
    assert shares and set(shares) == {"–"}  # every leadership cell of this region is under 5
    members = list(book["Members"].iter_rows(min_row=2))
    bundles = [row[4] for row in members if row[4].value is not None]
    assert bundles and all(c.is_date and c.number_format == "DD/MM/YYYY" for c in bundles)
    assert all(row[2].value in {"Draft", "Not started"} for row in members)


def test_a_share_is_a_number_shown_as_a_percentage(tmp_path) -> None:
    from oco_desktop.reports.xlsx import Sheet, write_xlsx
    from oco_desktop.services.reports.build import _share_cell
    from oco_desktop.services.reports.region import LeadershipLine

    lines = [
        LeadershipLine("Fiji (FJ)", 26, 5, "19%"),
        LeadershipLine("Samoa (WS)", "<5", "<5", "–"),
    ]
    rows = [[x.member, x.leaders, x.women, _share_cell(x)] for x in lines]
    out = tmp_path / "share.xlsx"
    write_xlsx(out, [Sheet("Women", ["Member", "Leaders", "Women", "Share"], rows, {3: "0%"})],
               title="T", language="en", author="Fiji Revenue and Customs Service")  # fmt: skip
    book = load_workbook(out)
    fiji, samoa = list(book.active.iter_rows(min_row=2))
    assert fiji[3].data_type == "n" and fiji[3].number_format == "0%"
    assert abs(fiji[3].value - 5 / 26) < 1e-9
    assert fiji[1].data_type == "n" and fiji[1].number_format == "#,##0"
    assert samoa[3].value == "–" and samoa[1].value == "<5"
    assert book.properties.creator == "Fiji Revenue and Customs Service"


def test_a_long_report_has_an_outline_per_section_and_the_administration_as_author(
    member, tmp_path
) -> None:
    out = tmp_path / "tna-annex.pdf"
    options = ReportOptions(annex=True, names=True)
    result = reports.build_report(member, "tna", YEAR, out, options, today=WHEN)
    reader = PdfReader(out)
    assert reader.metadata.author == "Tonga"
    assert result.pages >= 4, "the annex makes the report longer than three pages"
    marks = [(m.title, reader.get_destination_page_number(m)) for m in reader.outline]
    assert len(marks) >= 3
    pages = [page for _, page in marks]
    assert pages == sorted(pages) and pages[-1] > 0  # in reading order, not all on page 1
    for title, page in marks:
        assert flat(title) in flat(reader.pages[page].extract_text())

    short = tmp_path / "tna.pdf"
    result = reports.build_report(member, "tna", YEAR, short, ReportOptions(), today=WHEN)
    assert result.pages <= 3 and not PdfReader(short).outline  # three pages need no outline


def test_the_mapping_counts_distinct_staff_not_needs(member) -> None:
    data = tna_report_data(member, YEAR, shareable=False, today=WHEN)
    staff_in_post = sum(tna.headcount(member).by_tier[t].get(s, 0) for t in ("T1", "T2", "T3", "T4")
                        for s in "FMXU")  # fmt: skip
    needs = sum(n.staff for n in tna_needs.summary(member, tna.get_cycle(member, YEAR).id).needs)
    mapped = [row.staff for row in data.mapping]
    assert mapped and all(isinstance(n, int) for n in mapped)
    assert max(mapped) <= staff_in_post < needs  # was the sum of needs: more than the staff


def test_demo_reports_say_plainly_whose_data_it_is_not(member, tmp_path) -> None:
    out = tmp_path / "tna-demo.pdf"
    reports.build_report(member, "tna", YEAR, out, ReportOptions(), today=WHEN)
    text = flat(pdf_text(out)[1])
    assert "DEMO: fictional data, not the data of a real administration" in text
    assert "administration's" not in text
