"""This installation: its role, its member administration and office, who it writes as."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from oco_desktop.domain.errors import NotInitialised
from oco_desktop.domain.roster import SECRETARIAT_NAME_EN, SECRETARIAT_NAME_FR, Role
from oco_desktop.language import _
from oco_desktop.store.engine import Store
from oco_desktop.store.models import Installation, Member, Office

SECRETARIAT_CODE = "SEC"


@dataclass(frozen=True)
class InstallationInfo:
    site_id: str
    role: Role
    member_code: str | None
    member_name_en: str
    member_name_fr: str
    focal_point: str | None
    language: str
    is_demo: bool
    created_at: dt.datetime
    office_name: str | None = None
    island: str | None = None

    def member_name(self, language: str) -> str:
        return self.member_name_fr if language == "fr" else self.member_name_en


def administration_name(store: Store, language: str) -> str:
    """Who a file this installation writes comes from (its author): the member
    administration, or the OCO Secretariat."""
    info = installation_info(store)
    if info.member_code:
        return info.member_name(language)
    return "Secrétariat de l'OCO" if language == "fr" else "OCO Secretariat"


def installation_info(store: Store) -> InstallationInfo:
    with store.read() as session:
        inst = session.get(Installation, 1)
        if inst is None:
            raise NotInitialised(_("This data folder holds no installation."))
        office = None
        if inst.member_code:
            member = session.get(Member, inst.member_code)
            assert member is not None
            name_en, name_fr = member.name_en, member.name_fr
            office = session.scalars(
                select(Office)
                .where(Office.member_code == inst.member_code, Office.deleted.is_(False))
                .order_by(Office.id)
                .limit(1)
            ).first()
        else:
            name_en, name_fr = SECRETARIAT_NAME_EN, SECRETARIAT_NAME_FR
        return InstallationInfo(
            site_id=inst.site_id,
            role=Role(inst.role),
            member_code=inst.member_code,
            member_name_en=name_en,
            member_name_fr=name_fr,
            focal_point=inst.focal_point,
            language=inst.language,
            is_demo=inst.is_demo,
            created_at=inst.created_at,
            office_name=office.name if office else None,
            island=office.island if office else None,
        )
