"""The names of the competencies: the catalogue's short names, and a readable short form where
a published catalogue gives none."""

from __future__ import annotations

import json

import pytest

from oco_desktop.services.tna.catalogue import (
    SHORT_NAME_CHARS,
    catalogue_names,
    derived_short_name,
)
from oco_desktop.store.models import ReferenceDocument
from oco_desktop.store.reference_files import COMPETENCIES_FILE, read_reference


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Customs valuation", "Customs valuation"),
        ("Tariff classification (HS)", "Tariff classification"),
        ("Integrity and ethics", "Integrity"),
        ("Customs procedures and the Revised Kyoto Convention", "Customs procedures"),
        ("Droit douanier, politique et rédaction législative", "Droit douanier"),
        ("Leadership", "Leadership"),
        (
            "A very long competency name without any place to cut",
            "A very long competency name without any place to cut",
        ),
    ],
)
def test_a_short_form_is_made_from_the_name_where_the_catalogue_gives_none(name, short):
    assert derived_short_name(name) == short


def test_every_competency_of_the_shipped_catalogue_has_short_names_in_both_languages():
    _, data = read_reference(COMPETENCIES_FILE)
    for area in data["areas"]:
        for competency in area["competencies"]:
            for key in ("short_en", "short_fr"):
                assert 0 < len(competency[key]) <= SHORT_NAME_CHARS, (competency["code"], key)


def test_the_installations_catalogue_names_the_competencies(store):
    areas, named = catalogue_names(store)
    by_code = {c.code: c for c in named}
    assert [a.code for a in areas] == ["CORE", "TECH", "LEAD"]
    assert by_code["TECH-VAL"].short("en") == "Valuation"
    assert by_code["TECH-VAL"].short("fr") == "Valeur"
    assert by_code["TECH-VAL"].described("fr") == "Valeur en douane (TECH-VAL)"


def test_a_published_catalogue_without_short_names_still_gets_readable_ones(store):
    _, data = read_reference(COMPETENCIES_FILE)
    body = json.loads(json.dumps(data))
    for area in body["areas"]:
        for competency in area["competencies"]:
            competency.pop("short_en")
            competency.pop("short_fr")
    with store.write() as session:
        session.add(ReferenceDocument(name=COMPETENCIES_FILE, version=2, body=json.dumps(body)))
    _, named = catalogue_names(store)
    by_code = {c.code: c for c in named}
    assert by_code["TECH-CLS"].short("en") == "Tariff classification"
    assert by_code["TECH-CLS"].short("fr") == "Classement tarifaire"
    assert by_code["TECH-PRC"].short("fr") == "Procédures douanières"
