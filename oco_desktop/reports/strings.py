"""The words of the reports, in English and French. Reports are built without Qt (from the
command line too), so they keep their own small catalogue rather than Qt's translations.

`text(lang, key, **values)` formats one entry; a missing French entry is a bug caught by the
tests (every key has both languages)."""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("en", "fr")

CATALOGUE: dict[str, tuple[str, str]] = {
    # Page furniture
    "page_of": ("Page {page} of {pages}", "Page {page} sur {pages}"),
    "generated": ("Generated {date}", "Produit le {date}"),
    "as_of": ("Data as of {date}", "Données au {date}"),
    "author": ("OCO Desktop", "OCO Desktop"),
    "demo": (
        "DEMO: fictional data, not the data of a real administration",
        "DÉMO : données fictives, pas celles d'une vraie administration",
    ),
    "suppressed_note": (
        'Counts from 1 to 4 are shown as "<5" so that no one can be singled out.',
        "Les effectifs de 1 à 4 sont indiqués « <5 » pour que personne ne puisse être identifié.",
    ),
    "exact_note": (
        "Exact counts: for use inside the office only; do not send this report out.",
        "Effectifs exacts : à usage interne uniquement ; ne pas diffuser ce rapport.",
    ),
    "none": ("None", "Aucun"),
    "dash": ("–", "–"),
    "total": ("Total", "Total"),
    "no_data": ("No data yet.", "Pas encore de données."),
    # Words used in several reports
    "tier": ("Tier", "Niveau"),
    "no_tier": ("No position", "Sans poste"),
    "women": ("Women", "Femmes"),
    "men": ("Men", "Hommes"),
    "other_sex": ("Other / not stated", "Autre / non précisé"),
    "staff": ("Staff", "Agents"),
    "office": ("Office", "Bureau"),
    "no_office": ("No office", "Sans bureau"),
    "competency": ("Competency", "Compétence"),
    "area": ("Competency area", "Domaine de compétences"),
    "band": ("Priority", "Priorité"),
    "band_high": ("High", "Haute"),
    "band_medium": ("Medium", "Moyenne"),
    "band_low": ("Low", "Basse"),
    "activity": ("Programme activity", "Activité du programme"),
    "no_activity": ("Not mapped yet", "Pas encore rattaché"),
    "course": ("Course", "Cours"),
    "member": ("Member", "Membre"),
    "members": ("Members", "Membres"),
    "needs": ("Needs", "Besoins"),
    "share_women": ("Share of women", "Part des femmes"),
    # Statuses of a cycle
    "status_draft": ("Draft", "Brouillon"),
    "status_in_review": ("In review", "En revue"),
    "status_approved": ("Approved", "Approuvée"),
    "status_submitted": ("Submitted", "Transmise"),
    "status_acknowledged": ("Acknowledged", "Accusé de réception reçu"),
    "status_none": ("Not started", "Non commencée"),
    # Member TNA report
    "tna_title": (
        "Training needs analysis {year}: {member}",
        "Analyse des besoins de formation {year} : {member}",
    ),
    "tna_subject": (
        "Training needs of the staff of {member} for {year}",
        "Besoins de formation du personnel de {member} pour {year}",
    ),
    "administration": ("Administration", "Administration"),
    "year": ("Year", "Année"),
    "status": ("Status", "Statut"),
    "approved_by": ("Approved by", "Approuvée par"),
    "approved_on": ("Approved on", "Approuvée le"),
    "submitted_on": ("Submitted on", "Transmise le"),
    "not_approved": ("Not approved yet", "Pas encore approuvée"),
    "summary": ("Summary", "Résumé"),
    "sum_staff": (
        "{member} has {staff} staff in post, {women} of them women.",
        "{member} compte {staff} agents en poste, dont {women} femmes.",
    ),
    "sum_progress": (
        "{assessed} of them have been fully assessed, {partly} partly, and {not_started} not yet.",
        "{assessed} d'entre eux ont été entièrement évalués, {partly} en partie, et "
        "{not_started} pas encore.",
    ),
    "sum_needs": (
        "The analysis finds {needs} training needs (a person and a competency): {high} of "
        "high priority, {medium} medium and {low} low.",
        "L'analyse relève {needs} besoins de formation (un agent et une compétence) : {high} "
        "de haute priorité, {medium} de priorité moyenne et {low} de basse priorité.",
    ),
    "sum_top": (
        "The most pressing need is {competency} ({staff} staff, {band} priority).",
        "Le besoin le plus pressant est : {competency} ({staff} agents, priorité {band}).",
    ),
    "sum_mapped": (
        "{mapped} of the {lines} needs listed are matched with an activity of the Customs "
        "Leadership programme.",
        "{mapped} des {lines} besoins recensés sont rattachés à une activité du programme "
        "Leadership douanier.",
    ),
    "sum_no_needs": (
        "No training need has been found yet: needs appear once agreed levels are entered.",
        "Aucun besoin de formation n'a encore été relevé : ils apparaissent dès que les "
        "niveaux convenus sont saisis.",
    ),
    "more_than": ("more than {count}", "plus de {count}"),
    "chart_hidden": (
        "No chart here: every count in it is under 5, and hidden so that no one can be singled "
        "out. The table above gives what can be shown.",
        "Pas de graphique ici : chacun de ses effectifs est inférieur à 5 et masqué pour que "
        "personne ne puisse être identifié. Le tableau ci-dessus donne ce qui peut l'être.",
    ),
    "chart_nothing": (
        "No chart here: there is nothing to count yet.",
        "Pas de graphique ici : il n'y a encore rien à compter.",
    ),
    "headcount": ("Staff in post by tier and sex", "Agents en poste par niveau et par sexe"),
    "top_needs": ("Top training needs", "Principaux besoins de formation"),
    "needs_by_band": ("Needs by priority", "Besoins par priorité"),
    "heat_map": ("Needs by competency area and tier", "Besoins par domaine et par niveau"),
    "heat_map_note": (
        "Each cell counts the staff of the tier with a need in the area (any priority).",
        "Chaque case compte les agents du niveau ayant un besoin dans le domaine (toute priorité).",
    ),
    "needs_by_office": ("Needs by office", "Besoins par bureau"),
    "mapping": (
        "Needs and the programme activities that could meet them",
        "Besoins et activités du programme qui peuvent y répondre",
    ),
    "competencies": ("Competencies", "Compétences"),
    "annex": ("Annex: individual plans", "Annexe : plans individuels"),
    "annex_note": (
        "Each person's competencies with a high or medium priority training need.",
        "Les compétences de chaque agent qui appellent une formation de priorité haute ou moyenne.",
    ),
    "person": ("Staff member", "Agent"),
    "no_number": ("(no staff number)", "(sans matricule)"),
    "no_cycle_needs": (
        "No training need has been found in this analysis yet.",
        "Aucun besoin de formation n'a encore été relevé dans cette analyse.",
    ),
    # Regional report
    "regional_title": (
        "Regional training needs {year}",
        "Besoins de formation régionaux {year}",
    ),
    "regional_subject": (
        "Training needs of the OCO members for {year}, from their sync bundles",
        "Besoins de formation des membres de l'OCO pour {year}, d'après leurs paquets de "
        "synchronisation",
    ),
    "regional_intro": (
        "{with_cycle} of {members} members have an analysis for {year}; {submitted} have "
        "submitted it. Their needs concern {staff} staff.",
        "{with_cycle} membres sur {members} ont une analyse pour {year} ; {submitted} l'ont "
        "transmise. Leurs besoins concernent {staff} agents.",
    ),
    "member_status": ("Members: analysis and last bundle", "Membres : analyse et dernier paquet"),
    "last_bundle": ("Last bundle", "Dernier paquet"),
    "days_ago": ("{days} days ago", "il y a {days} jours"),
    "never": ("never", "jamais"),
    "staff_in_post": ("Staff in post", "Agents en poste"),
    "regional_needs": ("Regional priority needs", "Besoins prioritaires régionaux"),
    "regional_needs_note": (
        "High and medium priority needs, summed over the members.",
        "Besoins de priorité haute et moyenne, additionnés sur l'ensemble des membres.",
    ),
    "women_leadership": (
        "Women in leadership (tiers T3 and T4) by member",
        "Femmes aux postes de direction (niveaux T3 et T4) par membre",
    ),
    "leaders": ("Leaders (T3–T4)", "Cadres (T3–T4)"),
    "women_leaders": ("Women leaders", "Femmes cadres"),
    "suggestions": (
        "Regional courses and activities that would meet the most needs",
        "Cours et activités régionaux qui répondraient au plus grand nombre de besoins",
    ),
    "offer": ("Course or activity", "Cours ou activité"),
    "no_regional_data": (
        "No member's analysis for {year} has arrived yet: import the members' sync bundles first.",
        "Aucune analyse de membre pour {year} n'est encore arrivée : importez d'abord les "
        "paquets de synchronisation des membres.",
    ),
    # Gender report
    "gender_title": (
        "Gender Equality Plan {year}: {member}",
        "Plan pour l'égalité des sexes {year} : {member}",
    ),
    "gender_subject": (
        "Workforce by sex and the Gender Equality Plan of {member}",
        "Effectifs par sexe et plan pour l'égalité des sexes de {member}",
    ),
    "workforce": ("Workforce by tier and sex", "Effectifs par niveau et par sexe"),
    "women_in_leadership": (
        "Women in leadership (tiers T3 and T4)",
        "Femmes aux postes de direction (niveaux T3 et T4)",
    ),
    "gender_intro": (
        "{member} has {staff} staff in post, {women} of them women. In leadership posts "
        "(tiers T3 and T4), {leaders_women} of {leaders} are women.",
        "{member} compte {staff} agents en poste, dont {women} femmes. Aux postes de "
        "direction (niveaux T3 et T4), {leaders_women} sur {leaders} sont des femmes.",
    ),
    "now": ("Now", "Aujourd'hui"),
    "region": ("The OCO region", "La région de l'OCO"),
    "no_staff": (
        "No staff in post are recorded yet: the figures will appear once the roster is kept.",
        "Aucun agent en poste n'est encore enregistré : les chiffres apparaîtront quand le "
        "registre du personnel sera tenu.",
    ),
    "by_office_sex": ("Staff by office and sex", "Agents par bureau et par sexe"),
    "gender_by_member": ("Workforce by member", "Effectifs par membre"),
    # Programme participation report
    "programme_title": (
        "Programme participation {year}: {member}",
        "Participation au programme {year} : {member}",
    ),
    "programme_subject": (
        "Customs Leadership programme: nominations, completions and e-learning of {member}",
        "Programme Leadership douanier : candidatures, formations suivies et e-learning de "
        "{member}",
    ),
    "programme_intro": (
        "In {year}, {member} made {nominations} nominations to courses of the Customs "
        "Leadership programme; {completed} led to a completed course. Staff completed "
        "{elearning} e-learning modules.",
        "En {year}, {member} a présenté {nominations} candidatures aux cours du programme "
        "Leadership douanier ; {completed} ont abouti à une formation achevée. Les agents ont "
        "achevé {elearning} modules d'e-learning.",
    ),
    "women_share": (
        "Women made up {share} of the nominations.",
        "Les femmes représentent {share} des candidatures.",
    ),
    "women_share_hidden": (
        "The share of women is not given: it would rest on fewer than 5 people.",
        "La part des femmes n'est pas donnée : elle reposerait sur moins de 5 personnes.",
    ),
    "programme_nothing": (
        "No nominations to courses and no e-learning completions are recorded for {year}.",
        "Aucune candidature à un cours et aucun module d'e-learning achevé ne sont enregistrés "
        "pour {year}.",
    ),
    "by_activity": ("By programme activity", "Par activité du programme"),
    "by_sex": ("By sex", "Par sexe"),
    "sex": ("Sex", "Sexe"),
    "sessions": ("Sessions", "Sessions"),
    "nominations": ("Nominations", "Candidatures"),
    "confirmed": ("Confirmed", "Confirmées"),
    "waitlisted": ("Waiting list", "Liste d'attente"),
    "completed": ("Completed", "Achevées"),
    "completions": ("Completions", "Modules achevés"),
    "elearning": ("E-learning", "E-learning"),
    "elearning_modules": ("E-learning modules completed", "Modules d'e-learning achevés"),
    "module": ("Module", "Module"),
    "staff_number": ("Staff number", "Matricule"),
    "name": ("Name", "Nom"),
    "starts": ("Starts", "Début"),
    "ends": ("Ends", "Fin"),
    "attendance": ("Attendance", "Présence"),
    "result": ("Result", "Résultat"),
    "certificate": ("Certificate", "Certificat"),
    "completed_on": ("Completed on", "Achevé le"),
    "sessions_of_year": ("Course sessions starting in {year}", "Sessions commençant en {year}"),
    "dates": ("Dates", "Dates"),
    "place": ("Place", "Lieu"),
    "seats": ("Seats", "Places"),
    "online": ("Online", "En ligne"),
    # Programme progress report
    "progress_title": (
        "Programme progress {year}: {member}",
        "Avancement du programme {year} : {member}",
    ),
    "progress_subject": (
        "{programme} programme (Priority 1): every activity, its status and the year's "
        "participation of {member}",
        "Programme {programme} (priorité 1) : chaque activité, son état et la participation "
        "de l'année de {member}",
    ),
    "progress_intro": (
        "The {programme} programme (Priority 1) has {activities} activities under {outcomes} "
        "outcomes. Today {delivered} are delivered, {in_progress} in progress, {planned} "
        "planned and {not_started} not started.",
        "Le programme {programme} (priorité 1) compte {activities} activités réparties en "
        "{outcomes} résultats. À ce jour, {delivered} sont réalisées, {in_progress} en cours, "
        "{planned} prévues et {not_started} non commencées.",
    ),
    "progress_columns": (
        "For each activity: the course sessions starting in {year}, the nominations to them, "
        "the courses completed, and the e-learning modules completed in {year} (counted under "
        "the e-learning activity). Activities with nothing in {year} show zeros.",
        "Pour chaque activité : les sessions de cours commençant en {year}, les candidatures à "
        "ces sessions, les formations achevées et les modules d'e-learning achevés en {year} "
        "(comptés sous l'activité e-learning). Les activités sans rien en {year} affichent des "
        "zéros.",
    ),
    "progress_status_note": (
        "Status: delivered once someone attended a linked session (or, for e-learning, "
        "completed a module); in progress while a nomination waits for a session not yet "
        "ended; planned when a session is coming or a training need names the activity.",
        "État : réalisée dès qu'un agent a suivi une session liée (ou, pour l'e-learning, "
        "achevé un module) ; en cours tant qu'une candidature attend une session non "
        "terminée ; prévue quand une session est annoncée ou qu'un besoin de formation "
        "désigne l'activité.",
    ),
    "activity_delivered": ("Delivered", "Réalisée"),
    "activity_in_progress": ("In progress", "En cours"),
    "activity_planned": ("Planned", "Prévue"),
    "activity_not_started": ("Not started", "Non commencée"),
    # Gender Equality Plan (plan part)
    "gender_plan": (
        "Gender Equality Plan: {title} ({start}–{end})",
        "Plan pour l'égalité des sexes : {title} ({start}–{end})",
    ),
    "gender_plan_name": ("Gender Equality Plan", "Plan pour l'égalité des sexes"),
    "gender_plan_titled": ("{title} ({start}–{end})", "{title} ({start}–{end})"),
    "gender_plan_status": ("Status: {status}", "Statut : {status}"),
    "no_gender_plan": (
        "No Gender Equality Plan is recorded yet.",
        "Aucun plan pour l'égalité des sexes n'est encore enregistré.",
    ),
    "indicators": ("Indicators", "Indicateurs"),
    "gender_plans": ("Gender Equality Plans of the members", "Plans pour l'égalité des membres"),
    "actions_done": ("Actions done", "Actions réalisées"),
    "no_plan": ("No plan", "Aucun plan"),
    "indicator": ("Indicator", "Indicateur"),
    "principle": ("Principle", "Principe"),
    "baseline": ("Baseline", "Situation de départ"),
    "target": ("Target", "Cible"),
    "current": ("Current", "Actuel"),
    "actions": ("Actions", "Actions"),
    "action": ("Action", "Action"),
    "owner": ("Owner", "Responsable"),
    "due": ("Due", "Échéance"),
    "plan_draft": ("Draft", "Brouillon"),
    "plan_adopted": ("Adopted", "Adopté"),
    "plan_closed": ("Closed", "Clos"),
    "action_planned": ("Planned", "Prévue"),
    "action_in_progress": ("In progress", "En cours"),
    "action_done": ("Done", "Réalisée"),
    "action_dropped": ("Dropped", "Abandonnée"),
    # Labels of stored codes, for workbooks (never the code itself)
    "need_open": ("Open", "Ouvert"),
    "need_planned": ("Planned", "Planifié"),
    "need_met": ("Met", "Satisfait"),
    "need_deferred": ("Deferred", "Reporté"),
    "nomination_nominated": ("Nominated", "Proposé"),
    "nomination_waitlisted": ("Waiting list", "Liste d'attente"),
    "nomination_confirmed": ("Confirmed", "Confirmé"),
    "nomination_declined": ("Declined", "Refusé"),
    "nomination_withdrawn": ("Withdrawn", "Retiré"),
    "attendance_attended": ("Attended", "Présent"),
    "attendance_partial": ("Partly attended", "Présence partielle"),
    "attendance_absent": ("Absent", "Absent"),
    "result_completed": ("Completed", "Achevé"),
    "result_passed": ("Passed", "Réussi"),
    "result_failed": ("Not passed", "Non réussi"),
    "sheet_subject_needs": (
        "Training needs analysis: prioritised needs",
        "Analyse des besoins de formation : besoins par priorité",
    ),
    "sheet_subject_regional": (
        "Regional training needs and women in leadership",
        "Besoins régionaux de formation et femmes aux postes de direction",
    ),
    "sheet_subject_participation": (
        "Customs Leadership programme: participation",
        "Programme Leadership douanier : participation",
    ),
}


def label(lang: str, kind: str, code: str | None) -> str | None:
    """The label of a stored code ('confirmed' -> 'Confirmed' / 'Confirmé'); None stays None,
    and a code without a label (from a newer version) is shown as it is."""
    if code is None:
        return None
    key = f"{kind}_{code}"
    return text(lang, key) if key in CATALOGUE else code


def text(lang: str, key: str, **values: object) -> str:
    english, french = CATALOGUE[key]
    template = french if lang == "fr" else english
    return template.format(**values) if values else template


def date_text(lang: str, day: dt.date | dt.datetime) -> str:
    """A date as people write it: 28 November 2026 / 28 novembre 2026."""
    months_en = (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    )  # fmt: skip
    months_fr = (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    )  # fmt: skip
    month = (months_fr if lang == "fr" else months_en)[day.month - 1]
    return f"{day.day} {month} {day.year}"


def number(lang: str, value: int | str) -> str:
    """12,345 in English, 12 345 in French (narrow no-break space); "<5" stays as it is."""
    if isinstance(value, str):
        return value
    spaced = f"{value:,}"
    return spaced.replace(",", "\u202f") if lang == "fr" else spaced


def percent(lang: str, part: int, whole: int) -> str:
    if not whole:
        return "–"
    share = round(100 * part / whole)
    return f"{share}\u00a0%" if lang == "fr" else f"{share}%"
