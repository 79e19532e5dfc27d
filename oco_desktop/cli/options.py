"""What the commands share: the options every command spells the same way (--officer, --json,
--member), the argument types that say what to type instead, the officer acting and JSON out.

Building the command line runs at every start of the app, the window's included: nothing here
loads a service at import (the audit module comes when a command asks for the actor).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any, TextIO

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.language import _

if TYPE_CHECKING:
    from oco_desktop.services.audit import Actor


def officer_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--officer", help=_("your name for the audit trail (default: OS user)"))


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON"))


def member_option(parser: argparse.ArgumentParser, text: str | None = None) -> None:
    parser.add_argument(
        "--member", metavar="ISO2", help=text or _("member code (Secretariat only)")
    )


def date_value(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a date: use YYYY-MM-DD").format(value=value)
        ) from exc


def whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a whole number").format(value=value)
        ) from exc


def year_value(value: str) -> int:
    try:
        return int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a year (e.g. 2026)").format(value=value)
        ) from exc


def actor(args: argparse.Namespace) -> Actor:
    """Who acts, for the audit trail: --officer, or the computer account."""
    from oco_desktop.services import audit

    return audit.make_actor(getattr(args, "officer", None) or audit.current_os_user())


def refused(message: str, field: str) -> InvalidInput:
    return InvalidInput(message, field=field)


def dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2, default=str)
    print(file=out)
