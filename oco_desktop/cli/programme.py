"""The `programme` command: the Leadership programme from the command line (argparse, no Qt).

    oco-desktop programme tree [--json]                 objective, outcomes, activities, counts
    oco-desktop programme activity P1.1.4               what is linked to one activity
    oco-desktop programme courses | sessions [--json]   the published courses and sessions
    oco-desktop programme course add --code FLS --title "..." --activity P1.1.4   (Secretariat)
    oco-desktop programme session add --course FLS --start ... --end ... --seats 20 (Secretariat)
    oco-desktop programme nominate --session ID --staff TO-0042 --reason "..." [--need ...]
    oco-desktop programme decide --nomination ID[,ID] --status confirmed          (Secretariat)
    oco-desktop programme outcome --nomination ID --attendance attended --result passed
    oco-desktop programme elearning modules | list | record --module CODE --date ... --staff ...

Sessions and nominations are named by their id or by its last characters (the 8 listed: ids
are time-ordered UUIDv7, whose first characters are shared by rows made together).
Exit codes: 0 done; 3 input refused (nothing changed), reported by cli/__init__.py.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

from oco_desktop.cli import options
from oco_desktop.domain.programme import (
    Attendance,
    CourseLanguage,
    CourseMode,
    CourseResult,
    NominationStatus,
    SessionStatus,
)
from oco_desktop.domain.programme_words import word
from oco_desktop.domain.tna import NeedStatus
from oco_desktop.language import (
    N_,
    _,
    current_language,
    format_date,
    format_number,
    ngettext,
    pgettext,
)

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store

EXIT_DONE = 0
MIN_REF = 6
DECISIONS = ("confirmed", "waitlisted", "declined", "nominated")


def _course_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--code", required=True, help=_("the course's short code, e.g. FLS"))
    parser.add_argument("--title", required=adding, help=_("title in English"))
    parser.add_argument("--title-fr", help=_("title in French"))
    parser.add_argument("--activity", metavar="CODE", help=_("programme activity, e.g. P1.1.4"))
    parser.add_argument("--provider", help=_("who delivers the course"))
    parser.add_argument(
        "--mode", choices=[m.value for m in CourseMode], help=_("how the course is delivered")
    )
    parser.add_argument(
        "--language",
        choices=[lang.value for lang in CourseLanguage],
        help=_("the language of the course: en, fr or both (en_fr)"),
    )
    parser.add_argument("--audience", help=_("who may apply"))
    parser.add_argument("--description", help=_("what the course covers"))
    if not adding:
        parser.add_argument("--new-code", help=_("give the course another code"))
    options.officer_option(parser)
    options.json_option(parser)


# How a session or a nomination is named on the command line (see by_ref).
REF_HELP = {
    "--session": N_("the session's id, or its last 6 characters or more (see programme sessions)"),
    "--nomination": N_(
        "the nomination's id, or its last 6 characters or more (see programme nominations)"
    ),
}


def _ref_option(parser: argparse.ArgumentParser, flag: str, *, required: bool = True) -> None:
    parser.add_argument(flag, required=required, metavar="ID", help=_(REF_HELP[flag]))


def register(commands: argparse._SubParsersAction) -> None:
    """Add `programme` with its sub-commands to cli/__init__.py's sub-parsers."""
    parser = commands.add_parser(
        "programme", help=_("leadership programme: courses, nominations, e-learning")
    )
    actions = parser.add_subparsers(dest="programme_command", metavar="ACTION", required=True)

    tree = actions.add_parser("tree", help=_("objective, outcomes and activities with their links"))
    options.member_option(tree, _("one member (Secretariat)"))
    options.json_option(tree)
    activity = actions.add_parser("activity", help=_("what is linked to one activity"))
    activity.add_argument("code", metavar="CODE", help=_("e.g. P1.1.4"))
    options.member_option(activity, _("one member (Secretariat)"))
    options.json_option(activity)

    options.json_option(actions.add_parser("courses", help=_("the courses of the programme")))
    sessions = actions.add_parser("sessions", help=_("sessions with the seats taken and left"))
    sessions.add_argument("--upcoming", action="store_true", help=_("only those not yet started"))
    sessions.add_argument("--course", metavar="CODE", help=_("only this course's sessions"))
    options.json_option(sessions)

    course = actions.add_parser("course", help=_("publish or change a course (Secretariat)"))
    course_actions = course.add_subparsers(dest="course_command", metavar="ACTION", required=True)
    _course_options(course_actions.add_parser("add", help=_("publish a new course")), adding=True)
    _course_options(course_actions.add_parser("edit", help=_("change a course")), adding=False)
    remove = course_actions.add_parser("remove", help=_("remove a course without nominations"))
    remove.add_argument("--code", required=True, help=_("the course's code"))
    options.officer_option(remove)

    session = actions.add_parser(
        "session", help=_("publish, change or cancel a session (Secretariat)")
    )
    session_actions = session.add_subparsers(
        dest="session_command", metavar="ACTION", required=True
    )
    for name, text in (
        ("add", N_("publish a session of a course")),
        ("edit", N_("change a session")),
    ):
        step = session_actions.add_parser(name, help=_(text))
        if name == "add":
            step.add_argument(
                "--course", required=True, metavar="CODE", help=_("the course's code, e.g. FLS")
            )
        else:
            _ref_option(step, "--session")
        step.add_argument(
            "--start",
            type=options.date_value,
            required=name == "add",
            metavar="YYYY-MM-DD",
            help=_("first day"),
        )
        step.add_argument(
            "--end",
            type=options.date_value,
            required=name == "add",
            metavar="YYYY-MM-DD",
            help=_("last day"),
        )
        step.add_argument(
            "--apply-by",
            type=options.date_value,
            metavar="YYYY-MM-DD",
            help=_("last day for nominations"),
        )
        step.add_argument(
            "--seats",
            type=options.whole_number,
            required=name == "add",
            metavar="N",
            help=_("number of seats"),
        )
        step.add_argument("--venue", help=_("where it is held, e.g. Suva, Fiji"))
        step.add_argument("--online", action="store_true", help=_("held online (or also online)"))
        if name == "edit":
            step.add_argument("--not-online", action="store_true", help=_("no longer online"))
        step.add_argument(
            "--language",
            choices=[lang.value for lang in CourseLanguage],
            help=_("the language of the session: en, fr or both (en_fr)"),
        )
        step.add_argument(
            "--status",
            choices=[s.value for s in SessionStatus],
            help=_("where the session stands (open: taking nominations)"),
        )
        options.officer_option(step)
        options.json_option(step)
    cancel = session_actions.add_parser("cancel", help=_("cancel a session"))
    _ref_option(cancel, "--session")
    options.officer_option(cancel)

    listing = actions.add_parser("nominations", help=_("nominations, by session"))
    _ref_option(listing, "--session", required=False)
    options.member_option(listing, _("one member (Secretariat)"))
    options.json_option(listing)

    nominate = actions.add_parser("nominate", help=_("nominate a staff member to a session"))
    _ref_option(nominate, "--session")
    nominate.add_argument("--staff", required=True, metavar="NUMBER", help=_("staff number"))
    nominate.add_argument("--reason", required=True, help=_("why this person should attend"))
    nominate.add_argument(
        "--need",
        metavar="COMPETENCY/BAND",
        help=_("the training need it meets, e.g. LEAD-SUP/high"),
    )
    options.officer_option(nominate)
    options.json_option(nominate)

    withdraw = actions.add_parser("withdraw", help=_("withdraw a nomination"))
    _ref_option(withdraw, "--nomination")
    options.officer_option(withdraw)

    decide = actions.add_parser(
        "decide", help=_("confirm, waitlist or decline nominations (Secretariat)")
    )
    decide.add_argument(
        "--nomination",
        required=True,
        metavar="ID[,ID...]",
        help=_("one or more nomination ids, separated by commas"),
    )
    decide.add_argument("--status", required=True, choices=DECISIONS, help=_("the decision"))
    options.officer_option(decide)
    options.json_option(decide)

    outcome = actions.add_parser("outcome", help=_("record attendance, result and certificate"))
    _ref_option(outcome, "--nomination")
    outcome.add_argument(
        "--attendance",
        required=True,
        choices=[a.value for a in Attendance],
        help=_("whether the person attended"),
    )
    outcome.add_argument(
        "--result", choices=[r.value for r in CourseResult], help=_("the course result")
    )
    outcome.add_argument("--certificate", metavar="REF", help=_("the certificate's reference"))
    options.officer_option(outcome)
    options.json_option(outcome)

    learning = actions.add_parser("elearning", help=_("e-learning modules and completions"))
    learning_actions = learning.add_subparsers(
        dest="elearning_command", metavar="ACTION", required=True
    )
    options.json_option(learning_actions.add_parser("modules", help=_("the module catalogue")))
    done = learning_actions.add_parser("list", help=_("completions, newest first"))
    done.add_argument(
        "--module", metavar="CODE", help=_("only this module (see programme elearning modules)")
    )
    options.json_option(done)
    record = learning_actions.add_parser(
        "record", help=_("record that these staff completed a module on a date")
    )
    record.add_argument(
        "--module",
        required=True,
        metavar="CODE",
        help=_("the module's code (see programme elearning modules)"),
    )
    record.add_argument(
        "--date",
        required=True,
        type=options.date_value,
        metavar="YYYY-MM-DD",
        help=_("the day it was completed"),
    )
    record.add_argument("--staff", required=True, metavar="N1,N2,...", help=_("staff numbers"))
    record.add_argument("--certificate", metavar="REF", help=_("the certificate's reference"))
    record.add_argument("--hours", type=options.whole_number, metavar="N", help=_("hours of study"))
    options.officer_option(record)
    options.json_option(record)


# Helpers ---------------------------------------------------------------------------------------


# What by_ref says for each kind of id: whole sentences, since the French of "session" and
# "nomination" differ in gender and plural.
REF_SENTENCES = {
    "session": (
        N_("Give at least {count} characters of the session id."),
        N_("No session has an id ending with {given}."),
        N_("No session has an id ending with {given}: see `{listing}`."),
        N_("Several sessions have an id ending with {given}: give more."),
    ),
    "nomination": (
        N_("Give at least {count} characters of the nomination id."),
        N_("No nomination has an id ending with {given}."),
        N_("No nomination has an id ending with {given}: see `{listing}`."),
        N_("Several nominations have an id ending with {given}: give more."),
    ),
    "news item": (
        N_("Give at least {count} characters of the news item id."),
        N_("No news item has an id ending with {given}."),
        N_("No news item has an id ending with {given}: see `{listing}`."),
        N_("Several news items have an id ending with {given}: give more."),
    ),
}


def by_ref(given: str, ids: list[str], what: str, listing: str | None = None) -> str:
    """The one id among `ids` that `given` (a whole id or its last characters) names; the
    refusal points to the `listing` command when there is one. `what` is a key of
    REF_SENTENCES."""
    too_short, none, none_see, several = REF_SENTENCES[what]
    given = given.strip().lower()
    if given in ids:
        return given
    if len(given) < MIN_REF:
        raise options.refused(_(too_short).format(count=MIN_REF), what)
    found = [i for i in ids if i.endswith(given)]
    if not found:
        refusal = _(none_see) if listing else _(none)
        raise options.refused(refusal.format(given=given, listing=listing), what)
    if len(found) > 1:
        raise options.refused(_(several).format(given=given), what)
    return found[0]


def _session_id(store: Store, given: str) -> str:
    from oco_desktop.services.programme import courses

    return by_ref(given, [s.id for s in courses.list_sessions(store)], "session")


def _nomination_id(store: Store, given: str) -> str:
    from oco_desktop.services.programme import nominations

    ids = [n.id for n in nominations.list_nominations(store)]
    return by_ref(given, ids, "nomination")


def _course_by_code(store: Store, code: str) -> Any:
    from oco_desktop.services.programme import courses

    wanted = code.strip().upper()
    for course in courses.list_courses(store):
        if course.code == wanted:
            return course
    raise options.refused(
        _("No course has the code {code}: see `oco-desktop programme courses`.").format(
            code=wanted
        ),
        "code",
    )


def _session_dict(s: Any) -> dict[str, Any]:
    return {
        "id": s.id,
        "course": s.course_code,
        "title": s.course_title,
        "activity": s.activity_code,
        "starts_on": s.starts_on,
        "ends_on": s.ends_on,
        "apply_by": s.apply_by,
        "place": s.place(),
        "venue": s.venue,
        "online": s.online,
        "language": s.language,
        "status": s.status,
        "seats": s.seats,
        "taken": s.taken,
        "left": s.left,
        "confirmed": s.confirmed,
        "waitlisted": s.waitlisted,
    }


def _session_line(s: Any) -> str:
    days = _("{first} to {last}").format(
        first=format_date(s.starts_on, short=True), last=format_date(s.ends_on, short=True)
    )
    seats = _("{taken}/{seats} taken, {left} left").format(
        taken=s.taken, seats=s.seats, left=s.left
    )
    if s.waitlisted:
        seats = _("{seats}, {count} waiting").format(seats=seats, count=s.waitlisted)
    status = word(s.status, SessionStatus)
    return f"{s.id[-8:]}  {s.course_code:<8} {days}  {s.place():<22} {status:<9} {seats}"


def _nomination_line(n: Any) -> str:
    status = word(n.status, NominationStatus) + (
        f" #{n.waitlist_position}" if n.waitlist_position else ""
    )
    outcome = " ".join(
        x
        for x in (word(n.attendance, Attendance), word(n.result, CourseResult), n.certificate_ref)
        if x
    )
    return (
        f"{n.id[-8:]}  {n.member_code}  {n.course_code:<8} {n.starts_on}  "
        f"{n.staff_number or '-':<10} {n.full_name or '':<28} {status:<14} {outcome}"
    )


# Handlers ----------------------------------------------------------------------------------------


def _tree(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import tree as programme

    tree = programme.programme_tree(store, args.member)
    if args.json:
        options.dump(tree.as_dict(), out)
        return EXIT_DONE
    lang = current_language()
    print(f"{tree.code} {tree.name(lang)}: {tree.objective_text(lang)}", file=out)
    heads = (_("courses"), _("sessions"), _("nominated"), _("completed"), _("needs"))
    widths = (8, 9, 10, 10, 8)
    line = "".join(f"{head:>{width}}" for head, width in zip(heads, widths, strict=True))
    print(f"{'':<9}{line}  " + _("status"), file=out)
    for outcome in tree.outcomes:
        print(f"{outcome.code} {outcome.name(lang)}", file=out)
        for a in outcome.activities:
            c = a.counts
            status = pgettext(*programme.STATUS_WORDS[a.status])
            print(
                f"  {a.code:<7}{c.courses:>8}{c.sessions:>9}{c.nominations:>10}"
                f"{c.completions:>10}{c.needs:>8}  {status:<12} {a.name(lang)}",
                file=out,
            )
    return EXIT_DONE


def _activity(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import tree as programme

    detail = programme.activity_detail(store, args.code.strip().upper(), args.member)
    a = detail.activity
    if args.json:
        options.dump(
            {
                "code": a.code,
                "title": a.title,
                "status": a.status.value,
                **a.counts.as_dict(),
                "courses": [{"code": c.code, "title": c.title, "id": c.id} for c in detail.courses],
                "sessions": [_session_dict(s) for s in detail.sessions],
                "nominations": [n.as_dict() for n in detail.nominations],
                "needs": [
                    {"id": n.id, "competency": n.competency_code, "band": n.band,
                     "status": n.status, "year": n.year}
                    for n in detail.needs
                ],
            },
            out,
        )  # fmt: skip
        return EXIT_DONE
    status = pgettext(*programme.STATUS_WORDS[a.status]).lower()
    print(f"{a.code} {a.name(current_language())} ({status})", file=out)
    codes = ", ".join(c.code for c in detail.courses) or _("none")
    print(_("Courses: {codes}").format(codes=codes), file=out)
    for s in detail.sessions:
        print("  " + _session_line(s), file=out)
    for n in detail.nominations:
        print("  " + _nomination_line(n), file=out)
    for need in detail.needs:
        print(
            "  "
            + _("need: {need} [{status}]").format(
                need=need.label(current_language()), status=word(need.status, NeedStatus)
            ),
            file=out,
        )
    return EXIT_DONE


def _courses(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import courses

    found = courses.list_courses(store)
    if args.json:
        options.dump([{**c.__dict__} for c in found], out)
        return EXIT_DONE
    if not found:
        print(_("No course yet: the Secretariat publishes them."), file=out)
    for c in found:
        print(
            f"{c.code:<9} {c.activity_code or '-':<7} {word(c.mode, CourseMode):<9} "
            + ngettext("{count} session", "{count} sessions", c.sessions).format(
                count=f"{c.sessions:>2}"
            )
            + f"  {c.name(current_language())}",
            file=out,
        )
    return EXIT_DONE


def _sessions(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import courses

    course_id = _course_by_code(store, args.course).id if args.course else None
    found = courses.list_sessions(store, upcoming_only=args.upcoming, course_id=course_id)
    if args.json:
        options.dump([_session_dict(s) for s in found], out)
        return EXIT_DONE
    if not found:
        print(_("No session."), file=out)
    for s in found:
        print(_session_line(s), file=out)
    return EXIT_DONE


def _course(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import courses

    actor = options.actor(args)
    if args.course_command == "remove":
        course = _course_by_code(store, args.code)
        courses.remove_course(store, course.id, actor)
        print(_("Removed the course {code}.").format(code=course.code), file=out)
        return EXIT_DONE
    if args.course_command == "add":
        base = courses.CourseDraft(code=args.code, title=args.title)
        course_id = None
    else:
        existing = _course_by_code(store, args.code)
        base, course_id = existing.draft(), existing.id
    given = {
        "code": getattr(args, "new_code", None),
        "title": args.title,
        "title_fr": args.title_fr,
        "activity_code": args.activity,
        "provider": args.provider,
        "mode": args.mode,
        "language": args.language,
        "audience": args.audience,
        "description": args.description,
    }
    draft = courses.CourseDraft(
        **{k: (v if v is not None else getattr(base, k)) for k, v in given.items()}
    )
    if course_id is None:
        saved = courses.create_course(store, draft, actor)
    else:
        saved = courses.update_course(store, course_id, draft, actor)
    if args.json:
        options.dump(saved.__dict__, out)
    else:
        print(
            _("Saved the course {code} ({ref}).").format(code=saved.code, ref=saved.id[-8:]),
            file=out,
        )
    return EXIT_DONE


def _session(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import courses

    actor = options.actor(args)
    if args.session_command == "cancel":
        cancelled = courses.cancel_session(store, _session_id(store, args.session), actor)
        print(
            _("Cancelled the {course} session of {day}.").format(
                course=cancelled.course_code, day=format_date(cancelled.starts_on)
            ),
            file=out,
        )
        return EXIT_DONE
    if args.session_command == "add":
        base = {"course_id": _course_by_code(store, args.course).id}
        session_id = None
    else:
        session_id = _session_id(store, args.session)
        base = courses.session_info(store, session_id).draft().__dict__
    given = {
        "starts_on": args.start,
        "ends_on": args.end,
        "apply_by": args.apply_by,
        "seats": args.seats,
        "venue": args.venue,
        "online": True if args.online else (False if getattr(args, "not_online", False) else None),
        "language": args.language,
        "status": args.status,
    }
    values = {**base, **{k: v for k, v in given.items() if v is not None}}
    draft = courses.SessionDraft(**values)
    if session_id is None:
        saved = courses.create_session(store, draft, actor)
    else:
        saved = courses.update_session(store, session_id, draft, actor)
    if args.json:
        options.dump(_session_dict(saved), out)
    else:
        print(_("Saved: {session}").format(session=_session_line(saved)), file=out)
    return EXIT_DONE


def _nominations(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import nominations

    session_id = _session_id(store, args.session) if args.session else None
    found = nominations.list_nominations(store, member_code=args.member, session_id=session_id)
    if args.json:
        options.dump([n.as_dict() for n in found], out)
        return EXIT_DONE
    if not found:
        print(_("No nomination."), file=out)
    for n in found:
        print(_nomination_line(n), file=out)
    return EXIT_DONE


def _need_id(store: Store, given: str | None) -> str | None:
    from oco_desktop.services.programme import tree as programme

    if not given:
        return None
    with store.read() as session:
        member = programme.scope_member(session, None)
    needs = programme.list_needs(store, member)
    code, _slash, band = given.strip().partition("/")
    for need in needs:
        if need.id == given.strip() or (
            need.competency_code == code.upper() and need.band == band.lower()
        ):
            return need.id
    raise options.refused(
        _(
            "No saved training need {given} in your latest analysis: give COMPETENCY/BAND, "
            "e.g. LEAD-SUP/high (a need is saved once mapped or submitted)."
        ).format(given=given),
        "need",
    )


def _nominate(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import nominations

    session_id = _session_id(store, args.session)
    staff_id = nominations.staff_id_by_number(store, args.staff)
    made = nominations.nominate(
        store,
        session_id,
        staff_id,
        args.reason,
        options.actor(args),
        need_id=_need_id(store, args.need),
    )
    if args.json:
        options.dump(made.as_dict(), out)
    elif made.waitlist_position:
        print(
            _(
                "Nominated {staff} ({ref}): the seats are taken, so the nomination is on the "
                "waiting list, position {position}."
            ).format(staff=args.staff, ref=made.id[-8:], position=made.waitlist_position),
            file=out,
        )
    else:
        print(
            _("Nominated {staff} to {course} ({ref}).").format(
                staff=args.staff, course=made.course_code, ref=made.id[-8:]
            ),
            file=out,
        )
    return EXIT_DONE


def _withdraw(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import nominations

    done = nominations.withdraw(store, _nomination_id(store, args.nomination), options.actor(args))
    print(
        _("Withdrew the nomination of {staff} to {course}.").format(
            staff=done.staff_number, course=done.course_code
        ),
        file=out,
    )
    return EXIT_DONE


def _decide(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import nominations

    ids = [_nomination_id(store, part) for part in args.nomination.split(",") if part.strip()]
    done = nominations.decide(store, ids, args.status, options.actor(args))
    if args.json:
        options.dump([n.as_dict() for n in done], out)
    else:
        for n in done:
            status = word(n.status, NominationStatus)
            print(f"{n.member_code} {n.staff_number} {n.course_code}: {status}", file=out)
    return EXIT_DONE


def _outcome(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import nominations

    done = nominations.record_outcome(
        store,
        _nomination_id(store, args.nomination),
        options.actor(args),
        attendance=args.attendance,
        result=args.result,
        certificate_ref=args.certificate,
    )
    if args.json:
        options.dump(done.as_dict(), out)
    else:
        print(
            _("Recorded the outcome for {staff} ({course}).").format(
                staff=done.staff_number, course=done.course_code
            ),
            file=out,
        )
    return EXIT_DONE


def _elearning(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.programme import elearning, nominations

    if args.elearning_command == "modules":
        modules = elearning.catalogue(store)
        counts = elearning.module_counts(store)
        if args.json:
            options.dump(
                [{**m.__dict__, "completions": counts.get(m.code, 0)} for m in modules], out
            )
        else:
            for m in modules:
                print(
                    f"{m.code:<45} {counts.get(m.code, 0):>4}  {m.name(current_language())}",
                    file=out,
                )
        return EXIT_DONE
    if args.elearning_command == "list":
        found = elearning.list_completions(store, module=args.module)
        if args.json:
            options.dump([c.__dict__ for c in found], out)
        else:
            for c in found:
                title = c.module_name(current_language())
                print(f"{c.completed_on}  {c.staff_number or '-':<10} {title}", file=out)
        return EXIT_DONE
    numbers = [part.strip() for part in args.staff.split(",") if part.strip()]
    if not numbers:
        raise options.refused(_("Give the staff numbers, separated by commas."), "staff")
    ids = [nominations.staff_id_by_number(store, number) for number in numbers]
    result = elearning.record_completions(
        store, args.module, ids, args.date, options.actor(args),
        certificate_ref=args.certificate, hours=args.hours,
    )  # fmt: skip
    if args.json:
        options.dump(
            {"added": result.added, "updated": result.updated, "unchanged": result.unchanged}, out
        )
    else:
        print(
            ngettext(
                "Recorded {module} on {day} for {count} staff member: {added} new, {updated} "
                "updated, {unchanged} already recorded.",
                "Recorded {module} on {day} for {count} staff: {added} new, {updated} updated, "
                "{unchanged} already recorded.",
                result.total,
            ).format(
                module=args.module,
                day=format_date(args.date),
                count=format_number(result.total),
                added=format_number(result.added),
                updated=format_number(result.updated),
                unchanged=format_number(result.unchanged),
            ),
            file=out,
        )
    return EXIT_DONE


HANDLERS = {
    "tree": _tree,
    "activity": _activity,
    "courses": _courses,
    "sessions": _sessions,
    "course": _course,
    "session": _session,
    "nominations": _nominations,
    "nominate": _nominate,
    "withdraw": _withdraw,
    "decide": _decide,
    "outcome": _outcome,
    "elearning": _elearning,
}


def run(args: argparse.Namespace, store: Store, out: TextIO | None = None) -> int:
    """Run a parsed `programme` command against an open store; returns the exit code."""
    return HANDLERS[args.programme_command](args, store, out or sys.stdout)
