"""Demo news: a handful of invented items from the Secretariat, after the kind of news the OCO
publishes (a regional workshop, a dialogue on PACER Plus, an agreement on illicit tobacco, a
meeting on wildlife trade, a course open for nominations). Every title starts with "DEMO" so that
no item can pass for real news; each has its French text.

In real life news arrives from the Secretariat; the demo writes it directly, after the demo
programme (one item links to the Front-line Supervision session open for nominations). The two
newest items are left unread, so the dashboard shows what "new" looks like.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.store.news_models import NewsItem, NewsRead
from oco_desktop.store.programme_models import Course, CourseSession

UNREAD = 2
# French typography: a no-break space before : ; ! ? so that a colon never starts a line.
_BEFORE_PUNCTUATION = re.compile(r" ([:;!?])")
# days before today, title, title_fr, place, (event start, length) in days from today or None,
# activity, session course code, body, body_fr
_Event = str | tuple[int, int] | None  # a course code (its latest session), or (start, length)
_Item = tuple[int, str, str, str | None, _Event, str | None, str | None, str, str]
ITEMS: tuple[_Item, ...] = (
    (
        2,
        "DEMO: Front-line Supervision course open for nominations",
        "DÉMO : formation Encadrement de proximité, nominations ouvertes",
        "Nukuʻalofa, Tonga",
        "FLS",
        "P1.1.4",
        "FLS",
        "The Secretariat invites members to nominate supervisors and acting supervisors for the "
        "Front-line Supervision course, held over four days in Nukuʻalofa.\n\n"
        "The course covers leading a shift, coaching new officers, handling complaints and "
        "integrity. Nominate up to two officers who supervise a team now or will soon.\n\n"
        "Nominations close three weeks before the course. Course notes: "
        "https://www.ocosec.org/training (copy the address into a browser when online).",
        "Le Secrétariat invite les membres à proposer des chefs d'équipe, titulaires ou par "
        "intérim, pour la formation Encadrement de proximité, quatre jours à Nukuʻalofa.\n\n"
        "La formation porte sur la conduite d'une équipe, l'accompagnement des nouveaux agents, "
        "le traitement des plaintes et l'intégrité. Proposez au plus deux agents qui encadrent "
        "une équipe ou le feront bientôt.\n\n"
        "Les nominations ferment trois semaines avant la formation. Documents : "
        "https://www.ocosec.org/training (copiez l'adresse dans un navigateur une fois en ligne).",
    ),
    (
        9,
        "DEMO: Regional workshop on the Harmonized System 2022",
        "DÉMO : atelier régional sur le Système harmonisé 2022",
        "Suva, Fiji",
        (55, 5),
        "P1.2.6",
        None,
        "The Secretariat will hold a five-day regional workshop to help members apply the 2022 "
        "edition of the Harmonized System uniformly, with sessions on classification rulings "
        "and on updating national tariffs.\n\n"
        "Each administration may send two tariff or classification officers. Travel is funded "
        "for one officer per member.\n\n"
        "Contact: the Secretariat's trade facilitation team, training@ocosec.org.",
        "Le Secrétariat organisera un atelier régional de cinq jours pour aider les membres à "
        "appliquer de façon uniforme l'édition 2022 du Système harmonisé, avec des séances sur "
        "les décisions de classement et la mise à jour des tarifs nationaux.\n\n"
        "Chaque administration peut envoyer deux agents du tarif ou du classement. Le voyage "
        "d'un agent par membre est pris en charge.\n\n"
        "Contact : l'équipe facilitation du commerce du Secrétariat, training@ocosec.org.",
    ),
    (
        24,
        "DEMO: OCO at the Non-State Actors dialogue on PACER Plus",
        "DÉMO : l'OCO au dialogue des acteurs non étatiques sur le PACER Plus",
        "Port Vila, Vanuatu",
        (-10, 1),
        "P1.2.6",
        None,
        "The Secretariat took part in the dialogue between governments and non-state actors on "
        "the PACER Plus trade agreement, presenting the customs commitments on rules of origin "
        "and trade facilitation.\n\n"
        "The presentation is available from the Secretariat on request.",
        "Le Secrétariat a participé au dialogue entre gouvernements et acteurs non étatiques sur "
        "l'accord commercial PACER Plus, où il a présenté les engagements douaniers sur les "
        "règles d'origine et la facilitation des échanges.\n\n"
        "La présentation est disponible sur demande auprès du Secrétariat.",
    ),
    (
        40,
        "DEMO: Agreement with a health partner on illicit tobacco",
        "DÉMO : accord avec un partenaire de santé sur le tabac illicite",
        None,
        None,
        None,
        None,
        "The OCO and a regional health partner have agreed to share information and ideas to "
        "prevent and eliminate the illicit trade in tobacco products.\n\n"
        "Members will receive guidance on reporting seizures in the coming months.",
        "L'OCO et un partenaire régional de santé sont convenus d'échanger informations et idées "
        "pour prévenir et éliminer le commerce illicite des produits du tabac.\n\n"
        "Les membres recevront dans les prochains mois des orientations sur le signalement des "
        "saisies.",
    ),
    (
        62,
        "DEMO: Head of Secretariat meets the wildlife trade convention's secretariat",
        "DÉMO : le chef du Secrétariat rencontre le secrétariat de la convention sur le "
        "commerce des espèces sauvages",
        "Geneva, Switzerland",
        None,
        "P1.2.6",
        None,
        "The Head of Secretariat met the secretariat of the convention on international trade in "
        "endangered species to discuss training for Pacific customs officers on detecting "
        "wildlife trafficking.",
        "Le chef du Secrétariat a rencontré le secrétariat de la convention sur le commerce "
        "international des espèces menacées pour parler de la formation des douaniers du "
        "Pacifique à la détection du trafic d'espèces sauvages.",
    ),
)


def _session_of(session: Session, course_code: str) -> CourseSession | None:
    return session.scalars(
        select(CourseSession)
        .join(Course, CourseSession.course_id == Course.id)
        .where(Course.code == course_code, CourseSession.deleted.is_(False))
        .order_by(CourseSession.starts_on.desc())
    ).first()


def fill_demo_news(session: Session, *, today: dt.date | None = None) -> int:
    """Write the demo news in the caller's transaction; returns how many items."""
    day = today or dt.date.today()
    read_at = dt.datetime.combine(day, dt.time(9))
    for number, item in enumerate(ITEMS):
        ago, title, title_fr, place, event, activity, course, body, body_fr = item
        linked = _session_of(session, course) if course else None
        if isinstance(event, str):
            found = _session_of(session, event)
            starts, ends = (found.starts_on, found.ends_on) if found else (None, None)
        elif event is None:
            starts = ends = None
        else:
            starts = day + dt.timedelta(days=event[0])
            ends = starts + dt.timedelta(days=event[1] - 1)
        row = NewsItem(
            published_on=day - dt.timedelta(days=ago),
            title=title,
            title_fr=_BEFORE_PUNCTUATION.sub("\u00a0\\1", title_fr),
            body=body,
            body_fr=_BEFORE_PUNCTUATION.sub("\u00a0\\1", body_fr),
            place=place,
            starts_on=starts,
            ends_on=ends,
            activity_code=activity,
            session_id=linked.id if linked else None,
        )
        session.add(row)
        session.flush()
        if number >= UNREAD:
            session.add(NewsRead(news_id=row.id, read_at=read_at))
    return len(ITEMS)
