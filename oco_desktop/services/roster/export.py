"""The import template (.xlsx with an explanation sheet) and the roster export (.xlsx/.csv),
in English or French; the column headers are ones the importer reads back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.files import atomic_write
from oco_desktop.language import _
from oco_desktop.services.installation import administration_name
from oco_desktop.services.roster.io import write_csv, write_xlsx
from oco_desktop.services.roster.staff import StaffFilters, search_staff
from oco_desktop.store.engine import Store


@dataclass(frozen=True)
class TemplateColumn:
    field: str
    header_en: str
    header_fr: str
    required_en: str
    required_fr: str
    help_en: str
    help_fr: str
    example: str
    width: int


TEMPLATE_COLUMNS = (
    TemplateColumn(
        rules.STAFF_NUMBER, "Staff number", "Matricule", "Yes", "Oui",
        "The staff number from your HR records. One row per person: it is how an existing "
        "record is found, so importing the same file again changes nothing.",
        "Le matricule de vos dossiers RH. Une ligne par personne : il sert à retrouver un agent "
        "déjà enregistré, donc réimporter le même fichier ne change rien.",
        "TO-0042", 16,
    ),
    TemplateColumn(
        rules.FULL_NAME, "Full name", "Nom complet", "Yes, for a new person",
        "Oui, pour un nouvel agent",
        "As the person writes it, with macrons, ʻokina and accents (at most 200 characters).",
        "Tel que la personne l'écrit, avec macrons, ʻokina et accents (200 caractères au plus).",
        "Sēini Tuʻipulotu", 30,
    ),
    TemplateColumn(
        rules.SEX, "Sex", "Sexe", "No", "Non",
        "F (female), M (male), X (other) or U (not stated). Used only for statistics.",
        "F (femme), H (homme), X (autre) ou U (non précisé). Sert seulement aux statistiques.",
        "F", 8,
    ),
    TemplateColumn(
        rules.BIRTH_YEAR, "Birth year", "Année de naissance", "No", "Non",
        "Four digits, e.g. 1985. The year only: OCO Desktop keeps no birth date.",
        "Quatre chiffres, par ex. 1985. L'année seulement : aucune date de naissance.",
        "1985", 12,
    ),
    TemplateColumn(
        rules.START_YEAR, "Start year", "Année d'entrée", "No", "Non",
        "The year the person joined the administration (at least 15 years after birth).",
        "L'année d'entrée dans l'administration (au moins 15 ans après la naissance).",
        "2009", 12,
    ),
    TemplateColumn(
        rules.OFFICE, "Office", "Bureau", "No", "Non",
        "The office as named in OCO Desktop. A new name is offered for creation, never "
        "created without asking.",
        "Le bureau tel que nommé dans OCO Desktop. Un nom nouveau est proposé à la création, "
        "jamais créé sans demander.",
        "Nukuʻalofa HQ", 24,
    ),
    TemplateColumn(
        rules.POSITION, "Position", "Poste", "No", "Non",
        "The position title as in OCO Desktop. A new title is offered for creation: then give "
        "its Tier.",
        "L'intitulé du poste tel que dans OCO Desktop. Un intitulé nouveau est proposé à la "
        "création : indiquez alors son Niveau.",
        "Customs Officer", 28,
    ),
    TemplateColumn(
        rules.TIER, "Tier", "Niveau", "For a new position", "Pour un nouveau poste",
        "T1 frontline officer, T2 supervisor, T3 manager, T4 executive.",
        "T1 agent de terrain, T2 encadrement de proximité, T3 cadre, T4 dirigeant.",
        "T1", 8,
    ),
    TemplateColumn(
        rules.STATUS, "Status", "Statut", "No", "Non",
        "Active, On leave, Seconded or Left. Empty means Active for a new person.",
        "Actif, En congé, Détaché ou Parti. Vide signifie Actif pour un nouvel agent.",
        "Active", 12,
    ),
    TemplateColumn(
        rules.LEFT_ON, "Date left", "Date de départ", "If the person left", "Si l'agent est parti",
        "The date the person left, as DD/MM/YYYY. A date alone marks the person as Left.",
        "La date de départ, en JJ/MM/AAAA. Une date seule marque l'agent comme Parti.",
        "31/01/2024", 14,
    ),
)  # fmt: skip
TEMPLATE_NOTES = {
    "en": (
        "How to fill in the Staff sheet",
        "One row per person; keep the first row with the column names (English or French).",
        "An empty cell leaves what OCO Desktop already holds unchanged.",
        "Nothing is saved before you have seen the preview: each row is shown as new, "
        "updated, unchanged or in error, with what to fix.",
    ),
    "fr": (
        "Comment remplir la feuille Personnel",
        "Une ligne par personne ; gardez la première ligne avec les noms de colonnes "
        "(en français ou en anglais).",
        "Une cellule vide laisse inchangé ce qu'OCO Desktop contient déjà.",
        "Rien n'est enregistré avant l'aperçu : chaque ligne y est nouvelle, modifiée, "
        "inchangée ou en erreur, avec ce qu'il faut corriger.",
    ),
}
SEX_CODES = {"en": {"M": "M"}, "fr": {"M": "H"}}
STATUS_WORDS = {
    "en": {"active": "Active", "on_leave": "On leave", "seconded": "Seconded", "left": "Left"},
    "fr": {"active": "Actif", "on_leave": "En congé", "seconded": "Détaché", "left": "Parti"},
}


def _language(language: str) -> str:
    if language not in ("en", "fr"):
        raise InvalidInput(_("Choose English (en) or French (fr)."), field="language")
    return language


def headers_for(language: str) -> list[str]:
    fr = _language(language) == "fr"
    return [c.header_fr if fr else c.header_en for c in TEMPLATE_COLUMNS]


def write_template(path: Path, language: str = "en") -> None:
    """An empty Staff sheet with lists for the coded columns, and an explanation sheet."""
    # openpyxl is loaded when a workbook is written: the window builds this page at start-up
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    fr = _language(language) == "fr"
    book = Workbook()
    staff = book.active
    assert isinstance(staff, Worksheet)  # a new workbook's one sheet
    staff.title = "Personnel" if fr else "Staff"
    staff.append(headers_for(language))
    last = 5001
    for index, column in enumerate(TEMPLATE_COLUMNS, start=1):
        letter = get_column_letter(index)
        staff[f"{letter}1"].font = Font(bold=True)
        staff.column_dimensions[letter].width = column.width
        choices = {
            rules.SEX: "F,H,X,U" if fr else "F,M,X,U",
            rules.TIER: "T1,T2,T3,T4",
            rules.STATUS: ",".join(STATUS_WORDS[language].values()),
        }.get(column.field)
        if choices:
            check = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
            check.add(f"{letter}2:{letter}{last}")
            staff.add_data_validation(check)
        if column.field == rules.STAFF_NUMBER:
            for row in range(2, last + 1):  # text, so Excel keeps leading zeros
                staff[f"{letter}{row}"].number_format = "@"
    staff.freeze_panes = "A2"
    notes = book.create_sheet("Explications" if fr else "Explanation")
    title, *lines = TEMPLATE_NOTES[language]
    notes.append([title])
    notes["A1"].font = Font(bold=True, size=13)
    for line in lines:
        notes.append([line])
    notes.append([])
    heading = (
        ["Colonne", "Obligatoire", "Ce qu'il faut écrire", "Exemple"]
        if fr
        else ["Column", "Required", "What to write", "Example"]
    )
    notes.append(heading)
    for cell in notes[notes.max_row]:
        cell.font = Font(bold=True)
    for column in TEMPLATE_COLUMNS:
        notes.append(
            [
                column.header_fr if fr else column.header_en,
                column.required_fr if fr else column.required_en,
                column.help_fr if fr else column.help_en,
                column.example,
            ]
        )
        for cell in notes[notes.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.data_type = "s"
    for letter, width in zip("ABCD", (22, 22, 70, 20), strict=True):
        notes.column_dimensions[letter].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, private=True) as handle:
        book.save(handle)


def roster_table(rows: Sequence[Any], language: str = "en") -> list[list[Any]]:
    """Export lines (one per StaffRow) in the template's column order."""
    sexes = SEX_CODES[_language(language)]
    words = STATUS_WORDS[language]
    return [
        [
            r.staff_number,
            r.full_name,
            sexes.get(r.sex, r.sex) if r.sex else None,
            r.birth_year,
            r.start_year,
            r.office_name,
            r.position_title,
            r.tier,
            words.get(r.status, r.status),
            r.left_on,
        ]
        for r in rows
    ]


def write_roster(
    path: Path, rows: Sequence[Any], language: str = "en", author: str | None = None
) -> str:
    """Write StaffRows to .xlsx or .csv, by the file's extension; returns the format."""
    table = roster_table(rows, language)
    headers = headers_for(language)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        iso = [[v.isoformat() if hasattr(v, "isoformat") else v for v in row] for row in table]
        write_csv(path, headers, iso)
        return "csv"
    if suffix == ".xlsx":
        write_xlsx(
            path, headers, table,
            sheet_title="Personnel" if language == "fr" else "Staff",
            widths=[c.width for c in TEMPLATE_COLUMNS],
            date_columns=[len(TEMPLATE_COLUMNS) - 1],
            properties={
                "title": "Registre du personnel" if language == "fr" else "Staff roster",
                "subject": ("Personnel, exporté d'OCO Desktop" if language == "fr"
                            else "Staff, exported from OCO Desktop"),
                "creator": author or "OCO Desktop",
                "language": language,
            },
        )  # fmt: skip
        return "xlsx"
    raise InvalidInput(
        _("{file}: export to a file ending in .xlsx or .csv.").format(file=path.name), field="file"
    )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    rows: int


def export_roster(
    store: Store, path: Path, *, member_code: str | None = None, language: str = "en"
) -> ExportResult:
    """Everyone on the roster (leavers included, removed and erased records not), by name."""
    page = search_staff(
        store, "", StaffFilters(member_code=member_code), limit=10**9, with_total=False
    )
    kind = write_roster(path, page.rows, language, administration_name(store, language))
    return ExportResult(path=path, format=kind, rows=len(page.rows))
