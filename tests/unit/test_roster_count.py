"""The Staff page reads a first page without its total, then the total alone: both are
`search_staff` calls, and must agree with the one-call form."""

from __future__ import annotations

from oco_desktop.services import audit
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.staff import StaffDraft, StaffFilters

ACTOR = audit.make_actor("Mele Tupou", os_user="tester")


def _people(store, count: int) -> None:
    for n in range(count):
        sex = "F" if n % 3 else "M"
        roster.create_staff(store, StaffDraft(f"TO-{n:03d}", f"Ana Person {n}", sex), ACTOR)


def test_limit_zero_counts_without_reading_rows(store):
    _people(store, 7)
    for query, filters in (
        ("", StaffFilters()),
        ("ana", StaffFilters()),
        ("person 1", StaffFilters()),
        ("", StaffFilters(sexes=frozenset({"M"}))),
        ("nobody", StaffFilters()),
    ):
        counted = roster.search_staff(store, query, filters, limit=0)
        whole = roster.search_staff(store, query, filters, limit=1000)
        assert counted.rows == []
        assert counted.total == whole.total == len(whole.rows)


def test_a_first_page_without_total_says_only_what_it_read(store):
    _people(store, 7)
    page = roster.search_staff(store, "ana", limit=5, with_total=False)
    assert len(page.rows) == 5 and page.total == 5  # the count is asked for separately
    assert roster.search_staff(store, "ana", limit=0).total == 7
