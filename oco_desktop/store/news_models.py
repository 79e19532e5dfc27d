"""News items published by the Secretariat (migration 0009), and which ones this office read.

A news item has no member_code: like a course it travels to every member, and only the
Secretariat may write it (sync/scope.py refuses it from anyone else). Withdrawing an item is its
tombstone (`deleted`), which reaches members with the next bundle. Read marks are local: each
office reads its own news, so `news_read` is not synced.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oco_desktop.domain.news import MAX_BODY
from oco_desktop.store.model_base import Base, Synced


class NewsItem(Synced, Base):
    """A notice or a regional event: English text, French optional."""

    __tablename__ = "news_item"
    __table_args__ = (
        CheckConstraint(
            "ends_on IS NULL OR (starts_on IS NOT NULL AND ends_on >= starts_on)",
            name="news_event_dates",
        ),
        CheckConstraint(
            f"length(body) <= {MAX_BODY} AND (body_fr IS NULL OR length(body_fr) <= {MAX_BODY})",
            name="news_body_length",
        ),
        Index("ix_news_item_published", "published_on"),
    )
    __sync_groups__ = {
        "date": ("published_on",),
        "title": ("title", "title_fr"),
        "body": ("body", "body_fr"),
        "event": ("place", "starts_on", "ends_on"),
        "links": ("activity_code", "session_id"),
    }
    published_on: Mapped[dt.date]
    title: Mapped[str] = mapped_column(String(200))
    title_fr: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    body_fr: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[dt.date | None]
    ends_on: Mapped[dt.date | None]
    activity_code: Mapped[str | None] = mapped_column(String(16))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("course_session.id"))


class NewsRead(Base):
    """A news item this office has opened. Local, never synced."""

    __tablename__ = "news_read"
    news_id: Mapped[str] = mapped_column(ForeignKey("news_item.id"), primary_key=True)
    read_at: Mapped[dt.datetime]


NEWS_MODELS: tuple[type[Synced], ...] = (NewsItem,)
