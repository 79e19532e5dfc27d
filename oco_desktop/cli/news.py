"""The `news` command: news from the OCO Secretariat (argparse, no Qt).

    oco-desktop news list [--unread] [--search WORDS] [--json]     newest first
    oco-desktop news show REF [--json]                             one item in full (marks it read)
    oco-desktop news add --title "..." --body "..." | --body-file FILE [--title-fr ...]
        [--body-fr ... | --body-fr-file FILE] [--date D] [--place ...] [--start D] [--end D]
        [--activity P1.2.6] [--session REF]                        (Secretariat)
    oco-desktop news edit REF [any option of add; "" empties an optional one]     (Secretariat)
    oco-desktop news withdraw REF                                  (Secretariat)

An item is named by its id or by its last characters (at least 6). Texts are shown in the
installation's language (or --lang), in English where there is no French.
Exit codes: 0 done; 3 input refused (nothing changed), reported by cli/__init__.py.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from oco_desktop.cli import options
from oco_desktop.language import N_, _, format_date, format_number, ngettext, os_error_text

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store

EXIT_DONE = 0
# A body file larger than this cannot hold a news item, whatever its encoding.
MAX_FILE_BYTES = 4 * 20_000 + 4


def _item_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--title", required=adding, help=_("the title in English"))
    body = parser.add_mutually_exclusive_group(required=adding)
    body.add_argument(
        "--body", help=_("the text in English (paragraphs separated by a blank line)")
    )
    body.add_argument("--body-file", type=Path, metavar="FILE", help=_("read the English text"))
    parser.add_argument("--title-fr", help=_("the title in French"))
    body_fr = parser.add_mutually_exclusive_group()
    body_fr.add_argument("--body-fr", help=_("the text in French"))
    body_fr.add_argument(
        "--body-fr-file", type=Path, metavar="FILE", help=_("read the French text")
    )
    parser.add_argument(
        "--date", type=options.date_value, metavar="YYYY-MM-DD", help=_("default: today")
    )
    parser.add_argument("--place", help=_("where the event takes place"))
    parser.add_argument(
        "--start", type=options.date_value, metavar="YYYY-MM-DD", help=_("first day of the event")
    )
    parser.add_argument(
        "--end", type=options.date_value, metavar="YYYY-MM-DD", help=_("last day of the event")
    )
    parser.add_argument("--activity", metavar="CODE", help=_("a programme activity, e.g. P1.2.6"))
    parser.add_argument(
        "--session", metavar="REF", help=_("a course session taking nominations (its id's end)")
    )
    parser.add_argument("--json", action="store_true", help=_("print the item as JSON"))
    options.officer_option(parser)


def register(commands: argparse._SubParsersAction) -> None:
    """Add `news` with its sub-commands to cli/__init__.py's sub-parsers."""
    parser = commands.add_parser("news", help=_("news from the OCO Secretariat"))
    actions = parser.add_subparsers(dest="news_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=_("the news, newest first"))
    listing.add_argument("--unread", action="store_true", help=_("only items not yet opened here"))
    listing.add_argument("--search", metavar="WORDS", default="", help=_("items with these words"))
    options.json_option(listing)
    show = actions.add_parser("show", help=_("one item in full; marks it read at this office"))
    show.add_argument(
        "ref",
        metavar="REF",
        help=_("the news item's id, or its last 6 characters or more (see news list)"),
    )
    options.json_option(show)
    _item_options(actions.add_parser("add", help=_("publish an item (Secretariat)")), adding=True)
    edit = actions.add_parser("edit", help=_("change an item (Secretariat)"))
    edit.add_argument(
        "ref",
        metavar="REF",
        help=_("the news item's id, or its last 6 characters or more (see news list)"),
    )
    _item_options(edit, adding=False)
    withdraw = actions.add_parser("withdraw", help=_("withdraw an item from every member"))
    withdraw.add_argument(
        "ref",
        metavar="REF",
        help=_("the news item's id, or its last 6 characters or more (see news list)"),
    )
    options.officer_option(withdraw)


# Helpers ---------------------------------------------------------------------------------------


def _news_id(store: Store, given: str) -> str:
    from oco_desktop.services.news import feed as news

    ids = [entry.id for entry in news.list_news(store)]
    from oco_desktop.cli.programme import by_ref

    return by_ref(given, ids, "news item", "oco-desktop news list")


def _session_id(store: Store, given: str | None) -> str | None:
    from oco_desktop.services.programme import courses

    if not given:
        return None
    ids = [s.id for s in courses.list_sessions(store)]
    from oco_desktop.cli.programme import by_ref

    return by_ref(given, ids, "session", "oco-desktop programme sessions")


def _read_text(path: Path | None) -> str | None:
    if path is None:
        return None
    path = path.expanduser()
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise options.refused(
            _("{file} cannot be read ({reason}).").format(file=path, reason=os_error_text(exc)),
            "body",
        ) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise options.refused(
            _("{file} is too long for a news item (at most 20000 characters).").format(file=path),
            "body",
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise options.refused(
            _("{file} is not UTF-8 text: save it as UTF-8 and try again.").format(file=path),
            "body",
        ) from exc


def _language(args: argparse.Namespace, store: Store) -> str:
    from oco_desktop.services.installation import installation_info

    return getattr(args, "lang", None) or installation_info(store).language


def _entry_dict(entry: Any, language: str) -> dict[str, Any]:
    data = entry.as_dict()
    data["shown_title"] = entry.title_in(language)
    data["shown_body"] = entry.body_in(language)
    return data


def _event(entry: Any) -> str:
    parts = [entry.place or ""]
    if entry.starts_on:
        days = format_date(entry.starts_on, short=True)
        if entry.ends_on and entry.ends_on != entry.starts_on:
            days = _("{first} to {last}").format(
                first=days, last=format_date(entry.ends_on, short=True)
            )
        parts.append(days)
    return ", ".join(p for p in parts if p)


def _line(entry: Any, language: str) -> str:
    mark = "  " if entry.read else "* "
    return f"{mark}{entry.id[-8:]}  {entry.published_on}  {entry.title_in(language)}"


# Commands --------------------------------------------------------------------------------------


def _list(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.news import feed as news

    language = _language(args, store)
    entries = news.list_news(store, unread_only=args.unread, search=args.search)
    if args.json:
        options.dump([_entry_dict(e, language) for e in entries], out)
        return EXIT_DONE
    if not entries:
        if args.search:
            print(_("No news item has the words: {words}").format(words=args.search), file=out)
        elif args.unread:
            print(_("No unread news."), file=out)
        elif news.is_secretariat(store):
            print(_("No news yet: publish an item with `oco-desktop news add`."), file=out)
        else:
            print(_("No news yet: it arrives with the Secretariat's sync bundles."), file=out)
        return EXIT_DONE
    for entry in entries:
        print(_line(entry, language), file=out)
    unread = sum(not e.read for e in entries)
    # Two counts, two plurals (French: "1 non lu" but "2 non lus").
    items = ngettext("{count} item", "{count} items", len(entries)).format(
        count=format_number(len(entries))
    )
    marked = ngettext("{count} unread (marked *)", "{count} unread (marked *)", unread).format(
        count=format_number(unread)
    )
    print(_("{items}, {unread}.").format(items=items, unread=marked), file=out)
    return EXIT_DONE


def _show(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.news import feed as news

    language = _language(args, store)
    news_id = _news_id(store, args.ref)
    entry = news.news_entry(store, news_id)
    news.mark_read(store, [news_id])
    if args.json:
        options.dump(_entry_dict(replace(entry, read=True), language), out)
        return EXIT_DONE
    _print_entry(entry, language, out)
    return EXIT_DONE


def _print_entry(entry: Any, language: str, out: TextIO) -> None:
    print(entry.title_in(language), file=out)
    print(_("{day}  (id {id})").format(day=entry.published_on, id=entry.id), file=out)
    if _event(entry):
        print(_("Event: {event}").format(event=_event(entry)), file=out)
    if entry.activity_code:
        print(_("Activity: {activity}").format(activity=entry.activity_name(language)), file=out)
    if entry.session is not None:
        session = entry.session
        state = _("nominations open") if session.open_for_nominations else session.refusal
        print(
            _("Session: {course} {name}, {first} to {last} ({state}; id {ref})").format(
                course=session.course_code,
                name=session.course_name(language),
                first=format_date(session.starts_on, short=True),
                last=format_date(session.ends_on, short=True),
                state=state,
                ref=session.id[-8:],
            ),
            file=out,
        )
    print(file=out)
    print(entry.body_in(language), file=out)


def _draft(args: argparse.Namespace, store: Store, base: Any) -> Any:
    from oco_desktop.services.news.feed import NewsDraft

    def given(value: Any, current: Any) -> Any:
        return current if value is None else (value or None)

    body = args.body if args.body is not None else _read_text(args.body_file)
    body_fr = args.body_fr if args.body_fr is not None else _read_text(args.body_fr_file)
    session = base.session_id if args.session is None else _session_id(store, args.session)
    return NewsDraft(
        title=args.title if args.title is not None else base.title,
        body=body if body is not None else base.body,
        published_on=args.date or base.published_on,
        title_fr=given(args.title_fr, base.title_fr),
        body_fr=given(body_fr, base.body_fr),
        place=given(args.place, base.place),
        starts_on=args.start if args.start is not None else base.starts_on,
        ends_on=args.end if args.end is not None else base.ends_on,
        activity_code=given(args.activity, base.activity_code),
        session_id=session,
    )


def _add(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.news import feed as news
    from oco_desktop.services.news.feed import NewsDraft

    news.require_secretariat_store(store, N_("publish news"))
    saved = news.add_news(
        store, _draft(args, store, NewsDraft(title="", body="")), options.actor(args)
    )
    published = _("Published {ref} {title}: it goes to every member with their next bundle.")
    return _saved(args, store, saved, published, out)


def _edit(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.news import feed as news

    news.require_secretariat_store(store, N_("change news"))
    news_id = _news_id(store, args.ref)
    current = news.news_entry(store, news_id).draft()
    saved = news.edit_news(store, news_id, _draft(args, store, current), options.actor(args))
    changed = _("Changed {ref} {title}: it goes to every member with their next bundle.")
    return _saved(args, store, saved, changed, out)


def _saved(args: argparse.Namespace, store: Store, saved: Any, done: str, out: TextIO) -> int:
    if args.json:
        options.dump(_entry_dict(saved, _language(args, store)), out)
    else:
        print(done.format(ref=saved.id[-8:], title=saved.title), file=out)
    return EXIT_DONE


def _withdraw(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from oco_desktop.services.news import feed as news

    news.require_secretariat_store(store, N_("withdraw news"))
    news_id = _news_id(store, args.ref)
    title = news.withdraw_news(store, news_id, options.actor(args))
    print(
        _("Withdrew {ref} {title}: it leaves every member's news at their next import.").format(
            ref=news_id[-8:], title=title
        ),
        file=out,
    )
    return EXIT_DONE


HANDLERS = {"list": _list, "show": _show, "add": _add, "edit": _edit, "withdraw": _withdraw}


def run(args: argparse.Namespace, store: Store, out: TextIO | None = None) -> int:
    """Run a parsed `news` command against an open store; returns the exit code."""
    return HANDLERS[args.news_command](args, store, out or sys.stdout)
