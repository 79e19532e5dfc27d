"""Changes to many staff at once, as after an import: set the office, the position or the
status of the chosen rows. One transaction: every row is changed, or none (a row that would
break a rule is named in the refusal). Each row gets its own entries in the history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from oco_desktop.domain import staff_rules as rules
from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import StaffStatus
from oco_desktop.language import _, format_number
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor
from oco_desktop.services.roster.staff import EDITABLE, StaffDraft, _checked_values, _live_staff
from oco_desktop.store.engine import Store

MAX_BULK = 50_000
BULK_FIELDS = ("office_id", "position_id", "status")


@dataclass(frozen=True)
class BulkResult:
    changed: int
    unchanged: int


def bulk_update(
    store: Store,
    staff_ids: Sequence[str],
    field: str,
    value: str | None,
    actor: Actor,
    *,
    today: dt.date | None = None,
) -> BulkResult:
    """Set `field` (office_id, position_id or status) to `value` for every chosen person.
    Setting the status to Left is refused: each leaver needs their own leaving date."""
    if field not in BULK_FIELDS:
        raise InvalidInput(
            _("'{field}' cannot be set for many staff at once.").format(field=field), field="field"
        )
    if not staff_ids:
        raise InvalidInput(_("Choose the rows to change first."), field="staff")
    if len(staff_ids) > MAX_BULK:
        raise InvalidInput(
            _("Choose at most {count} rows at once.").format(count=format_number(MAX_BULK)),
            field="staff",
        )
    if field == "status":
        status = rules.parse_status(value)
        if status is None:
            raise InvalidInput(_("Choose the status to set."), field="status")
        if status is StaffStatus.LEFT:
            raise InvalidInput(
                _(
                    "Each person who left needs their own leaving date: use Mark as left on "
                    "each row instead."
                ),
                field="status",
            )
        value = status.value
    today = today or dt.date.today()
    changed = unchanged = 0
    entries = []
    chosen: dict[str, Any] = {field: value}  # the field is one of BULK_FIELDS
    with store.write() as session:
        for staff_id in dict.fromkeys(staff_ids):
            staff = _live_staff(session, staff_id)
            before = {f: getattr(staff, f) for f in EDITABLE}
            draft = replace(StaffDraft(**before), **chosen)
            if field == "status" and staff.status == StaffStatus.LEFT.value:
                draft = replace(draft, left_on=None)  # back in post: no leaving date
            try:
                values = _checked_values(session, draft, staff.member_code, staff_id, today)
            except InvalidInput as exc:
                raise InvalidInput(
                    _("{name} ({number}): {problem} Nothing was changed.").format(
                        name=rules.shown(staff.full_name),
                        number=staff.staff_number,
                        problem=exc.message,
                    ),
                    field=exc.field,
                ) from None
            changes = audit.diff(before, values, EDITABLE)
            if not changes:
                unchanged += 1
                continue
            for change in changes:
                setattr(staff, change.field, change.new)
            entries += audit.entry_rows(
                actor, Action.UPDATE, "staff", staff_id, changes, source="bulk change"
            )
            changed += 1
        audit.write_rows(session, entries)
    return BulkResult(changed, unchanged)
