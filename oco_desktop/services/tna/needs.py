"""Prioritised training needs of a cycle, their mapping to what could meet them, and the
progress of the assessments; the dashboard's overview.

A need is a competency in a priority band (high, medium, low) with the staff whose assessment
falls in it. Its mapping (programme activity, course, e-learning module, target year, status)
is saved in `tna_need` once an officer sets it, or when the cycle is submitted; until then the
suggestion of the reference data is shown.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby
from operator import itemgetter

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.domain import tna as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.tna import (
    AssessedLine,
    AssessmentProgress,
    Band,
    Dimension,
    NeedBand,
    NeedCount,
    NeedStatus,
)
from oco_desktop.language import N_, _, format_number
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.roster.org import required_levels
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.services.tna.cycle import Cycle, in_post, live_cycle, to_cycle
from oco_desktop.store.engine import Store
from oco_desktop.store.models import (
    Competency,
    Office,
    Position,
    Staff,
    TnaCycle,
    TnaNeed,
    TnaSuggestion,
)
from oco_desktop.store.tna_reference import (
    ActivityRef,
    CourseRef,
    ModuleRef,
    elearning_modules,
    known_courses,
    programme_activities,
)

NEED_NAMESPACE = uuid.UUID("c0d5a7e1-52b4-4f0e-8f3c-7a9e6b1d2c38")
MAX_COURSE = 32
MAX_MODULE = 200
MAX_NOTE = 2000
NO_GROUP = ""
TOP_COUNT = 5


@dataclass(frozen=True)
class NeedMapping:
    activity_code: str | None = None
    course_code: str | None = None
    module: str | None = None
    target_year: int | None = None
    status: NeedStatus = NeedStatus.OPEN
    note: str | None = None


@dataclass(frozen=True)
class NeedLine:
    competency_code: str
    competency_name_en: str
    competency_name_fr: str
    band: Band
    staff: int | str  # "<5" where small counts are suppressed
    total_score: int | None  # None where small counts are suppressed
    group: str | None
    mapping: NeedMapping
    activity_title: str | None
    course_title: str | None
    saved: bool
    activity_title_fr: str | None = None
    course_title_fr: str | None = None

    def competency_name(self, language: str) -> str:
        return self.competency_name_fr if language == "fr" else self.competency_name_en

    def activity_name(self, language: str) -> str | None:
        return (self.activity_title_fr if language == "fr" else None) or self.activity_title

    def course_name(self, language: str) -> str | None:
        return (self.course_title_fr if language == "fr" else None) or self.course_title

    def as_dict(self) -> dict[str, object]:
        return {
            "competency": self.competency_code,
            "competency_name": self.competency_name_en,
            "band": self.band.value,
            "staff": self.staff,
            "total_score": self.total_score,
            **({"group": self.group} if self.group is not None else {}),
            "activity": self.mapping.activity_code,
            "activity_title": self.activity_title,
            "course": self.mapping.course_code,
            "module": self.mapping.module,
            "target_year": self.mapping.target_year,
            "status": self.mapping.status.value,
            "note": self.mapping.note,
            "saved": self.saved,
        }


@dataclass(frozen=True)
class Summary:
    cycle: Cycle
    progress: AssessmentProgress
    by_office: list[tuple[str, AssessmentProgress]]
    needs: list[NeedLine]
    by: Dimension | None = None
    shareable: bool = False
    competencies: int = 0


@dataclass(frozen=True)
class TnaOverview:
    """What the dashboard shows: the latest cycle, its progress and its top needs."""

    cycle: Cycle | None
    progress: AssessmentProgress = field(default_factory=AssessmentProgress)
    top: list[NeedLine] = field(default_factory=list)
    # Needs (a person and a competency) by band: the TNA report's "Needs by priority".
    by_band: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class NeedChoices:
    """What could meet a need, as this installation knows it (published or shipped)."""

    activities: list[ActivityRef]
    courses: list[CourseRef]
    modules: list[ModuleRef]


def need_choices(store: Store) -> NeedChoices:
    with store.read() as session:
        return NeedChoices(
            programme_activities(session), known_courses(session), elearning_modules(session)
        )


def need_id_for(cycle_id: str, competency_code: str, band: str) -> str:
    return str(uuid.uuid5(NEED_NAMESPACE, f"{cycle_id}/{competency_code}/{band}"))


SCORED_SQL = (
    "SELECT staff_id, competency_code, required_level, agreed_level, previous_level, "
    "importance, band_override FROM tna_assessment WHERE cycle_id = ? AND deleted = 0"
)
# The scoring has a few hundred possible inputs: computed once each, not 25,000 times.
_score = cache(rules.assess)


@dataclass
class AssessedCycle:
    lines: list[AssessedLine]
    progress: dict[str, AssessmentProgress]  # by office name
    competencies: dict[str, Competency]


class NeedCounter:
    """rules.aggregate computed as the lines go by (a person has one line per competency), so
    that a summary needs no list of lines."""

    def __init__(self, by: Dimension | None) -> None:
        self.by = by
        self.staff: dict[tuple[str, Band, str | None], int] = defaultdict(int)
        self.scores: dict[tuple[str, Band, str | None], int] = defaultdict(int)

    def add(self, line: AssessedLine) -> None:
        key = (line.competency_code, line.band, getattr(line, self.by.value) if self.by else None)
        self.staff[key] += 1
        self.scores[key] += line.score

    def counts(self) -> list[NeedCount]:
        found = [
            NeedCount(code, band, people, self.scores[(code, band, group)], group)
            for (code, band, group), people in self.staff.items()
        ]
        return sorted(found, key=rules.need_order)


def assessed_cycle(
    session: Session, cycle: TnaCycle, counter: NeedCounter | None = None
) -> AssessedCycle:
    """Every scored line with a need and the progress by office, in two queries. With a
    `counter`, the needs are counted into it instead and no line is kept."""
    known = {
        c.code: c for c in session.scalars(select(Competency).where(Competency.retired.is_(False)))
    }
    staff = session.execute(
        select(Staff.id, Office.name, Position.tier, Staff.sex, Staff.position_id)
        .outerjoin(Office, Office.id == Staff.office_id)
        .outerjoin(Position, Position.id == Staff.position_id)
        .where(in_post(), Staff.member_code == cycle.member_code)
    ).all()
    profiles = required_levels(session, {s.position_id for s in staff if s.position_id})
    relevant_by_profile = {
        pid: {code for code, level in levels.items() if level > 0 and code in known}
        for pid, levels in profiles.items()
    }
    placed = {s[0]: s for s in staff}
    lines: list[AssessedLine] = []
    progress: dict[str, AssessmentProgress] = defaultdict(AssessmentProgress)
    # Streamed in staff order (the cycle-and-staff index gives it), one person at a time, and
    # only needs are kept: a 50,000-staff cycle never holds its million rows in memory.
    scored = session.connection().exec_driver_sql(SCORED_SQL + " ORDER BY staff_id", (cycle.id,))
    for staff_id, rows in groupby(scored, key=itemgetter(0)):
        person = placed.pop(staff_id, None)
        if person is None:
            continue
        _, office, tier, sex, position_id = person
        relevant = set(relevant_by_profile.get(position_id or "", ()))
        assessed = 0
        for _, code, required, agreed, previous, importance, override in rows:
            if code not in known:
                continue
            if not required:
                relevant.discard(code)
                continue
            relevant.add(code)
            assessed += agreed is not None
            found = _score(required, agreed, previous, importance, override)
            if found is not None and found.band is not Band.NONE:
                line = AssessedLine(
                    staff_id, code, found.band, found.score, office or NO_GROUP,
                    tier or NO_GROUP, sex or "U",
                )  # fmt: skip
                if counter is None:
                    lines.append(line)
                else:
                    counter.add(line)
        key = office or NO_GROUP
        progress[key] = progress[key].add(len(relevant), assessed)
    for _, office, _, _, position_id in placed.values():  # in post, nothing assessed yet
        key = office or NO_GROUP
        progress[key] = progress[key].add(len(relevant_by_profile.get(position_id or "", ())), 0)
    return AssessedCycle(lines, dict(progress), known)


def _mappings(
    session: Session, cycle: TnaCycle
) -> tuple[dict[tuple[str, str], TnaNeed], dict[str, TnaSuggestion]]:
    saved = {
        (n.competency_code, n.band): n
        for n in session.scalars(
            select(TnaNeed).where(TnaNeed.cycle_id == cycle.id, TnaNeed.deleted.is_(False))
        )
    }
    suggested = {s.competency_code: s for s in session.scalars(select(TnaSuggestion))}
    return saved, suggested


def _mapping_for(
    cycle: TnaCycle,
    code: str,
    band: Band,
    saved: dict[tuple[str, str], TnaNeed],
    suggested: dict[str, TnaSuggestion],
) -> tuple[NeedMapping, bool]:
    row = saved.get((code, band.value))
    if row is not None:
        return (
            NeedMapping(
                row.activity_code,
                row.course_code,
                row.module,
                row.target_year,
                NeedStatus(row.status),
                row.note,
            ),
            True,
        )
    hint = suggested.get(code)
    return (
        NeedMapping(
            hint.activity_code if hint else None,
            hint.course_code if hint else None,
            hint.module if hint else None,
            cycle.year + 1,
        ),
        False,
    )


def _lines(
    session: Session,
    cycle: TnaCycle,
    counts: list[NeedCount],
    known: dict[str, Competency],
    saved: dict[tuple[str, str], TnaNeed],
    suggested: dict[str, TnaSuggestion],
    *,
    shareable: bool,
) -> list[NeedLine]:
    activities = {a.code: a for a in programme_activities(session)}
    courses = {c.code: c for c in known_courses(session)}
    lines = []
    for need in counts:
        mapping, is_saved = _mapping_for(cycle, need.competency_code, need.band, saved, suggested)
        competency = known[need.competency_code]
        activity = activities.get(mapping.activity_code or "")
        course = courses.get(mapping.course_code or "")
        suppressed = shareable and need.staff < rules.SMALL_CELL
        lines.append(
            NeedLine(
                competency_code=need.competency_code,
                competency_name_en=competency.name_en,
                competency_name_fr=competency.name_fr,
                band=need.band,
                staff=rules.shown_count(need.staff, shareable=shareable),
                total_score=None if suppressed else need.total_score,
                group=need.group,
                mapping=mapping,
                activity_title=activity.title if activity else None,
                course_title=course.title if course else None,
                saved=is_saved,
                activity_title_fr=activity.name("fr") if activity else None,
                course_title_fr=course.name("fr") if course else None,
            )
        )
    return lines


def summary(
    store: Store, cycle_id: str, *, by: Dimension | None = None, shareable: bool = False
) -> Summary:
    """The prioritised needs (highest band, then most staff first) and the progress. With
    `shareable`, counts from 1 to 4 read "<5" (for anything that leaves the office)."""
    with store.read() as session:
        cycle = live_cycle(session, cycle_id)
        counter = NeedCounter(by)
        assessed = assessed_cycle(session, cycle, counter)
        saved, suggested = _mappings(session, cycle)
        counts = counter.counts()
        needs = _lines(
            session, cycle, counts, assessed.competencies, saved, suggested, shareable=shareable
        )
        total = AssessmentProgress()
        for part in assessed.progress.values():
            total = AssessmentProgress(
                total.assessed + part.assessed,
                total.partly + part.partly,
                total.not_started + part.not_started,
            )
        by_office = sorted(assessed.progress.items(), key=lambda item: item[0].casefold())
        return Summary(
            to_cycle(cycle), total, by_office, needs, by, shareable, len(assessed.competencies)
        )


def save_current_needs(session: Session, cycle: TnaCycle) -> int:
    """In the caller's transaction: a `tna_need` row, with the suggested mapping, for every
    current need that has none yet (done at submission, so the needs travel)."""
    assessed = assessed_cycle(session, cycle)
    saved, suggested = _mappings(session, cycle)
    made = 0
    for need in rules.aggregate(assessed.lines):
        if (need.competency_code, need.band.value) in saved:
            continue
        mapping, _ = _mapping_for(cycle, need.competency_code, need.band, saved, suggested)
        session.add(
            TnaNeed(
                id=need_id_for(cycle.id, need.competency_code, need.band.value),
                member_code=cycle.member_code,
                cycle_id=cycle.id,
                competency_code=need.competency_code,
                band=need.band.value,
                activity_code=mapping.activity_code,
                course_code=mapping.course_code,
                module=mapping.module,
                target_year=mapping.target_year,
                status=mapping.status.value,
                note=None,
            )
        )
        made += 1
    return made


# What each free text of a need refuses when it is too long (translated when raised).
_TOO_LONG = {
    "activity code": N_("The activity code is longer than {limit} characters."),
    "course code": N_("The course code is longer than {limit} characters."),
    "e-learning module": N_("The e-learning module is longer than {limit} characters."),
}


def _text(value: str | None, limit: int, field_name: str, what: str) -> str | None:
    text = " ".join((value or "").split())
    if len(text) > limit:
        raise InvalidInput(_(_TOO_LONG[what]).format(limit=format_number(limit)), field=field_name)
    return text or None


def _checked_mapping(session: Session, mapping: NeedMapping, cycle_year: int) -> NeedMapping:
    activity = _text(mapping.activity_code, 16, "activity", "activity code")
    activities = [a.code for a in programme_activities(session)]
    if activity is not None and activity not in activities:
        codes = ", ".join(activities)
        raise InvalidInput(
            _(
                "'{activity}' is not an activity of the Customs Leadership programme; choose one "
                "of {codes}."
            ).format(activity=activity, codes=codes),
            field="activity",
        )
    year = mapping.target_year
    if year is not None:
        try:
            year = rules.check_year(year)
        except rules.TnaRuleError as exc:
            raise InvalidInput(exc.message, field="target_year") from None
        if year < cycle_year:
            raise InvalidInput(
                _("The target year {year} is before the analysis year {analysis_year}.").format(
                    year=year, analysis_year=cycle_year
                ),
                field="target_year",
            )
    try:
        status = NeedStatus(mapping.status)
    except ValueError:
        raise InvalidInput(
            _(
                "'{status}' is not a status of a need: choose open, planned, met or deferred."
            ).format(status=mapping.status),
            field="status",
        ) from None
    note = (mapping.note or "").strip() or None
    if note is not None and len(note) > MAX_NOTE:
        raise InvalidInput(
            _("The note is longer than {limit} characters.").format(limit=format_number(MAX_NOTE)),
            field="note",
        )
    return NeedMapping(
        activity,
        _text(mapping.course_code, MAX_COURSE, "course", "course code"),
        _text(mapping.module, MAX_MODULE, "module", "e-learning module"),
        year,
        status,
        note,
    )


def set_need(
    store: Store,
    cycle_id: str,
    competency_code: str,
    band: str,
    mapping: NeedMapping,
    actor: Actor,
    *,
    remember: bool = False,
) -> NeedMapping:
    """Save what could meet one need. The follow-up (mapping, target year, status) stays
    editable after submission; only the assessments and the organisation section lock.
    With `remember`, the activity, course and module become the suggestion for this
    competency in later cycles."""
    try:
        need_band = NeedBand(band)
    except ValueError:
        raise InvalidInput(
            _("'{band}' is not the band of a need: choose high, medium or low.").format(band=band),
            field="band",
        ) from None
    with store.write() as session:
        cycle = live_cycle(session, cycle_id)
        competency = session.get(Competency, competency_code)
        if competency is None:
            raise InvalidInput(
                _("'{code}' is not a competency of the catalogue.").format(code=competency_code),
                field="competency",
            )
        checked = _checked_mapping(session, mapping, cycle.year)
        values = {
            "activity_code": checked.activity_code,
            "course_code": checked.course_code,
            "module": checked.module,
            "target_year": checked.target_year,
            "status": checked.status.value,
            "note": checked.note,
        }
        need_id = need_id_for(cycle.id, competency_code, need_band.value)
        row = session.get(TnaNeed, need_id)
        before = {k: getattr(row, k) for k in values} if row is not None else {}
        if row is None:
            row = TnaNeed(
                id=need_id,
                member_code=cycle.member_code,
                cycle_id=cycle.id,
                competency_code=competency_code,
                band=need_band.value,
                **values,
            )
            session.add(row)
        else:
            row.deleted = False
            for name, value in values.items():
                setattr(row, name, value)
        changes = audit.diff(before, values, values)
        if changes:
            action = Action.UPDATE if before else Action.CREATE
            audit.record(session, actor, action, "tna_need", need_id, changes)
        if remember:
            session.merge(
                TnaSuggestion(
                    competency_code=competency_code,
                    activity_code=checked.activity_code,
                    course_code=checked.course_code,
                    module=checked.module,
                    edited_locally=True,
                )
            )
        return checked


def overview(store: Store, member_code: str | None = None) -> TnaOverview:
    """The latest cycle of the member (None if there is none yet), with its top five needs."""
    with store.read() as session:
        try:
            member = member_code_for(session, member_code)
        except InvalidInput:
            return TnaOverview(None)
        cycle_id = session.scalar(
            select(TnaCycle.id)
            .where(TnaCycle.member_code == member, TnaCycle.deleted.is_(False))
            .order_by(TnaCycle.year.desc())
            .limit(1)
        )
    if cycle_id is None:
        return TnaOverview(None)
    found = summary(store, cycle_id)
    by_band = {band.value: 0 for band in rules.NEED_BANDS}
    for need in found.needs:
        by_band[need.band.value] += int(need.staff)
    return TnaOverview(found.cycle, found.progress, found.needs[:TOP_COUNT], by_band)
