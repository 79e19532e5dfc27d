"""Words for the codes the sync services return: tables, field groups, bundle kinds, statuses.

An unknown code is shown as it is, never hidden: a newer version may send a table this one
does not know a friendly name for yet.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from oco_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "SyncLabels"

TABLES = {
    "office": QT_TRANSLATE_NOOP("SyncLabels", "Offices"),
    "position": QT_TRANSLATE_NOOP("SyncLabels", "Positions"),
    "staff": QT_TRANSLATE_NOOP("SyncLabels", "Staff"),
    "position_competency": QT_TRANSLATE_NOOP("SyncLabels", "Position profiles"),
    "tna_cycle": QT_TRANSLATE_NOOP("SyncLabels", "TNA years"),
    "tna_assessment": QT_TRANSLATE_NOOP("SyncLabels", "TNA assessments"),
    "tna_need": QT_TRANSLATE_NOOP("SyncLabels", "TNA training needs"),
}
TABLE_ORDER = list(TABLES)

RECORD = {
    "office": QT_TRANSLATE_NOOP("SyncLabels", "Office"),
    "position": QT_TRANSLATE_NOOP("SyncLabels", "Position"),
    "staff": QT_TRANSLATE_NOOP("SyncLabels", "Staff member"),
    "position_competency": QT_TRANSLATE_NOOP("SyncLabels", "Position profile"),
    "tna_cycle": QT_TRANSLATE_NOOP("SyncLabels", "TNA year"),
    "tna_assessment": QT_TRANSLATE_NOOP("SyncLabels", "TNA assessment"),
    "tna_need": QT_TRANSLATE_NOOP("SyncLabels", "TNA training need"),
}

GROUPS = {
    "name": QT_TRANSLATE_NOOP("SyncLabels", "Name"),
    "island": QT_TRANSLATE_NOOP("SyncLabels", "Island"),
    "office_type": QT_TRANSLATE_NOOP("SyncLabels", "Type of office"),
    "member": QT_TRANSLATE_NOOP("SyncLabels", "Administration"),
    "title": QT_TRANSLATE_NOOP("SyncLabels", "Title"),
    "grade": QT_TRANSLATE_NOOP("SyncLabels", "Grade and tier"),
    "staff_number": QT_TRANSLATE_NOOP("SyncLabels", "Staff number"),
    "sex": QT_TRANSLATE_NOOP("SyncLabels", "Sex"),
    "birth_year": QT_TRANSLATE_NOOP("SyncLabels", "Year of birth"),
    "start_year": QT_TRANSLATE_NOOP("SyncLabels", "Year started"),
    "placement": QT_TRANSLATE_NOOP("SyncLabels", "Position and office"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "Status"),
    "erased": QT_TRANSLATE_NOOP("SyncLabels", "Erasure"),
    "_deleted": QT_TRANSLATE_NOOP("SyncLabels", "Deletion"),
    "link": QT_TRANSLATE_NOOP("SyncLabels", "What it links"),
    "level": QT_TRANSLATE_NOOP("SyncLabels", "Required level"),
    "year": QT_TRANSLATE_NOOP("SyncLabels", "Year"),
    "priorities": QT_TRANSLATE_NOOP("SyncLabels", "Priorities"),
    "vacancies": QT_TRANSLATE_NOOP("SyncLabels", "Vacancies"),
    "budget": QT_TRANSLATE_NOOP("SyncLabels", "Training budget"),
    "trainers": QT_TRANSLATE_NOOP("SyncLabels", "National trainers"),
    "constraints": QT_TRANSLATE_NOOP("SyncLabels", "Constraints"),
    "top_needs": QT_TRANSLATE_NOOP("SyncLabels", "Top needs"),
    "carried": QT_TRANSLATE_NOOP("SyncLabels", "Carried over from"),
    "workflow": QT_TRANSLATE_NOOP("SyncLabels", "Workflow status"),
    "start": QT_TRANSLATE_NOOP("SyncLabels", "Starting levels"),
    "levels": QT_TRANSLATE_NOOP("SyncLabels", "Levels"),
    "notes": QT_TRANSLATE_NOOP("SyncLabels", "Comment and override"),
    "mapping": QT_TRANSLATE_NOOP("SyncLabels", "Activity, course or module"),
    "target": QT_TRANSLATE_NOOP("SyncLabels", "Target year"),
    "note": QT_TRANSLATE_NOOP("SyncLabels", "Note"),
}

KINDS = {
    "enroll": QT_TRANSLATE_NOOP("SyncLabels", "First bundle"),
    "full": QT_TRANSLATE_NOOP("SyncLabels", "All records"),
    "incremental": QT_TRANSLATE_NOOP("SyncLabels", "Changes"),
    "ack": QT_TRANSLATE_NOOP("SyncLabels", "Receipt only"),
    "pending": QT_TRANSLATE_NOOP("SyncLabels", "Not finished"),
}

STATUSES = {
    "written": QT_TRANSLATE_NOOP("SyncLabels", "Written"),
    "writing": QT_TRANSLATE_NOOP("SyncLabels", "Interrupted, not sent"),
    "applied": QT_TRANSLATE_NOOP("SyncLabels", "Imported"),
    "quarantined": QT_TRANSLATE_NOOP("SyncLabels", "Waiting for fingerprint"),
}

TRUST = {
    "trusted": QT_TRANSLATE_NOOP("SyncLabels", "Confirmed"),
    "pending": QT_TRANSLATE_NOOP("SyncLabels", "Not confirmed"),
    "revoked": QT_TRANSLATE_NOOP("SyncLabels", "Revoked"),
}

TNA = {
    "draft": QT_TRANSLATE_NOOP("SyncLabels", "Draft"),
    "in_review": QT_TRANSLATE_NOOP("SyncLabels", "In review"),
    "approved": QT_TRANSLATE_NOOP("SyncLabels", "Approved"),
    "submitted": QT_TRANSLATE_NOOP("SyncLabels", "Submitted"),
    "acknowledged": QT_TRANSLATE_NOOP("SyncLabels", "Received"),
}


def _pick(words: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = words.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def table_label(code: str) -> str:
    return _pick(TABLES, code)


def record_label(code: str) -> str:
    return _pick(RECORD, code)


def group_label(code: str) -> str:
    return _pick(GROUPS, code)


def kind_label(code: str) -> str:
    return _pick(KINDS, code)


def status_label(code: str) -> str:
    return _pick(STATUSES, code)


def trust_label(code: str | None) -> str:
    if code is None:
        return QCoreApplication.translate("SyncLabels", "No bundle yet")
    return _pick(TRUST, code)


def tna_label(code: str | None) -> str:
    return _pick(TNA, code)


def table_sort_key(code: str) -> tuple[int, str]:
    return (TABLE_ORDER.index(code) if code in TABLE_ORDER else len(TABLE_ORDER), code)


def site_label(code: str | None) -> str:
    if code == "SEC":
        return QCoreApplication.translate("SyncLabels", "OCO Secretariat")
    return code or ""


def format_day(moment: dt.datetime | dt.date | None) -> str:
    """A day written out ("3 March 2025"): unambiguous whichever way round dates are read."""
    if moment is None:
        return QCoreApplication.translate("SyncLabels", "never")
    day = moment.date() if isinstance(moment, dt.datetime) else moment
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_day(moment: dt.datetime | None) -> str:
    """ "28 Nov 2026": for the status bar, where room is short."""
    if moment is None:
        return QCoreApplication.translate("SyncLabels", "never")
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def rows_summary(counts: dict[str, int], limit: int = 3) -> str:
    """ "Staff 60, Offices 3, Positions 1…": the biggest tables first."""
    if not counts:
        return QCoreApplication.translate("SyncLabels", "no changes")
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], table_sort_key(kv[0])))
    parts = [f"{table_label(t)} {n}" for t, n in ordered[:limit]]
    if len(ordered) > limit:
        parts.append("…")
    return ", ".join(parts)
