"""The Experts tab: the Customs Expert database with its search bar ("who can deliver
valuation training in French in March") and the editor, whose consent box says plainly what
sharing means. On the Secretariat's installation the search covers the regional pool: the
experts members shared with their consent, and no one else."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from oco_desktop.domain.programme import TrainerStatus
from oco_desktop.services.people import experts
from oco_desktop.services.people.experts import ExpertDraft, ExpertQuery
from oco_desktop.services.tna.catalogue import AreaName, CompetencyName, catalogue_names
from oco_desktop.ui.dialogs.people import CHECK, CHOICE, LONG, NUMBER, SKILLS, Field
from oco_desktop.ui.models.people import ExpertsModel, word
from oco_desktop.ui.pages.people.tab import PeopleTab, chosen, make_table
from oco_desktop.ui.tasks import Op
from oco_desktop.ui.widgets.fit import fit_combo
from oco_desktop.ui.widgets.skills_editor import SkillChoice

if TYPE_CHECKING:
    from oco_desktop.ui.pages.people.page import PeoplePage

MEMBER_COLUMN = 7


class ExpertsTab(PeopleTab):
    def __init__(self, page: PeoplePage) -> None:
        super().__init__(page)
        self.staff: list[tuple[str, str]] = []
        self.catalogue: tuple[list[AreaName], list[CompetencyName]] | None = None
        self.secretariat = self.context.member_code is None
        self.competency = QComboBox()
        self.competency.addItem(self.tr("Any competency"), "")
        fit_combo(self.competency, 14)
        self.level = QComboBox()
        for level in (1, 2, 3, 4):
            self.level.addItem(str(level), level)
        self.language = QComboBox()
        self.language.setEditable(True)
        for code, text in (("", self.tr("Any language")), ("en", "en"), ("fr", "fr")):
            self.language.addItem(text, code)
        language_edit = self.language.lineEdit()
        assert language_edit is not None  # an editable combo box has one
        language_edit.setAccessibleName(self.tr("Language"))
        self.month = QLineEdit()
        self.month.setPlaceholderText(self.tr("YYYY-MM"))
        self.month.setMaximumWidth(90)
        self.trainer = QComboBox()
        self.trainer.addItem(self.tr("Anyone"), "")
        self.trainer.addItem(self.tr("Any trainer"), "any")
        for status in (TrainerStatus.OCO_REGIONAL, TrainerStatus.WCO_ACCREDITED):
            self.trainer.addItem(word(status), status.value)
        for combo, length in ((self.level, 3), (self.language, 8), (self.trainer, 12)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(length)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Clea&r"))
        grid = QGridLayout()
        for place, (text, widget) in enumerate(
            (
                (self.tr("C&ompetency:"), self.competency),
                (self.tr("Minimum &level:"), self.level),
                (self.tr("L&anguage:"), self.language),
                (self.tr("Available in mon&th:"), self.month),
                (self.tr("Tra&iner:"), self.trainer),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row, column = divmod(place, 2)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(widget, row, 2 * column + 1)
        search_buttons = QHBoxLayout()
        search_buttons.addWidget(self.search_button)
        search_buttons.addWidget(self.clear_button)
        grid.addLayout(search_buttons, 2, 3)
        grid.setColumnStretch(1, 2)

        self.model = ExpertsModel(self.context.language, self)
        self.table = make_table(self.tr("Experts found"))
        self.table.setModel(self.model)
        self.table.setColumnHidden(MEMBER_COLUMN, not self.secretariat)
        self.table.doubleClicked.connect(lambda _i: self.edit_expert())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.found = QLabel()
        self.found.setAccessibleName(self.tr("How many experts were found"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.found, 1)
        self.new_button = QPushButton(self.tr("&New expert…"))
        self.edit_button = QPushButton(self.tr("&Edit expert…"))
        self.delete_button = QPushButton(self.tr("&Delete expert"))
        for button, slot in (
            (self.new_button, self.new_expert),
            (self.edit_button, self.edit_expert),
            (self.delete_button, self.remove_expert),
        ):
            button.clicked.connect(slot)
            button.setVisible(self.editable)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear)
        self.month.returnPressed.connect(self.search)
        if self.secretariat:
            self.note.setText(
                self.tr(
                    "The regional pool: experts that member administrations shared with their "
                    "consent. Experts without consent never leave their office."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Your administration's experts. Only those who agreed to be shared are sent "
                    "to the Secretariat and appear in the regional pool."
                )
            )

    def query(self) -> ExpertQuery:
        language = self.language.currentText().strip()
        if language == self.language.itemText(0):
            language = ""
        return ExpertQuery(
            competency=self.competency.currentData() or None,
            min_level=self.level.currentData() or 1,
            language=language or None,
            month=self.month.text().strip() or None,
            trainer=self.trainer.currentData() or None,
            member_code=None if self.secretariat else self.member,
        )

    def refresh(self) -> None:
        store, member = self.context.store, self.member
        query = self.query()

        def work() -> tuple[Any, ...]:
            staff = experts.staff_choices(store, member) if self.editable else []
            return experts.search(store, query), catalogue_names(store), staff

        Op(self, work).success(self._loaded).run()

    def _loaded(self, loaded: tuple[Any, ...]) -> None:
        found, named, self.staff = loaded
        if named != self.catalogue:
            self.catalogue = named
            self._fill_competencies(*named)
        self._show(found)

    def _fill_competencies(self, areas: list[AreaName], competencies: list[CompetencyName]) -> None:
        """By name, each area first as a whole; the code stays in the item's tooltip."""
        language = self.context.language
        self.model.names = {c.code: c for c in competencies}
        current = self.competency.currentData()
        self.competency.clear()
        self.competency.addItem(self.tr("Any competency"), "")
        tip = Qt.ItemDataRole.ToolTipRole
        for area in areas:
            self.competency.addItem(self.tr("{0} (all)").format(area.name(language)), area.code)
            self.competency.setItemData(self.competency.count() - 1, area.code, tip)
            for competency in (c for c in competencies if c.area_code == area.code):
                self.competency.addItem("    " + competency.name(language), competency.code)
                self.competency.setItemData(self.competency.count() - 1, competency.code, tip)
        self.competency.setCurrentIndex(max(0, self.competency.findData(current)))

    def _show(self, found: list[Any]) -> None:
        self.model.set_rows(found)
        self.found.setText(self.tr("%Ln experts found.", "", len(found)))
        self.loaded.emit()

    def search(self) -> None:
        store, query = self.context.store, self.query()
        Op(self, lambda: experts.search(store, query)).success(self._show).run()

    def clear(self) -> None:
        self.competency.setCurrentIndex(0)
        self.level.setCurrentIndex(0)
        self.language.setCurrentIndex(0)
        self.month.clear()
        self.trainer.setCurrentIndex(0)
        self.search()

    # -- the editor ----------------------------------------------------------------------------

    def _skill_choices(self) -> list[SkillChoice]:
        if self.catalogue is None:  # the tab's first load has not come back yet
            self.catalogue = catalogue_names(self.context.store)
        areas, competencies = self.catalogue
        language = self.context.language
        area_names = {a.code: a.name(language) for a in areas}
        order = {a.code: n for n, a in enumerate(areas)}
        return [
            SkillChoice(c.code, c.name(language), area_names.get(c.area_code, c.area_code))
            for c in sorted(competencies, key=lambda c: order.get(c.area_code, len(order)))
        ]

    def _fields(self, expert: Any = None) -> list[Field]:
        skills = list(expert.skills) if expert else []
        people = [("", self.tr("An external person (type the name below)")), *self.staff]
        consent_help = self.tr(
            "Tick only if the expert agreed. With consent, the entry goes to the OCO Secretariat "
            "with your next sync bundle and other members can find it in the regional pool. "
            "Without consent it never leaves this office: it is not sent in any bundle and no "
            "one outside sees it."
        )
        return [
            Field("staff", self.tr("&Staff member:"), CHOICE,
                  expert.staff_id if expert and expert.staff_id else "", people),
            Field("external_name", self.tr("External &name:"),
                  value=expert.name if expert and expert.external else None),
            Field("organisation", self.tr("&Organisation:"),
                  value=expert.organisation if expert else None),
            Field("skills", self.tr("&Competencies and levels:"), SKILLS, skills,
                  competencies=self._skill_choices()),
            Field("languages", self.tr("&Languages:"),
                  value=",".join(expert.languages) if expert else "en",
                  placeholder=self.tr("e.g. en, fr")),
            Field("trainer_status", self.tr("&Trainer status:"), CHOICE,
                  expert.trainer_status.value if expert else "none",
                  [(t.value, word(t)) for t in TrainerStatus]),
            Field("available_from", self.tr("Available &from (YYYY-MM-DD):"),
                  value=expert.available_from.isoformat() if expert and expert.available_from
                  else None, placeholder=self.tr("YYYY-MM-DD")),
            Field("available_to", self.tr("Available &until (YYYY-MM-DD):"),
                  value=expert.available_to.isoformat() if expert and expert.available_to
                  else None, placeholder=self.tr("YYYY-MM-DD")),
            Field("days_per_year", self.tr("&Days available a year:"), NUMBER,
                  expert.days_per_year if expert else 0, maximum=366),
            Field("consent_share", self.tr("&Agrees to be shared outside this office"), CHECK,
                  expert.consent_share if expert else False, help=consent_help),
            Field("note", self.tr("N&ote:"), LONG, expert.note if expert else None),
        ]  # fmt: skip

    def _save(self, expert_id: str | None) -> Any:
        store, member, actor = self.context.store, self.member, self.context.actor()

        def save(values: dict[str, Any]) -> Any:
            draft = ExpertDraft(
                staff_id=values["staff"] or None,
                external_name=values["external_name"],
                organisation=values["organisation"],
                languages=values["languages"] or "",
                trainer_status=values["trainer_status"],
                available_from=values["available_from"],
                available_to=values["available_to"],
                days_per_year=values["days_per_year"] or None,
                consent_share=values["consent_share"],
                note=values["note"],
                skills=values["skills"],
            )
            return experts.save_expert(store, draft, actor, expert_id=expert_id, member_code=member)

        return save

    def new_expert(self) -> None:
        self.edit(self.tr("New expert"), self._fields(), self._save(None))

    def edit_expert(self) -> None:
        if not self.editable or not self.pick_first(self.table):
            return
        expert = chosen(self.table)
        self.edit(self.tr("Expert"), self._fields(expert), self._save(expert.id))

    def remove_expert(self) -> None:
        self.remove_chosen(
            self.table,
            lambda row: self.tr("Delete {0} from the expert database?").format(row.name),
            experts.remove_expert,
            self.tr("Delete"),
        )
