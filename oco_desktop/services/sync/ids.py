"""The synced tables whose ids are derived from their own values (uuid5), for the bundle
encoder: a row whose id matches its rule travels without it and the receiver derives it again
(docs/SYNC.md, "Payload, schema 2"). A table missing here simply ships its ids; a rule that
does not match a row (an id made another way) is checked per row and costs only size."""

from __future__ import annotations

from oco_desktop.services.people import experts, gender_plan
from oco_desktop.services.programme import elearning
from oco_desktop.services.roster import org as roster_org
from oco_desktop.services.tna import cycle as tna
from oco_desktop.services.tna import needs as tna_needs
from oco_desktop.store.reference_files import DOCUMENT_ID_PREFIX, DOCUMENT_NAMESPACE
from oco_desktop.sync.columns import DeriveRule
from oco_desktop.sync.validate import IdRule


def derive_rules() -> dict[str, DeriveRule]:

    return {
        "position_competency": DeriveRule(
            roster_org.PROFILE_NAMESPACE, ("position_id", "competency_code")
        ),
        "tna_cycle": DeriveRule(tna.CYCLE_NAMESPACE, ("member_code", "year")),
        "tna_assessment": DeriveRule(
            tna.ASSESSMENT_NAMESPACE, ("cycle_id", "staff_id", "competency_code")
        ),
        "tna_need": DeriveRule(tna_needs.NEED_NAMESPACE, ("cycle_id", "competency_code", "band")),
        "elearning_completion": DeriveRule(
            elearning.COMPLETION_NAMESPACE, ("staff_id", "module_code")
        ),
    }


def id_rules() -> dict[str, IdRule]:
    """Every synced table whose ids are derived, for checking the ids a bundle brings
    (sync/validate.py): the encoder's rules, and the derived tables whose ids always travel.
    Key positions and successors are left out: one of the values their id was made from may
    change afterwards, and their ids derive from a position's random id, which no other member
    can know."""
    rules = {table: IdRule(table, rule) for table, rule in derive_rules().items()}
    rules["expert_skill"] = IdRule(
        "expert_skill", DeriveRule(experts.SKILL_NAMESPACE, ("expert_id", "competency_code"))
    )
    rules["reference_document"] = IdRule(
        "reference_document",
        DeriveRule(DOCUMENT_NAMESPACE, ("name",), prefix=DOCUMENT_ID_PREFIX),
    )
    rules["gender_plan"] = IdRule(
        "gender_plan",
        DeriveRule(gender_plan.PLAN_NAMESPACE, ("member_code", "start_year")),
        free="start_year",
    )
    return rules
