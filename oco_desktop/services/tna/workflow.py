"""The workflow of a training needs analysis, from draft to acknowledged (domain.tna.TRANSITIONS),
and the Secretariat's receipt. Submitting saves the current needs (services.tna.needs), so they
travel in the next sync bundle."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from oco_desktop.domain import tna as rules
from oco_desktop.domain.tna import CycleAction, CycleStatus, TnaRuleError
from oco_desktop.services import audit
from oco_desktop.services.audit import Action, Actor, current_os_user
from oco_desktop.services.tna.cycle import Cycle, headcount_in, live_cycle, refused, to_cycle
from oco_desktop.services.tna.needs import save_current_needs
from oco_desktop.store.engine import Store
from oco_desktop.store.models import TnaCycle, TnaSubmission
from oco_desktop.store.sync_models import SyncReplica

SECRETARIAT = "SEC"
RECEIPT_OFFICER = "Secretariat receipt (sync)"
WORKFLOW_FIELDS = (
    "status",
    "approved_by",
    "approved_on",
    "submitted_on",
    "acknowledged_on",
    "reopened_on",
    "reopen_reason",
)


def advance(
    store: Store,
    cycle_id: str,
    action: CycleAction,
    actor: Actor,
    *,
    approver: str | None = None,
    reason: str | None = None,
    today: dt.date | None = None,
) -> Cycle:
    """Move the cycle one step (see domain.tna.TRANSITIONS). Submitting records the change
    sequence so the Secretariat's acknowledgement of it can be recognised, snapshots the
    headcount and saves every current need with its suggested mapping, so they travel in the
    next sync bundle."""
    day = today or dt.date.today()
    with store.write() as session:
        cycle = live_cycle(session, cycle_id)
        before = {k: getattr(cycle, k) for k in WORKFLOW_FIELDS}
        try:
            target = rules.next_status(
                CycleStatus(cycle.status), action, approver=approver, reason=reason
            )
        except TnaRuleError as exc:
            raise refused(exc) from None
        cycle.status = target.value
        if action is CycleAction.APPROVE:
            cycle.approved_by = rules.clean_person(approver)
            cycle.approved_on = day
        elif action is CycleAction.RETURN_TO_DRAFT or action is CycleAction.REOPEN:
            cycle.approved_by = None
            cycle.approved_on = None
            cycle.acknowledged_on = None
        if action is CycleAction.REOPEN:
            cycle.reopened_on = day
            cycle.reopen_reason = rules.clean_person(reason)
        elif action is CycleAction.SUBMIT:
            cycle.submitted_on = day
            cycle.headcount = json.dumps(headcount_in(session, cycle.member_code).by_tier)
            save_current_needs(session, cycle)
        elif action is CycleAction.ACKNOWLEDGE:
            cycle.acknowledged_on = day
        session.flush()
        if action is CycleAction.SUBMIT:
            seq = session.connection().exec_driver_sql("SELECT seq FROM sync_clock").scalar()
            session.merge(
                TnaSubmission(cycle_id=cycle.id, seq=int(seq or 0), submitted_at=audit.now())
            )
        after = {k: getattr(cycle, k) for k in WORKFLOW_FIELDS}
        changes = audit.diff(before, after, WORKFLOW_FIELDS)
        audit.record(session, actor, Action.UPDATE, "tna_cycle", cycle.id, changes)
        return to_cycle(cycle)


def mark_acknowledged(store: Store, today: dt.date | None = None) -> list[Cycle]:
    """Acknowledge every submitted cycle whose submission the Secretariat has received.

    Call after a bundle import (cheap and idempotent). The receipt is recognised from the sync
    ledger's acknowledgements: a bundle from the Secretariat carries, for this installation,
    the highest change sequence it received without a gap (`sync_replica.acked_seq`); once that
    reaches the sequence recorded at submission, the cycle's status change and everything
    before it has arrived."""
    day = today or dt.date.today()
    actor = Actor(officer=RECEIPT_OFFICER, os_user=current_os_user())
    with store.write() as session:
        acked = session.scalar(
            select(func.max(SyncReplica.acked_seq)).where(SyncReplica.site_code == SECRETARIAT)
        )
        if not acked:
            return []
        received = session.scalars(
            select(TnaCycle)
            .join(TnaSubmission, TnaSubmission.cycle_id == TnaCycle.id)
            .where(
                TnaCycle.deleted.is_(False),
                TnaCycle.status == CycleStatus.SUBMITTED.value,
                TnaSubmission.seq <= acked,
            )
        ).all()
        done = []
        for cycle in received:
            cycle.status = CycleStatus.ACKNOWLEDGED.value
            cycle.acknowledged_on = day
            audit.record(
                session,
                actor,
                Action.UPDATE,
                "tna_cycle",
                cycle.id,
                [
                    audit.Change("status", CycleStatus.SUBMITTED.value, cycle.status),
                    audit.Change("acknowledged_on", None, day),
                ],
            )
            done.append(to_cycle(cycle))
        return done
