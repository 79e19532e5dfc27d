"""An expert's competencies and levels, chosen by name: one line per competency (its name in a
list grouped by area, its level 1 to 4), added and removed with buttons. The code stays behind
the name (and in its tooltip), so nobody needs to know "TECH-VAL" to record a skill."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oco_desktop.ui.widgets.fit import fit_combo

LEVELS = (1, 2, 3, 4)


@dataclass(frozen=True)
class SkillChoice:
    """One competency the editor offers: its code, its name, and its area's name."""

    code: str
    name: str
    area: str


class SkillLine(QWidget):
    """A competency and its level, with a button that removes the line."""

    def __init__(self, editor: SkillsEditor, code: str | None, level: int) -> None:
        super().__init__(editor)
        self.competency = QComboBox()
        self.competency.setAccessibleName(self.tr("Competency"))
        self.competency_tip = fit_combo(self.competency, 22)  # a long name ends in "…"
        area = None
        for choice in editor.choices:
            if choice.area != area:
                if area is not None:
                    self.competency.insertSeparator(self.competency.count())
                area = choice.area
            self.competency.addItem(choice.name, choice.code)
            tip = f"{choice.area} · {choice.code}"
            self.competency.setItemData(
                self.competency.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        if code is not None and self.competency.findData(code) < 0:
            self.competency.addItem(code, code)  # a code the catalogue no longer has: kept
        self.competency.setCurrentIndex(max(0, self.competency.findData(code)))
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level"))
        for number, word in zip(LEVELS, editor.level_words(), strict=True):
            self.level.addItem(f"{number} {word}", number)
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this competency"))
        self.remove_button.clicked.connect(lambda: editor.remove_line(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.competency, 1)
        row.addWidget(self.level)
        row.addWidget(self.remove_button)

    def skill(self) -> tuple[str, str]:
        return str(self.competency.currentData()), str(self.level.currentData())


class SkillsEditor(QWidget):
    """`skills()` gives {code: level} as the expert service takes them."""

    def __init__(
        self,
        choices: Sequence[SkillChoice],
        skills: Mapping[str, object] | Iterable[tuple[str, object]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = list(choices)
        self.lines: list[SkillLine] = []
        self.lines_box = QVBoxLayout()
        self.lines_box.setContentsMargins(0, 0, 0, 0)
        self.none_label = QLabel(self.tr("No competency yet."))
        self.add_button = QPushButton(self.tr("Add a competency"))
        self.add_button.clicked.connect(lambda: self.add_line(None, 3).competency.setFocus())
        self.add_button.setEnabled(bool(self.choices))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.lines_box)
        layout.addWidget(self.none_label)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        pairs = skills.items() if isinstance(skills, Mapping) else (skills or [])
        for code, level in pairs:
            self.add_line(str(code), int(str(level)) if str(level).isdigit() else 3)
        self._show_none()

    def level_words(self) -> list[str]:
        return [self.tr("Aware"), self.tr("Trained"), self.tr("Advanced"), self.tr("Expert")]

    def add_line(self, code: str | None, level: int) -> SkillLine:
        if code is None:  # a new line offers a competency not chosen yet
            taken = {line.skill()[0] for line in self.lines}
            code = next((c.code for c in self.choices if c.code not in taken), None)
        line = SkillLine(self, code, level)
        self.lines.append(line)
        self.lines_box.addWidget(line)
        self._show_none()
        return line

    def remove_line(self, line: SkillLine) -> None:
        self.lines.remove(line)
        line.hide()
        line.deleteLater()
        self._show_none()
        self.add_button.setFocus()

    def skills(self) -> dict[str, str]:
        """{code: level}; a competency chosen twice keeps its last level."""
        return dict(line.skill() for line in self.lines)

    def _show_none(self) -> None:
        self.none_label.setVisible(not self.lines)
