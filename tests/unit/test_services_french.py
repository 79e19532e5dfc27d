"""The roster, TNA and people services speak the app's language: the staff editor's checks,
an import's refusals and the grid's refusals come out in French in a French installation
(and stay English otherwise)."""

from __future__ import annotations

import datetime as dt

import pytest

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.language import language
from oco_desktop.services.audit import make_actor
from oco_desktop.services.people import mentoring
from oco_desktop.services.roster import staff as roster
from oco_desktop.services.roster.columns import find_header
from oco_desktop.services.roster.staff import StaffDraft
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import grid as tna_grid
from oco_desktop.services.tna.readiness import Readiness

ACTOR = make_actor("Mele Tupou", "mtupou")
TODAY = dt.date(2026, 12, 5)
NBSP = "\u00a0"


def test_the_staff_editors_checks_come_out_in_french(store):
    roster.create_staff(store, StaffDraft("TO-1", "Ana Fifita"), ACTOR, today=TODAY)
    draft = StaffDraft("to-1", "Sione Taufa", birth_year=1890)
    with language("fr"):
        problems = roster.validate_draft(store, draft, today=TODAY)
    assert [p.message for p in problems] == [
        f"L'année de naissance 1890 est hors de la période 1940–2011{NBSP}; vérifiez l'année "
        "(les agents ont au moins 15 ans).",
        f"Le matricule to-1 est déjà utilisé par Ana Fifita{NBSP}; vérifiez le matricule.",
    ]
    english = [p.message for p in roster.validate_draft(store, draft, today=TODAY)]
    assert english[1] == "Staff number to-1 is already used by Ana Fifita; check the number."


def test_a_refused_save_says_why_in_french(store):
    roster.create_staff(store, StaffDraft("TO-1", "Ana Fifita"), ACTOR, today=TODAY)
    with language("fr"), pytest.raises(InvalidInput) as caught:
        roster.create_staff(store, StaffDraft("TO-1", "Sione Taufa"), ACTOR, today=TODAY)
    assert caught.value.message.startswith("Le matricule TO-1 est déjà utilisé par Ana Fifita")


def test_a_file_without_the_needed_columns_is_refused_in_french():
    with language("fr"), pytest.raises(InvalidInput) as caught:
        find_header([["Taille", "Poids"], ["42", "60"]])
    assert caught.value.message.startswith(
        f"Aucune colonne trouvée pour{NBSP}: le matricule et le nom complet. "
        f"Les en-têtes de la ligne 1 sont{NBSP}: A 'Taille', B 'Poids'. Choisissez la colonne"
    )
    with pytest.raises(InvalidInput) as caught:
        find_header([["Taille", "Poids"], ["42", "60"]])
    assert caught.value.message.startswith("No column was found for: staff number and full name.")


def test_the_grids_refusals_come_out_in_french(store):
    cycle = tna.start_cycle(store, 2026, ACTOR).cycle
    with language("fr"), pytest.raises(InvalidInput) as caught:
        tna_grid.checked_changes({"agreed_level": 7})
    assert "n'est pas un niveau" in caught.value.message and "is not" not in caught.value.message
    with language("fr"), pytest.raises(InvalidInput) as caught:
        tna_grid.staff_id_by_number(store, cycle.id, "TO-404")
    assert caught.value.message == f"Aucun agent en poste n'a le matricule «{NBSP}TO-404{NBSP}»."
    with language("fr"), pytest.raises(InvalidInput) as caught:
        tna.get_cycle(store, 2031)
    assert caught.value.message.startswith(
        "Il n'y a pas encore d'analyse des besoins de formation pour 2031"
    )


def test_readiness_problems_use_the_plural_of_the_count():
    one = Readiness(1, 1, ("Sione Taufa",), (("Clerk", 1),))
    many = Readiness(3, 2, ("Sione Taufa", "Ana Fifita"), (("Clerk", 1), ("Driver", 2)))
    with language("fr"):
        assert one.problems()[0].startswith("1 agent en poste n'a pas de poste (Sione Taufa)")
        assert one.problems()[1].startswith("1 poste ne requiert aucun niveau")
        assert many.problems()[0].startswith("2 agents en poste n'ont pas de poste")
        assert "Clerk (1 agent), Driver (2 agents)" in many.problems()[1]
    assert many.problems()[1].startswith("2 positions require no level in any competency")


def test_a_date_refusal_names_what_it_is_the_date_of_in_french():
    with language("fr"), pytest.raises(InvalidInput) as caught:
        mentoring.as_date("15/03/2027", "starts_on", "start date")
    assert caught.value.message.startswith(
        f"«{NBSP}15/03/2027{NBSP}» n'est pas une date de début valable"
    )
