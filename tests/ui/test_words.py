"""Numbers and counted sentences in the language's form: "2 862" in French, "1 row" and
"2 rows" in English, "1 ligne" and "2 lignes" in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from oco_desktop.services.dashboard import SexCounts
from oco_desktop.ui.dialogs.roster import files as roster_files
from oco_desktop.ui.dialogs.roster.import_ import ImportDialog
from oco_desktop.ui.i18n import Translators, format_decimal, format_number
from oco_desktop.ui.models.roster.staff_counts import COL_TOTAL, COL_WOMEN, SexCountsModel
from oco_desktop.ui.pages.sync.common import changes_sentence, result_sentences
from oco_desktop.ui.widgets.band_bar import BandBar
from tests.ui.conftest import TRANSLATIONS, lrelease
from tests.ui.staff_world import HQ_NAME, add_people, open_page

HEADER = "Staff number,Full name,Sex,Birth year,Start year,Office,Position,Tier\n"


@pytest.fixture
def french(qapp, tmp_path) -> Iterator[Translators]:
    lrelease(TRANSLATIONS / "oco_desktop_fr.ts", tmp_path / "oco_desktop_fr.qm")
    translators = Translators(qapp, tmp_path)
    translators.install("fr")
    assert translators.loaded >= 1
    yield translators
    translators.install("en")


def _import_one_valid_row(qtbot, store, roster, tmp_path, monkeypatch) -> ImportDialog:
    add_people(roster)
    path = tmp_path / "staff.csv"
    path.write_text(
        HEADER
        + f"TO-0101,Ana Taufa,F,1988,2012,{HQ_NAME},Officer T1,T1\n"
        + f"TO-0102,Tevita Vea,M,19x5,2015,{HQ_NAME},,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(roster_files, "choose_import_file", lambda _parent, _start: path)
    page = open_page(qtbot, store)
    page.import_action.trigger()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ImportDialog), timeout=10000)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def test_one_valid_row_is_one_row_in_english(qtbot, store, roster, tmp_path, monkeypatch):
    dialog = _import_one_valid_row(qtbot, store, roster, tmp_path, monkeypatch)
    assert dialog.valid_button.text() == "&Import the 1 valid row"
    assert dialog.all_button.toolTip().startswith("1 row has errors: correct it")


def test_one_valid_row_is_one_row_in_french(qtbot, french, store, roster, tmp_path, monkeypatch):
    dialog = _import_one_valid_row(qtbot, store, roster, tmp_path, monkeypatch)
    assert dialog.valid_button.text() == "&Importer la 1 ligne valide"
    assert dialog.all_button.toolTip().startswith("1 ligne comporte des erreurs")
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.valid_button.click()
    assert "1 ligne avec erreurs n'a pas été importée" in dialog.result_label.text()


def _grouped(text: str, digits: str) -> bool:
    """`text` is `digits` written with the French group separator (a narrow no-break space
    in Qt 6; a no-break space in older locale data), and never with a comma."""
    separator = QLocale(QLocale.Language.French, QLocale.Country.France).groupSeparator()
    return "," not in text and separator in text and text.replace(separator, "") == digits


def test_figures_take_the_french_group_separator(qapp, french):
    assert _grouped(format_number(2862), "2862")
    assert format_decimal(1.25, 1) in ("1,2", "1,3")

    counts = SexCountsModel("Bureau", "Aucun bureau")
    counts.set_rows([("Suva", SexCounts(female=1141, male=1611, other=110))])
    assert _grouped(counts.index(0, COL_WOMEN).data(), "1141")
    assert _grouped(counts.index(0, COL_TOTAL).data(), "2862")

    bar = BandBar()
    bar.set_counts({"high": 1234})
    assert _grouped(bar.legend_text().split(";")[0].split(": ")[-1], "1234")

    sentence = changes_sentence({"staff": {"created": 2862, "updated": 1}}, dry_run=False)
    assert _grouped(sentence.split("\u00a0: ")[1].split(",")[0], "2862")


def test_figures_in_english_keep_the_comma(qapp):
    assert format_number(2862) == "2,862"
    assert format_decimal(1.5, 1) == "1.5"


class _Result:
    """What a bundle import reports, as much as result_sentences reads."""

    status = "applied"
    sender = "FJ"
    counts: dict = {}
    acknowledges: list = []
    conflicts = 1
    parked = 2
    possible_duplicates: list = []
    discarded: list = []


def test_sync_sentences_count_in_both_languages(qapp, french):
    lines = result_sentences(_Result(), {"FJ": "Fidji"}, dry_run=False)  # type: ignore[arg-type]
    assert any(line.startswith("1 modification a été faite des deux côtés") for line in lines)
    assert any(line.startswith("2 lignes attendent un enregistrement") for line in lines)
    french.install("en")
    lines = result_sentences(_Result(), {"FJ": "Fiji"}, dry_run=False)  # type: ignore[arg-type]
    assert any(line.startswith("1 edit was made on both sides") for line in lines)
    assert any(line.startswith("2 rows wait for a record they belong to") for line in lines)


def test_rows_dropped_from_the_waiting_list_are_told(qapp):
    """A row parked from an earlier bundle whose sender may no longer write it is dropped,
    never applied: the window says so, as the command line does."""

    class Dropped(_Result):
        discarded = ["a row FJ sent earlier was dropped: office X is not FJ's"]

    lines = result_sentences(Dropped(), {"FJ": "Fiji"}, dry_run=False)  # type: ignore[arg-type]
    assert lines[-1] == "A row FJ sent earlier was dropped: office X is not FJ's."

    class ReceiptOnly(Dropped):
        conflicts = parked = 0
        acknowledges = [4]

    lines = result_sentences(ReceiptOnly(), {"FJ": "Fiji"}, dry_run=False)  # type: ignore[arg-type]
    assert lines[0] == "The receipt from Fiji (FJ) for your bundle 4; nothing else changes."
    assert lines[-1] == "A row FJ sent earlier was dropped: office X is not FJ's."
