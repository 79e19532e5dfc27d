"""The declarative base every model registers with, and the mixin of synced rows. Below the
model modules (models, programme_models, news_models, sync_models), which all build on it;
importing `oco_desktop.store.models` registers every table with Base.metadata."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import FromClause, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from oco_desktop.domain.ids import new_id


class Base(DeclarativeBase):
    pass


class Synced:
    """Mixin for synced rows: a UUIDv7 key and a tombstone that takes part in LWW."""

    __sync_groups__: ClassVar[dict[str, tuple[str, ...]]]
    if TYPE_CHECKING:  # what Base gives every synced model (the mixin itself has no table)
        __tablename__: str
        __table__: ClassVar[FromClause]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    deleted: Mapped[bool] = mapped_column(default=False)
