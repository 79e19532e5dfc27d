"""The Mentoring and internships tab: the administration's mentoring pairs (mentor, mentee,
goals, dates, meetings, status, outcome) and internship placements (host administration or the
Secretariat, dates, purpose, outcome)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from oco_desktop.domain.programme import PairStatus
from oco_desktop.services.people import experts, mentoring
from oco_desktop.services.people.mentoring import InternshipDraft, PairDraft
from oco_desktop.ui.dialogs import messages
from oco_desktop.ui.dialogs.people import CHOICE, LONG, NUMBER, Field
from oco_desktop.ui.models.people import InternshipsModel, PairsModel, word
from oco_desktop.ui.pages.people.tab import PeopleTab, chosen, make_table
from oco_desktop.ui.tasks import Op

if TYPE_CHECKING:
    from oco_desktop.ui.pages.people.page import PeoplePage

EXTERNAL = ""


class MentoringTab(PeopleTab):
    def __init__(self, page: PeoplePage) -> None:
        super().__init__(page)
        self.staff: list[tuple[str, str]] = []
        self.hosts: dict[str, str] = {}
        self.pairs_model = PairsModel(self)
        self.pairs = make_table(self.tr("Mentoring pairs"))
        self.pairs.setModel(self.pairs_model)
        self.places_model = InternshipsModel(self)
        self.places = make_table(self.tr("Internship placements"))
        self.places.setModel(self.places_model)
        self.pairs.doubleClicked.connect(lambda _i: self.edit_pair())
        self.places.doubleClicked.connect(lambda _i: self.edit_internship())

        self.buttons = []
        pair_row = QHBoxLayout()
        pair_row.addWidget(_wrapped(self.tr("Mentoring pairs")), 1)
        place_row = QHBoxLayout()
        place_row.addWidget(
            _wrapped(self.tr("Internships with another administration or the Secretariat")), 1
        )
        for row, text, slot in (
            (pair_row, self.tr("&New pair…"), self.new_pair),
            (pair_row, self.tr("&Edit pair…"), self.edit_pair),
            (pair_row, self.tr("&Remove pair"), self.remove_pair),
            (place_row, self.tr("New &internship…"), self.new_internship),
            (place_row, self.tr("Edi&t internship…"), self.edit_internship),
            (place_row, self.tr("Rem&ove internship"), self.remove_internship),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setVisible(self.editable)
            row.addWidget(button)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.stacked((pair_row, self.pairs), (place_row, self.places)))

    def refresh(self) -> None:
        store, member, language = self.context.store, self.member, self.context.language

        def work() -> tuple[Any, ...]:
            if member is None:
                return [], [], [], {}
            return (
                mentoring.list_pairs(store, member),
                mentoring.list_internships(store, member, language),
                experts.staff_choices(store, member) if self.editable else [],
                mentoring.hosts(store, language),
            )

        Op(self, work).success(self._show).run()

    def _show(self, loaded: tuple[Any, ...]) -> None:
        pairs, places, self.staff, self.hosts = loaded
        self.pairs_model.set_rows(pairs)
        self.places_model.set_rows(places)
        self.loaded.emit()

    # -- mentoring pairs -----------------------------------------------------------------------

    def _pair_fields(self, pair: Any = None) -> list[Field]:
        people = [(i, n) for i, n in self.staff]
        mentor_choices = [(EXTERNAL, self.tr("Someone from outside (type the name below)"))]
        return [
            Field("mentor", self.tr("&Mentor:"), CHOICE,
                  (pair.mentor_staff_id or EXTERNAL) if pair else EXTERNAL,
                  mentor_choices + people),
            Field("mentor_name", self.tr("&Name of a mentor from outside:"),
                  value=pair.mentor if pair and pair.mentor_external else None),
            Field("mentee", self.tr("Ment&ee:"), CHOICE,
                  pair.mentee_staff_id if pair else None, people),
            Field("goals", self.tr("&Goals:"), LONG, pair.goals if pair else None),
            Field("starts_on", self.tr("&Start (YYYY-MM-DD):"),
                  value=pair.starts_on.isoformat() if pair else None,
                  placeholder=self.tr("YYYY-MM-DD")),
            Field("ends_on", self.tr("En&d (YYYY-MM-DD):"),
                  value=pair.ends_on.isoformat() if pair and pair.ends_on else None,
                  placeholder=self.tr("YYYY-MM-DD")),
            Field("meetings", self.tr("Meetings &held:"), NUMBER, pair.meetings if pair else 0),
            Field("status", self.tr("S&tatus:"), CHOICE,
                  pair.status.value if pair else PairStatus.ACTIVE.value,
                  [(s.value, word(s)) for s in PairStatus]),
            Field("outcome", self.tr("&Outcome:"), LONG, pair.outcome if pair else None),
        ]  # fmt: skip

    def _save_pair(self, pair_id: str | None) -> Any:
        store, member, actor = self.context.store, self.member, self.context.actor()

        def save(values: dict[str, Any]) -> Any:
            draft = PairDraft(
                mentee_staff_id=values["mentee"],
                starts_on=values["starts_on"],
                mentor_staff_id=values["mentor"] or None,
                mentor_name=values["mentor_name"],
                goals=values["goals"],
                ends_on=values["ends_on"],
                meetings=values["meetings"],
                status=values["status"],
                outcome=values["outcome"],
            )
            return mentoring.save_pair(store, draft, actor, pair_id=pair_id, member_code=member)

        return save

    def new_pair(self) -> None:
        if not self.staff:
            messages.inform(self, self.tr("Add staff to the roster first."))
            return
        self.edit(self.tr("New mentoring pair"), self._pair_fields(), self._save_pair(None))

    def edit_pair(self) -> None:
        if not self.editable or not self.pick_first(self.pairs):
            return
        pair = chosen(self.pairs)
        self.edit(self.tr("Mentoring pair"), self._pair_fields(pair), self._save_pair(pair.id))

    def remove_pair(self) -> None:
        self.remove_chosen(
            self.pairs,
            lambda row: self.tr("Remove the mentoring pair {0} and {1}?").format(
                row.mentor, row.mentee
            ),
            mentoring.remove_pair,
        )

    # -- internships ---------------------------------------------------------------------------

    def _internship_fields(self, place: Any = None) -> list[Field]:
        hosts = [(code, f"{name} ({code})") for code, name in self.hosts.items()
                 if code != self.member]  # fmt: skip
        return [
            Field("staff", self.tr("&Staff member:"), CHOICE,
                  place.staff_id if place else None, list(self.staff)),
            Field("host", self.tr("&Host:"), CHOICE, place.host_code if place else None, hosts),
            Field("starts_on", self.tr("St&art (YYYY-MM-DD):"),
                  value=place.starts_on.isoformat() if place else None,
                  placeholder=self.tr("YYYY-MM-DD")),
            Field("ends_on", self.tr("En&d (YYYY-MM-DD):"),
                  value=place.ends_on.isoformat() if place and place.ends_on else None,
                  placeholder=self.tr("YYYY-MM-DD")),
            Field("purpose", self.tr("&Purpose:"), LONG, place.purpose if place else None),
            Field("outcome", self.tr("&Outcome:"), LONG, place.outcome if place else None),
        ]  # fmt: skip

    def _save_internship(self, internship_id: str | None) -> Any:
        store, member, actor = self.context.store, self.member, self.context.actor()

        def save(values: dict[str, Any]) -> Any:
            draft = InternshipDraft(
                values["staff"], values["host"], values["starts_on"], values["ends_on"],
                values["purpose"], values["outcome"],
            )  # fmt: skip
            return mentoring.save_internship(
                store, draft, actor, internship_id=internship_id, member_code=member
            )

        return save

    def new_internship(self) -> None:
        if not self.staff:
            messages.inform(self, self.tr("Add staff to the roster first."))
            return
        self.edit(self.tr("New internship"), self._internship_fields(), self._save_internship(None))

    def edit_internship(self) -> None:
        if not self.editable or not self.pick_first(self.places):
            return
        place = chosen(self.places)
        self.edit(
            self.tr("Internship"), self._internship_fields(place), self._save_internship(place.id)
        )

    def remove_internship(self) -> None:
        self.remove_chosen(
            self.places,
            lambda row: self.tr("Remove the internship of {0} at {1}?").format(row.staff, row.host),
            mentoring.remove_internship,
        )


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
