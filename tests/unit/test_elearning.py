"""E-learning: stable module codes, fast bulk entry that is idempotent and refuses bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.services.programme import elearning
from oco_desktop.store.models import AuditEntry, Staff
from oco_desktop.store.programme_models import ElearningCompletion
from tests.unit.programme_world import ACTOR, TODAY, add_staff

HS = "clikc-hs-foundation"
DAY = dt.date(2026, 5, 20)


def test_module_codes_are_stable_slugs() -> None:
    assert elearning.module_code("CLiKC", "HS Foundation") == HS
    assert (
        elearning.module_code("CLiKC!", "Montréal Protocol (ODS)") == "clikc-montreal-protocol-ods"
    )
    assert len(elearning.module_code("x", "y" * 200)) == 64


def test_the_catalogue_has_french_categories(store) -> None:
    modules = elearning.catalogue(store)
    first = modules[0]
    assert (first.code, first.title, first.category_name("fr")) == (HS, "HS Foundation", "Recettes")
    assert len({m.code for m in modules}) == len(modules)


def test_bulk_entry_is_one_transaction_and_idempotent(store) -> None:
    people = add_staff(store, count=12)
    first = elearning.record_completions(store, HS, people, DAY, ACTOR, today=TODAY)
    assert (first.added, first.updated, first.unchanged) == (12, 0, 0)
    again = elearning.record_completions(store, HS, people, DAY, ACTOR, today=TODAY)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 12)
    later = elearning.record_completions(
        store, HS, people[:3], DAY + dt.timedelta(days=1), ACTOR, certificate_ref="C-1",
        today=TODAY,
    )  # fmt: skip
    assert (later.added, later.updated, later.unchanged) == (0, 3, 0)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(ElearningCompletion)) == 12
        row = session.get(ElearningCompletion, elearning.completion_id_for(people[0], HS))
        assert (row.completed_on, row.certificate_ref, row.member_code) == (
            DAY + dt.timedelta(days=1),
            "C-1",
            "TO",
        )
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.tbl == "elearning_completion")
            )
            == 12 * 2 + 3 * 2
        )
    listed = elearning.list_completions(store, module=HS)
    assert len(listed) == 12 and listed[0].module_title == "HS Foundation"
    assert elearning.module_counts(store) == {HS: 12}


@pytest.mark.parametrize(
    ("module", "day", "message"),
    [
        ("clikc-no-such-module", DAY, "not a module of the e-learning catalogue"),
        (HS, TODAY + dt.timedelta(days=1), "is in the future"),
    ],
)
def test_unknown_module_or_future_date_is_refused_and_nothing_saved(store, module, day, message):
    people = add_staff(store, count=2)
    with pytest.raises(InvalidInput, match=message):
        elearning.record_completions(store, module, people, day, ACTOR, today=TODAY)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(ElearningCompletion)) == 0


def test_a_person_who_had_left_by_that_date_refuses_the_whole_batch(store) -> None:
    people = add_staff(store, count=3)
    with store.write() as session:
        person = session.get(Staff, people[2])
        person.status, person.left_on = "left", dt.date(2026, 1, 31)
    with pytest.raises(InvalidInput, match="Person 3 had left"):
        elearning.record_completions(store, HS, people, DAY, ACTOR, today=TODAY)
    done = elearning.record_completions(store, HS, people, dt.date(2026, 1, 15), ACTOR, today=TODAY)
    assert done.added == 3
    with pytest.raises(InvalidInput, match="not on your roster"):
        elearning.record_completions(store, HS, ["nobody"], DAY, ACTOR, today=TODAY)


def test_a_completion_can_be_removed(store) -> None:
    [person] = add_staff(store, count=1)
    elearning.record_completions(store, HS, [person], DAY, ACTOR, today=TODAY)
    [completion] = elearning.list_completions(store)
    elearning.remove_completion(store, completion.id, ACTOR)
    assert elearning.list_completions(store) == []
    back = elearning.record_completions(store, HS, [person], DAY, ACTOR, today=TODAY)
    assert back.updated == 1


def test_a_published_catalogue_is_used_with_its_french_titles(store) -> None:
    import json

    from oco_desktop.store.models import ReferenceDocument

    body = {
        "modules": [
            {
                "platform": "CLiKC",
                "title": "Advancing Gender Equality in Customs",
                "title_fr": "Faire progresser l'égalité des genres dans les douanes",
                "category": "Organisational development",
                "category_fr": "Développement organisationnel",
            }
        ]
    }
    with store.write() as session:
        session.add(ReferenceDocument(name="elearning.json", version=2, body=json.dumps(body)))
    [module] = elearning.catalogue(store)
    assert module.code == "clikc-advancing-gender-equality-in-customs"
    assert module.name("fr") == "Faire progresser l'égalité des genres dans les douanes"
    assert module.name("en") == "Advancing Gender Equality in Customs"
    with pytest.raises(InvalidInput, match="not a module"):
        elearning.record_completions(store, HS, add_staff(store, count=1), DAY, ACTOR, today=TODAY)
