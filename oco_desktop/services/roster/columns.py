"""Which column of a staff list fills which roster field: the headers matched automatically
(English, French, and the usual headers of island HR sheets), the officer's own choices
(any column to any field, or ignored), and those choices remembered for the next file with
the same headers (a small JSON file in the data folder).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.files import atomic_write
from oco_desktop.language import N_, _

HEADER_SCAN_ROWS = 15
GIVEN_NAME = "given_name"
FAMILY_NAME = "family_name"
IGNORE = "ignore"
MAX_SAMPLES = 3
MAPPINGS_FILE = "import-mappings.json"
MAX_REMEMBERED = 50

# Header texts per field, compared after `header_key` (case, accents, punctuation ignored).
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    rules.STAFF_NUMBER: (
        "staff number", "staff no", "staff num", "staff id", "employee number", "employee no",
        "employee id", "personnel number", "service number", "matricule", "numero",
        "numero matricule", "numero d'agent", "n agent", "no agent", "numero du personnel",
        "numero de matricule", "employee code", "payroll number", "payroll no", "file number",
        "numero de dossier", "emp no",
    ),
    rules.FULL_NAME: (
        "full name", "name", "staff name", "employee name", "nom", "nom complet",
        "nom et prenom", "nom et prenoms", "prenom et nom", "prenoms et nom", "nom prenom",
        "nom de l'agent", "officer name", "name of officer", "names", "nom et prenom de l'agent",
    ),
    GIVEN_NAME: ("first name", "first names", "given name", "given names", "prenom", "prenoms"),
    FAMILY_NAME: ("last name", "surname", "family name", "nom de famille"),
    rules.SEX: ("sex", "gender", "sexe", "genre", "m f", "h f"),
    rules.BIRTH_YEAR: (
        "birth year", "year of birth", "born", "annee de naissance", "ne en", "ne e en",
        "nee en", "date of birth", "birth date", "dob", "d o b", "date de naissance", "ne le",
        "nee le", "ne e le",
    ),
    rules.START_YEAR: (
        "start year", "year joined", "joined", "year of entry", "entry year", "year started",
        "annee d'entree", "annee de recrutement", "entree en service", "annee d'entree en service",
        "annee d'embauche", "date of appointment", "appointment date", "date appointed",
        "date of first appointment", "date joined", "date of entry", "date of engagement",
        "date de nomination", "date d'entree", "date de recrutement", "date d'embauche",
        "date d'entree en service", "date de prise de fonction",
    ),
    rules.OFFICE: (
        "office", "station", "duty station", "location", "bureau", "lieu d'affectation",
        "affectation", "posting", "posted at", "lieu de travail", "service d'affectation",
    ),
    rules.POSITION: (
        "position", "position title", "job title", "post", "job", "poste", "fonction",
        "intitule du poste", "emploi", "designation", "substantive position", "titre du poste",
        "poste occupe",
    ),
    rules.TIER: ("tier", "niveau", "tier t1 t4", "niveau t1 t4", "grade"),
    rules.STATUS: ("status", "statut", "situation"),
    rules.LEFT_ON: (
        "date left", "left on", "leaving date", "date of leaving", "end date", "date de depart",
        "parti le", "date de sortie",
    ),
}  # fmt: skip


def header_key(text: object) -> str:
    """'Année d’entrée (AAAA)*' -> "annee d'entree": lower case, no accents, no hints."""
    plain = rules.plain_words(str(text))
    plain = re.sub(r"\([^)]*\)", " ", plain).replace("’", "'").replace("ʻ", "'")
    plain = re.sub(r"[^0-9a-z']+", " ", plain)
    return " ".join(plain.replace(" '", "'").replace("' ", "'").split())


_FIELD_OF = {header_key(word): f for f, words in HEADER_WORDS.items() for word in words}


# The fields a column can fill, in the order the window lists them, with their names.
FIELDS = (
    rules.STAFF_NUMBER, rules.FULL_NAME, GIVEN_NAME, FAMILY_NAME, rules.SEX, rules.BIRTH_YEAR,
    rules.START_YEAR, rules.OFFICE, rules.POSITION, rules.TIER, rules.STATUS, rules.LEFT_ON,
)  # fmt: skip
# English message ids: translate with _() where a person reads them.
FIELD_NAMES = {**rules.FIELD_LABELS, GIVEN_NAME: N_("Given name"), FAMILY_NAME: N_("Family name")}
FIELD_NAMES_FR = {
    rules.STAFF_NUMBER: "Matricule", rules.FULL_NAME: "Nom complet", GIVEN_NAME: "Prénom",
    FAMILY_NAME: "Nom de famille", rules.SEX: "Sexe", rules.BIRTH_YEAR: "Année de naissance",
    rules.START_YEAR: "Année d'entrée", rules.OFFICE: "Bureau", rules.POSITION: "Poste",
    rules.TIER: "Niveau", rules.STATUS: "Statut", rules.LEFT_ON: "Date de départ",
}  # fmt: skip
_FIELD_BY_NAME = {
    **{header_key(f.replace("_", " ")): f for f in FIELDS},
    **{header_key(name): f for f, name in FIELD_NAMES.items()},
    **{header_key(name): f for f, name in FIELD_NAMES_FR.items()},
    "ignore": IGNORE, "ignored": IGNORE, "ignorer": IGNORE, "none": IGNORE, "skip": IGNORE,
}  # fmt: skip


def column_letter(number: int) -> str:
    """A spreadsheet column's letters, 1 -> "A", 27 -> "AA": the labels Excel and CSV errors
    share, without loading openpyxl for a CSV file."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class FoundColumn:
    """A column of the header row: what it fills (None: nothing) and a few of its values."""

    letter: str
    header: str
    field: str | None
    samples: tuple[str, ...]
    chosen: bool = False  # by the officer (now or remembered), not matched automatically


class MissingColumns(InvalidInput):
    """The staff number or name column was not found; `columns` are the headers that were."""

    def __init__(
        self, message: str, missing: list[str], columns: list[FoundColumn], header_row: int
    ) -> None:
        super().__init__(message, field="file")
        self.missing = missing
        self.columns = columns
        self.header_row = header_row


def parse_field(text: str) -> str:
    """'birth year', 'Birth year', 'birth_year', 'Année de naissance' -> 'birth_year';
    'ignore' -> IGNORE."""
    found = _FIELD_BY_NAME.get(header_key(text))
    if found is None:
        names = ", ".join(_(FIELD_NAMES[f]).lower() for f in FIELDS)
        raise InvalidInput(
            _("'{text}' is not a roster field; use one of: {names}, or ignore.").format(
                text=rules.shown(text), names=names
            ),
            field="map",
        )
    return found


def parse_map_options(options: Sequence[str]) -> dict[str, str]:
    """--map "Designation=position" options as {header: field}."""
    mapping: dict[str, str] = {}
    for option in options:
        header, sep, target = option.rpartition("=")
        if not sep or not header.strip() or not target.strip():
            raise InvalidInput(
                _(
                    "--map '{option}': write the file's column header, '=', and the roster "
                    'field, e.g. --map "Designation=position".'
                ).format(option=rules.shown(option)),
                field="map",
            )
        mapping[header.strip()] = parse_field(target)
    return mapping


def _header_text(grid: Sequence[Sequence[Any]], r: int, c: int) -> str | None:
    """A header cell's text; an empty cell takes the text above it, so a header merged over
    two rows (value in the upper cell) still names its column."""
    up = r
    text = grid[r][c] if c < len(grid[r]) else None
    while (text is None or (isinstance(text, str) and not text.strip())) and up > 0:
        up -= 1
        above = grid[up]
        text = above[c] if c < len(above) else None
    if not isinstance(text, str) or not text.strip():
        return None
    return text.strip()


def _row_fields(
    grid: Sequence[Sequence[Any]], r: int, mapping: Mapping[str, str]
) -> dict[str, tuple[int, str]]:
    """field -> (column, header) for one candidate header row: the officer's choices first,
    then the automatic matches for the fields still free."""
    texts = [(c, _header_text(grid, r, c)) for c in range(len(grid[r]))]
    found: dict[str, tuple[int, str]] = {}
    for c, text in texts:
        if text is not None and (chosen := mapping.get(header_key(text))) not in (None, IGNORE):
            found.setdefault(chosen, (c, text))
    taken = {c for c, _ in found.values()}
    for c, text in texts:
        if text is None or c in taken or header_key(text) in mapping:
            continue
        known = _FIELD_OF.get(header_key(text))
        if known and known not in found:
            found[known] = (c, text)
    return found


def _samples(grid: Sequence[Sequence[Any]], header_row: int, c: int) -> tuple[str, ...]:
    samples: list[str] = []
    for r in range(header_row + 1, len(grid)):
        value = grid[r][c] if c < len(grid[r]) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if hasattr(value, "strftime"):
            value = value.strftime("%d/%m/%Y")
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        samples.append(rules.shown(rules.clean_text(value) or ""))
        if len(samples) == MAX_SAMPLES:
            break
    return tuple(samples)


def header_columns(
    grid: Sequence[Sequence[Any]], header_row: int, found: Mapping[str, tuple[int, str]],
    mapping: Mapping[str, str],
) -> list[FoundColumn]:  # fmt: skip
    """Every headed column of the header row (0-based), with what it fills and samples."""
    field_of_column = {c: f for f, (c, _) in found.items()}
    columns = []
    for c in range(len(grid[header_row])):
        text = _header_text(grid, header_row, c)
        if text is None:
            continue
        columns.append(
            FoundColumn(
                column_letter(c + 1),
                text,
                field_of_column.get(c),
                _samples(grid, header_row, c),
                header_key(text) in mapping,
            )
        )
    return columns


def find_header(
    grid: Sequence[Sequence[Any]], mapping: Mapping[str, str] | None = None
) -> tuple[int, dict[str, tuple[int, str]]]:
    """The row (0-based) that names the most known columns, and field -> (column, header).
    `mapping` holds the officer's choices, keyed by `header_key` of the header."""
    mapping = mapping or {}
    best_row, best = -1, dict[str, tuple[int, str]]()
    for r in range(min(HEADER_SCAN_ROWS, len(grid))):
        found = _row_fields(grid, r, mapping)
        if len(found) > len(best):
            best_row, best = r, found
    names = rules.FULL_NAME in best or GIVEN_NAME in best or FAMILY_NAME in best
    missing = [FIELD_NAMES[rules.STAFF_NUMBER]] if rules.STAFF_NUMBER not in best else []
    missing += [] if names else [FIELD_NAMES[rules.FULL_NAME]]
    if missing:
        row = best_row if best else _most_headed_row(grid)
        columns = header_columns(grid, row, best, mapping) if row >= 0 else []
        listed = ", ".join(f"{c.letter} '{c.header}'" for c in columns[:30]) or _("none")
        if len(missing) == 2:
            not_found = _("No column was found for: staff number and full name.")
        elif rules.STAFF_NUMBER not in best:
            not_found = _("No column was found for: staff number.")
        else:
            not_found = _("No column was found for: full name.")
        how = _(
            "The headers on row {row} are: {headers}. Choose the column that fills each (in the "
            'window, or with --map "HEADER=staff number"), or save the import template to see '
            "the expected columns."
        ).format(row=row + 1, headers=listed)
        raise MissingColumns(
            f"{not_found} {how}",
            missing,
            columns,
            row + 1,
        )
    return best_row, best


def _most_headed_row(grid: Sequence[Sequence[Any]]) -> int:
    """The first row with the most text cells, where headers most likely are (-1: none)."""
    best_row, best = -1, 0
    for r in range(min(HEADER_SCAN_ROWS, len(grid))):
        count = sum(1 for v in grid[r] if isinstance(v, str) and v.strip())
        if count > best:
            best_row, best = r, count
    return best_row


# Remembered choices --------------------------------------------------------------------------


def mapping_keys(mapping: Mapping[str, str]) -> dict[str, str]:
    """{header: field} as typed or chosen -> {header_key: field}."""
    return {header_key(h): f for h, f in mapping.items() if header_key(h)}


def headers_signature(grid: Sequence[Sequence[Any]], row: int) -> tuple[str, ...]:
    return tuple(k for c in range(len(grid[row])) if (k := header_key(grid[row][c] or "")))


def _load(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / MAPPINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"by_headers": [], "named": {}}
    if not isinstance(data, dict):
        return {"by_headers": [], "named": {}}
    data.setdefault("by_headers", [])
    data.setdefault("named", {})
    return data


def remembered_for(folder: Path, grid: Sequence[Sequence[Any]]) -> dict[str, str]:
    """The choices kept for a file whose header row (in the first rows) has the same headers."""
    remembered = _load(folder)["by_headers"]
    if not remembered:
        return {}
    for r in range(min(HEADER_SCAN_ROWS, len(grid))):
        signature = list(headers_signature(grid, r))
        for entry in remembered:
            if signature and entry.get("headers") == signature:
                return {k: v for k, v in entry.get("columns", {}).items() if v in _VALID}
    return {}


def named_mapping(folder: Path, name: str) -> dict[str, str]:
    named = _load(folder)["named"]
    if name not in named:
        known = ", ".join(sorted(named)) or _("none yet")
        raise InvalidInput(
            _(
                "No saved column choices are named '{name}' (saved: {known}). Save them with "
                "--save-mapping NAME."
            ).format(name=rules.shown(name), known=known),
            field="mapping",
        )
    return dict(named[name])


def remember(
    folder: Path, signature: Sequence[str], columns: Mapping[str, str], name: str | None = None
) -> None:
    """Keep the officer's choices ({header_key: field}) for files with these headers, and
    under `name` when given. Newest first; the oldest are forgotten past MAX_REMEMBERED."""
    data = _load(folder)
    entry = {"headers": list(signature), "columns": dict(columns)}
    others = [e for e in data["by_headers"] if e.get("headers") != list(signature)]
    data["by_headers"] = [entry, *others[: MAX_REMEMBERED - 1]]
    if name:
        data["named"][name] = dict(columns)
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_write(folder / MAPPINGS_FILE, "w", private=True, encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)


_VALID = {*FIELDS, IGNORE}
