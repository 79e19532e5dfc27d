"""The domain rules speak the app's language: the sentences an officer reads when a value is
refused (editor, import, grid, a step of the analysis, the store) come out in French in a
French installation."""

from __future__ import annotations

import datetime as dt

import pytest

from oco_desktop.domain import staff_rules as rules
from oco_desktop.language import language


def test_refusals_of_values_are_french_with_french_quotes_and_field_names():
    with language("fr"), pytest.raises(rules.RuleViolation) as caught:
        rules.parse_sex("Z")
    assert caught.value.message == (
        "«\u00a0Z\u00a0» n'est pas un code de sexe\u00a0: écrivez F (femme), H ou M (homme), "
        "X (autre) ou U (non précisé)."
    )
    with language("fr"), pytest.raises(rules.RuleViolation) as caught:
        rules.parse_date("31/02/2024", rules.LEFT_ON)
    assert (
        caught.value.message
        == "Date de départ «\u00a031/02/2024\u00a0»\u00a0: cette date n'existe pas."
    )


def test_a_record_checked_in_french_lists_french_problems():
    record = rules.StaffRecord("A1", "Mele", birth_year=1890, start_year=2030)
    with language("fr"):
        problems = rules.check_staff(record, dt.date(2026, 12, 5))
    assert [p.message for p in problems] == [
        "L'année de naissance 1890 est hors de la période 1940–2011\u00a0; vérifiez l'année "
        "(les agents ont au moins 15 ans).",
        "L'année d'entrée 2030 est dans le futur\u00a0; écrivez l'année où l'agent est entré "
        "en fonction.",
    ]
    assert rules.check_staff(record, dt.date(2026, 12, 5))[0].message.startswith("Birth year 1890")


def test_a_long_staff_number_counts_its_characters_in_the_french_form():
    with language("fr"), pytest.raises(rules.RuleViolation) as caught:
        rules.check_staff_number("9" * 1200)
    assert "1\u202f200 caractères" in caught.value.message


def test_a_refused_step_of_the_analysis_says_what_to_do_in_french():
    from oco_desktop.domain import tna

    with language("fr"), pytest.raises(tna.TnaRuleError) as caught:
        tna.next_status(tna.CycleStatus.DRAFT, tna.CycleAction.APPROVE, approver="Mele")
    assert caught.value.message == (
        "Une analyse à l'état «\u00a0brouillon\u00a0» ne peut pas être approuvée\u00a0: "
        "envoyez-la d'abord en relecture."
    )
    with pytest.raises(tna.TnaRuleError, match="A cycle that is draft cannot be approved"):
        tna.next_status(tna.CycleStatus.DRAFT, tna.CycleAction.APPROVE, approver="Mele")


def test_a_full_disk_is_told_in_french():
    import errno
    from pathlib import Path

    from oco_desktop.store.errors import classify
    from oco_desktop.store.locks import StoreBusy

    with language("fr"):
        error = classify(OSError(errno.ENOSPC, "No space left on device"), Path("/data"))
        busy = StoreBusy()
    assert error is not None and error.kind == "disk_full"
    assert error.message == (
        "Le disque qui contient /data est plein. Libérez de la place et réessayez."
    )
    assert busy.message.startswith("OCO Desktop est en train d'écrire dans ces données")
