"""Column letters in import messages match Excel's own, for every column a sheet can have."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from oco_desktop.services.roster.columns import column_letter


def test_column_letters_are_excels():
    for number in range(1, 16_385):  # Excel's last column is XFD
        assert column_letter(number) == get_column_letter(number)
    assert column_letter(16_384) == "XFD"
