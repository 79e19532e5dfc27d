"""Training needs analysis as pure rules: the proficiency scale, gap and priority scoring with
its bands, the manager's override, the annual cycle's workflow, progress, and the aggregation of
needs with small-cell suppression.

The scoring follows resources/reference/competencies.json: gap = max(0, required - current),
score = gap x importance (0..12), bands high >= 6, medium 3..5, low 1..2, none 0. The agreed
level is the current level; where this year's agreed level is not given yet, last year's (the
starting point of a cycle carried over) stands in for it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from oco_desktop.language import N_, _, format_number

MIN_LEVEL, MAX_LEVEL = 0, 4
MIN_IMPORTANCE, MAX_IMPORTANCE = 1, 3
DEFAULT_IMPORTANCE = 2
HIGH_FROM, MEDIUM_FROM, LOW_FROM = 6, 3, 1
# Counts from 1 to SMALL_CELL - 1 are shown as "<5" in anything that leaves the office.
SMALL_CELL = 5
SUPPRESSED = f"<{SMALL_CELL}"
MAX_REASON = 1000
MAX_COMMENT = 2000
MIN_YEAR, MAX_YEAR = 2000, 2100

IMPORTANCE_WORDS = {1: "useful", 2: "important", 3: "critical"}


class TnaRuleError(ValueError):
    """A value or a step refused by a rule: which field, and a sentence saying what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class Band(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _BAND_RANK[self]


_BAND_RANK = {Band.NONE: 0, Band.LOW: 1, Band.MEDIUM: 2, Band.HIGH: 3}
NEED_BANDS = (Band.HIGH, Band.MEDIUM, Band.LOW)


class LevelField(StrEnum):
    """The columns of an assessment that hold a proficiency level (or the importance)."""

    REQUIRED = "required_level"
    SELF = "self_level"
    SUPERVISOR = "supervisor_level"
    AGREED = "agreed_level"
    IMPORTANCE = "importance"


LEVEL_LABELS: dict[str, str] = {
    LevelField.REQUIRED: N_("required level"),
    LevelField.SELF: N_("self-assessed level"),
    LevelField.SUPERVISOR: N_("supervisor's level"),
    LevelField.AGREED: N_("agreed level"),
    LevelField.IMPORTANCE: N_("importance"),
}


# Scale and scoring ---------------------------------------------------------------------------


def _whole(value: object) -> int | None:
    """An int from an int, a whole float or digits in text; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def check_level(value: object, field: LevelField | str = LevelField.AGREED) -> int | None:
    """A level of the scale 0-4, or None (not given). Refuses anything else with a sentence."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    level = _whole(value)
    label = _(LEVEL_LABELS.get(field, str(field)))
    if level is None or not MIN_LEVEL <= level <= MAX_LEVEL:
        raise TnaRuleError(
            str(field),
            _(
                "'{value}' is not a level of the scale for the {label}: type 0 (None), "
                "1 (Aware), 2 (Trained), 3 (Advanced) or 4 (Expert)."
            ).format(value=value, label=label),
        )
    return level


def check_importance(value: object) -> int:
    level = _whole(value)
    if level is None or not MIN_IMPORTANCE <= level <= MAX_IMPORTANCE:
        raise TnaRuleError(
            LevelField.IMPORTANCE,
            _(
                "'{value}' is not an importance: type 1 (useful), 2 (important) or 3 (critical)."
            ).format(value=value),
        )
    return level


def gap(required: int, current: int) -> int:
    return max(0, required - current)


def score(gap_: int, importance: int) -> int:
    return gap_ * importance


def band_for(score_: int) -> Band:
    if score_ >= HIGH_FROM:
        return Band.HIGH
    if score_ >= MEDIUM_FROM:
        return Band.MEDIUM
    if score_ >= LOW_FROM:
        return Band.LOW
    return Band.NONE


def current_level(agreed: int | None, previous: int | None = None) -> int | None:
    """The level that counts: this year's agreed level, else last year's as the starting
    point, else None (not assessed). Self and supervisor levels inform the agreement only."""
    return agreed if agreed is not None else previous


@dataclass(frozen=True)
class Scored:
    current: int
    gap: int
    score: int
    computed: Band
    band: Band  # the band that counts: the override where a manager gave one

    @property
    def overridden(self) -> bool:
        return self.band is not self.computed


def assess(
    required: int | None,
    agreed: int | None,
    previous: int | None = None,
    importance: int = DEFAULT_IMPORTANCE,
    override: Band | str | None = None,
) -> Scored | None:
    """The scoring of one staff member x competency; None while it has no current level or no
    required level (nothing to compare)."""
    current = current_level(agreed, previous)
    if current is None or required is None:
        return None
    g = gap(required, current)
    s = score(g, importance)
    computed = band_for(s)
    return Scored(current, g, s, computed, Band(override) if override else computed)


def check_override(band: object, reason: object) -> tuple[Band | None, str | None]:
    """A manager's band override: a known band with a written reason, or (None, None) to
    take the computed band back."""
    if band is None or (isinstance(band, str) and not band.strip()):
        return None, None
    try:
        chosen = Band(str(band).strip().lower())
    except ValueError:
        raise TnaRuleError(
            "band_override",
            _("'{band}' is not a priority band: choose high, medium, low or none.").format(
                band=band
            ),
        ) from None
    text = " ".join(str(reason or "").split())
    if not text:
        raise TnaRuleError(
            "override_reason",
            _("Write why the band is changed: a manager's override needs a reason."),
        )
    if len(text) > MAX_REASON:
        raise TnaRuleError(
            "override_reason",
            _("The reason is {length} characters long; use at most {most}.").format(
                length=format_number(len(text)), most=format_number(MAX_REASON)
            ),
        )
    return chosen, text


def check_comment(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    if len(text) > MAX_COMMENT:
        raise TnaRuleError(
            "comment",
            _("The comment is {length} characters long; use at most {most}.").format(
                length=format_number(len(text)), most=format_number(MAX_COMMENT)
            ),
        )
    return text


def check_year(value: object) -> int:
    year = _whole(value)
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        raise TnaRuleError(
            "year", _("'{value}' is not a year: give four digits, e.g. 2026.").format(value=value)
        )
    return year


# Workflow ------------------------------------------------------------------------------------


class CycleStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    SUBMITTED = "submitted"
    ACKNOWLEDGED = "acknowledged"


class CycleAction(StrEnum):
    SEND_FOR_REVIEW = "review"
    RETURN_TO_DRAFT = "return"
    APPROVE = "approve"
    SUBMIT = "submit"
    ACKNOWLEDGE = "acknowledge"
    REOPEN = "reopen"


# English message ids: shown through _() (the reports share their French).
STATUS_WORDS = {
    CycleStatus.DRAFT: N_("Draft"),
    CycleStatus.IN_REVIEW: N_("In review"),
    CycleStatus.APPROVED: N_("Approved"),
    CycleStatus.SUBMITTED: N_("Submitted"),
    CycleStatus.ACKNOWLEDGED: N_("Acknowledged"),
}
# Levels and the organisation section can change only while the cycle is being prepared.
EDITABLE = frozenset({CycleStatus.DRAFT, CycleStatus.IN_REVIEW})
TRANSITIONS: dict[tuple[CycleStatus, CycleAction], CycleStatus] = {
    (CycleStatus.DRAFT, CycleAction.SEND_FOR_REVIEW): CycleStatus.IN_REVIEW,
    (CycleStatus.IN_REVIEW, CycleAction.RETURN_TO_DRAFT): CycleStatus.DRAFT,
    (CycleStatus.IN_REVIEW, CycleAction.APPROVE): CycleStatus.APPROVED,
    (CycleStatus.APPROVED, CycleAction.RETURN_TO_DRAFT): CycleStatus.DRAFT,
    (CycleStatus.APPROVED, CycleAction.SUBMIT): CycleStatus.SUBMITTED,
    (CycleStatus.SUBMITTED, CycleAction.ACKNOWLEDGE): CycleStatus.ACKNOWLEDGED,
    (CycleStatus.SUBMITTED, CycleAction.REOPEN): CycleStatus.DRAFT,
    (CycleStatus.ACKNOWLEDGED, CycleAction.REOPEN): CycleStatus.DRAFT,
}
_WHAT_NEXT = {
    CycleStatus.DRAFT: N_("send it for review first"),
    CycleStatus.IN_REVIEW: N_("approve it, or return it to draft"),
    CycleStatus.APPROVED: N_("submit it, or return it to draft"),
    CycleStatus.SUBMITTED: N_("wait for the Secretariat's receipt, or reopen it with a reason"),
    CycleStatus.ACKNOWLEDGED: N_("reopen it with a reason to change it"),
}
_ACTION_WORDS = {
    CycleAction.SEND_FOR_REVIEW: N_("sent for review"),
    CycleAction.RETURN_TO_DRAFT: N_("returned to draft"),
    CycleAction.APPROVE: N_("approved"),
    CycleAction.SUBMIT: N_("submitted"),
    CycleAction.ACKNOWLEDGE: N_("marked as acknowledged"),
    CycleAction.REOPEN: N_("reopened"),
}
MAX_PERSON = 200


def clean_person(value: object) -> str | None:
    text = " ".join(str(value or "").split())
    return text or None


def allowed_actions(status: CycleStatus) -> list[CycleAction]:
    return [action for (src, action) in TRANSITIONS if src is status]


def next_status(
    status: CycleStatus,
    action: CycleAction,
    *,
    approver: object = None,
    reason: object = None,
) -> CycleStatus:
    """The status after `action`, or TnaRuleError saying why not and what to do instead.
    Approving needs the approver's name; reopening a submitted cycle needs a reason."""
    target = TRANSITIONS.get((status, action))
    if target is None:
        raise TnaRuleError(
            "status",
            _("A cycle that is {status} cannot be {action}: {next}.").format(
                status=_(STATUS_WORDS[status]).lower(),
                action=_(_ACTION_WORDS[action]),
                next=_(_WHAT_NEXT[status]),
            ),
        )
    if action is CycleAction.APPROVE:
        name = clean_person(approver)
        if name is None:
            raise TnaRuleError(
                "approved_by", _("Give the name of the person who approves the analysis.")
            )
        if len(name) > MAX_PERSON:
            raise TnaRuleError(
                "approved_by",
                _("The approver's name is longer than {most} characters.").format(most=MAX_PERSON),
            )
    if action is CycleAction.REOPEN:
        text = clean_person(reason)
        if text is None:
            raise TnaRuleError(
                "reopen_reason",
                _(
                    "Write why the submitted analysis is reopened: the reason is recorded and "
                    "sent to the Secretariat."
                ),
            )
        if len(text) > MAX_REASON:
            raise TnaRuleError(
                "reopen_reason",
                _("The reason is longer than {most} characters.").format(
                    most=format_number(MAX_REASON)
                ),
            )
    return target


# Progress ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentProgress:
    """Staff in post of a cycle: fully assessed, partly, not started."""

    assessed: int = 0
    partly: int = 0
    not_started: int = 0

    @property
    def total(self) -> int:
        return self.assessed + self.partly + self.not_started

    @property
    def to_assess(self) -> int:
        return self.total - self.assessed

    def add(self, relevant: int, assessed: int) -> AssessmentProgress:
        """This tally with one more person, who has `assessed` of `relevant` competencies."""
        if relevant and assessed >= relevant:
            return AssessmentProgress(self.assessed + 1, self.partly, self.not_started)
        if assessed:
            return AssessmentProgress(self.assessed, self.partly + 1, self.not_started)
        return AssessmentProgress(self.assessed, self.partly, self.not_started + 1)


# Aggregation ---------------------------------------------------------------------------------


class Dimension(StrEnum):
    OFFICE = "office"
    TIER = "tier"
    SEX = "sex"


class AssessedLine(NamedTuple):
    """One scored staff member x competency, with what needs are grouped by."""

    staff_id: str
    competency_code: str
    band: Band
    score: int
    office: str
    tier: str
    sex: str


@dataclass(frozen=True)
class NeedCount:
    """Staff whose need for one competency falls in one band (and one group, if grouped)."""

    competency_code: str
    band: Band
    staff: int
    total_score: int
    group: str | None = None


def need_order(need: NeedCount) -> tuple[int, int, int, str, str]:
    """Highest band first, then most staff, then the largest total score."""
    return (-need.band.rank, -need.staff, -need.total_score, need.competency_code, need.group or "")


def aggregate(lines: Iterable[AssessedLine], by: Dimension | None = None) -> list[NeedCount]:
    """Needs by competency and band (and by office, tier or sex), in priority order. A line with
    no need (band none) is left out; a person counts once per competency."""
    staff: dict[tuple[str, Band, str | None], set[str]] = defaultdict(set)
    scores: dict[tuple[str, Band, str | None], int] = defaultdict(int)
    for line in lines:
        if line.band is Band.NONE:
            continue
        group = getattr(line, by.value) if by is not None else None
        key = (line.competency_code, line.band, group)
        if line.staff_id not in staff[key]:
            staff[key].add(line.staff_id)
            scores[key] += line.score
    needs = [
        NeedCount(code, band, len(people), scores[(code, band, group)], group)
        for (code, band, group), people in staff.items()
    ]
    return sorted(needs, key=need_order)


def top_needs(lines: Iterable[AssessedLine], count: int = 5) -> list[NeedCount]:
    return aggregate(lines)[:count]


def shown_count(count: int, *, shareable: bool) -> int | str:
    """A count as it may be shown: in anything that leaves the office, 1 to 4 become "<5"."""
    if shareable and 0 < count < SMALL_CELL:
        return SUPPRESSED
    return count


class NeedBand(StrEnum):
    """The bands a training need can have (a band of none is no need)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class NeedStatus(StrEnum):
    OPEN = "open"
    PLANNED = "planned"
    MET = "met"
    DEFERRED = "deferred"
