"""People development from the command line (argparse, no Qt): mentoring and internships, the
Customs Expert database, the Gender Equality Plan and succession planning.

    oco-desktop mentoring list | add --mentee TO-0042 --mentor TO-0007 --start 2026-09-01
    oco-desktop mentoring internship --staff TO-0042 --host FJ --start 2027-01-10
    oco-desktop experts list | add --staff TO-0007 --skill TECH-VAL=4 --languages en,fr --consent
    oco-desktop experts search --competency valuation --language fr --month 2027-03 [--json]
    oco-desktop gender plan | plan-set | indicator | action | principles | stats [--json]
    oco-desktop succession list | key --position "Chief Customs Officer" | successor ... | risks

Staff are named by their staff number, positions by their title. Exit codes: 0 done; 3 input
refused (nothing changed), reported by cli/__init__.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any, TextIO

from oco_desktop.cli import options
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.programme import (
    ActionStatus,
    PairStatus,
    PlanStatus,
    Readiness,
    TrainerStatus,
)
from oco_desktop.domain.programme_words import word
from oco_desktop.language import N_, _, current_language, format_date, format_number, ngettext

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store

EXIT_DONE = 0
COMMAND_NAMES = ("mentoring", "experts", "gender", "succession")


def _member(parser: argparse.ArgumentParser) -> None:
    """A listing: JSON, and (on the Secretariat's installation) which member to show."""
    options.member_option(parser, _("the member to show (Secretariat)"))
    options.json_option(parser)


def register(commands: argparse._SubParsersAction) -> None:
    """Add `mentoring`, `experts`, `gender` and `succession` to cli/__init__.py's sub-parsers."""
    m = commands.add_parser("mentoring", help=_("mentoring pairs and internship placements"))
    actions = m.add_subparsers(dest="people_action", metavar="ACTION", required=True)
    _member(actions.add_parser("list", help=_("the mentoring pairs and the internships")))
    add = actions.add_parser("add", help=_("add a mentoring pair"))
    add.add_argument("--mentee", required=True, metavar="NUMBER", help=_("mentee's staff number"))
    add.add_argument("--mentor", metavar="NUMBER", help=_("mentor's staff number"))
    add.add_argument("--mentor-name", metavar="NAME", help=_("a mentor from outside"))
    add.add_argument("--start", required=True, metavar="YYYY-MM-DD", help=_("first day"))
    add.add_argument("--end", metavar="YYYY-MM-DD", help=_("last day"))
    add.add_argument("--goals", help=_("what the mentee wants to learn"))
    add.add_argument("--meetings", type=int, default=0, metavar="N", help=_("meetings held so far"))
    add.add_argument(
        "--status",
        choices=[s.value for s in PairStatus],
        default="active",
        help=_("where the pair stands (default: active)"),
    )
    add.add_argument("--outcome", help=_("what came of it"))
    options.officer_option(add)
    options.json_option(add)
    intern = actions.add_parser("internship", help=_("add an internship placement"))
    intern.add_argument("--staff", required=True, metavar="NUMBER", help=_("staff number"))
    intern.add_argument("--host", required=True, metavar="CODE", help=_("member code, or SEC"))
    intern.add_argument("--start", required=True, metavar="YYYY-MM-DD", help=_("first day"))
    intern.add_argument("--end", metavar="YYYY-MM-DD", help=_("last day"))
    intern.add_argument("--purpose", help=_("what the placement is for"))
    intern.add_argument("--outcome", help=_("what came of it"))
    options.officer_option(intern)
    options.json_option(intern)

    e = commands.add_parser("experts", help=_("the Customs Expert database and its search"))
    actions = e.add_subparsers(dest="people_action", metavar="ACTION", required=True)
    options.json_option(
        actions.add_parser("list", help=_("the experts this installation may show"))
    )
    add = actions.add_parser("add", help=_("add an expert (a staff member or an external person)"))
    add.add_argument("--staff", metavar="NUMBER", help=_("a staff member's number"))
    add.add_argument("--name", metavar="NAME", help=_("an external expert's name"))
    add.add_argument("--organisation", metavar="NAME", help=_("an external expert's organisation"))
    add.add_argument(
        "--skill", action="append", default=[], metavar="CODE=LEVEL", help=_("e.g. TECH-VAL=4")
    )
    add.add_argument(
        "--languages",
        default="en",
        metavar="en,fr",
        help=_("languages the expert works in (default: en)"),
    )
    add.add_argument(
        "--trainer",
        choices=[t.value for t in TrainerStatus],
        default="none",
        help=_("trainer status (default: none)"),
    )
    add.add_argument(
        "--from", dest="available_from", metavar="YYYY-MM-DD", help=_("available from")
    )
    add.add_argument("--to", dest="available_to", metavar="YYYY-MM-DD", help=_("available until"))
    add.add_argument("--days", type=int, metavar="N", help=_("days available a year"))
    add.add_argument(
        "--consent",
        action="store_true",
        help=_("the expert agrees to be shared with the Secretariat and the region"),
    )
    add.add_argument("--note", help=_("a note on the expert"))
    options.officer_option(add)
    options.json_option(add)
    find = actions.add_parser("search", help=_("who can deliver what, in which language, when"))
    find.add_argument("--competency", metavar="CODE|AREA|WORDS", help=_("e.g. TECH-VAL, valuation"))
    find.add_argument("--level", type=int, default=1, metavar="N", help=_("minimum level (1-4)"))
    find.add_argument("--language", metavar="CODE", help=_("e.g. fr"))
    find.add_argument("--month", metavar="YYYY-MM", help=_("available in this month"))
    find.add_argument("--trainer", choices=experts_trainer_filters(), help=_("trainer status"))
    options.member_option(find, _("one member's experts (Secretariat)"))
    find.add_argument("--text", metavar="WORDS", help=_("in the name or organisation"))
    options.json_option(find)

    g = commands.add_parser("gender", help=_("the Gender Equality Plan and workforce statistics"))
    actions = g.add_subparsers(dest="people_action", metavar="ACTION", required=True)
    _member(actions.add_parser("plan", help=_("the current plan, its indicators and actions")))
    options.json_option(
        actions.add_parser("principles", help=_("GEOAT principles and published indicators"))
    )
    plan = actions.add_parser("plan-set", help=_("create or change the plan starting in --start"))
    plan.add_argument("--title", required=True, help=_("the plan's title"))
    plan.add_argument("--start", type=int, required=True, metavar="YYYY", help=_("first year"))
    plan.add_argument("--end", type=int, required=True, metavar="YYYY", help=_("last year"))
    plan.add_argument(
        "--status",
        choices=[s.value for s in PlanStatus],
        default="draft",
        help=_("where the plan stands (default: draft)"),
    )
    plan.add_argument("--approved-by", metavar="NAME", help=_("who approved the plan"))
    options.officer_option(plan)
    options.json_option(plan)
    indicator = actions.add_parser("indicator", help=_("add an indicator to the current plan"))
    indicator.add_argument("--principle", required=True, metavar="CODE", help=_("e.g. P1, CC2"))
    indicator.add_argument("--text", help=_("what is measured"))
    indicator.add_argument("--code", metavar="CODE", help=_("a published indicator's code"))
    for option, text in (
        ("baseline", N_("the value when the plan started")),
        ("target", N_("the value the plan aims at")),
        ("current", N_("the value today")),
        ("evidence", N_("where the value comes from")),
    ):
        indicator.add_argument(f"--{option}", help=_(text))
    options.officer_option(indicator)
    options.json_option(indicator)
    action = actions.add_parser("action", help=_("add an action to the current plan"))
    action.add_argument("--action", dest="text", required=True, help=_("what will be done"))
    action.add_argument("--principle", metavar="CODE", help=_("e.g. P1, CC2"))
    action.add_argument("--owner", help=_("who is responsible"))
    action.add_argument("--due", metavar="YYYY-MM-DD", help=_("due date"))
    action.add_argument(
        "--status",
        choices=[s.value for s in ActionStatus],
        default="planned",
        help=_("where the action stands (default: planned)"),
    )
    options.officer_option(action)
    options.json_option(action)
    stats = actions.add_parser(
        "stats", help=_("staff in post by tier and sex, women in leadership")
    )
    options.member_option(stats, _("one member (Secretariat)"))
    stats.add_argument(
        "--shareable", action="store_true", help=_('counts 1-4 shown as "<5" (leaves the office)')
    )
    options.json_option(stats)

    s = commands.add_parser("succession", help=_("key positions, successors and the risk view"))
    actions = s.add_subparsers(dest="people_action", metavar="ACTION", required=True)
    _member(actions.add_parser("list", help=_("key positions with their successors")))
    _member(actions.add_parser("risks", help=_("key positions with no successor ready now")))
    key = actions.add_parser("key", help=_("mark a position as key"))
    key.add_argument("--position", required=True, metavar="TITLE", help=_("the position's title"))
    key.add_argument("--reason", help=_("why the position is key"))
    options.officer_option(key)
    options.json_option(key)
    successor = actions.add_parser("successor", help=_("name a successor for a key position"))
    successor.add_argument(
        "--position", required=True, metavar="TITLE", help=_("the key position's title")
    )
    successor.add_argument("--staff", required=True, metavar="NUMBER", help=_("staff number"))
    successor.add_argument(
        "--readiness",
        required=True,
        choices=[r.value for r in Readiness],
        help=_("when the successor could take the post"),
    )
    successor.add_argument("--development", help=_("development actions"))
    options.officer_option(successor)
    options.json_option(successor)


def experts_trainer_filters() -> tuple[str, ...]:
    return ("any", "oco_regional", "wco_accredited", "both")


def _day(day: dt.date | None) -> str:
    """A date as people write it in the language (5 Dec 2026, 5 déc. 2026)."""
    return format_date(day, short=True) if day else "-"


def _plain(view: Any) -> dict[str, Any]:
    return {k: (v.value if hasattr(v, "value") else v) for k, v in view.__dict__.items()}


# mentoring -----------------------------------------------------------------------------------


def _mentoring(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.people import mentoring

    if args.people_action == "list":
        pairs = mentoring.list_pairs(store, args.member)
        placements = mentoring.list_internships(store, args.member, current_language())
        if args.json:
            options.dump(
                {
                    "pairs": [_plain(p) for p in pairs],
                    "internships": [_plain(i) for i in placements],
                },
                out,
            )
            return EXIT_DONE
        print(_("Mentoring pairs ({count}):").format(count=format_number(len(pairs))), file=out)
        for p in pairs:
            met = ngettext("{count} meeting", "{count} meetings", p.meetings).format(
                count=format_number(p.meetings)
            )
            since = _("from {date}").format(date=_day(p.starts_on))
            print(f"  {p.mentor} -> {p.mentee}  {since}  {met}  {word(p.status)}", file=out)
        print(_("Internships ({count}):").format(count=format_number(len(placements))), file=out)
        for i in placements:
            if i.ends_on:
                placed = _("{staff} at {host} ({code}) from {start} to {end}")
            else:
                placed = _("{staff} at {host} ({code}) from {start}")
            placed = placed.format(
                staff=i.staff,
                host=i.host,
                code=i.host_code,
                start=_day(i.starts_on),
                end=_day(i.ends_on),
            )
            print(f"  {placed}", file=out)
        return EXIT_DONE
    actor = options.actor(args)
    if args.people_action == "add":
        mentor = mentoring.staff_id_by_number(store, args.mentor) if args.mentor else None
        pair_draft = mentoring.PairDraft(
            mentee_staff_id=mentoring.staff_id_by_number(store, args.mentee),
            starts_on=args.start,
            mentor_staff_id=mentor,
            mentor_name=args.mentor_name,
            goals=args.goals,
            ends_on=args.end,
            meetings=args.meetings,
            status=args.status,
            outcome=args.outcome,
        )
        pair = mentoring.save_pair(store, pair_draft, actor)
        if args.json:
            options.dump(_plain(pair), out)
        else:
            print(
                _("Saved the mentoring pair {mentor} -> {mentee}.").format(
                    mentor=pair.mentor, mentee=pair.mentee
                ),
                file=out,
            )
        return EXIT_DONE
    internship_draft = mentoring.InternshipDraft(
        staff_id=mentoring.staff_id_by_number(store, args.staff),
        host_code=args.host,
        starts_on=args.start,
        ends_on=args.end,
        purpose=args.purpose,
        outcome=args.outcome,
    )
    placement = mentoring.save_internship(store, internship_draft, actor)
    if args.json:
        options.dump(_plain(placement), out)
    else:
        print(
            _("Saved the internship of {staff} at {host}.").format(
                staff=placement.staff, host=placement.host
            ),
            file=out,
        )
    return EXIT_DONE


# experts -------------------------------------------------------------------------------------


def _skills(given: list[str]) -> dict[str, str]:
    skills = {}
    for item in given:
        code, _equals, level = item.partition("=")
        if not code.strip() or not level.strip():
            raise InvalidInput(
                _("'{item}' is not a skill: write CODE=LEVEL, e.g. TECH-VAL=4.").format(item=item),
                field="skill",
            )
        skills[code.strip()] = level.strip()
    return skills


def _print_experts(found: list[Any], out: TextIO, store: Store) -> None:
    from oco_desktop.services.tna.catalogue import catalogue_names

    if not found:
        print(_("No expert matches."), file=out)
    # Skills by the competency's short name in the user's language; a code the catalogue
    # no longer lists as it is.
    lang = current_language()
    names = {c.code: c.short(lang) for c in catalogue_names(store)[1]}
    for e in found:
        skills = ", ".join(f"{names.get(c, c)} {lvl}" for c, lvl in e.skills)
        shared = _("shared") if e.consent_share else _("office only")
        level = _("level {level}").format(level=e.match_level) + "  " if e.match_level else ""
        trainer = _("trainer: {status}").format(status=word(e.trainer_status))
        print(
            f"{e.member_code}  {e.name}  {level}[{','.join(e.languages)}]  "
            f"{trainer}  {shared}  ({skills})",
            file=out,
        )


def _experts(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.people import experts

    if args.people_action in ("list", "search"):
        if args.people_action == "list":
            found = experts.list_experts(store)
        else:
            query = experts.ExpertQuery(
                competency=args.competency,
                min_level=args.level,
                language=args.language,
                month=args.month,
                trainer=args.trainer,
                member_code=args.member,
                text=args.text,
            )
            found = experts.search(store, query)
        if args.json:
            options.dump([e.as_dict() for e in found], out)
        else:
            _print_experts(found, out, store)
        return EXIT_DONE
    if bool(args.staff) == bool(args.name):
        raise InvalidInput(
            _("Give either --staff NUMBER (a staff member) or --name NAME (an external expert)."),
            field="staff",
        )
    draft = experts.ExpertDraft(
        staff_id=experts_staff(store, args.staff),
        external_name=args.name,
        organisation=args.organisation,
        languages=args.languages,
        trainer_status=args.trainer,
        available_from=args.available_from,
        available_to=args.available_to,
        days_per_year=args.days,
        consent_share=args.consent,
        note=args.note,
        skills=_skills(args.skill),
    )
    saved = experts.save_expert(store, draft, options.actor(args))
    if args.json:
        options.dump(saved.as_dict(), out)
    else:
        if saved.consent_share:
            said = _("Saved the expert {name} (shared with the region).")
        else:
            said = _("Saved the expert {name} (kept in the office).")
        print(said.format(name=saved.name), file=out)
    return EXIT_DONE


def experts_staff(store: Store, number: str | None) -> str | None:
    from oco_desktop.services.people import mentoring

    return mentoring.staff_id_by_number(store, number) if number else None


# gender --------------------------------------------------------------------------------------


def _current_plan(store: Store, member: str | None = None) -> Any:
    from oco_desktop.services.people import gender_plan as gender

    plan = gender.current_plan(store, member)
    if plan is None:
        raise InvalidInput(
            _(
                "There is no Gender Equality Plan yet: `oco-desktop gender plan-set --title ... "
                "--start YYYY --end YYYY`."
            ),
            field="plan",
        )
    return plan


def _gender(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.people import gender_plan as gender

    action = args.people_action
    if action == "stats":
        stats = gender.workforce_stats(
            store,
            args.member,
            shareable=True if args.shareable else None,
            language=current_language(),
        )
        if args.json:
            options.dump(stats.as_dict(), out)
            return EXIT_DONE
        tier, women, men, other, total = _("Tier"), _("Women"), _("Men"), _("Other"), _("Total")
        print(f"{tier:<6}{women:>7}{men:>7}{other:>7}{total:>7}", file=out)
        for line in stats.lines:
            counts = [format_number(n) for n in (line.women, line.men, line.other, line.total)]
            print(f"{line.tier or '-':<6}" + "".join(f"{c:>7}" for c in counts), file=out)
        print(
            _(
                "Staff in post: {staff}, women {women} ({women_share}). Women in leadership "
                "(T3-T4): {women_leaders} of {leaders} ({leaders_share})."
            ).format(
                staff=format_number(stats.staff),
                women=format_number(stats.women),
                women_share=stats.women_share,
                women_leaders=format_number(stats.women_leaders),
                leaders=format_number(stats.leaders),
                leaders_share=stats.leaders_share,
            ),
            file=out,
        )
        return EXIT_DONE
    if action == "principles":
        found = gender.principles(store, current_language())
        refs = gender.published_indicators(store, current_language())
        if args.json:
            options.dump(
                {"principles": [_plain(p) for p in found], "indicators": [_plain(r) for r in refs]},
                out,
            )
            return EXIT_DONE
        for p in found:
            print(f"{p.code:<5}{p.name}", file=out)
        if refs:
            print(
                _("Published indicators: {count}.").format(count=format_number(len(refs))),
                file=out,
            )
        else:
            print(_("Published indicators: none yet."), file=out)
        return EXIT_DONE
    if action == "plan":
        plan = _current_plan(store, args.member)
        indicators = gender.list_indicators(store, plan.id)
        actions = gender.list_actions(store, plan.id)
        if args.json:
            options.dump(
                {**_plain(plan), "indicators": [_plain(i) for i in indicators],
                 "actions": [_plain(a) for a in actions]},
                out,
            )  # fmt: skip
            return EXIT_DONE
        print(f"{plan.title} ({plan.period}), {word(plan.status)}", file=out)
        for i in indicators:
            measured = _("{text}: baseline {baseline}, target {target}, now {current}").format(
                text=i.text,
                baseline=i.baseline or "-",
                target=i.target or "-",
                current=i.current or "-",
            )
            print(f"  [{i.principle_code}] {measured}", file=out)
        for a in actions:
            planned = _("{action} ({owner}, due {due}, {status})").format(
                action=a.action, owner=a.owner or "-", due=_day(a.due_on), status=word(a.status)
            )
            print(f"  - {planned}", file=out)
        return EXIT_DONE
    actor = options.actor(args)
    if action == "plan-set":
        existing = next((p for p in gender.list_plans(store) if p.start_year == args.start), None)
        plan_draft = gender.PlanDraft(
            args.title, args.start, args.end, args.status, args.approved_by
        )
        saved_plan = gender.save_plan(
            store, plan_draft, actor, plan_id=existing.id if existing else None
        )
        if args.json:
            options.dump(_plain(saved_plan), out)
        else:
            print(
                _("Saved the plan {title} ({period}), {status}.").format(
                    title=saved_plan.title,
                    period=saved_plan.period,
                    status=word(saved_plan.status),
                ),
                file=out,
            )
        return EXIT_DONE
    plan = _current_plan(store)
    if action == "indicator":
        indicator_draft = gender.IndicatorDraft(
            args.principle, args.text, args.code, args.baseline, args.target, args.current,
            args.evidence,
        )  # fmt: skip
        indicator = gender.save_indicator(store, plan.id, indicator_draft, actor)
        saved_item: gender.IndicatorView | gender.ActionView = indicator
        message = _("Added the indicator '{text}' to {plan}.").format(
            text=indicator.text, plan=plan.title
        )
    else:
        action_draft = gender.ActionDraft(
            args.text, args.principle, args.owner, args.due, args.status
        )
        plan_action = gender.save_action(store, plan.id, action_draft, actor)
        saved_item = plan_action
        message = _("Added the action '{text}' to {plan}.").format(
            text=plan_action.action, plan=plan.title
        )
    if args.json:
        options.dump(_plain(saved_item), out)
    else:
        print(message, file=out)
    return EXIT_DONE


# succession ----------------------------------------------------------------------------------


# How a key position stands (the JSON keeps the code).
_RISK_WORDS = {
    "no_successor": N_("NO SUCCESSOR"),
    "none_ready_now": N_("none ready now"),
    "covered": N_("ok"),
}


def _print_positions(found: list[Any], out: TextIO, *, risks: bool) -> None:
    if not found:
        print(_("No key position at risk.") if risks else _("No key position yet."), file=out)
    for k in found:
        print(f"{k.title} ({k.tier})  {_(_RISK_WORDS[k.risk.value])}", file=out)
        for s in k.successors:
            left = "  " + _("(has left)") if s.left else ""
            print(f"    {s.staff}: {word(s.readiness)}{left}", file=out)


def _succession(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.people import mentoring, succession

    action = args.people_action
    if action in ("list", "risks"):
        lister = succession.risks if action == "risks" else succession.list_key_positions
        found = lister(store, args.member)
        if args.json:
            options.dump([k.as_dict() for k in found], out)
        else:
            _print_positions(found, out, risks=action == "risks")
        return EXIT_DONE
    actor = options.actor(args)
    position_id = succession.position_id_by_title(store, args.position)
    if action == "key":
        saved = succession.add_key_position(store, position_id, args.reason, actor)
        if args.json:
            options.dump(saved.as_dict(), out)
        else:
            print(_("{position} is now a key position.").format(position=saved.title), file=out)
        return EXIT_DONE
    key_id = succession.key_position_id_for(position_id)
    draft = succession.SuccessorDraft(
        mentoring.staff_id_by_number(store, args.staff), args.readiness, args.development
    )
    named = succession.save_successor(store, key_id, draft, actor)
    if args.json:
        options.dump(_plain(named), out)
    else:
        print(
            _("{person} is a successor ({readiness}).").format(
                person=named.staff, readiness=word(named.readiness)
            ),
            file=out,
        )
    return EXIT_DONE


HANDLERS = {
    "mentoring": _mentoring,
    "experts": _experts,
    "gender": _gender,
    "succession": _succession,
}


def run(args: argparse.Namespace, store: Store, out: TextIO | None = None) -> int:
    """Run a parsed people-development command against an open store; returns the exit code."""
    return HANDLERS[args.command](args, store, out or sys.stdout)
