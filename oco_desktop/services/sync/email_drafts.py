"""A written bundle as email drafts: one `.eml` file per bundle file, the file attached, addressed
to the Secretariat when its address is known, marked `X-Unsent: 1` so Outlook opens it as a new
message ready to send (other mail programs open it as a message to forward or resend).

The Secretariat's address is reference data (`secretariat.email` in members.json), so the
Secretariat publishes it, and corrects it, to every member with its bundles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, parseaddr
from pathlib import Path

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.language import _, current_language, format_date
from oco_desktop.services.sync.export import ExportResult, write_verified
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors
from oco_desktop.store.reference_files import MEMBERS_FILE, reference_for

BUNDLE_MIME = ("application", "octet-stream")
# Written with headers on one line (RFC 5322 allows 998 characters): the standard library folds
# a long subject right after "Subject:", which mail programs then show with a leading space.
# The attachment is encoded under SMTP's 76-character lines when it is added.
DRAFT_POLICY = SMTP.clone(max_line_length=998)


@dataclass(frozen=True)
class DraftText:
    """What each draft says: `subjects` has one subject per bundle file (parts: "part 2 of 3"),
    `body` is the same for every part."""

    subjects: list[str]
    body: str


def secretariat_address(store: Store) -> str | None:
    """The Secretariat's email address as published in the member list, None if unknown."""
    with store.read() as session:
        _, data = reference_for(session, MEMBERS_FILE)
    value = (data.get("secretariat") or {}).get("email")
    if not isinstance(value, str):
        return None
    return valid_address(value)


def valid_address(value: str) -> str | None:
    """`value` as a plain address if it looks like one (name@domain.tld), else None."""
    _, address = parseaddr(value.strip())
    local, at, domain = address.partition("@")
    if not at or not local or "." not in domain or " " in address:
        return None
    return address


def draft_text(sender: str, recipient: str, result: ExportResult, day: dt.date) -> DraftText:
    """The drafts' wording for the command line, in its language (the window passes its own)."""
    count = len(result.files)
    made_on = format_date(day) if current_language() != "en" else f"{day:%d %B %Y}"
    subject = _("OCO Desktop bundle {number} from {sender} to {recipient}, {day}").format(
        number=result.bundle_seq, sender=sender, recipient=recipient, day=made_on
    )
    subjects = (
        [subject]
        if count == 1
        else [
            _("{subject} (part {part} of {count})").format(subject=subject, part=i + 1, count=count)
            for i in range(count)
        ]
    )
    lines = [
        _("Dear colleagues,"),
        "",
        _("Attached is OCO Desktop sync bundle {number} from {sender}, made on {day}.").format(
            number=result.bundle_seq, sender=sender, day=made_on
        ),
        _(
            "It is encrypted and signed: only {recipient}'s OCO Desktop can open it, and it "
            "shows whether anything was changed on the way."
        ).format(recipient=recipient),
    ]
    if count > 1:
        lines.append(
            _(
                "It is in {count} parts, one an email; they can be imported in any order once "
                "all have arrived."
            ).format(count=count)
        )
    lines += [
        _(
            "Please import it (Sync page, Inbox) and send back your receipt bundle, so that our "
            "OCO Desktop knows these changes arrived."
        ),
        "",
        _("Kind regards,"),
        sender,
    ]
    return DraftText(subjects, "\n".join(lines))


def build_draft(to: str | None, subject: str, body: str, attachment: Path) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    if to:
        message["To"] = Address(addr_spec=to)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body)
    message.add_attachment(
        attachment.read_bytes(),
        maintype=BUNDLE_MIME[0],
        subtype=BUNDLE_MIME[1],
        filename=attachment.name,
    )
    return message


def write_drafts(result: ExportResult, folder: Path, text: DraftText, to: str | None) -> list[Path]:
    """One draft per bundle file in `folder`, named after the file (`….eml`), written and read
    back as the bundle files are. Returns the drafts in part order."""
    if len(text.subjects) != len(result.files):
        raise ValueError("one subject per bundle file")
    if to is not None and valid_address(to) is None:
        raise InvalidInput(
            _(
                "'{address}' is not an email address (name@example.org). Correct it, or leave "
                "it out and fill in the To field in the mail program."
            ).format(address=to),
            field="email_to",
        )
    folder = folder.expanduser()
    drafts = []
    with plain_store_errors(folder):
        folder.mkdir(parents=True, exist_ok=True)
        for subject, bundle_file in zip(text.subjects, result.files, strict=True):
            message = build_draft(to, subject, text.body, bundle_file)
            target = folder / f"{bundle_file.stem}.eml"
            write_verified(target, message.as_bytes(policy=DRAFT_POLICY))
            drafts.append(target)
    return drafts
