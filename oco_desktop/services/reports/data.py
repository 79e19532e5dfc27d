"""The figures of the Member TNA report, gathered from the TNA services into plain data
(reports.tna_report.TnaReportData). Also the helpers the other reports share: names in the
report's language, small-cell suppression, the data's as-of date."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.domain import tna as rules
from oco_desktop.domain.hlc import physical_ms
from oco_desktop.domain.roster import Role, Sex, Tier
from oco_desktop.domain.tna import Band
from oco_desktop.reports.contents import Count, MappingRow, NeedRow, PlanRow, TnaReportData
from oco_desktop.reports.strings import text
from oco_desktop.services.roster.staff import member_code_for
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.services.tna.needs import NeedLine, assessed_cycle
from oco_desktop.store.engine import Store
from oco_desktop.store.models import (
    Competency,
    CompetencyArea,
    Installation,
    Member,
    Staff,
    TnaCycle,
)
from oco_desktop.store.sync_models import SyncLedger
from oco_desktop.store.tna_reference import known_courses, programme_activities

BAND_ORDER = ("high", "medium", "low")


def shown(count: int, shareable: bool) -> int | str:
    return rules.shown_count(count, shareable=shareable)


def activity_titles(session: Session, lang: str) -> dict[str, str]:
    """Programme activity code -> "P1.1.4 title", in French where the reference has it."""
    return {a.code: f"{a.code} {a.name(lang)}" for a in programme_activities(session)}


def course_titles(session: Session, lang: str) -> dict[str, str]:
    return {c.code: c.name(lang) for c in known_courses(session)}


def member_name(session: Session, code: str, lang: str) -> str:
    member = session.get(Member, code)
    if member is None:
        return code
    return member.name_fr if lang == "fr" else member.name_en


def is_secretariat(session: Session) -> bool:
    installation = session.get(Installation, 1)
    return installation is not None and installation.role == Role.SECRETARIAT.value


def is_demo(session: Session) -> bool:
    installation = session.get(Installation, 1)
    return bool(installation and installation.is_demo)


def last_bundle_day(session: Session, member_code: str | None = None) -> dt.date | None:
    """The day the latest bundle (from `member_code`, or from anyone) was applied here."""
    query = select(SyncLedger.imported_at).where(SyncLedger.status == "applied")
    if member_code:
        query = query.where(SyncLedger.sender_code == member_code)
    found = session.scalar(query.order_by(SyncLedger.imported_at.desc()).limit(1))
    return found.date() if found else None


def last_change_day(session: Session, tables: tuple[str, ...]) -> dt.date | None:
    """The day of the latest change to those tables, from the change-capture clock."""
    marks = ", ".join("?" for _ in tables)
    stamp = (
        session.connection()
        .exec_driver_sql(f"SELECT max(hlc) FROM sync_field_clock WHERE tbl IN ({marks})", tables)
        .scalar()
    )
    if not stamp:
        return None

    return dt.datetime.fromtimestamp(physical_ms(stamp) / 1000, tz=dt.UTC).date()


def as_of(session: Session, member_code: str, tables: tuple[str, ...]) -> dt.date | None:
    """On the Secretariat: the member's latest bundle; in an office: the latest change."""
    if is_secretariat(session):
        return last_bundle_day(session, member_code)
    return last_change_day(session, tables)


def tier_label(lang: str, tier: str) -> str:
    return tier or text(lang, "no_tier")


def sex_split(by_sex: dict[str, int]) -> tuple[int, int, int]:
    women = by_sex.get(Sex.FEMALE.value, 0)
    men = by_sex.get(Sex.MALE.value, 0)
    return women, men, sum(by_sex.values()) - women - men


def _competency_name(need: NeedLine, lang: str) -> str:
    return need.competency_name(lang) or need.competency_name_en


def _mapping_rows(
    needs: list[NeedLine],
    people_in_need: dict[str, set[str]],
    lang: str,
    titles: dict[str, str],
    shareable: bool,
) -> list[MappingRow]:
    """One row per programme activity: the competencies it meets and how many distinct staff
    need at least one of them (a person with three such needs counts once)."""
    grouped: dict[str | None, list[NeedLine]] = defaultdict(list)
    for need in needs:
        grouped[need.mapping.activity_code or None].append(need)
    rows = []
    for code, lines in grouped.items():
        names = list(dict.fromkeys(_competency_name(n, lang) for n in lines))
        staff: set[str] = set()
        for need in lines:
            staff |= people_in_need.get(need.competency_code, set())
        label = titles.get(code, code) if code else None
        rows.append(MappingRow(label, names, shown(len(staff), shareable), len(staff)))
    rows.sort(key=lambda r: (r.activity is None, -r.staff_exact))
    return rows


def tna_report_data(
    store: Store,
    year: int,
    *,
    lang: str = "en",
    member_code: str | None = None,
    shareable: bool = True,
    annex: bool = False,
    names: bool = False,
    today: dt.datetime | None = None,
) -> TnaReportData:
    """Everything the Member TNA report shows for `year`. Raises InvalidInput when there is no
    analysis for that year."""
    cycle = tna.get_cycle(store, year, member_code)
    exact = tna_needs.summary(store, cycle.id)
    with store.read() as session:
        member = member_code_for(session, member_code)
        row = session.get(TnaCycle, cycle.id)
        assert row is not None
        assessed = assessed_cycle(session, row)
        areas = {c.code: c.area_code for c in session.scalars(select(Competency))}
        area_rows = session.scalars(select(CompetencyArea).order_by(CompetencyArea.sort_order))
        area_names = {a.code: a.name_fr if lang == "fr" else a.name_en for a in area_rows}
        people = {}
        if annex:
            people = {
                s.id: (s.staff_number, s.full_name)
                for s in session.scalars(select(Staff).where(Staff.member_code == member))
            }
        name = member_name(session, member, lang)
        day = as_of(session, member, ("tna_cycle", "tna_assessment", "tna_need", "staff"))
        demo = is_demo(session)
        titles = activity_titles(session, lang)
    by_tier = (
        cycle.headcount if cycle.headcount is not None else tna.headcount(store, member).by_tier
    )
    tiers = [t.value for t in Tier] + ([""] if "" in by_tier else [])
    headcount = []
    totals = Counter[str]()
    for tier in tiers:
        women, men, other = sex_split(by_tier.get(tier, {}))
        totals.update({"F": women, "all": women + men + other})
        headcount.append(
            (
                tier_label(lang, tier),
                shown(women, shareable),
                shown(men, shareable),
                shown(other, shareable),
            )
        )

    lines = [line for line in assessed.lines if line.band is not Band.NONE]
    band_totals = Counter(line.band.value for line in lines)
    heat_sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    office_bands: dict[str, Counter[str]] = defaultdict(Counter)
    plans: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    where: dict[str, tuple[str, str]] = {}
    people_in_need: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        people_in_need[line.competency_code].add(line.staff_id)
        heat_sets[(areas.get(line.competency_code, ""), line.tier)].add(line.staff_id)
        office_bands[line.office][line.band.value] += 1
        if annex:
            plans[line.staff_id].append((-line.band.rank, line.competency_code, line.band.value))
            where[line.staff_id] = (line.tier, line.office)
    area_codes = [code for code in area_names if any(k[0] == code for k in heat_sets)]
    heat_exact = [[len(heat_sets.get((a, t), ())) for t in tiers] for a in area_codes]
    competency_names = {n.competency_code: _competency_name(n, lang) for n in exact.needs}

    need_rows = [
        NeedRow(
            _competency_name(n, lang),
            n.band.value,
            shown(n.staff, shareable) if isinstance(n.staff, int) else n.staff,
            titles.get(n.mapping.activity_code or "", None),
        )
        for n in exact.needs
    ]
    annex_rows = None
    if annex:
        annex_rows = []
        for staff_id, found in plans.items():
            number, full_name = people.get(staff_id, (None, None))
            label = number or text(lang, "no_number")
            if names and full_name:
                label = f"{full_name} ({number})" if number else full_name
            tier, office = where[staff_id]
            annex_rows.append(
                PlanRow(
                    label,
                    tier_label(lang, tier),
                    office or text(lang, "no_office"),
                    [(competency_names.get(code, code), band) for _, code, band in sorted(found)],
                )
            )
        annex_rows.sort(key=lambda p: p.person.casefold())
    progress = exact.progress

    def office_line(office: str, counts: Counter[str]) -> tuple[str, Count, Count, Count]:
        high, medium, low = (shown(counts.get(b, 0), shareable) for b in BAND_ORDER)
        return office or text(lang, "no_office"), high, medium, low

    return TnaReportData(
        lang=lang,
        member_name=name,
        year=year,
        status=cycle.status.value,
        approved_by=cycle.approved_by,
        approved_on=cycle.approved_on,
        submitted_on=cycle.submitted_on,
        generated=today or dt.datetime.now(),
        as_of=day,
        shareable=shareable,
        demo=demo,
        staff=shown(totals["all"], shareable),
        women=shown(totals["F"], shareable),
        progress=(
            shown(progress.assessed, shareable),
            shown(progress.partly, shareable),
            shown(progress.not_started, shareable),
        ),
        headcount=headcount,
        band_totals={b: shown(band_totals.get(b, 0), shareable) for b in BAND_ORDER},
        needs=need_rows,
        areas=[area_names[a] for a in area_codes],
        tiers=[tier_label(lang, t) for t in tiers],
        heat=[[shown(v, shareable) for v in row] for row in heat_exact],
        heat_exact=heat_exact,
        by_office=[
            office_line(office, counts)
            for office, counts in sorted(office_bands.items(), key=lambda i: i[0].casefold())
        ],
        mapping=_mapping_rows(exact.needs, people_in_need, lang, titles, shareable),
        annex=annex_rows,
    )
