"""The words of the reports. Reports are built without Qt (from the command line too), so
they speak through the gettext catalogue of the layers below the window (oco_desktop.language):
the English here is the message id, the French is in resources/locale/fr/LC_MESSAGES/
oco_desktop.po.

`text(lang, key, **values)` translates one entry into the report's language (which may differ
from the window's) and then formats it; `label(lang, kind, code)` names a stored code."""

from __future__ import annotations

import datetime as dt

from oco_desktop.language import LANGUAGES, N_, NP_, format_date, format_number, format_percent
from oco_desktop.language import translations as _translations

__all__ = ["CATALOGUE", "LANGUAGES", "date_text", "label", "number", "percent", "text"]

# A key names where a sentence is used; a word whose French depends on what it qualifies
# carries a gettext context (NP_).
CATALOGUE: dict[str, str | tuple[str, str]] = {
    # Page furniture
    "page_of": N_("Page {page} of {pages}"),
    "generated": N_("Generated {date}"),
    "as_of": N_("Data as of {date}"),
    "author": N_("OCO Desktop"),
    "demo": N_("DEMO: fictional data, not the data of a real administration"),
    "suppressed_note": N_(
        'Counts from 1 to 4 are shown as "<5" so that no one can be singled out.'
    ),
    "exact_note": N_("Exact counts: for use inside the office only; do not send this report out."),
    "none": N_("None"),
    "dash": N_("–"),
    "total": N_("Total"),
    "no_data": N_("No data yet."),
    # Words used in several reports
    "tier": N_("Tier"),
    "no_tier": N_("No position"),
    "women": N_("Women"),
    "men": N_("Men"),
    "other_sex": N_("Other / not stated"),
    "staff": N_("Staff"),
    "office": N_("Office"),
    "no_office": N_("No office"),
    "competency": N_("Competency"),
    "area": N_("Competency area"),
    "band": N_("Priority"),
    "band_high": N_("High"),
    "band_medium": N_("Medium"),
    "band_low": N_("Low"),
    "activity": N_("Programme activity"),
    "no_activity": N_("Not mapped yet"),
    "course": N_("Course"),
    "member": N_("Member"),
    "members": N_("Members"),
    "needs": N_("Needs"),
    "share_women": N_("Share of women"),
    # Statuses of a cycle
    "status_draft": N_("Draft"),
    "status_in_review": N_("In review"),
    "status_approved": N_("Approved"),
    "status_submitted": N_("Submitted"),
    "status_acknowledged": N_("Acknowledged"),
    "status_none": N_("Not started"),
    # Member TNA report
    "tna_title": N_("Training needs analysis {year}: {member}"),
    "tna_subject": N_("Training needs of the staff of {member} for {year}"),
    "administration": N_("Administration"),
    "year": N_("Year"),
    "status": N_("Status"),
    "approved_by": N_("Approved by"),
    "approved_on": N_("Approved on"),
    "submitted_on": N_("Submitted on"),
    "not_approved": N_("Not approved yet"),
    "summary": N_("Summary"),
    "sum_staff": N_("{member} has {staff} staff in post, {women} of them women."),
    "sum_progress": N_(
        "{assessed} of them have been fully assessed, {partly} partly, and {not_started} not yet."
    ),
    "sum_needs": N_(
        "The analysis finds {needs} training needs (a person and a competency): {high} of high "
        "priority, {medium} medium and {low} low."
    ),
    "sum_top": N_("The most pressing need is {competency} ({staff} staff, {band} priority)."),
    "sum_mapped": N_(
        "{mapped} of the {lines} needs listed are matched with an activity of the Customs "
        "Leadership programme."
    ),
    "sum_no_needs": N_(
        "No training need has been found yet: needs appear once agreed levels are entered."
    ),
    "more_than": N_("more than {count}"),
    "chart_hidden": N_(
        "No chart here: every count in it is under 5, and hidden so that no one can be singled "
        "out. The table above gives what can be shown."
    ),
    "chart_nothing": N_("No chart here: there is nothing to count yet."),
    "headcount": N_("Staff in post by tier and sex"),
    "top_needs": N_("Top training needs"),
    "needs_by_band": N_("Needs by priority"),
    "heat_map": N_("Needs by competency area and tier"),
    "heat_map_note": N_(
        "Each cell counts the staff of the tier with a need in the area (any priority)."
    ),
    "needs_by_office": N_("Needs by office"),
    "mapping": N_("Needs and the programme activities that could meet them"),
    "competencies": N_("Competencies"),
    "annex": N_("Annex: individual plans"),
    "annex_note": N_("Each person's competencies with a high or medium priority training need."),
    "person": N_("Staff member"),
    "no_number": N_("(no staff number)"),
    "no_cycle_needs": N_("No training need has been found in this analysis yet."),
    # Regional report
    "regional_title": N_("Regional training needs {year}"),
    "regional_subject": N_("Training needs of the OCO members for {year}, from their sync bundles"),
    "regional_intro": N_(
        "{with_cycle} of {members} members have an analysis for {year}; {submitted} have submitted"
        " it. Their needs concern {staff} staff."
    ),
    "member_status": N_("Members: analysis and last bundle"),
    "last_bundle": N_("Last bundle"),
    "days_ago": N_("{days} days ago"),
    "never": N_("never"),
    "staff_in_post": N_("Staff in post"),
    "regional_needs": N_("Regional priority needs"),
    "regional_needs_note": N_("High and medium priority needs, summed over the members."),
    "women_leadership": N_("Women in leadership (tiers T3 and T4) by member"),
    "leaders": N_("Leaders (T3–T4)"),
    "women_leaders": N_("Women leaders"),
    "suggestions": N_("Regional courses and activities that would meet the most needs"),
    "offer": N_("Course or activity"),
    "no_regional_data": N_(
        "No member's analysis for {year} has arrived yet: import the members' sync bundles first."
    ),
    # Gender report
    "gender_title": N_("Gender Equality Plan {year}: {member}"),
    "gender_subject": N_("Workforce by sex and the Gender Equality Plan of {member}"),
    "workforce": N_("Workforce by tier and sex"),
    "women_in_leadership": N_("Women in leadership (tiers T3 and T4)"),
    "gender_intro": N_(
        "{member} has {staff} staff in post, {women} of them women. In leadership posts (tiers T3 "
        "and T4), {leaders_women} of {leaders} are women."
    ),
    "now": N_("Now"),
    "region": N_("The OCO region"),
    "no_staff": N_(
        "No staff in post are recorded yet: the figures will appear once the roster is kept."
    ),
    "by_office_sex": N_("Staff by office and sex"),
    "gender_by_member": N_("Workforce by member"),
    # Programme participation report
    "programme_title": N_("Programme participation {year}: {member}"),
    "programme_subject": N_(
        "Customs Leadership programme: nominations, completions and e-learning of {member}"
    ),
    "programme_intro": N_(
        "In {year}, {member} made {nominations} nominations to courses of the Customs Leadership "
        "programme; {completed} led to a completed course. Staff completed {elearning} e-learning "
        "modules."
    ),
    "women_share": N_("Women made up {share} of the nominations."),
    "women_share_hidden": N_(
        "The share of women is not given: it would rest on fewer than 5 people."
    ),
    "programme_nothing": N_(
        "No nominations to courses and no e-learning completions are recorded for {year}."
    ),
    "by_activity": N_("By programme activity"),
    "by_sex": N_("By sex"),
    "sex": N_("Sex"),
    "sessions": N_("Sessions"),
    "nominations": N_("Nominations"),
    "confirmed": NP_("nominations", "Confirmed"),
    "waitlisted": N_("Waiting list"),
    "completed": NP_("nominations", "Completed"),
    "completions": N_("Completions"),
    "elearning": N_("E-learning"),
    "elearning_modules": N_("E-learning modules completed"),
    "module": N_("Module"),
    "staff_number": N_("Staff number"),
    "name": N_("Name"),
    "starts": N_("Starts"),
    "ends": N_("Ends"),
    "attendance": N_("Attendance"),
    "result": N_("Result"),
    "certificate": N_("Certificate"),
    "completed_on": N_("Completed on"),
    "sessions_of_year": N_("Course sessions starting in {year}"),
    "dates": N_("Dates"),
    "place": N_("Place"),
    "seats": N_("Seats"),
    "online": N_("Online"),
    # Programme progress report
    "progress_title": N_("Programme progress {year}: {member}"),
    "progress_subject": N_(
        "{programme} programme (Priority 1): every activity, its status and the year's "
        "participation of {member}"
    ),
    "progress_intro": N_(
        "The {programme} programme (Priority 1) has {activities} activities under {outcomes} "
        "outcomes. Today {delivered} are delivered, {in_progress} in progress, {planned} planned "
        "and {not_started} not started."
    ),
    "progress_columns": N_(
        "For each activity: the course sessions starting in {year}, the nominations to them, the "
        "courses completed, and the e-learning modules completed in {year} (counted under the "
        "e-learning activity). Activities with nothing in {year} show zeros."
    ),
    "progress_status_note": N_(
        "Status: delivered once someone attended a linked session (or, for e-learning, completed a"
        " module); in progress while a nomination waits for a session not yet ended; planned when "
        "a session is coming or a training need names the activity."
    ),
    "activity_delivered": N_("Delivered"),
    "activity_in_progress": N_("In progress"),
    "activity_planned": N_("Planned"),
    "activity_not_started": N_("Not started"),
    # Gender Equality Plan (plan part)
    "gender_plan": N_("Gender Equality Plan: {title} ({start}–{end})"),
    "gender_plan_name": N_("Gender Equality Plan"),
    "gender_plan_titled": N_("{title} ({start}–{end})"),
    "gender_plan_status": N_("Status: {status}"),
    "no_gender_plan": N_("No Gender Equality Plan is recorded yet."),
    "indicators": N_("Indicators"),
    "gender_plans": N_("Gender Equality Plans of the members"),
    "actions_done": N_("Actions done"),
    "no_plan": N_("No plan"),
    "indicator": N_("Indicator"),
    "principle": N_("Principle"),
    "baseline": N_("Baseline"),
    "target": N_("Target"),
    "current": N_("Current"),
    "actions": N_("Actions"),
    "action": N_("Action"),
    "owner": N_("Owner"),
    "due": N_("Due"),
    "plan_draft": N_("Draft"),
    "plan_adopted": N_("Adopted"),
    "plan_closed": N_("Closed"),
    "action_planned": N_("Planned"),
    "action_in_progress": N_("In progress"),
    "action_done": N_("Done"),
    "action_dropped": N_("Dropped"),
    # Labels of stored codes, for workbooks (never the code itself)
    "need_open": N_("Open"),
    "need_planned": NP_("need status", "Planned"),
    "need_met": N_("Met"),
    "need_deferred": N_("Deferred"),
    "nomination_nominated": N_("Nominated"),
    "nomination_waitlisted": N_("Waiting list"),
    "nomination_confirmed": NP_("nomination status", "Confirmed"),
    "nomination_declined": N_("Declined"),
    "nomination_withdrawn": N_("Withdrawn"),
    "attendance_attended": N_("Attended"),
    "attendance_partial": N_("Partly attended"),
    "attendance_absent": N_("Absent"),
    "result_completed": NP_("course result", "Completed"),
    "result_passed": N_("Passed"),
    "result_failed": N_("Not passed"),
    "sheet_subject_needs": N_("Training needs analysis: prioritised needs"),
    "sheet_subject_regional": N_("Regional training needs and women in leadership"),
    "sheet_subject_participation": N_("Customs Leadership programme: participation"),
    # Columns of the workbooks
    "days": N_("Days"),
    # Sex codes where a sheet shows them; the French ones (F, H, X, NC) are read back by the
    # roster import too.
    "sex_F": N_("F"),
    "sex_M": N_("M"),
    "sex_X": N_("X"),
    "sex_U": N_("U"),
}


def label(lang: str, kind: str, code: str | None) -> str | None:
    """The label of a stored code ('confirmed' -> 'Confirmed' / 'Confirmé'); None stays None,
    and a code without a label (from a newer version) is shown as it is."""
    if code is None:
        return None
    key = f"{kind}_{code}"
    return text(lang, key) if key in CATALOGUE else code


def text(lang: str, key: str, **values: object) -> str:
    entry = CATALOGUE[key]
    catalogue = _translations(lang)
    template = catalogue.pgettext(*entry) if isinstance(entry, tuple) else catalogue.gettext(entry)
    return template.format(**values) if values else template


def date_text(lang: str, day: dt.date | dt.datetime) -> str:
    """A date as people write it: 28 November 2026 / 28 novembre 2026."""
    return format_date(day, lang=lang)


def number(lang: str, value: int | str) -> str:
    """12,345 in English, 12 345 in French (narrow no-break space); "<5" stays as it is."""
    return format_number(value, lang=lang)


def percent(lang: str, part: int, whole: int) -> str:
    return format_percent(part, whole, lang=lang)
