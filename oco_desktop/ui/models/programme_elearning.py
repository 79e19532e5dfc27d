"""The e-learning catalogue and the completions as tables."""

from __future__ import annotations

from typing import Any

from oco_desktop.services.programme.elearning import CompletionInfo, Module
from oco_desktop.ui.i18n import QT_TRANSLATE_NOOP
from oco_desktop.ui.models.programme import _Table, format_optional_day


class ModulesModel(_Table):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Programme", "Module"),
        QT_TRANSLATE_NOOP("Programme", "Completions"),
        QT_TRANSLATE_NOOP("Programme", "Category"),
        QT_TRANSLATE_NOOP("Programme", "Hours"),
        QT_TRANSLATE_NOOP("Programme", "Platform"),
    )
    COUNT, HOURS = 1, 3
    NUMERIC = frozenset({COUNT, HOURS})

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(language, parent)
        self.counts: dict[str, int] = {}

    def set_modules(self, modules: list[Module], counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self.set_rows(modules)

    def text(self, row: Module, column: int) -> str:
        if column == 0:
            return row.name(self.language)
        if column == self.COUNT:
            return str(self.counts.get(row.code, 0))
        if column == 2:
            return row.category_name(self.language)
        if column == self.HOURS:
            return f"{row.hours:g}" if row.hours else ""
        return row.platform


class CompletionsModel(_Table):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Programme", "Completed on"),
        QT_TRANSLATE_NOOP("Programme", "Person"),
        QT_TRANSLATE_NOOP("Programme", "Module"),
        QT_TRANSLATE_NOOP("Programme", "Certificate"),
        QT_TRANSLATE_NOOP("Programme", "Member"),
    )

    def text(self, row: CompletionInfo, column: int) -> str:
        if column == 0:
            return format_optional_day(row.completed_on)
        if column == 1:
            return f"{row.full_name or '?'} ({row.staff_number or '-'})"
        if column == 2:
            return row.module_name(self.language)
        if column == 3:
            return row.certificate_ref or ""
        return row.member_code
