"""A demo training needs analysis for the current year: most staff assessed, some partly, some
not yet, with an organisation section, so a newcomer sees the Training needs page at work.

Drawn from `random.Random(seed)` over the staff in staff-number order, so the same demo roster
and seed give the same levels. Written with bulk inserts in the demo's transaction; the
change-capture triggers stamp every row as for any local edit.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from oco_desktop.domain import tna as rules
from oco_desktop.domain.tna import CycleStatus
from oco_desktop.services.roster.org import required_levels
from oco_desktop.services.tna.cycle import assessment_id_for, cycle_id_for, in_post
from oco_desktop.services.tna.grid import competency_columns
from oco_desktop.store.models import Staff, TnaAssessment, TnaCycle

ASSESSED_SHARE = 0.55  # everything agreed
PARTLY_SHARE = 0.12  # some competencies agreed; the rest are still to assess
# How far below the required level the agreed level falls, and how often.
GAPS = ((0, 0.45), (1, 0.3), (2, 0.17), (3, 0.08))
IMPORTANCE = ((1, 0.2), (2, 0.5), (3, 0.3))
COMMENT_SHARE = 0.02

ORG_TEXT = {
    "en": {
        "priorities": "PACER Plus rules of origin in force; HS 2027 amendments; move to "
        "ASYCUDA World automated risk selection; new Customs Act drafting.",
        "vacancies": "Two supervisor posts vacant at the airport; the Head of Enforcement "
        "retires next year, no successor trained yet.",
        "constraints_note": "Outer-island offices have poor connectivity (e-learning only "
        "at HQ); inter-island travel once a month.",
        "top_needs": "1. Risk management for the new selectivity system. 2. Tariff "
        "classification for HS 2027. 3. Front-line supervision for new supervisors.",
        "comments": (
            "Attended HS Foundation e-learning last year.",
            "Acting supervisor since March.",
            "Requests mentoring before the next promotion round.",
        ),
    },
    "fr": {
        "priorities": "Mise en œuvre des règles d'origine ; amendements SH 2027 ; "
        "automatisation de la sélectivité ; révision du code des douanes.",
        "vacancies": "Deux postes de chef d'équipe vacants à l'aéroport ; le chef de la "
        "surveillance part à la retraite l'an prochain.",
        "constraints_note": "Connexion faible dans les bureaux des îles ; déplacements "
        "inter-îles une fois par mois.",
        "top_needs": "1. Gestion des risques. 2. Classement tarifaire SH 2027. "
        "3. Encadrement de proximité.",
        "comments": (
            "A suivi le module e-learning SH l'an dernier.",
            "Chef d'équipe par intérim depuis mars.",
            "Demande un tutorat avant la prochaine promotion.",
        ),
    },
}


def _pick(rng: random.Random, weighted: tuple[tuple[int, float], ...]) -> int:
    r = rng.random()
    for value, weight in weighted:
        if r < weight:
            return value
        r -= weight
    return weighted[-1][0]


def fill_demo_cycle(
    session: Session, member_code: str, *, seed: int, language: str = "en", year: int | None = None
) -> int:
    """Open this year's cycle for the member and assess part of the staff in post. Returns the
    number of assessments written."""
    year = year or dt.date.today().year
    texts = ORG_TEXT["fr" if language == "fr" else "en"]
    cycle_id = cycle_id_for(member_code, year)
    session.add(
        TnaCycle(
            id=cycle_id,
            member_code=member_code,
            year=year,
            status=CycleStatus.DRAFT.value,
            priorities=texts["priorities"],
            vacancies=texts["vacancies"],
            constraints_note=texts["constraints_note"],
            top_needs=texts["top_needs"],
            national_trainers=3,
        )
    )
    session.flush()
    staff = session.execute(
        select(Staff.id, Staff.position_id)
        .where(in_post(), Staff.member_code == member_code)
        .order_by(Staff.staff_number)
    ).all()
    profiles = required_levels(session, {p for _, p in staff if p})
    codes = [c.code for c in competency_columns(session)]
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for staff_id, position_id in staff:
        draw = rng.random()
        if draw >= ASSESSED_SHARE + PARTLY_SHARE or not position_id:
            continue
        profile = profiles.get(position_id, {})
        wanted = [c for c in codes if profile.get(c)]
        if draw >= ASSESSED_SHARE:
            wanted = wanted[: rng.randint(1, max(1, len(wanted) - 1))]
        for code in wanted:
            required = profile[code]
            agreed = max(rules.MIN_LEVEL, required - _pick(rng, GAPS))
            supervisor = min(rules.MAX_LEVEL, max(rules.MIN_LEVEL, agreed + rng.choice((0, 0, 1))))
            own = min(rules.MAX_LEVEL, agreed + rng.choice((0, 0, 1, 1, -1)))
            rows.append(
                {
                    "id": assessment_id_for(cycle_id, staff_id, code),
                    "deleted": False,
                    "member_code": member_code,
                    "cycle_id": cycle_id,
                    "staff_id": staff_id,
                    "competency_code": code,
                    "required_level": required,
                    "previous_level": None,
                    "self_level": max(rules.MIN_LEVEL, own),
                    "supervisor_level": supervisor,
                    "agreed_level": agreed,
                    "importance": _pick(rng, IMPORTANCE),
                    "comment": (
                        rng.choice(texts["comments"]) if rng.random() < COMMENT_SHARE else None
                    ),
                    "band_override": None,
                    "override_reason": None,
                }
            )
    if rows:
        session.execute(insert(TnaAssessment).execution_options(render_nulls=True), rows)
    return len(rows)
