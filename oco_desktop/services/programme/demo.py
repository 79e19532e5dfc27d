"""Demo data for the Leadership programme: a few courses linked to real activities (the known
courses of programme.json first), sessions around today (one held, with attendance and
results; the others coming, one over-subscribed with a waiting list), about ten nominations and
about thirty e-learning completions, so a newcomer sees the Programme page at work.

In real life courses and sessions arrive from the Secretariat; the demo writes them directly.
It also saves the demo analysis's current needs (as a submission would), so the needs mapped
to each activity show and a nomination can name the need it meets. Drawn from
`random.Random(seed)` over the staff in staff-number order: the same roster and seed give the
same data.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.domain.programme import NominationStatus, SessionStatus
from oco_desktop.services.programme.elearning import _catalogue, completion_id_for
from oco_desktop.services.tna.cycle import in_post
from oco_desktop.services.tna.needs import save_current_needs
from oco_desktop.store.models import Staff, TnaCycle, TnaNeed
from oco_desktop.store.programme_models import (
    Course,
    CourseSession,
    ElearningCompletion,
    Nomination,
)
from oco_desktop.store.tna_reference import known_courses

# code, title, title_fr, activity, provider, mode
EXTRA_COURSES = (
    ("FLS", "Front-line Supervision", "Encadrement de proximité", "P1.1.4", "OCO", "in_person"),
    ("EGT", "Ethics and Governance", "Éthique et gouvernance", "P1.1.6", "OCO", "blended"),
    (
        "WIL",
        "Women in Leadership executive programme",
        "Programme pour dirigeantes : les femmes dans le leadership",
        "P1.1.2",
        "OCO with the WCO",
        "in_person",
    ),
    (
        "PLD",
        "Policy and Legislative Drafting",
        "Politiques et rédaction législative",
        "P1.2.4",
        "OCO",
        "online",
    ),
)
# course code, days from today to the start, length in days, seats, venue (None: online)
SESSIONS = (
    ("TTT", -70, 5, 6, "Suva, Fiji"),
    ("FLS", 40, 4, 4, "Nukuʻalofa, Tonga"),
    ("WIL", 65, 5, 2, "Apia, Samoa"),
    ("OPSF-C4", 90, 300, 10, None),
    ("EGT", 120, 3, 12, "Port Vila, Vanuatu"),
    ("PLD", 150, 20, 8, None),
)
# course code, how many to nominate (beyond the seats: waitlisted)
NOMINATIONS = (("TTT", 3), ("FLS", 5), ("WIL", 2))
COMPLETIONS = 30
REASONS = {
    "en": (
        "Acting supervisor; needs the skills before confirmation in the post.",
        "Identified in the training needs analysis; will train colleagues on return.",
        "Successor for a key position; part of the development plan.",
    ),
    "fr": (
        "Chef d'équipe par intérim ; doit acquérir ces compétences avant sa confirmation.",
        "Besoin relevé dans l'analyse des besoins ; formera ses collègues au retour.",
        "Successeur désigné pour un poste clé ; prévu au plan de développement.",
    ),
}


def _courses(session: Session) -> dict[str, Course]:
    made: dict[str, Course] = {}
    for ref in known_courses(session):
        mode = "in_person" if "face" in (ref.code + ref.title).lower() else "online"
        if ref.code == "TTT":
            mode = "in_person"
        made[ref.code] = Course(
            code=ref.code,
            title=ref.title,
            title_fr=ref.title_fr or None,
            activity_code=ref.activity,
            provider=ref.provider,
            mode=mode,
            language="en",
        )
    for code, title, title_fr, activity, provider, mode in EXTRA_COURSES:
        made[code] = Course(
            code=code,
            title=title,
            title_fr=title_fr,
            activity_code=activity,
            provider=provider,
            mode=mode,
            language="en_fr" if code == "EGT" else "en",
            audience="Supervisors and managers (tiers T2 to T4)",
        )
    session.add_all(made.values())
    return made


def fill_demo_programme(
    session: Session,
    member_code: str,
    *,
    seed: int,
    language: str = "en",
    today: dt.date | None = None,
) -> dict[str, int]:
    """Write the demo programme in the caller's transaction. Returns how many rows of each
    kind were written."""
    day = today or dt.date.today()
    rng = random.Random(seed * 7919 + 17)
    reasons = REASONS["fr" if language == "fr" else "en"]
    cycle = session.scalars(
        select(TnaCycle)
        .where(TnaCycle.member_code == member_code, TnaCycle.deleted.is_(False))
        .order_by(TnaCycle.year.desc())
    ).first()
    needs = save_current_needs(session, cycle) if cycle is not None else 0
    session.flush()
    need_by_activity: dict[str, str] = {}
    for need_id, activity in session.execute(
        select(TnaNeed.id, TnaNeed.activity_code).where(
            TnaNeed.member_code == member_code, TnaNeed.activity_code.is_not(None)
        )
    ):
        assert activity is not None  # the query keeps only needs with an activity
        need_by_activity.setdefault(activity, need_id)

    courses = _courses(session)
    session.flush()
    sessions: dict[str, CourseSession] = {}
    for code, offset, length, seats, venue in SESSIONS:
        starts = day + dt.timedelta(days=offset)
        held = offset < 0
        sessions[code] = CourseSession(
            course_id=courses[code].id,
            starts_on=starts,
            ends_on=starts + dt.timedelta(days=length - 1),
            apply_by=None if held else starts - dt.timedelta(days=21),
            venue=venue,
            online=venue is None,
            seats=seats,
            language=courses[code].language,
            status=SessionStatus.HELD.value if held else SessionStatus.OPEN.value,
        )
    session.add_all(sessions.values())
    session.flush()

    staff = list(
        session.scalars(
            select(Staff.id)
            .where(in_post(), Staff.member_code == member_code)
            .order_by(Staff.staff_number)
        )
    )
    rng.shuffle(staff)
    nominations = 0
    pool = iter(staff)
    for code, count in NOMINATIONS:
        target = sessions[code]
        held = target.starts_on < day
        activity = courses[code].activity_code or ""
        for n in range(count):
            staff_id = next(pool, None)
            if staff_id is None:
                break
            nominated_on = (
                target.starts_on - dt.timedelta(days=45 - n)
                if held
                else day - dt.timedelta(days=count - n)
            )
            status = NominationStatus.NOMINATED.value
            if n >= target.seats:
                status = NominationStatus.WAITLISTED.value
            elif held:
                status = NominationStatus.CONFIRMED.value
            outcome: dict[str, str | None] = {}
            if held:
                passed = n < count - 1
                outcome = {
                    "attendance": "attended" if passed else "partial",
                    "result": "passed" if passed else "completed",
                    "certificate_ref": f"OCO-TTT-{day.year}-{n + 1:03d}" if passed else None,
                }
            session.add(
                Nomination(
                    member_code=member_code,
                    session_id=target.id,
                    staff_id=staff_id,
                    reason=reasons[n % len(reasons)],
                    need_id=need_by_activity.get(activity) if n == 0 else None,
                    nominated_on=min(nominated_on, day),
                    status=status,
                    decided_on=target.starts_on - dt.timedelta(days=14) if held else None,
                    **outcome,
                )
            )
            nominations += 1

    modules = [m.code for m in _catalogue(session)]
    completions = 0
    seen: set[str] = set()
    for _ in range(COMPLETIONS * 3):
        if completions >= COMPLETIONS or not staff or not modules:
            break
        staff_id = rng.choice(staff)
        # HS Foundation (the first module) is the one most people take.
        module = modules[0] if rng.random() < 0.35 else rng.choice(modules)
        completion_id = completion_id_for(staff_id, module)
        if completion_id in seen:
            continue
        seen.add(completion_id)
        session.add(
            ElearningCompletion(
                id=completion_id,
                member_code=member_code,
                staff_id=staff_id,
                module_code=module,
                completed_on=day - dt.timedelta(days=rng.randint(5, 400)),
                certificate_ref=f"CLIKC-{rng.randint(100000, 999999)}"
                if rng.random() < 0.6
                else None,
                hours=None,
            )
        )
        completions += 1
    session.flush()
    return {
        "courses": len(courses),
        "sessions": len(sessions),
        "nominations": nominations,
        "completions": completions,
        "needs": needs,
    }
