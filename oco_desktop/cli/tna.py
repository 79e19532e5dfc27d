"""The `tna` command: the training needs analysis from the command line (argparse, no Qt).

    oco-desktop tna start --year 2026            open the year (from last year's cycle)
    oco-desktop tna assess --year 2026 --staff TO-0042 --competency TECH-CLS --agreed 2
    oco-desktop tna summary --year 2026 --json   the prioritised needs, for scripts
    oco-desktop tna review|approve|submit|return|reopen --year 2026 ...

Exit codes: 0 done; 3 input refused (nothing changed), reported by cli/__init__.py.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

from oco_desktop.cli import options
from oco_desktop.domain.tna import STATUS_WORDS, CycleAction, CycleStatus, Dimension, NeedStatus
from oco_desktop.language import N_, NP_, _, current_language, format_number, ngettext, pgettext

if TYPE_CHECKING:
    from oco_desktop.services.tna.cycle import Cycle
    from oco_desktop.services.tna.needs import Summary
    from oco_desktop.store.engine import Store


EXIT_DONE = 0
EXIT_REFUSED = 3
WORKFLOW = {
    "review": (CycleAction.SEND_FOR_REVIEW, N_("send the analysis for review")),
    "return": (CycleAction.RETURN_TO_DRAFT, N_("return the analysis to draft")),
    "approve": (CycleAction.APPROVE, N_("approve the analysis (needs --approver)")),
    "submit": (CycleAction.SUBMIT, N_("submit it: locked, and sent with the next sync bundle")),
    "reopen": (CycleAction.REOPEN, N_("reopen a submitted analysis (needs --reason)")),
}
LEVEL_OPTIONS = (
    ("agreed", "agreed_level", N_("the agreed level (0-4): the one that counts")),
    ("self", "self_level", N_("the self-assessed level (0-4)")),
    ("supervisor", "supervisor_level", N_("the supervisor's level (0-4)")),
    ("required", "required_level", N_("the required level (0-4), if not the position's")),
    ("importance", "importance", N_("1 useful, 2 important, 3 critical")),
)


# The priority band of a need or an assessment, as a person reads it (the JSON keeps the code).
_BANDS = {
    "high": NP_("priority band", "high"),
    "medium": NP_("priority band", "medium"),
    "low": NP_("priority band", "low"),
}
_GROUP_HEADERS = {
    Dimension.OFFICE: N_("Office"),
    Dimension.TIER: N_("Tier"),
    Dimension.SEX: N_("Sex"),
}
_SAVED = {
    "high": N_("Saved {staff} {competency}: priority high."),
    "medium": N_("Saved {staff} {competency}: priority medium."),
    "low": N_("Saved {staff} {competency}: priority low."),
    None: N_("Saved {staff} {competency}: priority not assessed."),
}
_NEED_SAVED = {
    "high": N_("Saved the high need for {competency}."),
    "medium": N_("Saved the medium need for {competency}."),
    "low": N_("Saved the low need for {competency}."),
}
_NOW = {
    CycleStatus.DRAFT: N_("The {year} analysis is now draft."),
    CycleStatus.IN_REVIEW: N_("The {year} analysis is now in review."),
    CycleStatus.APPROVED: N_("The {year} analysis is now approved."),
    CycleStatus.SUBMITTED: N_("The {year} analysis is now submitted."),
    CycleStatus.ACKNOWLEDGED: N_("The {year} analysis is now acknowledged."),
}


# The sex codes as the reports write them (F, H, X, NC in French): the reports' own words.
_SEX_CODES = {"F": N_("F"), "M": N_("M"), "X": N_("X"), "U": N_("U")}


def _group_word(by: Dimension, group: str | None) -> str | None:
    """A group of the summary as a person reads it: a sex code in the language's letters."""
    if by == Dimension.SEX and group in _SEX_CODES:
        return _(_SEX_CODES[group])
    return group


def _band_word(code: str) -> str:
    return pgettext(*_BANDS[code]) if code in _BANDS else code


def _common(parser: argparse.ArgumentParser, *, json_option: bool = True) -> None:
    parser.add_argument(
        "--year",
        type=options.year_value,
        required=True,
        metavar="YYYY",
        help=_("the year of the analysis, e.g. 2026"),
    )
    options.member_option(parser)
    if json_option:
        options.json_option(parser)


def register(commands: argparse._SubParsersAction) -> None:
    """Add `tna` with its sub-commands to cli/__init__.py's sub-parsers."""
    parser = commands.add_parser(
        "tna", help=_("training needs analysis: assess, prioritise, submit")
    )
    actions = parser.add_subparsers(dest="tna_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help=_("the analyses by year, with their status"))
    options.member_option(listing)
    options.json_option(listing)

    start = actions.add_parser("start", help=_("open a year, carrying last year's levels over"))
    _common(start)
    options.officer_option(start)
    start.add_argument("--no-carry", action="store_true", help=_("start empty"))
    start.add_argument(
        "--anyway",
        action="store_true",
        help=_("start even if staff have no position or positions require no level"),
    )

    status = actions.add_parser("status", help=_("workflow status and progress by office"))
    _common(status)

    summary = actions.add_parser(
        "summary", help=_("the prioritised needs: competency, band, staff, mapped activity")
    )
    _common(summary)
    summary.add_argument("--by", choices=[d.value for d in Dimension], help=_("also group by"))
    summary.add_argument(
        "--shareable",
        action="store_true",
        help=_('counts under 5 shown as "<5" (for anything that leaves the office)'),
    )

    assess = actions.add_parser("assess", help=_("set one person's levels for one competency"))
    _common(assess)
    options.officer_option(assess)
    assess.add_argument("--staff", required=True, metavar="NUMBER", help=_("staff number"))
    assess.add_argument("--competency", required=True, metavar="CODE", help=_("e.g. TECH-CLS"))
    for option, _field, text in LEVEL_OPTIONS:
        assess.add_argument(f"--{option}", metavar="N", help=_(text))
    assess.add_argument("--comment", help=_("a comment on the assessment"))
    assess.add_argument("--band", help=_("a manager's override: high, medium, low or none"))
    assess.add_argument("--reason", help=_("why the band is overridden (needed with --band)"))
    assess.add_argument("--clear-band", action="store_true", help=_("take the computed band back"))

    org = actions.add_parser("org", help=_("the organisation section"))
    _common(org)
    options.officer_option(org)
    for option, text in (
        ("priorities", _("strategic priorities and reforms under way")),
        ("vacancies", _("vacancies and key positions at risk")),
        ("constraints", _("constraints (connectivity, travel...)")),
        ("top-needs", _("the administration's top needs in its own words")),
        ("currency", _("budget currency, e.g. TOP")),
    ):
        org.add_argument(f"--{option}", help=text)
    org.add_argument("--budget", type=int, metavar="AMOUNT", help=_("training budget"))
    org.add_argument("--trainers", type=int, metavar="N", help=_("national trainers available"))

    need = actions.add_parser("need", help=_("map a need to what could meet it"))
    _common(need)
    options.officer_option(need)
    need.add_argument(
        "--competency", required=True, metavar="CODE", help=_("the competency, e.g. LEAD-SUP")
    )
    need.add_argument(
        "--band", required=True, choices=("high", "medium", "low"), help=_("the priority band")
    )
    need.add_argument("--activity", metavar="CODE", help=_("programme activity, e.g. P1.1.4"))
    need.add_argument("--course", metavar="CODE", help=_("course code, e.g. FLS"))
    need.add_argument("--module", metavar="TITLE", help=_("e-learning module"))
    need.add_argument(
        "--target-year",
        type=options.year_value,
        metavar="YYYY",
        help=_("the year the need should be met"),
    )
    need.add_argument(
        "--status",
        choices=[s.value for s in NeedStatus],
        default="open",
        help=_("where the need stands (default: open)"),
    )
    need.add_argument("--note", help=_("a note on the mapping"))
    need.add_argument(
        "--remember", action="store_true", help=_("suggest this mapping in later cycles too")
    )

    for name, (_action, text) in WORKFLOW.items():
        step = actions.add_parser(name, help=_(text))
        _common(step)
        options.officer_option(step)
        if name == "approve":
            step.add_argument(
                "--approver", required=True, metavar="NAME", help=_("who approved the analysis")
            )
        if name == "reopen":
            step.add_argument("--reason", required=True, help=_("why the analysis is opened again"))

    actions.add_parser("receipt", help=_("mark submitted analyses the Secretariat has received"))


def _cycle_dict(cycle: Cycle) -> dict[str, Any]:
    return {
        "id": cycle.id,
        "member": cycle.member_code,
        "year": cycle.year,
        "status": cycle.status.value,
        "approved_by": cycle.approved_by,
        "approved_on": cycle.approved_on,
        "submitted_on": cycle.submitted_on,
        "acknowledged_on": cycle.acknowledged_on,
        "reopened_on": cycle.reopened_on,
        "reopen_reason": cycle.reopen_reason,
        "carried_from_year": cycle.carried_from_year,
        "organisation": cycle.org.__dict__,
    }


def _progress_dict(progress: Any) -> dict[str, int]:
    return {
        "assessed": progress.assessed,
        "partly": progress.partly,
        "not_started": progress.not_started,
        "to_assess": progress.to_assess,
        "total": progress.total,
    }


def _progress_text(progress: Any) -> str:
    return ngettext(
        "{assessed} of {total} staff member assessed, {partly} partly, {not_started} not started",
        "{assessed} of {total} staff assessed, {partly} partly, {not_started} not started",
        progress.total,
    ).format(
        assessed=format_number(progress.assessed),
        total=format_number(progress.total),
        partly=format_number(progress.partly),
        not_started=format_number(progress.not_started),
    )


def _print_summary(found: Summary, out: TextIO) -> None:
    cycle = found.cycle
    print(
        _("Training needs analysis {year} ({member}), {status}: {progress}.").format(
            year=cycle.year,
            member=cycle.member_code,
            status=_(STATUS_WORDS[cycle.status]).lower(),
            progress=_progress_text(found.progress),
        ),
        file=out,
    )
    if not found.needs:
        print(
            _("No training needs yet: no assessed competency is below its required level."),
            file=out,
        )
        return
    group = "  " + _(_GROUP_HEADERS[found.by]) if found.by else ""
    competency, band, staff, activity = _("Competency"), _("Band"), _("Staff"), _("Activity")
    print(f"{competency:<10} {band:<7} {staff:>5}{group}  {activity}", file=out)
    nothing = _("(none)")
    for line in found.needs:
        shown_group = f"  {_group_word(found.by, line.group) or nothing}" if found.by else ""
        activity = line.mapping.activity_code or "-"
        title = line.activity_name(current_language())
        if title:
            activity += f" {title}"
        staff_count = format_number(line.staff)
        print(
            f"{line.competency_code:<10} {_band_word(line.band.value):<7} {staff_count:>5}"
            f"{shown_group}  {activity}",
            file=out,
        )


def _assess_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for option, field, _text in LEVEL_OPTIONS:
        value = getattr(args, option)
        if value is not None:
            changes[field] = value
    if args.comment is not None:
        changes["comment"] = args.comment
    if args.band is not None or args.clear_band:
        changes["band_override"] = None if args.clear_band else args.band
        changes["override_reason"] = args.reason
    return changes


def _list(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.tna import cycle as tna

    cycles = tna.list_cycles(store, args.member)
    if args.json:
        options.dump([_cycle_dict(c) for c in cycles], out)
        return EXIT_DONE
    if not cycles:
        print(_("No training needs analysis yet: `oco-desktop tna start --year YYYY`."), file=out)
    for cycle in cycles:
        print(f"{cycle.year}  {cycle.member_code}  {_(STATUS_WORDS[cycle.status])}", file=out)
    return EXIT_DONE


def _receipt(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.tna import workflow as tna_workflow

    done = tna_workflow.mark_acknowledged(store)
    for cycle in done:
        print(
            _("The {year} analysis is acknowledged by the Secretariat.").format(year=cycle.year),
            file=out,
        )
    if not done:
        print(_("No submitted analysis is acknowledged yet."), file=out)
    return EXIT_DONE


def _start(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.tna import cycle as tna
    from oco_desktop.services.tna.readiness import check_ready

    readiness = check_ready(store, args.member)
    if not readiness.ready and not args.anyway:
        print(_("Before the {year} analysis can be filled in:").format(year=args.year), file=out)
        for problem in readiness.problems():
            print(f"- {problem}", file=out)
        print(_("Nothing was started. Fix these, or start now with --anyway."), file=out)
        return EXIT_REFUSED
    actor = options.actor(args)
    result = tna.start_cycle(store, args.year, actor, args.member, carry_over=not args.no_carry)
    if args.json:
        extra = {"carried_rows": result.carried_rows, "staff_in_post": result.staff_in_post}
        options.dump({**_cycle_dict(result.cycle), **extra}, out)
        return EXIT_DONE
    started = ngettext(
        "Started the {year} training needs analysis for {count} staff member in post.",
        "Started the {year} training needs analysis for {count} staff in post.",
        result.staff_in_post,
    ).format(year=args.year, count=format_number(result.staff_in_post))
    if result.carried_from:
        started += " " + ngettext(
            "Last year's levels ({year}) are the starting point of {count} assessment.",
            "Last year's levels ({year}) are the starting point of {count} assessments.",
            result.carried_rows,
        ).format(year=result.carried_from, count=format_number(result.carried_rows))
    print(started, file=out)
    return EXIT_DONE


def _status(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.tna import cycle as tna
    from oco_desktop.services.tna import needs as tna_needs

    cycle = tna.get_cycle(store, args.year, args.member)
    found = tna_needs.summary(store, cycle.id)
    if args.json:
        # JSON is for scripts: "(no office)" stays English, like the codes
        offices = {name or "(no office)": _progress_dict(p) for name, p in found.by_office}
        options.dump(
            {**_cycle_dict(found.cycle), "progress": _progress_dict(found.progress),
             "by_office": offices},
            out,
        )  # fmt: skip
        return EXIT_DONE
    print(
        _("{year}: {status}. {progress}.").format(
            year=cycle.year,
            status=_(STATUS_WORDS[cycle.status]),
            progress=_progress_text(found.progress),
        ),
        file=out,
    )
    for name, part in found.by_office:
        line = _("{office}: {progress}").format(
            office=name or _("(no office)"), progress=_progress_text(part)
        )
        print(f"  {line}", file=out)
    return EXIT_DONE


def _summary(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.tna import cycle as tna
    from oco_desktop.services.tna import needs as tna_needs

    cycle = tna.get_cycle(store, args.year, args.member)
    by = Dimension(args.by) if args.by else None
    found = tna_needs.summary(store, cycle.id, by=by, shareable=args.shareable)
    if not args.json:
        _print_summary(found, out)
        return EXIT_DONE
    options.dump(
        {
            "year": cycle.year,
            "member": cycle.member_code,
            "status": cycle.status.value,
            "progress": _progress_dict(found.progress),
            "shareable": args.shareable,
            "needs": [line.as_dict() for line in found.needs],
        },
        out,
    )
    return EXIT_DONE


def _assess(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.tna import cycle as tna
    from oco_desktop.services.tna import grid as tna_grid

    actor = options.actor(args)
    cycle = tna.get_cycle(store, args.year, args.member)
    staff_id = tna_grid.staff_id_by_number(store, cycle.id, args.staff)
    cell = tna_grid.set_cell(
        store, cycle.id, staff_id, args.competency, _assess_changes(args), actor
    )
    scored = cell.scored()
    band = scored.band.value if scored else "not assessed"
    if args.json:
        options.dump(
            {**cell._asdict(), "band": band, "score": scored.score if scored else None}, out
        )
    else:
        saved = _SAVED.get(scored.band.value if scored else None, _SAVED[None])
        print(_(saved).format(staff=args.staff, competency=args.competency), file=out)
    return EXIT_DONE


def _given(new: Any, old: Any) -> Any:
    return old if new is None else new


def _org(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.tna import cycle as tna

    actor = options.actor(args)
    cycle = tna.get_cycle(store, args.year, args.member)
    old = cycle.org
    section = tna.OrgSection(
        priorities=_given(args.priorities, old.priorities),
        vacancies=_given(args.vacancies, old.vacancies),
        budget_amount=_given(args.budget, old.budget_amount),
        budget_currency=_given(args.currency, old.budget_currency),
        national_trainers=_given(args.trainers, old.national_trainers),
        constraints_note=_given(args.constraints, old.constraints_note),
        top_needs=_given(args.top_needs, old.top_needs),
    )
    updated = tna.update_org_section(store, cycle.id, section, actor)
    if args.json:
        options.dump(_cycle_dict(updated), out)
    else:
        print(
            _("Saved the organisation section of the {year} analysis.").format(year=cycle.year),
            file=out,
        )
    return EXIT_DONE


def _need(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.tna import cycle as tna
    from oco_desktop.services.tna import needs as tna_needs

    actor = options.actor(args)
    cycle = tna.get_cycle(store, args.year, args.member)
    wanted = tna_needs.NeedMapping(
        args.activity, args.course, args.module, args.target_year, NeedStatus(args.status),
        args.note,
    )  # fmt: skip
    mapping = tna_needs.set_need(
        store, cycle.id, args.competency, args.band, wanted, actor, remember=args.remember
    )
    if args.json:
        options.dump({**mapping.__dict__, "status": mapping.status.value}, out)
    else:
        print(_(_NEED_SAVED[args.band]).format(competency=args.competency), file=out)
    return EXIT_DONE


def _workflow(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.tna import cycle as tna
    from oco_desktop.services.tna import workflow as tna_workflow

    actor = options.actor(args)
    cycle = tna.get_cycle(store, args.year, args.member)
    action, _text = WORKFLOW[args.tna_command]
    updated = tna_workflow.advance(
        store,
        cycle.id,
        action,
        actor,
        approver=getattr(args, "approver", None),
        reason=getattr(args, "reason", None),
    )
    if args.json:
        options.dump(_cycle_dict(updated), out)
    else:
        print(_(_NOW[updated.status]).format(year=cycle.year), file=out)
    return EXIT_DONE


HANDLERS = {
    "list": _list,
    "receipt": _receipt,
    "start": _start,
    "status": _status,
    "summary": _summary,
    "assess": _assess,
    "org": _org,
    "need": _need,
    **dict.fromkeys(WORKFLOW, _workflow),
}


def run(args: argparse.Namespace, store: Store, out: TextIO | None = None) -> int:
    """Run a parsed `tna` command against an open store; returns the exit code."""
    return HANDLERS[args.tna_command](args, store, out or sys.stdout)
