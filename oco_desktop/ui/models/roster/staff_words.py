"""The words the roster windows show for stored codes: sexes, statuses, tiers, audit actions,
field names and proficiency levels, all through Qt's translation (context "StaffWords")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from oco_desktop.domain.roster import OfficeType, Sex, StaffStatus, Tier
from oco_desktop.services.audit import Action
from oco_desktop.ui.i18n import QT_TRANSLATE_NOOP

_SEX = {
    Sex.FEMALE.value: QT_TRANSLATE_NOOP("StaffWords", "Female"),
    Sex.MALE.value: QT_TRANSLATE_NOOP("StaffWords", "Male"),
    Sex.OTHER.value: QT_TRANSLATE_NOOP("StaffWords", "Other"),
    Sex.UNDISCLOSED.value: QT_TRANSLATE_NOOP("StaffWords", "Not stated"),
}
_STATUS = {
    StaffStatus.ACTIVE.value: QT_TRANSLATE_NOOP("StaffWords", "Active"),
    StaffStatus.ON_LEAVE.value: QT_TRANSLATE_NOOP("StaffWords", "On leave"),
    StaffStatus.SECONDED.value: QT_TRANSLATE_NOOP("StaffWords", "Seconded"),
    StaffStatus.LEFT.value: QT_TRANSLATE_NOOP("StaffWords", "Left"),
}
_TIER = {
    Tier.T1.value: QT_TRANSLATE_NOOP("StaffWords", "T1 Frontline officers"),
    Tier.T2.value: QT_TRANSLATE_NOOP("StaffWords", "T2 Supervisors"),
    Tier.T3.value: QT_TRANSLATE_NOOP("StaffWords", "T3 Managers"),
    Tier.T4.value: QT_TRANSLATE_NOOP("StaffWords", "T4 Executives"),
}
_OFFICE_TYPE = {
    OfficeType.HQ.value: QT_TRANSLATE_NOOP("StaffWords", "Headquarters"),
    OfficeType.SEAPORT.value: QT_TRANSLATE_NOOP("StaffWords", "Seaport"),
    OfficeType.AIRPORT.value: QT_TRANSLATE_NOOP("StaffWords", "Airport"),
    OfficeType.MAIL.value: QT_TRANSLATE_NOOP("StaffWords", "Mail centre"),
    OfficeType.OUTER_ISLAND.value: QT_TRANSLATE_NOOP("StaffWords", "Outer island station"),
}
_ACTION = {
    Action.CREATE.value: QT_TRANSLATE_NOOP("StaffWords", "Added"),
    Action.UPDATE.value: QT_TRANSLATE_NOOP("StaffWords", "Changed"),
    Action.LEFT.value: QT_TRANSLATE_NOOP("StaffWords", "Marked as left"),
    Action.DELETE.value: QT_TRANSLATE_NOOP("StaffWords", "Removed"),
    Action.ERASE.value: QT_TRANSLATE_NOOP("StaffWords", "Erased"),
}
_FIELD = {
    "staff_number": QT_TRANSLATE_NOOP("StaffWords", "Staff number"),
    "full_name": QT_TRANSLATE_NOOP("StaffWords", "Full name"),
    "sex": QT_TRANSLATE_NOOP("StaffWords", "Sex"),
    "birth_year": QT_TRANSLATE_NOOP("StaffWords", "Birth year"),
    "start_year": QT_TRANSLATE_NOOP("StaffWords", "Start year"),
    "status": QT_TRANSLATE_NOOP("StaffWords", "Status"),
    "left_on": QT_TRANSLATE_NOOP("StaffWords", "Date left"),
    "office": QT_TRANSLATE_NOOP("StaffWords", "Office"),
    "office_id": QT_TRANSLATE_NOOP("StaffWords", "Office"),
    "position": QT_TRANSLATE_NOOP("StaffWords", "Position"),
    "position_id": QT_TRANSLATE_NOOP("StaffWords", "Position"),
    "tier": QT_TRANSLATE_NOOP("StaffWords", "Tier"),
    "deleted": QT_TRANSLATE_NOOP("StaffWords", "Removed from the roster"),
    "erased": QT_TRANSLATE_NOOP("StaffWords", "Erased"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffWords", text)


def _word(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(code)
    return _tr(source) if source else code


def sex_word(code: str | None) -> str:
    return _word(_SEX, code)


def status_word(code: str | None) -> str:
    return _word(_STATUS, code)


def tier_word(code: str | None) -> str:
    return _word(_TIER, code)


def office_type_word(code: str | None) -> str:
    return _word(_OFFICE_TYPE, code)


def action_word(code: str | None) -> str:
    return _word(_ACTION, code)


def field_word(code: str | None) -> str:
    return _word(_FIELD, code)


def date_text(value: dt.date | None) -> str:
    """Dates as the officers write them: day first."""
    return value.strftime("%d/%m/%Y") if value else ""


def value_text(field: str | None, value: str | None) -> str:
    """A value from the audit trail in words: codes of sex and status, dates day first."""
    if value is None:
        return ""
    if field == "sex":
        return sex_word(value)
    if field == "status":
        return status_word(value)
    if field == "left_on":
        try:
            return date_text(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if field in ("deleted", "erased"):
        return (
            QCoreApplication.translate("StaffWords", "yes")
            if value == "yes"
            else QCoreApplication.translate("StaffWords", "no")
        )
    return value


SEX_CODES = tuple(_SEX)
STATUS_CODES = tuple(_STATUS)
TIER_CODES = tuple(_TIER)
OFFICE_TYPE_CODES = tuple(_OFFICE_TYPE)
