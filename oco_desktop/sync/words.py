"""Words for the codes a bundle carries (its tables, its kind, a verification, its receipt),
in the app's language, for the command line; the window has its own (ui/models/sync/labels.py,
Qt).

A code this version has no word for (a newer version's table) is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from oco_desktop.language import N_, NP_, _, format_number, pgettext

TABLES = {
    "office": N_("offices"),
    "position": N_("positions"),
    "staff": N_("staff"),
    "position_competency": N_("position profiles"),
    "tna_cycle": N_("TNA years"),
    "tna_assessment": N_("TNA assessments"),
    "tna_need": N_("TNA training needs"),
    "reference_document": N_("reference files"),
    "course": N_("courses"),
    "course_session": N_("course sessions"),
    "nomination": N_("nominations"),
    "elearning_completion": N_("e-learning completions"),
    "mentoring_pair": N_("mentoring pairs"),
    "internship": N_("internships"),
    "expert": N_("experts"),
    "expert_skill": N_("expert skills"),
    "gender_plan": N_("gender equality plans"),
    "gender_indicator": N_("gender plan indicators"),
    "gender_action": N_("gender plan actions"),
    "key_position": N_("key positions"),
    "successor": N_("successors"),
    "news_item": N_("news items"),
}

KINDS = {
    "enroll": NP_("bundle kind", "first bundle"),
    "full": NP_("bundle kind", "all records"),
    "incremental": NP_("bundle kind", "changes"),
    "ack": NP_("bundle kind", "receipt only"),
}

VERIFICATIONS = {
    "verified": NP_("verification", "verified"),
    "sender_unknown": NP_("verification", "sender not confirmed"),
    "revoked": NP_("verification", "revoked key"),
    "forged": NP_("verification", "forged"),
    "not_for_us": NP_("verification", "not for us"),
    "refused": NP_("verification", "refused"),
}

LEDGER = {
    "applied": NP_("bundle received", "imported"),
    "quarantined": NP_("bundle received", "waiting for its sender's fingerprint check"),
}


def table_word(table: str) -> str:
    return _(TABLES[table]) if table in TABLES else table


def kind_word(kind: str) -> str:
    return pgettext(*KINDS[kind]) if kind in KINDS else kind


def verification_word(code: str) -> str:
    return pgettext(*VERIFICATIONS[code]) if code in VERIFICATIONS else code


def ledger_word(status: str) -> str:
    return pgettext(*LEDGER[status]) if status in LEDGER else status


def table_counts(counts: Mapping[str, object]) -> str:
    """ "offices: 6, staff: 20" (the table's words; the counts in the language's form)."""
    return ", ".join(
        _("{table}: {count}").format(
            table=table_word(table),
            count=format_number(count) if isinstance(count, int) else count,
        )
        for table, count in counts.items()
    )
