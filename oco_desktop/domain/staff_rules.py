"""Pure rules for one staff record: the codes and words accepted for each field, the checks a
record must pass, and the folding used to search names without accents, macrons or ʻokina.

Every check returns or raises a sentence that tells the officer what to fix.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from oco_desktop.domain.roster import Sex, StaffStatus, Tier
from oco_desktop.domain.text import fold, normalise_text
from oco_desktop.language import N_, _, format_number

STAFF_NUMBER = "staff_number"
FULL_NAME = "full_name"
SEX = "sex"
BIRTH_YEAR = "birth_year"
START_YEAR = "start_year"
STATUS = "status"
LEFT_ON = "left_on"
OFFICE = "office"
POSITION = "position"
TIER = "tier"

# English message ids: translate with field_label() where a person reads them.
FIELD_LABELS = {
    STAFF_NUMBER: N_("Staff number"),
    FULL_NAME: N_("Full name"),
    SEX: N_("Sex"),
    BIRTH_YEAR: N_("Birth year"),
    START_YEAR: N_("Start year"),
    STATUS: N_("Status"),
    LEFT_ON: N_("Date left"),
    OFFICE: N_("Office"),
    POSITION: N_("Position"),
    TIER: N_("Tier"),
}

MAX_STAFF_NUMBER = 50
MAX_FULL_NAME = 200
MIN_BIRTH_YEAR = 1940
MIN_AGE_AT_START = 15
# Excel's day numbers: 1900 system (day 60 is the fictitious 29/02/1900) and 1904 system.
_EXCEL_1900 = dt.date(1899, 12, 30)
_EXCEL_1904 = dt.date(1904, 1, 1)
MAX_EXCEL_SERIAL = 2958465  # 31/12/9999
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SHOWN = 40

_SEX_WORDS = {
    Sex.FEMALE: ("f", "female", "woman", "femme", "feminin", "fille"),
    Sex.MALE: ("m", "h", "male", "man", "homme", "masculin"),
    Sex.OTHER: ("x", "other", "autre", "non-binary", "non binaire", "nonbinary"),
    Sex.UNDISCLOSED: (
        "u",
        "undisclosed",
        "unknown",
        "not stated",
        "prefer not to say",
        "inconnu",
        "non precise",
        "non declare",
        "non communique",
        "nc",
    ),
}
_STATUS_WORDS = {
    StaffStatus.ACTIVE: ("active", "actif", "in post", "en poste", "en activite"),
    StaffStatus.ON_LEAVE: ("on leave", "on_leave", "leave", "en conge", "conge"),
    StaffStatus.SECONDED: ("seconded", "secondment", "detache", "detachee", "en detachement"),
    StaffStatus.LEFT: (
        "left",
        "leaver",
        "departed",
        "resigned",
        "retired",
        "parti",
        "partie",
        "a quitte",
        "quitte",
        "retraite",
        "demissionnaire",
    ),
}


class RuleViolation(ValueError):
    """A value refused by a rule: which field, and a sentence saying what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


@dataclass(frozen=True)
class StaffRecord:
    """One person's fields after parsing; `check_staff` says whether they fit together."""

    staff_number: str | None
    full_name: str | None
    sex: Sex | None = None
    birth_year: int | None = None
    start_year: int | None = None
    status: StaffStatus = StaffStatus.ACTIVE
    left_on: dt.date | None = None


def field_label(field: str) -> str:
    """The name of a field in the current language ("Birth year" / "Année de naissance")."""
    label = FIELD_LABELS.get(field)
    return _(label) if label else field


def shown(value: object) -> str:
    """A value quoted in a message, cut short so a 20,000-character cell stays readable."""
    text = str(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def plain_words(text: str) -> str:
    """Lower case without accents, for matching words such as 'Féminin' or 'En congé'."""
    return " ".join(fold(text).split())


def clean_text(value: object) -> str | None:
    """Normalised text (NFC, trimmed, inner spaces collapsed), or None for an empty value."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalise_text(str(value)) or None


def check_staff_number(value: object) -> str:
    number = clean_text(value)
    if number is None:
        raise RuleViolation(STAFF_NUMBER, _("The staff number is missing; every person needs one."))
    if len(number) > MAX_STAFF_NUMBER:
        raise RuleViolation(
            STAFF_NUMBER,
            _("The staff number is {length} characters long; use at most {most}.").format(
                length=format_number(len(number)), most=MAX_STAFF_NUMBER
            ),
        )
    if _CONTROL.search(number):
        raise RuleViolation(
            STAFF_NUMBER, _("The staff number contains a line break or tab; remove it.")
        )
    return number


def check_full_name(value: object) -> str:
    name = clean_text(value)
    if name is None:
        raise RuleViolation(FULL_NAME, _("The full name is missing; write the person's name."))
    if len(name) > MAX_FULL_NAME:
        raise RuleViolation(
            FULL_NAME,
            _("The full name is {length} characters long; use at most {most}.").format(
                length=format_number(len(name)), most=MAX_FULL_NAME
            ),
        )
    if _CONTROL.search(name):
        raise RuleViolation(
            FULL_NAME, _("The full name contains a line break or tab; keep it on one line.")
        )
    if not any(ch.isalpha() for ch in name):
        raise RuleViolation(
            FULL_NAME,
            _("'{value}' does not look like a name: it has no letters.").format(value=shown(name)),
        )
    return name


def parse_sex(value: object) -> Sex | None:
    """F, M, X, U, the French H (homme), or the words in English or French."""
    text = clean_text(value)
    if text is None:
        return None
    plain = plain_words(text)
    for sex, words in _SEX_WORDS.items():
        if plain in words:
            return sex
    raise RuleViolation(
        SEX,
        _(
            "'{value}' is not a sex code: write F (female), M or H (male), "
            "X (other) or U (not stated)."
        ).format(value=shown(text)),
    )


def parse_status(value: object) -> StaffStatus | None:
    text = clean_text(value)
    if text is None:
        return None
    plain = plain_words(text).replace("_", " ")
    for status, words in _STATUS_WORDS.items():
        if plain in words:
            return status
    raise RuleViolation(
        STATUS,
        _(
            "'{value}' is not a status: write Active, On leave, Seconded or Left "
            "(or Actif, En congé, Détaché, Parti)."
        ).format(value=shown(text)),
    )


def parse_tier(value: object) -> Tier | None:
    """T1 to T4; '1' to '4' and 'Tier 2' or 'Niveau 2' are read too."""
    text = clean_text(value)
    if text is None:
        return None
    plain = plain_words(text).replace(" ", "")
    for prefix in ("tier", "niveau", "t"):
        if plain.startswith(prefix):
            plain = plain[len(prefix) :]
            break
    if plain in ("1", "2", "3", "4"):
        return Tier(f"T{plain}")
    raise RuleViolation(
        TIER, _("'{value}' is not a tier: write T1, T2, T3 or T4.").format(value=shown(text))
    )


_MONTHS = {
    **dict.fromkeys(("jan", "january", "janv", "janvier"), 1),
    **dict.fromkeys(("feb", "february", "fev", "fevr", "fevrier"), 2),
    **dict.fromkeys(("mar", "march", "mars"), 3),
    **dict.fromkeys(("apr", "april", "avr", "avril"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("jun", "june", "juin"), 6),
    **dict.fromkeys(("jul", "july", "juil", "juillet"), 7),
    **dict.fromkeys(("aug", "august", "aou", "aout"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre"), 9),
    **dict.fromkeys(("oct", "october", "octobre"), 10),
    **dict.fromkeys(("nov", "november", "novembre"), 11),
    **dict.fromkeys(("dec", "december", "decembre"), 12),
}
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:er)?[ -]+([a-z]+)\.?[ -]+(\d{2}|\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.? +(\d{1,2}), *(\d{2}|\d{4})")


def _real(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _year_of_text_date(text: str, field: str) -> int | None:
    """The year of a date written as text (14/03/1985, 1985-03-14, 14 Mar 1985, 14 mars
    1985, March 14, 1985), or None when the text is not shaped like a date. A day and month
    that make no date in either order, or a two-digit year, are refused: say which."""
    label = field_label(field)
    plain = re.sub(r"[t ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", plain_words(text))  # time of day
    impossible = RuleViolation(
        field,
        _(
            "{label} '{value}' is an impossible date (no such day in that month); "
            "check the day and month."
        ).format(label=label, value=shown(text)),
    )
    if found := _ISO_DATE.fullmatch(plain):
        year, month, day = (int(p) for p in found.groups())
        if not _real(year, month, day):
            raise impossible
        return year
    if found := _NUMERIC_DATE.fullmatch(plain):
        day_text, month_text, year_text = found.groups()
        day, month = int(day_text), int(month_text)
        candidates = [(day, month), (month, day)]
    elif (found := _DAY_MONTH_YEAR.fullmatch(plain)) or (found := _MONTH_DAY_YEAR.fullmatch(plain)):
        groups = found.groups()
        day_first = groups if groups[0].isdigit() else (groups[1], groups[0], groups[2])
        day_text, month_name, year_text = day_first
        if month_name not in _MONTHS:
            return None
        candidates = [(int(day_text), _MONTHS[month_name])]
    else:
        return None
    if len(year_text) == 2:
        raise RuleViolation(
            field,
            _(
                "{label} '{value}' is ambiguous: the year has two digits ({early} or {late}?); "
                "write the year in full, e.g. {example}."
            ).format(
                label=label,
                value=shown(text),
                early=f"19{year_text}",
                late=f"20{year_text}",
                example=f"14/03/19{year_text}",
            ),
        )
    year = int(year_text)
    if not any(_real(year, m, d) for d, m in candidates):
        raise impossible
    return year


def parse_year(value: object, field: str) -> int | None:
    """A four-digit year from a number or text. A date (a date cell, or text such as
    14/03/1985, 1985-03-14 or 14 Mar 1985) gives its year (the caller may warn)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.year
    if isinstance(value, bool):
        raise RuleViolation(
            field, _("{label}: write a year such as 1985.").format(label=field_label(field))
        )
    if isinstance(value, float):
        if not value.is_integer():
            raise RuleViolation(
                field,
                _("{label} '{value}' is not a year; write e.g. 1985.").format(
                    label=field_label(field), value=shown(value)
                ),
            )
        value = int(value)
    text = clean_text(value)
    if text is None:
        return None
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    year = _year_of_text_date(text, field)
    if year is None:
        raise RuleViolation(
            field,
            _(
                "{label} '{value}' is not a year; write four digits, e.g. 1985 "
                "(a date such as 14/03/1985 gives its year)."
            ).format(label=field_label(field), value=shown(text)),
        )
    return year


def is_plain_year(value: object) -> bool:
    """True for a year as such (1985, '1985'), False for a date that gave its year."""
    if isinstance(value, bool | dt.date):
        return False
    if isinstance(value, int | float):
        return True
    text = clean_text(value)
    return text is None or re.fullmatch(r"\d{4}", text) is not None


def excel_serial_to_date(serial: float, *, epoch_1904: bool = False) -> dt.date:
    """The date of an Excel day number (the time of day, if any, is dropped)."""
    days = int(serial)
    if epoch_1904:
        return _EXCEL_1904 + dt.timedelta(days=days)
    if days < 61:  # Excel counts a 29 February 1900 that never was
        days += 1
    return _EXCEL_1900 + dt.timedelta(days=days)


def parse_date(value: object, field: str, *, epoch_1904: bool = False) -> dt.date | None:
    """DD/MM/YYYY, YYYY-MM-DD (also with '-' or '.' as separators), or an Excel day number."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value

    def not_a_date() -> RuleViolation:  # made only when refused: this runs for every cell
        return RuleViolation(
            field,
            _("{label} '{value}' is not a date; write it as DD/MM/YYYY, e.g. 31/01/2024.").format(
                label=field_label(field), value=shown(value)
            ),
        )

    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value <= MAX_EXCEL_SERIAL:
            raise not_a_date()
        return excel_serial_to_date(value, epoch_1904=epoch_1904)
    text = clean_text(value)
    if text is None:
        return None
    text = text.split(" ")[0].split("T")[0]  # a time of day is ignored
    try:
        if re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}", text):
            year, month, day = (int(p) for p in re.split(r"[-/.]", text))
        elif re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}", text):
            day, month, year = (int(p) for p in re.split(r"[-/.]", text))
            if month > 12 >= day:
                raise RuleViolation(
                    field,
                    _(
                        "{label} '{value}' looks like month/day/year; "
                        "write day first, as DD/MM/YYYY."
                    ).format(label=field_label(field), value=shown(value)),
                )
        elif re.fullmatch(r"\d{1,7}(\.\d+)?", text):
            serial = float(text)
            if not 1 <= serial <= MAX_EXCEL_SERIAL:
                raise not_a_date()
            return excel_serial_to_date(serial, epoch_1904=epoch_1904)
        else:
            raise not_a_date()
        return dt.date(year, month, day)
    except ValueError as exc:
        if isinstance(exc, RuleViolation):
            raise
        raise RuleViolation(
            field,
            _("{label} '{value}' is not a real date.").format(
                label=field_label(field), value=shown(value)
            ),
        ) from exc


def check_staff(record: StaffRecord, today: dt.date) -> list[Problem]:
    """Every rule the record breaks, each with the field to fix (empty when valid)."""
    problems: list[Problem] = []

    def add(field: str, message: str) -> None:
        problems.append(Problem(field, message))

    for field, check in ((STAFF_NUMBER, check_staff_number), (FULL_NAME, check_full_name)):
        try:
            check(getattr(record, field))
        except RuleViolation as exc:
            add(field, exc.message)
    birth, start, year = record.birth_year, record.start_year, today.year
    if birth is not None and not MIN_BIRTH_YEAR <= birth <= year - MIN_AGE_AT_START:
        add(
            BIRTH_YEAR,
            _(
                "Birth year {birth} is outside {first}–{last}; "
                "check the year (staff are at least 15)."
            ).format(birth=birth, first=MIN_BIRTH_YEAR, last=year - MIN_AGE_AT_START),
        )
        birth = None
    if start is not None:
        earliest = (birth if birth is not None else MIN_BIRTH_YEAR) + MIN_AGE_AT_START
        if start > year:
            add(
                START_YEAR,
                _("Start year {start} is in the future; write the year they joined.").format(
                    start=start
                ),
            )
        elif start < earliest:
            reason = (
                _("birth year {birth} + 15").format(birth=birth) if birth is not None else "1955"
            )
            add(
                START_YEAR,
                _("Start year {start} is before {earliest} ({reason}); check both years.").format(
                    start=start, earliest=earliest, reason=reason
                ),
            )
    if record.status is StaffStatus.LEFT:
        if record.left_on is None:
            add(LEFT_ON, _("The person has left: give the date they left (DD/MM/YYYY)."))
    elif record.left_on is not None:
        add(
            LEFT_ON,
            _(
                "A leaving date is given but the status is not 'Left'; "
                "set the status to Left or clear the date."
            ),
        )
    left = record.left_on
    if left is not None:
        if left > today:
            add(
                LEFT_ON,
                _("The leaving date {date} is in the future.").format(date=f"{left:%d/%m/%Y}"),
            )
        elif start is not None and left.year < start:
            add(
                LEFT_ON,
                _("The leaving date {date} is before the start year {start}.").format(
                    date=f"{left:%d/%m/%Y}", start=start
                ),
            )
    return problems


# Characters folded for search: accents and macrons to the plain letter, ʻokina and
# apostrophes dropped. The staff search key is built from this table by SQL triggers
# (migration 0003 holds a literal copy; a test keeps the two in step), then lower-cased by
# SQLite's ASCII-only lower(), which `fold_for_search` mirrors exactly.
SEARCH_FOLD: dict[str, str] = {
    **dict.fromkeys("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a"),
    **dict.fromkeys("æÆ", "ae"),
    **dict.fromkeys("çćčÇĆČ", "c"),
    **dict.fromkeys("èéêëēėęěÈÉÊËĒĖĘĚ", "e"),
    **dict.fromkeys("ìíîïīįıÌÍÎÏĪĮİ", "i"),
    **dict.fromkeys("ñńňÑŃŇ", "n"),
    **dict.fromkeys("òóôõöøōőÒÓÔÕÖØŌŐ", "o"),
    **dict.fromkeys("œŒ", "oe"),
    **dict.fromkeys("ùúûüūůűÙÚÛÜŪŮŰ", "u"),
    **dict.fromkeys("ýÿÝŸ", "y"),
    "ß": "ss",
    **dict.fromkeys("ʻʼ'‘’`", ""),
    **dict.fromkeys("\u0300\u0301\u0302\u0303\u0304\u0308\u030a\u0327", ""),
}
_FOLD_TABLE = {ord(k): v for k, v in SEARCH_FOLD.items()} | {
    c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)
}
SEARCH_KEY_SEPARATOR = "\x1f"


def fold_for_search(text: str | None) -> str:
    """'Sēini Tuʻipulotu' -> 'seini tuipulotu'; the same folding as the stored search key."""
    return text.translate(_FOLD_TABLE) if text else ""


def search_terms(query: str) -> list[str]:
    """The folded words of what the officer typed; each must match somewhere."""
    cleaned = _CONTROL.sub(" ", query)
    return [term for term in fold_for_search(cleaned).split() if term]


def duplicate_key(full_name: str | None, birth_year: int | None) -> tuple[str, int] | None:
    """Two records with this key under different staff numbers are a likely duplicate."""
    if not full_name or birth_year is None:
        return None
    return " ".join(fold_for_search(full_name).split()), birth_year
