"""Demo people development for a demo roster: a mentoring pair, an internship, a few experts
(one without consent to share, one from outside), a Gender Equality Plan with indicators and
actions, and three key positions with successors (one with nobody ready now), so a newcomer
sees the People development page at work.

Drawn from `random.Random(seed)` over the staff in staff-number order; written in the demo's
transaction, where the change-capture triggers stamp every row as for any local edit.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import TypedDict

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from oco_desktop.domain.roster import StaffStatus
from oco_desktop.services.people.experts import skill_id_for
from oco_desktop.services.people.gender_plan import plan_id_for
from oco_desktop.services.people.succession import key_position_id_for, successor_id_for
from oco_desktop.store.models import Member, Position, Staff
from oco_desktop.store.programme_models import (
    Expert,
    ExpertSkill,
    GenderAction,
    GenderIndicator,
    GenderPlan,
    Internship,
    KeyPosition,
    MentoringPair,
    Successor,
)


class DemoWords(TypedDict):
    """The demo's words in one language."""

    goals: str
    purpose: str
    plan: str
    approver: str
    # (principle, indicator, baseline, target, current, evidence)
    indicators: tuple[tuple[str, str, str, str, str | None, str | None], ...]
    # (principle, action, owner, due in days, status)
    actions: tuple[tuple[str, str, str, int, str], ...]
    reasons: tuple[str, ...]
    development: tuple[str, ...]
    external: tuple[str, str]  # name, organisation
    note: str


TEXT: dict[str, DemoWords] = {
    "en": {
        "goals": "Prepare for a supervisor post: leading a shift, coaching new officers, "
        "handling difficult traders.",
        "purpose": "Two weeks with the host's valuation unit to learn its post-clearance "
        "audit practice.",
        "plan": "Gender Equality Plan",
        "approver": "Commissioner of Customs",
        "indicators": (
            (
                "P1",
                "Share of women among new recruits",
                "31%",
                "45%",
                "38%",
                "Recruitment register 2025",
            ),
            ("P1", "Pay grades published for every position", "no", "yes", "yes", None),
            ("P2", "Staff with a flexible working arrangement", "4", "15", "9", None),
            ("CC2", "Gender equality in the annual staff briefing", "no", "every year", None, None),
        ),
        "actions": (
            ("P1", "Add a woman to every recruitment panel", "HR manager", 60, "in_progress"),
            ("P2", "Write a flexible working policy", "Deputy Commissioner", 150, "planned"),
            (
                "CC3",
                "Confidential channel to report harassment",
                "Integrity officer",
                -20,
                "planned",
            ),
        ),
        "reasons": (
            "Only one officer knows the revenue accounting system.",
            "Retires within two years.",
            "Leads the airport team alone.",
        ),
        "development": (
            "Acting in the post during leave; leadership course.",
            "Mentoring with the incumbent; strategic planning course.",
            "Needs supervision experience first.",
        ),
        "external": ("Dr Ana Lemoine", "University of the South Pacific"),
        "note": "Delivered the regional valuation workshop in Nouméa.",
    },
    "fr": {
        "goals": "Se préparer à un poste de chef d'équipe : diriger une vacation, encadrer les "
        "nouveaux agents, traiter les opérateurs difficiles.",
        "purpose": "Deux semaines au service de la valeur de l'administration d'accueil pour "
        "apprendre son contrôle a posteriori.",
        "plan": "Plan pour l'égalité des genres",
        "approver": "Directeur des douanes",
        "indicators": (
            (
                "P1",
                "Part des femmes parmi les recrutements",
                "31 %",
                "45 %",
                "38 %",
                "Registre des recrutements 2025",
            ),
            ("P1", "Grilles de rémunération publiées pour chaque poste", "non", "oui", "oui", None),
            ("P2", "Agents en horaires aménagés", "4", "15", "9", None),
            (
                "CC2",
                "Égalité des genres à la réunion annuelle du personnel",
                "non",
                "chaque année",
                None,
                None,
            ),
        ),
        "actions": (
            (
                "P1",
                "Une femme dans chaque jury de recrutement",
                "Responsable RH",
                60,
                "in_progress",
            ),
            (
                "P2",
                "Rédiger une politique d'horaires aménagés",
                "Directeur adjoint",
                150,
                "planned",
            ),
            (
                "CC3",
                "Canal confidentiel de signalement du harcèlement",
                "Référent intégrité",
                -20,
                "planned",
            ),
        ),
        "reasons": (
            "Un seul agent maîtrise la comptabilité des recettes.",
            "Départ à la retraite dans deux ans.",
            "Dirige seul l'équipe de l'aéroport.",
        ),
        "development": (
            "Intérim pendant les congés ; formation au leadership.",
            "Tutorat avec le titulaire ; formation à la planification stratégique.",
            "Doit d'abord acquérir une expérience d'encadrement.",
        ),
        "external": ("Dr Ana Lemoine", "Université du Pacifique Sud"),
        "note": "A animé l'atelier régional sur la valeur à Nouméa.",
    },
}
SKILL_SETS = (
    (("TECH-VAL", 4), ("TECH-PCA", 3), ("LEAD-TRN", 3)),
    (("TECH-CLS", 4), ("TECH-ORG", 3), ("LEAD-TRN", 2)),
    (("TECH-RSK", 3), ("TECH-ENF", 3)),
    (("LEAD-STR", 4), ("LEAD-CHG", 3), ("LEAD-PPL", 3)),
    (("TECH-VAL", 3), ("TECH-LAW", 4), ("TECH-TFA", 3)),
)


def fill_demo_people(
    session: Session, member_code: str, *, seed: int = 1, language: str = "en"
) -> None:
    """Add the demo's people-development data for `member_code` (needs its roster)."""
    words = TEXT["fr" if language == "fr" else "en"]
    rng = random.Random(seed)
    today = dt.date.today()
    rows = session.execute(
        select(Staff, Position.tier, Position.id)
        .outerjoin(Position, Position.id == Staff.position_id)
        .where(
            Staff.member_code == member_code,
            Staff.deleted.is_(False),
            Staff.status != StaffStatus.LEFT.value,
        )
        .order_by(Staff.staff_number)
    ).all()
    if len(rows) < 6:
        return
    senior = [s for s, tier, _ in rows if tier in ("T3", "T4")] or [rows[0][0]]
    junior = [s for s, tier, _ in rows if tier in ("T1", "T2")] or [rows[-1][0]]
    mentor, mentee = rng.choice(senior), rng.choice([s for s in junior if s not in senior])
    session.add(
        MentoringPair(
            member_code=member_code,
            mentor_staff_id=mentor.id,
            mentee_staff_id=mentee.id,
            goals=words["goals"],
            starts_on=today - dt.timedelta(days=120),
            ends_on=today + dt.timedelta(days=245),
            meetings=4,
            status="active",
        )
    )
    hosts = [
        code
        for code in session.scalars(select(Member.code).order_by(Member.code))
        if code != member_code
    ]
    intern = rng.choice([s for s in junior if s.id not in (mentor.id, mentee.id)] or junior)
    session.add(
        Internship(
            member_code=member_code,
            staff_id=intern.id,
            host_code="FJ" if "FJ" in hosts else hosts[0],
            starts_on=today + dt.timedelta(days=45),
            ends_on=today + dt.timedelta(days=59),
            purpose=words["purpose"],
        )
    )
    _experts(session, member_code, rng, [s for s, _t, _p in rows], words, today)
    _gender_plan(session, member_code, words, today)
    _succession(session, member_code, rows, words)


def _experts(
    session: Session,
    member: str,
    rng: random.Random,
    staff: list[Staff],
    words: DemoWords,
    today: dt.date,
) -> None:
    people = rng.sample(staff, 4)
    year_end = dt.date(today.year + 1, 12, 31)
    specs = [
        # (staff, languages, trainer, consent, days)
        (people[0], "en,fr", "both", True, 20),
        (people[1], "en", "oco_regional", True, 15),
        (people[2], "en", "none", False, 10),  # no consent: stays in the office
        (people[3], "en", "wco_accredited", True, 25),
        (None, "fr,en", "wco_accredited", True, 30),  # external
    ]
    for n, (person, languages, trainer, consent, days) in enumerate(specs):
        expert = Expert(
            member_code=member,
            staff_id=person.id if person else None,
            external_name=None if person else words["external"][0],
            organisation=None if person else words["external"][1],
            languages=languages,
            trainer_status=trainer,
            available_from=today.replace(day=1),
            available_to=year_end,
            days_per_year=days,
            consent_share=consent,
            note=words["note"] if n == 0 else None,
        )
        session.add(expert)
        session.flush()
        for code, level in SKILL_SETS[n]:
            session.add(
                ExpertSkill(
                    id=skill_id_for(expert.id, code),
                    member_code=member,
                    expert_id=expert.id,
                    competency_code=code,
                    level=level,
                )
            )


def _gender_plan(session: Session, member: str, words: DemoWords, today: dt.date) -> None:
    start = today.year
    plan = GenderPlan(
        id=plan_id_for(member, start),
        member_code=member,
        title=words["plan"],
        start_year=start,
        end_year=start + 2,
        status="adopted",
        approved_by=words["approver"],
        approved_on=today - dt.timedelta(days=30),
    )
    session.add(plan)
    session.flush()
    for principle, text, baseline, target, current, evidence in words["indicators"]:
        session.add(
            GenderIndicator(
                member_code=member,
                plan_id=plan.id,
                principle_code=principle,
                text=text,
                baseline=baseline,
                target=target,
                current=current,
                evidence=evidence,
            )
        )
    for principle, action, owner, due_in, status in words["actions"]:
        session.add(
            GenderAction(
                member_code=member,
                plan_id=plan.id,
                principle_code=principle,
                action=action,
                owner=owner,
                due_on=today + dt.timedelta(days=due_in),
                status=status,
            )
        )


def _succession(
    session: Session, member: str, rows: Sequence[Row[Staff, str, str]], words: DemoWords
) -> None:
    by_tier: dict[str, list[tuple[Staff, str]]] = {}
    for person, tier, position_id in rows:
        if position_id:
            by_tier.setdefault(tier, []).append((person, position_id))
    held = [p for tier in ("T4", "T3", "T2") for _s, p in by_tier.get(tier, [])]
    positions = list(dict.fromkeys(held))[:3]
    candidates = [s for tier in ("T3", "T2") for s, _p in by_tier.get(tier, [])]
    readiness = (("now", "3_plus_years"), ("1_2_years",), ("now", "1_2_years"))
    used: set[str] = set()
    for n, position_id in enumerate(positions):
        key = KeyPosition(
            id=key_position_id_for(position_id),
            member_code=member,
            position_id=position_id,
            reason=words["reasons"][n],
        )
        session.add(key)
        session.flush()
        pool = [s for s in candidates if s.position_id != position_id and s.id not in used]
        for m, ready in enumerate(readiness[n]):
            if m >= len(pool):
                break
            person = pool[m]
            used.add(person.id)
            session.add(
                Successor(
                    id=successor_id_for(key.id, person.id),
                    member_code=member,
                    key_position_id=key.id,
                    staff_id=person.id,
                    readiness=ready,
                    development=words["development"][n] if m == 0 else None,
                )
            )
