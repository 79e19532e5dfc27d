"""SQLAlchemy 2 typed models. Synced tables declare their field groups in `__sync_groups__`."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from oco_desktop.domain.ids import new_id
from oco_desktop.store.capture import SyncSpec


class Base(DeclarativeBase):
    pass


class Synced:
    """Mixin for synced rows: a UUIDv7 key and a tombstone that takes part in LWW."""

    __sync_groups__: ClassVar[dict[str, tuple[str, ...]]]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    deleted: Mapped[bool] = mapped_column(default=False)


class AppMeta(Base):
    """Small key/value facts about the store (schema writer, reference data version)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Installation(Base):
    """This installation: one row, never synced. Its keys arrive with the sync capability."""

    __tablename__ = "installation"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_installation"),
        CheckConstraint("role IN ('member', 'secretariat')", name="role_known"),
    )
    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    site_id: Mapped[str] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(16))
    member_code: Mapped[str | None] = mapped_column(ForeignKey("member.code"))
    focal_point: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5), default="en")
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime]
    created_by_app: Mapped[str] = mapped_column(String(32))


class Member(Base):
    """A member administration of the OCO (reference data, loaded from resources/reference)."""

    __tablename__ = "member"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    iso3: Mapped[str] = mapped_column(String(3))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    languages: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str | None] = mapped_column(Text)


class Office(Synced, Base):
    __tablename__ = "office"
    __table_args__ = (
        CheckConstraint(
            "office_type IN ('hq', 'seaport', 'airport', 'mail', 'outer_island')",
            name="office_type_known",
        ),
        Index("ix_office_member", "member_code"),
    )
    __sync_groups__ = {
        "name": ("name",),
        "island": ("island",),
        "office_type": ("office_type",),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    name: Mapped[str] = mapped_column(String(200))
    island: Mapped[str | None] = mapped_column(String(200))
    office_type: Mapped[str] = mapped_column(String(16), default="hq")


class Position(Synced, Base):
    __tablename__ = "position"
    __table_args__ = (
        CheckConstraint("tier IN ('T1', 'T2', 'T3', 'T4')", name="tier_known"),
        Index("ix_position_member", "member_code"),
    )
    __sync_groups__ = {
        "title": ("title",),
        "grade": ("local_grade", "tier"),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    title: Mapped[str] = mapped_column(String(200))
    local_grade: Mapped[str | None] = mapped_column(String(50))
    tier: Mapped[str] = mapped_column(String(2))


class Staff(Synced, Base):
    """A staff member. No UNIQUE on staff_number: duplicates are reported, never an abort."""

    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("sex IS NULL OR sex IN ('F', 'M', 'X', 'U')", name="sex_known"),
        CheckConstraint(
            "status IN ('active', 'on_leave', 'seconded', 'left')", name="status_known"
        ),
        Index("ix_staff_member_number", "member_code", "staff_number"),
        Index("ix_staff_office", "office_id"),
        Index("ix_staff_position", "position_id"),
    )
    __sync_groups__ = {
        "staff_number": ("staff_number",),
        "name": ("full_name",),
        "sex": ("sex",),
        "birth_year": ("birth_year",),
        "start_year": ("start_year",),
        "placement": ("position_id", "office_id"),
        "status": ("status", "left_on"),
        "member": ("member_code",),
    }
    member_code: Mapped[str] = mapped_column(ForeignKey("member.code"))
    staff_number: Mapped[str | None] = mapped_column(String(50))
    full_name: Mapped[str | None] = mapped_column(String(200))
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_year: Mapped[int | None]
    start_year: Mapped[int | None]
    position_id: Mapped[str | None] = mapped_column(ForeignKey("position.id"))
    office_id: Mapped[str | None] = mapped_column(ForeignKey("office.id"))
    status: Mapped[str] = mapped_column(String(16), default="active")
    left_on: Mapped[dt.date | None]


SYNCED_MODELS: tuple[type[Synced], ...] = (Office, Position, Staff)


def sync_specs() -> list[SyncSpec]:
    """The capture specs as the models declare them now (migrations install literal copies)."""
    return [
        SyncSpec(model.__tablename__, model.__sync_groups__)  # type: ignore[attr-defined]
        for model in SYNCED_MODELS
    ]
